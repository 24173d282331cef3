import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GroupMetadataValue, OffsetCommitValue, Writer } from '@samsa/protocol';
import type { CommittedOffset, GroupMetadataSnapshot } from './group-store.js';
import {
  decodeOffsetsTopicRecord,
  groupMetadataKey,
  groupMetadataValue,
  offsetCommitKey,
  offsetCommitValue,
  OffsetsRecordError,
} from './offsets-records.js';

/** Kafka's classic encodings, written out by hand (independent of the generated codecs). */
const i16 = (v: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(v);
  return b;
};
const i32 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
};
const i64 = (v: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(v));
  return b;
};
const str = (s: string | null): Buffer => (s === null ? i16(-1) : Buffer.concat([i16(Buffer.byteLength(s)), Buffer.from(s)]));
const bytes = (b: Buffer): Buffer => Buffer.concat([i32(b.length), b]);

const offset: CommittedOffset = {
  topic: 'orders',
  partition: 7,
  offset: 123456789012,
  leaderEpoch: 3,
  metadata: 'meta',
  commitTimestamp: 1_700_000_000_123,
  expireTimestamp: -1,
};

const group: GroupMetadataSnapshot = {
  groupId: 'g',
  protocolType: 'consumer',
  generation: 5,
  protocol: 'range',
  leader: 'm1',
  currentStateTimestamp: 1_700_000_000_000,
  members: [
    {
      memberId: 'm1',
      groupInstanceId: 'i1',
      clientId: 'c1',
      clientHost: '/127.0.0.1',
      rebalanceTimeoutMs: 30_000,
      sessionTimeoutMs: 10_000,
      subscription: Buffer.from([1, 2, 3]),
      assignment: Buffer.from([4, 5]),
    },
  ],
};

test('offset commit key: version 1, group, topic, partition', () => {
  assert.deepEqual(offsetCommitKey('g', 'orders', 7), Buffer.concat([i16(1), str('g'), str('orders'), i32(7)]));
});

test('group metadata key: version 2, group', () => {
  assert.deepEqual(groupMetadataKey('my-group'), Buffer.concat([i16(2), str('my-group')]));
});

test('offset commit value: v3 normally, v1 with an expire timestamp', () => {
  assert.deepEqual(offsetCommitValue(offset), Buffer.concat([i16(3), i64(offset.offset), i32(3), str('meta'), i64(offset.commitTimestamp)]));
  const expiring = { ...offset, expireTimestamp: 1_800_000_000_000 };
  assert.deepEqual(offsetCommitValue(expiring), Buffer.concat([i16(1), i64(offset.offset), str('meta'), i64(offset.commitTimestamp), i64(expiring.expireTimestamp)]));
});

test('group metadata value: v3 with instance ids', () => {
  const m = group.members[0]!;
  const expected = Buffer.concat([
    i16(3),
    str('consumer'),
    i32(5),
    str('range'),
    str('m1'),
    i64(group.currentStateTimestamp),
    i32(1),
    str('m1'),
    str('i1'),
    str('c1'),
    str('/127.0.0.1'),
    i32(30_000),
    i32(10_000),
    bytes(m.subscription),
    bytes(m.assignment),
  ]);
  assert.deepEqual(groupMetadataValue(group), expected);
  const empty = { ...group, protocol: null, leader: null, members: [] };
  assert.deepEqual(groupMetadataValue(empty), Buffer.concat([i16(3), str('consumer'), i32(5), str(null), str(null), i64(group.currentStateTimestamp), i32(0)]));
});

test('records decode back to what was written; null values are tombstones', () => {
  assert.deepEqual(decodeOffsetsTopicRecord(offsetCommitKey('g', 'orders', 7), offsetCommitValue(offset)), { kind: 'offset', groupId: 'g', topic: 'orders', partition: 7, value: offset });
  const expiring = { ...offset, leaderEpoch: -1, expireTimestamp: 99 };
  assert.deepEqual(decodeOffsetsTopicRecord(offsetCommitKey('g', 'orders', 7), offsetCommitValue(expiring)).kind, 'offset');
  assert.deepEqual((decodeOffsetsTopicRecord(offsetCommitKey('g', 'orders', 7), offsetCommitValue(expiring)) as { value: CommittedOffset }).value, expiring);
  assert.deepEqual(decodeOffsetsTopicRecord(offsetCommitKey('g', 'orders', 7), null), { kind: 'offset', groupId: 'g', topic: 'orders', partition: 7, value: null });
  assert.deepEqual(decodeOffsetsTopicRecord(groupMetadataKey('g'), groupMetadataValue(group)), { kind: 'group', groupId: 'g', value: group });
  assert.deepEqual(decodeOffsetsTopicRecord(groupMetadataKey('g'), null), { kind: 'group', groupId: 'g', value: null });
});

test('older and newer value versions Kafka wrote are read', () => {
  // OffsetCommitKey v0 has the same layout as v1.
  const keyV0 = Buffer.concat([i16(0), str('g'), str('t'), i32(0)]);
  const v0 = Buffer.concat([i16(0), i64(42), str(''), i64(1000)]);
  assert.deepEqual(decodeOffsetsTopicRecord(keyV0, v0), {
    kind: 'offset',
    groupId: 'g',
    topic: 't',
    partition: 0,
    value: { topic: 't', partition: 0, offset: 42, leaderEpoch: -1, metadata: '', commitTimestamp: 1000, expireTimestamp: -1 },
  });
  const w = new Writer();
  w.int16(4);
  OffsetCommitValue.encode(w, { offset: 7, leaderEpoch: 2, metadata: 'x', commitTimestamp: 5 }, 4);
  const rec = decodeOffsetsTopicRecord(offsetCommitKey('g', 't', 1), w.toBuffer());
  assert.deepEqual(rec.kind === 'offset' && rec.value, { topic: 't', partition: 1, offset: 7, leaderEpoch: 2, metadata: 'x', commitTimestamp: 5, expireTimestamp: -1 });

  // GroupMetadataValue v0: no rebalance timeout (the session timeout served as both), no state timestamp.
  const gv0 = Buffer.concat([i16(0), str('consumer'), i32(1), str('range'), str('m'), i32(1), str('m'), str('c'), str('/h'), i32(6000), bytes(Buffer.from('s')), bytes(Buffer.from('a'))]);
  const g0 = decodeOffsetsTopicRecord(groupMetadataKey('g'), gv0);
  assert.ok(g0.kind === 'group' && g0.value);
  assert.equal(g0.value.currentStateTimestamp, -1);
  assert.deepEqual(g0.value.members[0], {
    memberId: 'm',
    groupInstanceId: null,
    clientId: 'c',
    clientHost: '/h',
    rebalanceTimeoutMs: 6000,
    sessionTimeoutMs: 6000,
    subscription: Buffer.from('s'),
    assignment: Buffer.from('a'),
  });
  const w4 = new Writer();
  w4.int16(4);
  GroupMetadataValue.encode(w4, { protocolType: 'connect', generation: 2, protocol: null, leader: null, currentStateTimestamp: 9, members: [] }, 4);
  const g4 = decodeOffsetsTopicRecord(groupMetadataKey('w'), w4.toBuffer());
  assert.deepEqual(g4, { kind: 'group', groupId: 'w', value: { groupId: 'w', protocolType: 'connect', generation: 2, protocol: null, leader: null, currentStateTimestamp: 9, members: [] } });
});

test('KIP-848 keys are reported as other; broken records throw OffsetsRecordError', () => {
  assert.deepEqual(decodeOffsetsTopicRecord(Buffer.concat([i16(3), str('g')]), Buffer.alloc(4)), { kind: 'other', keyVersion: 3 });
  assert.throws(() => decodeOffsetsTopicRecord(null, null), OffsetsRecordError);
  assert.throws(() => decodeOffsetsTopicRecord(Buffer.from([0]), null), OffsetsRecordError);
  assert.throws(() => decodeOffsetsTopicRecord(Buffer.concat([i16(1), str('g')]), null), OffsetsRecordError, 'truncated key');
  assert.throws(() => decodeOffsetsTopicRecord(offsetCommitKey('g', 't', 0), Buffer.concat([i16(9), i64(1)])), OffsetsRecordError, 'unknown value version');
  assert.throws(() => decodeOffsetsTopicRecord(groupMetadataKey('g'), Buffer.concat([i16(3), str('consumer')])), OffsetsRecordError, 'truncated value');
});
