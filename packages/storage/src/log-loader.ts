/**
 * Opening a partition folder: what Kafka's LogLoader does.
 *
 * 1. Remove leftovers of interrupted operations: `*.deleted` (segments waiting for
 *    file.delete.delay.ms), `*.tmp` (atomic writes), `*.cleaned` (compaction output never
 *    swapped in: the segments it was cleaned from are all still there), index files without a
 *    .log. Then finish interrupted compaction swaps (Log.replaceSegments describes the
 *    protocol): a `<base>.log.swap` is a complete cleaned segment whose swap had begun, so every
 *    remaining segment inside its offset range [base, its next offset) is deleted (some may
 *    already be `.deleted`, removed above) and the `.swap` files take their final names. A
 *    `.swap` index without its `.log.swap` is a leftover and is deleted (indexes are renamed
 *    before the .log, and rebuilt when missing).
 * 2. After an unclean shutdown, recover every segment from the one holding the recovery point
 *    on: re-read all batches (header, CRC, offsets), rebuild the indexes, truncate at the first
 *    torn or corrupt batch and delete every later segment. Bytes below the recovery point were
 *    fsynced, so the segments holding only them are trusted like after a clean shutdown.
 * 3. After a clean shutdown (and for the trusted segments), check instead of re-read: inactive
 *    segments get a cheap look at their index files (full validation happens when an index is
 *    first used), the active segment loads and validates its indexes and re-reads only the tail
 *    after the last index entry. Anything suspicious falls back to recovery of that segment.
 * 4. Reconcile the log start offset (from its checkpoint) with what survived.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CLEANED_FILE_SUFFIX,
  DELETED_FILE_SUFFIX,
  INDEX_FILE_SUFFIX,
  LOG_FILE_SUFFIX,
  SWAP_FILE_SUFFIX,
  TIME_INDEX_FILE_SUFFIX,
  TMP_FILE_SUFFIX,
  parseSegmentFileName,
  segmentFileName,
} from './file-names.js';
import { fsyncDir } from './file-utils.js';
import { LeaderEpochCache } from './leader-epoch-cache.js';
import { LogSegment, type SegmentContext } from './log-segment.js';

export interface LoadOptions {
  recoveryPoint: number;
  logStartOffset: number;
  cleanShutdown: boolean;
}

export interface LoadedLog {
  segments: LogSegment[];
  nextOffset: number;
  logStartOffset: number;
  recoveryPoint: number;
  leaderEpochCache: LeaderEpochCache;
}

function removeQuietly(file: string, ctx: SegmentContext): void {
  try {
    fs.unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') ctx.logger.warn(`could not remove ${file}: ${(e as Error).message}`);
  }
}

/**
 * Finishes an interrupted compaction swap of the cleaned segment `<base>.log.swap`: deletes
 * the segments it replaces (those starting inside its offset range, the one at `base`
 * included) and gives the swap files their final names. `logs` (base offsets of the live
 * segments) is updated.
 */
async function completeSwap(dir: string, base: number, logs: Set<number>, ctx: SegmentContext): Promise<void> {
  const swap = LogSegment.open(dir, base, ctx, SWAP_FILE_SUFFIX);
  // Validates the batches and rebuilds the indexes; it was fsynced before being named .swap.
  await swap.recover(false);
  const end = Math.max(swap.nextOffset, base + 1);
  const replaced = [...logs].filter((b) => b >= base && b < end).sort((a, b) => a - b);
  for (const b of replaced) {
    for (const suffix of [LOG_FILE_SUFFIX, INDEX_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX]) removeQuietly(path.join(dir, segmentFileName(b, suffix)), ctx);
    logs.delete(b);
  }
  swap.close();
  swap.changeFileSuffix('');
  logs.add(base);
  ctx.logger.warn(
    `completed an interrupted compaction swap in ${dir}: segment ${base} (offsets up to ${end - 1}) replaces ${replaced.length ? replaced.join(', ') : 'segments already deleted'}`,
  );
}

export async function loadLog(dir: string, ctx: SegmentContext, opts: LoadOptions): Promise<LoadedLog> {
  fs.mkdirSync(dir, { recursive: true });
  const logs = new Set<number>();
  const indexes: { name: string; baseOffset: number }[] = [];
  const swapLogs: number[] = [];
  const swapIndexes: { name: string; baseOffset: number }[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith(DELETED_FILE_SUFFIX) || name.endsWith(TMP_FILE_SUFFIX) || name.endsWith(CLEANED_FILE_SUFFIX)) {
      removeQuietly(file, ctx);
      continue;
    }
    if (name.endsWith(SWAP_FILE_SUFFIX)) {
      const swapped = parseSegmentFileName(name.slice(0, -SWAP_FILE_SUFFIX.length));
      if (!swapped) ctx.logger.warn(`leaving ${file} alone: not a segment file`);
      else if (swapped.kind === 'log') swapLogs.push(swapped.baseOffset);
      else swapIndexes.push({ name, baseOffset: swapped.baseOffset });
      continue;
    }
    const parsed = parseSegmentFileName(name);
    if (!parsed) continue;
    if (parsed.kind === 'log') logs.add(parsed.baseOffset);
    else indexes.push({ name, baseOffset: parsed.baseOffset });
  }
  for (const idx of swapIndexes) {
    if (!swapLogs.includes(idx.baseOffset)) {
      ctx.logger.warn(`removing ${path.join(dir, idx.name)}: a swap index without its segment`);
      removeQuietly(path.join(dir, idx.name), ctx);
    }
  }
  if (swapLogs.length) {
    for (const base of swapLogs.sort((a, b) => a - b)) await completeSwap(dir, base, logs, ctx);
    await fsyncDir(dir);
  }
  for (const idx of indexes) {
    if (!logs.has(idx.baseOffset)) {
      ctx.logger.warn(`removing orphan index ${path.join(dir, idx.name)}`);
      removeQuietly(path.join(dir, idx.name), ctx);
    }
  }

  const leaderEpochCache = new LeaderEpochCache(dir, ctx.logger);
  let segments = [...logs].sort((a, b) => a - b).map((base) => LogSegment.open(dir, base, ctx));

  if (segments.length > 0) {
    // Index of the segment holding the recovery point: it and everything after get recovered.
    let recoverFrom = segments.length;
    if (!opts.cleanShutdown) {
      recoverFrom = 0;
      for (let i = 0; i < segments.length; i++) if (segments[i]!.baseOffset <= opts.recoveryPoint) recoverFrom = i;
    }
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      const isLast = i === segments.length - 1;
      if (i >= recoverFrom) {
        const truncated = await seg.recover(isLast, leaderEpochCache);
        seg.markUnsynced();
        if (truncated > 0 && !isLast) {
          const dropped = segments.slice(i + 1);
          ctx.logger.warn(
            `recovery of ${dir} found corruption in segment ${seg.baseOffset}; deleting ${dropped.length} later segment(s): ${dropped.map((s) => s.baseOffset).join(', ')}`,
          );
          for (const s of dropped) {
            s.close();
            s.unlinkFiles();
          }
          segments = segments.slice(0, i + 1);
          break;
        }
      } else if (isLast) {
        const problem = await seg.restoreTail();
        if (problem) {
          ctx.logger.warn(`active segment ${seg.logPath} failed its check (${problem}); recovering it`);
          await seg.recover(true, leaderEpochCache);
          seg.markUnsynced();
        }
      } else {
        const problem = seg.loadInactive();
        if (problem) {
          ctx.logger.warn(`segment ${seg.logPath}: ${problem}; rebuilding its indexes`);
          await seg.recover(false);
        }
      }
    }
  }

  // A roll creates the next segment when offsets are assigned, before queued writes to the old
  // one land. A crash in between leaves an empty last segment starting past the end of the
  // data: drop it, or the unwritten offsets would become a permanent gap.
  while (segments.length > 1 && segments[segments.length - 1]!.size === 0) {
    const last = segments[segments.length - 1]!;
    const prev = segments[segments.length - 2]!;
    if (Number.isNaN(prev.nextOffset)) {
      const problem = await prev.restoreTail();
      if (problem) {
        ctx.logger.warn(`segment ${prev.logPath} failed its check (${problem}); recovering it`);
        await prev.recover(true, leaderEpochCache);
        prev.markUnsynced();
      }
    }
    if (prev.nextOffset >= last.baseOffset) break;
    ctx.logger.warn(`removing empty segment ${last.logPath}: the previous segment ends at ${prev.nextOffset}, offsets in between were never written`);
    last.close();
    last.unlinkFiles();
    segments.pop();
  }

  let nextOffset = segments.length ? segments[segments.length - 1]!.nextOffset : opts.logStartOffset;
  let logStartOffset = Math.max(opts.logStartOffset, segments.length ? segments[0]!.baseOffset : 0);
  if (logStartOffset > nextOffset || segments.length === 0) {
    if (segments.length) {
      ctx.logger.warn(`log start offset ${logStartOffset} of ${dir} is beyond its end ${nextOffset}; starting empty at ${logStartOffset}`);
      for (const s of segments) {
        s.close();
        s.unlinkFiles();
      }
    }
    segments = [LogSegment.create(dir, logStartOffset, ctx)];
    nextOffset = logStartOffset;
    leaderEpochCache.clear();
  }
  leaderEpochCache.truncateFromEnd(nextOffset);
  leaderEpochCache.truncateFromStart(logStartOffset);
  if (!opts.cleanShutdown) leaderEpochCache.persist();
  logStartOffset = Math.max(logStartOffset, segments[0]!.baseOffset);
  return {
    segments,
    nextOffset,
    logStartOffset,
    recoveryPoint: opts.cleanShutdown ? nextOffset : Math.min(opts.recoveryPoint, nextOffset),
    leaderEpochCache,
  };
}
