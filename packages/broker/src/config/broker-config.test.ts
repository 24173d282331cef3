import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BrokerConfig, loadBrokerConfig, parseListener } from './broker-config.js';
import { ConfigError, LONG_MAX } from './config-def.js';
import { validateTopicConfigs } from './topic-config.js';

test('defaults match Kafka', () => {
  const c = new BrokerConfig({});
  assert.deepEqual(c.listeners, [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }]);
  assert.equal(c.numPartitions, 1);
  assert.equal(c.autoCreateTopics, true);
  assert.equal(c.get('message.max.bytes'), 1048588);
  assert.equal(c.socketRequestMaxBytes, 104857600);
  assert.equal(c.logRetentionMs, 168 * 3_600_000);
  assert.equal(c.get('log.flush.interval.messages'), LONG_MAX);
  assert.deepEqual(c.logDirs, ['./data']);
});

test('retention ms wins over minutes and hours, as in Kafka', () => {
  assert.equal(new BrokerConfig({ 'log.retention.hours': '1' }).logRetentionMs, 3_600_000);
  assert.equal(new BrokerConfig({ 'log.retention.minutes': '2', 'log.retention.hours': '1' }).logRetentionMs, 120_000);
  assert.equal(new BrokerConfig({ 'log.retention.ms': '5', 'log.retention.minutes': '2' }).logRetentionMs, 5);
  assert.equal(new BrokerConfig({ 'log.retention.ms': '-1' }).logRetentionMs, -1);
});

test('unknown keys are an error, with a suggestion', () => {
  assert.throws(() => new BrokerConfig({ 'num.partition': '3' }), (e: Error) => {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /unknown config "num.partition".*did you mean "num.partitions"/);
    return true;
  });
});

test('bad values are an error naming the key', () => {
  assert.throws(() => new BrokerConfig({ 'num.partitions': 'three' }), /num.partitions: expected an integer/);
  assert.throws(() => new BrokerConfig({ 'num.partitions': '0' }), /num.partitions: must be at least 1/);
  assert.throws(() => new BrokerConfig({ 'auto.create.topics.enable': 'yes' }), /expected true or false/);
  assert.throws(() => new BrokerConfig({ listeners: 'localhost:9092' }), /not NAME:\/\/host:port/);
  assert.throws(() => new BrokerConfig({ listeners: 'SSL://127.0.0.1:9093' }), /only PLAINTEXT/);
  assert.throws(() => new BrokerConfig({ 'message.max.bytes': '99999999999' }), /out of the int range/);
});

test('Long.MAX_VALUE is accepted and means unbounded', () => {
  const c = new BrokerConfig({ 'log.flush.interval.messages': '9223372036854775807' });
  assert.equal(c.get('log.flush.interval.messages'), LONG_MAX);
});

test('Kafka sample server.properties keys are accepted', () => {
  const c = new BrokerConfig({
    'process.roles': 'broker,controller',
    'num.network.threads': '3',
    'num.io.threads': '8',
    'socket.send.buffer.bytes': '102400',
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
  });
  assert.equal(c.numPartitions, 1);
});

test('file plus overrides, overrides win', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-config-'));
  try {
    const file = join(dir, 'server.properties');
    writeFileSync(file, '# comment\nnum.partitions=3\nlog.dirs=/tmp/a,/tmp/b\n');
    const c = loadBrokerConfig(file, ['num.partitions=6']);
    assert.equal(c.numPartitions, 6);
    assert.deepEqual(c.logDirs, ['/tmp/a', '/tmp/b']);
    assert.ok(c.isExplicit('log.dirs'));
    assert.throws(() => loadBrokerConfig(file, ['novalue']), /key=value/);
    assert.throws(() => loadBrokerConfig(join(dir, 'missing'), []), /cannot read/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('listener parsing', () => {
  assert.deepEqual(parseListener('PLAINTEXT://:0'), { name: 'PLAINTEXT', host: '', port: 0 });
  assert.deepEqual(parseListener('plaintext://[::1]:9092'), { name: 'PLAINTEXT', host: '::1', port: 9092 });
  assert.equal(parseListener('PLAINTEXT://host:70000'), null);
});

test('topic configs are validated', () => {
  assert.deepEqual(validateTopicConfigs({ 'retention.ms': '1000', 'cleanup.policy': 'compact,delete' }), {
    'retention.ms': 1000,
    'cleanup.policy': ['compact', 'delete'],
  });
  assert.throws(() => validateTopicConfigs({ 'retention.mss': '1' }), /unknown topic config/);
  assert.throws(() => validateTopicConfigs({ 'cleanup.policy': 'forever' }), /must be one of/);
  assert.throws(() => validateTopicConfigs({ 'min.cleanable.dirty.ratio': '2' }), /between 0 and 1/);
});
