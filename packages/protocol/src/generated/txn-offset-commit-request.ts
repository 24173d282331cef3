// Generated from Kafka's TxnOffsetCommitRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * TxnOffsetCommit request (API key 28): commits consumer offsets as part of a transaction.
 */
// v0-v4, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface TxnOffsetCommitRequest {
  transactionalId: string;
  groupId: string;
  producerId: number;
  producerEpoch: number;
  generationId?: number; // v3+, default -1
  memberId?: string; // v3+
  groupInstanceId?: string | null; // v3+, nullable, default null
  topics: TxnOffsetCommitRequestTopic[];
}

/** An entry of `TxnOffsetCommitRequest.topics` (JSON `TxnOffsetCommitRequestTopic`). */
export interface TxnOffsetCommitRequestTopic {
  name: string;
  partitions: TxnOffsetCommitRequestPartition[];
}

/** An entry of `TxnOffsetCommitRequestTopic.partitions` (JSON `TxnOffsetCommitRequestPartition`). */
export interface TxnOffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number; // v2+, default -1
  committedMetadata: string | null; // nullable
}

export const TxnOffsetCommitRequest = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: TxnOffsetCommitRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('TxnOffsetCommitRequest', version, 0, 4);
    encodeTxnOffsetCommitRequest(w, m, version);
  },
  decode(r: Reader, version: number): TxnOffsetCommitRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('TxnOffsetCommitRequest', version, 0, 4);
    return decodeTxnOffsetCommitRequest(r, version);
  },
} as const;

function encodeTxnOffsetCommitRequest(w: Writer, m: TxnOffsetCommitRequest, v: number): void {
  if (v >= 3) {
    w.compactString(m.transactionalId);
  } else {
    w.string(m.transactionalId);
  }
  if (v >= 3) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (v >= 3) w.int32(m.generationId ?? -1);
  if (v >= 3) {
    const _memberId = m.memberId ?? '';
    w.compactString(_memberId);
  }
  if (v >= 3) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    w.compactString(_groupInstanceId);
  }
  encodeTxnOffsetCommitRequest_topics(w, m.topics, v);
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const m: TxnOffsetCommitRequest = {
    transactionalId: v >= 3 ? r.compactString() : r.string(),
    groupId: v >= 3 ? r.compactString() : r.string(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    generationId: v >= 3 ? r.int32() : -1,
    memberId: v >= 3 ? r.compactString() : '',
    groupInstanceId: v >= 3 ? r.compactNullableString() : null,
    topics: decodeTxnOffsetCommitRequest_topics(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeTxnOffsetCommitRequest_topics(w: Writer, a: TxnOffsetCommitRequestTopic[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopic(w, a[i]!, v);
  }
}

function decodeTxnOffsetCommitRequest_topics(r: Reader, v: number): TxnOffsetCommitRequestTopic[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('TxnOffsetCommitRequest.topics');
  const a = new Array<TxnOffsetCommitRequestTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitRequestTopic(r, v);
  return a;
}

function encodeTxnOffsetCommitRequestTopic(w: Writer, m: TxnOffsetCommitRequestTopic, v: number): void {
  if (v >= 3) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeTxnOffsetCommitRequestTopic_partitions(w, m.partitions, v);
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const m: TxnOffsetCommitRequestTopic = {
    name: v >= 3 ? r.compactString() : r.string(),
    partitions: decodeTxnOffsetCommitRequestTopic_partitions(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeTxnOffsetCommitRequestTopic_partitions(w: Writer, a: TxnOffsetCommitRequestPartition[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestPartition(w, a[i]!, v);
  }
}

function decodeTxnOffsetCommitRequestTopic_partitions(r: Reader, v: number): TxnOffsetCommitRequestPartition[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('TxnOffsetCommitRequestTopic.partitions');
  const a = new Array<TxnOffsetCommitRequestPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitRequestPartition(r, v);
  return a;
}

function encodeTxnOffsetCommitRequestPartition(w: Writer, m: TxnOffsetCommitRequestPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 2) w.int32(m.committedLeaderEpoch ?? -1);
  if (v >= 3) {
    w.compactString(m.committedMetadata);
  } else {
    w.string(m.committedMetadata);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const m: TxnOffsetCommitRequestPartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: v >= 2 ? r.int32() : -1,
    committedMetadata: v >= 3 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
