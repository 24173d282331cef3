/**
 * Record batch v2 (magic 2): encoding a list of records into one batch and decoding batches
 * back into records. The 61-byte header is described in batch-header.ts and the records in
 * record.ts; a compressed batch compresses the records section as one payload
 * (compression.ts), and `recordCount` in the header is the only count of records:
 *
 *   RecordBatch =>
 *     baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 (2)
 *     crc uint32 (CRC-32C of attributes..end) | attributes int16 | lastOffsetDelta int32
 *     baseTimestamp int64 | maxTimestamp int64 | producerId int64 | producerEpoch int16
 *     baseSequence int32 | recordCount int32
 *     records: [Record] x recordCount, or compress([Record] x recordCount)
 *
 * Decoding validates everything it touches: magic, batch length, CRC, codec, the record count
 * against the bytes available, each record's declared length against its fields, and that the
 * records section holds exactly `recordCount` records. Every failure is a
 * `CorruptRecordBatchError` (Kafka's CORRUPT_MESSAGE) naming what was wrong and where.
 */
import { crc32c } from './crc32c.js';
import {
  ATTR_COMPRESSION_MASK,
  ATTR_CONTROL,
  ATTR_DELETE_HORIZON,
  ATTR_TIMESTAMP_TYPE_LOG_APPEND,
  ATTR_TRANSACTIONAL,
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  CompressionType,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  readBatchHeader,
  type BatchHeader,
} from './batch-header.js';
import { compressSync, decompress, decompressSync, type DecompressOptions } from './compression.js';
import { CorruptRecordBatchError } from './errors.js';
import {
  MIN_RECORD_SIZE,
  readRecord,
  skipRecord,
  recordBodySize,
  resetRecordScratch,
  sizeOfUvarint,
  writeRecord,
  type DecodedRecord,
  type KafkaRecord,
} from './record.js';
import { ProtocolDecodeError, Reader } from '../primitives/reader.js';

export const TimestampType = { CreateTime: 0, LogAppendTime: 1 } as const;
export type TimestampType = (typeof TimestampType)[keyof typeof TimestampType];

/** Sentinels Kafka uses in batch headers. */
export const NO_TIMESTAMP = -1;
export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;

/** The smallest possible batchLength: the header after the batchLength field, no records. */
export const MIN_BATCH_LENGTH = BATCH_HEADER_SIZE - LOG_OVERHEAD;

const TWO_32 = 2 ** 32;
const MAX_INT32 = 0x7fffffff;

export interface EncodeRecordBatchOptions {
  records: readonly KafkaRecord[];
  /** Default None. */
  compression?: CompressionType;
  /** Codec level (gzip, zstd); the codec's default when absent. */
  compressionLevel?: number;
  /** Default 0; the broker assigns the real one on append. */
  baseOffset?: number;
  /** Default -1 (producers do not know it); the broker sets it on append. */
  partitionLeaderEpoch?: number;
  /** Default -1 (not idempotent). */
  producerId?: number;
  /** Default -1. */
  producerEpoch?: number;
  /** Sequence of the first record for idempotent producers; default -1. */
  baseSequence?: number;
  transactional?: boolean;
  /** A control batch (transaction markers); see control-batch.ts. */
  control?: boolean;
  /** Default CreateTime. */
  timestampType?: TimestampType;
  /**
   * For LogAppendTime batches, the broker's append time, written as maxTimestamp (readers
   * report it as every record's timestamp). Defaults to the largest record timestamp.
   */
  logAppendTime?: number;
  /**
   * Written by compaction once tombstones and transaction markers become removable: sets the
   * delete-horizon attribute bit and becomes the baseTimestamp that record deltas refer to.
   */
  deleteHorizonMs?: number;
  /**
   * Overrides lastOffsetDelta, which otherwise is the last record's offsetDelta (0 for an empty
   * batch). Compaction keeps the original value when it drops the batch's last records.
   */
  lastOffsetDelta?: number;
}

/** A decoded batch: its header fields, the meaning of its attributes, and its records. */
export interface DecodedRecordBatch extends BatchHeader {
  compression: CompressionType;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  /** The delete horizon when the batch carries one (it is then also baseTimestamp). */
  deleteHorizonMs: number | null;
  records: DecodedRecord[];
  /** Bytes the batch takes in the input (12 + batchLength). */
  sizeInBytes: number;
}

export interface DecodeRecordBatchOptions {
  /** Check the CRC-32C (default true). */
  verifyCrc?: boolean;
  /** Cap on the decompressed records section (default 256 MiB). */
  maxDecompressedSize?: number;
}

// ---------------------------------------------------------------------------------------------
// encoding

function writeInt64(buf: Buffer, at: number, v: number): void {
  const hi = Math.floor(v / TWO_32);
  buf.writeInt32BE(hi | 0, at);
  buf.writeUInt32BE((v - hi * TWO_32) >>> 0, at + 4);
}

/** Per-record body sizes of the batch being encoded (reused between calls). */
let bodySizes = new Int32Array(1024);
/** Where compressed batches are assembled before compression (reused, bounded). */
let scratch = Buffer.allocUnsafe(0);
const MAX_RETAINED_SCRATCH = 4 * 1024 * 1024;

function scratchBuffer(size: number): Buffer {
  if (scratch.length >= size) return scratch;
  const buf = Buffer.allocUnsafeSlow(Math.max(size, Math.min(scratch.length * 2, MAX_RETAINED_SCRATCH)));
  if (buf.length <= MAX_RETAINED_SCRATCH) scratch = buf;
  return buf;
}

/**
 * Encodes records into one batch, computing lastOffsetDelta, baseTimestamp (the first record's
 * timestamp), maxTimestamp, recordCount and the CRC. Compression runs synchronously.
 */
export function encodeRecordBatch(options: EncodeRecordBatchOptions): Buffer {
  const records = options.records;
  const count = records.length;
  const compression = options.compression ?? CompressionType.None;
  if (!(compression >= 0 && compression <= 4 && Number.isInteger(compression))) {
    throw new RangeError(`unknown compression type ${compression}`);
  }
  const logAppend = options.timestampType === TimestampType.LogAppendTime;

  let maxTimestamp = NO_TIMESTAMP;
  let baseTimestamp = count === 0 ? NO_TIMESTAMP : records[0]!.timestamp;
  for (let i = 0; i < count; i++) {
    const t = records[i]!.timestamp;
    if (!Number.isSafeInteger(t)) throw new RangeError(`record ${i}: timestamp ${t} is not an integer`);
    if (t > maxTimestamp || i === 0) maxTimestamp = t;
  }
  if (options.deleteHorizonMs !== undefined) baseTimestamp = options.deleteHorizonMs;
  if (logAppend && options.logAppendTime !== undefined) maxTimestamp = options.logAppendTime;

  // Measure every record, remembering body sizes, so the batch is written into one buffer.
  if (bodySizes.length < count) bodySizes = new Int32Array(Math.max(count, bodySizes.length * 2));
  resetRecordScratch();
  let recordsSize = 0;
  let lastDelta = -1;
  for (let i = 0; i < count; i++) {
    const rec = records[i]!;
    const delta = rec.offsetDelta ?? i;
    if (!(Number.isInteger(delta) && delta > lastDelta && delta <= MAX_INT32)) {
      throw new RangeError(`record ${i}: offsetDelta ${delta} must be an int32 greater than the previous one`);
    }
    lastDelta = delta;
    const size = recordBodySize(rec, delta, rec.timestamp - baseTimestamp);
    bodySizes[i] = size;
    recordsSize += sizeOfUvarint(size * 2) + size;
  }
  const lastOffsetDelta = options.lastOffsetDelta ?? Math.max(lastDelta, 0);
  if (lastOffsetDelta < lastDelta) {
    throw new RangeError(`lastOffsetDelta ${lastOffsetDelta} is below the last record's offsetDelta ${lastDelta}`);
  }

  let out: Buffer;
  if (compression === CompressionType.None) {
    out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + recordsSize);
    writeRecords(out, BATCH_HEADER_SIZE, records, baseTimestamp);
  } else {
    const raw = scratchBuffer(recordsSize);
    writeRecords(raw, 0, records, baseTimestamp);
    const opts = options.compressionLevel === undefined ? undefined : { level: options.compressionLevel };
    const payload = compressSync(compression, raw.subarray(0, recordsSize), opts);
    out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + payload.length);
    payload.copy(out, BATCH_HEADER_SIZE);
  }
  if (out.length - LOG_OVERHEAD > MAX_INT32) throw new RangeError(`batch of ${out.length} bytes is too large`);

  let attributes = compression;
  if (logAppend) attributes |= ATTR_TIMESTAMP_TYPE_LOG_APPEND;
  if (options.transactional) attributes |= ATTR_TRANSACTIONAL;
  if (options.control) attributes |= ATTR_CONTROL;
  if (options.deleteHorizonMs !== undefined) attributes |= ATTR_DELETE_HORIZON;

  writeInt64(out, 0, options.baseOffset ?? 0);
  out.writeInt32BE(out.length - LOG_OVERHEAD, 8);
  out.writeInt32BE(options.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH, 12);
  out[MAGIC_OFFSET] = CURRENT_MAGIC;
  out.writeInt16BE(attributes, ATTRIBUTES_OFFSET);
  out.writeInt32BE(lastOffsetDelta, 23);
  writeInt64(out, 27, baseTimestamp);
  writeInt64(out, 35, maxTimestamp);
  writeInt64(out, 43, options.producerId ?? NO_PRODUCER_ID);
  out.writeInt16BE(options.producerEpoch ?? NO_PRODUCER_EPOCH, 51);
  out.writeInt32BE(options.baseSequence ?? NO_SEQUENCE, 53);
  out.writeInt32BE(count, 57);
  out.writeUInt32BE(crc32c(out.subarray(ATTRIBUTES_OFFSET)), CRC_OFFSET);
  return out;
}

function writeRecords(buf: Buffer, pos: number, records: readonly KafkaRecord[], baseTimestamp: number): void {
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    pos = writeRecord(buf, pos, rec, rec.offsetDelta ?? i, rec.timestamp - baseTimestamp, bodySizes[i]!);
  }
}

// ---------------------------------------------------------------------------------------------
// decoding

interface OpenedBatch {
  header: BatchHeader;
  /** Start and end of the records section (possibly compressed) in the input. */
  recordsStart: number;
  end: number;
  compression: CompressionType;
}

function corrupt(at: number, detail: string, cause?: unknown): CorruptRecordBatchError {
  return new CorruptRecordBatchError(`record batch at byte ${at}: ${detail}`, cause === undefined ? undefined : { cause });
}

/** Checks the frame, magic, CRC and codec of the batch at `at`, without reading records. */
function openBatch(buf: Buffer, at: number, options: DecodeRecordBatchOptions | undefined): OpenedBatch {
  if (at < 0 || buf.length - at < BATCH_HEADER_SIZE) {
    throw corrupt(at, `truncated: ${Math.max(0, buf.length - at)} bytes, a batch header needs ${BATCH_HEADER_SIZE}`);
  }
  const magic = buf.readInt8(at + MAGIC_OFFSET);
  if (magic !== CURRENT_MAGIC) throw corrupt(at, `unsupported magic ${magic} (only record batch v2 is supported)`);
  const header = readBatchHeader(buf, at);
  if (header.batchLength < MIN_BATCH_LENGTH) {
    throw corrupt(at, `batchLength ${header.batchLength} is below the minimum of ${MIN_BATCH_LENGTH}`);
  }
  const end = at + LOG_OVERHEAD + header.batchLength;
  if (end > buf.length) {
    throw corrupt(at, `truncated: batchLength ${header.batchLength} needs ${end - buf.length} more bytes`);
  }
  if (options?.verifyCrc !== false) {
    const actual = crc32c(buf.subarray(at + ATTRIBUTES_OFFSET, end));
    if (actual !== header.crc) {
      throw corrupt(at, `CRC mismatch: stored ${hex(header.crc)}, computed ${hex(actual)}`);
    }
  }
  const compression = header.attributes & ATTR_COMPRESSION_MASK;
  if (compression > CompressionType.Zstd) throw corrupt(at, `unknown compression type ${compression}`);
  if (header.recordCount < 0) throw corrupt(at, `negative record count ${header.recordCount}`);
  return { header, recordsStart: at + BATCH_HEADER_SIZE, end, compression: compression as CompressionType };
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

function decompressOptions(options: DecodeRecordBatchOptions | undefined): DecompressOptions | undefined {
  return options?.maxDecompressedSize === undefined ? undefined : { maxOutputSize: options.maxDecompressedSize };
}

/** Reads `recordCount` records filling exactly [start, end) of `data`. */
function readRecords(at: number, header: BatchHeader, data: Buffer, start: number, end: number): DecodedRecord[] {
  const count = header.recordCount;
  if (count > (end - start) / MIN_RECORD_SIZE) {
    throw corrupt(at, `declares ${count} records but its records section has only ${end - start} bytes`);
  }
  const logAppendTime = header.attributes & ATTR_TIMESTAMP_TYPE_LOG_APPEND ? header.maxTimestamp : null;
  const r = new Reader(data, start, end);
  const records = new Array<DecodedRecord>(count);
  let i = 0;
  try {
    for (; i < count; i++) records[i] = readRecord(r, header.baseOffset, header.baseTimestamp, logAppendTime);
  } catch (e) {
    if (e instanceof ProtocolDecodeError) throw corrupt(at, `record ${i} of ${count}: ${e.message}`, e);
    throw e;
  }
  if (r.remaining !== 0) throw corrupt(at, `${r.remaining} bytes left after the declared ${count} records`);
  return records;
}

function finish(at: number, opened: OpenedBatch, records: DecodedRecord[]): DecodedRecordBatch {
  const h = opened.header;
  return {
    ...h,
    compression: opened.compression,
    timestampType: h.attributes & ATTR_TIMESTAMP_TYPE_LOG_APPEND ? TimestampType.LogAppendTime : TimestampType.CreateTime,
    isTransactional: (h.attributes & ATTR_TRANSACTIONAL) !== 0,
    isControl: (h.attributes & ATTR_CONTROL) !== 0,
    deleteHorizonMs: h.attributes & ATTR_DELETE_HORIZON ? h.baseTimestamp : null,
    records,
    sizeInBytes: opened.end - at,
  };
}

function wrapDecompressionError(at: number, codec: CompressionType, e: unknown): unknown {
  if (e instanceof ProtocolDecodeError) return corrupt(at, `cannot decompress records (codec ${codec}): ${e.message}`, e);
  return e;
}

/**
 * Decodes the complete batch starting at `at`, decompressing its records synchronously.
 * Throws `CorruptRecordBatchError` if the batch is truncated or invalid.
 */
export function decodeRecordBatch(buf: Buffer, at = 0, options?: DecodeRecordBatchOptions): DecodedRecordBatch {
  const opened = openBatch(buf, at, options);
  if (opened.compression === CompressionType.None) {
    return finish(at, opened, readRecords(at, opened.header, buf, opened.recordsStart, opened.end));
  }
  let data: Buffer;
  try {
    data = decompressSync(opened.compression, buf.subarray(opened.recordsStart, opened.end), decompressOptions(options));
  } catch (e) {
    throw wrapDecompressionError(at, opened.compression, e);
  }
  return finish(at, opened, readRecords(at, opened.header, data, 0, data.length));
}

/** As `decodeRecordBatch`, decompressing off the main thread where the codec allows it. */
export async function decodeRecordBatchAsync(
  buf: Buffer,
  at = 0,
  options?: DecodeRecordBatchOptions,
): Promise<DecodedRecordBatch> {
  const opened = openBatch(buf, at, options);
  if (opened.compression === CompressionType.None) {
    return finish(at, opened, readRecords(at, opened.header, buf, opened.recordsStart, opened.end));
  }
  let data: Buffer;
  try {
    data = await decompress(opened.compression, buf.subarray(opened.recordsStart, opened.end), decompressOptions(options));
  } catch (e) {
    throw wrapDecompressionError(at, opened.compression, e);
  }
  return finish(at, opened, readRecords(at, opened.header, data, 0, data.length));
}

/** What `verifyBatchRecords` learned about a batch's records. */
export interface BatchRecordsSummary {
  /** Records whose key is null (a compacted topic refuses those). */
  keylessRecords: number;
}

/**
 * Checks that the records of the batch at `at` are well formed — decompressing them when the
 * batch is compressed — without building record objects: exactly `recordCount` records that
 * fill the records section, each with consistent lengths. The CRC is not checked here (the
 * caller has). Throws `CorruptRecordBatchError` otherwise. This is what lets a broker refuse a
 * batch whose CRC is right but which no consumer could decode.
 */
export function verifyBatchRecords(buf: Buffer, at = 0, options?: Pick<DecodeRecordBatchOptions, 'maxDecompressedSize'>): BatchRecordsSummary {
  const opened = openBatch(buf, at, { verifyCrc: false });
  let data = buf;
  let start = opened.recordsStart;
  let end = opened.end;
  if (opened.compression !== CompressionType.None) {
    try {
      data = decompressSync(opened.compression, buf.subarray(opened.recordsStart, opened.end), decompressOptions(options));
    } catch (e) {
      throw wrapDecompressionError(at, opened.compression, e);
    }
    start = 0;
    end = data.length;
  }
  const count = opened.header.recordCount;
  if (count > (end - start) / MIN_RECORD_SIZE) {
    throw corrupt(at, `declares ${count} records but its records section has only ${end - start} bytes`);
  }
  const r = new Reader(data, start, end);
  let keylessRecords = 0;
  let i = 0;
  try {
    for (; i < count; i++) if (skipRecord(r) < 0) keylessRecords++;
  } catch (e) {
    if (e instanceof ProtocolDecodeError) throw corrupt(at, `record ${i} of ${count}: ${e.message}`, e);
    throw e;
  }
  if (r.remaining !== 0) throw corrupt(at, `${r.remaining} bytes left after the declared ${count} records`);
  return { keylessRecords };
}

/**
 * The position and size of each complete batch in `buf` (concatenated batches, as in a Fetch
 * response or a log segment), starting at `at`. Stops quietly at a trailing partial batch, which
 * Fetch responses may end with; throws on a batchLength too small to be a batch, since nothing
 * after it can be located. Reads only the 12-byte prefix of each batch.
 */
export function* iterateBatches(buf: Buffer, at = 0): Generator<{ at: number; size: number }, void, undefined> {
  while (buf.length - at >= LOG_OVERHEAD) {
    const batchLength = buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
    if (batchLength < MIN_BATCH_LENGTH) {
      throw corrupt(at, `batchLength ${batchLength} is below the minimum of ${MIN_BATCH_LENGTH}`);
    }
    const size = LOG_OVERHEAD + batchLength;
    if (size > buf.length - at) return;
    yield { at, size };
    at += size;
  }
}

/** Decodes every complete batch in `buf`, stopping quietly at a trailing partial batch. */
export function* decodeRecordBatches(
  buf: Buffer,
  options?: DecodeRecordBatchOptions,
): Generator<DecodedRecordBatch, void, undefined> {
  for (const { at } of iterateBatches(buf)) yield decodeRecordBatch(buf, at, options);
}
