/**
 * Interoperability with kafkajs 2.2.4's own record batch encoder and decoder (its internal
 * modules under src/protocol/recordBatch). kafkajs ships gzip; snappy, lz4 and zstd are plugged
 * in the way its codec packages do it: raw snappy like kafkajs-snappy, and the same native
 * libraries we use for lz4 and zstd.
 *
 * Fixtures in test-fixtures/records/kafkajs-*.hex are batches kafkajs encoded from
 * `fixtureMessages()`; set SAMSA_WRITE_FIXTURES=1 to rewrite them.
 */
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as snappy from 'snappy';
import * as lz4 from 'lz4-napi';
import { CompressionType } from './batch-header.js';
import { decompress } from './compression.js';
import { encodeControlBatch, ControlRecordType } from './control-batch.js';
import { decodeRecordBatch, encodeRecordBatch } from './record-batch.js';
import type { KafkaRecord } from './record.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const require = createRequire(import.meta.url);
const zstd = require('zstd-napi') as typeof import('zstd-napi');
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0/index.js') as { RecordBatch: (o: any) => Promise<any> };
const kafkajsRecord = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (o: any) => any;
const decodeKafkajsBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder.js') as (d: any) => Promise<any>;
const Decoder = require('kafkajs/src/protocol/decoder.js') as new (b: Buffer) => any;
const Long = require('kafkajs/src/utils/long.js') as { fromValue(v: number | string): any };
const compression = require('kafkajs/src/protocol/message/compression/index.js') as {
  Types: Record<string, number>;
  Codecs: Record<number, () => unknown>;
};

compression.Codecs[CompressionType.Snappy] = () => ({
  compress: (encoder: { buffer: Buffer }) => snappy.compress(encoder.buffer),
  decompress: (buf: Buffer) => decompress(CompressionType.Snappy, buf),
});
compression.Codecs[CompressionType.Lz4] = () => ({
  compress: (encoder: { buffer: Buffer }) => lz4.compressFrame(encoder.buffer),
  decompress: (buf: Buffer) => decompress(CompressionType.Lz4, buf),
});
compression.Codecs[CompressionType.Zstd] = () => ({
  compress: async (encoder: { buffer: Buffer }) => zstd.compress(encoder.buffer),
  decompress: (buf: Buffer) => decompress(CompressionType.Zstd, buf),
});

const CODECS = [CompressionType.None, CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd];
const CODEC_NAMES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
const FIXTURES = new URL('../../test-fixtures/records/', import.meta.url);

interface Message {
  key: Buffer | null;
  value: Buffer | null;
  timestamp: number;
  headers: Record<string, Buffer>;
}

function fixtureMessages(): Message[] {
  return Array.from({ length: 12 }, (_, i) => ({
    key: i % 4 === 3 ? null : Buffer.from(`key-${i}`),
    value: i % 5 === 4 ? null : Buffer.from(`value ${i} `.repeat(i * 3 + 1)),
    timestamp: 1_700_000_000_000 + i * 1000 - (i % 3) * 5000,
    headers: i % 2 ? { 'content-type': Buffer.from('text/plain'), [`h${i}`]: Buffer.from([i]) } : ({} as Record<string, Buffer>),
  }));
}

const BATCH_FIELDS = { baseOffset: 1000, partitionLeaderEpoch: 3, producerId: 4242, producerEpoch: 1, baseSequence: 77 };

/** Encodes as the kafkajs producer does. */
async function kafkajsEncode(messages: Message[], codec: number, transactional = false): Promise<Buffer> {
  const firstTimestamp = messages[0]!.timestamp;
  const records = messages.map((m, i) =>
    kafkajsRecord({ key: m.key, value: m.value, headers: m.headers, offsetDelta: i, timestampDelta: m.timestamp - firstTimestamp }),
  );
  const encoder = await RecordBatch({
    compression: codec,
    records,
    firstOffset: Long.fromValue(BATCH_FIELDS.baseOffset),
    firstTimestamp,
    maxTimestamp: Math.max(...messages.map((m) => m.timestamp)),
    partitionLeaderEpoch: BATCH_FIELDS.partitionLeaderEpoch,
    lastOffsetDelta: messages.length - 1,
    transactional,
    producerId: Long.fromValue(BATCH_FIELDS.producerId),
    producerEpoch: BATCH_FIELDS.producerEpoch,
    firstSequence: BATCH_FIELDS.baseSequence,
  });
  return encoder.buffer as Buffer;
}

function toRecords(messages: Message[]): KafkaRecord[] {
  return messages.map((m) => ({
    key: m.key,
    value: m.value,
    timestamp: m.timestamp,
    headers: Object.entries(m.headers).map(([key, value]) => ({ key, value })),
  }));
}

function oursEncode(messages: Message[], codec: CompressionType, transactional = false): Buffer {
  return encodeRecordBatch({ records: toRecords(messages), compression: codec, transactional, ...BATCH_FIELDS });
}

function assertDecodedByUs(buf: Buffer, messages: Message[], codec: CompressionType): void {
  const batch = decodeRecordBatch(buf);
  assert.equal(batch.compression, codec);
  assert.equal(batch.baseOffset, BATCH_FIELDS.baseOffset);
  assert.equal(batch.producerId, BATCH_FIELDS.producerId);
  assert.equal(batch.baseSequence, BATCH_FIELDS.baseSequence);
  assert.deepEqual(
    batch.records.map((r) => ({
      offset: r.offset,
      key: r.key,
      value: r.value,
      timestamp: r.timestamp,
      headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value])),
    })),
    messages.map((m, i) => ({ offset: BATCH_FIELDS.baseOffset + i, key: m.key, value: m.value, timestamp: m.timestamp, headers: m.headers })),
  );
}

async function assertDecodedByKafkajs(buf: Buffer, messages: Message[]): Promise<void> {
  const batch = await decodeKafkajsBatch(new Decoder(buf));
  assert.equal(batch.firstOffset, String(BATCH_FIELDS.baseOffset));
  assert.equal(batch.producerId, String(BATCH_FIELDS.producerId));
  assert.equal(batch.firstSequence, BATCH_FIELDS.baseSequence);
  assert.equal(batch.lastOffsetDelta, messages.length - 1);
  assert.equal(batch.maxTimestamp, String(Math.max(...messages.map((m) => m.timestamp))));
  assert.deepEqual(
    batch.records.map((r: any) => ({ offset: r.offset, key: r.key, value: r.value, timestamp: r.timestamp, headers: r.headers })),
    messages.map((m, i) => ({
      offset: String(BATCH_FIELDS.baseOffset + i),
      key: m.key,
      value: m.value,
      timestamp: String(m.timestamp),
      headers: m.headers,
    })),
  );
}

for (const codec of CODECS) {
  const name = CODEC_NAMES[codec]!;

  test(`kafkajs-encoded ${name} batches decode with ours`, async () => {
    const messages = fixtureMessages();
    assertDecodedByUs(await kafkajsEncode(messages, codec), messages, codec);
  });

  test(`our ${name} batches decode with kafkajs's decoder`, async () => {
    const messages = fixtureMessages();
    await assertDecodedByKafkajs(oursEncode(messages, codec), messages);
  });
}

test('uncompressed and gzip batches are byte-identical to what kafkajs encodes', async () => {
  const messages = fixtureMessages();
  for (const codec of [CompressionType.None, CompressionType.Gzip]) {
    assert.ok(oursEncode(messages, codec).equals(await kafkajsEncode(messages, codec)), CODEC_NAMES[codec]);
    assert.ok(oursEncode(messages, codec, true).equals(await kafkajsEncode(messages, codec, true)), CODEC_NAMES[codec]);
  }
});

test('golden batches captured from kafkajs decode and still match kafkajs', async () => {
  const messages = fixtureMessages();
  for (const codec of [CompressionType.None, CompressionType.Gzip, CompressionType.Snappy]) {
    const file = new URL(`kafkajs-${CODEC_NAMES[codec]}.hex`, FIXTURES);
    const produced = await kafkajsEncode(messages, codec);
    if (process.env['SAMSA_WRITE_FIXTURES'] === '1') writeFileSync(file, produced.toString('hex') + '\n');
    const golden = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    assertDecodedByUs(golden, messages, codec);
    assert.ok(golden.equals(produced), `kafkajs ${CODEC_NAMES[codec]} output changed`);
  }
});

test('kafkajs sees our transaction markers as control batches', async () => {
  const buf = encodeControlBatch({ type: ControlRecordType.Commit, producerId: 9, producerEpoch: 2, coordinatorEpoch: 5, timestamp: 1_700_000_000_000 });
  const batch = await decodeKafkajsBatch(new Decoder(buf));
  assert.equal(batch.isControlBatch, true);
  assert.equal(batch.inTransaction, true);
  assert.equal(batch.records.length, 1);
  assert.equal(batch.records[0].isControlRecord, true);
  assert.equal(batch.records[0].key.readInt16BE(2), ControlRecordType.Commit);
});
