/** CreatePartitions (37): grow a topic's partition count. */
import { ApiKey, ErrorCode, type CreatePartitionsRequest, type CreatePartitionsResponse } from '@samsa/protocol';
import { isInternalTopic } from '../topics/topic-names.js';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { ApiHandler } from './handler.js';

export const createPartitions: ApiHandler<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: ApiKey.CreatePartitions,
  minVersion: 0,
  maxVersion: 3,
  async handle(req, ctx) {
    const { broker } = ctx;
    const results = [];
    for (const t of req.topics) {
      if (isInternalTopic(t.name)) {
        // more partitions would move every group to another __consumer_offsets partition
        results.push({ name: t.name, errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'the partition count of an internal topic cannot change' });
        continue;
      }
      const bad = t.assignments?.find((a) => a.brokerIds.length !== 1 || a.brokerIds[0] !== broker.nodeId);
      if (bad) {
        results.push({ name: t.name, errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `replicas must be exactly [${broker.nodeId}]` });
        continue;
      }
      try {
        await broker.topics.createPartitions(t.name, t.count, req.validateOnly);
        results.push({ name: t.name, errorCode: ErrorCode.NONE, errorMessage: null });
      } catch (e) {
        results.push({ name: t.name, errorCode: errorCodeOf(e, broker.logger, { topic: t.name }), errorMessage: errorMessageOf(e) });
      }
    }
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, code) {
    return { throttleTimeMs: 0, results: req.topics.map((t) => ({ name: t.name, errorCode: code, errorMessage: null })) };
  },
};
