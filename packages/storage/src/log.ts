/**
 * The log of one partition: folder `<log dir>/<topic>-<partition>/`, an ordered list of
 * segments of which the last is active (receives appends).
 *
 * Offsets, in the order they advance:
 *
 *   logStartOffset <= highWatermark <= logEndOffset <= (assigned) nextOffset
 *   recoveryPoint <= logEndOffset
 *
 *   logStartOffset   first offset that may be read; moved by retention and DeleteRecords.
 *   recoveryPoint    everything below it was fsynced; recovery after a crash starts at the
 *                    segment holding it. Advances only when an fsync completes.
 *   highWatermark    last offset readable by consumers + 1. Single node: follows the log end
 *                    offset. Replication will set `highWatermarkFollowsLogEnd: false` and call
 *                    updateHighWatermark() as followers catch up.
 *   logEndOffset     everything below it is written to the segment files (page cache).
 *   nextOffset       next offset to assign. Ahead of logEndOffset while writes are in flight.
 *
 * Append path. Validation, offset assignment, the roll decision and index updates happen
 * synchronously in append(), so offsets follow call order and no lock is needed. The bytes then
 * go to the file through a per-log write queue: one positional writev in flight at a time,
 * coalescing whatever queued up meanwhile, executed on libuv's thread pool. That keeps the copy
 * into the page cache (the dominant cost when the page cache grows into fresh memory) off the
 * event loop; `writeMode: 'sync'` writes with writeSync on the event loop instead. Then, if the
 * flush policy calls for it, the append waits for a group commit (group-commit.ts).
 *
 * Structural changes (truncation, retention, DeleteRecords, close) run exclusively: they hold
 * back new appends, wait for queued writes, then change the segment list. Reads never wait:
 * they work on a snapshot of the segment list and pin the segments they touch.
 *
 * Compaction (cleanup.policy=compact): the log cleaner (log-cleaner.ts, cleaner.ts) rewrites
 * closed segments into `.cleaned` files and swaps them in with replaceSegments(), which runs
 * exclusively like the changes above. A reader that pinned a replaced segment keeps reading
 * its old bytes; one that finds a segment gone takes a fresh snapshot of the list.
 *
 * Reserved for later (design): producer state snapshots `<offset>.snapshot` (idempotence and
 * transactions) restored by the loader from the last snapshot at or below the recovery point;
 * a follower append path that keeps the leader's offsets and epochs.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  BATCH_HEADER_SIZE,
  RECORD_COUNT_OFFSET,
  batchSize,
  readBaseOffset,
  setBaseOffset,
  setLogAppendTime,
  setPartitionLeaderEpoch,
} from '@samsa/protocol';
import { type AppendOrigin, batchLastOffset, validateProducedBatches } from './batch-validation.js';
import { type LogConfig, NEVER, resolveLogConfig } from './config.js';
import { NODE_IO, STDERR_LOGGER, SYSTEM_TIME, type StorageIo, type StorageLogger, type Time, type TopicPartition } from './environment.js';
import { KafkaStorageError, OffsetOutOfRangeError } from './errors.js';
import { CLEANED_FILE_SUFFIX, SWAP_FILE_SUFFIX, logDirName } from './file-names.js';
import { fsyncDir, writeAllSync, writevAt } from './file-utils.js';
import { GroupCommit } from './group-commit.js';
import type { LeaderEpochCache } from './leader-epoch-cache.js';
import { loadLog } from './log-loader.js';
import { type AppendedBatch, LogSegment, type SegmentContext, type SegmentRead } from './log-segment.js';
import { type RecordTimestampFinder, findRecordByTimestamp } from './record-timestamps.js';

export interface LogOpenOptions {
  /** Offset below which everything was fsynced (from recovery-point-offset-checkpoint). Default 0. */
  recoveryPoint?: number;
  /** From log-start-offset-checkpoint. Default 0 (then the first segment's base offset). */
  logStartOffset?: number;
  /** Whether the previous process shut down cleanly (the log dir had the marker). Default false. */
  cleanShutdown?: boolean;
  time?: Time;
  logger?: StorageLogger;
  io?: StorageIo;
  /** 'async' (default): writes on the thread pool; 'sync': fs.writeSync on the event loop. */
  writeMode?: 'async' | 'sync';
  /** Finds a record by timestamp inside a batch; the default handles uncompressed batches. */
  recordTimestampFinder?: RecordTimestampFinder;
  /** Default true (single node). */
  highWatermarkFollowsLogEnd?: boolean;
}

export interface AppendOptions {
  /** Leader epoch stamped into every batch (partitionLeaderEpoch) and recorded in the epoch cache. */
  leaderEpoch?: number;
  /** Append time in ms (LogAppendTime, segment.ms); defaults to the log's clock. */
  now?: number;
  /** 'client' (default) refuses control batches; 'coordinator' may write them. */
  origin?: AppendOrigin;
}

export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** The broker's timestamp under LogAppendTime, else -1. */
  logAppendTime: number;
  logStartOffset: number;
  recordCount: number;
}

export interface ReadOptions {
  /** Exclusive upper bound on offsets returned (the high watermark for consumers). Default: log end. */
  maxOffset?: number;
  /** Return the first batch whole even if larger than maxBytes. Default false. */
  minOneBatch?: boolean;
}

export interface ReadResult {
  /** Whole stored batches, possibly none. */
  records: Buffer;
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
  /**
   * Returns the buffer `records` lives in to the read pool. Optional to call: call it once the
   * bytes are no longer needed (the broker does when the socket has taken them); not calling it
   * just leaves the buffer to the garbage collector.
   */
  release: () => void;
}

const NO_RELEASE = (): void => undefined;

/** The steps of Log.replaceSegments, named for the crash-simulation hook. */
export type SwapStep = 'cleaned' | 'swap-named' | 'old-partly-deleted' | 'old-deleted' | 'swapped';

export interface SegmentInfo {
  baseOffset: number;
  size: number;
  nextOffset: number;
  largestTimestamp: number;
}

interface PendingWrite {
  seg: LogSegment;
  buf: Buffer;
  position: number;
  nextOffset: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

const RESOLVED = Promise.resolve();
/** IOV_MAX on Linux: the most buffers one writev takes. */
const MAX_WRITEV_BUFFERS = 1024;

export class Log {
  readonly dir: string;
  private readonly ctx: SegmentContext;
  private segments: LogSegment[];
  private nextOffset: number;
  private _logEndOffset: number;
  private _highWatermark: number;
  private _logStartOffset: number;
  private _recoveryPoint: number;
  private _lastFlushTime: number;
  private readonly writeMode: 'async' | 'sync';
  private readonly finder: RecordTimestampFinder;
  private readonly hwFollowsLogEnd: boolean;
  readonly leaderEpochCache: LeaderEpochCache;

  private readonly writeQueue: PendingWrite[] = [];
  private writing = false;
  private lastWrite: Promise<void> = RESOLVED;
  private readonly groupCommit: GroupCommit;
  /** Lowest end a truncation set while a flush was running: that flush cannot vouch for more. */
  private flushTruncationFloor = Infinity;
  private dirDirty = false;
  private gate: Promise<void> | null = null;
  private failure: KafkaStorageError | null = null;
  private closed = false;
  private readonly pendingDeletes = new Map<LogSegment, NodeJS.Timeout>();
  private readonly appendListeners = new Set<(logEndOffset: number, highWatermark: number) => void>();
  private readonly truncationListeners = new Set<(offset: number) => void>();
  /** Bumped by every truncation: a cleaning pass that started before one is abandoned. */
  private _truncations = 0;

  private constructor(
    readonly topicPartition: TopicPartition,
    dir: string,
    ctx: SegmentContext,
    loaded: Awaited<ReturnType<typeof loadLog>>,
    opts: LogOpenOptions,
  ) {
    this.dir = dir;
    this.ctx = ctx;
    this.segments = loaded.segments;
    this.nextOffset = this._logEndOffset = this._highWatermark = loaded.nextOffset;
    this._logStartOffset = loaded.logStartOffset;
    this._recoveryPoint = loaded.recoveryPoint;
    this.leaderEpochCache = loaded.leaderEpochCache;
    this._lastFlushTime = ctx.time.now();
    this.writeMode = opts.writeMode ?? 'async';
    this.finder = opts.recordTimestampFinder ?? findRecordByTimestamp;
    this.hwFollowsLogEnd = opts.highWatermarkFollowsLogEnd ?? true;
    this.groupCommit = new GroupCommit(() => this.flushJob());
  }

  /** Opens (creating if needed) the log of `topicPartition` under the log dir `parentDir`, recovering as needed. */
  static async open(parentDir: string, topicPartition: TopicPartition, config: Partial<LogConfig>, opts: LogOpenOptions = {}): Promise<Log> {
    const ctx: SegmentContext = {
      config: resolveLogConfig(config),
      logger: opts.logger ?? STDERR_LOGGER,
      io: opts.io ?? NODE_IO,
      time: opts.time ?? SYSTEM_TIME,
    };
    const dir = path.join(parentDir, logDirName(topicPartition));
    const loaded = await loadLog(dir, ctx, {
      recoveryPoint: opts.recoveryPoint ?? 0,
      logStartOffset: opts.logStartOffset ?? 0,
      cleanShutdown: opts.cleanShutdown ?? false,
    });
    return new Log(topicPartition, dir, ctx, loaded, opts);
  }

  // ---------------------------------------------------------------------------------------
  // State

  get config(): Readonly<LogConfig> {
    return this.ctx.config;
  }

  /** What segments of this log share (config, logger, clock, I/O): the cleaner builds segments with it. */
  get segmentContext(): SegmentContext {
    return this.ctx;
  }

  get logStartOffset(): number {
    return this._logStartOffset;
  }

  get logEndOffset(): number {
    return this._logEndOffset;
  }

  get highWatermark(): number {
    return this._highWatermark;
  }

  get recoveryPoint(): number {
    return this._recoveryPoint;
  }

  /** Time of the last completed flush (ms), for flush.ms. */
  get lastFlushTime(): number {
    return this._lastFlushTime;
  }

  /** Bytes written to the segment files. */
  get size(): number {
    let total = 0;
    for (const s of this.segments) total += s.size;
    return total;
  }

  get numberOfSegments(): number {
    return this.segments.length;
  }

  /** Whether a write or fsync failed: the log refuses appends until reopened. */
  get isFailed(): boolean {
    return this.failure !== null;
  }

  /** Diagnostics: one line per segment. */
  segmentInfos(): SegmentInfo[] {
    return this.segments.map((s) => ({ baseOffset: s.baseOffset, size: s.size, nextOffset: s.nextOffset, largestTimestamp: s.largestTimestamp }));
  }

  /** The active segment (for tests and diagnostics). */
  get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  /** Replication sets the high watermark; it stays within [logStartOffset, logEndOffset]. */
  updateHighWatermark(offset: number): number {
    this._highWatermark = Math.min(Math.max(offset, this._logStartOffset), this._logEndOffset);
    return this._highWatermark;
  }

  /** Calls `listener` after each write lands (new data readable). Returns an unsubscribe function. */
  onAppend(listener: (logEndOffset: number, highWatermark: number) => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  /** Calls `listener` with the new end offset after each truncation (the cleaner lowers its checkpoint). */
  onTruncate(listener: (offset: number) => void): () => void {
    this.truncationListeners.add(listener);
    return () => this.truncationListeners.delete(listener);
  }

  /** How many truncations happened since the log was opened. */
  get truncations(): number {
    return this._truncations;
  }

  /**
   * The current segment list, oldest first, for the cleaner. The array is never modified in
   * place (changes replace it), so it is a consistent snapshot.
   */
  segmentsSnapshot(): readonly LogSegment[] {
    return this.segments;
  }

  updateConfig(config: Partial<LogConfig>): void {
    const next = resolveLogConfig({ ...this.ctx.config, ...config });
    this.ctx.config = next;
  }

  // ---------------------------------------------------------------------------------------
  // Append

  /**
   * Appends the batches of a produce request (one or more concatenated v2 batches). The buffer
   * is modified in place (offsets, leader epoch, LogAppendTime) and must not be reused until
   * the promise settles. Resolves once the bytes are in the segment file and, if the flush
   * policy asks for it, fsynced.
   */
  append(batches: Buffer, opts: AppendOptions = {}): Promise<AppendResult> {
    if (this.gate) return this.gate.then(() => this.append(batches, opts));
    try {
      return this.appendNow(batches, opts);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private appendNow(buf: Buffer, opts: AppendOptions): Promise<AppendResult> {
    this.ensureWritable();
    const config = this.ctx.config;
    const validated = validateProducedBatches(buf, config, opts.origin);
    const now = opts.now ?? this.ctx.time.now();
    const logAppendTime = config.messageTimestampType === 'LogAppendTime';
    const baseOffset = this.nextOffset;
    const appended: AppendedBatch[] = new Array(validated.length);
    let offset = baseOffset;
    let maxTimestamp = -1;
    for (let i = 0; i < validated.length; i++) {
      const b = validated[i]!;
      setBaseOffset(buf, b.at, offset);
      if (opts.leaderEpoch !== undefined) setPartitionLeaderEpoch(buf, b.at, opts.leaderEpoch);
      if (logAppendTime) setLogAppendTime(buf, b.at, now);
      const timestamp = logAppendTime ? now : b.maxTimestamp;
      const lastOffset = offset + b.lastOffsetDelta;
      appended[i] = { at: b.at, size: b.size, lastOffset, maxTimestamp: timestamp };
      if (timestamp > maxTimestamp) maxTimestamp = timestamp;
      offset = lastOffset + 1;
    }
    let seg = this.activeSegment;
    try {
      if (seg.shouldRoll(buf.length, maxTimestamp, offset - 1, now)) seg = this.roll(now);
      const position = seg.reserve(buf, appended, appended[0]!.maxTimestamp);
      this.nextOffset = offset;
      if (opts.leaderEpoch !== undefined) this.leaderEpochCache.assign(opts.leaderEpoch, baseOffset);
      const result: AppendResult = {
        baseOffset,
        lastOffset: offset - 1,
        logAppendTime: logAppendTime ? now : -1,
        logStartOffset: this._logStartOffset,
        recordCount: offset - baseOffset,
      };
      return this.write(seg, buf, position, offset).then(() => this.afterWrite(result));
    } catch (e) {
      throw this.fail(e, 'append');
    }
  }

  private write(seg: LogSegment, buf: Buffer, position: number, nextOffset: number): Promise<void> {
    if (this.writeMode === 'sync') {
      writeAllSync(seg.ensureFd(), buf, position);
      this.onWritten(seg, position + buf.length, nextOffset);
      return RESOLVED;
    }
    const p = new Promise<void>((resolve, reject) => {
      this.writeQueue.push({ seg, buf, position, nextOffset, resolve, reject });
    });
    this.lastWrite = p;
    if (!this.writing) void this.drainWrites();
    return p;
  }

  /** The write loop: one writev at a time, each taking every queued contiguous write. */
  private async drainWrites(): Promise<void> {
    this.writing = true;
    try {
      while (this.writeQueue.length) {
        const first = this.writeQueue[0]!;
        let n = 1;
        let end = first.position + first.buf.length;
        while (n < this.writeQueue.length && n < MAX_WRITEV_BUFFERS) {
          const w = this.writeQueue[n]!;
          if (w.seg !== first.seg || w.position !== end) break;
          end += w.buf.length;
          n++;
        }
        const group = this.writeQueue.splice(0, n);
        try {
          await writevAt(first.seg.ensureFd(), group.map((w) => w.buf), first.position);
        } catch (e) {
          const err = this.fail(e, 'write');
          for (const w of group) w.reject(err);
          for (const w of this.writeQueue.splice(0)) w.reject(err);
          return;
        }
        this.onWritten(first.seg, end, group[group.length - 1]!.nextOffset);
        for (const w of group) w.resolve();
      }
    } finally {
      this.writing = false;
    }
  }

  private onWritten(seg: LogSegment, endPosition: number, nextOffset: number): void {
    seg.markWritten(endPosition, nextOffset);
    this._logEndOffset = nextOffset;
    if (this.hwFollowsLogEnd) this._highWatermark = nextOffset;
    for (const l of this.appendListeners) {
      try {
        l(this._logEndOffset, this._highWatermark);
      } catch (e) {
        this.ctx.logger.error(`append listener of ${this.name} threw: ${(e as Error).message}`);
      }
    }
  }

  private async afterWrite(result: AppendResult): Promise<AppendResult> {
    const flushMessages = this.ctx.config.flushMessages;
    if (flushMessages < NEVER && this._logEndOffset - this._recoveryPoint >= flushMessages) await this.groupCommit.request();
    return result;
  }

  /** Settles once every write queued before the call has landed (or failed). */
  private afterPendingWrites(): Promise<void> {
    return this.lastWrite.then(
      () => {},
      () => {},
    );
  }

  private roll(now: number): LogSegment {
    const old = this.activeSegment;
    old.onBecomeInactive();
    const seg = LogSegment.create(this.dir, this.nextOffset, this.ctx);
    this.segments = [...this.segments, seg];
    this.dirDirty = true;
    this.ctx.logger.info(`${this.name}: rolled new segment at offset ${seg.baseOffset} (previous ${old.baseOffset}, ${old.reservedSize} bytes, at ${now})`);
    // As Kafka does, flush the finished segment soon, so the recovery point moves past it and
    // a crash does not re-read it.
    void this.afterPendingWrites()
      .then(() => (this.closed || this.failure ? undefined : this.groupCommit.request()))
      .catch((e: unknown) => this.ctx.logger.warn(`${this.name}: background flush after roll failed: ${(e as Error).message}`));
    return seg;
  }

  // ---------------------------------------------------------------------------------------
  // Flush

  /** fsyncs everything appended before the call; advances the recovery point. */
  async flush(): Promise<void> {
    this.ensureOpen();
    await this.afterPendingWrites();
    this.ensureWritable();
    await this.groupCommit.request();
  }

  /** flush() if flush.ms elapsed since the last flush and there is unflushed data (LogManager's scheduler). */
  async flushIfDue(now = this.ctx.time.now()): Promise<boolean> {
    const flushMs = this.ctx.config.flushMs;
    if (this.closed || this.failure || flushMs >= NEVER || now - this._lastFlushTime < flushMs) return false;
    if (this._recoveryPoint >= this._logEndOffset && !this.segments.some((s) => s.needsSync)) return false;
    await this.flush();
    return true;
  }

  /**
   * One group-commit run: fsync every segment holding unsynced bytes (normally just the active
   * one), and the folder if segments were created. Covers what was written when the run
   * started; skips the system calls when nothing is unsynced.
   */
  private async flushJob(): Promise<void> {
    const target = this._logEndOffset;
    this.flushTruncationFloor = Infinity;
    const segs = this.segments.filter((s) => s.needsSync && s.acquire());
    const dirDirty = this.dirDirty;
    this.dirDirty = false;
    try {
      await Promise.all(segs.map((s) => s.sync(false)));
      if (dirDirty) await fsyncDir(this.dir);
    } catch (e) {
      this.dirDirty ||= dirDirty;
      throw this.fail(e, 'fsync');
    } finally {
      for (const s of segs) s.release();
    }
    this._recoveryPoint = Math.max(this._recoveryPoint, Math.min(target, this.flushTruncationFloor));
    this._lastFlushTime = this.ctx.time.now();
  }

  // ---------------------------------------------------------------------------------------
  // Read

  /**
   * Whole batches starting with the one holding `fetchOffset`. Throws OffsetOutOfRangeError if
   * `fetchOffset` is below the log start offset or above the log end offset.
   */
  async read(fetchOffset: number, maxBytes: number, opts: ReadOptions = {}): Promise<ReadResult> {
    const logEndOffset = this._logEndOffset;
    const result: ReadResult = { records: Buffer.alloc(0), highWatermark: this._highWatermark, logStartOffset: this._logStartOffset, logEndOffset, release: NO_RELEASE };
    if (fetchOffset < this._logStartOffset || fetchOffset > logEndOffset) {
      throw new OffsetOutOfRangeError(
        `offset ${fetchOffset} is out of range for ${this.name} [${this._logStartOffset}, ${logEndOffset}]`,
      );
    }
    const upper = Math.min(opts.maxOffset ?? logEndOffset, logEndOffset);
    if (fetchOffset >= upper || maxBytes < 0) return result;
    let segments = this.segments;
    let retries = 0;
    /** Batches without records read so far (see below). */
    let emptyBatches: Buffer[] = [];
    let budget = maxBytes;
    for (let i = floorSegment(segments, fetchOffset); i >= 0 && i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.baseOffset >= upper) break;
      if (!seg.acquire()) {
        // Replaced by compaction (or deleted) since the snapshot was taken: start over on the
        // current list, which holds the same offsets, rather than skip what it held.
        if (this.closed || segments === this.segments || ++retries > 16) continue;
        segments = this.segments;
        i = floorSegment(segments, fetchOffset) - 1;
        continue;
      }
      let read: SegmentRead | null;
      try {
        read = await seg.read(fetchOffset, budget, upper, opts.minOneBatch ?? false);
      } finally {
        seg.release();
      }
      if (!read) continue;
      const records = read.records;
      if (records.length > 0 && !holdsRecords(records) && budget > records.length) {
        // Only batches without records: compaction keeps one at the end of a cleaned range.
        // Some clients (kafkajs) fetch the same offset again until they get a record, so
        // read on into the next segments rather than answer with nothing but empty batches.
        emptyBatches.push(Buffer.from(records));
        read.release();
        budget -= records.length;
        fetchOffset = lastOffsetOf(records) + 1;
        if (fetchOffset >= upper) break;
        continue;
      }
      if (emptyBatches.length) {
        result.records = Buffer.concat([...emptyBatches, records]);
        read.release();
      } else {
        result.records = records;
        result.release = read.release;
      }
      return result;
    }
    if (emptyBatches.length) result.records = Buffer.concat(emptyBatches);
    return result;
  }

  /** ListOffsets by timestamp: the first offset whose record timestamp is >= `timestamp`, or null. */
  async offsetForTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | null> {
    await this.afterPendingWrites();
    let segments = this.segments;
    let retries = 0;
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      const next = segments[i + 1];
      if (next && next.baseOffset <= this._logStartOffset) continue;
      if (seg.maxTimestampSoFar < timestamp) continue;
      if (!seg.acquire()) {
        // As in read(): a segment swapped out by compaction; search the current list again.
        if (!this.closed && segments !== this.segments && ++retries <= 16) {
          segments = this.segments;
          i = -1;
        }
        continue;
      }
      try {
        const hit = await seg.findOffsetByTimestamp(timestamp, this._logStartOffset, this.finder);
        if (hit && hit.offset < this._logEndOffset) return hit;
      } finally {
        seg.release();
      }
    }
    return null;
  }

  /**
   * ListOffsets MAX_TIMESTAMP from memory, at batch granularity: the largest timestamp and the
   * last offset of the first batch that reached it (what Kafka 3.0-3.7 answered); -1/-1 for an
   * empty log. maxTimestampRecord() answers the exact record.
   */
  maxTimestampOffset(): { offset: number; timestamp: number } {
    const best = this.maxTimestampSegment();
    return best ? { offset: best.offsetOfMaxTimestampSoFar, timestamp: best.maxTimestampSoFar } : { offset: -1, timestamp: -1 };
  }

  /** ListOffsets MAX_TIMESTAMP exactly: the first record carrying the largest timestamp; -1/-1 if none. */
  async maxTimestampRecord(): Promise<{ offset: number; timestamp: number }> {
    await this.afterPendingWrites();
    const best = this.maxTimestampSegment();
    if (!best) return { offset: -1, timestamp: -1 };
    const timestamp = best.maxTimestampSoFar;
    const batchLastOffset = best.offsetOfMaxTimestampSoFar;
    if (best.acquire()) {
      try {
        const batch = await best.readBatchAt(batchLastOffset);
        const hit = batch ? this.finder(batch, timestamp, 0) : undefined;
        if (batch && hit) return { offset: readBaseOffset(batch, 0) + hit.offsetDelta, timestamp };
      } finally {
        best.release();
      }
    }
    return { offset: batchLastOffset, timestamp };
  }

  private maxTimestampSegment(): LogSegment | null {
    let best: LogSegment | null = null;
    for (const seg of this.segments) {
      if (seg.maxTimestampSoFar >= 0 && (!best || seg.maxTimestampSoFar > best.maxTimestampSoFar)) best = seg;
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------
  // Truncation and retention

  /** Runs `fn` with appends held back and queued writes landed. */
  private async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => (open = resolve));
    try {
      await this.afterPendingWrites();
      return await fn();
    } finally {
      this.gate = null;
      open();
    }
  }

  /**
   * Removes every offset >= `offset` (replication, when a follower's log diverged). Batch
   * granularity: a batch that holds `offset` is removed whole, so the log end offset becomes
   * that batch's base offset.
   */
  truncateTo(offset: number): Promise<void> {
    return this.exclusive(async () => {
      this.ensureOpen();
      if (offset < 0) throw new RangeError(`cannot truncate to ${offset}`);
      if (offset >= this.nextOffset) return;
      this._truncations++;
      if (offset < this._logStartOffset) return this.restartAt(offset);
      const keep = this.segments.filter((s) => s.baseOffset <= offset);
      const drop = this.segments.filter((s) => s.baseOffset > offset);
      this.segments = keep;
      for (const s of drop) this.deleteSegmentFiles(s);
      const active = this.activeSegment;
      if (!active.acquire()) throw new KafkaStorageError(`${this.name} is closed`);
      try {
        await active.truncateTo(offset);
      } finally {
        active.release();
      }
      this.setEnd(active.nextOffset);
      this.notifyTruncation();
      this.ctx.logger.info(`${this.name}: truncated to offset ${this._logEndOffset} (asked ${offset}), ${drop.length} segment(s) deleted`);
    });
  }

  /** Deletes everything and restarts the log at `offset` (log start = end = offset). */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    return this.exclusive(async () => {
      this.ensureOpen();
      this.restartAt(offset);
    });
  }

  private restartAt(offset: number): void {
    this._truncations++;
    for (const s of this.segments) this.deleteSegmentFiles(s);
    this.segments = [LogSegment.create(this.dir, offset, this.ctx)];
    this.dirDirty = true;
    this._logStartOffset = offset;
    this.setEnd(offset);
    this._highWatermark = offset;
    this.leaderEpochCache.clear();
    this.notifyTruncation();
    this.ctx.logger.info(`${this.name}: emptied and restarted at offset ${offset}`);
  }

  private notifyTruncation(): void {
    for (const l of this.truncationListeners) {
      try {
        l(this._logEndOffset);
      } catch (e) {
        this.ctx.logger.error(`truncation listener of ${this.name} threw: ${(e as Error).message}`);
      }
    }
  }

  private setEnd(offset: number): void {
    this.nextOffset = this._logEndOffset = offset;
    this._highWatermark = Math.min(this._highWatermark, offset);
    if (this.hwFollowsLogEnd) this._highWatermark = offset;
    this._recoveryPoint = Math.min(this._recoveryPoint, offset);
    this.flushTruncationFloor = Math.min(this.flushTruncationFloor, offset);
    this.leaderEpochCache.truncateFromEnd(offset);
  }

  /**
   * DeleteRecords: moves the log start offset up to `offset` (at most the high watermark) and
   * deletes the segments wholly below it. Returns the new log start offset (low watermark).
   */
  deleteRecordsBefore(offset: number): Promise<number> {
    return this.exclusive(async () => {
      this.ensureOpen();
      if (offset > this._highWatermark || offset < 0) {
        throw new OffsetOutOfRangeError(`cannot delete records before ${offset} in ${this.name}: high watermark is ${this._highWatermark}`);
      }
      if (offset > this._logStartOffset) {
        this._logStartOffset = offset;
        this.leaderEpochCache.truncateFromStart(offset);
        this.deleteSegments(
          this.deletableSegments((_s, next) => next !== undefined && next.baseOffset <= this._logStartOffset),
          'log start offset',
        );
      }
      return this._logStartOffset;
    });
  }

  /**
   * Retention (cleanup.policy=delete): deletes the oldest segments whose largest timestamp is
   * older than retention.ms, then the oldest while the log exceeds retention.bytes, then those
   * wholly below the log start offset. Segments are deleted whole and in order, never beyond
   * the high watermark; when every segment qualifies, a new empty active segment is rolled
   * first so the log keeps its end offset. Returns the number of segments deleted.
   */
  deleteOldSegments(now = this.ctx.time.now()): Promise<number> {
    return this.exclusive(async () => {
      if (this.closed) return 0;
      const config = this.ctx.config;
      let deleted = 0;
      if (config.cleanupPolicy.includes('delete')) {
        if (config.retentionMs >= 0) {
          deleted += this.deleteSegments(
            this.deletableSegments((s) => now - s.largestTimestamp > config.retentionMs),
            `retention.ms ${config.retentionMs}`,
          );
        }
        if (config.retentionBytes >= 0) {
          let excess = this.size - config.retentionBytes;
          deleted += this.deleteSegments(
            this.deletableSegments((s) => {
              if (excess - s.size < 0) return false;
              excess -= s.size;
              return true;
            }),
            `retention.bytes ${config.retentionBytes}`,
          );
        }
      }
      deleted += this.deleteSegments(
        this.deletableSegments((_s, next) => next !== undefined && next.baseOffset <= this._logStartOffset),
        'log start offset',
      );
      return deleted;
    });
  }

  /** The longest prefix of segments satisfying `predicate`, never past the high watermark. */
  private deletableSegments(predicate: (seg: LogSegment, next: LogSegment | undefined) => boolean): LogSegment[] {
    const out: LogSegment[] = [];
    const segs = this.segments;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      const next = segs[i + 1];
      const upperBound = next ? next.baseOffset : this.nextOffset;
      const lastAndEmpty = !next && seg.reservedSize === 0;
      if (lastAndEmpty || this._highWatermark < upperBound || !predicate(seg, next)) break;
      out.push(seg);
    }
    return out;
  }

  private deleteSegments(list: LogSegment[], reason: string): number {
    if (list.length === 0) return 0;
    if (list.length === this.segments.length) this.roll(this.ctx.time.now());
    const doomed = new Set(list);
    this.segments = this.segments.filter((s) => !doomed.has(s));
    for (const s of list) this.deleteSegmentFiles(s);
    const start = this.segments[0]!.baseOffset;
    if (start > this._logStartOffset) {
      this._logStartOffset = start;
      this.leaderEpochCache.truncateFromStart(start);
    }
    this.ctx.logger.info(
      `${this.name}: deleted ${list.length} segment(s) (${reason}): ${list.map((s) => s.baseOffset).join(', ')}; log start offset ${this._logStartOffset}`,
    );
    return list.length;
  }

  /**
   * Renames to *.deleted now; unlinks after file.delete.delay.ms, and never while a read still
   * pins the segment (its descriptor and index files stay valid until it lets go).
   */
  private deleteSegmentFiles(seg: LogSegment): void {
    seg.markDeleted();
    this.dirDirty = true;
    this.scheduleUnlink(seg);
  }

  private scheduleUnlink(seg: LogSegment): void {
    const delay = this.ctx.config.fileDeleteDelayMs;
    if (delay <= 0) {
      seg.requestUnlink();
      return;
    }
    const timer = setTimeout(() => {
      this.pendingDeletes.delete(seg);
      seg.requestUnlink();
    }, delay);
    timer.unref();
    this.pendingDeletes.set(seg, timer);
  }

  // ---------------------------------------------------------------------------------------
  // Compaction

  /**
   * Swaps the cleaned segment `cleaned` (files `<base>.*.cleaned`, complete and fsynced) in for
   * `old`, a contiguous run of this log's segments starting at the same base offset. The swap
   * protocol, whose every intermediate state the loader (log-loader.ts) finishes or undoes:
   *
   *   1. rename the cleaned files to `.swap` (indexes first, .log last); fsync the folder.
   *   2. rename every old segment's files to `.deleted`.
   *   3. rename the `.swap` files to their final names (.log last); fsync the folder.
   *   4. unlink the `.deleted` files after file.delete.delay.ms, once no read pins them.
   *
   * A crash before 1 completes leaves `.cleaned` files (deleted on load: the old segments are
   * intact). From the moment `<base>.log.swap` exists the new segment is complete, so the
   * loader completes the swap: it deletes any old segment in the swap's offset range and
   * renames the `.swap` files.
   *
   * Runs exclusively (appends wait; reads go on). Returns false, swapping nothing, when the log
   * changed under the cleaner: closed, truncated since `truncationsAtStart`, or one of the old
   * segments gone (retention, DeleteRecords). The caller then deletes the cleaned files.
   */
  replaceSegments(
    cleaned: LogSegment,
    old: readonly LogSegment[],
    truncationsAtStart: number,
    /** Test hook, called at each step; throwing there simulates a crash (the log is then abandoned). */
    hook?: (step: SwapStep) => void,
  ): Promise<boolean> {
    return this.exclusive(async () => {
      if (this.closed || this.failure || this._truncations !== truncationsAtStart || old.length === 0) return false;
      const first = this.segments.indexOf(old[0]!);
      if (first < 0 || cleaned.baseOffset !== old[0]!.baseOffset || cleaned.fileSuffix !== CLEANED_FILE_SUFFIX) return false;
      for (let i = 0; i < old.length; i++) if (this.segments[first + i] !== old[i] || old[i]!.deleted) return false;
      // Never the active segment: appends would land in a file about to be replaced.
      if (first + old.length >= this.segments.length) return false;
      try {
        hook?.('cleaned');
        cleaned.changeFileSuffix(SWAP_FILE_SUFFIX);
        await fsyncDir(this.dir);
        hook?.('swap-named');
        for (let i = 0; i < old.length; i++) {
          old[i]!.markDeleted();
          if (i === 0 && old.length > 1) hook?.('old-partly-deleted');
        }
        hook?.('old-deleted');
        cleaned.changeFileSuffix('');
        this.segments = [...this.segments.slice(0, first), cleaned, ...this.segments.slice(first + old.length)];
        await fsyncDir(this.dir);
        hook?.('swapped');
      } catch (e) {
        throw this.fail(e, 'segment swap');
      }
      for (const seg of old) this.scheduleUnlink(seg);
      return true;
    });
  }

  // ---------------------------------------------------------------------------------------
  // Lifecycle

  /**
   * Flushes data and index files and closes the descriptors (reads still in flight keep
   * theirs until they finish). Pending segment deletions are done now.
   */
  close(): Promise<void> {
    if (this.closed) return RESOLVED;
    return this.exclusive(async () => {
      if (this.closed) return;
      try {
        if (!this.failure) {
          this.activeSegment.onBecomeInactive();
          await this.groupCommit.request();
          for (const s of this.segments) if (s.indexesLoaded) await s.sync(true);
        }
      } finally {
        this.closed = true;
        for (const s of this.segments) s.close();
        for (const [seg, timer] of this.pendingDeletes) {
          clearTimeout(timer);
          seg.requestUnlink();
        }
        this.pendingDeletes.clear();
      }
    });
  }

  /** Closes without flushing and removes the partition folder. */
  async delete(): Promise<void> {
    await this.closeForDeletion();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  /** Stops the log for deletion (the LogManager renames the folder itself). */
  async closeForDeletion(): Promise<void> {
    if (this.closed) return;
    await this.exclusive(async () => {
      this.closed = true;
      for (const s of this.segments) s.close();
      for (const timer of this.pendingDeletes.values()) clearTimeout(timer);
      this.pendingDeletes.clear();
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get name(): string {
    return logDirName(this.topicPartition);
  }

  private ensureOpen(): void {
    if (this.closed) throw new KafkaStorageError(`log ${this.name} is closed`);
  }

  private ensureWritable(): void {
    this.ensureOpen();
    if (this.failure) throw this.failure;
  }

  /** Marks the log failed after an I/O error; returns the error to give callers. */
  private fail(e: unknown, op: string): KafkaStorageError | Error {
    if (e instanceof KafkaStorageError) return e;
    // Validation errors and bugs are not I/O failures.
    if (!(e instanceof Error) || !('code' in e) || typeof (e as NodeJS.ErrnoException).code !== 'string') return e as Error;
    const err = new KafkaStorageError(`${op} failed on ${this.name}: ${e.message}`, { cause: e });
    if (!this.failure) {
      this.failure = err;
      this.ctx.logger.error(`${err.message}; the log refuses appends until it is reopened (recovery runs then)`);
    }
    return err;
  }
}

/** Whether any of the whole batches in `buf` holds a record. */
function holdsRecords(buf: Buffer): boolean {
  for (let at = 0; at + BATCH_HEADER_SIZE <= buf.length; at += batchSize(buf, at)) {
    if (buf.readInt32BE(at + RECORD_COUNT_OFFSET) > 0) return true;
  }
  return false;
}

/** The last offset of the last whole batch in `buf` (non-empty). */
function lastOffsetOf(buf: Buffer): number {
  let last = -1;
  for (let at = 0; at + BATCH_HEADER_SIZE <= buf.length; at += batchSize(buf, at)) last = batchLastOffset(buf, at);
  return last;
}

/** Index of the last segment whose base offset is <= `offset` (0 if none). */
function floorSegment(segments: readonly LogSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.baseOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
