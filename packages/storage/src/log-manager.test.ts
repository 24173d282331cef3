import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { LogManager, type LogManagerOptions } from './log-manager.js';
import { CountingIo, captureLogger, onCleanup, parseBatches, simpleBatch, tempDir } from './test-helpers.js';

async function openManager(t: TestContext, dirs: string[], opts: Partial<LogManagerOptions> = {}): Promise<LogManager> {
  const mgr = await LogManager.open(dirs, { defaultConfig: { fileDeleteDelayMs: 0 }, logger: captureLogger(), ...opts });
  onCleanup(t, () => mgr.shutdown());
  return mgr;
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('LogManager', () => {
  it('spreads new logs over the log dirs, and a clean shutdown writes checkpoints and the marker', async (t) => {
    const a = tempDir(t);
    const b = tempDir(t);
    const mgr = await openManager(t, [a, b]);
    const logs = await Promise.all([0, 1, 2, 3].map((p) => mgr.getOrCreateLog('orders', p)));
    assert.equal(await mgr.getOrCreateLog('orders', 0), logs[0]);
    assert.deepEqual(
      [0, 1, 2, 3].map((p) => mgr.logDirOf('orders', p)).sort(),
      [a, a, b, b].sort(),
    );
    for (const [i, log] of logs.entries()) for (let n = 0; n <= i; n++) await log.append(simpleBatch(2));
    await logs[3]!.deleteRecordsBefore(3);
    await mgr.shutdown();
    for (const dir of [a, b]) {
      assert.ok(fs.existsSync(path.join(dir, '.samsa_cleanshutdown')));
      const rp = read(path.join(dir, 'recovery-point-offset-checkpoint')).split('\n');
      assert.equal(rp[0], '0');
      assert.equal(rp[1], '2');
    }
    const all = read(path.join(a, 'recovery-point-offset-checkpoint')) + read(path.join(b, 'recovery-point-offset-checkpoint'));
    for (let p = 0; p < 4; p++) assert.ok(all.includes(`orders ${p} ${2 * (p + 1)}\n`), all);
    const lso = read(path.join(mgr.logDirOf('orders', 3)!, 'log-start-offset-checkpoint'));
    assert.ok(lso.includes('orders 3 3\n'), lso);

    const logger = captureLogger();
    const again = await openManager(t, [a, b], { logger });
    assert.deepEqual(again.allPartitions().map((tp) => tp.partition).sort(), [0, 1, 2, 3]);
    assert.equal(again.getLog('orders', 2)!.logEndOffset, 6);
    assert.equal(again.getLog('orders', 3)!.logStartOffset, 3);
    assert.ok(!fs.existsSync(path.join(a, '.samsa_cleanshutdown')), 'marker removed once loaded');
    assert.doesNotMatch(logger.messages.join('\n'), /not shut down cleanly/);
  });

  it('recovers after a crash from the checkpointed recovery point', async (t) => {
    const dir = tempDir(t);
    const mgr = await openManager(t, [dir], { defaultConfig: { flushMessages: 1, segmentBytes: simpleBatch().length * 3 } });
    const log = await mgr.getOrCreateLog('t', 0);
    for (let i = 0; i < 5; i++) await log.append(simpleBatch());
    await mgr.checkpointRecoveryPoints();
    for (let i = 0; i < 2; i++) await log.append(simpleBatch());
    // A crash: descriptors go away, nothing more is written, no marker.
    for (const l of mgr.allLogs()) await l.closeForDeletion();
    assert.equal(read(path.join(dir, 'recovery-point-offset-checkpoint')), '0\n1\nt 0 5\n');
    const logger = captureLogger();
    const again = await openManager(t, [dir], { logger });
    assert.match(logger.messages.join('\n'), /not shut down cleanly/);
    const reopened = again.getLog('t', 0)!;
    assert.equal(reopened.logEndOffset, 7);
    assert.equal(reopened.recoveryPoint, 5);
    const { records } = await reopened.read(0, 1 << 20);
    assert.ok(parseBatches(records).every((b) => b.crcValid));
  });

  it('falls back to full recovery when a checkpoint is unreadable', async (t) => {
    const dir = tempDir(t);
    const mgr = await openManager(t, [dir]);
    await (await mgr.getOrCreateLog('t', 0)).append(simpleBatch());
    await mgr.shutdown();
    fs.writeFileSync(path.join(dir, 'recovery-point-offset-checkpoint'), 'nonsense');
    fs.rmSync(path.join(dir, '.samsa_cleanshutdown'));
    const logger = captureLogger();
    const again = await openManager(t, [dir], { logger });
    assert.match(logger.messages.join('\n'), /ignoring unreadable checkpoint/);
    assert.equal(again.getLog('t', 0)!.logEndOffset, 1);
  });

  it('deletes a log by renaming its folder to -delete and removing it', async (t) => {
    const dir = tempDir(t);
    const mgr = await openManager(t, [dir]);
    const log = await mgr.getOrCreateLog('gone', 0);
    await log.append(simpleBatch());
    await mgr.deleteLog('gone', 0);
    assert.equal(mgr.getLog('gone', 0), undefined);
    assert.ok(!fs.existsSync(path.join(dir, 'gone-0')));
    await mgr.shutdown();
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.includes('gone')), []);
    assert.doesNotMatch(read(path.join(dir, 'recovery-point-offset-checkpoint')), /gone/);
  });

  it('removes leftover -delete folders and ignores foreign folders at startup', async (t) => {
    const dir = tempDir(t);
    fs.mkdirSync(path.join(dir, 'old-0.0123456789abcdef0123456789abcdef-delete'));
    fs.mkdirSync(path.join(dir, 'not a partition'));
    const logger = captureLogger();
    const mgr = await openManager(t, [dir], { logger });
    assert.deepEqual(mgr.allPartitions(), []);
    await mgr.shutdown();
    assert.ok(!fs.existsSync(path.join(dir, 'old-0.0123456789abcdef0123456789abcdef-delete')));
    assert.match(logger.messages.join('\n'), /ignoring .*not a partition/);
  });

  it('applies topic configs, runs retention and time-based flush on demand', async (t) => {
    const dir = tempDir(t);
    const io = new CountingIo();
    const size = simpleBatch().length;
    const mgr = await openManager(t, [dir], {
      io,
      defaultConfig: { segmentBytes: size * 2, retentionMs: -1, fileDeleteDelayMs: 0 },
      topicConfig: (topic) => (topic === 'short' ? { retentionMs: 1000, flushMs: 500 } : null),
    });
    const short = await mgr.getOrCreateLog('short', 0);
    const long = await mgr.getOrCreateLog('long', 0);
    for (let i = 0; i < 6; i++) {
      await short.append(simpleBatch(1, 100, 1000));
      await long.append(simpleBatch(1, 100, 1000));
    }
    await short.flush();
    await long.flush();
    const before = io.calls;
    assert.equal(await mgr.cleanupLogs(1_000_000), 3, 'all three segments of "short" expire; "long" keeps forever');
    assert.equal(short.logStartOffset, 6);
    assert.equal(long.logStartOffset, 0);
    await short.append(simpleBatch());
    assert.equal(await mgr.flushDirtyLogs(Date.now() + 1000), 1);
    assert.equal(io.calls, before + 1);
    mgr.updateTopicConfig('long', { retentionMs: 1000 });
    assert.equal(await mgr.cleanupLogs(1_000_000), 3);
  });

  it('runs background tasks on timers and stops them at shutdown', async (t) => {
    const dir = tempDir(t);
    const mgr = await openManager(t, [dir], { checkpointIntervalMs: 5, flushCheckIntervalMs: 5, retentionCheckIntervalMs: 5 });
    const log = await mgr.getOrCreateLog('t', 0);
    await log.append(simpleBatch());
    await log.flush();
    mgr.startBackgroundTasks();
    const file = path.join(dir, 'recovery-point-offset-checkpoint');
    // Wait for the checkpoint task itself, not for a duration.
    await new Promise<void>((resolve) => {
      const watcher = fs.watch(dir, () => {
        if (fs.existsSync(file) && read(file) === '0\n1\nt 0 1\n') {
          watcher.close();
          resolve();
        }
      });
    });
    await mgr.shutdown();
    assert.ok(fs.existsSync(path.join(dir, '.samsa_cleanshutdown')));
  });
});
