/** LeaveGroup (13), v0-v5: one member (v0-v2) or a batch (v3+) leaves; the group rebalances. */
import { ApiKey, type LeaveGroupRequest, type LeaveGroupResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const leaveGroup: ApiHandler<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: ApiKey.LeaveGroup,
  minVersion: 0,
  maxVersion: 5,
  handle: (req, ctx) => ctx.broker.groupCoordinator.leaveGroup(req, groupContext(ctx)),
  errorResponse: (req, code) => ({
    throttleTimeMs: 0,
    errorCode: code,
    members: (req.members ?? []).map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId ?? null, errorCode: code })),
  }),
};
