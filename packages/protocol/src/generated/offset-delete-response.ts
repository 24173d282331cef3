// Generated from Kafka's OffsetDeleteResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetDelete response (API key 47): deletes committed offsets of a group for the given
 * partitions.
 */
// v0 only, never flexible

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, arrayLength, nullArrayError } from '../codegen/runtime.js';

export interface OffsetDeleteResponse {
  errorCode: number;
  throttleTimeMs: number;
  topics: OffsetDeleteResponseTopic[];
}

/** An entry of `OffsetDeleteResponse.topics` (JSON `OffsetDeleteResponseTopic`). */
export interface OffsetDeleteResponseTopic {
  name: string;
  partitions: OffsetDeleteResponsePartition[];
}

/** An entry of `OffsetDeleteResponseTopic.partitions` (JSON `OffsetDeleteResponsePartition`). */
export interface OffsetDeleteResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export const OffsetDeleteResponse = {
  apiKey: 47,
  name: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: null,
  encode(w: Writer, m: OffsetDeleteResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('OffsetDeleteResponse', version, 0, 0);
    encodeOffsetDeleteResponse(w, m, version);
  },
  decode(r: Reader, version: number): OffsetDeleteResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('OffsetDeleteResponse', version, 0, 0);
    return decodeOffsetDeleteResponse(r, version);
  },
} as const;

function encodeOffsetDeleteResponse(w: Writer, m: OffsetDeleteResponse, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.throttleTimeMs);
  encodeOffsetDeleteResponse_topics(w, m.topics, v);
}

function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  return {
    errorCode: r.int16(),
    throttleTimeMs: r.int32(),
    topics: decodeOffsetDeleteResponse_topics(r, v),
  };
}

function encodeOffsetDeleteResponse_topics(w: Writer, a: OffsetDeleteResponseTopic[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeOffsetDeleteResponseTopic(w, a[i]!, v);
}

function decodeOffsetDeleteResponse_topics(r: Reader, v: number): OffsetDeleteResponseTopic[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetDeleteResponse.topics');
  const a = new Array<OffsetDeleteResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteResponseTopic(r, v);
  return a;
}

function encodeOffsetDeleteResponseTopic(w: Writer, m: OffsetDeleteResponseTopic, v: number): void {
  w.string(m.name);
  encodeOffsetDeleteResponseTopic_partitions(w, m.partitions, v);
}

function decodeOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  return {
    name: r.string(),
    partitions: decodeOffsetDeleteResponseTopic_partitions(r, v),
  };
}

function encodeOffsetDeleteResponseTopic_partitions(w: Writer, a: OffsetDeleteResponsePartition[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeOffsetDeleteResponsePartition(w, a[i]!, v);
}

function decodeOffsetDeleteResponseTopic_partitions(r: Reader, v: number): OffsetDeleteResponsePartition[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetDeleteResponseTopic.partitions');
  const a = new Array<OffsetDeleteResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteResponsePartition(r, v);
  return a;
}

function encodeOffsetDeleteResponsePartition(w: Writer, m: OffsetDeleteResponsePartition, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function decodeOffsetDeleteResponsePartition(r: Reader, _v: number): OffsetDeleteResponsePartition {
  return {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
}
