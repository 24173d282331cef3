/**
 * Log compaction through a broker process (log.cleaner.backoff.ms short, small segments):
 *
 * - kcat produces many updates to a few keys (plain, gzip, zstd) and a tombstone into a topic
 *   with cleanup.policy=compact; while the cleaner runs, kcat keeps reading the topic from the
 *   start and always sees every key's latest value; afterwards kcat and a kafkajs consumer see
 *   one record per key below the cleaned offset (plus the uncleaned tail), at their original
 *   offsets, and the tombstone disappears once delete.retention.ms has passed.
 * - `__consumer_offsets` (compacted, written by the group coordinator) is cleaned too, and the
 *   coordinator loads the right committed offsets from the cleaned log after a clean restart
 *   and after kill -9.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import kafkajs from 'kafkajs';
import { decodeRecordBatch, iterateBatches, OffsetCommitRequest, OffsetCommitResponse } from '@samsa/protocol';
import { BrokerProcess, type BrokerLogLine } from '@samsa/testkit';
import { OFFSETS_TOPIC, decodeOffsetsTopicRecord } from '../coordinator/offsets-records.js';
import { createTopic, EARLIEST, fetchOnce, listOffset, logEnd, withTimeout } from '../integration/kafka-helpers.js';
import { RawClient } from '../integration/raw-client.js';
import { kcat, KCAT_MISSING, kcatConsume, uniqueTopic } from '../compat/support.js';

const { Kafka, logLevel } = kafkajs;

const OVERRIDES = {
  'log.cleaner.backoff.ms': 100,
  'log.segment.delete.delay.ms': 0,
  'offsets.topic.num.partitions': 1,
  'offsets.topic.segment.bytes': 4096,
  'group.initial.rebalance.delay.ms': 0,
};

interface Rec {
  offset: number;
  key: string | null;
  value: string | null;
}

interface RawRec extends Rec {
  keyBytes: Buffer | null;
  valueBytes: Buffer | null;
}

/** Reads a partition from its start to the high watermark with Fetch, allowing the gaps compaction leaves. */
async function readCompacted(c: RawClient, topic: string, partition = 0, emptyBatches: number[] = []): Promise<RawRec[]> {
  const start = (await listOffset(c, topic, partition, EARLIEST)).offset!;
  const hw = await logEnd(c, topic, partition);
  const out: RawRec[] = [];
  let next = start;
  while (next < hw) {
    const p = await fetchOnce(c, topic, partition, next);
    assert.equal(p.errorCode, 0);
    const buf = p.records ?? Buffer.alloc(0);
    let progressed = false;
    for (const { at } of iterateBatches(buf)) {
      const b = decodeRecordBatch(buf, at); // checks the CRC
      if (b.recordCount === 0) emptyBatches.push(b.baseOffset + b.lastOffsetDelta);
      for (const r of b.records) {
        if (r.offset < next) continue;
        assert.ok(out.length === 0 || r.offset > out[out.length - 1]!.offset, `offsets move forward at ${r.offset}`);
        const keyBytes = r.key && Buffer.from(r.key);
        const valueBytes = r.value && Buffer.from(r.value);
        out.push({ offset: r.offset, key: keyBytes?.toString() ?? null, value: valueBytes?.toString() ?? null, keyBytes, valueBytes });
      }
      next = b.baseOffset + b.lastOffsetDelta + 1;
      progressed = true;
    }
    assert.ok(progressed, `no whole batch at ${next} below the high watermark ${hw}`);
  }
  return out;
}

/** The `[first dirty, end)` of a "cleaned <log>: dirty offsets [a, b) ..." line. */
function cleanedRange(line: BrokerLogLine, log: string): { from: number; end: number; tombstonesRemoved: number } | null {
  const msg = typeof line.msg === 'string' ? line.msg : '';
  if (!msg.startsWith(`cleaned ${log}:`)) return null;
  const m = /dirty offsets \[(\d+), (\d+)\).* (\d+) tombstone/.exec(msg);
  return m ? { from: Number(m[1]), end: Number(m[2]), tombstonesRemoved: Number(m[3]) } : null;
}

async function waitForCleaning(broker: BrokerProcess, log: string, what: (r: { end: number; tombstonesRemoved: number }) => boolean, ms = 30_000) {
  try {
    const line = await withTimeout(
      broker.waitForLog((l) => {
        const r = cleanedRange(l, log);
        return r !== null && what(r);
      }),
      ms,
      `cleaning of ${log}`,
    );
    return cleanedRange(line, log)!;
  } catch (e) {
    const related = broker.lines.filter((l) => JSON.stringify(l).includes(log) || l.level === 'error' || l.level === 'warn');
    throw new Error(`${(e as Error).message}; the broker said:\n${related.map((l) => JSON.stringify(l)).join('\n')}`);
  }
}

/** Records below `end` have distinct keys. */
function assertOnePerKeyBelow(records: readonly Rec[], end: number): void {
  const seen = new Set<string | null>();
  for (const r of records.filter((x) => x.offset < end)) {
    assert.ok(!seen.has(r.key), `key ${r.key} appears twice below offset ${end}`);
    seen.add(r.key);
  }
}

function latestOf(records: readonly Rec[]): Map<string, Rec> {
  const out = new Map<string, Rec>();
  for (const r of records) if (r.key !== null) out.set(r.key, { offset: r.offset, key: r.key, value: r.value });
  return out;
}

describe('log compaction through a broker', { timeout: 180_000 }, () => {
  const dataDirs = new Set<string>();
  let broker: BrokerProcess;
  let raw: RawClient;

  async function use(b: BrokerProcess): Promise<void> {
    await raw?.close();
    broker = b;
    dataDirs.add(b.dataDir);
    raw = await RawClient.connect(b.port, b.host);
  }

  before(async () => {
    await use(await BrokerProcess.start({ overrides: OVERRIDES }));
  });

  after(async () => {
    await raw?.close().catch(() => undefined);
    await broker?.kill();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  });

  test('kcat updates to a few keys are compacted to the latest value per key; readers never miss one', { skip: KCAT_MISSING }, async () => {
    const topic = uniqueTopic('compacted');
    const log = `${topic}-0`;
    await createTopic(raw, topic, 1, {
      'cleanup.policy': 'compact',
      'segment.bytes': '4096',
      'min.cleanable.dirty.ratio': '0.01',
      'delete.retention.ms': '3000',
    });
    const pad = '.'.repeat(60);
    let seq = 0;
    const lines = (keys: string[], n: number) => Array.from({ length: n }, () => `${keys[seq % keys.length]}:v${seq++}${pad}`).join('\n') + '\n';
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
    // Batches of at most 20 records stay well below segment.bytes.
    const produce = (input: string, ...extra: string[]) =>
      kcat(broker.bootstrap, ['-P', '-t', topic, '-p', '0', '-K', ':', '-X', 'batch.num.messages=20', ...extra], input);
    await produce(lines(keys, 1000));
    await produce(lines(keys, 1000), '-z', 'gzip');
    await produce(lines(keys, 1000), '-z', 'zstd');
    await produce('k3:\n', '-Z');
    const tombstoneOffset = (await logEnd(raw, topic, 0)) - 1;
    const others = keys.filter((k) => k !== 'k3');
    await produce(lines(others, 300));
    const expected = latestOf(await readCompacted(raw, topic)); // before the tail below: every key's final record
    assert.equal(expected.get('k3')?.value, null);
    assert.equal(expected.get('k3')?.offset, tombstoneOffset);

    // While more data arrives on other keys (so the cleaner keeps working), kcat reads the
    // topic from the start again and again: every k* key always shows its final record.
    const background = (async () => {
      for (let round = 0; round < 6; round++) {
        await produce(lines(['bg0', 'bg1', 'bg2'], 150), '-z', round % 2 ? 'gzip' : 'none');
      }
    })();
    let reads = 0;
    let done = false;
    void background.finally(() => (done = true));
    while (!done || reads < 3) {
      const seen = latestOf((await kcatConsume(broker.bootstrap, topic, { partition: 0 })).map((r) => ({ offset: r.offset, key: r.key, value: r.payload })));
      for (const [k, rec] of expected) {
        const got = seen.get(k);
        if (rec.value === null && got === undefined) continue; // an expired tombstone goes with everything older
        assert.deepEqual(got, rec, `read ${reads}: key ${k}`);
      }
      reads++;
    }
    await background;

    const hw = await logEnd(raw, topic, 0);
    const cleaned = await waitForCleaning(broker, log, (r) => r.end > tombstoneOffset);
    const records = await readCompacted(raw, topic);
    assertOnePerKeyBelow(records, cleaned.end);
    assert.ok(records.length < hw / 5, `${records.length} records left of ${hw}`);
    const byKcat = (await kcatConsume(broker.bootstrap, topic, { partition: 0 })).map((r) => ({ offset: r.offset, key: r.key, value: r.payload }));
    // A cleaning pass may have run between the two reads: compare what both must agree on.
    const latestRaw = latestOf(records);
    assert.deepEqual(latestOf(byKcat), latestRaw, 'kcat sees the same latest records');
    for (const [k, rec] of expected) {
      if (rec.value !== null) assert.deepEqual(latestRaw.get(k), rec, `key ${k}`);
    }

    // kafkajs, reading from the beginning with a consumer group, sees the same.
    const kafka = new Kafka({ clientId: 'compaction-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: uniqueTopic('compaction-reader'), maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const consumed: Rec[] = [];
    let resolveAll!: () => void;
    const all = new Promise<void>((r) => (resolveAll = r));
    await consumer.run({
      eachMessage: async ({ message }) => {
        consumed.push({ offset: Number(message.offset), key: message.key?.toString() ?? null, value: message.value?.toString() ?? null });
        if (Number(message.offset) >= hw - 1) resolveAll();
      },
    });
    await withTimeout(all, 30_000, 'kafkajs reading the compacted topic to its end');
    await consumer.disconnect();
    for (let i = 1; i < consumed.length; i++) assert.ok(consumed[i]!.offset > consumed[i - 1]!.offset, 'kafkajs offsets move forward');
    const latestKafkajs = latestOf(consumed);
    for (const [k, rec] of latestRaw) {
      if (rec.value !== null) assert.deepEqual(latestKafkajs.get(k), rec, `kafkajs: key ${k}`);
    }

    // delete.retention.ms later, a pass drops the tombstone (and nothing of k3 is left).
    await waitForCleaning(broker, log, (r) => r.tombstonesRemoved > 0);
    const final = await readCompacted(raw, topic);
    assert.ok(!final.some((r) => r.key === 'k3'), 'the tombstone and every older k3 record are gone');
    for (const [k, rec] of expected) if (k !== 'k3') assert.deepEqual(latestOf(final).get(k), rec);
  });

  test('kcat and kafkajs read through the empty batch a pass keeps at its upper bound', { skip: KCAT_MISSING }, async () => {
    const topic = uniqueTopic('empty-batch');
    await createTopic(raw, topic, 1, { 'cleanup.policy': 'compact', 'segment.bytes': '4096', 'min.cleanable.dirty.ratio': '0.01', 'delete.retention.ms': '0' });
    const produce = (input: string, ...extra: string[]) => kcat(broker.bootstrap, ['-P', '-t', topic, '-p', '0', '-K', ':', ...extra], input);
    await produce(Array.from({ length: 30 }, (_, i) => `k${i % 3}:v${i}`).join('\n') + '\n');
    await produce('gone:\n', '-Z');
    const tombstone = (await logEnd(raw, topic, 0)) - 1;
    await produce(`big:${'b'.repeat(3800)}\n`); // does not fit: the tombstone ends the closed segment
    const end = await logEnd(raw, topic, 0);
    // The first pass stamps the tombstone's horizon (now + 0), the next one drops it.
    await waitForCleaning(broker, `${topic}-0`, (r) => r.tombstonesRemoved > 0);
    const empty: number[] = [];
    const records = await readCompacted(raw, topic, 0, empty);
    assert.deepEqual(empty, [tombstone], 'the batch that held the tombstone stays, empty');
    assert.deepEqual(records.map((r) => r.key), ['k0', 'k1', 'k2', 'big']);

    const byKcat = await kcatConsume(broker.bootstrap, topic, { partition: 0 });
    assert.deepEqual(byKcat.map((r) => [r.offset, r.key]), records.map((r) => [r.offset, r.key]));
    const kafka = new Kafka({ clientId: 'compaction-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: uniqueTopic('empty-batch-reader'), maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const consumed: number[] = [];
    let reachedEnd!: () => void;
    const atEnd = new Promise<void>((r) => (reachedEnd = r));
    await consumer.run({
      eachMessage: async ({ message }) => {
        consumed.push(Number(message.offset));
        if (Number(message.offset) === end - 1) reachedEnd();
      },
    });
    await withTimeout(atEnd, 30_000, 'kafkajs reading past the empty batch');
    await consumer.disconnect();
    assert.deepEqual(consumed, records.map((r) => r.offset));
  });

  test('__consumer_offsets is cleaned, and the coordinator loads the right offsets from the cleaned log', async () => {
    const topic = uniqueTopic('committed');
    const groupId = uniqueTopic('compacted-group');
    await createTopic(raw, topic, 3);
    const commit = async (offsets: number[]) => {
      const r = await raw.send(OffsetCommitRequest, OffsetCommitResponse, 8, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [{ name: topic, partitions: offsets.map((committedOffset, partitionIndex) => ({ partitionIndex, committedOffset, committedLeaderEpoch: -1, committedMetadata: '' })) }],
      });
      assert.deepEqual(r.topics[0]!.partitions.map((p) => p.errorCode), offsets.map(() => 0));
    };
    const rounds = 400;
    for (let i = 1; i <= rounds; i++) await commit([i, 2 * i, 3 * i]);
    const end = await logEnd(raw, OFFSETS_TOPIC, 0);
    assert.ok(end >= rounds * 3);
    // Segments of 4096 bytes hold about 16 commits: wait for a pass that reached the last few.
    const cleaned = await waitForCleaning(broker, `${OFFSETS_TOPIC}-0`, (r) => r.end >= end - 150);
    const records = await readCompacted(raw, OFFSETS_TOPIC);
    assertOnePerKeyBelow(records, cleaned.end);
    assert.ok(records.length < end / 4, `${records.length} records left of ${end}`);
    // What is left still decodes as the coordinator's records.
    const lastCommit = new Map<number, number>();
    for (const r of records) {
      const d = decodeOffsetsTopicRecord(r.keyBytes, r.valueBytes);
      if (d.kind === 'offset' && d.groupId === groupId && d.value) lastCommit.set(d.partition, d.value.offset);
    }
    assert.deepEqual(Object.fromEntries(lastCommit), { 0: rounds, 1: 2 * rounds, 2: 3 * rounds });

    const expected = { '0': String(rounds), '1': String(2 * rounds), '2': String(3 * rounds) };
    const offsetsOf = async (): Promise<Record<string, string>> => {
      const kafka = new Kafka({ clientId: 'compaction-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 1000 } });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
        return Object.fromEntries(t!.partitions.map((p) => [String(p.partition), p.offset]));
      } finally {
        await admin.disconnect();
      }
    };
    assert.deepEqual(await offsetsOf(), expected);

    await use(await broker.restart({ listeners: 'PLAINTEXT://127.0.0.1:0' }));
    assert.deepEqual(await offsetsOf(), expected, 'after a clean restart');

    await commit([rounds + 1, 2 * rounds + 1, 3 * rounds + 1]);
    const killed = broker;
    await killed.kill();
    await use(await BrokerProcess.start({ dataDir: killed.dataDir, overrides: OVERRIDES }));
    assert.deepEqual(await offsetsOf(), { '0': String(rounds + 1), '1': String(2 * rounds + 1), '2': String(3 * rounds + 1) }, 'after kill -9');
  });
});
