/** Heartbeat (12), v0-v4: keeps a member's session alive; REBALANCE_IN_PROGRESS asks it to rejoin. */
import { ApiKey, type HeartbeatRequest, type HeartbeatResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const heartbeat: ApiHandler<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: ApiKey.Heartbeat,
  minVersion: 0,
  maxVersion: 4,
  handle: (req, ctx) => ctx.broker.groupCoordinator.heartbeat(req, groupContext(ctx)),
  errorResponse: (_req, code) => ({ throttleTimeMs: 0, errorCode: code }),
};
