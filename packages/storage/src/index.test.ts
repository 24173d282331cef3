import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deleteDirName, offsetToFilenamePrefix, parseLogDirName, parseSegmentFileName, segmentFileName } from './file-names.js';
import { IndexCorruptError, IndexFile } from './index-file.js';
import { Log } from './log.js';
import { OFFSET_INDEX_ENTRY_SIZE, OffsetIndex } from './offset-index.js';
import { captureLogger, onCleanup, simpleBatch, tempDir, TP } from './test-helpers.js';
import { TIME_INDEX_ENTRY_SIZE, TimeIndex } from './time-index.js';

describe('file names', () => {
  it('names segments by their 20-digit base offset', () => {
    assert.equal(offsetToFilenamePrefix(0), '00000000000000000000');
    assert.equal(segmentFileName(1234567, '.log'), '00000000000001234567.log');
    assert.deepEqual(parseSegmentFileName('00000000000001234567.timeindex'), { baseOffset: 1234567, kind: 'timeindex' });
    assert.equal(parseSegmentFileName('1234567.log'), null);
    assert.equal(parseSegmentFileName('00000000000001234567.log.deleted'), null);
    assert.throws(() => offsetToFilenamePrefix(-1));
  });

  it('parses partition folders and skips -delete/-future ones', () => {
    assert.deepEqual(parseLogDirName('my-topic.v2-12'), { topic: 'my-topic.v2', partition: 12 });
    assert.equal(parseLogDirName('topic'), null);
    assert.equal(parseLogDirName('topic-x'), null);
    const del = deleteDirName({ topic: 'a-b', partition: 3 });
    assert.match(del, /^a-b-3\.[0-9a-f]{32}-delete$/);
    assert.equal(parseLogDirName(del), null);
    assert.equal(parseLogDirName('t-0.abc-future'), null);
  });
});

describe('OffsetIndex', () => {
  it('finds the largest entry <= target, with (base, 0) below the first', (t) => {
    const dir = tempDir(t);
    const idx = new OffsetIndex(path.join(dir, 'a.index'), 100, 1024);
    idx.append(110, 4000);
    idx.append(125, 9000);
    idx.append(140, 15000);
    assert.deepEqual(idx.lookup(100), { offset: 100, position: 0 });
    assert.deepEqual(idx.lookup(109), { offset: 100, position: 0 });
    assert.deepEqual(idx.lookup(110), { offset: 110, position: 4000 });
    assert.deepEqual(idx.lookup(124), { offset: 110, position: 4000 });
    assert.deepEqual(idx.lookup(125), { offset: 125, position: 9000 });
    assert.deepEqual(idx.lookup(10_000), { offset: 140, position: 15000 });
    assert.throws(() => idx.append(140, 16000), /does not follow/);
    assert.throws(() => idx.append(141, 15000), /does not follow/);
    idx.truncateTo(125);
    assert.equal(idx.entries, 1);
    assert.deepEqual(idx.lookup(200), { offset: 110, position: 4000 });
  });

  it('is full at segment.index.bytes / 8 entries', (t) => {
    const idx = new OffsetIndex(path.join(tempDir(t), 'a.index'), 0, 20);
    assert.equal(idx.maxEntries, 2);
    idx.append(1, 10);
    assert.equal(idx.isFull, false);
    idx.append(2, 20);
    assert.equal(idx.isFull, true);
  });

  it('persists a prefix, shrinks after truncation, and validates on read', (t) => {
    const dir = tempDir(t);
    const file = path.join(dir, 'a.index');
    const idx = new OffsetIndex(file, 0, 1024);
    for (let i = 1; i <= 5; i++) idx.append(i * 10, i * 1000);
    idx.persist(3);
    assert.equal(fs.statSync(file).size, 3 * OFFSET_INDEX_ENTRY_SIZE);
    idx.persist();
    idx.truncateTo(30);
    idx.append(35, 3500);
    idx.persist();
    idx.closeFile();
    const data = IndexFile.readFile(file, OFFSET_INDEX_ENTRY_SIZE)!;
    assert.equal(data.length, 3 * OFFSET_INDEX_ENTRY_SIZE);
    OffsetIndex.validate(data, 10_000, file);
    const reloaded = new OffsetIndex(file, 0, 1024, data);
    assert.deepEqual(reloaded.lookup(36), { offset: 35, position: 3500 });
    assert.throws(() => OffsetIndex.validate(data, 3000, file), IndexCorruptError);
    const swapped = Buffer.concat([data.subarray(8, 16), data.subarray(0, 8)]);
    assert.throws(() => OffsetIndex.validate(swapped, 10_000, file), IndexCorruptError);
    fs.appendFileSync(file, Buffer.from([1, 2, 3]));
    assert.throws(() => IndexFile.readFile(file, OFFSET_INDEX_ENTRY_SIZE), IndexCorruptError);
  });
});

describe('TimeIndex', () => {
  it('appends only when the largest timestamp grows and looks up strictly below', (t) => {
    const idx = new TimeIndex(path.join(tempDir(t), 'a.timeindex'), 1000, 1200);
    idx.maybeAppend(5000, 1010);
    idx.maybeAppend(5000, 1020);
    idx.maybeAppend(4000, 1030);
    idx.maybeAppend(7000, 1040);
    assert.equal(idx.entries, 2);
    assert.equal(idx.lookupBelow(5000), null);
    assert.deepEqual(idx.lookupBelow(5001), { timestamp: 5000, offset: 1010 });
    assert.deepEqual(idx.lookupBelow(9999), { timestamp: 7000, offset: 1040 });
    idx.truncateTo(1040);
    assert.deepEqual(idx.lastEntry(), { timestamp: 5000, offset: 1010 });
    idx.persist();
    idx.closeFile();
    const data = IndexFile.readFile(idx.path, TIME_INDEX_ENTRY_SIZE)!;
    TimeIndex.validate(data, idx.path);
    assert.deepEqual(TimeIndex.decodeEntry(data, 0, 1000), { timestamp: 5000, offset: 1010 });
    const bad = Buffer.concat([data, data]);
    assert.throws(() => TimeIndex.validate(bad, idx.path), IndexCorruptError);
  });

  it('lets the final entry exceed a full index', (t) => {
    const idx = new TimeIndex(path.join(tempDir(t), 'a.timeindex'), 0, 24);
    idx.maybeAppend(1, 1);
    idx.maybeAppend(2, 2);
    idx.maybeAppend(3, 3);
    assert.equal(idx.entries, 2);
    idx.maybeAppend(3, 3, true);
    assert.equal(idx.entries, 3);
  });
});

describe('sparse index through a log', () => {
  it('adds an entry per index.interval.bytes and every offset stays reachable', async (t) => {
    const dir = tempDir(t);
    const log = await Log.open(dir, TP, { indexIntervalBytes: 4096 }, { logger: captureLogger() });
    onCleanup(t, () => log.close());
    const positions: number[] = [];
    let pos = 0;
    for (let i = 0; i < 100; i++) {
      const b = simpleBatch(2, 400);
      positions.push(pos);
      pos += b.length;
      await log.append(b);
    }
    const { offsets } = log.activeSegment.indexEntries();
    const batchSize = simpleBatch(2, 400).length;
    // An entry once more than 4096 bytes accumulated: every ceil(4097 / size) batches.
    const every = Math.ceil(4097 / batchSize);
    assert.equal(offsets.length, Math.floor((100 - 1) / every));
    for (const e of offsets) {
      const batch = Math.floor(e.offset / 2);
      assert.equal(e.offset % 2, 1, 'entries name the last offset of a batch');
      assert.equal(e.position, positions[batch]);
    }
    for (let offset = 0; offset < 200; offset++) {
      const r = await log.read(offset, 1);
      assert.equal(r.records.length, 0, 'maxBytes below one batch');
      const r2 = await log.read(offset, 1, { minOneBatch: true });
      assert.equal(r2.records.readBigInt64BE(0), BigInt(offset - (offset % 2)));
      assert.equal(r2.records.length, batchSize);
    }
  });
});
