// Generated from Kafka's OffsetDeleteRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetDelete request (API key 47): deletes committed offsets of a group for the given
 * partitions.
 */
// v0 only, never flexible

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, arrayLength, nullArrayError } from '../codegen/runtime.js';

export interface OffsetDeleteRequest {
  groupId: string;
  topics: OffsetDeleteRequestTopic[];
}

/** An entry of `OffsetDeleteRequest.topics` (JSON `OffsetDeleteRequestTopic`). */
export interface OffsetDeleteRequestTopic {
  name: string;
  partitions: OffsetDeleteRequestPartition[];
}

/** An entry of `OffsetDeleteRequestTopic.partitions` (JSON `OffsetDeleteRequestPartition`). */
export interface OffsetDeleteRequestPartition {
  partitionIndex: number;
}

export const OffsetDeleteRequest = {
  apiKey: 47,
  name: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: null,
  encode(w: Writer, m: OffsetDeleteRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('OffsetDeleteRequest', version, 0, 0);
    encodeOffsetDeleteRequest(w, m, version);
  },
  decode(r: Reader, version: number): OffsetDeleteRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('OffsetDeleteRequest', version, 0, 0);
    return decodeOffsetDeleteRequest(r, version);
  },
} as const;

function encodeOffsetDeleteRequest(w: Writer, m: OffsetDeleteRequest, v: number): void {
  w.string(m.groupId);
  encodeOffsetDeleteRequest_topics(w, m.topics, v);
}

function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  return {
    groupId: r.string(),
    topics: decodeOffsetDeleteRequest_topics(r, v),
  };
}

function encodeOffsetDeleteRequest_topics(w: Writer, a: OffsetDeleteRequestTopic[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeOffsetDeleteRequestTopic(w, a[i]!, v);
}

function decodeOffsetDeleteRequest_topics(r: Reader, v: number): OffsetDeleteRequestTopic[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetDeleteRequest.topics');
  const a = new Array<OffsetDeleteRequestTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteRequestTopic(r, v);
  return a;
}

function encodeOffsetDeleteRequestTopic(w: Writer, m: OffsetDeleteRequestTopic, v: number): void {
  w.string(m.name);
  encodeOffsetDeleteRequestTopic_partitions(w, m.partitions, v);
}

function decodeOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  return {
    name: r.string(),
    partitions: decodeOffsetDeleteRequestTopic_partitions(r, v),
  };
}

function encodeOffsetDeleteRequestTopic_partitions(w: Writer, a: OffsetDeleteRequestPartition[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeOffsetDeleteRequestPartition(w, a[i]!, v);
}

function decodeOffsetDeleteRequestTopic_partitions(r: Reader, v: number): OffsetDeleteRequestPartition[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetDeleteRequestTopic.partitions');
  const a = new Array<OffsetDeleteRequestPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteRequestPartition(r, v);
  return a;
}

function encodeOffsetDeleteRequestPartition(w: Writer, m: OffsetDeleteRequestPartition, _v: number): void {
  w.int32(m.partitionIndex);
}

function decodeOffsetDeleteRequestPartition(r: Reader, _v: number): OffsetDeleteRequestPartition {
  return {
    partitionIndex: r.int32(),
  };
}
