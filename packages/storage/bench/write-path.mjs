// Micro-benchmark for the append path of the partition log: how fast can the main thread hand
// bytes to the page cache (fs.writeSync vs async fs.write / FileHandle.write), and how long
// does an fdatasync take on this disk. Each case writes the same file twice: the cold pass
// allocates new page-cache pages (expensive in a VM whose free memory is returned to the host),
// the warm pass overwrites cached pages and measures the syscall and copy alone. Run: node packages/storage/bench/write-path.mjs [dir]
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = fs.mkdtempSync(path.join(process.argv[2] ?? os.tmpdir(), 'samsa-bench-'));
const TOTAL = 256 * 1024 * 1024;
const results = [];

function report(name, bytes, ms) {
  const mbps = bytes / 1024 / 1024 / (ms / 1000);
  results.push({ name, 'MB/s': Math.round(mbps), ms: Math.round(ms) });
}

async function caseWriteSync(chunk) {
  const file = path.join(dir, `ws-${chunk}`);
  const fd = fs.openSync(file, 'w+');
  const buf = Buffer.alloc(chunk, 7);
  for (const pass of ['cold', 'warm']) {
    const t0 = performance.now();
    for (let pos = 0; pos < TOTAL; pos += chunk) fs.writeSync(fd, buf, 0, chunk, pos);
    report(`writeSync ${chunk / 1024} KiB (${pass})`, TOTAL, performance.now() - t0);
  }
  fs.closeSync(fd);
  fs.unlinkSync(file);
}

function writeCb(fd, buf, pos) {
  return new Promise((resolve, reject) => fs.write(fd, buf, 0, buf.length, pos, (e) => (e ? reject(e) : resolve())));
}

async function caseAsyncWrite(chunk, inFlight) {
  const file = path.join(dir, `aw-${chunk}`);
  const fd = fs.openSync(file, 'w+');
  const buf = Buffer.alloc(chunk, 7);
  for (const pass of ['cold', 'warm']) {
    const t0 = performance.now();
    let pos = 0;
    const pending = new Set();
    while (pos < TOTAL) {
      const p = writeCb(fd, buf, pos).then(() => pending.delete(p));
      pending.add(p);
      pos += chunk;
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
    report(`fs.write ${chunk / 1024} KiB, ${inFlight} in flight (${pass})`, TOTAL, performance.now() - t0);
  }
  fs.closeSync(fd);
  fs.unlinkSync(file);
}

async function caseFileHandle(chunk) {
  const file = path.join(dir, `fh-${chunk}`);
  const fh = await fsp.open(file, 'w+');
  const buf = Buffer.alloc(chunk, 7);
  for (const pass of ['cold', 'warm']) {
    const t0 = performance.now();
    for (let pos = 0; pos < TOTAL; pos += chunk) await fh.write(buf, 0, chunk, pos);
    report(`FileHandle.write ${chunk / 1024} KiB (${pass})`, TOTAL, performance.now() - t0);
  }
  await fh.close();
  fs.unlinkSync(file);
}

async function caseFsync(writeBytes, n) {
  const file = path.join(dir, `fsync-${writeBytes}`);
  const fd = fs.openSync(file, 'w+');
  const buf = Buffer.alloc(writeBytes, 7);
  const lat = [];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    fs.writeSync(fd, buf, 0, buf.length, pos);
    pos += buf.length;
    const t0 = performance.now();
    await new Promise((resolve, reject) => fs.fdatasync(fd, (e) => (e ? reject(e) : resolve())));
    lat.push(performance.now() - t0);
  }
  lat.sort((a, b) => a - b);
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(2);
  results.push({ name: `fdatasync after ${writeBytes / 1024} KiB write`, p50_ms: q(0.5), p99_ms: q(0.99), max_ms: q(1) });
  fs.closeSync(fd);
  fs.unlinkSync(file);
}

try {
  for (const c of [16 * 1024, 256 * 1024, 1024 * 1024]) {
    await caseWriteSync(c);
    await caseAsyncWrite(c, 1);
    await caseAsyncWrite(c, 4);
    await caseFileHandle(c);
  }
  await caseFsync(1024, 300);
  await caseFsync(1024 * 1024, 100);
  console.table(results);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
