/**
 * One segment of a partition log: `<base>.log` plus its `.index` and `.timeindex`.
 *
 * The `.log` file is a plain concatenation of record batches (format v2, see
 * @samsa/protocol records/batch-header.ts) exactly as producers sent them, except for the
 * fields the broker assigns (baseOffset, partitionLeaderEpoch, and maxTimestamp under
 * LogAppendTime). There is no file header and no padding: the file length is the sum of the
 * batch sizes, and each batch's own length field leads to the next one. The base offset in the
 * file name is <= the first offset in the file and > every offset in earlier segments.
 *
 * Sizes and offsets, in the order data moves through a segment:
 *   reservedSize / nextOffset          assigned to appends (may be ahead while writes are in flight)
 *   size / writtenNextOffset           written to the file (what reads may see)
 *   syncedSize                         known to be on disk (fdatasync completed)
 *
 * Indexes of the active segment live in memory; those of inactive segments are loaded on first
 * use (lookups are rare for old data) and validated then, and rebuilt from the .log if invalid.
 * File descriptors are reference-counted so a segment deleted by retention or replaced by
 * compaction while a fetch reads it is closed only after the fetch is done: acquire() opens the
 * descriptor, and the files of a deleted segment are unlinked only once no reader pins it, so a
 * pinned segment keeps serving the bytes it had.
 *
 * Compaction output (cleaner.ts) is written through a segment whose files carry a suffix
 * (`.cleaned`, then `.swap`) until the swap gives them their final names (changeFileSuffix).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FETCH_READ_POOL, type PooledBuffer, type ReadBufferPool } from './read-buffer-pool.js';
import { BATCH_HEADER_SIZE, PARTITION_LEADER_EPOCH_OFFSET, batchSize, readBaseOffset, readMaxTimestamp } from '@samsa/protocol';
import { batchLastOffset, checkStoredBatch } from './batch-validation.js';
import type { LogConfig } from './config.js';
import type { StorageIo, StorageLogger, Time } from './environment.js';
import { CLEANED_FILE_SUFFIX, DELETED_FILE_SUFFIX, INDEX_FILE_SUFFIX, LOG_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, segmentFileName } from './file-names.js';
import { readAt } from './file-utils.js';
import { IndexCorruptError, IndexFile } from './index-file.js';
import type { LeaderEpochCache } from './leader-epoch-cache.js';
import { OFFSET_INDEX_ENTRY_SIZE, OffsetIndex } from './offset-index.js';
import type { RecordTimestampFinder } from './record-timestamps.js';
import { TIME_INDEX_ENTRY_SIZE, TimeIndex } from './time-index.js';

const INT32_MAX = 2 ** 31 - 1;
/** Read size when scanning a segment sequentially (recovery, index rebuild). */
const SCAN_CHUNK = 1024 * 1024;
const EMPTY = Buffer.alloc(0);

/** What a segment shares with its log; `config` is swapped in place by Log.updateConfig. */
export interface SegmentContext {
  config: LogConfig;
  logger: StorageLogger;
  io: StorageIo;
  time: Time;
}

/** A batch being appended: where it lands and the header values after offset assignment. */
export interface AppendedBatch {
  /** Position of the batch within the appended buffer. */
  at: number;
  size: number;
  lastOffset: number;
  maxTimestamp: number;
}

/** A growing window over a file region, so header walks cost one read instead of one per batch. */
class FileWindow {
  buf: Buffer = EMPTY;
  start = 0;
  end = 0;
  private pooled: PooledBuffer | null = null;
  constructor(
    private readonly fd: number,
    private readonly limit: number,
    /** Where read buffers come from when given (see read-buffer-pool.ts); else fresh ones. */
    private readonly pool: ReadBufferPool | null = null,
  ) {}

  /** Makes [pos, pos + len) available, reading at least `readAhead` bytes; false if the file ends first. */
  async ensure(pos: number, len: number, readAhead: number): Promise<boolean> {
    if (pos >= this.start && pos + len <= this.end) return true;
    const want = Math.min(Math.max(len, readAhead), this.limit - pos);
    if (want < len) return false;
    // The previous buffer is no longer referenced by the caller once it asks for a new window.
    this.release();
    let buf: Buffer;
    if (this.pool) {
      this.pooled = this.pool.acquire(want);
      buf = this.pooled.buf;
    } else {
      buf = Buffer.allocUnsafe(want);
    }
    const n = await readAt(this.fd, buf, 0, want, pos);
    this.buf = buf;
    this.start = pos;
    this.end = pos + n;
    return n >= len;
  }

  at(pos: number): number {
    return pos - this.start;
  }

  /** Gives up the current buffer (to its pool, if pooled). */
  release(): void {
    this.pooled?.release();
    this.pooled = null;
    this.buf = EMPTY;
    this.start = this.end = 0;
  }

  /** Hands the current buffer's release over to the caller (the window forgets it). */
  detach(): () => void {
    const pooled = this.pooled;
    this.pooled = null;
    return pooled ? pooled.release : NO_RELEASE;
  }
}

const NO_RELEASE = (): void => undefined;

/** Batches read for a fetch, with the release of the pooled buffer they live in. */
export interface SegmentRead {
  records: Buffer;
  /** Call once the bytes are no longer needed (they may then be overwritten). */
  release: () => void;
}

export class LogSegment {
  logPath: string;
  indexPath: string;
  timeIndexPath: string;
  private fd: number | null = null;

  size = 0;
  reservedSize = 0;
  private syncedSize = 0;
  /** Bumped by truncation so an fsync that started before it cannot mark truncated bytes synced. */
  private generation = 0;

  /** Offset after the last assigned batch; NaN until known for an inactive segment loaded lazily. */
  nextOffset: number;
  writtenNextOffset: number;

  private offsetIndex: OffsetIndex | null = null;
  private timeIndex: TimeIndex | null = null;
  private indexLoad: Promise<void> | null = null;
  private indexesNeedSync = false;
  /** Rolled away from (no more appends), so index changes are final and synced with the data. */
  private inactive = false;

  maxTimestampSoFar = -1;
  offsetOfMaxTimestampSoFar = -1;
  /** Largest timestamp of the first append, the reference point for segment.ms. */
  private rollingBasedTimestamp: number | null = null;
  private created: number;
  private bytesSinceLastIndexEntry = 0;
  lastModified: number;

  private refs = 0;
  deleted = false;
  private closeRequested = false;
  private closed = false;
  /** unlinkFiles() was asked for while readers pinned the segment: done at the last release. */
  private unlinkRequested = false;
  private unlinked = false;
  /** First batch's largest timestamp (max.compaction.lag.ms); undefined until read. */
  private firstBatchTimestampCache: number | null | undefined;

  private constructor(
    readonly dir: string,
    readonly baseOffset: number,
    private readonly ctx: SegmentContext,
    /** '' for a live segment; `.cleaned` / `.swap` for compaction output not yet swapped in. */
    private suffix = '',
  ) {
    this.logPath = path.join(dir, segmentFileName(baseOffset, LOG_FILE_SUFFIX) + suffix);
    this.indexPath = path.join(dir, segmentFileName(baseOffset, INDEX_FILE_SUFFIX) + suffix);
    this.timeIndexPath = path.join(dir, segmentFileName(baseOffset, TIME_INDEX_FILE_SUFFIX) + suffix);
    this.nextOffset = this.writtenNextOffset = baseOffset;
    this.created = this.lastModified = ctx.time.now();
  }

  /** A new, empty segment with all three files created. */
  static create(dir: string, baseOffset: number, ctx: SegmentContext): LogSegment {
    const seg = new LogSegment(dir, baseOffset, ctx);
    seg.fd = fs.openSync(seg.logPath, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
    seg.offsetIndex = new OffsetIndex(seg.indexPath, baseOffset, ctx.config.segmentIndexBytes);
    seg.timeIndex = new TimeIndex(seg.timeIndexPath, baseOffset, ctx.config.segmentIndexBytes);
    seg.offsetIndex.ensureFile();
    seg.timeIndex.ensureFile();
    return seg;
  }

  /**
   * An empty segment for compaction output: files `<base>.log.cleaned` etc., replacing any
   * leftovers of an earlier attempt.
   */
  static createCleaned(dir: string, baseOffset: number, ctx: SegmentContext): LogSegment {
    const seg = new LogSegment(dir, baseOffset, ctx, CLEANED_FILE_SUFFIX);
    for (const file of [seg.logPath, seg.indexPath, seg.timeIndexPath]) fs.rmSync(file, { force: true });
    seg.fd = fs.openSync(seg.logPath, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
    seg.offsetIndex = new OffsetIndex(seg.indexPath, baseOffset, ctx.config.segmentIndexBytes);
    seg.timeIndex = new TimeIndex(seg.timeIndexPath, baseOffset, ctx.config.segmentIndexBytes);
    seg.offsetIndex.ensureFile();
    seg.timeIndex.ensureFile();
    seg.inactive = true;
    return seg;
  }

  /** An existing segment; nothing is read yet except the .log size (see loadInactive/restoreTail/recover). */
  static open(dir: string, baseOffset: number, ctx: SegmentContext, suffix = ''): LogSegment {
    const seg = new LogSegment(dir, baseOffset, ctx, suffix);
    const st = fs.statSync(seg.logPath);
    seg.size = seg.reservedSize = seg.syncedSize = st.size;
    seg.lastModified = st.mtimeMs;
    seg.nextOffset = seg.writtenNextOffset = st.size === 0 ? baseOffset : NaN;
    return seg;
  }

  private get config(): LogConfig {
    return this.ctx.config;
  }

  ensureFd(): number {
    if (this.fd === null) {
      if (this.closed) throw new Error(`segment ${this.logPath} is closed`);
      this.fd = fs.openSync(this.logPath, fs.constants.O_RDWR);
    }
    return this.fd;
  }

  /** Newest timestamp for retention: the largest record timestamp, else the file's mtime. */
  get largestTimestamp(): number {
    return this.maxTimestampSoFar >= 0 ? this.maxTimestampSoFar : this.lastModified;
  }

  // ---------------------------------------------------------------------------------------
  // Loading and recovery

  /**
   * Cheap check of an inactive segment at startup: both index files present, whole entries,
   * last offset entry inside the log, and the time index's last entry (which holds the
   * segment's largest timestamp). Returns why the indexes must be rebuilt, or null.
   */
  loadInactive(): string | null {
    try {
      const idx = IndexFile.readLastEntry(this.indexPath, OFFSET_INDEX_ENTRY_SIZE);
      if (idx === null) return 'offset index missing';
      if (idx.length) {
        const rel = idx.readInt32BE(0);
        const pos = idx.readInt32BE(4);
        if (rel < 0 || pos <= 0 || pos >= this.size) return `last offset index entry (${rel}, ${pos}) is outside the log (size ${this.size})`;
      }
      const t = IndexFile.readLastEntry(this.timeIndexPath, TIME_INDEX_ENTRY_SIZE);
      if (t === null) return 'time index missing';
      if (t.length === 0) return this.size > 0 ? 'time index empty' : null;
      const last = TimeIndex.decodeEntry(t, 0, this.baseOffset);
      if (last.offset < this.baseOffset || last.timestamp < 0) return `bad last time index entry ${JSON.stringify(last)}`;
      this.maxTimestampSoFar = last.timestamp;
      this.offsetOfMaxTimestampSoFar = last.offset;
      return null;
    } catch (e) {
      if (e instanceof IndexCorruptError) return e.message;
      throw e;
    }
  }

  /** Reads and validates both index files into memory; throws IndexCorruptError. */
  private loadIndexFiles(): void {
    const idx = IndexFile.readFile(this.indexPath, OFFSET_INDEX_ENTRY_SIZE);
    if (idx === null) throw new IndexCorruptError(`${this.indexPath} is missing`);
    OffsetIndex.validate(idx, this.size, this.indexPath);
    const t = IndexFile.readFile(this.timeIndexPath, TIME_INDEX_ENTRY_SIZE);
    if (t === null) throw new IndexCorruptError(`${this.timeIndexPath} is missing`);
    TimeIndex.validate(t, this.timeIndexPath);
    this.offsetIndex = new OffsetIndex(this.indexPath, this.baseOffset, this.config.segmentIndexBytes, idx);
    this.timeIndex = new TimeIndex(this.timeIndexPath, this.baseOffset, this.config.segmentIndexBytes, t);
  }

  /** Loads the indexes of an inactive segment on first use; rebuilds them if invalid. */
  async ensureIndexes(): Promise<void> {
    if (this.offsetIndex && this.timeIndex) return;
    this.indexLoad ??= (async () => {
      try {
        this.loadIndexFiles();
      } catch (e) {
        if (!(e instanceof IndexCorruptError)) throw e;
        this.ctx.logger.warn(`rebuilding indexes of ${this.logPath}: ${e.message}`);
        await this.recover(false);
      }
    })();
    try {
      await this.indexLoad;
    } finally {
      this.indexLoad = null;
    }
  }

  private indexes(): { offsetIndex: OffsetIndex; timeIndex: TimeIndex } {
    if (!this.offsetIndex || !this.timeIndex) throw new Error(`indexes of ${this.logPath} not loaded`);
    return { offsetIndex: this.offsetIndex, timeIndex: this.timeIndex };
  }

  /**
   * Trusting the index files (clean shutdown, or a segment below the recovery point that
   * becomes active again), re-reads only the tail: from the last offset index entry (or the
   * batch that reached the largest timestamp, if earlier) to the end of the file, validating
   * every batch including its CRC and re-adding the index entries after that point. Learns the
   * next offset, largest timestamp and index spacing state of the segment. Returns why the
   * segment needs full recovery instead, or null.
   */
  async restoreTail(verifyCrc = true): Promise<string | null> {
    if (!this.offsetIndex || !this.timeIndex) {
      try {
        this.loadIndexFiles();
      } catch (e) {
        if (e instanceof IndexCorruptError) return e.message;
        throw e;
      }
    }
    const { offsetIndex, timeIndex } = this.indexes();
    const lastTime = timeIndex.lastEntry();
    let resume = offsetIndex.lastEntry();
    if (lastTime) {
      const at = offsetIndex.lookup(lastTime.offset);
      if (!resume || at.position < resume.position) resume = at.position === 0 ? null : at;
    }
    const from = resume ? resume.position : 0;
    offsetIndex.truncateAfterPosition(from);
    this.maxTimestampSoFar = lastTime ? lastTime.timestamp : -1;
    this.offsetOfMaxTimestampSoFar = lastTime ? lastTime.offset : -1;
    this.bytesSinceLastIndexEntry = 0;
    let next = this.baseOffset;
    let expectFirst = resume ? resume.offset : -1;
    let previousLast = this.baseOffset - 1;
    const result = await this.scan(from, this.size, verifyCrc, (buf, at, position, size) => {
      const base = readBaseOffset(buf, at);
      const last = batchLastOffset(buf, at);
      if (expectFirst >= 0 && last !== expectFirst) return `batch at ${position} ends at offset ${last}, index says ${expectFirst}`;
      expectFirst = -1;
      if (base <= previousLast && position !== from) return `offset ${base} at position ${position} does not follow ${previousLast}`;
      if (base < this.baseOffset || last - this.baseOffset > INT32_MAX) return `offsets ${base}..${last} do not belong in this segment`;
      previousLast = last;
      this.indexBatch(position, size, last, readMaxTimestamp(buf, at));
      next = last + 1;
      return null;
    });
    if (result.problem) return `${result.problem} at position ${result.end}`;
    if (from === 0 && this.size === 0) next = this.baseOffset;
    else if (from > 0 && next === this.baseOffset) return 'no batch found at the last index entry';
    this.nextOffset = this.writtenNextOffset = next;
    this.inactive = false;
    if (timeIndex.lastEntry() && timeIndex.lastEntry()!.offset >= next) return 'time index points past the end of the log';
    this.rollingBasedTimestamp = await this.readFirstBatchTimestamp();
    return null;
  }

  /**
   * Full recovery: re-reads every batch from the start, validating header, CRC and offsets,
   * rebuilds both indexes, and truncates the file at the first invalid batch. Returns the
   * number of bytes truncated. `active` says whether appends will continue here (otherwise the
   * final largest-timestamp entry is added to the time index). Leader epochs found in the
   * batches are fed to `epochs`.
   */
  async recover(active: boolean, epochs?: LeaderEpochCache): Promise<number> {
    this.offsetIndex ??= new OffsetIndex(this.indexPath, this.baseOffset, this.config.segmentIndexBytes);
    this.timeIndex ??= new TimeIndex(this.timeIndexPath, this.baseOffset, this.config.segmentIndexBytes);
    const { offsetIndex, timeIndex } = this.indexes();
    offsetIndex.reset();
    timeIndex.reset();
    this.maxTimestampSoFar = this.offsetOfMaxTimestampSoFar = -1;
    this.bytesSinceLastIndexEntry = 0;
    let next = this.baseOffset;
    let previousLast = this.baseOffset - 1;
    let firstTimestamp: number | null = null;
    const fileSize = fs.fstatSync(this.ensureFd()).size;
    const result = await this.scan(0, fileSize, true, (buf, at, position, size) => {
      const base = readBaseOffset(buf, at);
      const last = batchLastOffset(buf, at);
      if (base <= previousLast) return `offset ${base} does not follow ${previousLast}`;
      if (last - this.baseOffset > INT32_MAX) return `offset ${last} overflows the segment's relative offsets`;
      previousLast = last;
      const maxTimestamp = readMaxTimestamp(buf, at);
      if (position === 0 && maxTimestamp >= 0) firstTimestamp = maxTimestamp;
      this.indexBatch(position, size, last, maxTimestamp);
      const epoch = buf.readInt32BE(at + PARTITION_LEADER_EPOCH_OFFSET);
      if (epochs && epoch > epochs.latestEpoch()) epochs.assign(epoch, base, false);
      next = last + 1;
      return null;
    });
    const truncated = fileSize - result.end;
    if (truncated > 0) {
      this.ctx.logger.warn(
        `recovery truncated ${truncated} bytes at position ${result.end} of ${this.logPath} (${result.problem}); the segment now ends before offset ${next}`,
      );
      fs.ftruncateSync(this.ensureFd(), result.end);
      this.generation++;
    }
    this.size = this.reservedSize = result.end;
    this.syncedSize = Math.min(this.syncedSize, result.end);
    this.nextOffset = this.writtenNextOffset = next;
    this.rollingBasedTimestamp = firstTimestamp;
    if (!active) timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.inactive = !active;
    offsetIndex.rewrite();
    timeIndex.rewrite();
    this.indexesNeedSync = true;
    return truncated;
  }

  private async readFirstBatchTimestamp(): Promise<number | null> {
    if (this.size < BATCH_HEADER_SIZE) return null;
    const buf = Buffer.allocUnsafe(BATCH_HEADER_SIZE);
    if ((await readAt(this.ensureFd(), buf, 0, BATCH_HEADER_SIZE, 0)) < BATCH_HEADER_SIZE) return null;
    const ts = readMaxTimestamp(buf, 0);
    return ts >= 0 ? ts : null;
  }

  /**
   * Walks the batches in [from, to), checking each structurally (and its CRC if asked), and
   * hands each valid one to `visit` (which may refuse it with a reason). Stops at the first
   * problem; `end` is the position of the first byte not accepted.
   */
  private async scan(
    from: number,
    to: number,
    verifyCrc: boolean,
    visit: (buf: Buffer, at: number, position: number, size: number) => string | null,
  ): Promise<{ end: number; problem: string | null }> {
    const fd = this.ensureFd();
    let buf = EMPTY;
    let bufStart = from;
    let bufEnd = from;
    const fill = async (pos: number, need: number): Promise<void> => {
      if (pos >= bufStart && pos + need <= bufEnd) return;
      const len = Math.min(Math.max(need, SCAN_CHUNK), to - pos);
      if (buf.length < len) buf = Buffer.allocUnsafe(len);
      const n = await readAt(fd, buf, 0, len, pos);
      bufStart = pos;
      bufEnd = pos + n;
    };
    let pos = from;
    while (pos < to) {
      const available = to - pos;
      const headerBytes = Math.min(BATCH_HEADER_SIZE, available);
      await fill(pos, headerBytes);
      if (bufEnd - pos < headerBytes) return { end: pos, problem: 'file shorter than expected' };
      let problem = checkStoredBatch(buf, pos - bufStart, available, false);
      if (problem) return { end: pos, problem };
      const size = batchSize(buf, pos - bufStart);
      await fill(pos, size);
      if (bufEnd - pos < size) return { end: pos, problem: 'file shorter than expected' };
      if (verifyCrc) problem = checkStoredBatch(buf, pos - bufStart, available, true);
      problem ??= visit(buf, pos - bufStart, pos, size);
      if (problem) return { end: pos, problem };
      pos += size;
    }
    return { end: pos, problem: null };
  }

  // ---------------------------------------------------------------------------------------
  // Appending

  /** Kafka's roll rule: size, time since the first batch, full indexes, relative offset range. */
  shouldRoll(inputSize: number, maxTimestamp: number, lastOffset: number, now: number): boolean {
    if (this.reservedSize === 0) return false;
    const { offsetIndex, timeIndex } = this.indexes();
    const waited = this.rollingBasedTimestamp !== null ? maxTimestamp - this.rollingBasedTimestamp : now - this.created;
    return (
      this.reservedSize > this.config.segmentBytes - inputSize ||
      waited > this.config.segmentMs ||
      offsetIndex.isFull ||
      timeIndex.isFull ||
      lastOffset - this.baseOffset > INT32_MAX
    );
  }

  /**
   * Accounts for one batch at `position`: tracks the largest timestamp, and adds index entries
   * once more than index.interval.bytes were appended since the last entry.
   */
  private indexBatch(position: number, size: number, lastOffset: number, maxTimestamp: number): void {
    const { offsetIndex, timeIndex } = this.indexes();
    if (maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = maxTimestamp;
      this.offsetOfMaxTimestampSoFar = lastOffset;
    }
    if (this.bytesSinceLastIndexEntry > this.config.indexIntervalBytes) {
      offsetIndex.append(lastOffset, position);
      timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += size;
  }

  /**
   * Reserves room for `buf` (batches already rewritten with their offsets) at the end of the
   * segment and indexes it. Returns the file position to write it at.
   */
  reserve(buf: Buffer, batches: readonly AppendedBatch[], firstMaxTimestamp: number): number {
    const position = this.reservedSize;
    if (position === 0) this.rollingBasedTimestamp = firstMaxTimestamp >= 0 ? firstMaxTimestamp : null;
    for (const b of batches) this.indexBatch(position + b.at, b.size, b.lastOffset, b.maxTimestamp);
    this.reservedSize += buf.length;
    this.nextOffset = batches[batches.length - 1]!.lastOffset + 1;
    return position;
  }

  /** Records that the file now holds everything up to `endPosition` (offsets below `nextOffset`). */
  markWritten(endPosition: number, nextOffset: number): void {
    this.size = endPosition;
    this.writtenNextOffset = nextOffset;
    this.lastModified = this.ctx.time.now();
  }

  /** The segment stops being active: record its largest timestamp as the final time entry. */
  onBecomeInactive(): void {
    this.timeIndex?.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.inactive = true;
    this.indexesNeedSync = true;
  }

  /** Writes index entries that describe written data to the index files. */
  persistIndexes(): void {
    if (!this.offsetIndex || !this.timeIndex || this.closed) return;
    this.offsetIndex.persist(this.offsetIndex.countBelowPosition(this.size));
    this.timeIndex.persist(this.timeIndex.countBelowOffset(this.writtenNextOffset));
  }

  /** Recovered data came from the page cache and may not be on disk yet: sync it at the next flush. */
  markUnsynced(): void {
    this.syncedSize = 0;
    this.indexesNeedSync = true;
  }

  /** Bytes written but not yet fdatasync'ed. */
  get unsyncedBytes(): number {
    return this.size - this.syncedSize;
  }

  get needsSync(): boolean {
    return this.size > this.syncedSize || this.indexesNeedSync;
  }

  /**
   * fdatasync the .log if it has unsynced bytes (and the index files if the segment became
   * inactive or `withIndexes`). Only bytes written before the call count as synced.
   */
  async sync(withIndexes: boolean): Promise<void> {
    if (this.closed) return;
    const generation = this.generation;
    const target = this.size;
    this.persistIndexes();
    const tasks: Promise<void>[] = [];
    if (target > this.syncedSize) {
      tasks.push(
        this.ctx.io.fdatasync(this.ensureFd()).then(() => {
          if (generation === this.generation && target > this.syncedSize) this.syncedSize = target;
        }),
      );
    }
    // An inactive segment is trusted after a crash once the recovery point passes it, so its
    // index files must be as durable as its data (the time index's last entry is its
    // retention timestamp).
    if ((withIndexes || this.indexesNeedSync || this.inactive) && this.offsetIndex && this.timeIndex) {
      this.indexesNeedSync = false;
      tasks.push(this.offsetIndex.sync(), this.timeIndex.sync());
    }
    try {
      await Promise.all(tasks);
    } catch (e) {
      this.indexesNeedSync = true;
      throw e;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Reading

  /**
   * Whole batches starting with the one that holds `startOffset`, within `maxBytes` (the first
   * batch whole regardless if `minOneBatch`), none holding an offset >= `maxOffset`. Returns
   * null when no batch of this segment ends at or after `startOffset`.
   */
  async read(startOffset: number, maxBytes: number, maxOffset: number, minOneBatch: boolean): Promise<SegmentRead | null> {
    await this.ensureIndexes();
    const limit = this.size;
    const from = this.indexes().offsetIndex.lookup(startOffset).position;
    const win = new FileWindow(this.ensureFd(), limit, FETCH_READ_POOL);
    try {
      const out = await this.readWindow(win, from, limit, startOffset, maxBytes, maxOffset, minOneBatch);
      if (out === null || out.length === 0) return out === null ? null : { records: EMPTY, release: NO_RELEASE };
      // No copy, even for a small answer in a large buffer: the buffer goes back to the pool
      // when the caller releases it, so it is not pinned for long.
      return { records: out, release: win.detach() };
    } finally {
      win.release();
    }
  }

  private async readWindow(
    win: FileWindow,
    from: number,
    limit: number,
    startOffset: number,
    maxBytes: number,
    maxOffset: number,
    minOneBatch: boolean,
  ): Promise<Buffer | null> {
    const readAhead = maxBytes + 2 * this.config.indexIntervalBytes + 64 * 1024;
    let pos = from;
    let firstSize = 0;
    for (;;) {
      if (pos >= limit || !(await win.ensure(pos, BATCH_HEADER_SIZE, readAhead))) return null;
      const at = win.at(pos);
      const size = batchSize(win.buf, at);
      if (size < BATCH_HEADER_SIZE || pos + size > limit) return null;
      if (batchLastOffset(win.buf, at) >= startOffset) {
        if (batchLastOffset(win.buf, at) >= maxOffset) return EMPTY;
        firstSize = size;
        break;
      }
      pos += size;
    }
    const budget = minOneBatch ? Math.max(maxBytes, firstSize) : maxBytes;
    const want = Math.min(budget, limit - pos);
    if (want < firstSize) return EMPTY;
    await win.ensure(pos, want, want);
    const stop = Math.min(pos + want, win.end);
    let end = pos;
    while (end + BATCH_HEADER_SIZE <= stop) {
      const at = win.at(end);
      const size = batchSize(win.buf, at);
      if (size < BATCH_HEADER_SIZE || end + size > stop || batchLastOffset(win.buf, at) >= maxOffset) break;
      end += size;
    }
    return win.buf.subarray(win.at(pos), win.at(end));
  }

  /** The whole batch holding `offset` (or the first after it), or null. */
  async readBatchAt(offset: number): Promise<Buffer | null> {
    await this.ensureIndexes();
    const limit = this.size;
    let pos = this.indexes().offsetIndex.lookup(offset).position;
    const win = new FileWindow(this.ensureFd(), limit);
    while (pos < limit && (await win.ensure(pos, BATCH_HEADER_SIZE, 64 * 1024))) {
      const at = win.at(pos);
      const size = batchSize(win.buf, at);
      if (size < BATCH_HEADER_SIZE || pos + size > limit) return null;
      if (batchLastOffset(win.buf, at) >= offset) {
        if (!(await win.ensure(pos, size, size))) return null;
        return Buffer.from(win.buf.subarray(win.at(pos), win.at(pos) + size));
      }
      pos += size;
    }
    return null;
  }

  /**
   * The first record at or after `startingOffset` with a timestamp >= `target`: the time index
   * skips the part of the segment whose timestamps are all below the target, then batch
   * headers (maxTimestamp) find the batch, then `finder` the record inside it.
   */
  async findOffsetByTimestamp(
    target: number,
    startingOffset: number,
    finder: RecordTimestampFinder,
  ): Promise<{ offset: number; timestamp: number } | null> {
    await this.ensureIndexes();
    const { offsetIndex, timeIndex } = this.indexes();
    const below = timeIndex.lookupBelow(target);
    const from = Math.max(below ? below.offset + 1 : this.baseOffset, startingOffset);
    const limit = this.size;
    let pos = offsetIndex.lookup(from).position;
    const win = new FileWindow(this.ensureFd(), limit);
    while (pos < limit && (await win.ensure(pos, BATCH_HEADER_SIZE, 64 * 1024))) {
      let at = win.at(pos);
      const size = batchSize(win.buf, at);
      if (size < BATCH_HEADER_SIZE || pos + size > limit) return null;
      const maxTimestamp = readMaxTimestamp(win.buf, at);
      if (batchLastOffset(win.buf, at) >= from && maxTimestamp >= target) {
        if (!(await win.ensure(pos, size, size))) return null;
        at = win.at(pos);
        const base = readBaseOffset(win.buf, at);
        const hit = finder(win.buf.subarray(at, at + size), target, Math.max(0, from - base));
        if (hit === undefined) return { offset: Math.max(base, from), timestamp: maxTimestamp };
        if (hit) return { offset: base + hit.offsetDelta, timestamp: hit.timestamp };
      }
      pos += size;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------
  // Truncation, deletion, closing

  /**
   * Removes every batch that holds an offset >= `offset` (a batch straddling it goes whole).
   * Returns the number of bytes removed; afterwards `nextOffset` is the new end.
   */
  async truncateTo(offset: number): Promise<number> {
    await this.ensureIndexes();
    const { offsetIndex, timeIndex } = this.indexes();
    const limit = this.size;
    let pos = offsetIndex.lookup(offset).position;
    const win = new FileWindow(this.ensureFd(), limit);
    let cut = limit;
    let cutOffset = offset;
    while (pos < limit && (await win.ensure(pos, BATCH_HEADER_SIZE, 64 * 1024))) {
      const at = win.at(pos);
      const size = batchSize(win.buf, at);
      if (size < BATCH_HEADER_SIZE || batchLastOffset(win.buf, at) >= offset) {
        cut = pos;
        cutOffset = Math.min(offset, readBaseOffset(win.buf, at));
        break;
      }
      pos += size;
    }
    const removed = limit - cut;
    if (removed > 0) {
      this.generation++;
      fs.ftruncateSync(this.ensureFd(), cut);
      this.size = this.reservedSize = cut;
      this.syncedSize = Math.min(this.syncedSize, cut);
      offsetIndex.truncateAfterPosition(cut - 1);
      // Entries of removed batches name offsets >= the first removed batch's base offset.
      timeIndex.truncateTo(cutOffset);
    }
    // Re-derive end offset, largest timestamp and index spacing from the surviving tail.
    const problem = await this.restoreTail(false);
    if (problem) {
      this.ctx.logger.warn(`rebuilding ${this.logPath} after truncation: ${problem}`);
      await this.recover(true);
    }
    timeIndex.truncateTo(this.nextOffset);
    this.persistIndexes();
    return removed;
  }

  /**
   * Pins the segment for a read and opens its descriptor, so the bytes stay readable even if
   * the files are renamed or deleted meanwhile; false if the segment is already closed.
   */
  acquire(): boolean {
    if (this.closed || this.closeRequested || this.unlinked) return false;
    if (this.fd === null) {
      try {
        this.ensureFd();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    }
    this.refs++;
    return true;
  }

  release(): void {
    this.refs--;
    if (this.refs > 0) return;
    if (this.deleted || this.closeRequested) this.closeFiles();
    if (this.unlinkRequested) this.unlinkFiles();
  }

  /** Whether reads may still pin the segment (not closed, not unlinked). */
  get isOpen(): boolean {
    return !this.closed && !this.closeRequested && !this.unlinked;
  }

  /**
   * Renames the files to `*.deleted` (reads in flight keep their descriptor; the data goes
   * once they finish). The caller unlinks them after file.delete.delay.ms.
   */
  markDeleted(): void {
    this.deleted = true;
    for (const key of ['logPath', 'indexPath', 'timeIndexPath'] as const) {
      const from = this[key];
      const to = from + DELETED_FILE_SUFFIX;
      try {
        fs.renameSync(from, to);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      this[key] = to;
    }
    if (this.offsetIndex) this.offsetIndex.path = this.indexPath;
    if (this.timeIndex) this.timeIndex.path = this.timeIndexPath;
    if (this.refs === 0) this.closeFiles();
  }

  /** Unlinks the files now, or when the last reader releases the segment. */
  requestUnlink(): void {
    if (this.refs > 0) this.unlinkRequested = true;
    else this.unlinkFiles();
  }

  unlinkFiles(): void {
    this.unlinkRequested = false;
    this.unlinked = true;
    for (const file of [this.logPath, this.indexPath, this.timeIndexPath]) {
      try {
        fs.unlinkSync(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.ctx.logger.warn(`could not delete ${file}: ${(e as Error).message}`);
      }
    }
  }

  /**
   * Index entries to disk, then descriptors closed once no read holds them. Data is not
   * synced here (see Log.close).
   */
  close(): void {
    if (this.closed || this.closeRequested) return;
    this.persistIndexes();
    this.closeRequested = true;
    if (this.refs === 0) this.closeFiles();
  }

  private closeFiles(): void {
    if (this.closed) return;
    this.closed = true;
    this.offsetIndex?.closeFile();
    this.timeIndex?.closeFile();
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Compaction support

  /** The suffix of the files ('' once live). */
  get fileSuffix(): string {
    return this.suffix;
  }

  /**
   * Renames the three files from suffix `from` to `to` (the swap steps of compaction): index
   * files first and the .log last, so a `.log` carrying the new suffix implies its indexes do
   * too. Open descriptors follow the files.
   */
  changeFileSuffix(to: string): void {
    const from = this.suffix;
    const swap = (file: string) => file.slice(0, file.length - from.length) + to;
    for (const key of ['indexPath', 'timeIndexPath', 'logPath'] as const) {
      const target = swap(this[key]);
      try {
        fs.renameSync(this[key], target);
      } catch (e) {
        // Index files are derived data: one that was never written is rebuilt on load.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || key === 'logPath') throw e;
      }
      this[key] = target;
    }
    if (this.offsetIndex) this.offsetIndex.path = this.indexPath;
    if (this.timeIndex) this.timeIndex.path = this.timeIndexPath;
    this.suffix = to;
  }

  /** Sets the .log file's modification time (a cleaned segment keeps the one of the segments it replaces). */
  setLastModified(ms: number): void {
    const t = ms / 1000;
    fs.utimesSync(this.logPath, t, t);
    this.lastModified = ms;
  }

  /** File position from which a scan finds the batch holding `offset` (via the offset index). */
  async positionFor(offset: number): Promise<number> {
    await this.ensureIndexes();
    return this.indexes().offsetIndex.lookup(offset).position;
  }

  /** Sizes in bytes of the offset and time index (in memory when loaded, else on disk). */
  indexSizes(): { offsetIndex: number; timeIndex: number } {
    if (this.offsetIndex && this.timeIndex) {
      return { offsetIndex: this.offsetIndex.entries * OFFSET_INDEX_ENTRY_SIZE, timeIndex: this.timeIndex.entries * TIME_INDEX_ENTRY_SIZE };
    }
    const size = (file: string) => {
      try {
        return fs.statSync(file).size;
      } catch {
        return 0;
      }
    };
    return { offsetIndex: size(this.indexPath), timeIndex: size(this.timeIndexPath) };
  }

  /** The first batch's largest timestamp, or null (empty segment, no timestamps). Cached: for inactive segments. */
  async firstBatchTimestamp(): Promise<number | null> {
    if (this.firstBatchTimestampCache === undefined) this.firstBatchTimestampCache = await this.readFirstBatchTimestamp();
    return this.firstBatchTimestampCache;
  }

  /**
   * Whole batches starting at `position`, about `maxBytes` of them but at least one whatever
   * its size; an empty buffer at the end of the segment. Every batch is checked structurally
   * (not its CRC); a malformed one throws. For the cleaner, on inactive segments it pinned.
   */
  async readBatchesAt(position: number, maxBytes: number): Promise<Buffer> {
    const limit = this.size;
    if (position >= limit) return EMPTY;
    const fd = this.ensureFd();
    let want = Math.min(Math.max(maxBytes, BATCH_HEADER_SIZE), limit - position);
    for (;;) {
      const buf = Buffer.allocUnsafe(want);
      const n = await readAt(fd, buf, 0, want, position);
      let end = 0;
      while (end < n) {
        if (n - end < BATCH_HEADER_SIZE) {
          if (limit - position - end < BATCH_HEADER_SIZE) throw new Error(`${this.logPath}: ${limit - position - end} trailing bytes at position ${position + end}`);
          break;
        }
        const problem = checkStoredBatch(buf, end, limit - position - end, false);
        if (problem) throw new Error(`${this.logPath}: invalid batch at position ${position + end}: ${problem}`);
        const size = batchSize(buf, end);
        if (end + size > n) break;
        end += size;
      }
      if (end > 0) return buf.subarray(0, end);
      if (n < want) throw new Error(`${this.logPath}: short read at position ${position}`);
      // The first batch is larger than what was read: read exactly it.
      const size = n >= BATCH_HEADER_SIZE ? batchSize(buf, 0) : BATCH_HEADER_SIZE;
      if (size <= want) throw new Error(`${this.logPath}: cannot read a batch at position ${position}`);
      want = size;
    }
  }

  /** For tests and diagnostics: the in-memory index entries. */
  indexEntries(): { offsets: { offset: number; position: number }[]; times: { timestamp: number; offset: number }[] } {
    const { offsetIndex, timeIndex } = this.indexes();
    const offsets = [];
    for (let i = 0; i < offsetIndex.entries; i++) offsets.push({ offset: offsetIndex.offsetAt(i), position: offsetIndex.positionAt(i) });
    const times = [];
    for (let i = 0; i < timeIndex.entries; i++) times.push(timeIndex.entryAt(i));
    return { offsets, times };
  }

  get indexesLoaded(): boolean {
    return this.offsetIndex !== null && this.timeIndex !== null;
  }
}
