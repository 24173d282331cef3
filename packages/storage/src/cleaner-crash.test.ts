/**
 * Process-level crash test of compaction: a child (cleaner-crash-child.ts) appends keyed
 * records and cleans the log in a loop; the parent SIGKILLs it — at random moments, and right
 * at each step of a segment swap — then reopens the log and checks it: no compaction file
 * left over, offsets strictly increasing, every batch decodes (CRC), every record is one the
 * child wrote, and every key's latest acknowledged record is there (or, for a tombstone that
 * was removed, nothing older of that key is). The runs continue on the same log directory.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { CRASH_CHILD_CONFIG, readAll, type KV } from './compaction-test-helpers.js';
import { Log } from './log.js';
import { captureLogger, tempDir, TP } from './test-helpers.js';

const CHILD = fileURLToPath(new URL('./cleaner-crash-child.js', import.meta.url));

interface Acked {
  offset: number;
  key: string;
  value: string | null;
}

/** Runs the child until the kill condition, SIGKILLs it, and returns the acknowledged records. */
function runAndKill(dir: string, step: string, run: number): Promise<Acked[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, step, String(run)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: Acked[] = [];
    let pending = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const safety = setTimeout(() => {
      kill();
      reject(new Error(`step ${step} never came`));
    }, 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ACK ')) {
          const sp = line.indexOf(' ', 4);
          const base = Number(line.slice(4, sp));
          (JSON.parse(line.slice(sp + 1)) as KV[]).forEach((r, i) => acked.push({ offset: base + i, key: r.key!, value: r.value }));
        } else if (line.startsWith('READY') && step === 'random') {
          setTimeout(kill, 200 + Math.floor(Math.random() * 1200));
        } else if (line === `STEP ${step}`) {
          kill();
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code ?? signal} before the kill`));
      else resolve(acked);
    });
  });
}

describe('kill -9 while cleaning', { timeout: 180_000 }, () => {
  it('the log reopens consistent after kills at random moments and at every swap step', async (t) => {
    const dir = tempDir(t);
    const steps = ['random', 'cleaned', 'swap-named', 'old-partly-deleted', 'old-deleted', 'swapped', 'random'];
    /** Latest acknowledged record per key, over all runs. */
    const latest = new Map<string, Acked>();
    let runsWithSwapFiles = 0;
    for (const [run, step] of steps.entries()) {
      const acked = await runAndKill(dir, step, run);
      for (const a of acked) {
        const prev = latest.get(a.key);
        if (!prev || a.offset > prev.offset) latest.set(a.key, a);
      }
      const partitionDir = `${dir}/${TP.topic}-${TP.partition}`;
      if (fs.readdirSync(partitionDir).some((n) => n.endsWith('.swap'))) runsWithSwapFiles++;

      const log = await Log.open(dir, TP, CRASH_CHILD_CONFIG, { logger: captureLogger(), cleanShutdown: false, recoveryPoint: 0 });
      try {
        assert.deepEqual(fs.readdirSync(log.dir).filter((n) => /\.(cleaned|swap|deleted)$/.test(n)), [], `run ${run} (${step})`);
        const maxAcked = Math.max(...acked.map((a) => a.offset));
        assert.ok(log.logEndOffset > maxAcked, `run ${run}: log end ${log.logEndOffset}, last ack ${maxAcked}`);
        const { records } = await readAll(log);
        t.diagnostic(`run ${run} (${step}): ${acked.length} records acknowledged; log ${log.logEndOffset} offsets, ${records.length} records, ${(log.size / 1024).toFixed(0)} KiB in ${log.numberOfSegments} segments`);
        const byKey = new Map<string, { offset: number; value: string | null }[]>();
        for (const r of records) {
          assert.ok(r.key !== null, `run ${run}: keyless record at ${r.offset}`);
          if (r.value !== null) assert.ok(r.value.startsWith(`${r.key}|`), `run ${run}: record ${r.offset} mixes keys`);
          let list = byKey.get(r.key);
          if (!list) byKey.set(r.key, (list = []));
          list.push({ offset: r.offset, value: r.value });
        }
        for (const [k, w] of latest) {
          const list = byKey.get(k) ?? [];
          const same = list.find((r) => r.offset === w.offset);
          if (same) {
            assert.equal(same.value, w.value, `run ${run}: key ${k} at ${w.offset}`);
          } else if (w.value === null) {
            // A removed tombstone takes every older record of its key with it.
            assert.ok(!list.some((r) => r.offset < w.offset), `run ${run}: key ${k} lost its tombstone ${w.offset} but kept older records`);
          } else {
            assert.ok(list.some((r) => r.offset > w.offset), `run ${run}: key ${k} lost its latest acknowledged record ${w.offset}`);
          }
        }
      } finally {
        await log.close();
      }
    }
    assert.ok(runsWithSwapFiles >= 3, `${runsWithSwapFiles} runs left swap files to finish`);
  });
});
