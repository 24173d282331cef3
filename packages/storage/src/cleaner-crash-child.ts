/**
 * Child process of cleaner-crash.test.ts (not a test itself): appends keyed records (some
 * tombstones, some compressed) to a compacted log while cleaning it over and over, printing
 * "ACK <baseOffset> <json records>" for every append that resolved. The parent kills it with
 * SIGKILL, at a random moment or right at a swap step: when `crashStep` is given, the swap hook
 * prints "STEP <step>" and then blocks, so the kill lands exactly there.
 *
 * argv: <log dir> <crash step or "random"> <run number>
 */
import { CompressionType } from '@samsa/protocol';
import { CRASH_CHILD_CONFIG, CRASH_CHILD_KEYS, keyedBatch, type KV } from './compaction-test-helpers.js';
import { SILENT_LOGGER } from './environment.js';
import { Log } from './log.js';
import { LogCleaner } from './log-cleaner.js';
import { TP } from './test-helpers.js';

const [dir, crashStep, runArg] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: cleaner-crash-child <dir> <step|random> <run>');
const run = Number(runArg ?? 0);

const log = await Log.open(dir, TP, CRASH_CHILD_CONFIG, { logger: SILENT_LOGGER, cleanShutdown: false, recoveryPoint: 0 });
const cleaner = new LogCleaner({
  logDirs: [dir],
  logs: () => [{ log, logDir: dir }],
  logger: SILENT_LOGGER,
  ioBufferSize: 16 * 1024,
  dedupeBufferSize: 24 * 1500,
  swapHook: (_log, step) => {
    if (step !== crashStep) return;
    process.stdout.write(`STEP ${step}\n`);
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      // Hold the process right here until the parent's SIGKILL arrives.
    }
  },
});

let seq = 0;
let random = (run + 1) * 7919;
const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const codecs = [CompressionType.None, CompressionType.Gzip, CompressionType.Zstd];

async function appendOne(): Promise<void> {
  const n = 1 + Math.floor(next() * 8);
  const records: KV[] = [];
  for (let i = 0; i < n; i++) {
    const key = `k${Math.floor(next() * CRASH_CHILD_KEYS)}`;
    const tombstone = next() < 0.08;
    records.push({ key, value: tombstone ? null : `${key}|${run}.${seq++}|${'v'.repeat(Math.floor(next() * 300))}` });
  }
  const codec = codecs[Math.floor(next() * codecs.length)]!;
  const r = await log.append(keyedBatch(records, codec));
  // Pipes are written synchronously on Linux: once this returns, the parent can read it.
  process.stdout.write(`ACK ${r.baseOffset} ${JSON.stringify(records)}\n`);
}

// A first run builds a log of a few MB before cleaning starts.
if (log.logEndOffset === 0) for (let i = 0; i < 2500; i++) await appendOne();
process.stdout.write(`READY ${log.logEndOffset}\n`);

const appender = (async () => {
  for (;;) {
    await appendOne();
    if (seq % 16 === 0) await new Promise((r) => setImmediate(r));
  }
})();
const cleaning = (async () => {
  for (;;) {
    await log.flush();
    await cleaner.cleanLogNow(log, dir);
    await new Promise((r) => setTimeout(r, 2));
  }
})();
await Promise.all([appender, cleaning]);
