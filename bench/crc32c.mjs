// CRC-32C throughput: the native implementation the protocol package uses (@node-rs/crc32,
// SSE4.2/ARMv8 CRC instructions) against a plain byte-at-a-time table-driven JavaScript one.
// Run after `npx tsc -b`:  node bench/crc32c.mjs
// Prints the median MB/s (1 MB = 10^6 bytes) of several runs per buffer size.
import { randomFillSync } from 'node:crypto';
import { crc32c as nativeCrc32c } from '../packages/protocol/dist/records/crc32c.js';

// Reflected Castagnoli polynomial.
const TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  TABLE[n] = c >>> 0;
}

function tableCrc32c(data, crc = 0) {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// Both must agree, starting with the standard check value.
const check = Buffer.from('123456789');
if (tableCrc32c(check) !== 0xe3069283 || nativeCrc32c(check) !== 0xe3069283) throw new Error('CRC-32C check value mismatch');

const SIZES = [
  ['1 KiB', 1024],
  ['64 KiB', 64 * 1024],
  ['1 MiB', 1024 * 1024],
];
const RUNS = 7;
// Bytes hashed per run: enough to take tens of milliseconds even natively.
const BYTES_PER_RUN = { native: 512 * 1024 * 1024, table: 32 * 1024 * 1024 };

function measure(fn, buf, totalBytes) {
  const iterations = Math.max(1, Math.floor(totalBytes / buf.length));
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink ^= fn(buf);
  const ns = Number(process.hrtime.bigint() - start);
  if (sink === 0.5) console.log(sink); // keep the result alive
  return (iterations * buf.length) / (ns / 1e9) / 1e6;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

console.log(`node ${process.version}, ${RUNS} runs per cell, median MB/s`);
console.log('size      native (@node-rs/crc32)   table-driven JS   ratio');
for (const [label, size] of SIZES) {
  const buf = randomFillSync(Buffer.allocUnsafe(size));
  if (nativeCrc32c(buf) !== tableCrc32c(buf)) throw new Error(`mismatch at ${label}`);
  // warm up both paths before timing
  measure(nativeCrc32c, buf, 16 * 1024 * 1024);
  measure(tableCrc32c, buf, 4 * 1024 * 1024);
  const native = median(Array.from({ length: RUNS }, () => measure(nativeCrc32c, buf, BYTES_PER_RUN.native)));
  const table = median(Array.from({ length: RUNS }, () => measure(tableCrc32c, buf, BYTES_PER_RUN.table)));
  console.log(
    `${label.padEnd(9)} ${native.toFixed(0).padStart(12)}              ${table.toFixed(0).padStart(8)}      ${(native / table).toFixed(1)}x`,
  );
}
