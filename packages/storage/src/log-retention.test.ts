import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it, type TestContext } from 'node:test';
import type { LogConfig } from './config.js';
import { OffsetOutOfRangeError } from './errors.js';
import { Log, type LogOpenOptions } from './log.js';
import { ManualTime, captureLogger, onCleanup, parseBatches, simpleBatch, tempDir, TP } from './test-helpers.js';

async function openLog(t: TestContext, config: Partial<LogConfig> = {}, opts: LogOpenOptions = {}, dir = tempDir(t)): Promise<Log> {
  const log = await Log.open(dir, TP, { fileDeleteDelayMs: 0, ...config }, { logger: captureLogger(), ...opts });
  onCleanup(t, () => log.close());
  return log;
}

const SIZE = simpleBatch(2, 200).length;

/** `n` batches of 2 records (offsets 2i, 2i+1) at timestamp 1000*i, 4 batches per segment. */
async function fill(log: Log, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) await log.append(simpleBatch(2, 200, 1000 * i));
}

async function allOffsets(log: Log): Promise<number[]> {
  const out: number[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const { records } = await log.read(offset, 1 << 20, { minOneBatch: true });
    const batches = parseBatches(records);
    assert.ok(batches.length > 0);
    for (const b of batches) {
      assert.ok(b.crcValid);
      for (let o = b.baseOffset; o <= b.baseOffset + b.lastOffsetDelta; o++) if (o >= offset) out.push(o);
      offset = b.baseOffset + b.lastOffsetDelta + 1;
    }
  }
  return out;
}

const logFiles = (log: Log) => fs.readdirSync(log.dir).filter((n) => /\.(log|index|timeindex)$/.test(n)).sort();

describe('truncateTo', () => {
  it('cuts inside the active segment, whole batches only, and appends continue there', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4 });
    await fill(log, 10);
    await log.truncateTo(19);
    assert.equal(log.logEndOffset, 18, 'the batch 18..19 holds offset 19 and goes whole');
    await log.truncateTo(17);
    assert.equal(log.logEndOffset, 16);
    assert.equal(log.highWatermark, 16);
    assert.ok(log.recoveryPoint <= 16);
    const r = await log.append(simpleBatch(1));
    assert.equal(r.baseOffset, 16);
    assert.deepEqual(await allOffsets(log), Array.from({ length: 17 }, (_, i) => i));
  });

  it('deletes later segments and makes the one holding the offset active again', async (t) => {
    const dir = tempDir(t);
    const log = await openLog(t, { segmentBytes: SIZE * 4 }, {}, dir);
    await fill(log, 12);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 8, 16]);
    await log.truncateTo(10);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 8]);
    assert.equal(log.logEndOffset, 10);
    assert.deepEqual(logFiles(log), ['00000000000000000000.index', '00000000000000000000.log', '00000000000000000000.timeindex',
      '00000000000000000008.index', '00000000000000000008.log', '00000000000000000008.timeindex']);
    await log.truncateTo(8);
    assert.deepEqual(log.segmentInfos().map((s) => [s.baseOffset, s.size]), [[0, SIZE * 4], [8, 0]]);
    await fill(log, 3, 100);
    assert.deepEqual(await allOffsets(log), Array.from({ length: 14 }, (_, i) => i));
    assert.deepEqual(log.maxTimestampOffset(), { offset: 13, timestamp: 102_000 });
    await log.close();
    const reopened = await openLog(t, { segmentBytes: SIZE * 4 }, { cleanShutdown: true }, dir);
    assert.equal(reopened.logEndOffset, 14);
    assert.deepEqual(await allOffsets(reopened), Array.from({ length: 14 }, (_, i) => i));
  });

  it('below the log start offset empties the log and restarts there', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4 });
    await fill(log, 12);
    await log.deleteRecordsBefore(10);
    await log.truncateTo(4);
    assert.deepEqual([log.logStartOffset, log.logEndOffset, log.numberOfSegments], [4, 4, 1]);
    assert.equal((await log.append(simpleBatch(1))).baseOffset, 4);
  });
});

describe('deleteRecordsBefore', () => {
  it('advances the log start offset and deletes whole segments below it', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4 });
    await fill(log, 12);
    assert.equal(await log.deleteRecordsBefore(9), 9);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [8, 16]);
    await assert.rejects(log.read(8, 1000), OffsetOutOfRangeError);
    assert.equal(await log.deleteRecordsBefore(3), 9, 'never moves back');
    await assert.rejects(log.deleteRecordsBefore(25), OffsetOutOfRangeError);
    assert.equal(await log.deleteRecordsBefore(24), 24);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [16], 'the active segment stays');
    assert.equal(log.logEndOffset, 24);
  });
});

describe('retention', () => {
  it('by time deletes segments whose newest timestamp expired, oldest first', async (t) => {
    const time = new ManualTime(100_000);
    const log = await openLog(t, { segmentBytes: SIZE * 4, retentionMs: 50_000 }, { time });
    await fill(log, 12);
    // Segments: [0..3] newest 3000, [4..7] newest 7000, [8..11] newest 11000 (active).
    assert.equal(await log.deleteOldSegments(53_000), 0);
    assert.equal(await log.deleteOldSegments(53_001), 1);
    assert.equal(log.logStartOffset, 8);
    assert.equal(await log.deleteOldSegments(60_000), 1);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [16]);
    assert.deepEqual(await allOffsets(log), Array.from({ length: 8 }, (_, i) => 16 + i));
  });

  it('by time can expire the active segment: a new empty one is rolled first', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4, retentionMs: 1000 });
    await fill(log, 6);
    assert.equal(await log.deleteOldSegments(1_000_000), 2);
    assert.deepEqual([log.logStartOffset, log.logEndOffset, log.size, log.numberOfSegments], [12, 12, 0, 1]);
    assert.equal((await log.append(simpleBatch(1, 10, 0))).baseOffset, 12);
    assert.equal(await log.deleteOldSegments(1_000_000), 1);
    assert.deepEqual([log.logStartOffset, log.logEndOffset, log.size], [13, 13, 0]);
    assert.equal(await log.deleteOldSegments(1_000_000), 0, 'an empty active segment is never deleted');
  });

  it('by size deletes whole oldest segments while the log exceeds retention.bytes', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4, retentionBytes: SIZE * 6, retentionMs: -1 });
    await fill(log, 10);
    assert.equal(log.size, SIZE * 10);
    assert.equal(await log.deleteOldSegments(), 1);
    assert.equal(log.size, SIZE * 6);
    assert.equal(await log.deleteOldSegments(), 0);
    assert.deepEqual(await allOffsets(log), Array.from({ length: 12 }, (_, i) => 8 + i));
    await fill(log, 3, 10);
    // 9 batches in segments of 4, 4, 1: dropping 4 would leave 5 < 6, so nothing goes.
    assert.equal(await log.deleteOldSegments(), 0);
    await fill(log, 2, 13);
    // 11 batches in segments of 4, 4, 3: the first goes, the rest (7) stays above 6.
    assert.equal(await log.deleteOldSegments(), 1);
    assert.deepEqual(log.segmentInfos().map((s) => s.size / SIZE), [4, 3]);
  });

  it('does nothing by time or size for compact-only topics', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4, retentionBytes: 0, retentionMs: 0, cleanupPolicy: ['compact'] });
    await fill(log, 10);
    assert.equal(await log.deleteOldSegments(1e15), 0);
  });

  it('never deletes past the high watermark', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4, retentionMs: 0 }, { highWatermarkFollowsLogEnd: false });
    await fill(log, 10);
    log.updateHighWatermark(9);
    assert.equal(await log.deleteOldSegments(1e15), 1);
    assert.equal(log.logStartOffset, 8);
  });

  it('keeps deleted files as *.deleted for file.delete.delay.ms', async (t) => {
    const log = await openLog(t, { segmentBytes: SIZE * 4, fileDeleteDelayMs: 60_000 });
    await fill(log, 10);
    await log.deleteRecordsBefore(10);
    assert.ok(fs.readdirSync(log.dir).includes('00000000000000000000.log.deleted'));
    await log.close();
    assert.ok(!fs.readdirSync(log.dir).some((n) => n.endsWith('.deleted')), 'close deletes them');
  });
});

describe('lifecycle', () => {
  it('notifies append listeners, restarts at an offset, and deletes its folder', async (t) => {
    const log = await openLog(t);
    const seen: number[] = [];
    const off = log.onAppend((leo, hw) => seen.push(leo, hw));
    await log.append(simpleBatch(2));
    off();
    await log.append(simpleBatch(1));
    assert.deepEqual(seen, [2, 2]);
    await log.truncateFullyAndStartAt(100);
    assert.deepEqual([log.logStartOffset, log.logEndOffset, log.highWatermark], [100, 100, 100]);
    assert.equal((await log.append(simpleBatch())).baseOffset, 100);
    await log.delete();
    assert.ok(!fs.existsSync(log.dir));
    await assert.rejects(log.append(simpleBatch()), /closed/);
  });
});
