/**
 * The record-by-timestamp search for ListOffsets, extended to compressed batches: storage
 * walks uncompressed records itself and asks this for the rest, which decompresses the batch
 * (rare: only the one batch a timestamp lookup lands in).
 */
import { ATTR_TIMESTAMP_TYPE_LOG_APPEND, ATTRIBUTES_OFFSET, decodeRecordBatch } from '@samsa/protocol';
import { findRecordByTimestamp, type RecordTimestampFinder } from '@samsa/storage';

export const findRecordByTimestampDecompressing: RecordTimestampFinder = (batch, target, minOffsetDelta) => {
  const simple = findRecordByTimestamp(batch, target, minOffsetDelta);
  if (simple !== undefined) return simple;
  try {
    const decoded = decodeRecordBatch(batch, 0, { verifyCrc: false });
    const logAppendTime = (batch.readInt16BE(ATTRIBUTES_OFFSET) & ATTR_TIMESTAMP_TYPE_LOG_APPEND) !== 0;
    for (const r of decoded.records) {
      const timestamp = logAppendTime ? decoded.maxTimestamp : r.timestamp;
      if (r.offsetDelta >= minOffsetDelta && timestamp >= target) return { offsetDelta: r.offsetDelta, timestamp };
    }
    return null;
  } catch {
    return undefined;
  }
};
