/**
 * kafkajs 2.2.4 against a real broker process: the admin client (topics, partitions, configs,
 * offsets, record deletion, cluster) and the producer (acks all/1/0, gzip, keys, headers,
 * explicit and key-hashed partitions, many messages). What the producer wrote is read back
 * with kafkajs's own Fetch code (see kafkajs-reader.ts): kafkajs consumers need a group
 * coordinator, which Samsa does not have yet.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import kafkajs from 'kafkajs';
import type { Admin, Kafka as KafkaClient, Message, Producer } from 'kafkajs';
import { BrokerProcess } from '@samsa/testkit';
import { headerStrings, KafkajsReader, type KafkajsRecord } from './kafkajs-reader.js';
import { batchHeaders } from './raw-batches.js';
import { brokerComplaints, uniqueTopic } from './support.js';

const { Kafka, logLevel, CompressionTypes, ConfigResourceTypes, Partitioners } = kafkajs;

/** Every kafkajs error `type` in an error and the errors it wraps. */
function errorTypes(e: unknown): string[] {
  const out: string[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (!x || typeof x !== 'object' || depth > 5) return;
    const o = x as { type?: unknown; errors?: unknown[]; originalError?: unknown; cause?: unknown };
    if (typeof o.type === 'string') out.push(o.type);
    for (const inner of o.errors ?? []) visit(inner, depth + 1);
    visit(o.originalError, depth + 1);
    visit(o.cause, depth + 1);
  };
  visit(e, 0);
  return out;
}

async function rejectsWithType(p: Promise<unknown>, type: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(errorTypes(e).includes(type), `expected ${type}, got ${JSON.stringify(errorTypes(e))}: ${(e as Error).message}`);
    return true;
  });
}

const simple = (r: KafkajsRecord) => ({
  offset: Number(r.offset),
  key: r.key?.toString() ?? null,
  value: r.value?.toString() ?? null,
  headers: headerStrings(r),
});

describe('kafkajs against a Samsa broker', { timeout: 180_000 }, () => {
  let broker: BrokerProcess;
  let kafka: KafkaClient;
  let admin: Admin;
  /** An admin that gives up at the first error, for the error cases. */
  let strictAdmin: Admin;
  let producer: Producer;
  let reader: KafkajsReader;

  before(async () => {
    broker = await BrokerProcess.start();
    kafka = new Kafka({
      clientId: 'samsa-compat-kafkajs',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 50, maxRetryTime: 500 },
    });
    admin = kafka.admin();
    strictAdmin = kafka.admin({ retry: { retries: 0 } });
    producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await Promise.all([admin.connect(), strictAdmin.connect(), producer.connect()]);
    reader = await KafkajsReader.connect(broker.host, broker.port);
  });

  after(async () => {
    await Promise.allSettled([admin?.disconnect(), strictAdmin?.disconnect(), producer?.disconnect(), reader?.disconnect()]);
    await broker?.stop();
  });

  test('negotiates modern API versions', () => {
    assert.ok(reader.fetchVersion() >= 11, `kafkajs chose Fetch v${reader.fetchVersion()}`);
  });

  test('createTopics with partitions and configs, validateOnly, listTopics, fetchTopicMetadata, describeConfigs', async () => {
    const topic = uniqueTopic('kjs-create');
    const dryRun = uniqueTopic('kjs-dry');
    assert.equal(
      await admin.createTopics({
        topics: [{ topic, numPartitions: 3, configEntries: [{ name: 'retention.ms', value: '3600000' }, { name: 'cleanup.policy', value: 'delete' }] }],
      }),
      true,
    );
    assert.equal(await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: dryRun, numPartitions: 2 }] }), true);

    const names = await admin.listTopics();
    assert.ok(names.includes(topic));
    assert.ok(!names.includes(dryRun), 'validateOnly created the topic');

    const md = await admin.fetchTopicMetadata({ topics: [topic] });
    assert.equal(md.topics.length, 1);
    assert.equal(md.topics[0]!.name, topic);
    assert.deepEqual(
      [...md.topics[0]!.partitions]
        .sort((a, b) => a.partitionId - b.partitionId)
        .map((p) => ({ partitionErrorCode: p.partitionErrorCode, partitionId: p.partitionId, leader: p.leader, replicas: p.replicas, isr: p.isr, offline: p.offlineReplicas })),
      [0, 1, 2].map((partitionId) => ({ partitionErrorCode: 0, partitionId, leader: 1, replicas: [1], isr: [1], offline: [] })),
    );

    const described = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
    assert.equal(described.resources.length, 1);
    const res = described.resources[0]!;
    assert.equal(res.errorCode, 0);
    assert.equal(res.resourceName, topic);
    const entry = (name: string) => res.configEntries.find((c) => c.configName === name);
    assert.deepEqual(pick(entry('retention.ms')), { configValue: '3600000', isDefault: false, configSource: 1 });
    assert.deepEqual(pick(entry('cleanup.policy')), { configValue: 'delete', isDefault: false, configSource: 1 });
    assert.deepEqual(pick(entry('segment.bytes')), { configValue: '1073741824', isDefault: true, configSource: 5 });

    const only = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
    });
    assert.deepEqual(only.resources[0]!.configEntries.map((c) => c.configName), ['retention.ms']);

    const brokerConfigs = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.BROKER, name: '1' }] });
    assert.equal(brokerConfigs.resources[0]!.errorCode, 0);
    assert.equal(brokerConfigs.resources[0]!.configEntries.find((c) => c.configName === 'num.partitions')?.configValue, '1');
  });

  test('error cases: existing topic, invalid name, invalid configs, too many replicas, shrinking partitions, unknown topic', async () => {
    const topic = uniqueTopic('kjs-errors');
    assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] }), true);
    // kafkajs answers false when every topic failed with TOPIC_ALREADY_EXISTS
    assert.equal(await strictAdmin.createTopics({ topics: [{ topic, numPartitions: 2 }] }), false);
    await rejectsWithType(strictAdmin.createTopics({ topics: [{ topic: 'bad name!' }] }), 'INVALID_TOPIC_EXCEPTION');
    await rejectsWithType(strictAdmin.createTopics({ topics: [{ topic: 'x'.repeat(250) }] }), 'INVALID_TOPIC_EXCEPTION');
    await rejectsWithType(
      strictAdmin.createTopics({ topics: [{ topic: uniqueTopic('kjs-badcfg'), configEntries: [{ name: 'retention.ms', value: 'soon' }] }] }),
      'INVALID_CONFIG',
    );
    await rejectsWithType(
      strictAdmin.createTopics({ topics: [{ topic: uniqueTopic('kjs-badcfg'), configEntries: [{ name: 'no.such.config', value: '1' }] }] }),
      'INVALID_CONFIG',
    );
    await rejectsWithType(strictAdmin.createTopics({ topics: [{ topic: uniqueTopic('kjs-rf'), replicationFactor: 3 }] }), 'INVALID_REPLICATION_FACTOR');
    await rejectsWithType(strictAdmin.createPartitions({ topicPartitions: [{ topic, count: 1 }] }), 'INVALID_PARTITIONS');
    await rejectsWithType(strictAdmin.deleteTopics({ topics: [uniqueTopic('kjs-missing')] }), 'UNKNOWN_TOPIC_OR_PARTITION');
    await rejectsWithType(
      strictAdmin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'segment.bytes', value: '-5' }] }] }),
      'INVALID_CONFIG',
    );
    // none of the failed creations left a topic behind
    const names = await admin.listTopics();
    assert.ok(!names.some((n) => n.startsWith('kjs-badcfg') || n.startsWith('kjs-rf') || n.startsWith('bad')));
  });

  test('producer acks -1, 1 and 0 with keys, headers and explicit partitions', async () => {
    const topic = uniqueTopic('kjs-acks');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });
    const expected = new Map<number, ReturnType<typeof simple>[]>([[0, []], [1, []], [2, []]]);
    for (const acks of [-1, 1, 0]) {
      const messages: Message[] = Array.from({ length: 6 }, (_, i) => ({
        partition: i % 3,
        key: i === 5 ? null : `acks${acks}-key${i}`,
        value: `acks ${acks} value ${i}`,
        headers: { acks: String(acks), i: String(i), ...(i === 4 ? { multi: ['a', 'b'] } : {}) },
      }));
      const meta = await producer.send({ topic, acks, messages });
      if (acks === 0) {
        assert.deepEqual(meta, []);
      } else {
        assert.deepEqual(
          meta.map((m) => ({ partition: m.partition, errorCode: m.errorCode, baseOffset: m.baseOffset })).sort((a, b) => a.partition - b.partition),
          [0, 1, 2].map((p) => ({ partition: p, errorCode: 0, baseOffset: String(expected.get(p)!.length) })),
        );
      }
      for (const m of messages) {
        const list = expected.get(m.partition!)!;
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(m.headers!)) headers[k] = Array.isArray(v) ? v.join(',') : String(v);
        list.push({ offset: list.length, key: (m.key as string | null) ?? null, value: m.value as string, headers });
      }
    }
    for (const [p, want] of expected) {
      // acks=0 has no answer: long-poll until every record is there
      const got = await reader.readAll(topic, p, { until: want.length });
      assert.deepEqual(got.map(simple), want, `partition ${p}`);
    }
  });

  test('GZIP: many keyed messages across partitions, and one request to two topics', async () => {
    const topic = uniqueTopic('kjs-gzip');
    const other = uniqueTopic('kjs-gzip-other');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }, { topic: other, numPartitions: 1 }] });
    const messages: Message[] = Array.from({ length: 1500 }, (_, i) => ({
      key: `user-${i % 41}`,
      value: JSON.stringify({ i, text: 'lorem ipsum '.repeat(i % 13) }),
      headers: { seq: String(i) },
    }));
    // where kafkajs's (Java-compatible murmur2) partitioner puts each key
    const partitionMetadata = [0, 1, 2].map((partitionId) => ({ partitionErrorCode: 0, partitionId, leader: 1, replicas: [1], isr: [1] }));
    const partitionOf = Partitioners.DefaultPartitioner();
    const expected = new Map<number, Message[]>([[0, []], [1, []], [2, []]]);
    for (const m of messages) expected.get(partitionOf({ topic, partitionMetadata, message: m }))!.push(m);

    const meta = await producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.GZIP,
      topicMessages: [
        { topic, messages },
        { topic: other, messages: [{ key: 'only', value: 'one' }] },
      ],
    });
    assert.deepEqual(
      meta.map((m) => `${m.topicName}/${m.partition}/${m.errorCode}/${m.baseOffset}`).sort(),
      [`${other}/0/0/0`, ...[0, 1, 2].filter((p) => expected.get(p)!.length > 0).map((p) => `${topic}/${p}/0/0`)].sort(),
    );
    for (const [p, want] of expected) {
      const got = await reader.readAll(topic, p);
      assert.deepEqual(
        got.map(simple),
        want.map((m, offset) => ({ offset, key: m.key as string, value: m.value as string, headers: { seq: (m.headers!['seq'] as string) } })),
        `partition ${p}`,
      );
    }
    assert.deepEqual((await reader.readAll(other, 0)).map(simple), [{ offset: 0, key: 'only', value: 'one', headers: {} }]);
    for (const p of [0, 1, 2]) {
      const batches = await batchHeaders(broker.host, broker.port, topic, p);
      assert.deepEqual(batches.map((h) => [h.codec, h.recordCount]), [[1, expected.get(p)!.length]], `partition ${p}: one gzip batch`);
    }
    const offsets = await admin.fetchTopicOffsets(topic);
    assert.deepEqual(
      offsets.map((o) => ({ partition: o.partition, high: o.high, low: o.low })).sort((a, b) => a.partition - b.partition),
      [0, 1, 2].map((p) => ({ partition: p, high: String(expected.get(p)!.length), low: '0' })),
    );
  });

  test('createPartitions grows a topic; the new partitions take writes; validateOnly changes nothing', async () => {
    const topic = uniqueTopic('kjs-grow');
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
    await admin.createPartitions({ validateOnly: true, topicPartitions: [{ topic, count: 6 }] });
    const md = await admin.fetchTopicMetadata({ topics: [topic] });
    assert.deepEqual(md.topics[0]!.partitions.map((p) => p.partitionId).sort(), [0, 1, 2, 3]);
    const meta = await producer.send({ topic, acks: -1, messages: [{ partition: 3, key: 'k', value: 'in a new partition' }] });
    assert.equal(meta[0]!.partition, 3);
    assert.equal(meta[0]!.baseOffset, '0');
    assert.deepEqual((await reader.readAll(topic, 3)).map(simple), [{ offset: 0, key: 'k', value: 'in a new partition', headers: {} }]);
    assert.equal((await admin.fetchTopicOffsets(topic)).length, 4);
  });

  test('alterConfigs replaces the overrides, validateOnly does not, and the new limit applies', async () => {
    const topic = uniqueTopic('kjs-alter');
    await admin.createTopics({ topics: [{ topic, configEntries: [{ name: 'retention.ms', value: '3600000' }] }] });
    const describe = async () => {
      const r = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'max.message.bytes'] }],
      });
      return Object.fromEntries(r.resources[0]!.configEntries.map((c) => [c.configName, pick(c)]));
    };
    const alter = (validateOnly: boolean) =>
      admin.alterConfigs({
        validateOnly,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'max.message.bytes', value: '20000' }] }],
      });

    await alter(true);
    assert.deepEqual(await describe(), {
      'retention.ms': { configValue: '3600000', isDefault: false, configSource: 1 },
      'max.message.bytes': { configValue: '1048588', isDefault: true, configSource: 5 },
    });
    await alter(false);
    assert.deepEqual(await describe(), {
      'retention.ms': { configValue: '604800000', isDefault: true, configSource: 5 },
      'max.message.bytes': { configValue: '20000', isDefault: false, configSource: 1 },
    });

    await rejectsWithType(producer.send({ topic, acks: -1, messages: [{ value: 'y'.repeat(30_000) }] }), 'MESSAGE_TOO_LARGE');
    const ok = await producer.send({ topic, acks: -1, messages: [{ value: 'small' }] });
    assert.equal(ok[0]!.baseOffset, '0');
  });

  test('fetchTopicOffsets, fetchTopicOffsetsByTimestamp and deleteTopicRecords', async () => {
    const topic = uniqueTopic('kjs-offsets');
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    const base = Date.now() - 3_600_000;
    await producer.send({
      topic,
      acks: -1,
      messages: [
        ...Array.from({ length: 10 }, (_, i) => ({ partition: 0, value: `p0-${i}`, timestamp: String(base + i * 1000) })),
        ...Array.from({ length: 3 }, (_, i) => ({ partition: 1, value: `p1-${i}`, timestamp: String(base + i * 1000) })),
      ],
    });
    const sorted = <T extends { partition: number }>(xs: T[]) => [...xs].sort((a, b) => a.partition - b.partition);
    assert.deepEqual(
      sorted(await admin.fetchTopicOffsets(topic)).map(({ partition, high, low }) => ({ partition, high, low })),
      [{ partition: 0, high: '10', low: '0' }, { partition: 1, high: '3', low: '0' }],
    );
    // p1 has nothing at or after base+2500: kafkajs then reports the high watermark
    assert.deepEqual(sorted(await admin.fetchTopicOffsetsByTimestamp(topic, base + 2500)), [{ partition: 0, offset: '3' }, { partition: 1, offset: '3' }]);
    assert.deepEqual(sorted(await admin.fetchTopicOffsetsByTimestamp(topic, base)), [{ partition: 0, offset: '0' }, { partition: 1, offset: '0' }]);
    assert.deepEqual(sorted(await admin.fetchTopicOffsetsByTimestamp(topic, base + 9000)), [{ partition: 0, offset: '9' }, { partition: 1, offset: '3' }]);
    const got = await reader.readAll(topic, 0);
    assert.deepEqual(got.map((r) => r.timestamp), Array.from({ length: 10 }, (_, i) => String(base + i * 1000)));

    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '4' }] });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 1, offset: '-1' }] });
    assert.deepEqual(
      sorted(await admin.fetchTopicOffsets(topic)).map(({ partition, high, low }) => ({ partition, high, low })),
      [{ partition: 0, high: '10', low: '4' }, { partition: 1, high: '3', low: '3' }],
    );
    await assert.rejects(reader.fetch(topic, 0, 0), (e: unknown) => errorTypes(e).includes('OFFSET_OUT_OF_RANGE'));
    assert.deepEqual((await reader.readAll(topic, 0, { from: 4 })).map((r) => r.value?.toString()), ['p0-4', 'p0-5', 'p0-6', 'p0-7', 'p0-8', 'p0-9']);
    assert.deepEqual(await reader.readAll(topic, 1, { from: 3 }), []);
    // offsets by time never point below the log start offset
    assert.deepEqual(sorted(await admin.fetchTopicOffsetsByTimestamp(topic, base)), [{ partition: 0, offset: '4' }, { partition: 1, offset: '3' }]);
  });

  test('describeCluster', async () => {
    const cluster = await admin.describeCluster();
    const started = await broker.waitForLog((l) => l.msg === 'Samsa broker started');
    assert.deepEqual(cluster, {
      brokers: [{ nodeId: 1, host: broker.host, port: broker.port }],
      controller: 1,
      clusterId: started['clusterId'],
    });
  });

  test('deleteTopics removes the data: a topic created again with the same name starts at offset 0', async () => {
    const topic = uniqueTopic('kjs-delete');
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    await producer.send({ topic, acks: -1, messages: Array.from({ length: 5 }, (_, i) => ({ value: `old ${i}` })) });
    assert.equal((await reader.readAll(topic, 0)).length, 5);

    await admin.deleteTopics({ topics: [topic] });
    assert.ok(!(await admin.listTopics()).includes(topic));
    await assert.rejects(reader.fetch(topic, 0, 0), (e: unknown) => errorTypes(e).includes('UNKNOWN_TOPIC_OR_PARTITION'));

    assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] }), true);
    const offsets = await admin.fetchTopicOffsets(topic);
    assert.deepEqual(offsets.map(({ partition, high, low }) => ({ partition, high, low })), [{ partition: 0, high: '0', low: '0' }]);
    assert.deepEqual(await reader.readAll(topic, 0), []);
    const meta = await producer.send({ topic, acks: -1, messages: [{ value: 'new' }] });
    assert.equal(meta[0]!.baseOffset, '0');
    assert.deepEqual((await reader.readAll(topic, 0)).map(simple), [{ offset: 0, key: null, value: 'new', headers: {} }]);
  });

  test('binary, empty and null keys and values; 40 concurrent sends on one connection', async () => {
    const topic = uniqueTopic('kjs-binary');
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const special: Message[] = [
      { partition: 0, key: allBytes, value: Buffer.concat([allBytes, allBytes]) },
      { partition: 0, key: Buffer.alloc(0), value: Buffer.alloc(0) },
      { partition: 0, key: 'tombstone', value: null },
      { partition: 0, key: null, value: Buffer.from([0]) },
    ];
    await producer.send({ topic, acks: -1, messages: special });
    const got = await reader.readAll(topic, 0);
    assert.deepEqual(
      got.map((r) => [r.key, r.value]),
      special.map((m) => [m.key === null ? null : Buffer.from(m.key as Buffer), m.value === null ? null : Buffer.from(m.value as Buffer)]),
    );

    // requests pipelined on one connection are answered in order, each with its own offsets
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => producer.send({ topic, acks: i % 2 === 0 ? -1 : 1, messages: [{ partition: 1, value: `concurrent ${i}` }] })),
    );
    const offsets = results.map((r) => Number(r[0]!.baseOffset));
    assert.deepEqual([...offsets].sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i));
    const p1 = await reader.readAll(topic, 1);
    assert.equal(p1.length, 40);
    for (const [i, offset] of offsets.entries()) assert.equal(p1[offset]!.value!.toString(), `concurrent ${i}`);
  });

  test('message.timestamp.type=LogAppendTime: the broker stamps the batch and reports the time', async () => {
    const topic = uniqueTopic('kjs-logappend');
    await admin.createTopics({ topics: [{ topic, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }] });
    const before = Date.now();
    const meta = await producer.send({
      topic,
      acks: -1,
      compression: CompressionTypes.GZIP,
      messages: [{ value: 'old', timestamp: '1000' }, { value: 'older', timestamp: '2000' }],
    });
    const after = Date.now();
    const appendTime = Number(meta[0]!.logAppendTime);
    assert.ok(appendTime >= before && appendTime <= after, `logAppendTime ${meta[0]!.logAppendTime} not within [${before}, ${after}]`);
    const got = await reader.readAll(topic, 0);
    assert.deepEqual(got.map((r) => [r.value?.toString(), r.timestamp]), [['old', String(appendTime)], ['older', String(appendTime)]]);
    const [batch] = await batchHeaders(broker.host, broker.port, topic, 0);
    assert.deepEqual({ timestampType: batch!.timestampType, maxTimestamp: batch!.maxTimestamp, codec: batch!.codec }, { timestampType: 1, maxTimestamp: appendTime, codec: 1 });
    // offsets by time use the append time
    assert.deepEqual(await admin.fetchTopicOffsetsByTimestamp(topic, appendTime), [{ partition: 0, offset: '0' }]);
    assert.deepEqual(await admin.fetchTopicOffsetsByTimestamp(topic, 1500), [{ partition: 0, offset: '0' }]);
  });

  test('createTopics with replica assignments; describing a topic that does not exist', async () => {
    const topic = uniqueTopic('kjs-assign');
    assert.equal(
      await admin.createTopics({ topics: [{ topic, replicaAssignment: [{ partition: 0, replicas: [1] }, { partition: 1, replicas: [1] }] }] }),
      true,
    );
    const md = await admin.fetchTopicMetadata({ topics: [topic] });
    assert.deepEqual(md.topics[0]!.partitions.map((p) => p.partitionId).sort(), [0, 1]);
    await rejectsWithType(
      strictAdmin.createTopics({ topics: [{ topic: uniqueTopic('kjs-assign-bad'), replicaAssignment: [{ partition: 0, replicas: [2] }] }] }),
      'INVALID_REPLICA_ASSIGNMENT',
    );
    const missing = uniqueTopic('kjs-nothing');
    await rejectsWithType(
      strictAdmin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: missing }] }),
      'UNKNOWN_TOPIC_OR_PARTITION',
    );
    assert.ok(!(await admin.listTopics()).includes(missing), 'describing a missing topic created it');
  });

  test('many small segments: reads, offsets by time and record deletion across segment boundaries', async () => {
    const topic = uniqueTopic('kjs-segments');
    await admin.createTopics({
      topics: [{ topic, configEntries: [{ name: 'segment.bytes', value: '4096' }, { name: 'index.interval.bytes', value: '200' }] }],
    });
    const base = Date.now() - 7_200_000;
    // 60 produce requests of 10 records each: one batch per request, ~40 segments in all
    for (let req = 0; req < 60; req++) {
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: 10 }, (_, i) => {
          const n = req * 10 + i;
          return { key: `k${n}`, value: `record ${n} ${'.'.repeat(n % 50)}`, timestamp: String(base + n * 10) };
        }),
      });
    }
    const all = await reader.readAll(topic, 0);
    assert.deepEqual(all.map((r) => Number(r.offset)), Array.from({ length: 600 }, (_, i) => i));
    assert.deepEqual(all.map((r) => r.value!.toString()), Array.from({ length: 600 }, (_, n) => `record ${n} ${'.'.repeat(n % 50)}`));
    // from offsets in the middle of batches and segments
    for (const from of [1, 95, 333, 599]) {
      const part = await reader.readAll(topic, 0, { from });
      assert.equal(Number(part[0]!.offset), from);
      assert.equal(part.length, 600 - from);
    }
    for (const n of [0, 7, 101, 250, 444, 598, 599]) {
      assert.deepEqual(await admin.fetchTopicOffsetsByTimestamp(topic, base + n * 10 - 5), [{ partition: 0, offset: String(n) }], `time of record ${n}`);
    }
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '377' }] });
    assert.deepEqual((await admin.fetchTopicOffsets(topic)).map(({ high, low }) => ({ high, low })), [{ high: '600', low: '377' }]);
    const rest = await reader.readAll(topic, 0, { from: 377 });
    assert.deepEqual(rest.map((r) => Number(r.offset)), Array.from({ length: 223 }, (_, i) => i + 377));
    assert.deepEqual(await admin.fetchTopicOffsetsByTimestamp(topic, base), [{ partition: 0, offset: '377' }]);
  });

  test('the broker logged no warnings or errors', (t) => {
    assert.deepEqual(brokerComplaints(broker.lines, (m) => t.diagnostic(m)), []);
  });
});

function pick(c: { configValue: string; isDefault: boolean; configSource: number } | undefined) {
  assert.ok(c, 'config entry missing');
  return { configValue: c.configValue, isDefault: c.isDefault, configSource: c.configSource };
}

