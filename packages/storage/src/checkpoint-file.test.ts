import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CheckpointFormatError, OffsetCheckpointFile, formatCheckpoint, parseCheckpoint } from './checkpoint-file.js';
import { LeaderEpochCache } from './leader-epoch-cache.js';
import { captureLogger, tempDir } from './test-helpers.js';

describe('checkpoint files', () => {
  it('round-trips Kafka\'s format: version, count, "topic partition offset" lines', async (t) => {
    const file = path.join(tempDir(t), 'recovery-point-offset-checkpoint');
    const cp = new OffsetCheckpointFile(file);
    assert.deepEqual(cp.read(), new Map(), 'missing file: no entries');
    await cp.write([
      { topic: 'orders', partition: 0, offset: 42 },
      { topic: 'my.topic-x', partition: 11, offset: 9_007_199_254_740_000 },
    ]);
    assert.equal(fs.readFileSync(file, 'utf8'), '0\n2\norders 0 42\nmy.topic-x 11 9007199254740000\n');
    assert.ok(!fs.existsSync(file + '.tmp'), 'temp file renamed away');
    assert.deepEqual(cp.read().get('my.topic-x-11'), { topic: 'my.topic-x', partition: 11, offset: 9_007_199_254_740_000 });
    await cp.write([]);
    assert.equal(fs.readFileSync(file, 'utf8'), '0\n0\n');
  });

  it('rejects malformed files', () => {
    assert.deepEqual(parseCheckpoint(formatCheckpoint([['a', 1, 2]]), 3), [['a', '1', '2']]);
    for (const bad of ['', '1\n0\n', '0\n2\na 0 1\n', '0\n1\na 0\n', '0\nx\n']) {
      assert.throws(() => parseCheckpoint(bad, 3), CheckpointFormatError, JSON.stringify(bad));
    }
  });

  it('reports a bad number as a format error', (t) => {
    const file = path.join(tempDir(t), 'cp');
    fs.writeFileSync(file, '0\n1\ntopic 0 12x\n');
    assert.throws(() => new OffsetCheckpointFile(file).read(), CheckpointFormatError);
  });
});

describe('leader epoch cache', () => {
  it('records newer epochs, answers end offsets, trims at both ends, and persists', (t) => {
    const dir = tempDir(t);
    const cache = new LeaderEpochCache(dir, captureLogger());
    assert.equal(cache.assign(1, 0), true);
    assert.equal(cache.assign(1, 5), false);
    assert.equal(cache.assign(0, 7), false);
    cache.assign(3, 10);
    cache.assign(5, 20);
    assert.deepEqual(cache.endOffsetFor(1, 30), { epoch: 1, endOffset: 10 });
    assert.deepEqual(cache.endOffsetFor(4, 30), { epoch: 3, endOffset: 20 });
    assert.deepEqual(cache.endOffsetFor(5, 30), { epoch: 5, endOffset: 30 });
    assert.deepEqual(cache.endOffsetFor(0, 30), { epoch: -1, endOffset: -1 });
    assert.equal(fs.readFileSync(path.join(dir, 'leader-epoch-checkpoint'), 'utf8'), '0\n3\n1 0\n3 10\n5 20\n');
    cache.truncateFromEnd(15);
    cache.truncateFromStart(12);
    assert.deepEqual(cache.all, [{ epoch: 3, startOffset: 12 }]);
    assert.deepEqual(new LeaderEpochCache(dir, captureLogger()).all, [{ epoch: 3, startOffset: 12 }]);
    cache.assign(7, 12);
    assert.deepEqual(cache.all, [{ epoch: 7, startOffset: 12 }], 'a newer epoch at the same start supersedes');
  });

  it('ignores an unreadable file with a warning', (t) => {
    const dir = tempDir(t);
    fs.writeFileSync(path.join(dir, 'leader-epoch-checkpoint'), 'garbage');
    const logger = captureLogger();
    assert.deepEqual(new LeaderEpochCache(dir, logger).all, []);
    assert.match(logger.messages.join('\n'), /ignoring unreadable/);
  });
});
