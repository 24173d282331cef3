import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import {
  ATTR_CONTROL,
  ATTR_TIMESTAMP_TYPE_LOG_APPEND,
  ATTRIBUTES_OFFSET,
  BATCH_LENGTH_OFFSET,
  MAX_TIMESTAMP_OFFSET,
} from '@samsa/protocol';
import type { LogConfig } from './config.js';
import { StorageErrorCode, type RecordValidationError } from './errors.js';
import { Log, type LogOpenOptions } from './log.js';
import { ManualTime, buildBatch, captureLogger, fixCrc, onCleanup, parseBatches, simpleBatch, tempDir, TP } from './test-helpers.js';

async function openLog(t: TestContext, config: Partial<LogConfig> = {}, opts: LogOpenOptions = {}, dir = tempDir(t)): Promise<Log> {
  const log = await Log.open(dir, TP, config, { logger: captureLogger(), ...opts });
  onCleanup(t, () => log.close());
  return log;
}

async function rejectsWith(p: Promise<unknown>, code: number, batchIndex?: number): Promise<void> {
  await assert.rejects(p, (e: RecordValidationError) => {
    assert.equal(e.code, code, e.message);
    if (batchIndex !== undefined) assert.equal(e.batchIndex, batchIndex);
    return true;
  });
}

describe('append validation', () => {
  it('rejects each kind of bad input with its Kafka error code and appends nothing', async (t) => {
    const log = await openLog(t, { maxMessageBytes: 2000, segmentBytes: 10_000 });
    const good = simpleBatch(2);
    await rejectsWith(log.append(Buffer.alloc(0)), StorageErrorCode.INVALID_RECORD);
    await rejectsWith(log.append(good.subarray(0, 40)), StorageErrorCode.CORRUPT_MESSAGE, 0);
    await rejectsWith(log.append(Buffer.concat([simpleBatch(), Buffer.from('garbage')])), StorageErrorCode.CORRUPT_MESSAGE, 1);
    const longer = Buffer.from(good);
    longer.writeInt32BE(longer.readInt32BE(BATCH_LENGTH_OFFSET) + 1, BATCH_LENGTH_OFFSET);
    await rejectsWith(log.append(longer), StorageErrorCode.CORRUPT_MESSAGE, 0);
    const tiny = Buffer.from(good);
    tiny.writeInt32BE(10, BATCH_LENGTH_OFFSET);
    await rejectsWith(log.append(tiny), StorageErrorCode.CORRUPT_MESSAGE, 0);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }], { magic: 5 })), StorageErrorCode.CORRUPT_MESSAGE);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }], { magic: 1 })), StorageErrorCode.INVALID_RECORD);
    const badCrc = Buffer.from(good);
    badCrc[badCrc.length - 1]! ^= 0xff;
    await rejectsWith(log.append(Buffer.concat([simpleBatch(), badCrc])), StorageErrorCode.CORRUPT_MESSAGE, 1);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }], { recordCount: 0, lastOffsetDelta: -1 })), StorageErrorCode.INVALID_RECORD);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }, { value: 'y' }], { recordCount: 3 })), StorageErrorCode.INVALID_RECORD);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }], { lastOffsetDelta: 4 })), StorageErrorCode.INVALID_RECORD);
    await rejectsWith(log.append(simpleBatch(1, 2100)), StorageErrorCode.MESSAGE_TOO_LARGE);
    const many = Buffer.concat(Array.from({ length: 8 }, () => simpleBatch(1, 1500)));
    await rejectsWith(log.append(many), StorageErrorCode.RECORD_LIST_TOO_LARGE);
    await rejectsWith(log.append(buildBatch([{ value: 'x' }], { attributes: 6 })), StorageErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
    const control = buildBatch([{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }], { attributes: ATTR_CONTROL });
    await rejectsWith(log.append(Buffer.from(control)), StorageErrorCode.INVALID_RECORD);
    assert.equal(log.logEndOffset, 0);
    assert.equal(log.size, 0);
    const ok = await log.append(control, { origin: 'coordinator' });
    assert.equal(ok.baseOffset, 0);
  });
});

describe('offset assignment', () => {
  it('assigns contiguous offsets across batches of one request and across requests', async (t) => {
    const log = await openLog(t);
    const req = Buffer.concat([simpleBatch(2), simpleBatch(3), simpleBatch(1)]);
    const r1 = await log.append(req, { leaderEpoch: 7 });
    assert.deepEqual(r1, { baseOffset: 0, lastOffset: 5, logAppendTime: -1, logStartOffset: 0, recordCount: 6 });
    const r2 = await log.append(simpleBatch(4), { leaderEpoch: 7 });
    assert.equal(r2.baseOffset, 6);
    assert.equal(r2.lastOffset, 9);
    assert.equal(log.logEndOffset, 10);
    assert.equal(log.highWatermark, 10);
    const { records } = await log.read(0, 1 << 20);
    const batches = parseBatches(records);
    assert.deepEqual(batches.map((b) => b.baseOffset), [0, 2, 5, 6]);
    assert.ok(batches.every((b) => b.crcValid && b.partitionLeaderEpoch === 7));
    assert.deepEqual(log.leaderEpochCache.all, [{ epoch: 7, startOffset: 0 }]);
  });

  it('stamps LogAppendTime into maxTimestamp and keeps the CRC valid', async (t) => {
    const time = new ManualTime(1_800_000_000_000);
    const log = await openLog(t, { messageTimestampType: 'LogAppendTime' }, { time });
    const r = await log.append(simpleBatch(3, 10, 1_600_000_000_000));
    assert.equal(r.logAppendTime, 1_800_000_000_000);
    const [b] = parseBatches((await log.read(0, 1 << 20)).records);
    assert.equal(b!.maxTimestamp, 1_800_000_000_000);
    assert.ok(b!.attributes & ATTR_TIMESTAMP_TYPE_LOG_APPEND);
    assert.ok(b!.crcValid);
    assert.deepEqual(await log.offsetForTimestamp(1_700_000_000_000), { offset: 0, timestamp: 1_800_000_000_000 });
  });
});

describe('segment roll', () => {
  const names = (log: Log) => fs.readdirSync(log.dir).filter((n) => n.endsWith('.log')).sort();

  it('rolls when the next append would exceed segment.bytes; names segments by base offset', async (t) => {
    const log = await openLog(t, { segmentBytes: 1000 });
    const size = simpleBatch(1, 200).length;
    const perSegment = Math.floor(1000 / size);
    for (let i = 0; i < 10; i++) await log.append(simpleBatch(1, 200));
    const infos = log.segmentInfos();
    assert.equal(infos.length, Math.ceil(10 / perSegment));
    assert.deepEqual(infos.map((s) => s.baseOffset), infos.map((_, i) => i * perSegment));
    assert.ok(infos.every((s) => s.size <= 1000));
    assert.deepEqual(names(log), infos.map((s) => `${String(s.baseOffset).padStart(20, '0')}.log`));
    for (const s of infos) {
      assert.ok(fs.existsSync(path.join(log.dir, `${String(s.baseOffset).padStart(20, '0')}.index`)));
      assert.ok(fs.existsSync(path.join(log.dir, `${String(s.baseOffset).padStart(20, '0')}.timeindex`)));
    }
    // A single append larger than what is left in the active segment, but not than a segment.
    await log.append(simpleBatch(1, 900));
    assert.equal(log.activeSegment.baseOffset, 10);
  });

  it('rolls when segment.ms passed since the first batch timestamp', async (t) => {
    const log = await openLog(t, { segmentMs: 1000 });
    await log.append(simpleBatch(1, 10, 10_000));
    await log.append(simpleBatch(1, 10, 10_900));
    await log.append(simpleBatch(1, 10, 11_000));
    assert.equal(log.numberOfSegments, 1);
    await log.append(simpleBatch(1, 10, 11_001));
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 3]);
  });

  it('rolls when the offset index or the time index is full', async (t) => {
    // 24 bytes: 3 offset entries, 2 time entries. One entry per batch after the first.
    const log = await openLog(t, { segmentIndexBytes: 24, indexIntervalBytes: 0 });
    for (let i = 0; i < 9; i++) await log.append(simpleBatch(1, 10, 1000));
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 4, 8]);
    // Growing timestamps add a time entry at each index point too: the time index fills first.
    const log2 = await openLog(t, { segmentIndexBytes: 24, indexIntervalBytes: 0 });
    for (let i = 0; i < 7; i++) await log2.append(simpleBatch(1, 10, 1000 + i));
    assert.deepEqual(log2.segmentInfos().map((s) => s.baseOffset), [0, 3, 6]);
  });

  it('rolls before relative offsets would overflow int32', async (t) => {
    const log = await openLog(t);
    // A batch spanning 2^31 - 1 offsets: only a replica copying already-validated batches
    // (compaction leaves offset gaps) can append that; a client's records would be walked.
    await log.append(buildBatch([{ value: 'x' }], { recordCount: 2 ** 31 - 1, lastOffsetDelta: 2 ** 31 - 2 }), { origin: 'replication' });
    await log.append(simpleBatch(1));
    assert.equal(log.numberOfSegments, 1);
    assert.equal(log.logEndOffset, 2 ** 31);
    await log.append(simpleBatch(1));
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 2 ** 31]);
    assert.equal((await log.read(2 ** 31, 1000)).records.readBigInt64BE(0), 2n ** 31n);
  });

  it('never rolls an empty active segment', async (t) => {
    const log = await openLog(t, { segmentBytes: 500, segmentMs: 1 });
    await log.append(simpleBatch(1, 400));
    await log.append(simpleBatch(1, 400, 1_900_000_000_000));
    assert.deepEqual(log.segmentInfos().map((s) => [s.baseOffset, s.size > 0]), [
      [0, true],
      [1, true],
    ]);
  });
});

describe('write modes', () => {
  it('sync and async writes produce identical files', async (t) => {
    const requests = Array.from({ length: 50 }, (_, i) => simpleBatch(1 + (i % 4), 300, 1000 + i));
    const contents: Buffer[] = [];
    for (const writeMode of ['sync', 'async'] as const) {
      const log = await openLog(t, { segmentBytes: 8000 }, { writeMode });
      await Promise.all(requests.map((r) => log.append(Buffer.from(r))));
      await log.close();
      contents.push(Buffer.concat(fs.readdirSync(log.dir).filter((n) => n.endsWith('.log')).sort().map((n) => fs.readFileSync(path.join(log.dir, n)))));
    }
    assert.ok(contents[0]!.equals(contents[1]!));
    assert.equal(parseBatches(contents[0]!).length, 50);
  });

  it('keeps the buffer it was given (rewritten in place)', async (t) => {
    const log = await openLog(t);
    await log.append(simpleBatch());
    const b = simpleBatch();
    await log.append(b);
    assert.equal(b.readBigInt64BE(0), 1n);
    const before = b.readBigInt64BE(MAX_TIMESTAMP_OFFSET);
    assert.equal(before, 1_700_000_000_000n);
    assert.equal(b.readInt16BE(ATTRIBUTES_OFFSET), 0);
    fixCrc(b);
  });
});
