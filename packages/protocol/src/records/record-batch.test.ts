import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { crc32c } from './crc32c.js';
import { CompressionType, isCrcValid, readBatchHeader, setBaseOffset, setPartitionLeaderEpoch } from './batch-header.js';
import { compressSync } from './compression.js';
import { CorruptRecordBatchError, DecompressionError } from './errors.js';
import type { KafkaRecord } from './record.js';
import {
  decodeRecordBatch,
  decodeRecordBatchAsync,
  decodeRecordBatches,
  encodeRecordBatch,
  iterateBatches,
  TimestampType,
  type EncodeRecordBatchOptions,
} from './record-batch.js';
import { ProtocolDecodeError } from '../primitives/reader.js';

const ALL_CODECS = [
  CompressionType.None,
  CompressionType.Gzip,
  CompressionType.Snappy,
  CompressionType.Lz4,
  CompressionType.Zstd,
] as const;

const bytes = (maxLength: number) => fc.option(fc.uint8Array({ maxLength }).map((b) => Buffer.from(b)), { nil: null, freq: 5 });

const recordArb: fc.Arbitrary<KafkaRecord> = fc.record({
  timestamp: fc.oneof(fc.integer({ min: 0, max: 2 ** 45 }), fc.constant(1_700_000_000_000)),
  key: bytes(40),
  value: fc.oneof(bytes(300), bytes(40_000)),
  headers: fc.array(fc.record({ key: fc.string({ unit: 'binary', maxLength: 12 }), value: bytes(20) }), { maxLength: 4 }),
});

const batchArb = fc.record({
  records: fc.array(recordArb, { minLength: 1, maxLength: 30 }),
  compression: fc.constantFrom(...ALL_CODECS),
  baseOffset: fc.integer({ min: 0, max: 2 ** 50 }),
  partitionLeaderEpoch: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
  producerId: fc.integer({ min: -1, max: 2 ** 52 }),
  producerEpoch: fc.integer({ min: -1, max: 32767 }),
  baseSequence: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
  transactional: fc.boolean(),
});

function sample(n = 5, extra: Partial<KafkaRecord> = {}): KafkaRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    timestamp: 1_700_000_000_000 + i,
    key: Buffer.from(`key-${i}`),
    value: Buffer.from(`value-${i} `.repeat(10)),
    headers: [{ key: 'trace', value: Buffer.from(String(i)) }],
    ...extra,
  }));
}

/** A copy of `buf` changed by `mutate`, with the CRC recomputed so only the change is wrong. */
function forge(buf: Buffer, mutate: (b: Buffer) => void): Buffer {
  const copy = Buffer.from(buf);
  mutate(copy);
  return withCrc(copy);
}

function withCrc(buf: Buffer): Buffer {
  buf.writeUInt32BE(crc32c(buf.subarray(21)), 17);
  return buf;
}

function assertCorrupt(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof CorruptRecordBatchError && pattern.test(e.message));
}

test('random batches round-trip through every codec, sync and async', async () => {
  await fc.assert(
    fc.asyncProperty(batchArb, async (opts) => {
      const buf = encodeRecordBatch(opts);
      assert.ok(isCrcValid(buf));
      const header = readBatchHeader(buf);
      assert.equal(header.batchLength, buf.length - 12);
      assert.equal(header.recordCount, opts.records.length);
      assert.equal(header.lastOffsetDelta, opts.records.length - 1);
      assert.equal(header.baseTimestamp, opts.records[0]!.timestamp);
      assert.equal(header.maxTimestamp, Math.max(...opts.records.map((r) => r.timestamp)));

      const batch = decodeRecordBatch(buf);
      assert.deepEqual(await decodeRecordBatchAsync(buf), batch);
      assert.equal(batch.compression, opts.compression);
      assert.equal(batch.baseOffset, opts.baseOffset);
      assert.equal(batch.partitionLeaderEpoch, opts.partitionLeaderEpoch);
      assert.equal(batch.producerId, opts.producerId);
      assert.equal(batch.producerEpoch, opts.producerEpoch);
      assert.equal(batch.baseSequence, opts.baseSequence);
      assert.equal(batch.isTransactional, opts.transactional);
      assert.equal(batch.isControl, false);
      assert.equal(batch.timestampType, TimestampType.CreateTime);
      assert.equal(batch.sizeInBytes, buf.length);
      assert.equal(batch.records.length, opts.records.length);
      batch.records.forEach((r, i) => {
        const want = opts.records[i]!;
        assert.equal(r.offset, opts.baseOffset + i);
        assert.equal(r.offsetDelta, i);
        assert.equal(r.timestamp, want.timestamp);
        assert.deepEqual(r.key, want.key);
        assert.deepEqual(r.value, want.value);
        assert.deepEqual(r.headers, (want.headers ?? []).map((h) => ({ key: h.key, value: h.value })));
      });
    }),
    { numRuns: 150 },
  );
});

test('header fields the broker rewrites are outside the CRC', () => {
  const buf = encodeRecordBatch({ records: sample() });
  setBaseOffset(buf, 0, 12345);
  setPartitionLeaderEpoch(buf, 0, 7);
  const batch = decodeRecordBatch(buf);
  assert.equal(batch.baseOffset, 12345);
  assert.equal(batch.partitionLeaderEpoch, 7);
  assert.equal(batch.records[4]!.offset, 12349);
});

test('flipping any byte covered by the CRC is detected', () => {
  for (const compression of ALL_CODECS) {
    const buf = encodeRecordBatch({ records: sample(3), compression });
    for (let i = 21; i < buf.length; i++) {
      const bad = Buffer.from(buf);
      bad[i]! ^= 0x01 << (i % 8);
      assertCorrupt(() => decodeRecordBatch(bad), /CRC mismatch/);
    }
    const badCrc = Buffer.from(buf);
    badCrc[18]! ^= 0xff;
    assert.equal(isCrcValid(badCrc), false);
    assertCorrupt(() => decodeRecordBatch(badCrc), /CRC mismatch/);
    // verification can be skipped (e.g. data just validated on append)
    assert.equal(decodeRecordBatch(badCrc, 0, { verifyCrc: false }).records.length, 3);
  }
});

test('explicit offset deltas, lastOffsetDelta, empty batches', () => {
  const records = sample(3).map((r, i) => ({ ...r, offsetDelta: [0, 4, 9][i]! }));
  const buf = encodeRecordBatch({ records, baseOffset: 100, lastOffsetDelta: 12 });
  const batch = decodeRecordBatch(buf);
  assert.equal(batch.lastOffsetDelta, 12);
  assert.deepEqual(batch.records.map((r) => r.offset), [100, 104, 109]);

  const empty = decodeRecordBatch(encodeRecordBatch({ records: [], lastOffsetDelta: 5, baseOffset: 40 }));
  assert.equal(empty.recordCount, 0);
  assert.equal(empty.lastOffsetDelta, 5);
  assert.equal(empty.baseTimestamp, -1);
  assert.equal(empty.maxTimestamp, -1);
  assert.deepEqual(empty.records, []);
  assert.equal(decodeRecordBatch(encodeRecordBatch({ records: [], compression: CompressionType.Zstd })).records.length, 0);

  assert.throws(() => encodeRecordBatch({ records: records.slice().reverse() }), RangeError);
  assert.throws(() => encodeRecordBatch({ records, lastOffsetDelta: 3 }), RangeError);
  assert.throws(() => encodeRecordBatch({ records: [{ ...records[0]!, timestamp: 1.5 }] }), RangeError);
  assert.throws(() => encodeRecordBatch({ records, compression: 5 as CompressionType }), RangeError);
});

test('timestamps: negative and wide deltas, LogAppendTime, delete horizon', () => {
  const ts = [2 ** 44, 1000, 2 ** 44 + 2 ** 33, -1];
  const records = ts.map((timestamp) => ({ timestamp, key: null, value: null }));
  const batch = decodeRecordBatch(encodeRecordBatch({ records }));
  assert.deepEqual(batch.records.map((r) => r.timestamp), ts);
  assert.equal(batch.baseTimestamp, 2 ** 44);
  assert.equal(batch.maxTimestamp, 2 ** 44 + 2 ** 33);

  const lat = decodeRecordBatch(
    encodeRecordBatch({ records: sample(2), timestampType: TimestampType.LogAppendTime, logAppendTime: 1_800_000_000_000 }),
  );
  assert.equal(lat.timestampType, TimestampType.LogAppendTime);
  assert.equal(lat.maxTimestamp, 1_800_000_000_000);
  assert.deepEqual(lat.records.map((r) => r.timestamp), [1_800_000_000_000, 1_800_000_000_000]);

  const dh = decodeRecordBatch(encodeRecordBatch({ records: sample(2), deleteHorizonMs: 1_750_000_000_000 }));
  assert.equal(dh.deleteHorizonMs, 1_750_000_000_000);
  assert.equal(dh.baseTimestamp, 1_750_000_000_000);
  assert.deepEqual(dh.records.map((r) => r.timestamp), [1_700_000_000_000, 1_700_000_000_001]);
  assert.equal(decodeRecordBatch(encodeRecordBatch({ records: sample(1) })).deleteHorizonMs, null);
});

test('concatenated batches: each is found, a trailing partial batch is skipped quietly', async () => {
  const batches = ALL_CODECS.map((compression, i) => encodeRecordBatch({ records: sample(3), compression, baseOffset: i * 3 }));
  const whole = Buffer.concat(batches);
  const full = [...decodeRecordBatches(whole)];
  assert.deepEqual(full.map((b) => b.baseOffset), [0, 3, 6, 9, 12]);
  assert.deepEqual([...iterateBatches(whole)].map((b) => b.size), batches.map((b) => b.length));
  const lastStart = whole.length - batches[4]!.length;
  for (let cut = lastStart; cut < whole.length; cut++) {
    const part = whole.subarray(0, cut);
    assert.equal([...decodeRecordBatches(part)].length, 4, `cut at ${cut}`);
    assert.equal([...iterateBatches(part)].length, 4);
  }
  assert.deepEqual([...decodeRecordBatches(Buffer.alloc(0))], []);
  // a single decode of a truncated batch is an error
  assertCorrupt(() => decodeRecordBatch(whole.subarray(0, 70)), /truncated/);
  await assert.rejects(decodeRecordBatchAsync(whole.subarray(0, 30)), CorruptRecordBatchError);
});

test('structural corruption is reported clearly', () => {
  const good = encodeRecordBatch({ records: sample(3) });

  const tooMany = forge(good, (b) => b.writeInt32BE(4, 57));
  assertCorrupt(() => decodeRecordBatch(tooMany), /record 3 of 4: truncated/);

  const tooFew = forge(good, (b) => b.writeInt32BE(2, 57));
  assertCorrupt(() => decodeRecordBatch(tooFew), /bytes left after the declared 2 records/);

  const huge = forge(good, (b) => b.writeInt32BE(0x7fffffff, 57));
  assertCorrupt(() => decodeRecordBatch(huge), /declares 2147483647 records/);

  const negative = forge(good, (b) => b.writeInt32BE(-1, 57));
  assertCorrupt(() => decodeRecordBatch(negative), /negative record count/);

  const magic = Buffer.from(good);
  magic[16] = 1;
  assertCorrupt(() => decodeRecordBatch(magic), /unsupported magic 1/);

  const shortLength = Buffer.from(good);
  shortLength.writeInt32BE(10, 8);
  assertCorrupt(() => decodeRecordBatch(shortLength), /below the minimum/);
  assertCorrupt(() => [...iterateBatches(shortLength)], /below the minimum/);

  const codec = forge(good, (b) => b.writeInt16BE(6, 21));
  assertCorrupt(() => decodeRecordBatch(codec), /unknown compression type 6/);

  // bad varint: the first record's length becomes a run of continuation bytes
  const spliced = Buffer.concat([good.subarray(0, 61), Buffer.alloc(8, 0xff), good.subarray(61)]);
  const varint = forge(spliced, (b) => b.writeInt32BE(b.length - 12, 8));
  assertCorrupt(() => decodeRecordBatch(varint), /record 0 of 3: varint longer than 32 bits/);

  // a record whose declared length is longer than its fields
  const recordLength = forge(good, (b) => (b[61] = b[61]! + 2));
  assertCorrupt(() => decodeRecordBatch(recordLength), /record 0 of 3: record declares/);
});

test('garbage in a compressed payload is a CorruptRecordBatchError caused by a DecompressionError', () => {
  for (const compression of [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) {
    const good = encodeRecordBatch({ records: sample(20), compression });
    const bad = Buffer.from(good);
    bad.fill(0x5a, 61 + 8, Math.min(bad.length, 61 + 40));
    withCrc(bad);
    assert.throws(
      () => decodeRecordBatch(bad),
      (e: unknown) =>
        e instanceof CorruptRecordBatchError && /cannot decompress records/.test(e.message) && e.cause instanceof DecompressionError,
      `codec ${compression}`,
    );
  }
});

test('a compressed payload over the limit is refused', () => {
  const records = [{ timestamp: 0, key: null, value: Buffer.alloc(2_000_000) }];
  for (const compression of [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) {
    const buf = encodeRecordBatch({ records, compression });
    assert.ok(buf.length < 200_000);
    assert.throws(
      () => decodeRecordBatch(buf, 0, { maxDecompressedSize: 1_000_000 }),
      (e: unknown) => e instanceof CorruptRecordBatchError && (e.cause as DecompressionError).code === 'ERR_DECOMPRESSED_TOO_LARGE',
    );
    assert.equal(decodeRecordBatch(buf).records[0]!.value!.length, 2_000_000);
  }
});

test('a compressed payload with the wrong record count is refused', () => {
  const raw = encodeRecordBatch({ records: sample(3) });
  // compress 3 records but declare 2
  const payload = compressSync(CompressionType.Zstd, raw.subarray(61));
  const forged = Buffer.concat([raw.subarray(0, 61), payload]);
  forged.writeInt32BE(forged.length - 12, 8);
  forged.writeInt16BE(CompressionType.Zstd, 21);
  forged.writeInt32BE(2, 57);
  assertCorrupt(() => decodeRecordBatch(withCrc(forged)), /bytes left after the declared 2 records/);
});

test('mutated batches (CRC fixed up) decode or throw ProtocolDecodeError, never anything else', () => {
  const seeds = ALL_CODECS.map((compression) => encodeRecordBatch({ records: sample(4), compression }));
  fc.assert(
    fc.property(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.boolean(),
      (seed, mutations, fixCrc) => {
        const buf = Buffer.from(seed);
        for (const [pos, v] of mutations) buf[12 + (pos % (buf.length - 12))] = v;
        if (fixCrc) withCrc(buf);
        try {
          for (const b of decodeRecordBatches(buf, { maxDecompressedSize: 1 << 20 })) assert.ok(b.records.length >= 0);
        } catch (e) {
          assert.ok(e instanceof ProtocolDecodeError, String(e));
        }
      },
    ),
    { numRuns: 2000 },
  );
});

test('keys, values and headers survive exact shapes: empty vs null, unicode header keys, duplicates', () => {
  const records: KafkaRecord[] = [
    {
      timestamp: 1,
      key: Buffer.alloc(0),
      value: null,
      headers: [
        { key: 'ключ 🔑', value: Buffer.alloc(0) },
        { key: 'dup', value: Buffer.from('a') },
        { key: 'dup', value: null },
        { key: '', value: Buffer.from('b') },
      ],
    },
    { timestamp: 2, key: null, value: Buffer.alloc(0) },
    { timestamp: 3, key: new Uint8Array([1, 2, 3]), value: Buffer.alloc(70_000, 7) },
  ];
  const batch = decodeRecordBatch(encodeRecordBatch({ records }));
  assert.deepEqual(batch.records[0]!.key, Buffer.alloc(0));
  assert.equal(batch.records[0]!.value, null);
  assert.deepEqual(batch.records[0]!.headers, records[0]!.headers);
  assert.equal(batch.records[1]!.key, null);
  assert.deepEqual(batch.records[1]!.value, Buffer.alloc(0));
  assert.deepEqual(batch.records[1]!.headers, []);
  assert.deepEqual(batch.records[2]!.key, Buffer.from([1, 2, 3]));
  assert.equal(batch.records[2]!.value!.length, 70_000);
});

test('defaults match a non-idempotent producer', () => {
  const opts: EncodeRecordBatchOptions = { records: sample(1) };
  const h = readBatchHeader(encodeRecordBatch(opts));
  assert.deepEqual(
    [h.baseOffset, h.partitionLeaderEpoch, h.magic, h.attributes, h.producerId, h.producerEpoch, h.baseSequence],
    [0, -1, 2, 0, -1, -1, -1],
  );
  const t = readBatchHeader(encodeRecordBatch({ ...opts, transactional: true, compression: CompressionType.Lz4 }));
  assert.equal(t.attributes, 0x10 | 3);
});
