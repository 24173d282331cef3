// Generated from Kafka's TxnOffsetCommitResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * TxnOffsetCommit response (API key 28): commits consumer offsets as part of a transaction.
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

export interface TxnOffsetCommitResponse {
  throttleTimeMs: number;
  topics: TxnOffsetCommitResponseTopic[];
}

/** An entry of `TxnOffsetCommitResponse.topics` (JSON `TxnOffsetCommitResponseTopic`). */
export interface TxnOffsetCommitResponseTopic {
  name: string;
  partitions: TxnOffsetCommitResponsePartition[];
}

/** An entry of `TxnOffsetCommitResponseTopic.partitions` (JSON `TxnOffsetCommitResponsePartition`). */
export interface TxnOffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export const TxnOffsetCommitResponse = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: TxnOffsetCommitResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('TxnOffsetCommitResponse', version, 0, 4);
    encodeTxnOffsetCommitResponse(w, m, version);
  },
  decode(r: Reader, version: number): TxnOffsetCommitResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('TxnOffsetCommitResponse', version, 0, 4);
    return decodeTxnOffsetCommitResponse(r, version);
  },
} as const;

function encodeTxnOffsetCommitResponse(w: Writer, m: TxnOffsetCommitResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeTxnOffsetCommitResponse_topics(w, m.topics, v);
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const m: TxnOffsetCommitResponse = {
    throttleTimeMs: r.int32(),
    topics: decodeTxnOffsetCommitResponse_topics(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeTxnOffsetCommitResponse_topics(w: Writer, a: TxnOffsetCommitResponseTopic[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponseTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponseTopic(w, a[i]!, v);
  }
}

function decodeTxnOffsetCommitResponse_topics(r: Reader, v: number): TxnOffsetCommitResponseTopic[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('TxnOffsetCommitResponse.topics');
  const a = new Array<TxnOffsetCommitResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitResponseTopic(r, v);
  return a;
}

function encodeTxnOffsetCommitResponseTopic(w: Writer, m: TxnOffsetCommitResponseTopic, v: number): void {
  if (v >= 3) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeTxnOffsetCommitResponseTopic_partitions(w, m.partitions, v);
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const m: TxnOffsetCommitResponseTopic = {
    name: v >= 3 ? r.compactString() : r.string(),
    partitions: decodeTxnOffsetCommitResponseTopic_partitions(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeTxnOffsetCommitResponseTopic_partitions(w: Writer, a: TxnOffsetCommitResponsePartition[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponsePartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponsePartition(w, a[i]!, v);
  }
}

function decodeTxnOffsetCommitResponseTopic_partitions(r: Reader, v: number): TxnOffsetCommitResponsePartition[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('TxnOffsetCommitResponseTopic.partitions');
  const a = new Array<TxnOffsetCommitResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitResponsePartition(r, v);
  return a;
}

function encodeTxnOffsetCommitResponsePartition(w: Writer, m: TxnOffsetCommitResponsePartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v >= 3) w.uvarint(0);
}

function decodeTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const m: TxnOffsetCommitResponsePartition = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
