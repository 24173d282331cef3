// Generated from Kafka's CreatePartitionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreatePartitions request (API key 37): adds partitions to existing topics.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface CreatePartitionsRequest {
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

/** An entry of `CreatePartitionsRequest.topics` (JSON `CreatePartitionsTopic`). */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  name: string;
  count: number;
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null; // nullable
}

/** An entry of `CreatePartitionsRequestCreatePartitionsTopic.assignments` (JSON `CreatePartitionsAssignment`). */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  brokerIds: number[];
}

export const CreatePartitionsRequest = {
  apiKey: 37,
  name: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: CreatePartitionsRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreatePartitionsRequest', version, 0, 3);
    encodeCreatePartitionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): CreatePartitionsRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreatePartitionsRequest', version, 0, 3);
    return decodeCreatePartitionsRequest(r, version);
  },
} as const;

function encodeCreatePartitionsRequest(w: Writer, m: CreatePartitionsRequest, v: number): void {
  encodeCreatePartitionsRequest_topics(w, m.topics, v);
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
  if (v >= 2) w.uvarint(0);
}

function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const m: CreatePartitionsRequest = {
    topics: decodeCreatePartitionsRequest_topics(r, v),
    timeoutMs: r.int32(),
    validateOnly: r.bool(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreatePartitionsRequest_topics(w: Writer, a: CreatePartitionsRequestCreatePartitionsTopic[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsRequestCreatePartitionsTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsRequestCreatePartitionsTopic(w, a[i]!, v);
  }
}

function decodeCreatePartitionsRequest_topics(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreatePartitionsRequest.topics');
  const a = new Array<CreatePartitionsRequestCreatePartitionsTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsRequestCreatePartitionsTopic(r, v);
  return a;
}

function encodeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, m: CreatePartitionsRequestCreatePartitionsTopic, v: number): void {
  if (v >= 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  w.int32(m.count);
  encodeCreatePartitionsRequestCreatePartitionsTopic_assignments(w, m.assignments, v);
  if (v >= 2) w.uvarint(0);
}

function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  const m: CreatePartitionsRequestCreatePartitionsTopic = {
    name: v >= 2 ? r.compactString() : r.string(),
    count: r.int32(),
    assignments: decodeCreatePartitionsRequestCreatePartitionsTopic_assignments(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreatePartitionsRequestCreatePartitionsTopic_assignments(w: Writer, a: CreatePartitionsRequestCreatePartitionsAssignment[] | null, v: number): void {
  if (a === null) {
    if (v >= 2) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsRequestCreatePartitionsAssignment(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsRequestCreatePartitionsAssignment(w, a[i]!, v);
  }
}

function decodeCreatePartitionsRequestCreatePartitionsTopic_assignments(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment[] | null {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<CreatePartitionsRequestCreatePartitionsAssignment>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsRequestCreatePartitionsAssignment(r, v);
  return a;
}

function encodeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, m: CreatePartitionsRequestCreatePartitionsAssignment, v: number): void {
  encodeCreatePartitionsRequestCreatePartitionsAssignment_brokerIds(w, m.brokerIds, v);
  if (v >= 2) w.uvarint(0);
}

function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const m: CreatePartitionsRequestCreatePartitionsAssignment = {
    brokerIds: decodeCreatePartitionsRequestCreatePartitionsAssignment_brokerIds(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreatePartitionsRequestCreatePartitionsAssignment_brokerIds(w: Writer, a: number[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeCreatePartitionsRequestCreatePartitionsAssignment_brokerIds(r: Reader, v: number): number[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreatePartitionsRequestCreatePartitionsAssignment.brokerIds');
  const a = new Array<number>(n);
  if (v >= 2) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
