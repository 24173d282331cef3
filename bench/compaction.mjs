// Compaction throughput of the log cleaner: builds a compacted log (many updates to few keys,
// 1 MiB segments), runs one full cleaning pass and prints MB/s of log cleaned (bytes read by the
// pass over its wall time, map building included). Run after `npx tsc -b`:
//   node bench/compaction.mjs [MB of log, default 64] [codec: none|gzip|zstd|lz4|snappy]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompressionType, compressionTypeFromName, encodeRecordBatch } from '../packages/protocol/dist/index.js';
import { Log } from '../packages/storage/dist/log.js';
import { LogCleaner } from '../packages/storage/dist/log-cleaner.js';
import { SILENT_LOGGER } from '../packages/storage/dist/environment.js';

const megabytes = Number(process.argv[2] ?? 64);
const codec = process.argv[3] ? compressionTypeFromName(process.argv[3]) : CompressionType.None;
const KEYS = 10_000;
const VALUE = 512;
const PER_BATCH = 32;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-bench-compaction-'));
const tp = { topic: 'bench', partition: 0 };
const config = { cleanupPolicy: ['compact'], segmentBytes: 1024 * 1024, fileDeleteDelayMs: 0, minCleanableDirtyRatio: 0 };
try {
  const log = await Log.open(dir, tp, config, { logger: SILENT_LOGGER });
  const value = Buffer.alloc(VALUE, 0x61);
  let n = 0;
  while (log.size < megabytes * 1024 * 1024) {
    const records = [];
    for (let i = 0; i < PER_BATCH; i++, n++) {
      value.writeUInt32BE(n, 0);
      for (let j = 4; j < VALUE; j += 4) value.writeUInt32BE((Math.random() * 2 ** 32) >>> 0, j);
      records.push({ timestamp: Date.now(), key: Buffer.from(`key-${(n * 7919) % KEYS}`), value: Buffer.from(value) });
    }
    await log.append(encodeRecordBatch({ records, compression: codec }));
  }
  await log.flush();
  const cleaner = new LogCleaner({ logDirs: [dir], logs: () => [{ log, logDir: dir }], logger: SILENT_LOGGER });
  const before = log.size;
  const summary = await cleaner.cleanLogNow(log, dir);
  const s = summary.stats;
  const secs = (s.doneAt - s.startedAt) / 1000;
  const mb = (b) => b / (1024 * 1024);
  console.log(
    `codec ${process.argv[3] ?? 'none'}: ${n} records, ${mb(before).toFixed(1)} MiB in ${log.numberOfSegments} segments after cleaning; ` +
      `pass ${secs.toFixed(2)} s (map ${((s.mapDoneAt - s.startedAt) / 1000).toFixed(2)} s): ` +
      `${(mb(s.bytesRead) / secs).toFixed(1)} MiB/s cleaned, ${mb(s.bytesRead).toFixed(1)} -> ${mb(s.bytesWritten).toFixed(1)} MiB, ` +
      `${s.recordsRead} -> ${s.recordsWritten} records`,
  );
  await cleaner.shutdown();
  await log.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
