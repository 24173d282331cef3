import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { CompressionType } from '@samsa/protocol';
import { CleanerOffsetMap } from './cleaner-offset-map.js';
import { assertCompactionInvariants, keyedBatch, readAll, type KV, type ReadRecord } from './compaction-test-helpers.js';
import type { LogConfig } from './config.js';
import { InvalidRecordError } from './errors.js';
import { CLEANER_OFFSET_CHECKPOINT_FILE } from './file-names.js';
import { Log, type SwapStep } from './log.js';
import { LogCleaner, cleanableRange, type LogCleanerOptions } from './log-cleaner.js';
import { LogManager } from './log-manager.js';
import { LogSegment } from './log-segment.js';
import { ManualTime, captureLogger, onCleanup, tempDir, TP, type CapturingLogger } from './test-helpers.js';

const T0 = 1_700_000_000_000;
const PAD = 'x'.repeat(100);

const COMPACT: Partial<LogConfig> = {
  cleanupPolicy: ['compact'],
  segmentBytes: 2048,
  indexIntervalBytes: 256,
  fileDeleteDelayMs: 0,
  minCleanableDirtyRatio: 0.01,
};

interface Fixture {
  dir: string;
  log: Log;
  cleaner: LogCleaner;
  time: ManualTime;
  logger: CapturingLogger;
  /** Every record written, by offset. */
  writes: Map<number, ReadRecord>;
}

async function setup(t: TestContext, config: Partial<LogConfig> = {}, cleanerOpts: Partial<LogCleanerOptions> = {}): Promise<Fixture> {
  const dir = tempDir(t);
  const time = new ManualTime(T0);
  const logger = captureLogger();
  const log = await Log.open(dir, TP, { ...COMPACT, ...config }, { logger, time });
  onCleanup(t, () => log.close());
  const cleaner = new LogCleaner({ logDirs: [dir], logs: () => (log.isClosed ? [] : [{ log, logDir: dir }]), time, logger, ...cleanerOpts });
  onCleanup(t, () => cleaner.shutdown());
  return { dir, log, cleaner, time, logger, writes: new Map() };
}

/** Appends one batch; records what was written at which offset. */
async function write(f: Fixture, records: KV[], compression: CompressionType = CompressionType.None): Promise<number> {
  const ts = f.time.now();
  const r = await f.log.append(keyedBatch(records, compression, ts));
  records.forEach((rec, i) => f.writes.set(r.baseOffset + i, { offset: r.baseOffset + i, key: rec.key, value: rec.value, timestamp: rec.timestamp ?? ts }));
  return r.baseOffset;
}

/** `rounds` updates of keys k0..k(keys-1), one record per batch. */
async function writeUpdates(f: Fixture, keys: number, rounds: number, tag = 'r'): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < keys; k++) await write(f, [{ key: `k${k}`, value: `k${k}-${tag}${round}-${PAD}` }]);
  }
}

/** Records below `end` have distinct keys (what a full pass up to `end` leaves). */
function assertUniqueKeysBelow(records: readonly ReadRecord[], end: number): void {
  const seen = new Set<string>();
  for (const r of records) {
    if (r.offset >= end) continue;
    assert.ok(r.key !== null && !seen.has(r.key), `key ${r.key} appears twice below offset ${end}`);
    seen.add(r.key);
  }
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap') || n.endsWith('.deleted'));

describe('CleanerOffsetMap', () => {
  it('keeps the latest offset per key and reports when full', () => {
    const map = new CleanerOffsetMap(24 * 100, 0.5);
    assert.equal(map.slots, 100);
    for (let i = 0; i < 50; i++) assert.ok(map.put(Buffer.from(`key-${i}`), i));
    assert.ok(map.isFull);
    assert.equal(map.put(Buffer.from('another'), 99), false, 'a new key does not fit');
    assert.ok(map.put(Buffer.from('key-3'), 70), 'an existing key is updated');
    assert.equal(map.get(Buffer.from('key-3')), 70);
    assert.equal(map.get(Buffer.from('key-4')), 4);
    assert.equal(map.get(Buffer.from('missing')), -1);
    assert.equal(map.latestOffset, 70);
    map.clear();
    assert.equal(map.size, 0);
    assert.equal(map.get(Buffer.from('key-3')), -1);
  });
});

describe('log compaction', () => {
  it('keeps the latest record per key across many segments, at unchanged offsets', async (t) => {
    const f = await setup(t);
    await writeUpdates(f, 10, 30);
    await f.log.flush();
    const sizeBefore = f.log.size;
    const segmentsBefore = f.log.numberOfSegments;
    assert.ok(segmentsBefore > 20);
    const summary = await f.cleaner.cleanFilthiestLog();
    assert.ok(summary, 'the log was dirty enough');
    assert.equal(summary.endOffset, f.log.activeSegment.baseOffset, 'cleaned up to the active segment');
    const { records } = await readAll(f.log);
    assertCompactionInvariants(records, f.writes);
    assertUniqueKeysBelow(records, summary.endOffset);
    assert.ok(f.log.size < sizeBefore / 5, `size ${f.log.size} vs ${sizeBefore}`);
    assert.deepEqual(leftovers(f.log.dir), []);
    assert.equal(f.log.logStartOffset, 0);
    assert.equal(f.log.logEndOffset, 300);

    // More updates, another pass: the clean part is rewritten with the new dirty part.
    await writeUpdates(f, 10, 10, 's');
    await f.log.flush();
    const second = await f.cleaner.cleanFilthiestLog();
    assert.ok(second);
    assert.equal(second.firstDirtyOffset, summary.endOffset, 'continues from the checkpoint');
    const after = await readAll(f.log);
    assertCompactionInvariants(after.records, f.writes);
    assertUniqueKeysBelow(after.records, second.endOffset);
    // Groups are formed from the sizes before cleaning, so the small segments of the first pass
    // are merged by the second.
    const firstPassSegments = f.log.segmentInfos().filter((s) => s.baseOffset < summary.endOffset).length;
    assert.ok(firstPassSegments <= 2, `${firstPassSegments} segments below ${summary.endOffset} (from ${segmentsBefore})`);

    // The result survives a clean restart and a full recovery.
    await f.log.close();
    for (const opts of [{ cleanShutdown: true }, { cleanShutdown: false, recoveryPoint: 0 }]) {
      const reopened = await Log.open(f.dir, TP, COMPACT, { logger: captureLogger(), ...opts });
      const again = await readAll(reopened);
      assert.deepEqual(again.records, after.records);
      assert.equal(reopened.logEndOffset, 400);
      await reopened.close();
    }
  });

  it('with an offset map too small for the dirty part, cleans it over several passes', async (t) => {
    // 40 slots at load factor 0.9: 36 keys per pass, with 100 distinct keys written.
    const f = await setup(t, {}, { dedupeBufferSize: 24 * 40 });
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 100; k++) await write(f, [{ key: `k${k}`, value: `k${k}-${round}-${'p'.repeat(40)}` }]);
    }
    await f.log.flush();
    const ends: number[] = [];
    for (let pass = 0; pass < 20; pass++) {
      const s = await f.cleaner.cleanLogNow(f.log, f.dir);
      assert.ok(s);
      ends.push(s.endOffset);
      assert.ok(s.stats.mapKeys <= 36);
      assertCompactionInvariants((await readAll(f.log)).records, f.writes);
      if (s.endOffset === f.log.activeSegment.baseOffset) break;
    }
    assert.ok(ends.length > 2, `took ${ends.length} passes`);
    for (let i = 1; i < ends.length; i++) assert.ok(ends[i]! > ends[i - 1]!, 'each pass moves on');
    // One more full pass with the dirty part empty leaves each key once.
    await f.cleaner.cleanLogNow(f.log, f.dir);
    assertUniqueKeysBelow((await readAll(f.log)).records, f.log.activeSegment.baseOffset);
  });

  it('reads and timestamp lookups land on the next surviving record', async (t) => {
    const f = await setup(t);
    for (let i = 0; i < 200; i++) {
      f.time.current = T0 + i * 10;
      await write(f, [{ key: `k${i % 7}`, value: `v${i}-${PAD}` }]);
    }
    await f.log.flush();
    const summary = await f.cleaner.cleanFilthiestLog();
    assert.ok(summary);
    const { records } = await readAll(f.log);
    const surviving = records.map((r) => r.offset);
    for (const from of [0, 1, 13, 57, 120, summary.endOffset - 1]) {
      const expected = surviving.find((o) => o >= from)!;
      const got = await readAll(f.log, from);
      assert.equal(got.records[0]!.offset, expected, `read from ${from}`);
      const byTime = await f.log.offsetForTimestamp(T0 + from * 10);
      assert.equal(byTime?.offset, expected, `timestamp of offset ${from}`);
    }
  });

  it('keeps a tombstone for delete.retention.ms after the pass that first kept it, then drops it', async (t) => {
    const f = await setup(t, { deleteRetentionMs: 60_000 });
    await writeUpdates(f, 5, 3);
    await write(f, [{ key: 'k1', value: null }]);
    await writeUpdates(f, 5, 10, 'later-');
    await write(f, [{ key: 'k4', value: null }]);
    await writeUpdates(f, 3, 10, 'tail-'); // k4's tombstone is not the last batch of the pass
    await f.log.flush();
    const tombstones = async () => (await readAll(f.log)).records.filter((r) => r.value === null).map((r) => r.key);

    const first = await f.cleaner.cleanFilthiestLog();
    assert.ok(first);
    assert.deepEqual(await tombstones(), ['k4'], 'k1 was overwritten after its tombstone; k4 was not');
    const { batches, records } = await readAll(f.log);
    const holder = batches.find((b) => b.baseOffset <= records.find((r) => r.value === null)!.offset && b.lastOffset >= records.find((r) => r.value === null)!.offset)!;
    assert.equal(holder.deleteHorizonMs, T0 + 60_000, 'the batch carries its delete horizon');
    assert.ok(!records.some((r) => r.key === 'k4' && r.value !== null), "k4's earlier values are gone");

    f.time.current = T0 + 59_999;
    assert.equal(await f.cleaner.cleanFilthiestLog(), null, 'nothing dirty, horizon not reached');
    await f.cleaner.cleanLogNow(f.log, f.dir);
    assert.deepEqual(await tombstones(), ['k4'], 'still inside delete.retention.ms');

    f.time.current = T0 + 60_000;
    const last = await f.cleaner.cleanFilthiestLog();
    assert.ok(last, 'the passed horizon makes the log eligible by itself');
    assert.equal(last.stats.tombstonesRemoved, 1);
    assert.deepEqual(await tombstones(), []);
    assertCompactionInvariants((await readAll(f.log)).records, f.writes, { tombstonesMayBeGone: true });
    assert.equal(await f.cleaner.cleanFilthiestLog(), null, 'no horizon left to wait for');
  });

  it('respects min.compaction.lag.ms, segment by segment', async (t) => {
    const f = await setup(t, { minCompactionLagMs: 60_000 });
    await writeUpdates(f, 10, 10, 'old');
    f.time.current = T0 + 50_000;
    const boundary = await write(f, [{ key: 'roll', value: 'x'.repeat(1900) }]); // starts a young segment
    assert.equal(f.log.activeSegment.baseOffset, boundary);
    await writeUpdates(f, 10, 10, 'young');
    await f.log.flush();
    const youngCount = f.writes.size - boundary;

    f.time.current = T0 + 30_000;
    assert.equal(cleanableRange(f.log, undefined, f.time.now()).cleanableBytes, 0);
    assert.equal(await f.cleaner.cleanFilthiestLog(), null, 'every segment is younger than the lag');

    f.time.current = T0 + 65_000;
    const summary = await f.cleaner.cleanFilthiestLog();
    assert.ok(summary);
    assert.equal(summary.endOffset, boundary, 'the young segments stay dirty');
    const { records } = await readAll(f.log);
    assertCompactionInvariants(records, f.writes);
    assertUniqueKeysBelow(records, boundary);
    assert.equal(records.filter((r) => r.offset >= boundary).length, youngCount, 'young records untouched');

    f.time.current = T0 + 200_000;
    const later = await f.cleaner.cleanFilthiestLog();
    assert.ok(later);
    assert.equal(later.endOffset, f.log.activeSegment.baseOffset);
    assertUniqueKeysBelow((await readAll(f.log)).records, later.endOffset);
  });

  it('cleans only past min.cleanable.dirty.ratio, or past max.compaction.lag.ms', async (t) => {
    const f = await setup(t, { minCleanableDirtyRatio: 0.5 });
    await writeUpdates(f, 40, 20);
    await f.log.flush();
    assert.ok(await f.cleaner.cleanFilthiestLog(), 'all dirty: ratio 1');
    const ratio = () => {
      const r = cleanableRange(f.log, f.cleaner.checkpointOf(f.log, f.dir), f.time.now());
      return r.cleanableBytes / (r.cleanBytes + r.cleanableBytes);
    };
    let rounds = 0;
    while (ratio() <= 0.5) {
      assert.equal(await f.cleaner.cleanFilthiestLog(), null, `ratio ${ratio().toFixed(2)} is not above 0.5`);
      await writeUpdates(f, 40, 1, `more${rounds++}-`);
      await f.log.flush();
    }
    assert.ok(rounds > 0 && ratio() > 0.5);
    assert.ok(await f.cleaner.cleanFilthiestLog());

    // A small dirty part older than max.compaction.lag.ms is cleaned anyway.
    f.log.updateConfig({ maxCompactionLagMs: 10_000 });
    await writeUpdates(f, 12, 1, 'lagging');
    await f.log.flush();
    assert.ok(ratio() < 0.5);
    assert.equal(await f.cleaner.cleanFilthiestLog(), null, 'not old enough yet');
    f.time.current = T0 + 10_001;
    assert.ok(await f.cleaner.cleanFilthiestLog(), 'forced by max.compaction.lag.ms');
  });

  for (const codec of [CompressionType.Gzip, CompressionType.Zstd]) {
    it(`filters compressed batches (${codec === CompressionType.Gzip ? 'gzip' : 'zstd'}) and recompresses them with their codec`, async (t) => {
      const f = await setup(t, { segmentBytes: 4096 });
      for (let b = 0; b < 60; b++) {
        const recs: KV[] = Array.from({ length: 5 }, (_, i) => ({ key: `k${(b * 5 + i) % 13}`, value: `b${b}-${i}-${'y'.repeat(200 + ((b * 7 + i) % 50))}` }));
        recs[2] = { key: recs[0]!.key, value: `dup-in-batch-${b}` }; // a key repeated inside one batch
        await write(f, recs, codec);
      }
      await f.log.flush();
      const summary = await f.cleaner.cleanFilthiestLog();
      assert.ok(summary);
      const { records, batches } = await readAll(f.log);
      assertCompactionInvariants(records, f.writes);
      assertUniqueKeysBelow(records, summary.endOffset);
      const cleanedBatches = batches.filter((b) => b.lastOffset < summary.endOffset && b.recordCount > 0);
      assert.ok(cleanedBatches.length > 0);
      for (const b of cleanedBatches) assert.equal(b.compression, codec, `batch ${b.baseOffset} keeps its codec`);
      assert.ok(cleanedBatches.some((b) => b.recordCount < b.lastOffset - b.baseOffset + 1), 'some batches lost records');
    });
  }

  it('refuses records without a key on append to a compacted log', async (t) => {
    const f = await setup(t);
    for (const codec of [CompressionType.None, CompressionType.Gzip]) {
      await assert.rejects(f.log.append(keyedBatch([{ key: null, value: 'v' }], codec)), (e: unknown) => {
        assert.ok(e instanceof InvalidRecordError);
        assert.equal(e.code, 87);
        assert.match(e.message, /Compacted topic cannot accept message without key/);
        return true;
      });
      await assert.rejects(f.log.append(keyedBatch([{ key: 'a', value: 'v' }, { key: null, value: 'w' }], codec)), InvalidRecordError);
    }
    assert.equal(f.log.logEndOffset, 0);
    const plain = await Log.open(tempDir(t), TP, { cleanupPolicy: ['delete'] }, { logger: captureLogger() });
    onCleanup(t, () => plain.close());
    await plain.append(keyedBatch([{ key: null, value: 'v' }]));
    assert.equal(plain.logEndOffset, 1);
  });

  it('a reader that pinned a replaced segment keeps reading its old bytes; the files go when it lets go', async (t) => {
    const f = await setup(t);
    await writeUpdates(f, 5, 20);
    await f.log.flush();
    const old = f.log.segmentsSnapshot()[1]!;
    assert.ok(old.acquire());
    const before = (await old.read(old.baseOffset, 1 << 20, Infinity, true))?.records;
    assert.ok(await f.cleaner.cleanFilthiestLog());
    assert.ok(!f.log.segmentsSnapshot().includes(old), 'replaced');
    assert.ok(leftovers(f.log.dir).some((n) => n.endsWith('.deleted')), 'files kept while pinned');
    const during = (await old.read(old.baseOffset, 1 << 20, Infinity, true))?.records;
    assert.ok(before && before.length > 0);
    assert.deepEqual(during, before);
    old.release();
    assert.deepEqual(leftovers(f.log.dir), []);
    assert.equal(old.acquire(), false);
  });

  it('reads and appends go on while a pass runs; every scan sees every key', async (t) => {
    const f = await setup(t, {}, { ioBufferSize: 512 });
    await writeUpdates(f, 20, 15);
    await f.log.flush();
    let cleaning = true;
    const pass = f.cleaner.cleanLogNow(f.log, f.dir).finally(() => (cleaning = false));
    let scans = 0;
    let appends = 0;
    const reader = (async () => {
      while (cleaning || scans < 3) {
        const latestAtStart = new Map<string, number>();
        for (const w of f.writes.values()) if (w.key !== null) latestAtStart.set(w.key, Math.max(latestAtStart.get(w.key) ?? -1, w.offset));
        const { records } = await readAll(f.log);
        const seen = new Map<string, number>();
        for (const r of records) {
          const w = f.writes.get(r.offset);
          assert.ok(w && w.key === r.key && w.value === r.value, `record ${r.offset} is what was written`);
          seen.set(r.key!, r.offset);
        }
        for (const [k, o] of latestAtStart) assert.ok((seen.get(k) ?? -1) >= o, `scan ${scans}: key ${k} lost its latest record ${o}`);
        scans++;
      }
    })();
    const writer = (async () => {
      while (cleaning) {
        await write(f, [{ key: `k${appends % 20}`, value: `during-${appends}-${PAD}` }]);
        appends++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const summary = await pass;
    await Promise.all([reader, writer]);
    assert.ok(summary && summary.stats.groupsSwapped > 0);
    assert.ok(scans >= 3 && appends > 0, `${scans} scans, ${appends} appends`);
    await f.log.flush();
    assert.ok(await f.cleaner.cleanLogNow(f.log, f.dir));
    assertCompactionInvariants((await readAll(f.log)).records, f.writes);
  });

  it('keeps the batch that ends at the pass upper bound, so the log end survives an empty active segment', async (t) => {
    const f = await setup(t, { deleteRetentionMs: 0 });
    await writeUpdates(f, 5, 5);
    await write(f, [{ key: 'k2', value: null }]);
    const activeBase = f.log.activeSegment.baseOffset;
    await write(f, [{ key: 'big', value: 'z'.repeat(1900) }]); // rolls: the tombstone ends the closed part
    const end = f.log.activeSegment.baseOffset;
    assert.ok(end > activeBase);
    await f.log.flush();
    assert.ok(await f.cleaner.cleanLogNow(f.log, f.dir));
    f.time.current += 1;
    const second = await f.cleaner.cleanLogNow(f.log, f.dir);
    assert.equal(second?.stats.tombstonesRemoved, 1);
    const { batches } = await readAll(f.log);
    const lastClosed = batches.filter((b) => b.lastOffset < end).at(-1)!;
    assert.deepEqual([lastClosed.lastOffset, lastClosed.recordCount], [end - 1, 0], 'an empty batch keeps the last offset');
    // A read there does not answer with the empty batch alone: it goes on to the next record.
    const at = await readAll(f.log, lastClosed.baseOffset);
    assert.deepEqual(at.records.map((r) => r.key), ['big']);
    assert.equal(at.batches.length, 2);
    // Empty the active segment, then crash: the loader must not mistake it for a torn roll.
    await f.log.truncateTo(end);
    assert.equal(f.log.activeSegment.size, 0);
    await f.log.closeForDeletion();
    const reopened = await Log.open(f.dir, TP, COMPACT, { logger: captureLogger(), cleanShutdown: false, recoveryPoint: 0 });
    onCleanup(t, () => reopened.close());
    assert.equal(reopened.logEndOffset, end);
    assert.equal((await reopened.append(keyedBatch([{ key: 'a', value: 'b' }]))).baseOffset, end);
  });

  it('abandons a swap when the log was truncated or the segments changed meanwhile', async (t) => {
    const f = await setup(t);
    await writeUpdates(f, 5, 10);
    await f.log.flush();
    const segs = f.log.segmentsSnapshot();
    const cleaned = LogSegment.createCleaned(f.log.dir, segs[0]!.baseOffset, f.log.segmentContext);
    onCleanup(t, () => {
      cleaned.close();
      cleaned.unlinkFiles();
    });
    const truncations = f.log.truncations;
    await f.log.truncateTo(f.log.logEndOffset - 1);
    assert.equal(await f.log.replaceSegments(cleaned, [segs[0]!], truncations), false, 'truncated since');
    assert.equal(await f.log.replaceSegments(cleaned, [segs[1]!], f.log.truncations), false, 'base offsets differ');
    assert.equal(await f.log.replaceSegments(cleaned, [f.log.activeSegment], f.log.truncations), false, 'never the active segment');
    assert.deepEqual(f.log.segmentsSnapshot().slice(0, 2), segs.slice(0, 2));
  });

  it('with compact,delete, retention still deletes old segments', async (t) => {
    const f = await setup(t, { cleanupPolicy: ['compact', 'delete'], retentionMs: 60_000 });
    await writeUpdates(f, 10, 10);
    f.time.current = T0 + 100_000;
    await writeUpdates(f, 10, 10, 'new');
    await f.log.flush();
    assert.ok(await f.cleaner.cleanFilthiestLog());
    const deleted = await f.log.deleteOldSegments(f.time.now());
    assert.ok(deleted > 0);
    assert.ok(f.log.logStartOffset > 0);
    const { records } = await readAll(f.log);
    assert.deepEqual(new Set(records.map((r) => r.key)).size, 10);
  });
});

describe('crash safety of the swap', () => {
  class SimulatedCrash extends Error {}
  const steps: SwapStep[] = ['cleaned', 'swap-named', 'old-partly-deleted', 'old-deleted', 'swapped'];
  for (const [i, step] of steps.entries()) {
    it(`a crash at "${step}" reopens to a consistent log`, async (t) => {
      const f = await setup(t, {}, { swapHook: (_log, s) => {
        if (s === step) throw new SimulatedCrash(`crash at ${s}`);
      } });
      await writeUpdates(f, 8, 12);
      await f.log.flush();
      // One group for every closed segment, so several old segments take part in the swap.
      f.log.updateConfig({ segmentBytes: 1 << 20 });
      const before = (await readAll(f.log)).records;
      const segmentsBefore = f.log.numberOfSegments;
      assert.equal(await f.cleaner.cleanLogNow(f.log, f.dir), null, 'the pass "crashed"');
      assert.ok(f.logger.messages.some((m) => m.includes(`crash at ${step}`)));
      const files = fs.readdirSync(f.log.dir);
      const has = (suffix: string) => files.some((n) => n.endsWith(suffix));
      assert.equal(has('.log.cleaned'), step === 'cleaned');
      assert.equal(has('.log.swap'), ['swap-named', 'old-partly-deleted', 'old-deleted'].includes(step));
      assert.equal(has('.log.deleted'), ['old-partly-deleted', 'old-deleted', 'swapped'].includes(step));
      // Abandon the process state: descriptors closed, nothing flushed or renamed.
      await f.log.closeForDeletion();

      const reopened = await Log.open(f.dir, TP, { ...COMPACT, segmentBytes: 1 << 20 }, { logger: captureLogger(), cleanShutdown: false, recoveryPoint: i % 2 === 0 ? 0 : 120 });
      onCleanup(t, () => reopened.close());
      assert.deepEqual(leftovers(reopened.dir), [], 'no .cleaned, .swap or .deleted file survives loading');
      assert.equal(reopened.logEndOffset, 96);
      const { records } = await readAll(reopened);
      assertCompactionInvariants(records, f.writes);
      if (step === 'cleaned') {
        assert.deepEqual(records, before, 'rolled back');
        assert.equal(reopened.numberOfSegments, segmentsBefore);
      } else {
        assertUniqueKeysBelow(records, reopened.activeSegment.baseOffset);
        assert.equal(reopened.numberOfSegments, 2, 'rolled forward: one cleaned segment and the active one');
      }
      // The reopened log cleans and appends normally.
      const cleaner = new LogCleaner({ logDirs: [f.dir], logs: () => [{ log: reopened, logDir: f.dir }], logger: captureLogger() });
      await cleaner.cleanLogNow(reopened, f.dir);
      await reopened.append(keyedBatch([{ key: 'k0', value: 'after' }]));
      assertCompactionInvariants((await readAll(reopened)).records, new Map([...f.writes, [96, { offset: 96, key: 'k0', value: 'after', timestamp: 0 }]]));
    });
  }
});

describe('LogManager runs the cleaner', () => {
  it('in the background, with cleaner-offset-checkpoint in Kafka format, and lowers it on truncation', async (t) => {
    const dir = tempDir(t);
    const open = () => LogManager.open([dir], { defaultConfig: COMPACT, logger: captureLogger(), cleaner: { backoffMs: 10 } });
    const mgr = await open();
    onCleanup(t, () => mgr.shutdown());
    const log = await mgr.getOrCreateLog('compacted', 0);
    for (let i = 0; i < 200; i++) await log.append(keyedBatch([{ key: `k${i % 5}`, value: `v${i}-${PAD}` }]));
    await log.flush();
    mgr.startBackgroundTasks();
    const deadline = Date.now() + 10_000;
    while (mgr.cleaner.lastSummary?.log !== log && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const end = mgr.cleaner.lastSummary?.endOffset;
    assert.equal(end, log.activeSegment.baseOffset);
    await mgr.shutdown();
    assert.equal(fs.readFileSync(path.join(dir, CLEANER_OFFSET_CHECKPOINT_FILE), 'utf8'), `0\n1\ncompacted 0 ${end}\n`);

    const mgr2 = await open();
    onCleanup(t, () => mgr2.shutdown());
    const log2 = mgr2.getLog('compacted', 0)!;
    assert.equal(mgr2.cleaner.checkpointOf(log2, dir), end);
    await log2.truncateTo(10);
    // Batch granularity, and the cleaned batches below 10 are gone: the log may end lower.
    assert.ok(log2.logEndOffset <= 10);
    assert.equal(mgr2.cleaner.checkpointOf(log2, dir), log2.logEndOffset);
    await mgr2.deleteLog('compacted', 0);
    await mgr2.shutdown();
  });
});
