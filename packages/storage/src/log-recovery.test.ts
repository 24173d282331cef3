import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { LogConfig } from './config.js';
import { Log, type LogOpenOptions } from './log.js';
import { type CapturingLogger, captureLogger, onCleanup, parseBatches, simpleBatch, tempDir, TP } from './test-helpers.js';

const SIZE = simpleBatch(2, 200).length;
const CONFIG: Partial<LogConfig> = { segmentBytes: SIZE * 5, indexIntervalBytes: SIZE };

async function openLog(t: TestContext, dir: string, opts: LogOpenOptions = {}, logger: CapturingLogger = captureLogger()): Promise<Log> {
  const log = await Log.open(dir, TP, CONFIG, { logger, ...opts });
  onCleanup(t, () => log.close());
  return log;
}

/** 15 batches of 2 records (offsets 0..29) in 3 segments of 5 batches, closed cleanly. */
async function prepared(t: TestContext): Promise<{ dir: string; folder: string }> {
  const dir = tempDir(t);
  const log = await openLog(t, dir);
  for (let i = 0; i < 15; i++) await log.append(simpleBatch(2, 200, 1000 + i), { leaderEpoch: i < 7 ? 1 : 3 });
  await log.close();
  return { dir, folder: log.dir };
}

const seg = (folder: string, base: number, ext: string) => path.join(folder, `${String(base).padStart(20, '0')}.${ext}`);

/** Every offset from the log start is readable, contiguous, and every batch passes CRC. */
async function checkContiguous(log: Log): Promise<number> {
  let next = log.logStartOffset;
  while (next < log.logEndOffset) {
    const batches = parseBatches((await log.read(next, 1 << 20, { minOneBatch: true })).records);
    assert.ok(batches.length > 0, `nothing readable at ${next}`);
    for (const b of batches) {
      assert.ok(b.crcValid, `CRC of batch ${b.baseOffset}`);
      assert.equal(b.baseOffset, next, 'offsets are contiguous');
      next = b.baseOffset + b.lastOffsetDelta + 1;
    }
  }
  return next;
}

const warnings = (logger: CapturingLogger) => logger.messages.filter((m) => m.startsWith('WARN'));

describe('recovery after an unclean shutdown', () => {
  it('truncates a torn last batch', async (t) => {
    const { dir, folder } = await prepared(t);
    const file = seg(folder, 20, 'log');
    fs.truncateSync(file, fs.statSync(file).size - 7);
    const logger = captureLogger();
    const log = await openLog(t, dir, { cleanShutdown: false, recoveryPoint: 0 }, logger);
    assert.equal(log.logEndOffset, 28);
    assert.equal(fs.statSync(file).size, SIZE * 4);
    assert.match(warnings(logger).join('\n'), /truncated \d+ bytes at position \d+ of .*00000000000000000020\.log/);
    assert.equal(await checkContiguous(log), 28);
    assert.equal((await log.append(simpleBatch(1))).baseOffset, 28);
  });

  it('truncates garbage appended after the last batch', async (t) => {
    const { dir, folder } = await prepared(t);
    const file = seg(folder, 20, 'log');
    const size = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.from('this is not a record batch, just bytes that landed after a crash'));
    const log = await openLog(t, dir, { recoveryPoint: 20 });
    assert.equal(fs.statSync(file).size, size);
    assert.equal(log.logEndOffset, 30);
    assert.equal(await checkContiguous(log), 30);
  });

  it('truncates at a corrupt CRC in the middle of the last segment', async (t) => {
    const { dir, folder } = await prepared(t);
    const file = seg(folder, 20, 'log');
    const data = fs.readFileSync(file);
    data[SIZE * 2 + 100]! ^= 0x55;
    fs.writeFileSync(file, data);
    const logger = captureLogger();
    const log = await openLog(t, dir, { recoveryPoint: 25 }, logger);
    assert.equal(log.logEndOffset, 24);
    assert.match(warnings(logger).join('\n'), /CRC-32C mismatch/);
    assert.equal(await checkContiguous(log), 24);
  });

  it('deletes the segments after a corrupt one', async (t) => {
    const { dir, folder } = await prepared(t);
    const file = seg(folder, 10, 'log');
    const data = fs.readFileSync(file);
    data[SIZE * 3 + 80]! ^= 0xff;
    fs.writeFileSync(file, data);
    const logger = captureLogger();
    const log = await openLog(t, dir, { recoveryPoint: 0 }, logger);
    assert.equal(log.logEndOffset, 16);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 10]);
    assert.ok(!fs.existsSync(seg(folder, 20, 'log')));
    assert.match(warnings(logger).join('\n'), /deleting 1 later segment/);
    assert.equal(await checkContiguous(log), 16);
    assert.deepEqual(log.leaderEpochCache.all, [{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 14 }]);
  });

  it('trusts segments below the recovery point and re-reads from the one holding it', async (t) => {
    const { dir, folder } = await prepared(t);
    // Damage a record in segment 0 (below the recovery point): not re-read, so not noticed.
    const file = seg(folder, 0, 'log');
    const data = fs.readFileSync(file);
    data[SIZE + 100]! ^= 0xff;
    fs.writeFileSync(file, data);
    const logger = captureLogger();
    const log = await openLog(t, dir, { recoveryPoint: 22 }, logger);
    assert.equal(log.logEndOffset, 30);
    assert.deepEqual(warnings(logger), []);
    assert.equal(parseBatches((await log.read(2, SIZE)).records)[0]!.crcValid, false);
  });

  it('re-derives leader epochs from the batches', async (t) => {
    const { dir, folder } = await prepared(t);
    fs.unlinkSync(path.join(folder, 'leader-epoch-checkpoint'));
    const log = await openLog(t, dir, { recoveryPoint: 0 });
    assert.deepEqual(log.leaderEpochCache.all, [{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 14 }]);
    assert.deepEqual(log.leaderEpochCache.endOffsetFor(2, log.logEndOffset), { epoch: 1, endOffset: 14 });
  });

  for (const cleanShutdown of [false, true]) {
    it(`drops an empty last segment that starts past the end of the data (clean marker: ${cleanShutdown})`, async (t) => {
      // What a crash leaves when a roll created the next segment before queued writes landed.
      const { dir, folder } = await prepared(t);
      for (const ext of ['log', 'index', 'timeindex']) fs.writeFileSync(seg(folder, 40, ext), '');
      const logger = captureLogger();
      const log = await openLog(t, dir, { recoveryPoint: 30, cleanShutdown }, logger);
      assert.equal(log.logEndOffset, 30);
      assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 10, 20]);
      assert.match(warnings(logger).join('\n'), /removing empty segment .*00000000000000000040\.log/);
      assert.equal((await log.append(simpleBatch(1))).baseOffset, 30);
      assert.equal(await checkContiguous(log), 31);
    });
  }

  it('marks recovered data unsynced so the next flush fsyncs it', async (t) => {
    const { dir } = await prepared(t);
    const log = await openLog(t, dir, { recoveryPoint: 0 });
    assert.equal(log.recoveryPoint, 0);
    await log.flush();
    assert.equal(log.recoveryPoint, 30);
  });
});

describe('loading after a clean shutdown', () => {
  const indexFiles = (folder: string) =>
    Object.fromEntries(
      fs.readdirSync(folder).filter((n) => /\.(index|timeindex)$/.test(n)).sort().map((n) => [n, fs.readFileSync(path.join(folder, n)).toString('hex')]),
    );

  async function reopenAndCompare(t: TestContext, damage: (folder: string) => void, expectWarning: RegExp | null) {
    const { dir, folder } = await prepared(t);
    const before = indexFiles(folder);
    damage(folder);
    const logger = captureLogger();
    const log = await openLog(t, dir, { cleanShutdown: true }, logger);
    assert.equal(log.logEndOffset, 30);
    assert.equal(log.recoveryPoint, 30);
    assert.equal(await checkContiguous(log), 30);
    for (let o = 0; o < 30; o += 3) assert.equal(parseBatches((await log.read(o, SIZE)).records)[0]!.baseOffset, o - (o % 2));
    assert.deepEqual(await log.offsetForTimestamp(1007), { offset: 14, timestamp: 1007 });
    // Inactive segments validate their indexes fully on first use, so check warnings after reads.
    if (expectWarning) assert.match(warnings(logger).join('\n'), expectWarning);
    else assert.deepEqual(warnings(logger), []);
    await log.close();
    assert.deepEqual(indexFiles(folder), before, 'indexes rebuilt identically');
  }

  it('trusts intact files', (t) => reopenAndCompare(t, () => {}, null));

  it('rebuilds a deleted offset index of the active segment', (t) => reopenAndCompare(t, (f) => fs.unlinkSync(seg(f, 20, 'index')), /missing/));

  it('rebuilds a deleted time index of an inactive segment', (t) => reopenAndCompare(t, (f) => fs.unlinkSync(seg(f, 0, 'timeindex')), /time index missing/));

  it('rebuilds a deleted offset index of an inactive segment', (t) => reopenAndCompare(t, (f) => fs.unlinkSync(seg(f, 10, 'index')), /offset index missing/));

  it('rebuilds an index with a partial entry', (t) =>
    reopenAndCompare(t, (f) => fs.truncateSync(seg(f, 20, 'index'), fs.statSync(seg(f, 20, 'index')).size - 3), /not a multiple of 8/));

  it('completes an index that lost whole entries at its end', (t) =>
    reopenAndCompare(t, (f) => fs.truncateSync(seg(f, 20, 'index'), fs.statSync(seg(f, 20, 'index')).size - 8), null));

  it('rebuilds an index whose entry points beyond the log', (t) =>
    reopenAndCompare(
      t,
      (f) => {
        const file = seg(f, 10, 'index');
        const data = fs.readFileSync(file);
        data.writeInt32BE(1 << 30, data.length - 4);
        fs.writeFileSync(file, data);
      },
      /outside the log/,
    ));

  for (const base of [0, 20]) {
    it(`rebuilds an index whose entries are out of order (${base ? 'active' : 'inactive, on first use'})`, (t) =>
      reopenAndCompare(
        t,
        (f) => {
          const file = seg(f, base, 'index');
          const data = fs.readFileSync(file);
          fs.writeFileSync(file, Buffer.concat([data.subarray(8, 16), data.subarray(0, 8), data.subarray(16)]));
        },
        /out of order/,
      ));
  }

  it('recovers an active segment whose tail is torn despite the marker', async (t) => {
    const { dir, folder } = await prepared(t);
    const file = seg(folder, 20, 'log');
    fs.truncateSync(file, fs.statSync(file).size - 1);
    const logger = captureLogger();
    const log = await openLog(t, dir, { cleanShutdown: true }, logger);
    assert.equal(log.logEndOffset, 28);
    assert.match(warnings(logger).join('\n'), /recovering it/);
    assert.equal(await checkContiguous(log), 28);
  });

  it('removes leftovers: *.deleted, *.tmp, orphan indexes', async (t) => {
    const { dir, folder } = await prepared(t);
    for (const n of ['00000000000000000005.log.deleted', 'leader-epoch-checkpoint.tmp', '00000000000000000099.index']) fs.writeFileSync(path.join(folder, n), 'x');
    const log = await openLog(t, dir, { cleanShutdown: true });
    assert.deepEqual(
      fs.readdirSync(folder).filter((n) => !/^0+(0|10|20)\.(log|index|timeindex)$/.test(n)),
      ['leader-epoch-checkpoint'],
    );
    assert.equal(log.logEndOffset, 30);
  });

  it('starts empty at the log start offset when it is beyond the end', async (t) => {
    const { dir } = await prepared(t);
    const log = await openLog(t, dir, { cleanShutdown: true, logStartOffset: 50 });
    assert.deepEqual([log.logStartOffset, log.logEndOffset, log.numberOfSegments, log.size], [50, 50, 1, 0]);
    assert.equal((await log.append(simpleBatch())).baseOffset, 50);
  });

  it('moves the log start offset to the checkpoint inside the first segment', async (t) => {
    const { dir } = await prepared(t);
    const log = await openLog(t, dir, { cleanShutdown: true, logStartOffset: 13 });
    assert.equal(log.logStartOffset, 13);
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [0, 10, 20]);
    log.updateConfig({ retentionMs: -1 });
    await log.deleteOldSegments();
    assert.deepEqual(log.segmentInfos().map((s) => s.baseOffset), [10, 20]);
  });
});
