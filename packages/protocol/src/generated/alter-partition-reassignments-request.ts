// Generated from Kafka's AlterPartitionReassignmentsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterPartitionReassignments request (API key 45): starts or cancels moving partition replicas
 * to other brokers.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AlterPartitionReassignmentsRequest {
  timeoutMs: number; // default 60000
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
}

/** An entry of `AlterPartitionReassignmentsRequest.topics` (JSON `ReassignableTopic`). */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  name: string;
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
}

/** An entry of `AlterPartitionReassignmentsRequestReassignableTopic.partitions` (JSON `ReassignablePartition`). */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  partitionIndex: number;
  replicas: number[] | null; // nullable, default null
}

export const AlterPartitionReassignmentsRequest = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AlterPartitionReassignmentsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterPartitionReassignmentsRequest', version, 0, 0);
    encodeAlterPartitionReassignmentsRequest(w, m, version);
  },
  decode(r: Reader, version: number): AlterPartitionReassignmentsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterPartitionReassignmentsRequest', version, 0, 0);
    return decodeAlterPartitionReassignmentsRequest(r, version);
  },
} as const;

function encodeAlterPartitionReassignmentsRequest(w: Writer, m: AlterPartitionReassignmentsRequest, v: number): void {
  w.int32(m.timeoutMs);
  encodeAlterPartitionReassignmentsRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  const m: AlterPartitionReassignmentsRequest = {
    timeoutMs: r.int32(),
    topics: decodeAlterPartitionReassignmentsRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionReassignmentsRequest_topics(w: Writer, a: AlterPartitionReassignmentsRequestReassignableTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionReassignmentsRequestReassignableTopic(w, a[i]!, v);
}

function decodeAlterPartitionReassignmentsRequest_topics(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionReassignmentsRequest.topics');
  const a = new Array<AlterPartitionReassignmentsRequestReassignableTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionReassignmentsRequestReassignableTopic(r, v);
  return a;
}

function encodeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, m: AlterPartitionReassignmentsRequestReassignableTopic, v: number): void {
  w.compactString(m.name);
  encodeAlterPartitionReassignmentsRequestReassignableTopic_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const m: AlterPartitionReassignmentsRequestReassignableTopic = {
    name: r.compactString(),
    partitions: decodeAlterPartitionReassignmentsRequestReassignableTopic_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionReassignmentsRequestReassignableTopic_partitions(w: Writer, a: AlterPartitionReassignmentsRequestReassignablePartition[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionReassignmentsRequestReassignablePartition(w, a[i]!, v);
}

function decodeAlterPartitionReassignmentsRequestReassignableTopic_partitions(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignablePartition[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionReassignmentsRequestReassignableTopic.partitions');
  const a = new Array<AlterPartitionReassignmentsRequestReassignablePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionReassignmentsRequestReassignablePartition(r, v);
  return a;
}

function encodeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, m: AlterPartitionReassignmentsRequestReassignablePartition, v: number): void {
  w.int32(m.partitionIndex);
  encodeAlterPartitionReassignmentsRequestReassignablePartition_replicas(w, m.replicas, v);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const m: AlterPartitionReassignmentsRequestReassignablePartition = {
    partitionIndex: r.int32(),
    replicas: decodeAlterPartitionReassignmentsRequestReassignablePartition_replicas(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionReassignmentsRequestReassignablePartition_replicas(w: Writer, a: number[] | null, _v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeAlterPartitionReassignmentsRequestReassignablePartition_replicas(r: Reader, _v: number): number[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
