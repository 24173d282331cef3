/**
 * ListOffsets (2): offsets by time. Special timestamps: -1 latest (the high watermark),
 * -2 earliest (the log start offset), -3 the record with the largest timestamp,
 * -4 earliest local (no tiered storage here, so the log start offset too).
 */
import {
  ApiKey,
  ErrorCode,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
  type ListOffsetsResponseListOffsetsPartitionResponse,
} from '@samsa/protocol';
import { errorCodeOf } from './error-codes.js';
import type { ApiHandler, RequestContext } from './handler.js';

const LATEST = -1;
const EARLIEST = -2;
const MAX_TIMESTAMP = -3;
const EARLIEST_LOCAL = -4;

function failed(partitionIndex: number, errorCode: number): ListOffsetsResponseListOffsetsPartitionResponse {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: -1, offset: -1, leaderEpoch: -1 };
}

async function lookup(
  ctx: RequestContext,
  topic: string,
  partitionIndex: number,
  timestamp: number,
  currentLeaderEpoch: number,
): Promise<ListOffsetsResponseListOffsetsPartitionResponse> {
  const t = ctx.broker.topics.get(topic);
  const log = t ? ctx.broker.topics.getLog(topic, partitionIndex) : undefined;
  if (!log) return failed(partitionIndex, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (currentLeaderEpoch > 0) return failed(partitionIndex, ErrorCode.UNKNOWN_LEADER_EPOCH);
  const ok = (offset: number, ts: number): ListOffsetsResponseListOffsetsPartitionResponse => ({
    partitionIndex,
    errorCode: ErrorCode.NONE,
    oldStyleOffsets: [],
    timestamp: ts,
    offset,
    leaderEpoch: 0,
  });
  try {
    switch (timestamp) {
      case LATEST:
        return ok(log.highWatermark, -1);
      case EARLIEST:
      case EARLIEST_LOCAL:
        return ok(log.logStartOffset, -1);
      case MAX_TIMESTAMP: {
        const max = await log.maxTimestampRecord();
        return ok(max.offset, max.timestamp);
      }
      default: {
        if (timestamp < 0) return failed(partitionIndex, ErrorCode.INVALID_REQUEST);
        const found = await log.offsetForTimestamp(timestamp);
        return found ? ok(found.offset, found.timestamp) : ok(-1, -1);
      }
    }
  } catch (e) {
    return failed(partitionIndex, errorCodeOf(e, ctx.broker.logger, { topic, partitionIndex }));
  }
}

export const listOffsets: ApiHandler<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: ApiKey.ListOffsets,
  // v0 returns lists of segment offsets, a pre-0.10 behaviour no current client uses
  minVersion: 1,
  maxVersion: 7,
  async handle(req, ctx) {
    const topics = await Promise.all(
      req.topics.map(async (t) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map((p) => lookup(ctx, t.name, p.partitionIndex, p.timestamp, p.currentLeaderEpoch ?? -1)),
        ),
      })),
    );
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, code) {
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => failed(p.partitionIndex, code)) })),
    };
  },
};
