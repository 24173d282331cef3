// Generated from Kafka's DescribeTopicPartitionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeTopicPartitions response (API key 75): describes topics and their partitions in pages,
 * with a cursor (KIP-966).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeTopicPartitionsResponse {
  throttleTimeMs: number;
  topics: DescribeTopicPartitionsResponseTopic[];
  nextCursor: DescribeTopicPartitionsResponseCursor | null; // nullable, default null
}

/** An entry of `DescribeTopicPartitionsResponse.topics` (JSON `DescribeTopicPartitionsResponseTopic`). */
export interface DescribeTopicPartitionsResponseTopic {
  errorCode: number;
  name: string | null; // nullable
  topicId: string;
  isInternal: boolean;
  partitions: DescribeTopicPartitionsResponsePartition[];
  topicAuthorizedOperations: number; // default -2147483648
}

/** An entry of `DescribeTopicPartitionsResponseTopic.partitions` (JSON `DescribeTopicPartitionsResponsePartition`). */
export interface DescribeTopicPartitionsResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number; // default -1
  replicaNodes: number[];
  isrNodes: number[];
  eligibleLeaderReplicas: number[] | null; // nullable, default null
  lastKnownElr: number[] | null; // nullable, default null
  offlineReplicas: number[];
}

/** `DescribeTopicPartitionsResponse.nextCursor` (JSON `Cursor`). */
export interface DescribeTopicPartitionsResponseCursor {
  topicName: string;
  partitionIndex: number;
}

export const DescribeTopicPartitionsResponse = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeTopicPartitionsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTopicPartitionsResponse', version, 0, 0);
    encodeDescribeTopicPartitionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeTopicPartitionsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTopicPartitionsResponse', version, 0, 0);
    return decodeDescribeTopicPartitionsResponse(r, version);
  },
} as const;

function encodeDescribeTopicPartitionsResponse(w: Writer, m: DescribeTopicPartitionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDescribeTopicPartitionsResponse_topics(w, m.topics, v);
  if (m.nextCursor === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeDescribeTopicPartitionsResponseCursor(w, m.nextCursor, v);
  }
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  const m: DescribeTopicPartitionsResponse = {
    throttleTimeMs: r.int32(),
    topics: decodeDescribeTopicPartitionsResponse_topics(r, v),
    nextCursor: (r.int8() < 0 ? null : decodeDescribeTopicPartitionsResponseCursor(r, v)),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTopicPartitionsResponse_topics(w: Writer, a: DescribeTopicPartitionsResponseTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeTopicPartitionsResponseTopic(w, a[i]!, v);
}

function decodeDescribeTopicPartitionsResponse_topics(r: Reader, v: number): DescribeTopicPartitionsResponseTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsResponse.topics');
  const a = new Array<DescribeTopicPartitionsResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeTopicPartitionsResponseTopic(r, v);
  return a;
}

function encodeDescribeTopicPartitionsResponseTopic(w: Writer, m: DescribeTopicPartitionsResponseTopic, v: number): void {
  w.int16(m.errorCode);
  w.compactString(m.name);
  w.uuid(m.topicId);
  w.bool(m.isInternal);
  encodeDescribeTopicPartitionsResponseTopic_partitions(w, m.partitions, v);
  w.int32(m.topicAuthorizedOperations);
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  const m: DescribeTopicPartitionsResponseTopic = {
    errorCode: r.int16(),
    name: r.compactNullableString(),
    topicId: r.uuid(),
    isInternal: r.bool(),
    partitions: decodeDescribeTopicPartitionsResponseTopic_partitions(r, v),
    topicAuthorizedOperations: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTopicPartitionsResponseTopic_partitions(w: Writer, a: DescribeTopicPartitionsResponsePartition[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeTopicPartitionsResponsePartition(w, a[i]!, v);
}

function decodeDescribeTopicPartitionsResponseTopic_partitions(r: Reader, v: number): DescribeTopicPartitionsResponsePartition[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsResponseTopic.partitions');
  const a = new Array<DescribeTopicPartitionsResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeTopicPartitionsResponsePartition(r, v);
  return a;
}

function encodeDescribeTopicPartitionsResponsePartition(w: Writer, m: DescribeTopicPartitionsResponsePartition, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  encodeDescribeTopicPartitionsResponsePartition_replicaNodes(w, m.replicaNodes, v);
  encodeDescribeTopicPartitionsResponsePartition_isrNodes(w, m.isrNodes, v);
  encodeDescribeTopicPartitionsResponsePartition_eligibleLeaderReplicas(w, m.eligibleLeaderReplicas, v);
  encodeDescribeTopicPartitionsResponsePartition_lastKnownElr(w, m.lastKnownElr, v);
  encodeDescribeTopicPartitionsResponsePartition_offlineReplicas(w, m.offlineReplicas, v);
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsResponsePartition(r: Reader, v: number): DescribeTopicPartitionsResponsePartition {
  const m: DescribeTopicPartitionsResponsePartition = {
    errorCode: r.int16(),
    partitionIndex: r.int32(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    replicaNodes: decodeDescribeTopicPartitionsResponsePartition_replicaNodes(r, v),
    isrNodes: decodeDescribeTopicPartitionsResponsePartition_isrNodes(r, v),
    eligibleLeaderReplicas: decodeDescribeTopicPartitionsResponsePartition_eligibleLeaderReplicas(r, v),
    lastKnownElr: decodeDescribeTopicPartitionsResponsePartition_lastKnownElr(r, v),
    offlineReplicas: decodeDescribeTopicPartitionsResponsePartition_offlineReplicas(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTopicPartitionsResponsePartition_replicaNodes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTopicPartitionsResponsePartition_replicaNodes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsResponsePartition.replicaNodes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeDescribeTopicPartitionsResponsePartition_isrNodes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTopicPartitionsResponsePartition_isrNodes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsResponsePartition.isrNodes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeDescribeTopicPartitionsResponsePartition_eligibleLeaderReplicas(w: Writer, a: number[] | null, _v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTopicPartitionsResponsePartition_eligibleLeaderReplicas(r: Reader, _v: number): number[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeDescribeTopicPartitionsResponsePartition_lastKnownElr(w: Writer, a: number[] | null, _v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTopicPartitionsResponsePartition_lastKnownElr(r: Reader, _v: number): number[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeDescribeTopicPartitionsResponsePartition_offlineReplicas(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTopicPartitionsResponsePartition_offlineReplicas(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsResponsePartition.offlineReplicas');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeDescribeTopicPartitionsResponseCursor(w: Writer, m: DescribeTopicPartitionsResponseCursor, _v: number): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsResponseCursor(r: Reader, _v: number): DescribeTopicPartitionsResponseCursor {
  const m: DescribeTopicPartitionsResponseCursor = {
    topicName: r.compactString(),
    partitionIndex: r.int32(),
  };
  r.taggedFields();
  return m;
}
