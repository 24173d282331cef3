/**
 * kcat (librdkafka) against a real broker process: produce with keys, headers, every codec and
 * linger batching; consume from the beginning, from an offset, from a time, per partition;
 * metadata as JSON; topics auto-created by the first produce.
 *
 * The broker runs with num.partitions=3, so auto-created topics have three partitions.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { BrokerProcess, run } from '@samsa/testkit';
import { batchHeaders, CODEC_IDS } from './raw-batches.js';
import { brokerComplaints, byPartition, CLIENT_TIMEOUT_MS, kcat, KCAT_MISSING, kcatConsume, uniqueTopic, type KcatRecord } from './support.js';

interface KcatMetadata {
  originating_broker: { id: number; name: string };
  controllerid: number;
  brokers: { id: number; name: string }[];
  topics: { topic: string; error?: string; partitions: { partition: number; leader: number; replicas: { id: number }[]; isrs: { id: number }[] }[] }[];
}

const skip = KCAT_MISSING;

describe('kcat against a Samsa broker', { skip, timeout: 180_000 }, () => {
  let broker: BrokerProcess;
  let b: string;

  before(async () => {
    if (skip) return;
    broker = await BrokerProcess.start({ overrides: { 'num.partitions': 3 } });
    b = broker.bootstrap;
  });

  after(async () => {
    await broker?.stop();
  });

  const simple = (r: KcatRecord) => ({ partition: r.partition, offset: r.offset, key: r.key, payload: r.payload, headers: r.headers ?? [] });

  test('the first produce auto-creates the topic; -L -J shows the broker, topic and partitions', async () => {
    const topic = uniqueTopic('kcat-auto');
    const initial = JSON.parse((await kcat(b, ['-L', '-J'])).stdout) as KcatMetadata;
    assert.ok(!initial.topics.some((t) => t.topic === topic));

    // null key (no delimiter), empty key, and a tombstone (-Z: empty key and value become null)
    await kcat(b, ['-P', '-t', topic, '-p', '0', '-K', ':'], 'plain\nk1:v1\n:\nk2:v2\n');
    await kcat(b, ['-P', '-t', topic, '-p', '0', '-K', ':', '-Z'], 'gone:\n');

    const md = JSON.parse((await kcat(b, ['-L', '-J', '-t', topic])).stdout) as KcatMetadata;
    assert.equal(md.originating_broker.id, 1);
    assert.equal(md.controllerid, 1);
    assert.deepEqual(md.brokers, [{ id: 1, name: b }]);
    assert.equal(md.topics.length, 1);
    const t = md.topics[0]!;
    assert.equal(t.topic, topic);
    assert.equal(t.error, undefined);
    assert.deepEqual(
      t.partitions,
      [0, 1, 2].map((p) => ({ partition: p, leader: 1, replicas: [{ id: 1 }], isrs: [{ id: 1 }] })),
    );
    const all = JSON.parse((await kcat(b, ['-L', '-J'])).stdout) as KcatMetadata;
    assert.ok(all.topics.some((x) => x.topic === topic && x.partitions.length === 3));

    // a consumer that does not allow auto-creation (Metadata allowAutoTopicCreation=false)
    const absent = uniqueTopic('kcat-absent');
    const refused = await run('kcat', ['-b', b, '-C', '-t', absent, '-e', '-q', '-X', 'allow.auto.create.topics=false'], { timeoutMs: CLIENT_TIMEOUT_MS });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /Unknown topic or partition/);
    const later = JSON.parse((await kcat(b, ['-L', '-J'])).stdout) as KcatMetadata;
    assert.ok(!later.topics.some((x) => x.topic === absent), 'the topic was created although the client did not allow it');

    const got = await kcatConsume(b, topic, { partition: 0 });
    assert.deepEqual(got.map(simple), [
      { partition: 0, offset: 0, key: null, payload: 'plain', headers: [] },
      { partition: 0, offset: 1, key: 'k1', payload: 'v1', headers: [] },
      { partition: 0, offset: 2, key: '', payload: '', headers: [] },
      { partition: 0, offset: 3, key: 'k2', payload: 'v2', headers: [] },
      { partition: 0, offset: 4, key: 'gone', payload: null, headers: [] },
    ]);
    assert.ok(got.every((r) => r.tstype === 'create' && r.ts > 0));
  });

  test('keys, headers and order per partition, read with a -f format', async () => {
    const topic = uniqueTopic('kcat-keys');
    const expected = new Map<number, string[]>();
    for (const p of [0, 1, 2]) {
      const lines = Array.from({ length: 5 + p * 3 }, (_, i) => `key-${p}-${i}:value ${p}/${i}`);
      await kcat(b, ['-P', '-t', topic, '-p', String(p), '-K', ':', '-H', `part=${p}`, '-H', 'app=kcat'], lines.join('\n') + '\n');
      expected.set(
        p,
        lines.map((l, i) => `${l.replace(':', '|')}|part=${p},app=kcat|${i}|${p}`),
      );
    }
    const r = await kcat(b, ['-C', '-t', topic, '-e', '-q', '-o', 'beginning', '-X', 'fetch.wait.max.ms=100', '-f', '%k|%s|%h|%o|%p\n']);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const got = byPartition(lines.map((line) => ({ partition: Number(line.split('|')[4]), line })));
    assert.deepEqual([...got.keys()].sort(), [0, 1, 2]);
    for (const [p, want] of expected) assert.deepEqual(got.get(p)!.map((x) => x.line), want, `partition ${p}`);
  });

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    test(`-z ${codec}: many messages batched with linger.ms come back exactly`, async () => {
      const topic = uniqueTopic(`kcat-${codec}`);
      const values = Array.from({ length: 600 }, (_, i) =>
        i === 300 ? 'x'.repeat(200_000) : `${codec} message ${i} ${'abc '.repeat(i % 17)}`,
      );
      const input = values.map((v, i) => `k${i % 7}\t${v}\n`).join('');
      await kcat(b, ['-P', '-t', topic, '-p', '1', '-K', '\t', '-z', codec, '-H', `codec=${codec}`,
        '-X', 'linger.ms=200', '-X', 'batch.num.messages=10000'], input);
      const got = await kcatConsume(b, topic, { partition: 1 });
      assert.equal(got.length, values.length);
      got.forEach((r, i) => {
        assert.equal(r.offset, i);
        assert.equal(r.partition, 1);
        assert.equal(r.key, `k${i % 7}`);
        assert.equal(r.payload, values[i], `value at offset ${i}`);
        assert.deepEqual(r.headers, ['codec', codec]);
      });
      // the other partitions of the auto-created topic stay empty
      assert.deepEqual(await kcatConsume(b, topic, { partition: 0 }), []);
      // librdkafka really compressed and batched (it silently sends uncompressed batches to a
      // broker whose ApiVersions it reads as not supporting the codec), and the broker kept
      // the batches as produced
      const batches = await batchHeaders(broker.host, broker.port, topic, 1);
      assert.deepEqual(
        [...new Set(batches.map((h) => `magic ${h.magic} codec ${h.codec}`))],
        [`magic 2 codec ${CODEC_IDS[codec]}`],
        'librdkafka did not use the codec: it compresses with gzip, snappy and lz4 only when ApiVersions lists Produce v0 (librdkafka#4956)',
      );
      assert.equal(batches.reduce((n, h) => n + h.recordCount, 0), values.length);
      assert.ok(batches.some((h) => h.recordCount > 1), 'no batch holds more than one record: linger.ms did not batch');
    });
  }

  test('-o <offset>, -o -<n> (from the end) and -c <count> on one partition (-p)', async () => {
    const topic = uniqueTopic('kcat-offsets');
    await kcat(b, ['-P', '-t', topic, '-p', '2'], Array.from({ length: 20 }, (_, i) => `m${i}`).join('\n') + '\n');
    await kcat(b, ['-P', '-t', topic, '-p', '0'], 'other\n');

    const from7 = await kcatConsume(b, topic, { partition: 2, offset: '7' });
    assert.deepEqual(from7.map((r) => [r.offset, r.payload]), Array.from({ length: 13 }, (_, i) => [i + 7, `m${i + 7}`]));

    const last5 = await kcatConsume(b, topic, { partition: 2, offset: '-5' });
    assert.deepEqual(last5.map((r) => r.offset), [15, 16, 17, 18, 19]);

    const three = await kcatConsume(b, topic, { partition: 2, offset: '4', extra: ['-c', '3'] });
    assert.deepEqual(three.map((r) => r.payload), ['m4', 'm5', 'm6']);

    const atEnd = await kcatConsume(b, topic, { partition: 2, offset: 'end' });
    assert.deepEqual(atEnd, []);

    const p0 = await kcatConsume(b, topic, { partition: 0 });
    assert.deepEqual(p0.map((r) => [r.offset, r.payload]), [[0, 'other']]);
  });

  test('-o s@<timestamp> starts at the first record at or after that time', async () => {
    const topic = uniqueTopic('kcat-time');
    // three producer runs, so the records carry at least three different create times
    for (const run of ['a', 'b', 'c']) {
      await kcat(b, ['-P', '-t', topic, '-p', '0'], Array.from({ length: 10 }, (_, i) => `${run}${i}`).join('\n') + '\n');
    }
    const all = await kcatConsume(b, topic, { partition: 0 });
    assert.equal(all.length, 30);
    const times = all.map((r) => r.ts);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! >= times[i - 1]!, 'create times do not go backwards');

    for (const at of [all[10]!.ts, all[20]!.ts, all[0]!.ts - 1, all[10]!.ts - 1]) {
      const want = all.findIndex((r) => r.ts >= at);
      const got = await kcatConsume(b, topic, { partition: 0, offset: `s@${at}` });
      assert.deepEqual(
        got.map((r) => r.offset),
        all.slice(want).map((r) => r.offset),
        `s@${at}`,
      );
    }
    // after the newest record: nothing to read
    assert.deepEqual(await kcatConsume(b, topic, { partition: 0, offset: `s@${all[29]!.ts + 60_000}` }), []);
  });

  test('a consumer parked in a long fetch is woken by the produce, not by its max wait', async () => {
    const topic = uniqueTopic('kcat-wake');
    await kcat(b, ['-P', '-t', topic, '-p', '0'], 'first\n');
    // reads from offset 1 (nothing there yet) with a 20 s fetch wait; -d fetch tells us when the
    // Fetch request has gone out, so the produce below finds it parked at the broker
    const consumer = spawn('kcat', ['-b', b, '-C', '-t', topic, '-p', '0', '-o', '1', '-c', '3', '-q', '-f', '%o %s\n',
      '-X', 'fetch.wait.max.ms=20000', '-d', 'fetch'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const killer = setTimeout(() => consumer.kill('SIGKILL'), 40_000);
    let out = '';
    consumer.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => consumer.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      let err = '';
      const onData = (d: Buffer) => {
        err += d.toString();
        if (/Fetch topic \S+ \[0\] at offset 1[\s\S]*Fetch \d+\/\d+\/\d+ toppar/.test(err)) {
          consumer.stderr.off('data', onData);
          consumer.stderr.resume();
          resolve();
        }
      };
      consumer.stderr.on('data', onData);
      consumer.on('close', () => reject(new Error(`kcat consumer exited before fetching:\n${err}`)));
    });
    await kcat(b, ['-P', '-t', topic, '-p', '0'], 'a\nb\nc\n');
    const producedAt = Date.now();
    const code = await exited;
    clearTimeout(killer);
    const waited = Date.now() - producedAt;
    assert.equal(code, 0);
    assert.equal(out, '1 a\n2 b\n3 c\n');
    assert.ok(waited < 10_000, `the parked fetch answered ${waited} ms after the produce (max wait 20 s)`);
  });

  test('concurrent producers to one partition get distinct, contiguous offsets in their own order', async () => {
    const topic = uniqueTopic('kcat-concurrent');
    await kcat(b, ['-P', '-t', topic, '-p', '0'], 'start\n');
    const codecs = ['none', 'gzip', 'lz4', 'zstd'];
    await Promise.all(
      codecs.map((codec) =>
        kcat(b, ['-P', '-t', topic, '-p', '0', '-z', codec, '-X', 'linger.ms=5', '-X', 'batch.num.messages=50'],
          Array.from({ length: 500 }, (_, i) => `${codec} ${i}`).join('\n') + '\n'),
      ),
    );
    const all = await kcatConsume(b, topic, { partition: 0 });
    assert.equal(all.length, 1 + codecs.length * 500);
    assert.deepEqual(all.map((r) => r.offset), all.map((_, i) => i));
    for (const codec of codecs) {
      const mine = all.filter((r) => r.payload!.startsWith(`${codec} `)).map((r) => r.payload);
      assert.deepEqual(mine, Array.from({ length: 500 }, (_, i) => `${codec} ${i}`), codec);
    }
  });

  test('the broker logged no warnings or errors', (t) => {
    assert.deepEqual(brokerComplaints(broker.lines, (m) => t.diagnostic(m)), []);
  });
});
