/**
 * confluent-kafka (Debian python3-confluent-kafka on the system librdkafka) against a real
 * broker process: Producer delivery reports with every compression.type, a Consumer by
 * assignment with explicit offsets (librdkafka insists on a group.id; nothing is joined or
 * committed, and the coordinator errors it may log are expected), watermarks and
 * offsets_for_times, and the AdminClient.
 *
 * The broker runs with num.partitions=2, so auto-created topics have two partitions.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { BrokerProcess, missing } from '@samsa/testkit';
import { batchHeaders, CODEC_IDS } from './raw-batches.js';
import { brokerComplaints, python, uniqueTopic } from './support.js';

const skip = missing({ pythonModule: 'confluent_kafka', debianPackage: 'python3-confluent-kafka' });
const SCRIPT = 'confluent_kafka_client.py';

interface Message {
  key: string | null;
  value: string | null;
  headers: [string, string][];
  partition: number;
  timestamp?: number;
}

interface ProduceResult {
  reports: { partition: number; offset: number; error: string | null }[];
  delivery_order: number[];
  undelivered: number;
}

interface ConsumeResult {
  records: { partition: number; offset: number; timestamp: number; key: string | null; value: string | null; headers: [string, string][] }[];
  errors: string[];
  watermarks: Record<string, [number, number]>;
  times: Record<string, number>[];
  timed_out: boolean;
}

/** Offsets each message must get: per partition, in produce order. */
function expectedReports(messages: Message[]): { partition: number; offset: number; error: null }[] {
  const next = new Map<number, number>();
  return messages.map((m) => {
    const offset = next.get(m.partition) ?? 0;
    next.set(m.partition, offset + 1);
    return { partition: m.partition, offset, error: null };
  });
}

function assertRecords(consumed: ConsumeResult, messages: Message[], partitions: number[], label: string): void {
  assert.equal(consumed.timed_out, false, `${label}: did not reach the end of every partition`);
  assert.deepEqual(consumed.errors, [], label);
  for (const p of partitions) {
    const got = consumed.records.filter((r) => r.partition === p);
    const want = messages.filter((m) => m.partition === p);
    assert.deepEqual(
      got.map(({ offset, key, value, headers }) => ({ offset, key, value, headers })),
      want.map((m, offset) => ({ offset, key: m.key, value: m.value, headers: m.headers })),
      `${label}: partition ${p}`,
    );
  }
}

describe('confluent-kafka against a Samsa broker', { skip, timeout: 180_000 }, () => {
  let broker: BrokerProcess;

  before(async () => {
    if (skip) return;
    broker = await BrokerProcess.start({ overrides: { 'num.partitions': 2 } });
  });

  after(async () => {
    await broker?.stop();
  });

  test('every compression.type: delivery reports carry the offsets, an assigned consumer reads the same records back', async () => {
    const codecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
    // one producer process per codec, all at once (each waits mostly on the network)
    const outcomes = await Promise.allSettled(
      codecs.map(async (codec) => {
        const topic = uniqueTopic(`ck-${codec}`);
        const messages: Message[] = Array.from({ length: 300 }, (_, i) => ({
          key: i % 50 === 0 ? null : `${codec}-key-${i % 11}`,
          value: i === 150 ? 'z'.repeat(100_000) : `${codec} record ${i} ${'data '.repeat(i % 19)}`,
          headers: i % 3 === 0 ? [['codec', codec], ['i', String(i)]] : [],
          partition: i % 2,
        }));
        const produced = await python<ProduceResult>(SCRIPT, ['produce', broker.bootstrap], { topic, compression: codec, linger_ms: 20, messages });
        assert.equal(produced.undelivered, 0);
        assert.deepEqual(produced.reports, expectedReports(messages), 'delivery reports');

        const consumed = await python<ConsumeResult>(SCRIPT, ['consume', broker.bootstrap], { topic, assign: [[0, 0], [1, 0]] });
        assertRecords(consumed, messages, [0, 1], 'consumed');
        assert.deepEqual(consumed.watermarks, { 0: [0, 150], 1: [0, 150] }, 'watermarks');
        // librdkafka really used the codec (it silently falls back to none when it reads the
        // broker's ApiVersions as not supporting it) and batched with linger.ms
        for (const p of [0, 1]) {
          const batches = await batchHeaders(broker.host, broker.port, topic, p);
          // librdkafka sends a batch uncompressed when compressing it does not make it smaller
          // (a lone short record, say), so only batches of several records must use the codec
          const multi = batches.filter((h) => h.recordCount >= 5);
          assert.ok(multi.length > 0, `partition ${p}: no batch of several records`);
          assert.deepEqual(
            [...new Set(multi.map((h) => h.codec))],
            [CODEC_IDS[codec]],
            `partition ${p}: librdkafka did not use the codec (it compresses with gzip, snappy and lz4 only when ApiVersions lists Produce v0, librdkafka#4956)`,
          );
          assert.ok(batches.every((h) => h.codec === CODEC_IDS[codec] || h.codec === 0), `partition ${p}: unexpected codec`);
          // how many records linger.ms gathers depends on timing; that the broker kept a
          // multi-record batch as produced does not
          assert.ok(batches.some((h) => h.recordCount > 1), `partition ${p}: no batch holds more than one record`);
        }
      }),
    );
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${codecs[i]}: ${(o.reason as Error).message}`] : []));
    assert.deepEqual(failures, []);
  });

  test('assign() at explicit offsets, get_watermark_offsets and offsets_for_times', async () => {
    const topic = uniqueTopic('ck-offsets');
    const base = Date.now() - 3_600_000;
    const messages: Message[] = [
      ...Array.from({ length: 12 }, (_, i): Message => ({ key: `k${i}`, value: `p0 ${i}`, headers: [], partition: 0, timestamp: base + i * 1000 })),
      ...Array.from({ length: 4 }, (_, i): Message => ({ key: `k${i}`, value: `p1 ${i}`, headers: [['x', 'y']], partition: 1, timestamp: base + i * 1000 })),
    ];
    const produced = await python<ProduceResult>(SCRIPT, ['produce', broker.bootstrap], { topic, messages });
    assert.deepEqual(produced.reports, expectedReports(messages));

    const consumed = await python<ConsumeResult>(SCRIPT, ['consume', broker.bootstrap], { topic, assign: [[0, 5], [1, 3]], times: [base + 4500, base, base + 60_000] });
    assert.equal(consumed.timed_out, false);
    assert.deepEqual(consumed.errors, []);
    assert.deepEqual(
      consumed.records.filter((r) => r.partition === 0).map((r) => [r.offset, r.value, r.timestamp]),
      Array.from({ length: 7 }, (_, i) => [i + 5, `p0 ${i + 5}`, base + (i + 5) * 1000]),
    );
    assert.deepEqual(
      consumed.records.filter((r) => r.partition === 1).map((r) => [r.offset, r.value, r.headers]),
      [[3, 'p1 3', [['x', 'y']]]],
    );
    assert.deepEqual(consumed.watermarks, { 0: [0, 12], 1: [0, 4] });
    // nothing at or after the time: librdkafka reports -1 (OFFSET_END)
    assert.deepEqual(consumed.times, [
      { 0: 5, 1: -1 },
      { 0: 0, 1: 0 },
      { 0: -1, 1: -1 },
    ]);
  });

  test('AdminClient: create (configs, validate_only, errors), list_topics, describe/alter configs, create_partitions, delete', async () => {
    const topic = uniqueTopic('ck-admin');
    const other = uniqueTopic('ck-other');
    const r = await python<Record<string, unknown>>(SCRIPT, ['admin', broker.bootstrap], { topic, other });
    const started = await broker.waitForLog((l) => l.msg === 'Samsa broker started');
    assert.deepEqual(r['create'], { [topic]: 'NONE', [other]: 'NONE' });
    assert.equal(r['create_again'], 'TOPIC_ALREADY_EXISTS');
    assert.equal(r['create_bad_config'], 'INVALID_CONFIG');
    assert.equal(r['create_bad_name'], 'TOPIC_EXCEPTION');
    assert.equal(r['create_validate_only'], 'NONE');
    assert.deepEqual(r['cluster'], { cluster_id: started['clusterId'], controller_id: 1, brokers: [[1, broker.host, broker.port]] });
    assert.deepEqual(r['topics'], [other, topic].sort());
    assert.deepEqual(r['partitions'], [[0, 1, [1], [1]], [1, 1, [1], [1]]]);
    // config sources: 1 = the topic's own override, 5 = Kafka's default
    assert.deepEqual(r['configs'], {
      'retention.ms': { value: '7200000', is_default: false, source: 1 },
      'cleanup.policy': { value: 'delete', is_default: false, source: 1 },
      'segment.bytes': { value: '1073741824', is_default: true, source: 5 },
      'max.message.bytes': { value: '1048588', is_default: true, source: 5 },
    });
    assert.equal(r['alter'], 'NONE');
    // AlterConfigs replaces the whole override set
    assert.deepEqual(r['configs_after_alter'], {
      'retention.ms': { value: '604800000', is_default: true, source: 5 },
      'cleanup.policy': { value: 'delete', is_default: true, source: 5 },
      'segment.bytes': { value: '1073741824', is_default: true, source: 5 },
      'max.message.bytes': { value: '300000', is_default: false, source: 1 },
    });
    assert.equal(r['alter_bad'], 'INVALID_CONFIG');
    assert.equal(r['broker_config_num_partitions'], '2');
    assert.equal(r['create_partitions'], 'NONE');
    assert.equal(r['create_partitions_shrink'], 'INVALID_PARTITIONS');
    assert.equal(r['partition_count'], 4);
    assert.deepEqual(r['delete'], { [topic]: 'NONE', [other]: 'NONE' });
    assert.equal(r['delete_again'], 'UNKNOWN_TOPIC_OR_PART');
    assert.deepEqual(r['topics_after_delete'], []);
  });

  test('the broker logged no warnings or errors', (t) => {
    assert.deepEqual(brokerComplaints(broker.lines, (m) => t.diagnostic(m)), []);
  });
});
