/**
 * Reusable buffers for the reads that serve Fetch.
 *
 * A fetch reads up to a megabyte or so of a segment into memory and hands it to the socket.
 * Allocating a fresh buffer for each read makes the garbage collector run full collections
 * many times a second under load, and on virtual machines memory the process has not touched
 * recently costs page faults as it is first written. Reusing buffers avoids both.
 *
 * A buffer comes back to the pool only through `release()`, which the caller invokes once
 * nothing refers to the bytes any more (the broker: when the socket has taken the response).
 * Releasing is optional: a buffer never released is simply garbage collected. The pool keeps
 * at most `maxPooledBytes` of free buffers, in power-of-two size classes.
 */
export interface PooledBuffer {
  buf: Buffer;
  /** Returns the buffer to the pool; later calls do nothing. The bytes must not be used after. */
  release(): void;
}

const MIN_CLASS = 64 * 1024;
const MAX_CLASS = 16 * 1024 * 1024;

export class ReadBufferPool {
  private readonly free = new Map<number, Buffer[]>();
  private pooledBytes = 0;

  constructor(private readonly maxPooledBytes = 64 * 1024 * 1024) {}

  /** A buffer of at least `size` bytes (contents undefined). */
  acquire(size: number): PooledBuffer {
    if (size > MAX_CLASS) return { buf: Buffer.allocUnsafeSlow(size), release: () => undefined };
    const cls = sizeClass(size);
    const reused = this.free.get(cls)?.pop();
    if (reused) this.pooledBytes -= cls;
    const buf = reused ?? Buffer.allocUnsafeSlow(cls);
    let released = false;
    return {
      buf,
      release: () => {
        if (released) return;
        released = true;
        this.put(buf);
      },
    };
  }

  /** Free bytes held (for tests and metrics). */
  get size(): number {
    return this.pooledBytes;
  }

  private put(buf: Buffer): void {
    if (this.pooledBytes + buf.length > this.maxPooledBytes) return;
    let list = this.free.get(buf.length);
    if (!list) this.free.set(buf.length, (list = []));
    list.push(buf);
    this.pooledBytes += buf.length;
  }
}

function sizeClass(size: number): number {
  let cls = MIN_CLASS;
  while (cls < size) cls *= 2;
  return cls;
}

/** The pool the partition logs read Fetch data into. */
export const FETCH_READ_POOL = new ReadBufferPool();
