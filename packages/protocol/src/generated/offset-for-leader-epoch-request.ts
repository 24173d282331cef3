// Generated from Kafka's OffsetForLeaderEpochRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetForLeaderEpoch request (API key 23): finds the end offset of a leader epoch, used to
 * detect and truncate diverged logs.
 */
// v0-v4, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface OffsetForLeaderEpochRequest {
  replicaId?: number; // v3+, default -2
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
}

/** An entry of `OffsetForLeaderEpochRequest.topics` (JSON `OffsetForLeaderTopic`). */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  topic: string;
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
}

/** An entry of `OffsetForLeaderEpochRequestOffsetForLeaderTopic.partitions` (JSON `OffsetForLeaderPartition`). */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  partition: number;
  currentLeaderEpoch?: number; // v2+, default -1
  leaderEpoch: number;
}

export const OffsetForLeaderEpochRequest = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: OffsetForLeaderEpochRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetForLeaderEpochRequest', version, 0, 4);
    encodeOffsetForLeaderEpochRequest(w, m, version);
  },
  decode(r: Reader, version: number): OffsetForLeaderEpochRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetForLeaderEpochRequest', version, 0, 4);
    return decodeOffsetForLeaderEpochRequest(r, version);
  },
} as const;

function encodeOffsetForLeaderEpochRequest(w: Writer, m: OffsetForLeaderEpochRequest, v: number): void {
  if (v >= 3) w.int32(m.replicaId ?? -2);
  encodeOffsetForLeaderEpochRequest_topics(w, m.topics, v);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const m: OffsetForLeaderEpochRequest = {
    replicaId: v >= 3 ? r.int32() : -2,
    topics: decodeOffsetForLeaderEpochRequest_topics(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeOffsetForLeaderEpochRequest_topics(w: Writer, a: OffsetForLeaderEpochRequestOffsetForLeaderTopic[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, a[i]!, v);
  }
}

function decodeOffsetForLeaderEpochRequest_topics(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetForLeaderEpochRequest.topics');
  const a = new Array<OffsetForLeaderEpochRequestOffsetForLeaderTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, v);
  return a;
}

function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, m: OffsetForLeaderEpochRequestOffsetForLeaderTopic, v: number): void {
  if (v === 4) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic_partitions(w, m.partitions, v);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const m: OffsetForLeaderEpochRequestOffsetForLeaderTopic = {
    topic: v === 4 ? r.compactString() : r.string(),
    partitions: decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic_partitions(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic_partitions(w: Writer, a: OffsetForLeaderEpochRequestOffsetForLeaderPartition[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, a[i]!, v);
  }
}

function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic_partitions(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetForLeaderEpochRequestOffsetForLeaderTopic.partitions');
  const a = new Array<OffsetForLeaderEpochRequestOffsetForLeaderPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, v);
  return a;
}

function encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, m: OffsetForLeaderEpochRequestOffsetForLeaderPartition, v: number): void {
  w.int32(m.partition);
  if (v >= 2) w.int32(m.currentLeaderEpoch ?? -1);
  w.int32(m.leaderEpoch);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const m: OffsetForLeaderEpochRequestOffsetForLeaderPartition = {
    partition: r.int32(),
    currentLeaderEpoch: v >= 2 ? r.int32() : -1,
    leaderEpoch: r.int32(),
  };
  if (v === 4) r.taggedFields();
  return m;
}
