/**
 * Produce (0): append record batches to partition logs.
 *
 * acks=0 gets no response at all; acks=1 and acks=-1 (all) are answered once the batches are
 * in the log (and fsynced when the flush policy asks for it). On a single broker the in-sync
 * set is this broker alone, so acks=all is satisfied by the local append — unless the topic's
 * min.insync.replicas asks for more replicas than exist, which is NOT_ENOUGH_REPLICAS.
 */
import {
  ApiKey,
  ErrorCode,
  type ProduceRequest,
  type ProduceResponse,
  type ProduceResponsePartitionProduceResponse,
} from '@samsa/protocol';
import { partitionKey } from '../delayed/append-notifier.js';
import { errorCodeOf, errorMessageOf } from './error-codes.js';
import type { ApiHandler, RequestContext } from './handler.js';

const LEADER_EPOCH = 0;

function partitionError(index: number, errorCode: number, errorMessage: string | null = null): ProduceResponsePartitionProduceResponse {
  return { index, errorCode, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, recordErrors: [], errorMessage };
}

async function appendPartition(
  ctx: RequestContext,
  topic: string,
  index: number,
  records: Buffer | null,
  acks: number,
): Promise<ProduceResponsePartitionProduceResponse> {
  const { broker } = ctx;
  const t = broker.topics.get(topic);
  const log = t && index >= 0 && index < t.partitions ? broker.topics.getLog(topic, index) : undefined;
  if (!t || !log) return partitionError(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (records === null || records.length === 0) return partitionError(index, ErrorCode.CORRUPT_MESSAGE, 'empty record set');
  if (acks === -1) {
    const minIsr = Number(t.configs['min.insync.replicas'] ?? broker.config.get('min.insync.replicas'));
    if (minIsr > 1) {
      return partitionError(index, ErrorCode.NOT_ENOUGH_REPLICAS, `min.insync.replicas is ${minIsr} but the partition has 1 in-sync replica`);
    }
  }
  try {
    const result = await log.append(records, { leaderEpoch: LEADER_EPOCH });
    broker.appends.notify(partitionKey(topic, index), records.length);
    return {
      index,
      errorCode: ErrorCode.NONE,
      baseOffset: result.baseOffset,
      logAppendTimeMs: result.logAppendTime,
      logStartOffset: result.logStartOffset,
      recordErrors: [],
      errorMessage: null,
    };
  } catch (e) {
    const code = errorCodeOf(e, broker.logger, { topic, partition: index });
    if (code !== ErrorCode.UNKNOWN_SERVER_ERROR) {
      broker.logger.debug({ topic, partition: index, code, client: ctx.clientId, err: errorMessageOf(e) }, 'produce rejected');
    }
    return partitionError(index, code, errorMessageOf(e));
  }
}

export const produce: ApiHandler<ProduceRequest, ProduceResponse> = {
  apiKey: ApiKey.Produce,
  // v0-v2 carry the old message formats, which Samsa does not store. They are advertised
  // anyway, as Kafka does: librdkafka only compresses when the broker lists Produce v0.
  minVersion: 0,
  maxVersion: 9,
  async handle(req, ctx) {
    if (ctx.apiVersion < 3) return this.errorResponse(req, ErrorCode.UNSUPPORTED_VERSION, ctx);
    if (req.acks !== 0 && req.acks !== 1 && req.acks !== -1) {
      return this.errorResponse(req, ErrorCode.INVALID_REQUIRED_ACKS, ctx);
    }
    if (req.transactionalId !== null && req.transactionalId !== undefined) {
      return this.errorResponse(req, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, ctx);
    }
    const responses = await Promise.all(
      req.topicData.map(async (topic) => ({
        name: topic.name,
        partitionResponses: await Promise.all(
          topic.partitionData.map((p) => appendPartition(ctx, topic.name, p.index, p.records, req.acks)),
        ),
      })),
    );
    if (req.acks === 0) return null;
    return { responses, throttleTimeMs: 0 };
  },
  errorResponse(req, code) {
    return {
      responses: req.topicData.map((t) => ({ name: t.name, partitionResponses: t.partitionData.map((p) => partitionError(p.index, code)) })),
      throttleTimeMs: 0,
    };
  },
};
