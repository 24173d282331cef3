/**
 * Names of the files and folders of a log directory (`log.dirs` entry), as Kafka lays them out:
 *
 *   <log dir>/
 *     recovery-point-offset-checkpoint     offsets up to which each partition was fsynced
 *     log-start-offset-checkpoint          each partition's log start offset
 *     cleaner-offset-checkpoint            each compacted partition's first dirty offset
 *     .samsa_cleanshutdown                 present only after a clean shutdown
 *     <topic>-<partition>/                 one folder per partition
 *       00000000000000000000.log           record batches (segment named by its base offset)
 *       00000000000000000000.index         offset index of that segment
 *       00000000000000000000.timeindex     time index of that segment
 *       leader-epoch-checkpoint            leader epoch -> start offset
 *       00000000000000000000.log.cleaned   compaction output being written (and its
 *       (.index.cleaned, .timeindex.cleaned) indexes); deleted when found on load
 *       00000000000000000000.log.swap      compaction output being swapped in; the loader
 *       (.index.swap, .timeindex.swap)       finishes the swap (see log-loader.ts)
 *       *.deleted                          segment files waiting for file.delete.delay.ms
 *       (reserved, not written yet: <offset>.snapshot producer state, .txnindex aborted
 *        transactions)
 *     <topic>-<partition>.<id>-delete/     a deleted partition waiting for removal
 */
import { randomUUID } from 'node:crypto';
import type { TopicPartition } from './environment.js';

export const LOG_FILE_SUFFIX = '.log';
export const INDEX_FILE_SUFFIX = '.index';
export const TIME_INDEX_FILE_SUFFIX = '.timeindex';
/** Reserved for the transaction index and producer state snapshots. */
export const TXN_INDEX_FILE_SUFFIX = '.txnindex';
export const PRODUCER_SNAPSHOT_FILE_SUFFIX = '.snapshot';
/** A segment file waiting for `file.delete.delay.ms` before it is unlinked. */
export const DELETED_FILE_SUFFIX = '.deleted';
/** Compaction: output being written, and output being swapped in (cleaner.ts, log-loader.ts). */
export const CLEANED_FILE_SUFFIX = '.cleaned';
export const SWAP_FILE_SUFFIX = '.swap';
/** Temporary file of an atomic write. */
export const TMP_FILE_SUFFIX = '.tmp';

export const DELETE_DIR_SUFFIX = '-delete';
export const FUTURE_DIR_SUFFIX = '-future';
export const STRAY_DIR_SUFFIX = '-stray';

export const RECOVERY_POINT_CHECKPOINT_FILE = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT_FILE = 'log-start-offset-checkpoint';
export const CLEANER_OFFSET_CHECKPOINT_FILE = 'cleaner-offset-checkpoint';
export const LEADER_EPOCH_CHECKPOINT_FILE = 'leader-epoch-checkpoint';
export const CLEAN_SHUTDOWN_FILE = '.samsa_cleanshutdown';

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex)$/;

/** The 20-digit zero-padded base offset every segment file is named by. */
export function offsetToFilenamePrefix(offset: number): string {
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`bad segment base offset ${offset}`);
  return String(offset).padStart(20, '0');
}

export function segmentFileName(baseOffset: number, suffix: string): string {
  return offsetToFilenamePrefix(baseOffset) + suffix;
}

/** The base offset and kind of a segment file name, or null for any other name. */
export function parseSegmentFileName(name: string): { baseOffset: number; kind: 'log' | 'index' | 'timeindex' } | null {
  const m = SEGMENT_FILE.exec(name);
  if (!m) return null;
  const baseOffset = Number(m[1]);
  if (!Number.isSafeInteger(baseOffset)) return null;
  return { baseOffset, kind: m[2] as 'log' | 'index' | 'timeindex' };
}

export function logDirName(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** `<topic>-<partition>.<32 hex>-delete`: unique, so a re-created topic can be deleted again at once. */
export function deleteDirName(tp: TopicPartition): string {
  // A 249-character topic leaves no room for the suffix within the 255-byte file name limit,
  // so the name part is cut short; the folder is only ever deleted, never parsed back.
  const suffix = `.${randomUUID().replace(/-/g, '')}${DELETE_DIR_SUFFIX}`;
  return logDirName(tp).slice(0, MAX_FILE_NAME_LENGTH - suffix.length) + suffix;
}

/** Linux file systems limit one path component to 255 bytes (topic names are ASCII). */
const MAX_FILE_NAME_LENGTH = 255;

/** Parses a partition folder name; null for anything else (including -delete/-future/-stray folders). */
export function parseLogDirName(name: string): TopicPartition | null {
  if (name.endsWith(DELETE_DIR_SUFFIX) || name.endsWith(FUTURE_DIR_SUFFIX) || name.endsWith(STRAY_DIR_SUFFIX)) return null;
  const dash = name.lastIndexOf('-');
  if (dash <= 0) return null;
  const topic = name.slice(0, dash);
  const digits = name.slice(dash + 1);
  if (!/^\d{1,10}$/.test(digits)) return null;
  const partition = Number(digits);
  if (partition > 2 ** 31 - 1) return null;
  // Kafka's legal topic characters; anything else is not one of our folders.
  if (!/^[a-zA-Z0-9._-]{1,249}$/.test(topic)) return null;
  return { topic, partition };
}
