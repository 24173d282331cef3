/**
 * OffsetCommit (8), v0-v9: committed offsets of a group, written to `__consumer_offsets`
 * before the answer. v0 (offsets in ZooKeeper in old Kafka) is served as a standalone commit
 * stored like the others. The rules live in GroupCoordinator.offsetCommit.
 */
import { ApiKey, type OffsetCommitRequest, type OffsetCommitResponse } from '@samsa/protocol';
import { groupContext } from '../coordinator/handler-support.js';
import type { ApiHandler } from './handler.js';

export const offsetCommit: ApiHandler<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: ApiKey.OffsetCommit,
  minVersion: 0,
  maxVersion: 9,
  handle: (req, ctx) => ctx.broker.groupCoordinator.offsetCommit(req, groupContext(ctx)),
  errorResponse: (req, code) => ({
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })) })),
  }),
};
