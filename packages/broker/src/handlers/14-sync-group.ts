/** SyncGroup (14), v0-v5: the sync phase of a rebalance; the leader's assignment reaches every member. */
import { ApiKey, type SyncGroupRequest, type SyncGroupResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const syncGroup: ApiHandler<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: ApiKey.SyncGroup,
  minVersion: 0,
  maxVersion: 5,
  handle: (req, ctx) => ctx.broker.groupCoordinator.syncGroup(req, groupContext(ctx)),
  errorResponse: (_req, code) => ({ throttleTimeMs: 0, errorCode: code, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) }),
};
