/**
 * Group consumers of other clients against a real broker process: kcat's balanced consumer
 * (`-G`, librdkafka 2.0), kafka-python 2.0's KafkaConsumer and confluent-kafka 1.7's Consumer
 * (range, roundrobin and cooperative-sticky assignment), each consuming, committing, and
 * continuing from its commits on the next run; AdminClient.list_groups and the kafkajs admin
 * describe/list/delete the groups they leave behind.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import kafkajs from 'kafkajs';
import type { Admin, Producer } from 'kafkajs';
import { BrokerProcess, missing, run } from '@samsa/testkit';
import { CONFLUENT_GROUP, KAFKA_PYTHON_GROUP, runPython } from './python-clients.js';
import { brokerComplaints, uniqueName } from './support.js';

const { Kafka, logLevel } = kafkajs;

const KCAT = missing({ command: 'kcat', debianPackage: 'kcat' });
const KAFKA_PYTHON = missing({ pythonModule: 'kafka', debianPackage: 'python3-kafka' });
const CONFLUENT = missing({ pythonModule: 'confluent_kafka', debianPackage: 'python3-confluent-kafka' });
const PARTITIONS = 3;

describe('third-party group consumers', { timeout: 180_000 }, () => {
  let broker: BrokerProcess;
  let admin: Admin;
  let producer: Producer;

  before(async () => {
    broker = await BrokerProcess.start({ overrides: { 'group.initial.rebalance.delay.ms': 0, 'offsets.topic.num.partitions': 10 } });
    const kafka = new Kafka({ clientId: 'third-party-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
  });

  after(async () => {
    await Promise.allSettled([admin?.disconnect(), producer?.disconnect()]);
    await broker?.stop();
  });

  async function topicWith(prefix: string, count: number): Promise<{ topic: string; values: string[] }> {
    const topic = uniqueName(prefix);
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }] });
    return { topic, values: await produce(topic, 'a', count) };
  }

  async function produce(topic: string, tag: string, count: number): Promise<string[]> {
    const values = Array.from({ length: count }, (_, i) => `${tag}${i}`);
    await producer.send({ topic, messages: values.map((value, i) => ({ value, partition: i % PARTITIONS })) });
    return values;
  }

  async function committedIsEnd(groupId: string, topic: string): Promise<void> {
    const ends = Object.fromEntries((await admin.fetchTopicOffsets(topic)).map((e) => [e.partition, e.offset]));
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    assert.deepEqual(Object.fromEntries(t!.partitions.map((p) => [p.partition, p.offset])), ends, `${groupId}: committed offsets are the log end`);
  }

  test('kcat -G: a balanced consumer consumes, commits, and resumes from its commits', { skip: KCAT }, async () => {
    const { topic, values } = await topicWith('kcat-g', 30);
    const groupId = uniqueName('kcat-group');
    // -e: exit at the end of every assigned partition; offsets are committed when kcat closes.
    // (No -o: in balanced mode an explicit offset would override the committed one.)
    const consume = async (): Promise<string[]> => {
      const r = await run('kcat', ['-b', broker.bootstrap, '-G', groupId, topic, '-e', '-q', '-f', '%s\n', '-X', 'auto.offset.reset=earliest', '-X', 'fetch.wait.max.ms=100'], { timeoutMs: 45_000 });
      assert.equal(r.code, 0, r.stderr);
      return r.stdout.split('\n').filter((l) => l !== '');
    };
    assert.deepEqual((await consume()).sort(), [...values].sort());
    await committedIsEnd(groupId, topic);
    const more = await produce(topic, 'b', 6);
    assert.deepEqual((await consume()).sort(), [...more].sort(), 'the second run starts at the committed offsets');
    await committedIsEnd(groupId, topic);
    const [described] = (await admin.describeGroups([groupId])).groups;
    assert.equal(described!.state, 'Empty');
    assert.equal(described!.protocolType, 'consumer');
  });

  test('kafka-python KafkaConsumer with group_id consumes, commits, and resumes', { skip: KAFKA_PYTHON }, async () => {
    const { topic, values } = await topicWith('kpy-g', 30);
    const groupId = uniqueName('kpy-group');
    interface Result {
      records: { partition: number; offset: number; value: string }[];
      assignment: number[];
      committed: Record<string, number>;
    }
    const spec = (count: number) => ({ bootstrap: broker.bootstrap, group: groupId, topic, count, timeout_s: 40, idle_s: 1 });
    const first = await runPython<Result>(KAFKA_PYTHON_GROUP, spec(values.length));
    assert.deepEqual(first.records.map((r) => r.value).sort(), [...values].sort());
    assert.deepEqual(first.assignment, [0, 1, 2]);
    assert.deepEqual(first.committed, { '0': 10, '1': 10, '2': 10 });
    await committedIsEnd(groupId, topic);
    const more = await produce(topic, 'b', 3);
    const second = await runPython<Result>(KAFKA_PYTHON_GROUP, spec(more.length));
    assert.deepEqual(second.records.map((r) => r.value).sort(), [...more].sort(), 'the second run starts at the committed offsets');
    assert.deepEqual(second.committed, { '0': 11, '1': 11, '2': 11 });
  });

  for (const strategy of ['range', 'roundrobin', 'cooperative-sticky']) {
    test(`confluent-kafka: two ${strategy} consumers share the partitions, commit, and list_groups shows them`, { skip: CONFLUENT }, async () => {
      const { topic, values } = await topicWith(`ck-${strategy}`, 30);
      const groupId = uniqueName(`ck-${strategy}`);
      interface Result {
        records: { member: string; partition: number; offset: number; value: string }[];
        assignments: Record<string, number[]>;
        group: { id: string; state: string; protocol_type: string; protocol: string; members: string[] }[];
        all_groups: string[];
      }
      const ends = Object.fromEntries((await admin.fetchTopicOffsets(topic)).map((e) => [e.partition, Number(e.offset)]));
      const r = await runPython<Result>(CONFLUENT_GROUP, { bootstrap: broker.bootstrap, group: groupId, topic, count: values.length, ends, partitions: PARTITIONS, members: 2, strategy, timeout_s: 40 });
      assert.deepEqual([...new Set(r.records.map((x) => x.value))].sort(), [...values].sort(), 'every message consumed');
      const owned = Object.values(r.assignments).flat().sort();
      assert.deepEqual(owned, [0, 1, 2], `each partition owned by exactly one member: ${JSON.stringify(r.assignments)}`);
      assert.ok(Object.values(r.assignments).every((a) => a.length > 0), 'both members got partitions');
      assert.deepEqual(r.group, [{ id: groupId, state: 'Stable', protocol_type: 'consumer', protocol: strategy, members: ['member-0', 'member-1'] }]);
      assert.ok(r.all_groups.includes(groupId));
      await committedIsEnd(groupId, topic);

      // Closed: the group is Empty with its offsets; the kafkajs admin deletes it.
      const [described] = (await admin.describeGroups([groupId])).groups;
      assert.equal(described!.state, 'Empty');
      assert.ok((await admin.listGroups()).groups.some((g) => g.groupId === groupId));
      await admin.deleteGroups([groupId]);
      assert.ok(!(await admin.listGroups()).groups.some((g) => g.groupId === groupId));
      const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
      assert.ok(t!.partitions.every((p) => p.offset === '-1'));
    });
  }

  test('the broker logged no warnings or errors', () => {
    assert.deepEqual(brokerComplaints(broker.lines), []);
  });
});
