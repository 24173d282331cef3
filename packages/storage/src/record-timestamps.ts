/**
 * Finding a record by timestamp inside one batch, for ListOffsets.
 *
 * Batch headers give only the largest timestamp, so the exact answer needs the records. For an
 * uncompressed batch the records are walked here (each record starts with its length, then
 * attributes, timestampDelta and offsetDelta, so only those varints are decoded). A compressed
 * batch needs its codec: the broker can pass a finder that decompresses; without one the
 * search answers the batch itself (an offset at or before the exact one, which a consumer
 * seeking by time tolerates: it sees a few earlier records, never misses later ones).
 *
 * Record (inside a batch, after the 61-byte header):
 *   length varint, attributes int8, timestampDelta varlong, offsetDelta varint, key, value, headers
 */
import {
  ATTR_COMPRESSION_MASK,
  ATTR_TIMESTAMP_TYPE_LOG_APPEND,
  ATTRIBUTES_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_HEADER_SIZE,
  Reader,
  readMaxTimestamp,
} from '@samsa/protocol';

/**
 * Returns the first record of `batch` (one whole batch) whose offsetDelta >= `minOffsetDelta`
 * and whose timestamp >= `target`, or null if none; undefined if it cannot tell (compressed).
 */
export type RecordTimestampFinder = (
  batch: Buffer,
  target: number,
  minOffsetDelta: number,
) => { offsetDelta: number; timestamp: number } | null | undefined;

export const findRecordByTimestamp: RecordTimestampFinder = (batch, target, minOffsetDelta) => {
  const attributes = batch.readInt16BE(ATTRIBUTES_OFFSET);
  const logAppendTime = (attributes & ATTR_TIMESTAMP_TYPE_LOG_APPEND) !== 0;
  if ((attributes & ATTR_COMPRESSION_MASK) !== 0) return undefined;
  const baseTimestamp = batch.readInt32BE(BASE_TIMESTAMP_OFFSET) * 2 ** 32 + batch.readUInt32BE(BASE_TIMESTAMP_OFFSET + 4);
  const maxTimestamp = readMaxTimestamp(batch, 0);
  const r = new Reader(batch, BATCH_HEADER_SIZE);
  try {
    while (r.remaining > 0) {
      const length = r.varint();
      const end = r.offset + length;
      r.int8();
      const timestampDelta = r.varlong();
      const offsetDelta = r.varint();
      // With LogAppendTime every record's timestamp is the batch's (the broker's clock).
      const timestamp = logAppendTime ? maxTimestamp : baseTimestamp + timestampDelta;
      if (offsetDelta >= minOffsetDelta && timestamp >= target) return { offsetDelta, timestamp };
      r.offset = end;
    }
  } catch {
    return undefined;
  }
  return null;
};
