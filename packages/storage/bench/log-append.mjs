// Append throughput through Log (validation, offset assignment, indexes, write, group commit):
// 1 KiB records in batches of 16 (a typical producer batch), several appends in flight like a
// broker with many producers. Compares writeMode 'sync' (fs.writeSync on the event loop) and
// 'async' (coalesced positional writev on the thread pool), with the default flush policy and
// with flush.messages=1. Reports MB/s, event-loop utilisation (how much of the main thread
// the storage layer used) and fsync counts.
// Run after `npx tsc -b`: node packages/storage/bench/log-append.mjs [dir] [MiB per case]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Log, NODE_IO, SILENT_LOGGER } from '../dist/index.js';
import { buildBatch } from '../dist/test-helpers.js';

const root = fs.mkdtempSync(path.join(process.argv[2] ?? os.tmpdir(), 'samsa-log-bench-'));
const MIB = Number(process.argv[3] ?? 512);
const template = buildBatch(Array.from({ length: 16 }, (_, i) => ({ key: `key-${i}`, value: Buffer.alloc(1024, i) })));
const results = [];

async function run(name, writeMode, config, inFlight) {
  let fsyncs = 0;
  const io = { fdatasync: (fd) => (fsyncs++, NODE_IO.fdatasync(fd)) };
  const log = await Log.open(path.join(root, name), { topic: 'bench', partition: 0 }, config, { writeMode, io, logger: SILENT_LOGGER });
  const total = Math.floor((MIB * 1024 * 1024) / template.length);
  let issued = 0;
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const worker = async () => {
    while (issued < total) {
      issued++;
      await log.append(Buffer.from(template));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const ms = performance.now() - t0;
  const elu = performance.eventLoopUtilization(elu0);
  results.push({
    case: name,
    'MB/s': Math.round((total * template.length) / 1024 / 1024 / (ms / 1000)),
    'appends/s': Math.round(total / (ms / 1000)),
    'event loop busy': `${Math.round(elu.utilization * 100)}%`,
    fsyncs,
  });
  await log.close();
  fs.rmSync(path.join(root, name), { recursive: true, force: true });
}

try {
  for (const mode of ['sync', 'async']) await run(`${mode}, OS flush, 8 in flight`, mode, {}, 8);
  for (const mode of ['sync', 'async']) await run(`${mode}, flush.messages=1, 32 in flight`, mode, { flushMessages: 1 }, 32);
  console.log(`batch ${template.length} bytes (16 x 1 KiB records), ${MIB} MiB per case, segment.bytes 1 GiB`);
  console.table(results);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
