/**
 * The log cleaner: background compaction of every log whose cleanup.policy includes `compact`
 * (Kafka's LogCleaner and LogCleanerManager). One pass at a time (cleaning is I/O and CPU
 * heavy, and one Node thread runs it between other work): pick the dirtiest eligible log,
 * clean it (cleaner.ts), record how far, repeat; when no log is eligible, sleep
 * log.cleaner.backoff.ms.
 *
 * Per log, the range a pass may clean is [firstDirtyOffset, firstUncleanableOffset):
 *   firstDirtyOffset        from cleaner-offset-checkpoint; the log start offset if absent or
 *                           outside [log start, log end] (truncated or recreated log)
 *   firstUncleanableOffset  the lowest of these segment boundaries:
 *                           - the active segment's base (appends go there);
 *                           - the segment holding the high watermark (not yet committed);
 *                           - the segment holding the recovery point (not yet fsynced: a
 *                             power loss could lose the newer records the map relied on to
 *                             drop older ones). A roll triggers a flush, so this costs nothing
 *                             in practice;
 *                           - the first dirty segment whose newest record is younger than
 *                             min.compaction.lag.ms.
 *
 * A log is eligible when it has bytes and
 *   - dirty ratio = bytes of the segments overlapping the cleanable range / (those + the bytes
 *     of the segments wholly before firstDirtyOffset) exceeds min.cleanable.dirty.ratio, or
 *   - a dirty closed segment's first batch is older than max.compaction.lag.ms (and there is
 *     something cleanable), or
 *   - the earliest delete horizon of the tombstones kept by its last pass has passed (so
 *     tombstones go even when nothing new arrives; remembered in memory only).
 * The dirtiest by ratio goes first. A log whose pass fails unexpectedly is skipped until the
 * process restarts (Kafka's "uncleanable partitions").
 *
 * cleaner-offset-checkpoint (one per log dir, the format of checkpoint-file.ts:
 * `topic partition firstDirtyOffset` lines) is rewritten after every pass. A truncation below
 * a log's checkpoint lowers it. A pass is aborted (files of the group in progress deleted) when
 * the log is deleted, truncated or closed, or the cleaner shuts down.
 */
import path from 'node:path';
import { CleanerOffsetMap } from './cleaner-offset-map.js';
import { CleaningAbortedError, cleanLog, type CleanerStats } from './cleaner.js';
import { OffsetCheckpointFile } from './checkpoint-file.js';
import { NEVER } from './config.js';
import { STDERR_LOGGER, SYSTEM_TIME, type StorageLogger, type Time } from './environment.js';
import { CLEANER_OFFSET_CHECKPOINT_FILE } from './file-names.js';
import type { Log, SwapStep } from './log.js';
import type { LogSegment } from './log-segment.js';

export interface LogCleanerOptions {
  logDirs: readonly string[];
  /** The logs to consider, each with the log dir holding it. */
  logs(): Iterable<{ log: Log; logDir: string }>;
  time?: Time;
  logger?: StorageLogger;
  /** log.cleaner.backoff.ms: sleep when no log needs cleaning (default 15000). */
  backoffMs?: number;
  /** log.cleaner.dedupe.buffer.size: memory of the offset map (default 32 MiB, about 1.3 M keys per pass). */
  dedupeBufferSize?: number;
  /** log.cleaner.io.buffer.load.factor: how full the offset map may get (default 0.9). */
  loadFactor?: number;
  /** Bytes read per step (default 512 KiB; each step's CPU work runs between other events). */
  ioBufferSize?: number;
  /** Test hook: called at each step of a swap; throwing simulates a crash there. */
  swapHook?: (log: Log, step: SwapStep) => void;
}

/** Where a log stands for the cleaner. */
export interface CleanableRange {
  firstDirtyOffset: number;
  firstUncleanableOffset: number;
  /** Bytes of the segments wholly before firstDirtyOffset. */
  cleanBytes: number;
  /** Bytes of the segments overlapping [firstDirtyOffset, firstUncleanableOffset). */
  cleanableBytes: number;
  /** The checkpoint was missing or invalid and was replaced by the log start offset. */
  checkpointReset: boolean;
}

export interface CleanSummary {
  log: Log;
  firstDirtyOffset: number;
  /** The new first dirty offset. */
  endOffset: number;
  stats: CleanerStats;
}

const key = (log: Log) => `${log.topicPartition.topic}-${log.topicPartition.partition}`;

/** Index of the last segment whose base offset is <= `offset` (0 if none). */
function floorIndex(segs: readonly LogSegment[], offset: number): number {
  let found = 0;
  for (let i = 0; i < segs.length && segs[i]!.baseOffset <= offset; i++) found = i;
  return found;
}

/** The cleanable range of `log` given its checkpointed first dirty offset (see the header). */
export function cleanableRange(log: Log, checkpoint: number | undefined, now: number): CleanableRange {
  const segs = log.segmentsSnapshot();
  const logStart = log.logStartOffset;
  let firstDirty = checkpoint ?? logStart;
  const checkpointReset = checkpoint === undefined || firstDirty < logStart || firstDirty > log.logEndOffset;
  if (checkpointReset) firstDirty = logStart;
  let upper = segs[segs.length - 1]!.baseOffset;
  upper = Math.min(upper, segs[floorIndex(segs, log.highWatermark)]!.baseOffset);
  upper = Math.min(upper, segs[floorIndex(segs, log.recoveryPoint)]!.baseOffset);
  const lag = log.config.minCompactionLagMs;
  if (lag > 0) {
    for (let i = floorIndex(segs, firstDirty); i < segs.length - 1 && segs[i]!.baseOffset < upper; i++) {
      if (segs[i]!.largestTimestamp > now - lag) {
        upper = segs[i]!.baseOffset;
        break;
      }
    }
  }
  const firstUncleanable = Math.max(firstDirty, upper);
  let cleanBytes = 0;
  let cleanableBytes = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const end = i + 1 < segs.length ? segs[i + 1]!.baseOffset : Infinity;
    if (end <= firstDirty) cleanBytes += s.size;
    else if (s.baseOffset < firstUncleanable) cleanableBytes += s.size;
  }
  return { firstDirtyOffset: firstDirty, firstUncleanableOffset: firstUncleanable, cleanBytes, cleanableBytes, checkpointReset };
}

interface Candidate {
  log: Log;
  logDir: string;
  range: CleanableRange;
  ratio: number;
}

interface Pass {
  log: Log;
  aborted: boolean;
  done: Promise<void>;
}

export class LogCleaner {
  private readonly logger: StorageLogger;
  private readonly time: Time;
  private readonly backoffMs: number;
  /** Per log dir: `topic-partition` -> first dirty offset. */
  private readonly checkpoints = new Map<string, Map<string, number>>();
  private readonly checkpointWrites = new Map<string, Promise<void>>();
  private readonly deleteHorizons = new WeakMap<Log, number>();
  private readonly paused = new WeakMap<Log, number>();
  private readonly uncleanable = new WeakSet<Log>();
  private map: CleanerOffsetMap | null = null;
  private current: Pass | null = null;
  /** Passes run one after the other: each waits for the previous one. */
  private serial: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private started = false;
  private stopped = false;
  /** The last completed pass (diagnostics, tests). */
  lastSummary: CleanSummary | null = null;

  constructor(private readonly opts: LogCleanerOptions) {
    this.logger = opts.logger ?? STDERR_LOGGER;
    this.time = opts.time ?? SYSTEM_TIME;
    this.backoffMs = opts.backoffMs ?? 15_000;
    for (const dir of opts.logDirs) {
      const entries = new Map<string, number>();
      try {
        for (const [k, e] of new OffsetCheckpointFile(path.join(dir, CLEANER_OFFSET_CHECKPOINT_FILE)).read()) entries.set(k, e.offset);
      } catch (e) {
        // Without it every compacted log is treated as dirty from its start: more work, same result.
        this.logger.warn(`ignoring unreadable ${CLEANER_OFFSET_CHECKPOINT_FILE} in ${dir}: ${(e as Error).message}`);
      }
      this.checkpoints.set(dir, entries);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Scheduling

  /** Starts the background loop (timers are unref'd). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.loop = this.cleanFilthiestLog()
        .catch((e: unknown) => {
          this.logger.error(`log cleaner pass failed: ${(e as Error).message}`);
          return null;
        })
        .then((summary) => this.schedule(summary ? 0 : this.backoffMs));
    }, ms);
    this.timer.unref();
  }

  /** Stops the loop, aborting a pass in progress, and waits for it and for checkpoint writes. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.current) this.current.aborted = true;
    await this.serial;
    await this.loop;
    await Promise.all(this.checkpointWrites.values());
  }

  /**
   * Stops cleaning `log` until resume(): aborts its pass if one runs and waits for it to end
   * (before a log is deleted or moved).
   */
  async abortAndPause(log: Log): Promise<void> {
    this.paused.set(log, (this.paused.get(log) ?? 0) + 1);
    const pass = this.current;
    if (pass && pass.log === log) {
      pass.aborted = true;
      await pass.done;
    }
  }

  resume(log: Log): void {
    const n = (this.paused.get(log) ?? 0) - 1;
    if (n > 0) this.paused.set(log, n);
    else this.paused.delete(log);
  }

  /** A truncation to `end`: a checkpoint beyond it is lowered (Kafka's maybeTruncateCheckpoint). */
  truncated(log: Log, logDir: string, end: number): void {
    const entries = this.checkpoints.get(logDir);
    const cp = entries?.get(key(log));
    if (entries && cp !== undefined && cp > end) {
      entries.set(key(log), end);
      void this.writeCheckpoint(logDir);
    }
  }

  /** The checkpointed first dirty offset of `log`, if any. */
  checkpointOf(log: Log, logDir: string): number | undefined {
    return this.checkpoints.get(logDir)?.get(key(log));
  }

  // ---------------------------------------------------------------------------------------
  // Passes

  /**
   * One pass: cleans the dirtiest eligible log, if any. Resolves with what was done, or null
   * when no log was eligible or the pass was aborted. Passes never overlap.
   */
  cleanFilthiestLog(now?: number): Promise<CleanSummary | null> {
    return this.serially(async () => {
      const at = now ?? this.time.now();
      const candidate = await this.grabFilthiestLog(at);
      return candidate ? this.runPass(candidate, at) : null;
    });
  }

  /** One pass over `log` whatever its dirty ratio (tests, tools); null if paused or aborted. */
  cleanLogNow(log: Log, logDir: string, now?: number): Promise<CleanSummary | null> {
    return this.serially(async () => {
      if (this.paused.has(log) || log.isClosed) return null;
      const at = now ?? this.time.now();
      const range = cleanableRange(log, this.checkpointOf(log, logDir), at);
      return this.runPass({ log, logDir, range, ratio: ratioOf(range) }, at);
    });
  }

  private serially<T>(fn: () => Promise<T | null>): Promise<T | null> {
    const run = this.serial.then(() => (this.stopped ? null : fn()));
    this.serial = run.catch(() => undefined);
    return run;
  }

  private async runPass(c: Candidate, now: number): Promise<CleanSummary | null> {
    const { log, logDir, range } = c;
    let finish!: () => void;
    const pass: Pass = { log, aborted: false, done: new Promise<void>((r) => (finish = r)) };
    this.current = pass;
    try {
      if (range.checkpointReset) this.setCheckpoint(log, logDir, range.firstDirtyOffset);
      this.map ??= new CleanerOffsetMap(this.opts.dedupeBufferSize ?? 32 * 1024 * 1024, this.opts.loadFactor ?? 0.9);
      const hook = this.opts.swapHook;
      const outcome = await cleanLog(
        { log, firstDirtyOffset: range.firstDirtyOffset, firstUncleanableOffset: range.firstUncleanableOffset },
        now,
        {
          map: this.map,
          ioBufferSize: this.opts.ioBufferSize ?? 512 * 1024,
          logger: this.logger,
          checkDone: () => {
            if (pass.aborted || this.stopped) throw new CleaningAbortedError(`cleaning of ${log.name} aborted`);
          },
          ...(hook ? { swapHook: (step: SwapStep) => hook(log, step) } : {}),
        },
      );
      this.setCheckpoint(log, logDir, outcome.endOffset);
      if (outcome.earliestDeleteHorizon !== null) this.deleteHorizons.set(log, outcome.earliestDeleteHorizon);
      else this.deleteHorizons.delete(log);
      const summary: CleanSummary = { log, firstDirtyOffset: range.firstDirtyOffset, endOffset: outcome.endOffset, stats: outcome.stats };
      this.lastSummary = summary;
      this.logger.info(describe(summary, c.ratio));
      return summary;
    } catch (e) {
      if (e instanceof CleaningAbortedError) {
        this.logger.info(`${e.message}`);
        return null;
      }
      this.uncleanable.add(log);
      this.logger.error(`cleaning ${log.name} failed; it will not be cleaned again until restart: ${(e as Error).message}`);
      return null;
    } finally {
      this.current = null;
      finish();
    }
  }

  private async grabFilthiestLog(now: number): Promise<Candidate | null> {
    let best: Candidate | null = null;
    for (const { log, logDir } of this.opts.logs()) {
      const config = log.config;
      if (!config.cleanupPolicy.includes('compact') || log.isClosed || log.isFailed) continue;
      if (this.paused.has(log) || this.uncleanable.has(log)) continue;
      const range = cleanableRange(log, this.checkpointOf(log, logDir), now);
      const total = range.cleanBytes + range.cleanableBytes;
      if (total === 0) continue;
      const ratio = ratioOf(range);
      let eligible = ratio > config.minCleanableDirtyRatio;
      if (!eligible && range.cleanableBytes > 0 && config.maxCompactionLagMs < NEVER) {
        eligible = await this.compactionLagExceeded(log, range.firstDirtyOffset, now - config.maxCompactionLagMs);
      }
      const horizon = this.deleteHorizons.get(log);
      if (!eligible && horizon !== undefined && now >= horizon) eligible = true;
      if (eligible && (!best || ratio > best.ratio)) best = { log, logDir, range, ratio };
    }
    return best;
  }

  /** Whether a closed dirty segment starts with a batch older than `limit`. */
  private async compactionLagExceeded(log: Log, firstDirty: number, limit: number): Promise<boolean> {
    const segs = log.segmentsSnapshot();
    for (let i = floorIndex(segs, firstDirty); i < segs.length - 1; i++) {
      const s = segs[i]!;
      if (!s.acquire()) continue;
      try {
        const ts = await s.firstBatchTimestamp();
        if (ts !== null && ts > 0 && ts < limit) return true;
      } finally {
        s.release();
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------
  // Checkpoints

  private setCheckpoint(log: Log, logDir: string, offset: number): void {
    let entries = this.checkpoints.get(logDir);
    if (!entries) this.checkpoints.set(logDir, (entries = new Map()));
    entries.set(key(log), offset);
    void this.writeCheckpoint(logDir);
  }

  /** Rewrites the dir's checkpoint with the logs that still exist; writes are serialized per dir. */
  private writeCheckpoint(logDir: string): Promise<void> {
    const previous = this.checkpointWrites.get(logDir) ?? Promise.resolve();
    const next = previous.then(async () => {
      const entries = this.checkpoints.get(logDir) ?? new Map<string, number>();
      const live = new Map<string, Log>();
      for (const e of this.opts.logs()) if (e.logDir === logDir) live.set(key(e.log), e.log);
      for (const k of [...entries.keys()]) if (!live.has(k)) entries.delete(k);
      const rows = [...entries.entries()]
        .map(([k, offset]) => ({ ...live.get(k)!.topicPartition, offset }))
        .sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
      await new OffsetCheckpointFile(path.join(logDir, CLEANER_OFFSET_CHECKPOINT_FILE)).write(rows);
    });
    const settled = next.catch((e: unknown) => this.logger.warn(`writing ${CLEANER_OFFSET_CHECKPOINT_FILE} in ${logDir} failed: ${(e as Error).message}`));
    this.checkpointWrites.set(logDir, settled);
    return settled;
  }
}

function ratioOf(r: CleanableRange): number {
  const total = r.cleanBytes + r.cleanableBytes;
  return total === 0 ? 0 : r.cleanableBytes / total;
}

function describe(s: CleanSummary, ratio: number): string {
  const st = s.stats;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(2);
  const ms = Math.max(1, st.doneAt - st.startedAt);
  return (
    `cleaned ${s.log.name}: dirty offsets [${s.firstDirtyOffset}, ${s.endOffset}) (dirty ratio ${ratio.toFixed(2)}), ` +
    `${st.segmentsReplaced} segment(s) swapped as ${st.groupsSwapped}, ${mb(st.bytesRead)} MB -> ${mb(st.bytesWritten)} MB, ` +
    `${st.recordsRead} -> ${st.recordsWritten} records, ${st.tombstonesRemoved} tombstone(s) removed, ${st.mapKeys} keys mapped, ` +
    `${ms} ms (map ${st.mapDoneAt - st.startedAt} ms, ${((st.bytesRead / ms) * 1000 / (1024 * 1024)).toFixed(1)} MB/s)`
  );
}
