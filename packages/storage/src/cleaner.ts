/**
 * Compaction of one log: one cleaning pass, as run by the LogCleaner (log-cleaner.ts), which
 * decides when and where.
 *
 * A log is, from its start: a clean part (compacted before, up to the first dirty offset kept
 * in cleaner-offset-checkpoint), a dirty cleanable part (closed segments written since), and an
 * uncleanable tail (the active segment, and segments too recent for min.compaction.lag.ms or
 * not yet fsynced). A pass:
 *
 * 1. Maps every key of the dirty cleanable part to the offset of its last record there
 *    (cleaner-offset-map.ts). If the map fills up, the pass covers the dirty part only up to the
 *    last offset mapped (`endOffset`); the next pass continues from there.
 * 2. Rewrites every segment below `endOffset`, clean part included, keeping a record when
 *      - it lies past the mapped range (offset > the map's last offset), or
 *      - it has a key, no later record of that key was mapped, and it is not an expired
 *        tombstone (null value past its delete horizon, see below).
 *    Records without a key are dropped (a compacted topic refuses them on append; older ones
 *    came from before the topic was compacted, as Kafka does).
 * 3. Groups consecutive segments so each output segment stays within segment.bytes, the index
 *    size limit and int32 relative offsets, writes each group into one `<base>.log.cleaned`
 *    (with its indexes), fsyncs it, and swaps it in for the group (Log.replaceSegments). Files
 *    and offsets of one group change atomically; readers never see a half-written segment.
 *
 * Offsets never change. A batch keeps its base offset and lastOffsetDelta even when records go
 * (records carry their own offset deltas), so offsets inside a batch may have gaps, as in
 * Kafka. A batch with all records gone disappears, except the one that ends exactly at the
 * pass's upper bound: it stays as an empty batch (header only, recordCount 0), so the offset
 * just below the uncleanable part, and thus the log end after a restart with an empty active
 * segment, stays known (Kafka does the same).
 *
 * Batches are copied byte for byte when nothing in them changes. Otherwise the kept records are
 * re-encoded into one batch with the same header fields (producer id, epoch, sequence, leader
 * epoch, timestamp type, transactional flag) and the same codec (compressed batches are
 * decompressed, filtered and recompressed).
 *
 * Tombstones: the delete-horizon rule of Kafka 3.x (KIP-534). The first pass that keeps a
 * tombstone — it is then the latest record of its key, and the same pass removed that key's
 * older records — rewrites its batch with the "delete horizon" attribute bit set and
 * baseTimestamp = now + delete.retention.ms (record timestamps are unchanged: their deltas are
 * re-based). A later pass drops the tombstone once the clock passes the horizon. So a tombstone
 * stays readable for at least delete.retention.ms after the first cleaning that saw it, long
 * enough for a consumer reading from the start to see the delete. The cleaner also runs a pass
 * for a log whose earliest kept horizon has passed even when nothing is dirty (log-cleaner.ts).
 *
 * Control batches (transaction markers) are kept as they are. Transactions do not exist yet:
 * when they do, records of aborted transactions must go, markers must follow the tombstone rule
 * once their transaction's records are gone, and the pass must stop at the last stable offset.
 * Likewise there is no producer state yet; Kafka keeps the last batch of every active
 * idempotent producer (possibly empty) to preserve its sequence numbers.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  ATTR_COMPRESSION_MASK,
  ATTR_CONTROL,
  ATTR_DELETE_HORIZON,
  ATTR_TIMESTAMP_TYPE_LOG_APPEND,
  ATTRIBUTES_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  LOG_OVERHEAD,
  RECORD_COUNT_OFFSET,
  TimestampType,
  batchSize,
  crc32c,
  decodeRecordBatch,
  encodeRecordBatch,
  isCrcValid,
  readBatchHeader,
  readMaxTimestamp,
  type CompressionType,
  type KafkaRecord,
} from '@samsa/protocol';
import { batchLastOffset } from './batch-validation.js';
import type { CleanerOffsetMap } from './cleaner-offset-map.js';
import { NEVER } from './config.js';
import type { StorageLogger } from './environment.js';
import { writevAt } from './file-utils.js';
import type { Log, SwapStep } from './log.js';
import { type AppendedBatch, LogSegment } from './log-segment.js';

const INT32_MAX = 2 ** 31 - 1;

/** The pass was stopped (shutdown, log deleted or truncated, segments gone): nothing is wrong. */
export class CleaningAbortedError extends Error {
  override name = 'CleaningAbortedError';
}

export interface CleanerStats {
  /** Bytes and records of the segments rewritten. */
  bytesRead: number;
  recordsRead: number;
  bytesWritten: number;
  recordsWritten: number;
  /** Bytes read to build the offset map, and the keys it holds. */
  mapBytesRead: number;
  mapKeys: number;
  /** Groups swapped in, and segments they replaced. */
  groupsSwapped: number;
  segmentsReplaced: number;
  /** Tombstones dropped past their delete horizon. */
  tombstonesRemoved: number;
  startedAt: number;
  mapDoneAt: number;
  doneAt: number;
}

export interface CleanRange {
  log: Log;
  /** The first offset not cleaned before (from cleaner-offset-checkpoint). */
  firstDirtyOffset: number;
  /** A segment base offset: everything from there on is left alone. */
  firstUncleanableOffset: number;
}

export interface CleanOutcome {
  /** First offset this pass did not clean: the new checkpoint. */
  endOffset: number;
  stats: CleanerStats;
  /** Earliest delete horizon of the tombstones kept in the rewritten segments, or null. */
  earliestDeleteHorizon: number | null;
}

export interface CleanerOptions {
  map: CleanerOffsetMap;
  /** Bytes read per step (a larger batch is read whole). */
  ioBufferSize: number;
  logger: StorageLogger;
  /** Throws CleaningAbortedError when the pass must stop; called between steps. */
  checkDone(): void;
  /** Test hook passed to Log.replaceSegments (crash simulation). */
  swapHook?: (step: SwapStep) => void;
}

function emptyStats(now: number): CleanerStats {
  return {
    bytesRead: 0,
    recordsRead: 0,
    bytesWritten: 0,
    recordsWritten: 0,
    mapBytesRead: 0,
    mapKeys: 0,
    groupsSwapped: 0,
    segmentsReplaced: 0,
    tombstonesRemoved: 0,
    startedAt: now,
    mapDoneAt: now,
    doneAt: now,
  };
}

/** One cleaning pass over `range.log` at time `now`. */
export async function cleanLog(range: CleanRange, now: number, opts: CleanerOptions): Promise<CleanOutcome> {
  const { log, firstDirtyOffset, firstUncleanableOffset } = range;
  const stats = emptyStats(Date.now());
  const truncationsAtStart = log.truncations;
  const all = log.segmentsSnapshot();
  // Pin every segment this pass may read, so retention or a truncation cannot close them
  // under it; whether they are still part of the log is checked again at each swap.
  const pinned = all.filter((s) => s.baseOffset < firstUncleanableOffset);
  const acquired: LogSegment[] = [];
  try {
    for (const s of pinned) {
      if (!s.acquire()) throw new CleaningAbortedError(`segment ${s.baseOffset} of ${log.name} went away`);
      acquired.push(s);
    }
    const map = opts.map;
    await buildOffsetMap(log, all, firstDirtyOffset, firstUncleanableOffset, opts, stats);
    stats.mapKeys = map.size;
    stats.mapDoneAt = Date.now();
    const endOffset = map.latestOffset + 1;

    const toClean = pinned.filter((s) => s.baseOffset < endOffset);
    const groups = groupSegmentsBySize(all, toClean, log.config.segmentBytes, log.config.segmentIndexBytes, firstUncleanableOffset);
    let earliestDeleteHorizon: number | null = null;
    for (const group of groups) {
      opts.checkDone();
      const horizon = await cleanGroup(log, group, now, firstUncleanableOffset, truncationsAtStart, opts, stats);
      if (horizon !== null && (earliestDeleteHorizon === null || horizon < earliestDeleteHorizon)) earliestDeleteHorizon = horizon;
    }
    stats.doneAt = Date.now();
    return { endOffset, stats, earliestDeleteHorizon };
  } catch (e) {
    // A truncation may have cut a segment being read: that is an abort, not a broken log.
    if (!(e instanceof CleaningAbortedError) && (log.truncations !== truncationsAtStart || log.isClosed)) {
      throw new CleaningAbortedError(`${log.name} was truncated or closed during cleaning (${(e as Error).message})`);
    }
    throw e;
  } finally {
    for (const s of acquired) s.release();
  }
}

/**
 * Step 1: maps each key of [firstDirty, upper) to its last offset. Stops early when the map is
 * full; `map.latestOffset` then says how far it got.
 */
async function buildOffsetMap(
  log: Log,
  all: readonly LogSegment[],
  firstDirty: number,
  upper: number,
  opts: CleanerOptions,
  stats: CleanerStats,
): Promise<void> {
  const map = opts.map;
  map.clear();
  map.latestOffset = firstDirty - 1;
  for (let i = 0; i < all.length - 1; i++) {
    const seg = all[i]!;
    const segEnd = all[i + 1]!.baseOffset;
    if (seg.baseOffset >= upper) break;
    if (segEnd <= firstDirty) continue;
    let pos = seg.baseOffset >= firstDirty ? 0 : await seg.positionFor(firstDirty);
    while (pos < seg.size) {
      opts.checkDone();
      const chunk = await seg.readBatchesAt(pos, opts.ioBufferSize);
      for (let at = 0; at < chunk.length; at += batchSize(chunk, at)) {
        const last = batchLastOffset(chunk, at);
        if (last < firstDirty) continue;
        if (!(chunk.readInt16BE(at + ATTRIBUTES_OFFSET) & ATTR_CONTROL)) {
          const batch = decodeRecordBatch(chunk, at);
          for (const r of batch.records) {
            if (r.key === null || r.offset < firstDirty) continue;
            if (!map.put(r.key, r.offset)) {
              log.segmentContext.logger.info(`${log.name}: cleaner offset map full (${map.size} keys); this pass ends at offset ${map.latestOffset}`);
              return;
            }
          }
        }
        if (last > map.latestOffset) map.latestOffset = last;
      }
      stats.mapBytesRead += chunk.length;
      pos += chunk.length;
      await yieldToEventLoop();
    }
    // Offsets after the last batch (compacted away earlier) belong to this segment too.
    if (segEnd - 1 > map.latestOffset) map.latestOffset = segEnd - 1;
  }
}

/**
 * Step 3's grouping: consecutive segments whose combined log and index sizes stay within the
 * limits and whose offsets stay within int32 of the group's base (a segment's last offset is
 * bounded by the next segment's base, or by `upper` for the last one).
 */
export function groupSegmentsBySize(
  all: readonly LogSegment[],
  segments: readonly LogSegment[],
  maxSize: number,
  maxIndexSize: number,
  upper: number,
): LogSegment[][] {
  const nextBase = (s: LogSegment): number => {
    const i = all.indexOf(s);
    return i >= 0 && i + 1 < all.length ? all[i + 1]!.baseOffset : upper;
  };
  const groups: LogSegment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const first = segments[i++]!;
    const group = [first];
    let logSize = first.size;
    let { offsetIndex, timeIndex } = first.indexSizes();
    while (i < segments.length) {
      const s = segments[i]!;
      const idx = s.indexSizes();
      if (logSize + s.size > maxSize || offsetIndex + idx.offsetIndex > maxIndexSize || timeIndex + idx.timeIndex > maxIndexSize) break;
      if (s.size > 0 && nextBase(s) - 1 - first.baseOffset > INT32_MAX) break;
      group.push(s);
      logSize += s.size;
      offsetIndex += idx.offsetIndex;
      timeIndex += idx.timeIndex;
      i++;
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Steps 2 and 3 for one group: writes the kept batches into a `.cleaned` segment and swaps it
 * in. Returns the earliest delete horizon among the tombstones kept, or null.
 */
async function cleanGroup(
  log: Log,
  group: readonly LogSegment[],
  now: number,
  upper: number,
  truncationsAtStart: number,
  opts: CleanerOptions,
  stats: CleanerStats,
): Promise<number | null> {
  const config = log.config;
  const cleaned = LogSegment.createCleaned(log.dir, group[0]!.baseOffset, log.segmentContext);
  let swapStarted = false;
  try {
    const filter = new BatchFilter(opts.map, now, Math.min(now + config.deleteRetentionMs, NEVER), upper, stats);
    let position = 0;
    for (const seg of group) {
      let pos = 0;
      while (pos < seg.size) {
        opts.checkDone();
        const chunk = await seg.readBatchesAt(pos, opts.ioBufferSize);
        stats.bytesRead += chunk.length;
        const out: Buffer[] = [];
        const batches: AppendedBatch[] = [];
        let outSize = 0;
        for (let at = 0; at < chunk.length; at += batchSize(chunk, at)) {
          const kept = filter.filter(chunk, at, `${seg.logPath} position ${pos + at}`);
          if (!kept) continue;
          batches.push({ at: outSize, size: kept.length, lastOffset: batchLastOffset(kept, 0), maxTimestamp: readMaxTimestamp(kept, 0) });
          out.push(kept);
          outSize += kept.length;
        }
        pos += chunk.length;
        if (outSize > 0) {
          if (position + outSize > INT32_MAX) throw new Error(`cleaned segment ${cleaned.baseOffset} of ${log.name} would exceed 2 GiB`);
          const buf = out.length === 1 ? out[0]! : Buffer.concat(out, outSize);
          const at = cleaned.reserve(buf, batches, batches[0]!.maxTimestamp);
          await writevAt(cleaned.ensureFd(), [buf], at);
          position = at + buf.length;
          cleaned.markWritten(position, batches[batches.length - 1]!.lastOffset + 1);
          stats.bytesWritten += outSize;
        }
        await yieldToEventLoop();
      }
    }
    opts.checkDone();
    cleaned.onBecomeInactive();
    await cleaned.sync(true);
    cleaned.setLastModified(group[group.length - 1]!.lastModified);
    if (!filter.changed && group.length === 1) {
      // Nothing to gain from swapping in an identical copy.
      discard(cleaned);
      return filter.earliestDeleteHorizon;
    }
    swapStarted = true;
    const swapped = await log.replaceSegments(cleaned, group, truncationsAtStart, opts.swapHook);
    if (!swapped) throw new CleaningAbortedError(`${log.name} changed during cleaning (truncated, closed, or segments deleted)`);
    stats.groupsSwapped++;
    stats.segmentsReplaced += group.length;
    return filter.earliestDeleteHorizon;
  } catch (e) {
    // Once the swap began, its files belong to the swap protocol (and to recovery).
    if (!swapStarted || e instanceof CleaningAbortedError) discard(cleaned);
    throw e;
  }
}

function discard(seg: LogSegment): void {
  seg.close();
  seg.unlinkFiles();
}

/** Step 2 for one batch at a time: what stays of it. */
class BatchFilter {
  /** Whether any batch was dropped or rewritten. */
  changed = false;
  earliestDeleteHorizon: number | null = null;

  constructor(
    private readonly map: CleanerOffsetMap,
    private readonly now: number,
    private readonly newDeleteHorizon: number,
    /** The pass's upper bound: the batch ending right below it is kept even if empty. */
    private readonly upper: number,
    private readonly stats: CleanerStats,
  ) {}

  /** The bytes to keep of the batch at `at` (the original, a rewrite, an empty batch), or null. */
  filter(chunk: Buffer, at: number, where: string): Buffer | null {
    const size = batchSize(chunk, at);
    const original = chunk.subarray(at, at + size);
    if (!isCrcValid(chunk, at)) throw new Error(`CRC-32C mismatch in the batch at ${where}`);
    const attributes = chunk.readInt16BE(at + ATTRIBUTES_OFFSET);
    // Transaction markers stay (see the header comment).
    if (attributes & ATTR_CONTROL) return original;
    const batch = decodeRecordBatch(chunk, at, { verifyCrc: false });
    const map = this.map;
    const expired = batch.deleteHorizonMs !== null && this.now >= batch.deleteHorizonMs;
    const kept: KafkaRecord[] = [];
    let tombstones = false;
    let mappedTombstones = false;
    for (const r of batch.records) {
      let keep: boolean;
      if (r.offset > map.latestOffset) keep = true;
      else if (r.key === null) keep = false;
      else {
        const latest = map.get(r.key);
        keep = r.offset >= latest && (r.value !== null || !expired);
        if (r.offset >= latest && r.value === null && expired) this.stats.tombstonesRemoved++;
      }
      if (!keep) continue;
      if (r.value === null) {
        tombstones = true;
        if (r.offset <= map.latestOffset) mappedTombstones = true;
      }
      kept.push({ offsetDelta: r.offsetDelta, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers });
    }
    this.stats.recordsRead += batch.records.length;
    this.stats.recordsWritten += kept.length;
    const needsHorizon = tombstones && batch.deleteHorizonMs === null;
    const horizon = needsHorizon ? this.newDeleteHorizon : batch.deleteHorizonMs;
    // Only tombstones inside the mapped range count: a pass at their horizon drops them, so a
    // horizon never makes the cleaner run passes in a loop. (Those beyond wait for the next
    // pass that maps them.)
    if (mappedTombstones && horizon !== null && (this.earliestDeleteHorizon === null || horizon < this.earliestDeleteHorizon)) {
      this.earliestDeleteHorizon = horizon;
    }
    const lastOffset = batch.baseOffset + batch.lastOffsetDelta;
    if (kept.length === batch.records.length && !needsHorizon) return original;
    this.changed = true;
    if (kept.length === 0) return lastOffset + 1 === this.upper ? emptyBatch(original) : null;
    const logAppendTime = (attributes & ATTR_TIMESTAMP_TYPE_LOG_APPEND) !== 0;
    return encodeRecordBatch({
      records: kept,
      compression: (attributes & ATTR_COMPRESSION_MASK) as CompressionType,
      baseOffset: batch.baseOffset,
      partitionLeaderEpoch: batch.partitionLeaderEpoch,
      producerId: batch.producerId,
      producerEpoch: batch.producerEpoch,
      baseSequence: batch.baseSequence,
      transactional: batch.isTransactional,
      timestampType: logAppendTime ? TimestampType.LogAppendTime : TimestampType.CreateTime,
      ...(logAppendTime ? { logAppendTime: batch.maxTimestamp } : {}),
      ...(horizon !== null ? { deleteHorizonMs: horizon } : {}),
      lastOffsetDelta: batch.lastOffsetDelta,
    });
  }
}

/**
 * The header of `batch` with no records: same offsets (base and lastOffsetDelta), producer
 * fields and maxTimestamp, no compression, no delete horizon, baseTimestamp = maxTimestamp.
 */
function emptyBatch(batch: Buffer): Buffer {
  const out = Buffer.from(batch.subarray(0, BATCH_HEADER_SIZE));
  const header = readBatchHeader(batch, 0);
  out.writeInt32BE(BATCH_HEADER_SIZE - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  out.writeInt16BE(header.attributes & ~(ATTR_COMPRESSION_MASK | ATTR_DELETE_HORIZON), ATTRIBUTES_OFFSET);
  batch.copy(out, BASE_TIMESTAMP_OFFSET, BASE_TIMESTAMP_OFFSET + 8, BASE_TIMESTAMP_OFFSET + 16);
  out.writeInt32BE(0, RECORD_COUNT_OFFSET);
  out.writeUInt32BE(crc32c(out.subarray(ATTRIBUTES_OFFSET)), CRC_OFFSET);
  return out;
}
