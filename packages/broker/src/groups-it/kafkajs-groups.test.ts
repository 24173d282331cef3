/**
 * kafkajs consumer groups against a real broker process: three members share a 6-partition
 * topic two partitions each; a member killed with SIGKILL (no LeaveGroup) loses its partitions
 * once its session times out; a member that leaves cleanly hands them over at once; nothing
 * produced is lost; and members started later continue from the committed offsets.
 * The admin API (describeGroups, listGroups, fetchOffsets, deleteGroups) is checked on the way.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import kafkajs from 'kafkajs';
import type { Admin, Kafka as KafkaClient, Producer } from 'kafkajs';
import { BrokerProcess } from '@samsa/testkit';
import { balanced, brokerComplaints, ChildMember, describeMembers, KafkajsMember, Signal, uniqueName, type MemberView } from './support.js';

const { Kafka, logLevel, Partitioners } = kafkajs;

const PARTITIONS = 6;

describe('kafkajs consumer groups', { timeout: 120_000 }, () => {
  let broker: BrokerProcess;
  let kafka: KafkaClient;
  let admin: Admin;
  let producer: Producer;
  const members: (KafkajsMember | ChildMember)[] = [];

  before(async () => {
    broker = await BrokerProcess.start({
      overrides: { 'group.initial.rebalance.delay.ms': 500, 'group.min.session.timeout.ms': 6000, 'offsets.topic.num.partitions': 10 },
    });
    kafka = new Kafka({ clientId: 'groups-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 1000 } });
    admin = kafka.admin();
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await Promise.all([admin.connect(), producer.connect()]);
  });

  after(async () => {
    await Promise.allSettled(members.map((m) => (m instanceof ChildMember ? m.kill() : m.stop())));
    await Promise.allSettled([admin?.disconnect(), producer?.disconnect()]);
    await broker?.stop();
  });

  /** Produces `count` values `<tag>-<i>` spread over every partition. */
  async function produce(topic: string, tag: string, count: number): Promise<string[]> {
    const values = Array.from({ length: count }, (_, i) => `${tag}-${i}`);
    await producer.send({ topic, messages: values.map((value, i) => ({ value, partition: i % PARTITIONS })) });
    return values;
  }

  const receivedBy = (views: readonly MemberView[]): Set<string> => new Set(views.flatMap((m) => m.received));

  test('three members, a kill, a clean leave, a restart: every partition owned once, nothing lost, commits honoured', async () => {
    const topic = uniqueName('kjs-group');
    const groupId = uniqueName('kjs-g');
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }] });
    const signal = new Signal();
    const state = (views: readonly MemberView[]) => () => describeMembers(views);

    // Three members, one of them in a child process.
    const a = await KafkajsMember.start('a', kafka, groupId, topic, signal);
    const b = await KafkajsMember.start('b', kafka, groupId, topic, signal);
    const c = ChildMember.start('c', broker.bootstrap, groupId, topic, signal);
    members.push(a, b, c);
    const abc = [a, b, c];
    await signal.until(() => balanced(abc, PARTITIONS, 2), 'three members with two partitions each', 30_000, state(abc));

    const described = (await admin.describeGroups([groupId])).groups[0]!;
    assert.equal(described.state, 'Stable');
    assert.equal(described.protocolType, 'consumer');
    assert.equal(described.members.length, 3);
    assert.deepEqual(described.members.map((m) => m.clientHost).sort(), ['/127.0.0.1', '/127.0.0.1', '/127.0.0.1']);
    const listed = await admin.listGroups();
    assert.ok(listed.groups.some((g) => g.groupId === groupId && g.protocolType === 'consumer'));

    const produced = await produce(topic, 'first', 60);
    await signal.until(() => produced.every((v) => receivedBy(abc).has(v)), 'the first batch consumed', 30_000, state(abc));

    // c dies without leaving: after its session timeout a and b share its partitions.
    const killedAt = Date.now();
    await c.kill();
    await signal.until(() => balanced([a, b], PARTITIONS, 3), 'a and b taking over the killed member\'s partitions', 30_000, state(abc));
    const movedAfterMs = Date.now() - killedAt;
    assert.ok(movedAfterMs >= 3_000, `partitions moved ${movedAfterMs} ms after the kill, before the session could time out`);
    produced.push(...(await produce(topic, 'second', 60)));
    await signal.until(() => produced.every((v) => receivedBy(abc).has(v)), 'everything produced so far consumed', 30_000, state(abc));

    // b leaves cleanly: a takes everything without waiting for a session timeout.
    const leftAt = Date.now();
    await b.stop();
    await signal.until(() => balanced([a], PARTITIONS, 6), 'a owning every partition', 20_000, state(abc));
    assert.ok(Date.now() - leftAt < 6_000, 'a clean leave does not wait for the session timeout');
    produced.push(...(await produce(topic, 'third', 60)));
    await signal.until(() => produced.every((v) => receivedBy(abc).has(v)), 'everything produced so far consumed', 30_000, state(abc));

    // Every message produced was consumed (at least once).
    const missing = produced.filter((v) => !receivedBy(abc).has(v));
    assert.deepEqual(missing, []);

    // a stops (kafkajs commits after each batch, before the next fetch); the group is Empty and
    // its offsets are the log end offsets.
    await a.stop();
    const ends = await admin.fetchTopicOffsets(topic);
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    assert.deepEqual(
      committed[0]!.partitions.map((p) => [p.partition, p.offset]).sort((x, y) => Number(x[0]) - Number(y[0])),
      ends.map((e) => [e.partition, e.offset]).sort((x, y) => Number(x[0]) - Number(y[0])),
    );
    assert.equal((await admin.describeGroups([groupId])).groups[0]!.state, 'Empty');

    // New members start from the committed offsets: they see only what was produced after.
    const later = await produce(topic, 'fourth', 30);
    const d = await KafkajsMember.start('d', kafka, groupId, topic, signal);
    const e = await KafkajsMember.start('e', kafka, groupId, topic, signal);
    members.push(d, e);
    const de = [d, e];
    await signal.until(() => later.every((v) => receivedBy(de).has(v)), 'the fourth batch consumed by the new members', 30_000, state(de));
    const redelivered = [...receivedBy(de)].filter((v) => !v.startsWith('fourth-'));
    assert.deepEqual(redelivered, [], 'committed messages were delivered again');
    await signal.until(() => balanced(de, PARTITIONS, 3), 'd and e sharing the partitions', 30_000, state(de));
    await Promise.all([d.stop(), e.stop()]);

    // The group can be deleted once Empty; its offsets go with it.
    const deleted = await admin.deleteGroups([groupId]);
    assert.deepEqual(deleted.map((r) => [r.groupId, r.errorCode]), [[groupId, 0]]);
    const after = await admin.fetchOffsets({ groupId, topics: [topic] });
    assert.ok(after[0]!.partitions.every((p) => p.offset === '-1'), 'offsets of a deleted group');
    assert.ok(!(await admin.listGroups()).groups.some((g) => g.groupId === groupId));
    assert.deepEqual(c.errors, [], 'the child member reported errors');
    assert.deepEqual(brokerComplaints(broker.lines), []);
  });
});
