/**
 * Interoperability with librdkafka (through kcat, Debian's build of librdkafka 2.0.2), without
 * a Kafka broker: librdkafka's built-in mock cluster (`test.mock.num.brokers=1`) runs inside a
 * long-lived `kcat -C` process and listens on 127.0.0.1. It stores produced batches as they
 * arrive, so
 *
 * - batches librdkafka produces (`kcat -P -z <codec>`) are fetched back byte for byte with a
 *   tiny Fetch v4 client below and decoded with ours;
 * - batches we encode are appended with Produce v3 and read by `kcat -C` with CRC checks on.
 *
 * Skipped when kcat is not installed. With SAMSA_WRITE_FIXTURES=1 the fetched librdkafka
 * batches are saved as test-fixtures/records/librdkafka-<codec>.hex (see the fixture test).
 */
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { CompressionType, readBatchHeader } from './batch-header.js';
import { compressionName } from './compression.js';
import { decodeRecordBatch, encodeRecordBatch, iterateBatches, type DecodedRecordBatch } from './record-batch.js';
import type { KafkaRecord } from './record.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';

const KCAT = spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0;
const FIXTURES = new URL('../../test-fixtures/records/', import.meta.url);
const CODECS = [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd] as const;

/** Lines kcat -P sends: key TAB value, one record each; one value spans several codec blocks. */
function rdkafkaInput(codec: string): { key: string; value: string }[] {
  return Array.from({ length: 40 }, (_, i) => ({
    key: `${codec}-${i}`,
    value: i === 7 ? 'big '.repeat(40_000) + 'end' : `${codec} value ${i} ${'lorem ipsum '.repeat(i % 9)}`,
  }));
}

function assertRdkafkaBatches(batches: DecodedRecordBatch[], codec: CompressionType): void {
  const expected = rdkafkaInput(compressionName(codec));
  const records = batches.flatMap((b) => b.records);
  assert.ok(batches.every((b) => b.compression === codec && b.producerId === -1));
  assert.deepEqual(
    records.map((r) => ({ key: r.key?.toString(), value: r.value?.toString() })),
    expected,
  );
  for (const r of records) {
    assert.deepEqual(
      r.headers.map((h) => [h.key, h.value?.toString()]),
      [
        ['source', 'kcat'],
        ['empty', ''],
      ],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// a minimal Kafka client for the mock cluster

function request(port: number, apiKey: number, apiVersion: number, body: (w: Writer) => void): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const w = new Writer();
    w.int32(0).int16(apiKey).int16(apiVersion).int32(1).string('samsa-test');
    body(w);
    const frame = w.toBuffer();
    frame.writeInt32BE(frame.length - 4, 0);
    let acc = Buffer.alloc(0);
    socket.setTimeout(10_000, () => socket.destroy(new Error('mock broker timed out')));
    socket.on('data', (d: Buffer) => {
      acc = Buffer.concat([acc, d]);
      if (acc.length >= 4 && acc.length >= 4 + acc.readInt32BE(0)) {
        socket.end();
        const r = new Reader(acc.subarray(4, 4 + acc.readInt32BE(0)));
        r.int32(); // correlation id
        resolve(r);
      }
    });
    socket.on('error', reject);
    socket.write(frame);
  });
}

/** Metadata v1 for one topic (the mock creates unknown topics on sight). */
async function ensureTopic(port: number, topic: string): Promise<void> {
  await request(port, 3, 1, (w) => w.int32(1).string(topic));
}

/** Fetch v4 of one partition from `offset`: the raw record set bytes and the high watermark. */
async function fetchRecords(port: number, topic: string, offset: number): Promise<{ hw: number; records: Buffer }> {
  const r = await request(port, 1, 4, (w) => {
    w.int32(-1).int32(100).int32(1).int32(16 << 20).int8(0);
    w.int32(1).string(topic).int32(1).int32(0).int64(offset).int32(16 << 20);
  });
  r.int32(); // throttle
  assert.equal(r.int32(), 1);
  r.string();
  assert.equal(r.int32(), 1);
  r.int32(); // partition
  const error = r.int16();
  assert.equal(error, 0, `fetch error ${error}`);
  const hw = r.int64();
  r.int64(); // last stable offset
  r.nullableArray((a) => [a.int64(), a.int64()]);
  return { hw, records: r.nullableBytes() ?? Buffer.alloc(0) };
}

async function produce(port: number, topic: string, batch: Buffer): Promise<number> {
  const r = await request(port, 0, 3, (w) => {
    w.string(null).int16(-1).int32(5000);
    w.int32(1).string(topic).int32(1).int32(0).bytes(batch);
  });
  r.int32();
  r.string();
  r.int32();
  r.int32();
  const error = r.int16();
  assert.equal(error, 0, `produce error ${error}`);
  return r.int64();
}

/** All batches of partition 0 as stored by the mock, each as a copy of its raw bytes. */
async function fetchAllBatches(port: number, topic: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  let offset = 0;
  for (let attempt = 0; attempt < 200; attempt++) {
    const { hw, records } = await fetchRecords(port, topic, offset);
    for (const { at, size } of iterateBatches(records)) {
      const raw = Buffer.from(records.subarray(at, at + size));
      const header = readBatchHeader(raw);
      offset = header.baseOffset + header.lastOffsetDelta + 1;
      out.push(raw);
    }
    if (hw > 0 && offset >= hw) return out;
  }
  throw new Error(`could not fetch ${topic}`);
}

function startMockCluster(): Promise<{ proc: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn('kcat', ['-C', '-b', '127.0.0.1:1', '-t', 'samsa-anchor', '-q', '-X', 'test.mock.num.brokers=1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /replaced with 127\.0\.0\.1:(\d+)/.exec(stderr);
      if (m) resolve({ proc, port: Number(m[1]) });
    });
    proc.on('exit', (code) => reject(new Error(`kcat mock cluster exited (${code}): ${stderr}`)));
    proc.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------

test('librdkafka interop through kcat and its mock cluster', { skip: !KCAT && 'kcat not installed', timeout: 120_000 }, async (t) => {
  const { proc, port } = await startMockCluster();
  try {
    for (const codec of CODECS) {
      const name = compressionName(codec);
      await t.test(`librdkafka ${name} batches decode with ours`, async () => {
        const topic = `from-rdkafka-${name}`;
        const input = rdkafkaInput(name).map((m) => `${m.key}\t${m.value}\n`).join('');
        const args = ['-P', '-b', `127.0.0.1:${port}`, '-t', topic, '-p', '0', '-K', '\t', '-z', name, '-H', 'source=kcat', '-H', 'empty='];
        const r = spawnSync('kcat', args, { input, encoding: 'utf8', timeout: 30_000 });
        assert.equal(r.status, 0, r.stderr);
        const raw = await fetchAllBatches(port, topic);
        assertRdkafkaBatches(raw.map((b) => decodeRecordBatch(b)), codec);
        if (codec === CompressionType.Snappy) {
          // librdkafka writes raw snappy, not snappy-java's framing
          assert.notEqual(raw[0]!.subarray(61, 69).toString('latin1'), '\x82SNAPPY\0');
        }
        if (process.env['SAMSA_WRITE_FIXTURES'] === '1') {
          writeFileSync(new URL(`librdkafka-${name}.hex`, FIXTURES), raw.map((b) => b.toString('hex')).join('\n') + '\n');
        }
      });
    }

    await t.test('our batches are read by librdkafka (CRCs checked)', async () => {
      const topic = 'from-samsa';
      await ensureTopic(port, topic);
      const records: KafkaRecord[] = [
        {
          timestamp: 1_700_000_000_000,
          key: Buffer.from('k0'),
          value: Buffer.from('v0'),
          headers: [
            { key: 'a', value: Buffer.from('1') },
            { key: 'n', value: null },
            { key: 'e', value: Buffer.alloc(0) },
          ],
        },
        { timestamp: 1_700_000_000_500, key: null, value: Buffer.from('big '.repeat(50_000)) },
        { timestamp: 1_699_999_999_000, key: Buffer.from('k2'), value: null },
      ];
      const codecs = [CompressionType.None, ...CODECS];
      for (const [i, compression] of codecs.entries()) {
        assert.equal(await produce(port, topic, encodeRecordBatch({ records, compression })), i * 3);
      }
      const args = ['-C', '-b', `127.0.0.1:${port}`, '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-Z', '-X', 'check.crcs=true'];
      const r = spawnSync('kcat', [...args, '-f', '%o|%k|%s|%h|%T\n'], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 << 20 });
      assert.equal(r.status, 0, r.stderr);
      const expected = codecs.flatMap((_, i) => [
        `${i * 3}|k0|v0|a=1,n=NULL,e=|1700000000000`,
        `${i * 3 + 1}|NULL|${'big '.repeat(50_000)}||1700000000500`,
        `${i * 3 + 2}|k2|NULL||1699999999000`,
      ]);
      assert.deepEqual(r.stdout.trimEnd().split('\n'), expected);
    });
  } finally {
    proc.kill();
  }
});

test('librdkafka batches captured from kcat decode (fixtures)', () => {
  for (const codec of CODECS) {
    const name = compressionName(codec);
    const hex = readFileSync(new URL(`librdkafka-${name}.hex`, FIXTURES), 'utf8').trim().split('\n');
    assertRdkafkaBatches(
      hex.map((h) => decodeRecordBatch(Buffer.from(h, 'hex'))),
      codec,
    );
  }
});
