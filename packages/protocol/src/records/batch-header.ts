/**
 * The fixed 61-byte header of a record batch (magic 2), the unit in which Kafka stores,
 * replicates and serves records. All integers big-endian.
 *
 *   offset  size  field
 *        0     8  baseOffset            offset of the first record (assigned by the broker)
 *        8     4  batchLength           bytes that follow this field (whole batch = 12 + batchLength)
 *       12     4  partitionLeaderEpoch  epoch of the leader that appended it (assigned by the broker)
 *       16     1  magic                 2
 *       17     4  crc                   CRC-32C (unsigned) of every byte from `attributes` to the end
 *       21     2  attributes            bits 0-2 compression, 3 timestamp type (1 = log append time),
 *                                       4 transactional, 5 control, 6 has delete horizon
 *       23     4  lastOffsetDelta       offset of the last record minus baseOffset
 *       27     8  baseTimestamp         first timestamp (or the delete horizon when bit 6 is set)
 *       35     8  maxTimestamp          largest timestamp in the batch
 *       43     8  producerId            -1 when not idempotent
 *       51     2  producerEpoch
 *       53     4  baseSequence          sequence of the first record for idempotence, -1 if none
 *       57     4  recordCount
 *       61        records (possibly compressed as a whole)
 *
 * Because the CRC starts at `attributes`, the broker can rewrite baseOffset and
 * partitionLeaderEpoch without recomputing it.
 */
import { crc32c } from './crc32c.js';

export const BASE_OFFSET_OFFSET = 0;
export const BATCH_LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORD_COUNT_OFFSET = 57;
export const RECORDS_OFFSET = 61;

/** baseOffset + batchLength: the bytes before `batchLength` starts counting. */
export const LOG_OVERHEAD = 12;
export const BATCH_HEADER_SIZE = RECORDS_OFFSET;
export const CURRENT_MAGIC = 2;

export const CompressionType = { None: 0, Gzip: 1, Snappy: 2, Lz4: 3, Zstd: 4 } as const;
export type CompressionType = (typeof CompressionType)[keyof typeof CompressionType];

export const ATTR_COMPRESSION_MASK = 0x07;
export const ATTR_TIMESTAMP_TYPE_LOG_APPEND = 0x08;
export const ATTR_TRANSACTIONAL = 0x10;
export const ATTR_CONTROL = 0x20;
export const ATTR_DELETE_HORIZON = 0x40;

const TWO_32 = 2 ** 32;

function readInt64(buf: Buffer, at: number): number {
  return buf.readInt32BE(at) * TWO_32 + buf.readUInt32BE(at + 4);
}

function writeInt64(buf: Buffer, at: number, v: number): void {
  const hi = Math.floor(v / TWO_32);
  buf.writeInt32BE(hi | 0, at);
  buf.writeUInt32BE((v - hi * TWO_32) >>> 0, at + 4);
}

/** The header fields of the batch starting at `at` in `buf` (which must hold 61 bytes there). */
export interface BatchHeader {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

export function readBatchHeader(buf: Buffer, at = 0): BatchHeader {
  return {
    baseOffset: readInt64(buf, at + BASE_OFFSET_OFFSET),
    batchLength: buf.readInt32BE(at + BATCH_LENGTH_OFFSET),
    partitionLeaderEpoch: buf.readInt32BE(at + PARTITION_LEADER_EPOCH_OFFSET),
    magic: buf.readInt8(at + MAGIC_OFFSET),
    crc: buf.readUInt32BE(at + CRC_OFFSET),
    attributes: buf.readInt16BE(at + ATTRIBUTES_OFFSET),
    lastOffsetDelta: buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET),
    baseTimestamp: readInt64(buf, at + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: readInt64(buf, at + MAX_TIMESTAMP_OFFSET),
    producerId: readInt64(buf, at + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(at + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(at + BASE_SEQUENCE_OFFSET),
    recordCount: buf.readInt32BE(at + RECORD_COUNT_OFFSET),
  };
}

export function readBaseOffset(buf: Buffer, at = 0): number {
  return readInt64(buf, at + BASE_OFFSET_OFFSET);
}

export function readMaxTimestamp(buf: Buffer, at = 0): number {
  return readInt64(buf, at + MAX_TIMESTAMP_OFFSET);
}

/** Size in bytes of the whole batch starting at `at` (12 + batchLength). */
export function batchSize(buf: Buffer, at = 0): number {
  return LOG_OVERHEAD + buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
}

/** Rewrites the broker-assigned fields in place; the CRC does not cover them. */
export function setBaseOffset(buf: Buffer, at: number, baseOffset: number): void {
  writeInt64(buf, at + BASE_OFFSET_OFFSET, baseOffset);
}

export function setPartitionLeaderEpoch(buf: Buffer, at: number, epoch: number): void {
  buf.writeInt32BE(epoch, at + PARTITION_LEADER_EPOCH_OFFSET);
}

/** Sets maxTimestamp and the log-append-time attribute bit, and recomputes the CRC. */
export function setLogAppendTime(buf: Buffer, at: number, timestamp: number): void {
  const end = at + batchSize(buf, at);
  writeInt64(buf, at + MAX_TIMESTAMP_OFFSET, timestamp);
  buf.writeInt16BE(buf.readInt16BE(at + ATTRIBUTES_OFFSET) | ATTR_TIMESTAMP_TYPE_LOG_APPEND, at + ATTRIBUTES_OFFSET);
  buf.writeUInt32BE(crc32c(buf.subarray(at + ATTRIBUTES_OFFSET, end)), at + CRC_OFFSET);
}

/** Whether the stored CRC matches the bytes of the batch starting at `at`. */
export function isCrcValid(buf: Buffer, at = 0): boolean {
  const end = at + batchSize(buf, at);
  return crc32c(buf.subarray(at + ATTRIBUTES_OFFSET, end)) === buf.readUInt32BE(at + CRC_OFFSET);
}
