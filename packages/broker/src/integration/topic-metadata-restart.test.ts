/**
 * Topic metadata survives restarts, after kill -9 and after a clean SIGTERM: names, ids,
 * partition counts (including partitions added later), config overrides (set at creation and
 * altered later) and data. A deleted topic stays deleted, its data folders are gone, and a
 * topic created again under the same name is a new, empty topic with a new id.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  DescribeConfigsRequest,
  DescribeConfigsResponse,
  errorName,
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsResponse,
} from '@samsa/protocol';
import { BrokerProcess } from '@samsa/testkit';
import {
  batchOf,
  brokerErrors,
  createTopic,
  metadata,
  payload,
  produce,
  readPartition,
  restartOnNewPort,
  stopAndRemove,
} from './kafka-helpers.js';
import { RawClient } from './raw-client.js';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const DYNAMIC_TOPIC_CONFIG = 1;
const LONG_NAME = `long-${'n'.repeat(244)}`; // 249 characters, Kafka's limit

interface Expected {
  topicId: string;
  partitions: number;
  overrides: Record<string, string>;
  /** values per partition, in offset order */
  data: string[][];
}

async function overridesOf(c: RawClient, topic: string): Promise<Record<string, string>> {
  const res = await c.send(DescribeConfigsRequest, DescribeConfigsResponse, 4, {
    resources: [{ resourceType: 2, resourceName: topic, configurationKeys: null }],
    includeSynonyms: false,
    includeDocumentation: false,
  });
  const r = res.results[0]!;
  assert.equal(r.errorCode, 0, `DescribeConfigs ${topic}: ${errorName(r.errorCode)}`);
  const out: Record<string, string> = {};
  for (const c2 of r.configs) if (c2.configSource === DYNAMIC_TOPIC_CONFIG) out[c2.name] = c2.value ?? '';
  return out;
}

async function deleteTopic(c: RawClient, name: string): Promise<void> {
  const res = await c.send(DeleteTopicsRequest, DeleteTopicsResponse, 6, { topics: [{ name, topicId: ZERO_UUID }], timeoutMs: 30_000 });
  assert.equal(res.responses[0]!.errorCode, 0, `delete ${name}: ${errorName(res.responses[0]!.errorCode)} ${res.responses[0]!.errorMessage ?? ''}`);
}

async function produceValues(c: RawClient, topic: string, partition: number, vs: string[], expected: Map<string, Expected>): Promise<void> {
  const r = await produce(c, topic, partition, batchOf(vs.map((v) => payload(v))));
  assert.equal(r.errorCode, 0, `produce ${topic}-${partition}: ${errorName(r.errorCode)}`);
  expected.get(topic)!.data[partition]!.push(...vs);
}

/** Partition folders of `topic` in the data dir (live ones, or anything Kafka-style renamed). */
function foldersOf(dataDir: string, topic: string): string[] {
  return readdirSync(dataDir).filter((f) => f.startsWith(`${topic}-`) && /^\d/.test(f.slice(topic.length + 1)));
}

async function verify(port: number, dataDir: string, expected: Map<string, Expected>, deleted: string[], label: string): Promise<void> {
  const c = await RawClient.connect(port);
  try {
    const all = await metadata(c, null);
    // internal topics (__consumer_offsets, created by the group coordinator) are not ours to check
    const listed = new Map(all.topics.filter((t) => !t.name!.startsWith('__')).map((t) => [t.name!, t]));
    assert.deepEqual([...listed.keys()].sort(), [...expected.keys()].sort(), `${label}: topics listed`);
    for (const [name, e] of expected) {
      const t = listed.get(name)!;
      assert.equal(t.errorCode, 0);
      assert.equal(t.topicId, e.topicId, `${label}: id of ${name}`);
      assert.equal(t.partitions.length, e.partitions, `${label}: partitions of ${name}`);
      assert.deepEqual(await overridesOf(c, name), e.overrides, `${label}: config overrides of ${name}`);
      for (let p = 0; p < e.partitions; p++) {
        const contents = await readPartition(c, name, p);
        const got = [...contents.byOffset.values()].map((r) => r.value!.toString());
        assert.deepEqual(got, e.data[p], `${label}: data of ${name}-${p}`);
        assert.ok(existsSync(join(dataDir, `${name}-${p}`)), `${label}: folder of ${name}-${p}`);
      }
    }
    const md = await metadata(c, deleted, false);
    for (const t of md.topics) assert.equal(errorName(t.errorCode), 'UNKNOWN_TOPIC_OR_PARTITION', `${label}: deleted topic ${t.name}`);
    for (const name of deleted) assert.deepEqual(foldersOf(dataDir, name), [], `${label}: data folders of deleted topic ${name}`);
    assert.deepEqual(c.unsolicited, []);
  } finally {
    await c.close();
  }
}

test('topics, ids, partitions, configs and data survive kill -9 and clean restarts; deleted topics stay gone', { timeout: 120_000 }, async (t) => {
  let broker = await BrokerProcess.start();
  const dataDir = broker.dataDir;
  const expected = new Map<string, Expected>();
  const deleted: string[] = [];
  const add = (name: string, topicId: string, partitions: number, overrides: Record<string, string>): void => {
    expected.set(name, { topicId, partitions, overrides, data: Array.from({ length: partitions }, () => []) });
  };
  try {
    let c = await RawClient.connect(broker.port);
    const a = await createTopic(c, 'meta-a', 3, { 'retention.ms': '3600000', 'max.message.bytes': '50000' });
    add('meta-a', a.topicId!, 3, { 'retention.ms': '3600000', 'max.message.bytes': '50000' });
    const b = await createTopic(c, 'meta-b', 2, { 'cleanup.policy': 'delete' });
    add('meta-b', b.topicId!, 2, { 'cleanup.policy': 'delete' });
    const long = await createTopic(c, LONG_NAME, 1); // the longest name Kafka allows
    add(LONG_NAME, long.topicId!, 1, {});
    const dots = await createTopic(c, 'meta.dots_and-dashes', 1, { 'segment.bytes': '1048576' });
    add('meta.dots_and-dashes', dots.topicId!, 1, { 'segment.bytes': '1048576' });
    assert.equal(new Set([...expected.values()].map((e) => e.topicId)).size, expected.size, 'topic ids are distinct');

    for (const [name, e] of expected) for (let p = 0; p < e.partitions; p++) await produceValues(c, name, p, [`${name.slice(0, 12)}/${p}/0`, `${name.slice(0, 12)}/${p}/1`], expected);

    // changes after creation: more partitions, altered configs
    const grow = await c.send(CreatePartitionsRequest, CreatePartitionsResponse, 3, { topics: [{ name: 'meta-a', count: 5, assignments: null }], timeoutMs: 30_000, validateOnly: false });
    assert.equal(grow.results[0]!.errorCode, 0, errorName(grow.results[0]!.errorCode));
    const ea = expected.get('meta-a')!;
    ea.partitions = 5;
    ea.data.push([], []);
    await produceValues(c, 'meta-a', 4, ['meta-a/4/0'], expected);
    const alter = await c.send(IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse, 1, {
      resources: [{ resourceType: 2, resourceName: 'meta-b', configs: [{ name: 'retention.ms', configOperation: 0, value: '7200000' }] }],
      validateOnly: false,
    });
    assert.equal(alter.responses[0]!.errorCode, 0, errorName(alter.responses[0]!.errorCode));
    expected.get('meta-b')!.overrides['retention.ms'] = '7200000';

    // a deleted topic: gone at once, and its folders with it
    await deleteTopic(c, 'meta.dots_and-dashes');
    expected.delete('meta.dots_and-dashes');
    deleted.push('meta.dots_and-dashes');
    assert.ok(!existsSync(join(dataDir, 'meta.dots_and-dashes-0')), 'the deleted topic\'s live folder is gone at once');
    await c.close();
    await verify(broker.port, dataDir, expected, deleted, 'before any restart');

    // kill -9, restart
    await broker.kill();
    broker = await restartOnNewPort(broker);
    await verify(broker.port, dataDir, expected, deleted, 'after kill -9');

    // delete, create again under the same name, then crash right away
    c = await RawClient.connect(broker.port);
    await deleteTopic(c, 'meta-b');
    const again = await createTopic(c, 'meta-b', 1);
    assert.notEqual(again.topicId, expected.get('meta-b')!.topicId, 'a re-created topic has a new id');
    add('meta-b', again.topicId!, 1, {});
    await produceValues(c, 'meta-b', 0, ['meta-b/new/0'], expected);
    await deleteTopic(c, 'meta-a');
    expected.delete('meta-a');
    deleted.push('meta-a');
    await c.close();
    await broker.kill();
    broker = await restartOnNewPort(broker);
    await verify(broker.port, dataDir, expected, deleted, 'after delete, re-create and kill -9');
    assert.deepEqual(foldersOf(dataDir, 'meta-b'), ['meta-b-0'], 'only the new meta-b partition folder');

    // clean restart
    assert.equal(await broker.shutdown(), 0, 'SIGTERM exits 0');
    broker = await restartOnNewPort(broker);
    await verify(broker.port, dataDir, expected, deleted, 'after SIGTERM');
    assert.deepEqual(brokerErrors(broker), []);
    t.diagnostic(`topics after all restarts: ${[...expected.keys()].map((n) => n.slice(0, 20)).join(', ')}`);
  } catch (e) {
    t.diagnostic(broker.logText().slice(-4000));
    throw e;
  } finally {
    await stopAndRemove(broker, dataDir);
  }
});

test('a topic with a 249-character name (the longest allowed) can be deleted, and the broker restarts afterwards', { timeout: 60_000 }, async (t) => {
  let broker = await BrokerProcess.start();
  const dataDir = broker.dataDir;
  try {
    const c = await RawClient.connect(broker.port);
    await createTopic(c, LONG_NAME, 2);
    await produce(c, LONG_NAME, 1, batchOf([payload('long;')]));
    // the data folder is named "<topic>-<partition>"; Kafka renames it for deletion to a name
    // that still fits in 255 bytes (it shortens the topic part), so deletion cannot fail on length
    const res = await c.send(DeleteTopicsRequest, DeleteTopicsResponse, 6, { topics: [{ name: LONG_NAME, topicId: ZERO_UUID }], timeoutMs: 30_000 });
    const deleteOutcome = `${errorName(res.responses[0]!.errorCode)} ${res.responses[0]!.errorMessage ?? ''}`;
    await c.close();
    await broker.kill();
    let restartOutcome = 'restarted';
    try {
      broker = await restartOnNewPort(broker);
    } catch (e) {
      restartOutcome = `did not restart: ${(e as Error).message.split('\n').slice(0, 4).join(' | ')}`;
    }
    assert.ok(
      res.responses[0]!.errorCode === 0 && restartOutcome === 'restarted',
      `delete of the ${LONG_NAME.length}-character topic: ${deleteOutcome}; then the broker ${restartOutcome}`,
    );
    await verify(broker.port, dataDir, new Map(), [LONG_NAME], 'after deleting the long-named topic and kill -9');
  } catch (e) {
    t.diagnostic(broker.logText().slice(-3000));
    throw e;
  } finally {
    await stopAndRemove(broker, dataDir);
  }
});

test('topic config overrides are enforced after a restart, not only described', { timeout: 60_000 }, async () => {
  let broker = await BrokerProcess.start();
  const dataDir = broker.dataDir;
  try {
    let c = await RawClient.connect(broker.port, broker.host);
    await createTopic(c, 'small-messages', 1, { 'max.message.bytes': '2000' });
    const tooBig = batchOf([payload('big;', 4000)]);
    assert.equal((await produce(c, 'small-messages', 0, tooBig)).errorCode, 10, 'MESSAGE_TOO_LARGE before the restart');
    await c.close();
    broker = await restartOnNewPort(broker);
    c = await RawClient.connect(broker.port, broker.host);
    const res = await produce(c, 'small-messages', 0, tooBig);
    assert.equal(res.errorCode, 10, `after the restart the override still applies, got ${errorName(res.errorCode)}`);
    assert.equal((await produce(c, 'small-messages', 0, batchOf([payload('ok;', 100)]))).errorCode, 0);
    await c.close();
  } finally {
    await stopAndRemove(broker, dataDir);
  }
});
