/** DeleteGroups (42), v0-v2: deletes Empty groups and their committed offsets. */
import { ApiKey, type DeleteGroupsRequest, type DeleteGroupsResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const deleteGroups: ApiHandler<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: ApiKey.DeleteGroups,
  minVersion: 0,
  maxVersion: 2,
  handle: (req, ctx) => ctx.broker.groupCoordinator.deleteGroups(req, groupContext(ctx)),
  errorResponse: (req, code) => ({ throttleTimeMs: 0, results: req.groupsNames.map((groupId) => ({ groupId, errorCode: code })) }),
};
