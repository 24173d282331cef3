import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readBatchHeader } from './batch-header.js';
import {
  ControlRecordType,
  encodeControlBatch,
  encodeControlRecordKey,
  encodeEndTxnMarkerValue,
  parseControlRecord,
} from './control-batch.js';
import { CorruptRecordBatchError } from './errors.js';
import { decodeRecordBatch } from './record-batch.js';

test('transaction markers round-trip', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(ControlRecordType.Commit, ControlRecordType.Abort),
      fc.integer({ min: 0, max: 2 ** 50 }),
      fc.integer({ min: 0, max: 32767 }),
      fc.integer({ min: -1, max: 2 ** 31 - 1 }),
      fc.integer({ min: 0, max: 2 ** 45 }),
      (type, producerId, producerEpoch, coordinatorEpoch, timestamp) => {
        const buf = encodeControlBatch({ type, producerId, producerEpoch, coordinatorEpoch, timestamp, baseOffset: 50 });
        const batch = decodeRecordBatch(buf);
        assert.equal(batch.isControl, true);
        assert.equal(batch.isTransactional, true);
        assert.equal(batch.producerId, producerId);
        assert.equal(batch.producerEpoch, producerEpoch);
        assert.equal(batch.baseSequence, -1);
        assert.equal(batch.records.length, 1);
        assert.equal(batch.records[0]!.offset, 50);
        assert.equal(batch.records[0]!.timestamp, timestamp);
        assert.deepEqual(parseControlRecord(batch.records[0]!), { version: 0, type, coordinatorEpoch });
      },
    ),
  );
});

test('marker layout: attributes 0x30, key 4 bytes, value 6 bytes', () => {
  const buf = encodeControlBatch({ type: ControlRecordType.Abort, producerId: 1, producerEpoch: 0, coordinatorEpoch: 3, timestamp: 0 });
  assert.equal(readBatchHeader(buf).attributes, 0x30);
  const r = decodeRecordBatch(buf).records[0]!;
  assert.equal(r.key!.toString('hex'), '00000000');
  assert.equal(r.value!.toString('hex'), '000000000003');
  assert.throws(
    () => encodeControlBatch({ type: 2 as typeof ControlRecordType.Commit, producerId: 1, producerEpoch: 0, coordinatorEpoch: 0, timestamp: 0 }),
    RangeError,
  );
});

test('parseControlRecord: other control types, newer versions, malformed keys and values', () => {
  assert.deepEqual(parseControlRecord({ key: encodeControlRecordKey(ControlRecordType.LeaderChange), value: Buffer.from('x') }), {
    version: 0,
    type: 2,
    coordinatorEpoch: null,
  });
  // a newer key/value version with extra bytes is read as far as version 0 goes
  const key = Buffer.from('0001000100ff', 'hex');
  const value = Buffer.concat([Buffer.from('0001', 'hex'), encodeEndTxnMarkerValue(9).subarray(2), Buffer.from('ffff', 'hex')]);
  assert.deepEqual(parseControlRecord({ key, value }), { version: 1, type: 1, coordinatorEpoch: 9 });

  const bad = (key: Buffer | null, value: Buffer | null) =>
    assert.throws(() => parseControlRecord({ key, value }), CorruptRecordBatchError);
  bad(null, encodeEndTxnMarkerValue(1));
  bad(Buffer.from('0000', 'hex'), encodeEndTxnMarkerValue(1));
  bad(Buffer.from('ffff0001', 'hex'), encodeEndTxnMarkerValue(1));
  bad(encodeControlRecordKey(1), null);
  bad(encodeControlRecordKey(0), Buffer.from('00000000', 'hex'));
  bad(encodeControlRecordKey(0), Buffer.from('ffff00000001', 'hex'));
});
