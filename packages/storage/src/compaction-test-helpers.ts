/**
 * Test-only helpers for compaction: keyed batches (plain or compressed), reading a whole log
 * back with every check a consumer relies on, and the "latest value per key" oracle.
 */
import assert from 'node:assert/strict';
import { CompressionType, decodeRecordBatch, encodeRecordBatch, iterateBatches, type KafkaRecord } from '@samsa/protocol';
import type { Log } from './log.js';

/** The log config of cleaner-crash-child.ts (the parent reopens the log with it). */
export const CRASH_CHILD_CONFIG = {
  cleanupPolicy: ['compact'] as ('compact' | 'delete')[],
  segmentBytes: 16 * 1024,
  indexIntervalBytes: 1024,
  fileDeleteDelayMs: 0,
  minCleanableDirtyRatio: 0.01,
  deleteRetentionMs: 0,
};
export const CRASH_CHILD_KEYS = 1000;

export interface KV {
  key: string | null;
  value: string | null;
  timestamp?: number;
}

/** One batch of keyed records (null value = tombstone), in any codec. */
export function keyedBatch(records: KV[], compression: CompressionType = CompressionType.None, timestamp = 1_700_000_000_000): Buffer {
  const recs: KafkaRecord[] = records.map((r) => ({
    timestamp: r.timestamp ?? timestamp,
    key: r.key === null ? null : Buffer.from(r.key),
    value: r.value === null ? null : Buffer.from(r.value),
  }));
  return encodeRecordBatch({ records: recs, compression });
}

export interface ReadRecord {
  offset: number;
  key: string | null;
  value: string | null;
  timestamp: number;
}

export interface ReadBatch {
  baseOffset: number;
  lastOffset: number;
  recordCount: number;
  compression: number;
  deleteHorizonMs: number | null;
  size: number;
}

/**
 * Reads `log` from its start to its end as a consumer would, checking along the way: every
 * batch decodes (CRC, records), batches and records move strictly forward, nothing repeats.
 */
export async function readAll(log: Log, from = log.logStartOffset): Promise<{ records: ReadRecord[]; batches: ReadBatch[] }> {
  const records: ReadRecord[] = [];
  const batches: ReadBatch[] = [];
  let next = from;
  let lastRecordOffset = -1;
  while (next < log.logEndOffset) {
    const { records: buf } = await log.read(next, 256 * 1024, { minOneBatch: true });
    assert.ok(buf.length > 0, `nothing readable at offset ${next} (log end ${log.logEndOffset})`);
    for (const { at } of iterateBatches(buf)) {
      const b = decodeRecordBatch(buf, at);
      const last = b.baseOffset + b.lastOffsetDelta;
      assert.ok(last >= next, `batch ${b.baseOffset}..${last} is behind offset ${next}`);
      batches.push({ baseOffset: b.baseOffset, lastOffset: last, recordCount: b.recordCount, compression: b.compression, deleteHorizonMs: b.deleteHorizonMs, size: b.sizeInBytes });
      for (const r of b.records) {
        assert.ok(r.offset <= last, `record ${r.offset} beyond its batch's last offset ${last}`);
        if (r.offset < next) continue;
        assert.ok(r.offset > lastRecordOffset, `record offset ${r.offset} does not follow ${lastRecordOffset}`);
        lastRecordOffset = r.offset;
        records.push({ offset: r.offset, key: r.key?.toString() ?? null, value: r.value?.toString() ?? null, timestamp: r.timestamp });
      }
      next = last + 1;
    }
  }
  assert.equal(next, log.logEndOffset);
  return { records, batches };
}

/** key -> the last record written for it (offset and value), from a list of writes in offset order. */
export function latestByKey(writes: Iterable<ReadRecord>): Map<string, ReadRecord> {
  const out = new Map<string, ReadRecord>();
  for (const w of writes) if (w.key !== null) out.set(w.key, w);
  return out;
}

/**
 * The compaction guarantee: every key's latest write is in the log with its offset and value
 * (tombstones may be gone once expired: pass `tombstonesMayBeGone`), and every record read is
 * one that was written at that offset.
 */
export function assertCompactionInvariants(
  read: readonly ReadRecord[],
  writes: ReadonlyMap<number, ReadRecord>,
  opts: { tombstonesMayBeGone?: boolean } = {},
): void {
  const byOffset = new Map(read.map((r) => [r.offset, r]));
  for (const r of read) {
    const w = writes.get(r.offset);
    assert.ok(w, `record at offset ${r.offset} was never written`);
    assert.equal(r.key, w.key, `key at offset ${r.offset}`);
    assert.equal(r.value, w.value, `value at offset ${r.offset}`);
  }
  for (const [k, w] of latestByKey([...writes.values()].sort((a, b) => a.offset - b.offset))) {
    const r = byOffset.get(w.offset);
    if (!r && w.value === null && opts.tombstonesMayBeGone) continue;
    assert.ok(r, `latest record of key ${k} (offset ${w.offset}) is missing`);
  }
}
