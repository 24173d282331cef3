import { CompressionType, encodeRecordBatch } from '@samsa/protocol';
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import type { LogConfig } from './config.js';
import { OffsetOutOfRangeError, StorageErrorCode } from './errors.js';
import { Log, type LogOpenOptions } from './log.js';
import { buildBatch, captureLogger, onCleanup, parseBatches, simpleBatch, tempDir, TP } from './test-helpers.js';

async function openLog(t: TestContext, config: Partial<LogConfig> = {}, opts: LogOpenOptions = {}, dir = tempDir(t)): Promise<Log> {
  const log = await Log.open(dir, TP, config, { logger: captureLogger(), ...opts });
  onCleanup(t, () => log.close());
  return log;
}

/** 20 batches of 3 records (offsets 3i..3i+2), 4 segments of 5 batches. */
async function filledLog(t: TestContext, dir = tempDir(t)) {
  const size = simpleBatch(3, 200).length;
  const log = await openLog(t, { segmentBytes: size * 5, indexIntervalBytes: size }, {}, dir);
  for (let i = 0; i < 20; i++) await log.append(simpleBatch(3, 200, 1000 + i * 10));
  return { log, size, dir };
}

describe('read', () => {
  it('starts with the batch holding the fetch offset, from any segment', async (t) => {
    const { log, size } = await filledLog(t);
    assert.equal(log.numberOfSegments, 4);
    for (let offset = 0; offset < 60; offset++) {
      const { records, highWatermark, logEndOffset, logStartOffset } = await log.read(offset, size);
      const [b, ...rest] = parseBatches(records);
      assert.equal(b!.baseOffset, offset - (offset % 3));
      assert.equal(rest.length, 0);
      assert.deepEqual([highWatermark, logEndOffset, logStartOffset], [60, 60, 0]);
    }
  });

  it('returns whole batches within maxBytes, one segment at a time', async (t) => {
    const { log, size } = await filledLog(t);
    assert.equal(parseBatches((await log.read(0, size * 3 - 1)).records).length, 2);
    assert.equal(parseBatches((await log.read(3, size * 3)).records).length, 3);
    // A read stops at the end of the segment: offsets 0..14 are segment 0.
    assert.deepEqual(parseBatches((await log.read(6, size * 100)).records).map((b) => b.baseOffset), [6, 9, 12]);
    assert.equal((await log.read(0, size - 1)).records.length, 0);
    assert.equal((await log.read(0, size - 1, { minOneBatch: true })).records.length, size);
    assert.equal((await log.read(0, 0, { minOneBatch: true })).records.length, size);
  });

  it('never returns a batch holding an offset at or above maxOffset', async (t) => {
    const { log, size } = await filledLog(t);
    assert.deepEqual(parseBatches((await log.read(0, size * 5, { maxOffset: 8 })).records).map((b) => b.baseOffset), [0, 3]);
    assert.deepEqual(parseBatches((await log.read(0, size * 5, { maxOffset: 9 })).records).map((b) => b.baseOffset), [0, 3, 6]);
    assert.equal((await log.read(9, size * 5, { maxOffset: 9, minOneBatch: true })).records.length, 0);
    assert.equal((await log.read(7, size * 5, { maxOffset: 8, minOneBatch: true })).records.length, 0);
  });

  it('throws OFFSET_OUT_OF_RANGE outside [logStartOffset, logEndOffset]', async (t) => {
    const { log } = await filledLog(t);
    assert.equal((await log.read(60, 1000)).records.length, 0);
    await assert.rejects(log.read(61, 1000), (e: OffsetOutOfRangeError) => e.code === StorageErrorCode.OFFSET_OUT_OF_RANGE);
    await log.deleteRecordsBefore(20);
    await assert.rejects(log.read(19, 1000), OffsetOutOfRangeError);
    // 20 is inside the batch 18..20, which is returned whole.
    assert.equal(parseBatches((await log.read(20, 1000, { minOneBatch: true })).records)[0]!.baseOffset, 18);
  });

  it('reads old segments after a reopen (indexes loaded lazily)', async (t) => {
    const dir = tempDir(t);
    const { log, size } = await filledLog(t, dir);
    await log.close();
    const reopened = await openLog(t, { segmentBytes: size * 5, indexIntervalBytes: size }, { cleanShutdown: true }, dir);
    assert.equal(reopened.logEndOffset, 60);
    for (let offset = 0; offset < 60; offset += 4) {
      assert.equal(parseBatches((await reopened.read(offset, size)).records)[0]!.baseOffset, offset - (offset % 3));
    }
    const r = await reopened.append(simpleBatch(1));
    assert.equal(r.baseOffset, 60);
  });
});

describe('offsetForTimestamp', () => {
  it('finds the first record with a timestamp >= the target, across segments', async (t) => {
    const { log } = await filledLog(t);
    // Batch i holds offsets 3i..3i+2, all at 1000 + 10i.
    assert.deepEqual(await log.offsetForTimestamp(0), { offset: 0, timestamp: 1000 });
    assert.deepEqual(await log.offsetForTimestamp(1000), { offset: 0, timestamp: 1000 });
    assert.deepEqual(await log.offsetForTimestamp(1001), { offset: 3, timestamp: 1010 });
    assert.deepEqual(await log.offsetForTimestamp(1095), { offset: 30, timestamp: 1100 });
    assert.deepEqual(await log.offsetForTimestamp(1190), { offset: 57, timestamp: 1190 });
    assert.equal(await log.offsetForTimestamp(1191), null);
    await log.deleteRecordsBefore(31);
    assert.deepEqual(await log.offsetForTimestamp(0), { offset: 31, timestamp: 1100 });
  });

  it('looks inside a batch at each record timestamp', async (t) => {
    const log = await openLog(t);
    await log.append(
      buildBatch([
        { value: 'a', timestamp: 5000 },
        { value: 'b', timestamp: 4000 },
        { value: 'c', timestamp: 7000 },
        { value: 'd', timestamp: 6000 },
      ]),
    );
    assert.deepEqual(await log.offsetForTimestamp(4500), { offset: 0, timestamp: 5000 });
    assert.deepEqual(await log.offsetForTimestamp(5500), { offset: 2, timestamp: 7000 });
    assert.deepEqual(await log.offsetForTimestamp(6000), { offset: 2, timestamp: 7000 });
    assert.equal(await log.offsetForTimestamp(7001), null);
    assert.deepEqual(log.maxTimestampOffset(), { offset: 3, timestamp: 7000 });
    assert.deepEqual(await log.maxTimestampRecord(), { offset: 2, timestamp: 7000 });
  });

  it('falls back to the batch for compressed batches without a finder', async (t) => {
    const log = await openLog(t);
    await log.append(simpleBatch(2, 10, 100));
    // A gzip batch: without a decompressing finder the batch itself is the answer.
    const b = encodeRecordBatch({
      records: [
        { value: Buffer.from('x'), key: null, timestamp: 200 },
        { value: Buffer.from('y'), key: null, timestamp: 300 },
      ],
      compression: CompressionType.Gzip,
    });
    await log.append(b);
    assert.deepEqual(await log.offsetForTimestamp(250), { offset: 2, timestamp: 300 });
  });
});

describe('maxTimestampOffset', () => {
  it('is -1/-1 for an empty log and tracks the largest timestamp across segments', async (t) => {
    const log = await openLog(t, { segmentBytes: 400 });
    assert.deepEqual(log.maxTimestampOffset(), { offset: -1, timestamp: -1 });
    assert.deepEqual(await log.maxTimestampRecord(), { offset: -1, timestamp: -1 });
    for (const ts of [100, 900, 300, 900, 200]) await log.append(simpleBatch(1, 200, ts));
    assert.ok(log.numberOfSegments > 2);
    assert.deepEqual(log.maxTimestampOffset(), { offset: 1, timestamp: 900 });
    assert.deepEqual(await log.maxTimestampRecord(), { offset: 1, timestamp: 900 });
  });
});
