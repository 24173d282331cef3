/**
 * What the offset index and the time index share: fixed-size big-endian entries kept in
 * memory in file format (Node has no mmap, so the in-memory copy is the index and the file is
 * its persistent image), appended lazily to the file, and validated when read back.
 *
 * Invariant: the file holds a prefix of the in-memory entries (`persisted` of them). Appends
 * reach the file when the segment flushes, rolls or closes; truncation shrinks the file to
 * match. Nothing is preallocated, so the file length is always a whole number of entries and
 * there are no trailing zero entries to tell apart from real ones.
 */
import fs from 'node:fs';
import { fsyncFd, writeAllSync } from './file-utils.js';

export class IndexCorruptError extends Error {
  override name = 'IndexCorruptError';
}

export abstract class IndexFile {
  protected buf: Buffer;
  protected count = 0;
  private persisted = 0;
  /** The file holds more entries than `persisted` (after a truncation) and must be cut. */
  private shrink = false;
  private fd: number | null = null;
  private unsynced = false;

  constructor(
    public path: string,
    readonly baseOffset: number,
    readonly entrySize: number,
    public maxEntries: number,
    /** Validated file content, already on disk. */
    initial?: Buffer,
  ) {
    if (initial && initial.length) {
      this.buf = Buffer.allocUnsafe(Math.max(initial.length, 16 * entrySize));
      initial.copy(this.buf);
      this.count = this.persisted = initial.length / entrySize;
    } else {
      this.buf = Buffer.allocUnsafe(16 * entrySize);
    }
  }

  get entries(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  /** Byte offset in `buf` where the next entry goes, growing the buffer if needed. */
  protected nextSlot(): number {
    const at = this.count * this.entrySize;
    if (at + this.entrySize > this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, at);
      this.buf = bigger;
    }
    this.count++;
    return at;
  }

  /** Keeps only the first `n` entries (in memory now, in the file at the next persist). */
  protected truncateEntries(n: number): void {
    if (n >= this.count) return;
    this.count = n;
    if (this.persisted > n) {
      this.persisted = n;
      this.shrink = true;
    }
  }

  /** Drops every entry. */
  reset(): void {
    this.truncateEntries(0);
  }

  /** Creates the file if missing (a new segment has all three files from the start). */
  ensureFile(): void {
    this.openFd();
  }

  /**
   * Brings the file in line with the first `upTo` in-memory entries: shrinks it if entries were
   * truncated, appends entries it lacks. Synchronous and small (a few entries per flush).
   */
  persist(upTo = this.count): void {
    const target = Math.min(upTo, this.count);
    if (!this.shrink && target <= this.persisted) return;
    const fd = this.openFd();
    if (this.shrink) {
      fs.ftruncateSync(fd, this.persisted * this.entrySize);
      this.shrink = false;
      this.unsynced = true;
    }
    if (target > this.persisted) {
      writeAllSync(fd, this.buf.subarray(this.persisted * this.entrySize, target * this.entrySize), this.persisted * this.entrySize);
      this.persisted = target;
      this.unsynced = true;
    }
  }

  /** Rewrites the whole file from memory (after a rebuild). */
  rewrite(): void {
    this.persisted = 0;
    this.shrink = true;
    this.persist();
  }

  /** fsync the file if it changed since the last sync. */
  async sync(): Promise<void> {
    if (!this.unsynced || this.fd === null) return;
    this.unsynced = false;
    try {
      await fsyncFd(this.fd);
    } catch (e) {
      this.unsynced = true;
      throw e;
    }
  }

  closeFile(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
  }

  private openFd(): number {
    if (this.fd === null) {
      // No O_TRUNC: a loaded index keeps its content. A file that does not match what we
      // believe is on disk (a stale leftover) is emptied and rewritten from memory.
      const fd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
      if (fs.fstatSync(fd).size !== this.persisted * this.entrySize) {
        this.persisted = 0;
        this.shrink = true;
      }
      this.fd = fd;
    }
    return this.fd;
  }

  /** The file content to validate, or null if missing. Throws IndexCorruptError on a partial entry. */
  static readFile(file: string, entrySize: number): Buffer | null {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    if (data.length % entrySize !== 0) throw new IndexCorruptError(`${file}: size ${data.length} is not a multiple of ${entrySize}`);
    return data;
  }

  /** The last entry of an index file without reading all of it; null if missing or empty. */
  static readLastEntry(file: string, entrySize: number): Buffer | null {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size % entrySize !== 0) throw new IndexCorruptError(`${file}: size ${size} is not a multiple of ${entrySize}`);
      if (size === 0) return Buffer.alloc(0);
      const out = Buffer.allocUnsafe(entrySize);
      if (fs.readSync(fd, out, 0, entrySize, size - entrySize) !== entrySize) throw new IndexCorruptError(`${file}: short read`);
      return out;
    } finally {
      fs.closeSync(fd);
    }
  }
}
