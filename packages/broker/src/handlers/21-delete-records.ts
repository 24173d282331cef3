/**
 * DeleteRecords (21): move a partition's log start offset forward; offset -1 means "up to
 * the high watermark". Whole segments below the new start are deleted in the background.
 */
import { ApiKey, ErrorCode, type DeleteRecordsRequest, type DeleteRecordsResponse } from '@samsa/protocol';
import { errorCodeOf } from './error-codes.js';
import type { ApiHandler } from './handler.js';

export const deleteRecords: ApiHandler<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: ApiKey.DeleteRecords,
  minVersion: 0,
  maxVersion: 2,
  async handle(req, ctx) {
    const topics = await Promise.all(
      req.topics.map(async (t) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map(async (p) => {
            const log = ctx.broker.topics.get(t.name) ? ctx.broker.topics.getLog(t.name, p.partitionIndex) : undefined;
            if (!log) return { partitionIndex: p.partitionIndex, lowWatermark: -1, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
            const target = p.offset === -1 ? log.highWatermark : p.offset;
            if (target < 0 || target > log.highWatermark) {
              return { partitionIndex: p.partitionIndex, lowWatermark: log.logStartOffset, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
            }
            try {
              const lowWatermark = await log.deleteRecordsBefore(target);
              return { partitionIndex: p.partitionIndex, lowWatermark, errorCode: ErrorCode.NONE };
            } catch (e) {
              return { partitionIndex: p.partitionIndex, lowWatermark: -1, errorCode: errorCodeOf(e, ctx.broker.logger) };
            }
          }),
        ),
      })),
    );
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, code) {
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1, errorCode: code })) })),
    };
  },
};
