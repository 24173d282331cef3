/** DescribeGroups (15), v0-v5: state, protocol, members and assignments of groups. */
import { ApiKey, type DescribeGroupsRequest, type DescribeGroupsResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const describeGroups: ApiHandler<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: ApiKey.DescribeGroups,
  minVersion: 0,
  maxVersion: 5,
  handle: (req, ctx) => ctx.broker.groupCoordinator.describeGroups(req, groupContext(ctx)),
  errorResponse: (req, code) => ({
    throttleTimeMs: 0,
    groups: req.groups.map((groupId) => ({
      errorCode: code,
      groupId,
      groupState: '',
      protocolType: '',
      protocolData: '',
      members: [],
      authorizedOperations: -2147483648,
    })),
  }),
};
