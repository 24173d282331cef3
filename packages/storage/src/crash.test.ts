/**
 * Crash test of the storage layer alone: a child appends with flush.messages=1 and reports
 * what was acknowledged; the parent SIGKILLs it mid-stream, reopens the log (unclean, recovery
 * from offset 0) and checks that every acknowledged batch is there, offsets are contiguous and
 * every batch passes its CRC. Repeated with both write modes.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Log } from './log.js';
import { captureLogger, onCleanup, parseBatches, tempDir, TP } from './test-helpers.js';

const CHILD = fileURLToPath(new URL('./crash-child.js', import.meta.url));

interface Ack {
  base: number;
  last: number;
}

/** Runs the child until `killAfter` acks arrived, SIGKILLs it, and returns every ack it printed. */
function runAndKill(dir: string, writeMode: string, killAfter: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, writeMode, '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acks: Ack[] = [];
    let pending = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const m = /^ACK (\d+) (\d+) \d+$/.exec(line);
        if (m) acks.push({ base: Number(m[1]), last: Number(m[2]) });
      }
      if (!killed && acks.length >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code ?? signal} before the kill`));
      else resolve(acks);
    });
  });
}

describe('crash (kill -9) during appends with flush.messages=1', () => {
  const runs = [
    { writeMode: 'async', killAfter: 150 },
    { writeMode: 'sync', killAfter: 300 },
    { writeMode: 'async', killAfter: 600 },
    { writeMode: 'sync', killAfter: 60 },
  ];
  for (const [i, { writeMode, killAfter }] of runs.entries()) {
    it(`run ${i + 1}: ${writeMode} writes, killed after ~${killAfter} acks`, async (t) => {
      const dir = tempDir(t);
      const acks = await runAndKill(dir, writeMode, killAfter + Math.floor(Math.random() * 50));
      assert.ok(acks.length >= killAfter);
      const log = await Log.open(dir, TP, { segmentBytes: 48 * 1024, indexIntervalBytes: 1024 }, { logger: captureLogger(), recoveryPoint: 0 });
      onCleanup(t, () => log.close());
      assert.ok(log.numberOfSegments > 1, 'the run rolled segments');

      // Walk the whole log: contiguous offsets, valid CRCs.
      const stored = new Map<number, number>();
      let next = 0;
      while (next < log.logEndOffset) {
        const batches = parseBatches((await log.read(next, 1 << 20, { minOneBatch: true })).records);
        assert.ok(batches.length > 0, `nothing readable at ${next}`);
        for (const b of batches) {
          assert.equal(b.baseOffset, next, 'contiguous offsets');
          assert.ok(b.crcValid, `CRC of batch at ${b.baseOffset}`);
          stored.set(b.baseOffset, b.baseOffset + b.lastOffsetDelta);
          next = b.baseOffset + b.lastOffsetDelta + 1;
        }
      }
      assert.equal(next, log.logEndOffset);
      // Every acknowledged append is there, as the same batch.
      for (const ack of acks) assert.equal(stored.get(ack.base), ack.last, `acknowledged batch ${ack.base}..${ack.last} lost`);
      const maxAcked = Math.max(...acks.map((a) => a.last));
      assert.ok(log.logEndOffset > maxAcked);
    });
  }
});
