/** ListGroups (16), v0-v5: the groups this coordinator serves, filtered by state (v4+) and type (v5). */
import { ApiKey, type ListGroupsRequest, type ListGroupsResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const listGroups: ApiHandler<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: ApiKey.ListGroups,
  minVersion: 0,
  maxVersion: 5,
  handle: (req, ctx) => ctx.broker.groupCoordinator.listGroups(req, groupContext(ctx)),
  errorResponse: (_req, code) => ({ throttleTimeMs: 0, errorCode: code, groups: [] }),
};
