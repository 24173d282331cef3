/**
 * The effective per-topic configuration of a log. The broker resolves Kafka's topic-level
 * overrides and broker-level defaults (names in `LOG_CONFIG_NAMES`) into one of these.
 */

export interface LogConfig {
  /** segment.bytes: roll when the active segment would grow past this (at most 2 GiB - 1). */
  segmentBytes: number;
  /** segment.ms: roll when the newest timestamp is this much later than the segment's first. */
  segmentMs: number;
  /** segment.index.bytes: roll when the offset or time index would exceed this size. */
  segmentIndexBytes: number;
  /** index.interval.bytes: bytes appended between two entries of the sparse indexes. */
  indexIntervalBytes: number;
  /** retention.ms: delete segments whose newest timestamp is older than this; -1 keeps forever. */
  retentionMs: number;
  /** retention.bytes: delete oldest segments while the log is larger than this; -1 = unlimited. */
  retentionBytes: number;
  /** flush.messages: fsync once this many messages are unflushed (1 = before every ack). */
  flushMessages: number;
  /** flush.ms: fsync when the last flush is older than this (checked by the LogManager). */
  flushMs: number;
  /** max.message.bytes: largest batch accepted (whole batch, header included). */
  maxMessageBytes: number;
  /** message.timestamp.type: LogAppendTime makes the broker stamp every batch on append. */
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  /** file.delete.delay.ms: how long deleted segment files linger as `*.deleted`. */
  fileDeleteDelayMs: number;
  /**
   * cleanup.policy: 'delete' applies retention by time and size; 'compact' lets the log
   * cleaner keep only the latest record per key in the closed segments (log-cleaner.ts) and
   * makes append refuse records without a key. Both may be set.
   */
  cleanupPolicy: ('delete' | 'compact')[];
  /**
   * delete.retention.ms: how long a tombstone (a record with a null value) survives in a
   * compacted log, counted from the first cleaning that kept it (cleaner.ts, delete horizon).
   */
  deleteRetentionMs: number;
  /** min.cleanable.dirty.ratio: the share of dirty bytes at which a compacted log is cleaned. */
  minCleanableDirtyRatio: number;
  /** min.compaction.lag.ms: records newer than this stay uncompacted (segment granularity). */
  minCompactionLagMs: number;
  /** max.compaction.lag.ms: a dirty segment older than this is cleaned whatever the ratio. */
  maxCompactionLagMs: number;
}

/**
 * Kafka uses Long.MAX_VALUE for "never"; JavaScript numbers stop being exact at 2^53, so any
 * value at or above this is treated as never.
 */
export const NEVER = Number.MAX_SAFE_INTEGER;

export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  segmentIndexBytes: 10 * 1024 * 1024,
  indexIntervalBytes: 4096,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  retentionBytes: -1,
  flushMessages: NEVER,
  flushMs: NEVER,
  maxMessageBytes: 1024 * 1024 + 12,
  messageTimestampType: 'CreateTime',
  fileDeleteDelayMs: 60_000,
  cleanupPolicy: Object.freeze(['delete']) as ('delete' | 'compact')[],
  deleteRetentionMs: 24 * 60 * 60 * 1000,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: NEVER,
});

/** Kafka's names for each field: the topic-level config and the broker-level default. */
export const LOG_CONFIG_NAMES: Readonly<Record<keyof LogConfig, { topic: string; broker: string }>> = Object.freeze({
  segmentBytes: { topic: 'segment.bytes', broker: 'log.segment.bytes' },
  segmentMs: { topic: 'segment.ms', broker: 'log.roll.ms' },
  segmentIndexBytes: { topic: 'segment.index.bytes', broker: 'log.index.size.max.bytes' },
  indexIntervalBytes: { topic: 'index.interval.bytes', broker: 'log.index.interval.bytes' },
  retentionMs: { topic: 'retention.ms', broker: 'log.retention.ms' },
  retentionBytes: { topic: 'retention.bytes', broker: 'log.retention.bytes' },
  flushMessages: { topic: 'flush.messages', broker: 'log.flush.interval.messages' },
  flushMs: { topic: 'flush.ms', broker: 'log.flush.interval.ms' },
  maxMessageBytes: { topic: 'max.message.bytes', broker: 'message.max.bytes' },
  messageTimestampType: { topic: 'message.timestamp.type', broker: 'log.message.timestamp.type' },
  fileDeleteDelayMs: { topic: 'file.delete.delay.ms', broker: 'log.segment.delete.delay.ms' },
  cleanupPolicy: { topic: 'cleanup.policy', broker: 'log.cleanup.policy' },
  deleteRetentionMs: { topic: 'delete.retention.ms', broker: 'log.cleaner.delete.retention.ms' },
  minCleanableDirtyRatio: { topic: 'min.cleanable.dirty.ratio', broker: 'log.cleaner.min.cleanable.ratio' },
  minCompactionLagMs: { topic: 'min.compaction.lag.ms', broker: 'log.cleaner.min.compaction.lag.ms' },
  maxCompactionLagMs: { topic: 'max.compaction.lag.ms', broker: 'log.cleaner.max.compaction.lag.ms' },
});

const INT32_MAX = 2 ** 31 - 1;

/** A complete config from a partial one (missing fields take Kafka's defaults), checked for sanity. */
export function resolveLogConfig(partial: Partial<LogConfig> = {}): LogConfig {
  const c: LogConfig = { ...DEFAULT_LOG_CONFIG, ...partial, cleanupPolicy: [...(partial.cleanupPolicy ?? DEFAULT_LOG_CONFIG.cleanupPolicy)] };
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`invalid log config: ${what}`);
  };
  // Positions in the offset index are int32, so a segment cannot exceed 2 GiB.
  check(Number.isInteger(c.segmentBytes) && c.segmentBytes >= 14 && c.segmentBytes <= INT32_MAX, `segmentBytes=${c.segmentBytes}`);
  check(c.segmentMs >= 1, `segmentMs=${c.segmentMs}`);
  check(Number.isInteger(c.segmentIndexBytes) && c.segmentIndexBytes >= 12, `segmentIndexBytes=${c.segmentIndexBytes}`);
  check(Number.isInteger(c.indexIntervalBytes) && c.indexIntervalBytes >= 0, `indexIntervalBytes=${c.indexIntervalBytes}`);
  check(c.flushMessages >= 1, `flushMessages=${c.flushMessages}`);
  check(c.flushMs >= 0, `flushMs=${c.flushMs}`);
  check(Number.isInteger(c.maxMessageBytes) && c.maxMessageBytes >= 0, `maxMessageBytes=${c.maxMessageBytes}`);
  check(c.messageTimestampType === 'CreateTime' || c.messageTimestampType === 'LogAppendTime', `messageTimestampType=${c.messageTimestampType}`);
  check(c.fileDeleteDelayMs >= 0, `fileDeleteDelayMs=${c.fileDeleteDelayMs}`);
  check(c.cleanupPolicy.every((p) => p === 'delete' || p === 'compact'), `cleanupPolicy=${c.cleanupPolicy.join(',')}`);
  check(c.deleteRetentionMs >= 0, `deleteRetentionMs=${c.deleteRetentionMs}`);
  check(c.minCleanableDirtyRatio >= 0 && c.minCleanableDirtyRatio <= 1, `minCleanableDirtyRatio=${c.minCleanableDirtyRatio}`);
  check(c.minCompactionLagMs >= 0, `minCompactionLagMs=${c.minCompactionLagMs}`);
  check(c.maxCompactionLagMs >= 1, `maxCompactionLagMs=${c.maxCompactionLagMs}`);
  // Kafka's Long.MAX_VALUE ("never") arrives as a number past 2^53: keep it as NEVER.
  for (const k of ['deleteRetentionMs', 'minCompactionLagMs', 'maxCompactionLagMs'] as const) c[k] = Math.min(c[k], NEVER);
  return c;
}
