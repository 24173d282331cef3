/**
 * Committed offsets and groups are records in `__consumer_offsets`: they survive a clean
 * restart and a kill -9 (with log.flush.interval.messages=1, every commit is fsynced before
 * it is acknowledged), deletions stay deleted, and the records are Kafka's formats.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import kafkajs from 'kafkajs';
import type { Admin, Kafka as KafkaClient } from 'kafkajs';
import { BrokerProcess } from '@samsa/testkit';
import { partitionFor } from '../coordinator/partition-for.js';
import { decodeOffsetsTopicRecord, OFFSETS_TOPIC } from '../coordinator/offsets-records.js';
import { readPartition } from '../integration/kafka-helpers.js';
import { RawClient } from '../integration/raw-client.js';
import { OffsetCommitRequest, OffsetCommitResponse } from '@samsa/protocol';
import { brokerComplaints, KafkajsMember, Signal, uniqueName } from './support.js';

const { Kafka, logLevel } = kafkajs;

const OVERRIDES = { 'log.flush.interval.messages': 1, 'group.initial.rebalance.delay.ms': 0 };

type Offsets = Record<string, string>;

describe('committed offsets survive restarts', { timeout: 120_000 }, () => {
  const dataDirs = new Set<string>();
  let broker: BrokerProcess;
  let kafka: KafkaClient;
  let admin: Admin;

  async function connect(b: BrokerProcess): Promise<void> {
    await admin?.disconnect();
    broker = b;
    dataDirs.add(b.dataDir);
    kafka = new Kafka({ clientId: 'durability-it', brokers: [b.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 1000 } });
    admin = kafka.admin();
    await admin.connect();
  }

  before(async () => {
    await connect(await BrokerProcess.start({ overrides: OVERRIDES }));
  });

  after(async () => {
    await admin?.disconnect().catch(() => undefined);
    await broker?.kill();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  });

  async function offsetsOf(groupId: string, topic: string): Promise<Offsets> {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return Object.fromEntries(t!.partitions.map((p) => [String(p.partition), p.offset]));
  }

  /** A standalone commit (generation -1, no member), as consumers with assigned partitions make. */
  async function commitStandalone(groupId: string, topic: string, offsets: number[]): Promise<void> {
    const raw = await RawClient.connect(broker.port, broker.host);
    try {
      const r = await raw.send(OffsetCommitRequest, OffsetCommitResponse, 8, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [{ name: topic, partitions: offsets.map((committedOffset, partitionIndex) => ({ partitionIndex, committedOffset, committedLeaderEpoch: -1, committedMetadata: 'standalone' })) }],
      });
      assert.deepEqual(r.topics[0]!.partitions.map((p) => p.errorCode), offsets.map(() => 0));
    } finally {
      await raw.close();
    }
  }

  async function groupsListed(): Promise<Record<string, string>> {
    const { groups } = await admin.listGroups();
    return Object.fromEntries(groups.map((g) => [g.groupId, g.protocolType]));
  }

  test('consumer-group and standalone commits survive a clean restart and kill -9; deleted groups stay deleted', async () => {
    const topic = uniqueName('durable');
    const consumerGroup = uniqueName('consumers');
    const standalone = uniqueName('standalone');
    const doomed = uniqueName('doomed');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: Array.from({ length: 30 }, (_, i) => ({ value: `v${i}`, partition: i % 3 })) });
    await producer.disconnect();

    // A kafkajs consumer group reads everything and commits as it goes.
    const signal = new Signal();
    const member = await KafkajsMember.start('m', kafka, consumerGroup, topic, signal);
    await signal.until(() => member.received.length >= 30, 'the consumer reading all 30 messages');
    await member.stop();
    // Standalone commits (generation -1), and a group (kafkajs setOffsets joins it) deleted again.
    await commitStandalone(standalone, topic, [1, 2, 3]);
    await admin.setOffsets({ groupId: doomed, topic, partitions: [{ partition: 0, offset: '4' }] });
    await admin.deleteGroups([doomed]);

    const consumed: Offsets = { '0': '10', '1': '10', '2': '10' };
    assert.deepEqual(await offsetsOf(consumerGroup, topic), consumed);
    assert.deepEqual(await offsetsOf(standalone, topic), { '0': '1', '1': '2', '2': '3' });
    assert.deepEqual(await offsetsOf(doomed, topic), { '0': '-1', '1': '-1', '2': '-1' });

    const check = async (when: string, standaloneOffsets: Offsets): Promise<void> => {
      assert.deepEqual(await offsetsOf(consumerGroup, topic), consumed, `${when}: consumer group offsets`);
      assert.deepEqual(await offsetsOf(standalone, topic), standaloneOffsets, `${when}: standalone offsets`);
      assert.deepEqual(await offsetsOf(doomed, topic), { '0': '-1', '1': '-1', '2': '-1' }, `${when}: the deleted group`);
      const listed = await groupsListed();
      assert.equal(listed[consumerGroup], 'consumer', `${when}: the consumer group keeps its protocol type`);
      assert.equal(listed[standalone], '', `${when}: the standalone group`);
      assert.equal(listed[doomed], undefined, `${when}: the deleted group is listed`);
      const [described] = (await admin.describeGroups([consumerGroup])).groups;
      assert.equal(described!.state, 'Empty');
    };

    // Clean restart.
    await connect(await broker.restart({ listeners: 'PLAINTEXT://127.0.0.1:0' }));
    await check('after a clean restart', { '0': '1', '1': '2', '2': '3' });

    // New commits, then kill -9 right after they are acknowledged.
    await commitStandalone(standalone, topic, [5, 6, 7]);
    const killed = broker;
    await killed.kill();
    await connect(await BrokerProcess.start({ dataDir: killed.dataDir, overrides: OVERRIDES }));
    await check('after kill -9', { '0': '5', '1': '6', '2': '7' });

    // What is in __consumer_offsets is Kafka's record format.
    const raw = await RawClient.connect(broker.port, broker.host);
    try {
      const contents = await readPartition(raw, OFFSETS_TOPIC, partitionFor(consumerGroup));
      const records = [...contents.byOffset.values()].map((r) => decodeOffsetsTopicRecord(r.key, r.value));
      const groupRecords = records.filter((r) => r.kind === 'group' && r.groupId === consumerGroup);
      assert.ok(groupRecords.length >= 2, 'group metadata written at each rebalance');
      const last = groupRecords.at(-1)!;
      assert.ok(last.kind === 'group' && last.value !== null);
      assert.equal(last.value.protocolType, 'consumer');
      assert.deepEqual(last.value.members, [], 'the last record is the Empty group');
      const commits = new Map<number, number>();
      for (const r of records) if (r.kind === 'offset' && r.groupId === consumerGroup && r.value) commits.set(r.partition, r.value.offset);
      assert.deepEqual(Object.fromEntries(commits), { 0: 10, 1: 10, 2: 10 });
    } finally {
      await raw.close();
    }
    // The restart after kill -9 recovers logs (a warning); nothing else.
    assert.deepEqual(brokerComplaints(broker.lines).filter((l) => !l.includes('was not shut down cleanly')), []);
  });
});
