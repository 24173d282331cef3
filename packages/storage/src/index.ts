/**
 * @samsa/storage: the partition log (segments, offset and time indexes, recovery, retention,
 * compaction, flush policy with group commit) and the LogManager that owns the logs of the log
 * dirs.
 */
export { Log } from './log.js';
export type { AppendOptions, AppendResult, LogOpenOptions, ReadOptions, ReadResult, SegmentInfo, SwapStep } from './log.js';
export { LogManager } from './log-manager.js';
export type { LogManagerOptions } from './log-manager.js';
export { LogCleaner, cleanableRange } from './log-cleaner.js';
export type { CleanableRange, CleanSummary, LogCleanerOptions } from './log-cleaner.js';
export type { CleanerStats } from './cleaner.js';
export { DEFAULT_LOG_CONFIG, LOG_CONFIG_NAMES, NEVER, resolveLogConfig } from './config.js';
export type { LogConfig } from './config.js';
export {
  CorruptRecordError,
  InvalidRecordError,
  KafkaStorageError,
  OffsetOutOfRangeError,
  RecordBatchTooLargeError,
  RecordTooLargeError,
  RecordValidationError,
  StorageError,
  StorageErrorCode,
  UnsupportedCompressionTypeError,
} from './errors.js';
export { NODE_IO, SILENT_LOGGER, STDERR_LOGGER, SYSTEM_TIME } from './environment.js';
export type { StorageIo, StorageLogger, Time, TopicPartition } from './environment.js';
export type { AppendOrigin } from './batch-validation.js';
export { findRecordByTimestamp } from './record-timestamps.js';
export type { RecordTimestampFinder } from './record-timestamps.js';
export { LeaderEpochCache } from './leader-epoch-cache.js';
export type { EpochEntry } from './leader-epoch-cache.js';
export { CheckpointFormatError, OffsetCheckpointFile } from './checkpoint-file.js';
export * from './file-names.js';
export { writeFileAtomic, writeFileAtomicSync } from './file-utils.js';
