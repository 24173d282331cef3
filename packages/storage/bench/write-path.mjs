// Micro-benchmark for the append path of the partition log: how fast can the main thread hand
// bytes to the page cache (fs.writeSync vs async fs.write / FileHandle.write), and how long
// does an fdatasync take on this disk.
//
// Each case runs in a fresh process after a pause, and writes its file twice: the cold pass
// allocates new page-cache pages (in a VM that returns free memory to the host, touching fresh
// memory is the dominant cost), the warm pass overwrites cached pages and measures the system
// call and copy alone. "main thread busy" is the event-loop utilisation during the cold pass.
//
// Run: node packages/storage/bench/write-path.mjs [dir]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const TOTAL = 256 * 1024 * 1024;

function writeCb(fd, buf, pos) {
  return new Promise((resolve, reject) => fs.write(fd, buf, 0, buf.length, pos, (e) => (e ? reject(e) : resolve())));
}

const methods = {
  writeSync: async (fd, buf) => {
    for (let pos = 0; pos < TOTAL; pos += buf.length) fs.writeSync(fd, buf, 0, buf.length, pos);
  },
  'fs.write x1': async (fd, buf) => {
    for (let pos = 0; pos < TOTAL; pos += buf.length) await writeCb(fd, buf, pos);
  },
  'fs.write x4': async (fd, buf) => {
    const pending = new Set();
    for (let pos = 0; pos < TOTAL; pos += buf.length) {
      const p = writeCb(fd, buf, pos).then(() => pending.delete(p));
      pending.add(p);
      if (pending.size >= 4) await Promise.race(pending);
    }
    await Promise.all(pending);
  },
  'FileHandle.write': async (_fd, buf, fh) => {
    for (let pos = 0; pos < TOTAL; pos += buf.length) await fh.write(buf, 0, buf.length, pos);
  },
};

async function child(dir, method, chunk) {
  const file = path.join(dir, `case-${process.pid}`);
  const fh = await fsp.open(file, 'w+');
  const buf = Buffer.alloc(chunk, 7);
  const out = { case: `${method} ${chunk / 1024} KiB` };
  for (const pass of ['cold', 'warm']) {
    const elu0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    await methods[method](fh.fd, buf, fh);
    const ms = performance.now() - t0;
    out[`${pass} MB/s`] = Math.round(TOTAL / 1024 / 1024 / (ms / 1000));
    if (pass === 'cold') out['main thread busy'] = `${Math.round(performance.eventLoopUtilization(elu0).utilization * 100)}%`;
  }
  await fh.close();
  fs.unlinkSync(file);
  console.log(JSON.stringify(out));
}

async function fsyncLatency(dir, writeBytes, n) {
  const file = path.join(dir, `fsync-${writeBytes}`);
  const fd = fs.openSync(file, 'w+');
  const buf = Buffer.alloc(writeBytes, 7);
  const lat = [];
  for (let i = 0, pos = 0; i < n; i++, pos += buf.length) {
    fs.writeSync(fd, buf, 0, buf.length, pos);
    const t0 = performance.now();
    await new Promise((resolve, reject) => fs.fdatasync(fd, (e) => (e ? reject(e) : resolve())));
    lat.push(performance.now() - t0);
  }
  fs.closeSync(fd);
  fs.unlinkSync(file);
  lat.sort((a, b) => a - b);
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(2);
  return { case: `fdatasync after ${writeBytes / 1024} KiB write`, p50_ms: q(0.5), p99_ms: q(0.99), max_ms: q(1) };
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  const dir = fs.mkdtempSync(path.join(process.argv[2] ?? os.tmpdir(), 'samsa-bench-'));
  const self = fileURLToPath(import.meta.url);
  const rows = [];
  try {
    for (const chunk of [16 * 1024, 1024 * 1024]) {
      for (const method of Object.keys(methods)) {
        await new Promise((r) => setTimeout(r, 3000));
        const r = spawnSync(process.execPath, [self, '--child', dir, method, String(chunk)], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(r.stderr);
        rows.push(JSON.parse(r.stdout));
      }
    }
    console.table(rows);
    console.table([await fsyncLatency(dir, 1024, 300), await fsyncLatency(dir, 1024 * 1024, 100)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
