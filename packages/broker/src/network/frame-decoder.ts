/**
 * Splits a TCP byte stream into Kafka frames: int32 size, then `size` bytes (request header
 * and body). Chunks are kept as they arrive and joined only once per frame, so a 1 MB produce
 * arriving in 64 KB reads costs one copy.
 */
export class FrameTooLargeError extends Error {
  override name = 'FrameTooLargeError';
  /** Frames completed by the same chunk before the bad size: they are still to be answered. */
  complete: Buffer[] = [];
}

export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = -1;

  constructor(private readonly maxFrameBytes: number) {}

  /** Bytes received that do not yet make a whole frame. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Feeds bytes; returns the frames (without their size prefix) completed by them. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < 4) break;
        const size = this.peekInt32();
        if (size < 0 || size > this.maxFrameBytes) {
          const err = new FrameTooLargeError(
            size < 0 ? `negative frame size ${size}` : `frame of ${size} bytes exceeds socket.request.max.bytes ${this.maxFrameBytes}`,
          );
          err.complete = frames;
          throw err;
        }
        this.take(4);
        this.expected = size;
      }
      if (this.buffered < this.expected) break;
      frames.push(this.take(this.expected));
      this.expected = -1;
    }
    return frames;
  }

  private peekInt32(): number {
    const first = this.chunks[0]!;
    if (first.length >= 4) return first.readInt32BE(0);
    return Buffer.concat(this.chunks, 4).subarray(0, 4).readInt32BE(0);
  }

  /** Removes and returns the next `n` buffered bytes. */
  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0);
    this.buffered -= n;
    const first = this.chunks[0]!;
    if (first.length === n) {
      this.chunks.shift();
      return first;
    }
    if (first.length > n) {
      this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const want = n - filled;
      if (c.length <= want) {
        c.copy(out, filled);
        filled += c.length;
        this.chunks.shift();
      } else {
        c.copy(out, filled, 0, want);
        this.chunks[0] = c.subarray(want);
        filled += want;
      }
    }
    return out;
  }
}
