/**
 * CreateTopics (19). Each topic succeeds or fails on its own. Since v5 the response also
 * carries the created topic's partition count, replication factor and effective configs.
 */
import { ApiKey, ErrorCode, type CreateTopicsRequest, type CreateTopicsResponse, type CreateTopicsResponseCreatableTopicResult } from '@samsa/protocol';
import { configSourceCode } from './config-sources.js';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { ApiHandler } from './handler.js';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

function failed(name: string, errorCode: number, errorMessage: string | null): CreateTopicsResponseCreatableTopicResult {
  return { name, topicId: ZERO_UUID, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1, configs: null };
}

export const createTopics: ApiHandler<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: ApiKey.CreateTopics,
  minVersion: 0,
  maxVersion: 7,
  async handle(req, ctx) {
    const { broker } = ctx;
    const seen = new Map<string, number>();
    for (const t of req.topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
    const topics: CreateTopicsResponseCreatableTopicResult[] = [];
    for (const t of req.topics) {
      if (seen.get(t.name)! > 1) {
        topics.push(failed(t.name, ErrorCode.INVALID_REQUEST, 'topic named more than once in the request'));
        continue;
      }
      let partitions = t.numPartitions;
      let replicationFactor = t.replicationFactor;
      if (t.assignments.length > 0) {
        if (partitions !== -1 || replicationFactor !== -1) {
          topics.push(failed(t.name, ErrorCode.INVALID_REQUEST, 'give either replica assignments or partitions and replication factor, not both'));
          continue;
        }
        const indexes = t.assignments.map((a) => a.partitionIndex).sort((a, b) => a - b);
        const bad = t.assignments.find((a) => a.brokerIds.length !== 1 || a.brokerIds[0] !== broker.nodeId);
        if (bad || indexes.some((p, i) => p !== i)) {
          topics.push(failed(t.name, ErrorCode.INVALID_REPLICA_ASSIGNMENT, `replicas must be exactly [${broker.nodeId}] for partitions 0..n-1`));
          continue;
        }
        partitions = t.assignments.length;
        replicationFactor = 1;
      }
      const configs: Record<string, string | null> = {};
      for (const c of t.configs) configs[c.name] = c.value;
      try {
        const created = await broker.topics.createTopic(t.name, partitions, replicationFactor, configs, {
          validateOnly: req.validateOnly ?? false,
        });
        const effective = req.validateOnly ? [] : broker.topics.effectiveConfigs(created);
        topics.push({
          name: t.name,
          topicId: created.topicId || ZERO_UUID,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          numPartitions: created.partitions,
          replicationFactor: 1,
          configs: effective.map((c) => ({
            name: c.name,
            value: c.value,
            readOnly: false,
            configSource: configSourceCode(c.source),
            isSensitive: false,
          })),
        });
      } catch (e) {
        topics.push(failed(t.name, errorCodeOf(e, broker.logger, { topic: t.name }), errorMessageOf(e)));
      }
    }
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, code) {
    return { throttleTimeMs: 0, topics: req.topics.map((t) => failed(t.name, code, null)) };
  },
};
