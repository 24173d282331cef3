import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompressionType, setBaseOffset } from './batch-header.js';
import { crc32c } from './crc32c.js';
import { CorruptRecordBatchError } from './errors.js';
import { encodeRecordBatch, verifyBatchRecords } from './record-batch.js';

const records = [
  { key: Buffer.from('k1'), value: Buffer.from('v1'), timestamp: 1000, headers: [{ key: 'h', value: Buffer.from('x') }] },
  { key: null, value: Buffer.from('v2'), timestamp: 1001 },
  { key: Buffer.from('k3'), value: null, timestamp: 1002 },
];

function refreshCrc(b: Buffer): Buffer {
  b.writeUInt32BE(crc32c(b.subarray(21)), 17);
  return b;
}

test('well-formed batches pass, for every codec, and keyless records are counted', () => {
  for (const compression of [CompressionType.None, CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) {
    const batch = encodeRecordBatch({ records, compression });
    setBaseOffset(batch, 0, 42);
    assert.deepEqual(verifyBatchRecords(batch), { keylessRecords: 1 }, `codec ${compression}`);
  }
});

test('a count that lies, an overrunning length, and a payload that does not decompress are refused', () => {
  const lying = encodeRecordBatch({ records });
  lying.writeInt32BE(4, 57); // recordCount 4 over 3 records
  assert.throws(() => verifyBatchRecords(refreshCrc(lying)), CorruptRecordBatchError);

  const overrun = encodeRecordBatch({ records });
  overrun[61] = 0x7e; // the first record's length varint now claims 63 bytes
  assert.throws(() => verifyBatchRecords(refreshCrc(overrun)), CorruptRecordBatchError);

  const notGzip = encodeRecordBatch({ records });
  notGzip.writeInt16BE(CompressionType.Gzip, 21);
  assert.throws(() => verifyBatchRecords(refreshCrc(notGzip)), CorruptRecordBatchError);
});
