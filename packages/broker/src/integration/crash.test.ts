/**
 * The durability promise, tested against a real broker process:
 *
 * - with `log.flush.interval.messages=1`, a broker killed with SIGKILL in the middle of a
 *   stream of acks=1 produce requests (many in flight, several partitions) still has, after a
 *   restart on the same data dir, every acknowledged record at its acknowledged offset; offsets
 *   run from 0 to the log end with no gap; every batch served passes its CRC; whatever
 *   unacknowledged data survived is whole records that were really sent, once. Several rounds
 *   on the same data, killing at different points, some with batches near 1 MB so that the
 *   kill is likely to land inside a write (torn tail);
 * - with the default flush policy, a clean SIGTERM shutdown in the middle of a stream keeps
 *   everything acknowledged.
 *
 * The seed (CRASH_SEED to replay) is printed when a round fails.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BrokerProcess } from '@samsa/testkit';
import { brokerErrors, createTopic, prng, readPartition, restartOnNewPort, seedFrom, stopAndRemove, withTimeout } from './kafka-helpers.js';
import { Ledger, streamProduce, type StreamShape } from './produce-stream.js';
import { RawClient } from './raw-client.js';

const TOPIC = 'durable';
const PARTITIONS = 4;

interface Round {
  name: string;
  shape: StreamShape;
  /** Kill after this many acknowledgements, inclusive range (picked by the seed). */
  killAfter: [number, number];
}

const ROUNDS: Round[] = [
  {
    name: 'small batches, deep pipeline',
    shape: { records: [1, 5], recordBytes: [20, 200], window: 48, twoPartitionChance: 0.3, compressedChance: 0 },
    killAfter: [40, 160],
  },
  {
    name: 'medium batches, some compressed',
    shape: { records: [5, 40], recordBytes: [50, 2000], window: 24, twoPartitionChance: 0.3, compressedChance: 0.3 },
    killAfter: [60, 200],
  },
  {
    name: 'large batches (torn writes)',
    shape: { records: [2, 4], recordBytes: [100_000, 230_000], window: 8, twoPartitionChance: 0.2, compressedChance: 0 },
    killAfter: [6, 30],
  },
  {
    name: 'many-record large batches (torn writes)',
    shape: { records: [60, 120], recordBytes: [4000, 7500], window: 6, twoPartitionChance: 0, compressedChance: 0 },
    killAfter: [4, 24],
  },
];

async function verifyAll(port: number, ledger: Ledger, label: string): Promise<{ acked: number; unacked: number; end: number[] }> {
  const c = await RawClient.connect(port);
  try {
    let acked = 0;
    let unacked = 0;
    const end: number[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      const contents = await readPartition(c, TOPIC, p);
      const v = ledger.verify(p, contents, label);
      acked += v.acked;
      unacked += v.unacked;
      end.push(contents.highWatermark);
    }
    assert.deepEqual(c.unsolicited, []);
    return { acked, unacked, end };
  } finally {
    await c.close();
  }
}

test('kill -9 in the middle of acks=1 produce with flush.messages=1 loses nothing acknowledged', { timeout: 240_000 }, async (t) => {
  const seed = seedFrom(process.env['CRASH_SEED']);
  const rng = prng(seed);
  const overrides = { 'log.flush.interval.messages': 1, 'num.partitions': PARTITIONS };
  let broker = await BrokerProcess.start({ overrides });
  const dataDir = broker.dataDir;
  const ledger = new Ledger();
  try {
    const admin = await RawClient.connect(broker.port);
    await createTopic(admin, TOPIC, PARTITIONS);
    await admin.close();

    for (const [i, round] of ROUNDS.entries()) {
      const label = `round ${i} (${round.name}), seed ${seed}`;
      const killAfter = round.killAfter[0] + Math.floor(rng() * (round.killAfter[1] - round.killAfter[0] + 1));
      const current = broker;
      const stream = await streamProduce({
        port: broker.port,
        topic: TOPIC,
        partitions: PARTITIONS,
        round: i,
        shape: round.shape,
        rng,
        ledger,
        stopAfterAcks: killAfter,
        interrupt: () => current.kill(),
      }).catch((e: Error) => {
        throw new Error(`${label}: ${e.message}\n${current.logText().slice(-4000)}`, { cause: e });
      });
      assert.deepEqual(brokerErrors(current), [], `${label}: errors logged before the kill`);

      broker = await restartOnNewPort(broker);
      const v = await verifyAll(broker.port, ledger, label).catch((e: Error) => {
        throw new Error(`${label}: ${e.message}\nbroker log after restart:\n${broker.logText().slice(-6000)}`, { cause: e });
      });
      assert.deepEqual(brokerErrors(broker), [], `${label}: errors logged by the restarted broker`);
      t.diagnostic(
        `${label}: killed after ${killAfter} acks (${stream.acks} received, ${stream.unanswered} requests unanswered); ` +
          `${v.acked} acknowledged records all present, ${v.unacked} unacknowledged survived; log ends ${v.end.join(',')}`,
      );
    }
  } catch (e) {
    t.diagnostic(`CRASH_SEED=${seed}`);
    throw e;
  } finally {
    await stopAndRemove(broker, dataDir);
  }
});

test('SIGTERM in the middle of produce with the default flush policy keeps everything acknowledged', { timeout: 120_000 }, async (t) => {
  const seed = seedFrom(process.env['CRASH_SEED']);
  const rng = prng(seed);
  let broker = await BrokerProcess.start({ overrides: { 'num.partitions': PARTITIONS } });
  const dataDir = broker.dataDir;
  const ledger = new Ledger();
  try {
    const admin = await RawClient.connect(broker.port);
    await createTopic(admin, TOPIC, PARTITIONS);
    await admin.close();

    const shapes: StreamShape[] = [
      { records: [1, 20], recordBytes: [20, 3000], window: 32, twoPartitionChance: 0.3, compressedChance: 0.2 },
      { records: [2, 4], recordBytes: [100_000, 230_000], window: 8, twoPartitionChance: 0.2, compressedChance: 0 },
    ];
    for (const [i, shape] of shapes.entries()) {
      const label = `clean round ${i}, seed ${seed}`;
      const current = broker;
      let exitCode: number | null | undefined;
      const stopAt = 30 + Math.floor(rng() * 100);
      await streamProduce({
        port: broker.port,
        topic: TOPIC,
        partitions: PARTITIONS,
        round: i,
        shape,
        rng,
        ledger,
        stopAfterAcks: i === 0 ? stopAt : Math.ceil(stopAt / 8),
        interrupt: async () => {
          try {
            exitCode = await withTimeout(current.shutdown(), 20_000, 'exit after SIGTERM (a client is still connected)');
          } catch (e) {
            await current.kill();
            throw new Error(`${label}: ${(e as Error).message}\n${current.logText().slice(-3000)}`);
          }
        },
      });
      assert.equal(exitCode, 0, `${label}: SIGTERM should exit 0\n${current.logText().slice(-4000)}`);
      assert.ok(
        current.lines.some((l) => l.msg === 'Samsa broker stopped cleanly'),
        `${label}: no clean-stop line\n${current.logText().slice(-4000)}`,
      );
      assert.deepEqual(brokerErrors(current), [], `${label}: errors logged`);
      broker = await restartOnNewPort(broker);
      const v = await verifyAll(broker.port, ledger, label);
      t.diagnostic(`${label}: ${v.acked} acknowledged records present, ${v.unacked} unacknowledged; log ends ${v.end.join(',')}`);
    }
  } catch (e) {
    t.diagnostic(`CRASH_SEED=${seed}`);
    throw e;
  } finally {
    await stopAndRemove(broker, dataDir);
  }
});
