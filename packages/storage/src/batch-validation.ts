/**
 * Checks on record batches: the 61-byte header, the CRC, and a walk over the records' lengths
 * (decompressing a compressed batch) — records are never decoded into objects on the append
 * path.
 *
 * Two flavours: `validateProducedBatches` for what a producer sends (strict, errors carry Kafka
 * codes), and `checkStoredBatch` for what recovery and reads find in a segment file (the same
 * structural checks, reported as a reason string so the caller can truncate there).
 */
import {
  ATTR_COMPRESSION_MASK,
  ATTR_CONTROL,
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  CompressionType,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  RECORD_COUNT_OFFSET,
  isCrcValid,
  readBaseOffset,
  readMaxTimestamp,
  verifyBatchRecords,
} from '@samsa/protocol';
import type { LogConfig } from './config.js';
import {
  CorruptRecordError,
  InvalidRecordError,
  RecordBatchTooLargeError,
  RecordTooLargeError,
  UnsupportedCompressionTypeError,
} from './errors.js';

/**
 * Who is appending: clients may not write control batches; coordinators may. 'replication'
 * is for batches another broker already validated (a follower copying its leader): their
 * records are not walked again, and compaction may have left offset gaps in them.
 */
export type AppendOrigin = 'client' | 'coordinator' | 'replication';

/** What validation learned about one batch of a produce request. */
export interface ProducedBatch {
  /** Byte position of the batch in the request buffer. */
  at: number;
  size: number;
  lastOffsetDelta: number;
  /** maxTimestamp as sent (CreateTime), before any LogAppendTime rewrite. */
  maxTimestamp: number;
}

/**
 * Validates every batch of a produce request without touching it. Throws a
 * RecordValidationError subclass naming the first offending batch; nothing is appended then.
 */
export function validateProducedBatches(buf: Buffer, config: LogConfig, origin: AppendOrigin = 'client'): ProducedBatch[] {
  if (buf.length === 0) throw new InvalidRecordError('produce request carries no record batch for this partition');
  if (buf.length > config.segmentBytes) {
    throw new RecordBatchTooLargeError(`${buf.length} bytes of batches exceed segment.bytes ${config.segmentBytes}`);
  }
  const out: ProducedBatch[] = [];
  let at = 0;
  while (at < buf.length) {
    const i = out.length;
    const remaining = buf.length - at;
    if (remaining < BATCH_HEADER_SIZE) {
      throw new CorruptRecordError(`${remaining} trailing bytes after batch ${i - 1} are shorter than a batch header`, i);
    }
    const batchLength = buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
    const size = LOG_OVERHEAD + batchLength;
    if (batchLength < BATCH_HEADER_SIZE - LOG_OVERHEAD) throw new CorruptRecordError(`batch ${i}: batchLength ${batchLength} is smaller than a header`, i);
    if (size > remaining) throw new CorruptRecordError(`batch ${i}: batchLength ${batchLength} runs past the end of the request (${remaining} bytes left)`, i);
    const magic = buf.readInt8(at + MAGIC_OFFSET);
    if (magic !== CURRENT_MAGIC) {
      // Magic 0/1 is well-formed but refused (Produce v3+ carries v2 batches only); any
      // other value means the bytes are not a batch at all.
      if (magic === 0 || magic === 1) throw new InvalidRecordError(`batch ${i}: message format v${magic} is not supported, only v2 record batches`, i);
      throw new CorruptRecordError(`batch ${i}: unknown magic ${magic}`, i);
    }
    if (size > config.maxMessageBytes) throw new RecordTooLargeError(`batch ${i}: ${size} bytes exceed max.message.bytes ${config.maxMessageBytes}`, i);
    if (!isCrcValid(buf, at)) throw new CorruptRecordError(`batch ${i}: CRC-32C mismatch`, i);
    const attributes = buf.readInt16BE(at + ATTRIBUTES_OFFSET);
    if ((attributes & ATTR_COMPRESSION_MASK) > CompressionType.Zstd) {
      throw new UnsupportedCompressionTypeError(`batch ${i}: unknown compression codec ${attributes & ATTR_COMPRESSION_MASK}`, i);
    }
    if (attributes & ATTR_CONTROL && origin === 'client') throw new InvalidRecordError(`batch ${i}: clients may not write control batches`, i);
    const lastOffsetDelta = buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET);
    const recordCount = buf.readInt32BE(at + RECORD_COUNT_OFFSET);
    if (recordCount < 1 || lastOffsetDelta < 0) throw new InvalidRecordError(`batch ${i}: recordCount ${recordCount}, lastOffsetDelta ${lastOffsetDelta}`, i);
    // A producer numbers records 0..n-1; gaps only appear after compaction, never on the wire.
    if (recordCount !== lastOffsetDelta + 1 && origin !== 'replication') {
      throw new InvalidRecordError(`batch ${i}: recordCount ${recordCount} does not match lastOffsetDelta ${lastOffsetDelta}`, i);
    }
    // The CRC only proves the bytes arrived as sent; Kafka also refuses records no consumer
    // could decode (lengths that overrun, a count that lies, a payload that does not
    // decompress), so the records are walked — not decoded into objects.
    if (origin !== 'replication') {
      let keyless: number;
      try {
        keyless = verifyBatchRecords(buf, at).keylessRecords;
      } catch (e) {
        throw new CorruptRecordError(`batch ${i}: ${(e as Error).message}`, i);
      }
      // Compaction keeps the latest record per key; a record without one has no place there.
      if (keyless > 0 && !(attributes & ATTR_CONTROL) && config.cleanupPolicy.includes('compact')) {
        throw new InvalidRecordError(`batch ${i}: Compacted topic cannot accept message without key (${keyless} record(s) have none)`, i);
      }
    }
    out.push({ at, size, lastOffsetDelta, maxTimestamp: readMaxTimestamp(buf, at) });
    at += size;
  }
  return out;
}

/**
 * Structural check of a stored batch at `at` with `available` bytes of the file left from
 * there: whole header present, sane length within the file, magic 2, and (if `verifyCrc`) the
 * CRC. Returns null when valid, else why not.
 */
export function checkStoredBatch(buf: Buffer, at: number, available: number, verifyCrc: boolean): string | null {
  if (available < BATCH_HEADER_SIZE) return `${available} bytes left, less than a batch header`;
  const batchLength = buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
  if (batchLength < BATCH_HEADER_SIZE - LOG_OVERHEAD) return `batchLength ${batchLength} is smaller than a header`;
  if (LOG_OVERHEAD + batchLength > available) return `batch of ${LOG_OVERHEAD + batchLength} bytes runs past the end of the file (${available} bytes left)`;
  const magic = buf.readInt8(at + MAGIC_OFFSET);
  if (magic !== CURRENT_MAGIC) return `magic ${magic}`;
  if (buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET) < 0) return 'negative lastOffsetDelta';
  if (verifyCrc && !isCrcValid(buf, at)) return 'CRC-32C mismatch';
  return null;
}

/** The header fields storage works with, read without allocating the full header object. */
export function batchLastOffset(buf: Buffer, at: number): number {
  return readBaseOffset(buf, at) + buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET);
}

