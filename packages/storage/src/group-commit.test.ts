import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import type { LogConfig } from './config.js';
import { NODE_IO, type StorageIo } from './environment.js';
import { StorageErrorCode, type KafkaStorageError } from './errors.js';
import { GroupCommit } from './group-commit.js';
import { Log, type LogOpenOptions } from './log.js';
import { CountingIo, ManualTime, captureLogger, onCleanup, simpleBatch, tempDir, TP } from './test-helpers.js';

async function openLog(t: TestContext, config: Partial<LogConfig>, opts: LogOpenOptions): Promise<Log> {
  const log = await Log.open(tempDir(t), TP, config, { logger: captureLogger(), ...opts });
  onCleanup(t, () => log.close());
  return log;
}

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** An fdatasync the test releases call by call, announcing each start. */
class GatedIo implements StorageIo {
  calls = 0;
  coveredAtStart: number[] = [];
  private gates: { resolve: () => void }[] = [];
  private startWaiters = new Map<number, () => void>();
  constructor(private readonly logEnd: () => number) {}

  async fdatasync(fd: number): Promise<void> {
    this.calls++;
    this.coveredAtStart.push(this.logEnd());
    const gate = deferred();
    this.gates.push(gate);
    this.startWaiters.get(this.calls)?.();
    await gate.promise;
    await NODE_IO.fdatasync(fd);
  }

  /** Resolves once the n-th fdatasync has started. */
  started(n: number): Promise<void> {
    if (this.calls >= n) return Promise.resolve();
    return new Promise((r) => this.startWaiters.set(n, r));
  }

  release(): void {
    this.gates.shift()!.resolve();
  }
}

describe('GroupCommit', () => {
  it('starts a run at once when idle and batches requests made during a run into one next run', async () => {
    const runs: ReturnType<typeof deferred<void>>[] = [];
    const gc = new GroupCommit(() => {
      const d = deferred();
      runs.push(d);
      return d.promise;
    });
    const a = gc.request();
    assert.equal(runs.length, 1, 'the first run starts synchronously');
    const done: string[] = [];
    const b = gc.request().then(() => done.push('b'));
    const c = gc.request().then(() => done.push('c'));
    assert.equal(runs.length, 1);
    runs[0]!.resolve();
    await a;
    assert.deepEqual(done, []);
    assert.equal(runs.length, 2, 'one run for both waiters');
    runs[1]!.resolve();
    await Promise.all([b, c]);
    assert.deepEqual(done, ['b', 'c']);
    assert.equal(gc.busy, false);
  });
});

describe('group commit in the log (flush.messages=1)', () => {
  for (const writeMode of ['async', 'sync'] as const) {
    it(`${writeMode} writes: N concurrent appends share few fsyncs, each resolving after an fsync that covers it`, async (t) => {
      const io = new CountingIo();
      const log = await openLog(t, { flushMessages: 1 }, { io, writeMode });
      let covered = 0;
      io.onStart = () => log.logEndOffset;
      io.onComplete = (leo) => (covered = Math.max(covered, leo as number));
      const N = 300;
      const results = await Promise.all(
        Array.from({ length: N }, () =>
          log.append(simpleBatch(1, 1000)).then((r) => {
            assert.ok(covered > r.lastOffset, `offset ${r.lastOffset} acknowledged before an fsync covered it (covered < ${covered})`);
            return r;
          }),
        ),
      );
      assert.deepEqual(results.map((r) => r.baseOffset), Array.from({ length: N }, (_, i) => i));
      assert.ok(io.calls >= 1 && io.calls <= 5, `${io.calls} fsyncs for ${N} appends`);
      assert.equal(log.recoveryPoint, N);
    });
  }

  it('appends arriving during an fsync wait for the next one, which starts after their writes', async (t) => {
    let log!: Log;
    const io = new GatedIo(() => log.logEndOffset);
    log = await openLog(t, { flushMessages: 1 }, { io, writeMode: 'sync' });
    const acked: number[] = [];
    const append = () => log.append(simpleBatch()).then((r) => (acked.push(r.baseOffset), r));
    const a = append();
    await io.started(1);
    const b = append();
    const c = append();
    io.release();
    await a;
    assert.deepEqual(acked, [0]);
    await io.started(2);
    assert.deepEqual(acked, [0], 'b and c wait for the second fsync');
    io.release();
    await Promise.all([b, c]);
    assert.deepEqual(acked, [0, 1, 2]);
    assert.equal(io.calls, 2);
    assert.deepEqual(io.coveredAtStart, [1, 3]);
    assert.equal(log.recoveryPoint, 3);
  });
});

describe('flush policy', () => {
  it('by default (OS decides) appends never wait for fsync', async (t) => {
    const io = new CountingIo();
    const log = await openLog(t, {}, { io });
    await Promise.all(Array.from({ length: 50 }, () => log.append(simpleBatch())));
    assert.equal(io.calls, 0);
    assert.equal(log.recoveryPoint, 0);
  });

  it('flush.messages=N fsyncs once N messages are unflushed', async (t) => {
    const io = new CountingIo();
    const log = await openLog(t, { flushMessages: 10 }, { io });
    for (let i = 0; i < 25; i++) await log.append(simpleBatch());
    assert.equal(io.calls, 2);
    assert.equal(log.recoveryPoint, 20);
  });

  it('never fsyncs the same data twice', async (t) => {
    const io = new CountingIo();
    const log = await openLog(t, {}, { io });
    await log.append(simpleBatch());
    await log.flush();
    await log.flush();
    assert.equal(io.calls, 1);
    await log.append(simpleBatch());
    await Promise.all([log.flush(), log.flush()]);
    assert.equal(io.calls, 2);
  });

  it('flush.ms: flushIfDue flushes only when the interval passed and data is unflushed', async (t) => {
    const io = new CountingIo();
    const time = new ManualTime(1_000_000);
    const log = await openLog(t, { flushMs: 1000 }, { io, time });
    assert.equal(await log.flushIfDue(1_002_000), false, 'nothing to flush');
    await log.append(simpleBatch());
    assert.equal(await log.flushIfDue(1_000_500), false);
    assert.equal(await log.flushIfDue(1_001_000), true);
    assert.equal(io.calls, 1);
    assert.equal(log.recoveryPoint, 1);
  });

  it('a failed fsync fails the append with KAFKA_STORAGE_ERROR and the log refuses further appends', async (t) => {
    const io = new CountingIo();
    const log = await openLog(t, { flushMessages: 1 }, { io });
    await log.append(simpleBatch());
    io.failNext = Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    await assert.rejects(log.append(simpleBatch()), (e: KafkaStorageError) => e.code === StorageErrorCode.KAFKA_STORAGE_ERROR);
    assert.ok(log.isFailed);
    assert.equal(log.recoveryPoint, 1);
    await assert.rejects(log.append(simpleBatch()), (e: KafkaStorageError) => e.code === StorageErrorCode.KAFKA_STORAGE_ERROR);
  });

  it('rolling flushes the finished segment in the background', async (t) => {
    const io = new CountingIo();
    const size = simpleBatch().length;
    const log = await openLog(t, { segmentBytes: size * 2 }, { io });
    for (let i = 0; i < 3; i++) await log.append(simpleBatch());
    await log.flush();
    assert.equal(log.recoveryPoint, 3);
    assert.ok(io.calls >= 1 && io.calls <= 3);
  });
});
