/**
 * A growable, chainable byte writer for Kafka's primitive types.
 *
 * Kafka's wire format is big-endian with fixed-size integers, zig-zag varints (records and
 * tagged fields), and two string/bytes/array families: "classic" with int16/int32 length
 * prefixes (null = -1), and "compact" (flexible versions) with an unsigned varint of length+1
 * (null = 0).
 *
 * int64 values are JavaScript numbers. Offsets, timestamps and producer ids stay far below
 * 2^53 in practice, and numbers keep the hot paths free of BigInt allocation.
 *
 * Large byte payloads (record sets served by Fetch) are not copied: `raw()` of a buffer over
 * `ZERO_COPY_THRESHOLD` closes the current chunk and keeps a reference, so `chunks()` yields
 * a list suitable for a vectored socket write.
 */
export const ZERO_COPY_THRESHOLD = 16 * 1024;

const TWO_32 = 2 ** 32;

export class Writer {
  private buf: Buffer;
  private pos = 0;
  private chunkStart = 0;
  private readonly done: Buffer[] = [];
  private doneLength = 0;

  constructor(initialSize = 256) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.doneLength + this.pos - this.chunkStart;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const pending = this.pos - this.chunkStart;
    const size = Math.max(this.buf.length * 2, pending + n, 256);
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, this.chunkStart, this.pos);
    this.buf = next;
    this.chunkStart = 0;
    this.pos = pending;
  }

  int8(v: number): this {
    this.ensure(1);
    this.buf.writeInt8(v, this.pos);
    this.pos += 1;
    return this;
  }

  uint8(v: number): this {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
    return this;
  }

  bool(v: boolean): this {
    return this.uint8(v ? 1 : 0);
  }

  int16(v: number): this {
    this.ensure(2);
    this.buf.writeInt16BE(v, this.pos);
    this.pos += 2;
    return this;
  }

  uint16(v: number): this {
    this.ensure(2);
    this.buf.writeUInt16BE(v, this.pos);
    this.pos += 2;
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(v, this.pos);
    this.pos += 4;
    return this;
  }

  uint32(v: number): this {
    this.ensure(4);
    this.buf.writeUInt32BE(v >>> 0, this.pos);
    this.pos += 4;
    return this;
  }

  /** A signed 64-bit integer from a number (exact for |v| < 2^53). */
  int64(v: number): this {
    this.ensure(8);
    const hi = Math.floor(v / TWO_32);
    const lo = v - hi * TWO_32;
    this.buf.writeInt32BE(hi | 0, this.pos);
    this.buf.writeUInt32BE(lo >>> 0, this.pos + 4);
    this.pos += 8;
    return this;
  }

  float64(v: number): this {
    this.ensure(8);
    this.buf.writeDoubleBE(v, this.pos);
    this.pos += 8;
    return this;
  }

  /** Unsigned varint (7 bits a byte, low group first), for values in [0, 2^32). */
  uvarint(v: number): this {
    this.ensure(5);
    v >>>= 0;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
    return this;
  }

  /** Zig-zag signed 32-bit varint. */
  varint(v: number): this {
    return this.uvarint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** Zig-zag signed 64-bit varint, from a number (exact for |v| < 2^53). */
  varlong(v: number): this {
    if (v >= -0x40000000 && v < 0x40000000) return this.varint(v);
    this.ensure(10);
    // The zig-zag value (2v, or -2v - 1 for v < 0) can pass 2^53 and lose its low bit, so it
    // is written as (u << 1) | sign with u = v or -v - 1, both exact: the first byte carries
    // the sign and 6 bits of u, every further byte 7 bits.
    const neg = v < 0;
    let u = neg ? -v - 1 : v;
    let b = (u % 0x40) * 2 + (neg ? 1 : 0);
    u = Math.floor(u / 0x40);
    while (u > 0) {
      this.buf[this.pos++] = b | 0x80;
      b = u % 0x80;
      u = Math.floor(u / 0x80);
    }
    this.buf[this.pos++] = b;
    return this;
  }

  /** Bytes written verbatim. Big buffers are referenced, not copied (see class comment). */
  raw(b: Uint8Array): this {
    if (b.length >= ZERO_COPY_THRESHOLD) {
      this.closeChunk();
      const ref = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length);
      this.done.push(ref);
      this.doneLength += ref.length;
      return this;
    }
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
    return this;
  }

  /** int16 length + UTF-8 (null: length -1). */
  string(s: string | null): this {
    if (s === null) return this.int16(-1);
    const len = Buffer.byteLength(s);
    this.int16(len);
    this.ensure(len);
    this.pos += this.buf.write(s, this.pos, len, 'utf8');
    return this;
  }

  /** uvarint (length + 1) + UTF-8 (null: 0). */
  compactString(s: string | null): this {
    if (s === null) return this.uvarint(0);
    const len = Buffer.byteLength(s);
    this.uvarint(len + 1);
    this.ensure(len);
    this.pos += this.buf.write(s, this.pos, len, 'utf8');
    return this;
  }

  /** int32 length + bytes (null: length -1). */
  bytes(b: Uint8Array | null): this {
    if (b === null) return this.int32(-1);
    this.int32(b.length);
    return this.raw(b);
  }

  /** uvarint (length + 1) + bytes (null: 0). */
  compactBytes(b: Uint8Array | null): this {
    if (b === null) return this.uvarint(0);
    this.uvarint(b.length + 1);
    return this.raw(b);
  }

  /** varint length + bytes (null: -1), as used inside records. */
  varintBytes(b: Uint8Array | null): this {
    if (b === null) return this.varint(-1);
    this.varint(b.length);
    return this.raw(b);
  }

  /** A UUID given as Kafka prints it: 22 characters of unpadded base64url. */
  uuid(id: string): this {
    this.ensure(16);
    const n = this.buf.write(id, this.pos, 16, 'base64url');
    if (n !== 16) throw new RangeError(`not a UUID: ${id}`);
    this.pos += 16;
    return this;
  }

  /** Classic array: int32 count (null: -1), then each element. */
  array<T>(items: readonly T[] | null, each: (w: this, item: T) => void): this {
    if (items === null) return this.int32(-1);
    this.int32(items.length);
    for (const item of items) each(this, item);
    return this;
  }

  /** Compact array: uvarint (count + 1) (null: 0), then each element. */
  compactArray<T>(items: readonly T[] | null, each: (w: this, item: T) => void): this {
    if (items === null) return this.uvarint(0);
    this.uvarint(items.length + 1);
    for (const item of items) each(this, item);
    return this;
  }

  /**
   * Reserves `n` bytes to be filled later (length prefixes, CRCs), returning their absolute
   * position for `patchInt32`/`patchUint32`. Only valid while no big buffer was referenced
   * after the reservation.
   */
  reserve(n: number): number {
    this.ensure(n);
    const at = this.pos;
    this.pos += n;
    return this.doneLength + at - this.chunkStart;
  }

  patchInt32(at: number, v: number): this {
    this.buf.writeInt32BE(v, this.localPosition(at, 4));
    return this;
  }

  patchUint32(at: number, v: number): this {
    this.buf.writeUInt32BE(v >>> 0, this.localPosition(at, 4));
    return this;
  }

  /** The bytes from absolute position `from` to the end, when they are still in one chunk. */
  slice(from: number): Buffer {
    return this.buf.subarray(this.localPosition(from, 0), this.pos);
  }

  private localPosition(at: number, width: number): number {
    const local = at - this.doneLength + this.chunkStart;
    if (local < this.chunkStart || local + width > this.pos) {
      throw new RangeError('position is no longer in the current chunk');
    }
    return local;
  }

  private closeChunk(): void {
    if (this.pos > this.chunkStart) {
      this.done.push(this.buf.subarray(this.chunkStart, this.pos));
      this.doneLength += this.pos - this.chunkStart;
      this.chunkStart = this.pos;
    }
  }

  /** Everything written, as a list of buffers in order (no copy of referenced payloads). */
  chunks(): Buffer[] {
    this.closeChunk();
    return this.done.slice();
  }

  /** Everything written, as one buffer. */
  toBuffer(): Buffer {
    const parts = this.chunks();
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, this.doneLength);
  }
}
