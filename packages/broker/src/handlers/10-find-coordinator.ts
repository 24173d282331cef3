/**
 * FindCoordinator (10). The group and transaction coordinators are not built yet, so every
 * key is answered promptly with COORDINATOR_NOT_AVAILABLE (a retriable error): clients that
 * only produce, or consume by assignment, carry on; group members wait for a coordinator
 * instead of hanging on an unanswered request.
 */
import { ApiKey, ErrorCode, type FindCoordinatorRequest, type FindCoordinatorResponse } from '@samsa/protocol';
import type { ApiHandler, RequestContext } from './handler.js';

const MESSAGE = 'the group coordinator is not available on this broker yet';

function response(req: FindCoordinatorRequest, code: number, ctx: RequestContext): FindCoordinatorResponse {
  const keys = ctx.apiVersion >= 4 ? (req.coordinatorKeys ?? []) : [];
  return {
    throttleTimeMs: 0,
    errorCode: code,
    errorMessage: MESSAGE,
    nodeId: -1,
    host: '',
    port: -1,
    coordinators: keys.map((key) => ({ key, nodeId: -1, host: '', port: -1, errorCode: code, errorMessage: MESSAGE })),
  };
}

export const findCoordinator: ApiHandler<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: ApiKey.FindCoordinator,
  minVersion: 0,
  maxVersion: 4,
  handle: (req, ctx) => response(req, ErrorCode.COORDINATOR_NOT_AVAILABLE, ctx),
  errorResponse: (req, code, ctx) => response(req, code, ctx),
};
