/**
 * A bounds-checked cursor over a buffer, reading Kafka's primitive types (see writer.ts for
 * the encodings).
 *
 * Every read checks the remaining length, and every count or length read from the wire is
 * checked against the bytes that are left before anything is allocated, so a hostile frame
 * costs at most its own size and ends in a `ProtocolDecodeError`, never a crash or a huge
 * allocation. Byte fields are returned as views into the input (no copy).
 */
export class ProtocolDecodeError extends Error {
  override name = 'ProtocolDecodeError';
}

const TWO_32 = 2 ** 32;

export class Reader {
  offset: number;
  readonly end: number;

  constructor(
    readonly buf: Buffer,
    offset = 0,
    end = buf.length,
  ) {
    this.offset = offset;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.offset + n > this.end) {
      throw new ProtocolDecodeError(
        `truncated input reading ${what}: need ${n} bytes at offset ${this.offset}, have ${this.end - this.offset}`,
      );
    }
  }

  int8(): number {
    this.need(1, 'int8');
    return this.buf.readInt8(this.offset++);
  }

  uint8(): number {
    this.need(1, 'uint8');
    return this.buf[this.offset++]!;
  }

  bool(): boolean {
    return this.uint8() !== 0;
  }

  int16(): number {
    this.need(2, 'int16');
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  uint16(): number {
    this.need(2, 'uint16');
    const v = this.buf.readUInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.need(4, 'int32');
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  uint32(): number {
    this.need(4, 'uint32');
    const v = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  /** A signed 64-bit integer as a number (exact for |v| < 2^53). */
  int64(): number {
    this.need(8, 'int64');
    const hi = this.buf.readInt32BE(this.offset);
    const lo = this.buf.readUInt32BE(this.offset + 4);
    this.offset += 8;
    return hi * TWO_32 + lo;
  }

  float64(): number {
    this.need(8, 'float64');
    const v = this.buf.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }

  /** Unsigned varint of at most 5 bytes (32 bits). */
  uvarint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.end) throw new ProtocolDecodeError('truncated varint');
      const b = this.buf[this.offset++]!;
      if (shift === 28) {
        if (b > 0x0f) throw new ProtocolDecodeError('varint longer than 32 bits');
        return (result | (b << 28)) >>> 0;
      }
      result |= (b & 0x7f) << shift;
      if (b < 0x80) return result >>> 0;
      shift += 7;
    }
  }

  /** Zig-zag signed 32-bit varint. */
  varint(): number {
    const z = this.uvarint();
    return (z >>> 1) ^ -(z & 1);
  }

  /** Zig-zag signed 64-bit varint as a number (exact for |v| < 2^53). */
  varlong(): number {
    // The zig-zag value z can pass 2^53, so it is never assembled: the first byte's low bit
    // is the sign, and u = z >>> 1 (exact below 2^53) is accumulated from the remaining bits.
    // The value is u for an even z and -u - 1 for an odd one.
    if (this.offset >= this.end) throw new ProtocolDecodeError('truncated varlong');
    let b = this.buf[this.offset++]!;
    const negative = (b & 1) === 1;
    let u = (b & 0x7f) >>> 1;
    let multiplier = 0x40;
    for (let i = 1; b >= 0x80; i++) {
      if (i === 10) throw new ProtocolDecodeError('varlong longer than 10 bytes');
      if (this.offset >= this.end) throw new ProtocolDecodeError('truncated varlong');
      b = this.buf[this.offset++]!;
      u += (b & 0x7f) * multiplier;
      multiplier *= 0x80;
    }
    return negative ? -u - 1 : u;
  }

  /** `n` raw bytes as a view into the input. */
  raw(n: number): Buffer {
    this.need(n, 'bytes');
    const v = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }

  private utf8(n: number): string {
    this.need(n, 'string');
    const s = this.buf.toString('utf8', this.offset, this.offset + n);
    this.offset += n;
    return s;
  }

  /** int16 length + UTF-8; -1 is null. */
  nullableString(): string | null {
    const n = this.int16();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative string length ${n}`);
    return this.utf8(n);
  }

  string(): string {
    const s = this.nullableString();
    if (s === null) throw new ProtocolDecodeError('null where a string is required');
    return s;
  }

  /** uvarint (length + 1) + UTF-8; 0 is null. */
  compactNullableString(): string | null {
    const n = this.uvarint();
    if (n === 0) return null;
    return this.utf8(n - 1);
  }

  compactString(): string {
    const s = this.compactNullableString();
    if (s === null) throw new ProtocolDecodeError('null where a string is required');
    return s;
  }

  /** int32 length + bytes; -1 is null. */
  nullableBytes(): Buffer | null {
    const n = this.int32();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative bytes length ${n}`);
    return this.raw(n);
  }

  bytes(): Buffer {
    const b = this.nullableBytes();
    if (b === null) throw new ProtocolDecodeError('null where bytes are required');
    return b;
  }

  /** uvarint (length + 1) + bytes; 0 is null. */
  compactNullableBytes(): Buffer | null {
    const n = this.uvarint();
    if (n === 0) return null;
    return this.raw(n - 1);
  }

  compactBytes(): Buffer {
    const b = this.compactNullableBytes();
    if (b === null) throw new ProtocolDecodeError('null where bytes are required');
    return b;
  }

  /** varint length + bytes; -1 is null (record keys, values and header values). */
  varintBytes(): Buffer | null {
    const n = this.varint();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative bytes length ${n}`);
    return this.raw(n);
  }

  /** 16 bytes, returned in Kafka's printed form: 22 characters of unpadded base64url. */
  uuid(): string {
    this.need(16, 'uuid');
    const s = this.buf.toString('base64url', this.offset, this.offset + 16);
    this.offset += 16;
    return s;
  }

  /** Checks a count read from the wire: each element takes at least one byte. */
  private count(n: number, what: string): number {
    if (n > this.remaining) {
      throw new ProtocolDecodeError(`${what} count ${n} exceeds the ${this.remaining} bytes left`);
    }
    return n;
  }

  /** Classic array: int32 count (-1 is null). */
  nullableArray<T>(each: (r: this) => T): T[] | null {
    const n = this.int32();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative array length ${n}`);
    this.count(n, 'array');
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = each(this);
    return out;
  }

  array<T>(each: (r: this) => T): T[] {
    const a = this.nullableArray(each);
    if (a === null) throw new ProtocolDecodeError('null where an array is required');
    return a;
  }

  /** Compact array: uvarint (count + 1) (0 is null). */
  compactNullableArray<T>(each: (r: this) => T): T[] | null {
    const n = this.uvarint();
    if (n === 0) return null;
    this.count(n - 1, 'array');
    const out = new Array<T>(n - 1);
    for (let i = 0; i < n - 1; i++) out[i] = each(this);
    return out;
  }

  compactArray<T>(each: (r: this) => T): T[] {
    const a = this.compactNullableArray(each);
    if (a === null) throw new ProtocolDecodeError('null where an array is required');
    return a;
  }

  /**
   * A tagged-field section: uvarint count, then per field uvarint tag, uvarint size, data.
   * `onTag` handles a known tag by reading exactly its data through the given reader; unknown
   * tags (returning false) are skipped, as the protocol requires.
   */
  taggedFields(onTag?: (tag: number, r: Reader) => boolean): void {
    const n = this.count(this.uvarint(), 'tagged field');
    for (let i = 0; i < n; i++) {
      const tag = this.uvarint();
      const size = this.uvarint();
      this.need(size, 'tagged field');
      if (onTag) {
        const sub = new Reader(this.buf, this.offset, this.offset + size);
        if (onTag(tag, sub) && sub.offset !== sub.end) {
          throw new ProtocolDecodeError(`tagged field ${tag} has ${sub.end - sub.offset} unread bytes`);
        }
      }
      this.offset += size;
    }
  }
}
