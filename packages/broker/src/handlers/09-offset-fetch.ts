/**
 * OffsetFetch (9), v0-v9: a group's committed offsets (v8+: several groups). The rules live in
 * GroupCoordinator.offsetFetch.
 */
import { ApiKey, type OffsetFetchRequest, type OffsetFetchResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const offsetFetch: ApiHandler<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: ApiKey.OffsetFetch,
  minVersion: 0,
  maxVersion: 9,
  handle: (req, ctx) => ctx.broker.groupCoordinator.offsetFetch(req, groupContext(ctx)),
  errorResponse(req, code, ctx) {
    if (ctx.apiVersion >= 8) return { throttleTimeMs: 0, groups: (req.groups ?? []).map((g) => ({ groupId: g.groupId, topics: [], errorCode: code })) };
    return {
      throttleTimeMs: 0,
      errorCode: code,
      topics: (req.topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: code })),
      })),
    };
  },
};
