/**
 * All partition logs of the broker's log dirs (`log.dirs`), their checkpoints and background
 * work, as Kafka's LogManager.
 *
 * Per log dir it keeps these checkpoint files (format in checkpoint-file.ts):
 *   recovery-point-offset-checkpoint   each log's recovery point: recovery after a crash
 *                                      starts at the segment holding it
 *   log-start-offset-checkpoint        each log's log start offset (DeleteRecords, retention)
 *   cleaner-offset-checkpoint          each compacted log's first dirty offset, kept by the
 *                                      log cleaner (log-cleaner.ts), which this class runs
 * and the clean shutdown marker `.samsa_cleanshutdown`, an empty file written last by
 * shutdown() after every log of the dir was flushed and closed, and removed by open() once the
 * logs are loaded. Its presence tells the next start that recovery can be skipped.
 *
 * Checkpoints lag: they are written every log.flush.offset.checkpoint.interval.ms and on
 * shutdown, so after a crash recovery starts at an older point than the true one. That only
 * costs re-reading; it never trusts unsynced data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OffsetCheckpointFile } from './checkpoint-file.js';
import { type LogConfig, resolveLogConfig } from './config.js';
import { NODE_IO, STDERR_LOGGER, SYSTEM_TIME, type StorageIo, type StorageLogger, type Time, type TopicPartition } from './environment.js';
import {
  CLEAN_SHUTDOWN_FILE,
  DELETE_DIR_SUFFIX,
  LOG_START_OFFSET_CHECKPOINT_FILE,
  RECOVERY_POINT_CHECKPOINT_FILE,
  deleteDirName,
  parseLogDirName,
} from './file-names.js';
import { existsSync, fsyncDir } from './file-utils.js';
import { Log, type LogOpenOptions } from './log.js';
import { LogCleaner, type LogCleanerOptions } from './log-cleaner.js';
import type { RecordTimestampFinder } from './record-timestamps.js';

export interface LogManagerOptions {
  /** Broker-level defaults (missing fields: Kafka's defaults). */
  defaultConfig?: Partial<LogConfig>;
  /**
   * Effective config of a topic, consulted when its logs are loaded or created without an
   * explicit config; null/undefined means defaultConfig.
   */
  topicConfig?(topic: string): Partial<LogConfig> | null | undefined;
  logger?: StorageLogger;
  time?: Time;
  io?: StorageIo;
  writeMode?: LogOpenOptions['writeMode'];
  recordTimestampFinder?: RecordTimestampFinder;
  /** log.retention.check.interval.ms (default 300000). */
  retentionCheckIntervalMs?: number;
  /** How often flush.ms is checked, log.flush.scheduler.interval.ms (default 1000). */
  flushCheckIntervalMs?: number;
  /** log.flush.offset.checkpoint.interval.ms: recovery point checkpoints (default 60000). */
  checkpointIntervalMs?: number;
  /** log.flush.start.offset.checkpoint.interval.ms (default: checkpointIntervalMs). */
  logStartOffsetCheckpointIntervalMs?: number;
  /** num.recovery.threads.per.data.dir: logs loaded concurrently per dir (default 1). */
  recoveryThreadsPerDataDir?: number;
  /**
   * The log cleaner (compaction of cleanup.policy=compact logs), started with the other
   * background tasks unless `enabled` is false (log.cleaner.enable).
   */
  cleaner?: Pick<LogCleanerOptions, 'backoffMs' | 'dedupeBufferSize' | 'ioBufferSize' | 'loadFactor' | 'swapHook'> & { enabled?: boolean };
}

interface Entry {
  log: Log;
  logDir: string;
}

const key = (topic: string, partition: number) => `${topic}-${partition}`;

/** The longest delay Node's timers accept (2^31 - 1 ms, about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class LogManager {
  readonly logDirs: readonly string[];
  private readonly logs = new Map<string, Entry>();
  private readonly creating = new Map<string, Promise<Log>>();
  private readonly creatingIn = new Map<string, string>();
  private readonly deletions = new Set<Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly logger: StorageLogger;
  private readonly time: Time;
  private stopped = false;
  /** Compaction of the logs whose cleanup.policy includes compact. */
  readonly cleaner: LogCleaner;

  private constructor(
    dirs: string[],
    private readonly opts: LogManagerOptions,
  ) {
    this.logDirs = dirs;
    this.logger = opts.logger ?? STDERR_LOGGER;
    this.time = opts.time ?? SYSTEM_TIME;
    const { enabled: _enabled, ...cleanerOpts } = opts.cleaner ?? {};
    this.cleaner = new LogCleaner({
      ...cleanerOpts,
      logDirs: dirs,
      logs: () => this.logs.values(),
      logger: this.logger,
      time: this.time,
    });
  }

  /** Registers a log loaded or created in `logDir`. */
  private adopt(k: string, log: Log, logDir: string): void {
    this.logs.set(k, { log, logDir });
    log.onTruncate((end) => this.cleaner.truncated(log, logDir, end));
  }

  /** Loads every `<topic>-<partition>` folder of every log dir, recovering after an unclean shutdown. */
  static async open(dirs: string[], opts: LogManagerOptions): Promise<LogManager> {
    if (dirs.length === 0) throw new RangeError('at least one log dir is required');
    resolveLogConfig(opts.defaultConfig ?? {});
    const mgr = new LogManager(
      dirs.map((d) => path.resolve(d)),
      opts,
    );
    for (const dir of mgr.logDirs) await mgr.loadDir(dir);
    return mgr;
  }

  private async loadDir(dir: string): Promise<void> {
    await fs.promises.mkdir(dir, { recursive: true });
    const marker = path.join(dir, CLEAN_SHUTDOWN_FILE);
    const cleanShutdown = existsSync(marker);
    const recoveryPoints = this.readCheckpoint(path.join(dir, RECOVERY_POINT_CHECKPOINT_FILE));
    const logStartOffsets = this.readCheckpoint(path.join(dir, LOG_START_OFFSET_CHECKPOINT_FILE));
    const todo: TopicPartition[] = [];
    for (const name of await fs.promises.readdir(dir)) {
      const full = path.join(dir, name);
      if (!(await fs.promises.stat(full)).isDirectory()) continue;
      if (name.endsWith(DELETE_DIR_SUFFIX)) {
        this.removeInBackground(full);
        continue;
      }
      const tp = parseLogDirName(name);
      if (!tp) {
        this.logger.warn(`ignoring ${full}: not a <topic>-<partition> folder`);
        continue;
      }
      const k = key(tp.topic, tp.partition);
      const other = this.logs.get(k);
      if (other) throw new Error(`${k} exists in both ${other.logDir} and ${dir}`);
      todo.push(tp);
    }
    if (!cleanShutdown && todo.length) this.logger.warn(`${dir} was not shut down cleanly; recovering ${todo.length} log(s) from their recovery points`);
    const started = this.time.now();
    const threads = Math.max(1, this.opts.recoveryThreadsPerDataDir ?? 1);
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const tp = todo[next++]!;
        const k = key(tp.topic, tp.partition);
        const log = await Log.open(dir, tp, this.configFor(tp.topic), {
          ...this.logOptions(),
          recoveryPoint: recoveryPoints.get(k) ?? 0,
          logStartOffset: logStartOffsets.get(k) ?? 0,
          cleanShutdown,
        });
        this.adopt(k, log, dir);
      }
    };
    await Promise.all(Array.from({ length: Math.min(threads, Math.max(1, todo.length)) }, worker));
    this.logger.info(`loaded ${todo.length} log(s) from ${dir} in ${this.time.now() - started} ms (clean shutdown: ${cleanShutdown})`);
    if (cleanShutdown) {
      // From here on a crash is unclean again.
      await fs.promises.rm(marker, { force: true });
      await fsyncDir(dir);
    }
  }

  private readCheckpoint(file: string): Map<string, number> {
    const out = new Map<string, number>();
    try {
      for (const [k, e] of new OffsetCheckpointFile(file).read()) out.set(k, e.offset);
    } catch (e) {
      // Without it every log is recovered from offset 0 (recovery points) or keeps its first
      // segment as start (log start offsets): slower, never unsafe for data.
      this.logger.warn(`ignoring unreadable checkpoint ${file}: ${(e as Error).message}`);
    }
    return out;
  }

  private logOptions(): LogOpenOptions {
    const o: LogOpenOptions = { logger: this.logger, time: this.time, io: this.opts.io ?? NODE_IO };
    if (this.opts.writeMode) o.writeMode = this.opts.writeMode;
    if (this.opts.recordTimestampFinder) o.recordTimestampFinder = this.opts.recordTimestampFinder;
    return o;
  }

  private configFor(topic: string): Partial<LogConfig> {
    return { ...(this.opts.defaultConfig ?? {}), ...(this.opts.topicConfig?.(topic) ?? {}) };
  }

  // ---------------------------------------------------------------------------------------
  // Logs

  getLog(topic: string, partition: number): Log | undefined {
    return this.logs.get(key(topic, partition))?.log;
  }

  allPartitions(): TopicPartition[] {
    return [...this.logs.values()].map((e) => ({ ...e.log.topicPartition }));
  }

  allLogs(): Log[] {
    return [...this.logs.values()].map((e) => e.log);
  }

  /** The log dir holding a partition. */
  logDirOf(topic: string, partition: number): string | undefined {
    return this.logs.get(key(topic, partition))?.logDir;
  }

  /** The existing log, or a new empty one in the log dir holding the fewest logs. */
  getOrCreateLog(topic: string, partition: number, config?: Partial<LogConfig>): Promise<Log> {
    const k = key(topic, partition);
    const existing = this.logs.get(k);
    if (existing) return Promise.resolve(existing.log);
    const pending = this.creating.get(k);
    if (pending) return pending;
    if (this.stopped) return Promise.reject(new Error('log manager is shut down'));
    const counts = new Map(this.logDirs.map((d) => [d, 0]));
    for (const d of [...[...this.logs.values()].map((e) => e.logDir), ...this.creatingIn.values()]) counts.set(d, (counts.get(d) ?? 0) + 1);
    const dir = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    const p = Log.open(dir, { topic, partition }, config ?? this.configFor(topic), this.logOptions())
      .then((log) => {
        this.adopt(k, log, dir);
        this.logger.info(`created log ${k} in ${dir}`);
        return log;
      })
      .finally(() => {
        this.creating.delete(k);
        this.creatingIn.delete(k);
      });
    this.creating.set(k, p);
    this.creatingIn.set(k, dir);
    return p;
  }

  /** Stops the log, renames its folder to `<topic>-<partition>.<id>-delete`, and removes that in the background. */
  async deleteLog(topic: string, partition: number): Promise<void> {
    const k = key(topic, partition);
    const entry = this.logs.get(k);
    if (!entry) return;
    this.logs.delete(k);
    await this.cleaner.abortAndPause(entry.log);
    await entry.log.closeForDeletion();
    const target = path.join(entry.logDir, deleteDirName({ topic, partition }));
    await fs.promises.rename(entry.log.dir, target);
    await fsyncDir(entry.logDir);
    this.logger.info(`deleted log ${k} (renamed to ${path.basename(target)})`);
    this.removeInBackground(target);
  }

  private removeInBackground(dir: string): void {
    const p: Promise<void> = fs.promises
      .rm(dir, { recursive: true, force: true })
      .catch((e: unknown) => this.logger.warn(`could not remove ${dir}: ${(e as Error).message}`))
      .finally(() => this.deletions.delete(p));
    this.deletions.add(p);
  }

  /** Re-reads the effective config of `topic` (after an AlterConfigs) into its logs. */
  updateTopicConfig(topic: string, config?: Partial<LogConfig>): void {
    const c = config ?? this.configFor(topic);
    for (const { log } of this.logs.values()) if (log.topicPartition.topic === topic) log.updateConfig(c);
  }

  // ---------------------------------------------------------------------------------------
  // Background work

  /**
   * Retention, time-based flush, checkpoints and the log cleaner on timers (unref'd: they never
   * keep the process alive).
   */
  startBackgroundTasks(): void {
    if (this.timers.length || this.stopped) return;
    if (this.opts.cleaner?.enabled !== false) this.cleaner.start();
    const every = (ms: number, name: string, task: () => Promise<unknown>) => {
      // An interval a timer cannot hold (Kafka's Long.MAX "never") is not scheduled at all:
      // Node would clamp it to 1 ms and run the task continuously.
      if (!(ms > 0 && ms <= MAX_TIMER_MS)) return;
      let busy = false;
      const t = setInterval(() => {
        if (busy || this.stopped) return;
        busy = true;
        const p = task()
          .catch((e: unknown) => this.logger.error(`${name} failed: ${(e as Error).message}`))
          .finally(() => {
            busy = false;
            this.running.delete(p);
          });
        this.running.add(p);
      }, ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.opts.retentionCheckIntervalMs ?? 300_000, 'log retention', () => this.cleanupLogs());
    const checkpointMs = this.opts.checkpointIntervalMs ?? 60_000;
    every(this.opts.flushCheckIntervalMs ?? 1000, 'log flusher', () => this.flushDirtyLogs());
    every(checkpointMs, 'recovery point checkpoint', () => this.checkpointRecoveryPoints());
    every(this.opts.logStartOffsetCheckpointIntervalMs ?? checkpointMs, 'log start offset checkpoint', () => this.checkpointLogStartOffsets());
  }

  /** One retention pass over every log; returns the number of segments deleted. */
  async cleanupLogs(now = this.time.now()): Promise<number> {
    let total = 0;
    for (const log of this.allLogs()) {
      if (log.isClosed) continue;
      try {
        total += await log.deleteOldSegments(now);
      } catch (e) {
        this.logger.error(`retention of ${log.name} failed: ${(e as Error).message}`);
      }
    }
    return total;
  }

  /** Flushes every log whose flush.ms elapsed; returns how many were flushed. */
  async flushDirtyLogs(now = this.time.now()): Promise<number> {
    let n = 0;
    for (const log of this.allLogs()) {
      try {
        if (await log.flushIfDue(now)) n++;
      } catch (e) {
        this.logger.error(`flush of ${log.name} failed: ${(e as Error).message}`);
      }
    }
    return n;
  }

  async checkpointRecoveryPoints(): Promise<void> {
    await this.writeCheckpoints(RECOVERY_POINT_CHECKPOINT_FILE, (log) => log.recoveryPoint);
  }

  async checkpointLogStartOffsets(): Promise<void> {
    await this.writeCheckpoints(LOG_START_OFFSET_CHECKPOINT_FILE, (log) => log.logStartOffset);
  }

  private async writeCheckpoints(file: string, value: (log: Log) => number): Promise<void> {
    for (const dir of this.logDirs) {
      const entries = [...this.logs.values()]
        .filter((e) => e.logDir === dir)
        .map((e) => ({ ...e.log.topicPartition, offset: value(e.log) }))
        .sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
      await new OffsetCheckpointFile(path.join(dir, file)).write(entries);
    }
  }

  /**
   * Clean shutdown: stop background work, flush and close every log, write both checkpoints,
   * then the clean shutdown marker of each dir whose logs all closed without error.
   */
  async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
    await this.cleaner.shutdown();
    await Promise.allSettled([...this.running, ...this.creating.values()]);
    const failedDirs = new Set<string>();
    await Promise.all(
      [...this.logs.values()].map(async ({ log, logDir }) => {
        try {
          if (log.isFailed) throw new Error('log had an I/O failure');
          await log.close();
        } catch (e) {
          failedDirs.add(logDir);
          this.logger.error(`closing ${log.name} failed: ${(e as Error).message}`);
          await log.closeForDeletion().catch(() => {});
        }
      }),
    );
    await this.checkpointRecoveryPoints();
    await this.checkpointLogStartOffsets();
    for (const dir of this.logDirs) {
      if (failedDirs.has(dir)) continue;
      const marker = path.join(dir, CLEAN_SHUTDOWN_FILE);
      const fh = await fs.promises.open(marker, 'w');
      await fh.sync();
      await fh.close();
      await fsyncDir(dir);
    }
    await Promise.allSettled([...this.deletions]);
    this.logger.info(`log manager shut down (${this.logs.size} log(s))`);
  }
}

