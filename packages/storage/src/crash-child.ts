/**
 * Child process of crash.test.ts (not a test itself): appends to a log with flush.messages=1
 * as fast as it can, several appends in flight, and prints "ACK <baseOffset> <lastOffset>" for
 * every append whose promise resolved, i.e. that the log acknowledged as durable. The parent
 * kills it with SIGKILL at a random moment.
 *
 * argv: <log dir> <write mode: async|sync> <appends in flight>
 */
import { Log } from './log.js';
import { SILENT_LOGGER } from './environment.js';
import { buildBatch, TP } from './test-helpers.js';

const [dir, writeMode, inFlightArg] = process.argv.slice(2);
const log = await Log.open(
  dir!,
  TP,
  { flushMessages: 1, segmentBytes: 48 * 1024, indexIntervalBytes: 1024 },
  { logger: SILENT_LOGGER, writeMode: writeMode === 'sync' ? 'sync' : 'async', cleanShutdown: false },
);
let seq = 0;
const appendOne = async (): Promise<void> => {
  for (;;) {
    const n = seq++;
    const records = Array.from({ length: 1 + (n % 5) }, (_, i) => ({ key: `${n}-${i}`, value: Buffer.alloc(100 + ((n * 37) % 2000), n % 251), timestamp: 1_700_000_000_000 + n }));
    const r = await log.append(buildBatch(records));
    // Pipes are written synchronously on Linux: once this returns, the parent can read it.
    process.stdout.write(`ACK ${r.baseOffset} ${r.lastOffset} ${n}\n`);
  }
};
process.stdout.write('READY\n');
await Promise.all(Array.from({ length: Number(inFlightArg ?? 8) }, appendOne));
