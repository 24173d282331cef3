// Generated from Kafka's ListPartitionReassignmentsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListPartitionReassignments response (API key 46): lists the partition reassignments in
 * progress.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
}

/** An entry of `ListPartitionReassignmentsResponse.topics` (JSON `OngoingTopicReassignment`). */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  name: string;
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
}

/** An entry of `ListPartitionReassignmentsResponseOngoingTopicReassignment.partitions` (JSON `OngoingPartitionReassignment`). */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  partitionIndex: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export const ListPartitionReassignmentsResponse = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ListPartitionReassignmentsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListPartitionReassignmentsResponse', version, 0, 0);
    encodeListPartitionReassignmentsResponse(w, m, version);
  },
  decode(r: Reader, version: number): ListPartitionReassignmentsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListPartitionReassignmentsResponse', version, 0, 0);
    return decodeListPartitionReassignmentsResponse(r, version);
  },
} as const;

function encodeListPartitionReassignmentsResponse(w: Writer, m: ListPartitionReassignmentsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeListPartitionReassignmentsResponse_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  const m: ListPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    topics: decodeListPartitionReassignmentsResponse_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListPartitionReassignmentsResponse_topics(w: Writer, a: ListPartitionReassignmentsResponseOngoingTopicReassignment[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w, a[i]!, v);
}

function decodeListPartitionReassignmentsResponse_topics(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingTopicReassignment[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsResponse.topics');
  const a = new Array<ListPartitionReassignmentsResponseOngoingTopicReassignment>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r, v);
  return a;
}

function encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, m: ListPartitionReassignmentsResponseOngoingTopicReassignment, v: number): void {
  w.compactString(m.name);
  encodeListPartitionReassignmentsResponseOngoingTopicReassignment_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const m: ListPartitionReassignmentsResponseOngoingTopicReassignment = {
    name: r.compactString(),
    partitions: decodeListPartitionReassignmentsResponseOngoingTopicReassignment_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListPartitionReassignmentsResponseOngoingTopicReassignment_partitions(w: Writer, a: ListPartitionReassignmentsResponseOngoingPartitionReassignment[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, a[i]!, v);
}

function decodeListPartitionReassignmentsResponseOngoingTopicReassignment_partitions(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsResponseOngoingTopicReassignment.partitions');
  const a = new Array<ListPartitionReassignmentsResponseOngoingPartitionReassignment>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r, v);
  return a;
}

function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, m: ListPartitionReassignmentsResponseOngoingPartitionReassignment, v: number): void {
  w.int32(m.partitionIndex);
  encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_replicas(w, m.replicas, v);
  encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_addingReplicas(w, m.addingReplicas, v);
  encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_removingReplicas(w, m.removingReplicas, v);
  w.uvarint(0);
}

function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const m: ListPartitionReassignmentsResponseOngoingPartitionReassignment = {
    partitionIndex: r.int32(),
    replicas: decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_replicas(r, v),
    addingReplicas: decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_addingReplicas(r, v),
    removingReplicas: decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_removingReplicas(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_replicas(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_replicas(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsResponseOngoingPartitionReassignment.replicas');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_addingReplicas(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_addingReplicas(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsResponseOngoingPartitionReassignment.addingReplicas');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment_removingReplicas(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment_removingReplicas(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsResponseOngoingPartitionReassignment.removingReplicas');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
