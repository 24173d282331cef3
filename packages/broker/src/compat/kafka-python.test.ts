/**
 * kafka-python 2.0.2 (Debian python3-kafka) against a real broker process. kafka-python
 * starts with ApiVersions v0 and guesses the broker's release from the version ranges; that
 * guess picks the request versions it sends, so it must come out modern (>= 2.4).
 *
 * Producer: keys, headers, explicit timestamps, null values, gzip with linger batching,
 * offsets from future.get(). Consumer without a group (group_id=None, assign, seek to the
 * beginning), end/beginning offsets and offsets_for_times. KafkaAdminClient: topics,
 * configs, partitions, cluster (it needs no group coordinator).
 *
 * The broker runs with num.partitions=2, so auto-created topics have two partitions.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { BrokerProcess, missing } from '@samsa/testkit';
import { batchHeaders } from './raw-batches.js';
import { brokerComplaints, python, uniqueTopic } from './support.js';

const skip = missing({ pythonModule: 'kafka', debianPackage: 'python3-kafka' });
const SCRIPT = 'kafka_python_client.py';

interface Message {
  key: string | null;
  value: string | null;
  headers: [string, string][];
  partition?: number;
  timestamp_ms?: number;
}

interface ProduceResult {
  api_version: number[];
  results: { partition: number; offset: number; timestamp: number }[];
}

interface ConsumeResult {
  api_version: number[];
  records: { partition: number; offset: number; timestamp: number; key: string | null; value: string | null; headers: [string, string][] }[];
  beginning: Record<string, number>;
  end: Record<string, number>;
  times: Record<string, [number, number] | null>[];
  timed_out: boolean;
}

function assertModern(apiVersion: number[]): void {
  const [major = 0, minor = 0] = apiVersion;
  assert.ok(major > 2 || (major === 2 && minor >= 4), `kafka-python inferred broker version ${apiVersion.join('.')}, expected >= 2.4`);
}

describe('kafka-python against a Samsa broker', { skip, timeout: 180_000 }, () => {
  let broker: BrokerProcess;

  before(async () => {
    if (skip) return;
    broker = await BrokerProcess.start({ overrides: { 'num.partitions': 2 } });
  });

  after(async () => {
    await broker?.stop();
  });

  test('producer (auto-created topic, keys, headers, timestamps) and a group-less consumer', async (t) => {
    const topic = uniqueTopic('kpy-basic');
    const base = Date.now() - 3_600_000;
    const messages: Message[] = [
      ...Array.from({ length: 10 }, (_, i): Message => ({
        key: i === 3 ? null : `key-${i}`,
        value: i === 7 ? null : `value ${i}`,
        headers: i % 2 === 0 ? [['even', 'yes'], ['i', String(i)]] : [],
        partition: 0,
        timestamp_ms: base + i * 1000,
      })),
      ...Array.from({ length: 5 }, (_, i): Message => ({ key: `p1-${i}`, value: `p1 value ${i}`, headers: [['p', '1']], partition: 1, timestamp_ms: base + i * 1000 })),
    ];
    const produced = await python<ProduceResult>(SCRIPT, ['produce', broker.bootstrap], { topic, messages });
    t.diagnostic(`kafka-python inferred api_version ${produced.api_version.join('.')}`);
    assertModern(produced.api_version);
    const counters = [0, 0];
    assert.deepEqual(
      produced.results.map((r) => [r.partition, r.offset]),
      messages.map((m) => [m.partition, counters[m.partition!]!++]),
    );

    const consumed = await python<ConsumeResult>(SCRIPT, ['consume', broker.bootstrap], { topic, partitions: [0, 1], count: messages.length, times: [base + 2500, base, base + 9999] });
    assertModern(consumed.api_version);
    assert.equal(consumed.timed_out, false);
    const expected = messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers, timestamp: m.timestamp_ms }));
    for (const p of [0, 1]) {
      const got = consumed.records.filter((r) => r.partition === p);
      assert.deepEqual(got.map((r) => r.offset), got.map((_, i) => i));
      assert.deepEqual(
        got.map(({ key, value, headers, timestamp }) => ({ key, value, headers, timestamp })),
        expected.filter((_, i) => messages[i]!.partition === p),
        `partition ${p}`,
      );
    }
    assert.equal(consumed.records.length, messages.length);
    assert.deepEqual(consumed.beginning, { 0: 0, 1: 0 });
    assert.deepEqual(consumed.end, { 0: 10, 1: 5 });
    assert.deepEqual(consumed.times, [
      { 0: [3, base + 3000], 1: [3, base + 3000] },
      { 0: [0, base], 1: [0, base] },
      { 0: null, 1: null },
    ]);
  });

  test('gzip with linger batching: many messages come back exactly', async () => {
    const topic = uniqueTopic('kpy-gzip');
    const messages: Message[] = Array.from({ length: 400 }, (_, i) => ({
      key: `k${i % 9}`,
      value: `gzip ${i} ${'payload '.repeat(i % 23)}`,
      headers: [['n', String(i)]],
      partition: i % 2,
    }));
    const produced = await python<ProduceResult>(SCRIPT, ['produce', broker.bootstrap], { topic, messages, compression: 'gzip', linger_ms: 50 });
    const counters = [0, 0];
    assert.deepEqual(
      produced.results.map((r) => [r.partition, r.offset]),
      messages.map((m) => [m.partition, counters[m.partition!]!++]),
    );
    const consumed = await python<ConsumeResult>(SCRIPT, ['consume', broker.bootstrap], { topic, partitions: [0, 1], count: 400 });
    assert.equal(consumed.timed_out, false);
    for (const p of [0, 1]) {
      const got = consumed.records.filter((r) => r.partition === p);
      const want = messages.filter((m) => m.partition === p);
      assert.deepEqual(
        got.map(({ offset, key, value, headers }) => ({ offset, key, value, headers })),
        want.map((m, offset) => ({ offset, key: m.key, value: m.value, headers: m.headers })),
        `partition ${p}`,
      );
    }
    assert.deepEqual(consumed.end, { 0: 200, 1: 200 });
    for (const p of [0, 1]) {
      const batches = await batchHeaders(broker.host, broker.port, topic, p);
      assert.deepEqual([...new Set(batches.map((h) => h.codec))], [1], 'gzip batches');
      assert.ok(batches.some((h) => h.recordCount > 1), 'no batch holds more than one record: linger batching was lost');
    }
  });

  test('KafkaAdminClient: create (configs, validate_only, errors), list, describe, configs, partitions, delete', async () => {
    const topic = uniqueTopic('kpy-admin');
    const other = uniqueTopic('kpy-other');
    const r = await python<Record<string, unknown>>(SCRIPT, ['admin', broker.bootstrap], { topic, other });
    const started = await broker.waitForLog((l) => l.msg === 'Samsa broker started');
    assertModern(r['api_version'] as number[]);
    assert.deepEqual(r['create'], [[topic, 'NONE'], [other, 'NONE']]);
    // kafka-python raises the first topic error of a controller request (class name here)
    assert.equal(r['create_again'], 'TopicAlreadyExistsError');
    assert.equal(r['create_bad_config'], 'InvalidConfigurationError');
    assert.deepEqual(r['create_validate_only'], [[`${topic}-dry`, 'NONE']]);
    assert.deepEqual(r['list'], [other, topic].sort());
    assert.deepEqual(r['cluster'], {
      brokers: [{ node_id: 1, host: broker.host, port: broker.port }],
      controller_id: 1,
      cluster_id: started['clusterId'],
    });
    assert.deepEqual(r['describe_topics'], [
      { topic, error_code: 0, partitions: [0, 1, 2].map((partition) => ({ partition, leader: 1, replicas: [1], isr: [1] })) },
    ]);
    // config sources: 1 = the topic's own override, 5 = Kafka's default
    assert.deepEqual(r['configs_before'], {
      error_code: 0,
      configs: { 'retention.ms': { value: '3600000', source: 1 }, 'max.message.bytes': { value: '1048588', source: 5 } },
    });
    assert.deepEqual(r['alter'], [[topic, 'NONE']]);
    assert.deepEqual(r['configs_after'], {
      error_code: 0,
      configs: { 'retention.ms': { value: '604800000', source: 5 }, 'max.message.bytes': { value: '500000', source: 1 } },
    });
    assert.deepEqual(r['create_partitions'], [[topic, 'NONE']]);
    assert.equal(r['create_partitions_shrink'], 'InvalidPartitionsError');
    assert.equal(r['partitions_after'], 5);
    assert.deepEqual(new Set(r['delete'] as unknown[]), new Set([[topic, 'NONE'], [other, 'NONE']]));
    assert.equal(r['delete_again'], 'UnknownTopicOrPartitionError');
    assert.deepEqual(r['list_after_delete'], []);
  });

  test('the broker logged no warnings or errors', (t) => {
    assert.deepEqual(brokerComplaints(broker.lines, (m) => t.diagnostic(m)), []);
  });
});
