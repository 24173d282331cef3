/**
 * The record model and the codec of one record inside a v2 record batch.
 *
 * A record stores its offset and timestamp as deltas from the batch header's baseOffset and
 * baseTimestamp, and every integer is a zig-zag varint, so a small record costs a few bytes of
 * framing:
 *
 *   Record =>
 *     length          varint   bytes that follow, up to the end of the headers
 *     attributes      int8     unused by Kafka so far; written 0, ignored on read
 *     timestampDelta  varlong  timestamp - baseTimestamp (may be negative)
 *     offsetDelta     varint   offset - baseOffset
 *     keyLength       varint   -1 for a null key
 *     key             bytes
 *     valueLength     varint   -1 for a null value (a tombstone on a compacted topic)
 *     value           bytes
 *     headerCount     varint
 *     [Header =>
 *       keyLength     varint   never null
 *       key           UTF-8
 *       valueLength   varint   -1 for null
 *       value         bytes]
 *
 * Encoding is split in two: `recordBodySize` measures a record (remembering the UTF-8 length of
 * each header key), then `writeRecord` writes it into a buffer already sized for the whole
 * batch. That way a batch is encoded into one allocation, with no per-record buffers.
 */
import { ProtocolDecodeError, Reader } from '../primitives/reader.js';

/** A record header. Keys may repeat; order is preserved. */
export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** A record to be written into a batch. */
export interface KafkaRecord {
  /**
   * Offset relative to the batch's baseOffset. Defaults to the record's index in the batch;
   * set it only to write gaps (compaction). Must increase through the batch.
   */
  offsetDelta?: number;
  /** Milliseconds since the epoch (CreateTime). */
  timestamp: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers?: readonly { key: string; value: Uint8Array | null }[];
}

/**
 * A record read from a batch, with absolute offset and timestamp. `key`, `value` and header
 * values are views into the batch (or its decompressed payload), not copies: copy them if the
 * underlying buffer is going to be reused.
 */
export interface DecodedRecord {
  offset: number;
  offsetDelta: number;
  /** baseTimestamp + timestampDelta, or the batch's maxTimestamp for LogAppendTime batches. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

// ---------------------------------------------------------------------------------------------
// sizes and writes of varints straight into a buffer

export function sizeOfUvarint(u: number): number {
  if (u < 0x80) return 1;
  if (u < 0x4000) return 2;
  if (u < 0x200000) return 3;
  if (u < 0x10000000) return 4;
  return 5;
}

/** Size of a zig-zag varint of a signed 32-bit value. */
export function sizeOfVarint(v: number): number {
  return sizeOfUvarint(((v << 1) ^ (v >> 31)) >>> 0);
}

/** Size of a zig-zag varlong of a safe integer. */
export function sizeOfVarlong(v: number): number {
  if (v >= -0x40000000 && v < 0x40000000) return sizeOfVarint(v);
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (z >= 0x80) {
    z = Math.floor(z / 0x80);
    n++;
  }
  return n;
}

function sizeOfVarintBytes(b: Uint8Array | null): number {
  return b === null ? 1 : sizeOfUvarint(b.length * 2) + b.length;
}

function putUvarint(buf: Buffer, pos: number, u: number): number {
  while (u >= 0x80) {
    buf[pos++] = (u & 0x7f) | 0x80;
    u >>>= 7;
  }
  buf[pos++] = u;
  return pos;
}

function putVarint(buf: Buffer, pos: number, v: number): number {
  return putUvarint(buf, pos, ((v << 1) ^ (v >> 31)) >>> 0);
}

function putVarlong(buf: Buffer, pos: number, v: number): number {
  if (v >= -0x40000000 && v < 0x40000000) return putVarint(buf, pos, v);
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  while (z >= 0x80) {
    buf[pos++] = (z % 0x80) | 0x80;
    z = Math.floor(z / 0x80);
  }
  buf[pos++] = z;
  return pos;
}

function putVarintBytes(buf: Buffer, pos: number, b: Uint8Array | null): number {
  if (b === null) {
    buf[pos] = 1; // zig-zag of -1
    return pos + 1;
  }
  pos = putUvarint(buf, pos, b.length * 2);
  buf.set(b, pos);
  return pos + b.length;
}

// ---------------------------------------------------------------------------------------------
// encoding

/**
 * UTF-8 lengths of header keys, filled by `recordBodySize` and consumed in the same order by
 * `writeRecord`. Encoding is synchronous, so one module-level list serves every call.
 */
const headerKeyLengths: number[] = [];
let headerKeyWrite = 0;
let headerKeyRead = 0;

/** Starts a measure-then-write cycle for one batch. */
export function resetRecordScratch(): void {
  headerKeyWrite = 0;
  headerKeyRead = 0;
}

/** Bytes of the record after its length prefix. */
export function recordBodySize(record: KafkaRecord, offsetDelta: number, timestampDelta: number): number {
  let size = 1 + sizeOfVarlong(timestampDelta) + sizeOfVarint(offsetDelta);
  size += sizeOfVarintBytes(record.key) + sizeOfVarintBytes(record.value);
  const headers = record.headers;
  if (headers === undefined || headers.length === 0) return size + 1;
  size += sizeOfUvarint(headers.length * 2);
  for (const h of headers) {
    const keyLength = Buffer.byteLength(h.key, 'utf8');
    headerKeyLengths[headerKeyWrite++] = keyLength;
    size += sizeOfUvarint(keyLength * 2) + keyLength + sizeOfVarintBytes(h.value);
  }
  return size;
}

/** Writes a record measured by `recordBodySize` at `pos`; returns the position after it. */
export function writeRecord(
  buf: Buffer,
  pos: number,
  record: KafkaRecord,
  offsetDelta: number,
  timestampDelta: number,
  bodySize: number,
): number {
  pos = putUvarint(buf, pos, bodySize * 2);
  buf[pos++] = 0; // attributes
  pos = putVarlong(buf, pos, timestampDelta);
  pos = putVarint(buf, pos, offsetDelta);
  pos = putVarintBytes(buf, pos, record.key);
  pos = putVarintBytes(buf, pos, record.value);
  const headers = record.headers;
  if (headers === undefined || headers.length === 0) {
    buf[pos++] = 0;
    return pos;
  }
  pos = putUvarint(buf, pos, headers.length * 2);
  for (const h of headers) {
    const keyLength = headerKeyLengths[headerKeyRead++]!;
    pos = putUvarint(buf, pos, keyLength * 2);
    pos += buf.write(h.key, pos, keyLength, 'utf8');
    pos = putVarintBytes(buf, pos, h.value);
  }
  return pos;
}

// ---------------------------------------------------------------------------------------------
// decoding

/** The smallest encoded record: a length byte plus six one-byte fields. */
export const MIN_RECORD_SIZE = 7;

/** Reads a record's length prefix, checked against what is left. */
function readRecordLength(r: Reader): number {
  const length = r.varint();
  if (length < MIN_RECORD_SIZE - 1) throw new ProtocolDecodeError(`invalid record length ${length}`);
  if (length > r.remaining) {
    throw new ProtocolDecodeError(`record length ${length} exceeds the ${r.remaining} bytes left`);
  }
  return length;
}

/** A record's fields must take exactly the length it declared. */
function checkRecordEnd(r: Reader, end: number, length: number): void {
  if (r.offset !== end) {
    throw new ProtocolDecodeError(`record declares ${length} bytes but its fields take ${length + r.offset - end}`);
  }
}

/**
 * Reads one record at the reader's position. `logAppendTime` (the batch's maxTimestamp) replaces
 * every record's timestamp when the batch uses LogAppendTime, as Kafka's clients do.
 */
export function readRecord(r: Reader, baseOffset: number, baseTimestamp: number, logAppendTime: number | null): DecodedRecord {
  const length = readRecordLength(r);
  const end = r.offset + length;
  r.offset++; // attributes
  const timestampDelta = r.varlong();
  const offsetDelta = r.varint();
  const key = r.varintBytes();
  const value = r.varintBytes();
  const count = r.varint();
  if (count < 0 || count * 2 > end - r.offset) {
    throw new ProtocolDecodeError(`invalid header count ${count} with ${end - r.offset} record bytes left`);
  }
  const headers = new Array<RecordHeader>(count);
  for (let i = 0; i < count; i++) {
    const keyBytes = r.varintBytes();
    if (keyBytes === null) throw new ProtocolDecodeError('null record header key');
    headers[i] = { key: keyBytes.toString('utf8'), value: r.varintBytes() };
  }
  checkRecordEnd(r, end, length);
  return {
    offset: baseOffset + offsetDelta,
    offsetDelta,
    timestamp: logAppendTime ?? baseTimestamp + timestampDelta,
    key,
    value,
    headers,
  };
}

/** Skips a varint-length byte field (-1 is null); returns its length. */
function skipVarintBytes(r: Reader): number {
  const n = r.varint();
  if (n < -1) throw new ProtocolDecodeError(`negative bytes length ${n}`);
  if (n > 0) {
    if (n > r.remaining) throw new ProtocolDecodeError(`bytes length ${n} exceeds the ${r.remaining} bytes left`);
    r.offset += n;
  }
  return n;
}

/**
 * Checks the structure of the record at the reader's position and moves past it, allocating
 * nothing: the same rules as `readRecord`, for validating batches on the append path.
 * Returns the key's length (-1 for a null key).
 */
export function skipRecord(r: Reader): number {
  const length = readRecordLength(r);
  const end = r.offset + length;
  r.offset++; // attributes
  r.varlong(); // timestampDelta
  r.varint(); // offsetDelta
  const keyLength = skipVarintBytes(r);
  skipVarintBytes(r);
  const count = r.varint();
  if (count < 0 || count * 2 > end - r.offset) {
    throw new ProtocolDecodeError(`invalid header count ${count} with ${end - r.offset} record bytes left`);
  }
  for (let i = 0; i < count; i++) {
    if (skipVarintBytes(r) < 0) throw new ProtocolDecodeError('null record header key');
    skipVarintBytes(r);
  }
  checkRecordEnd(r, end, length);
  return keyLength;
}
