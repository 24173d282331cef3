// Generated from Kafka's ListPartitionReassignmentsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListPartitionReassignments request (API key 46): lists the partition reassignments in
 * progress.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListPartitionReassignmentsRequest {
  timeoutMs: number; // default 60000
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null; // nullable, default null
}

/** An entry of `ListPartitionReassignmentsRequest.topics` (JSON `ListPartitionReassignmentsTopics`). */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  name: string;
  partitionIndexes: number[];
}

export const ListPartitionReassignmentsRequest = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ListPartitionReassignmentsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListPartitionReassignmentsRequest', version, 0, 0);
    encodeListPartitionReassignmentsRequest(w, m, version);
  },
  decode(r: Reader, version: number): ListPartitionReassignmentsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListPartitionReassignmentsRequest', version, 0, 0);
    return decodeListPartitionReassignmentsRequest(r, version);
  },
} as const;

function encodeListPartitionReassignmentsRequest(w: Writer, m: ListPartitionReassignmentsRequest, v: number): void {
  w.int32(m.timeoutMs);
  encodeListPartitionReassignmentsRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  const m: ListPartitionReassignmentsRequest = {
    timeoutMs: r.int32(),
    topics: decodeListPartitionReassignmentsRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListPartitionReassignmentsRequest_topics(w: Writer, a: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null, v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, a[i]!, v);
}

function decodeListPartitionReassignmentsRequest_topics(r: Reader, v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<ListPartitionReassignmentsRequestListPartitionReassignmentsTopics>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, v);
  return a;
}

function encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v: number): void {
  w.compactString(m.name);
  encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_partitionIndexes(w, m.partitionIndexes, v);
  w.uvarint(0);
}

function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = {
    name: r.compactString(),
    partitionIndexes: decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_partitionIndexes(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_partitionIndexes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics_partitionIndexes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListPartitionReassignmentsRequestListPartitionReassignmentsTopics.partitionIndexes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
