/** JoinGroup (11), v0-v9: the join phase of a rebalance. The rules live in GroupCoordinator.joinGroup. */
import { ApiKey, type JoinGroupRequest, type JoinGroupResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const joinGroup: ApiHandler<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: ApiKey.JoinGroup,
  minVersion: 0,
  maxVersion: 9,
  handle: (req, ctx) => ctx.broker.groupCoordinator.joinGroup(req, groupContext(ctx)),
  errorResponse: (req, code, ctx) => ({
    throttleTimeMs: 0,
    errorCode: code,
    generationId: -1,
    protocolType: null,
    protocolName: ctx.apiVersion >= 7 ? null : '',
    leader: '',
    skipAssignment: false,
    memberId: req.memberId,
    members: [],
  }),
};
