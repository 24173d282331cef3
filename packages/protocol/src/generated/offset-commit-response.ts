// Generated from Kafka's OffsetCommitResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetCommit response (API key 8): stores a consumer group's committed offsets with the group
 * coordinator.
 */
// v0-v9, flexible from v8

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface OffsetCommitResponse {
  throttleTimeMs?: number; // v3+
  topics: OffsetCommitResponseTopic[];
}

/** An entry of `OffsetCommitResponse.topics` (JSON `OffsetCommitResponseTopic`). */
export interface OffsetCommitResponseTopic {
  name: string;
  partitions: OffsetCommitResponsePartition[];
}

/** An entry of `OffsetCommitResponseTopic.partitions` (JSON `OffsetCommitResponsePartition`). */
export interface OffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export const OffsetCommitResponse = {
  apiKey: 8,
  name: 'OffsetCommit',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 8,
  encode(w: Writer, m: OffsetCommitResponse, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetCommitResponse', version, 0, 9);
    encodeOffsetCommitResponse(w, m, version);
  },
  decode(r: Reader, version: number): OffsetCommitResponse {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetCommitResponse', version, 0, 9);
    return decodeOffsetCommitResponse(r, version);
  },
} as const;

function encodeOffsetCommitResponse(w: Writer, m: OffsetCommitResponse, v: number): void {
  if (v >= 3) w.int32(m.throttleTimeMs ?? 0);
  encodeOffsetCommitResponse_topics(w, m.topics, v);
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const m: OffsetCommitResponse = {
    throttleTimeMs: v >= 3 ? r.int32() : 0,
    topics: decodeOffsetCommitResponse_topics(r, v),
  };
  if (v >= 8) r.taggedFields();
  return m;
}

function encodeOffsetCommitResponse_topics(w: Writer, a: OffsetCommitResponseTopic[], v: number): void {
  if (v >= 8) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponseTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponseTopic(w, a[i]!, v);
  }
}

function decodeOffsetCommitResponse_topics(r: Reader, v: number): OffsetCommitResponseTopic[] {
  const n = v >= 8 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetCommitResponse.topics');
  const a = new Array<OffsetCommitResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitResponseTopic(r, v);
  return a;
}

function encodeOffsetCommitResponseTopic(w: Writer, m: OffsetCommitResponseTopic, v: number): void {
  if (v >= 8) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeOffsetCommitResponseTopic_partitions(w, m.partitions, v);
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const m: OffsetCommitResponseTopic = {
    name: v >= 8 ? r.compactString() : r.string(),
    partitions: decodeOffsetCommitResponseTopic_partitions(r, v),
  };
  if (v >= 8) r.taggedFields();
  return m;
}

function encodeOffsetCommitResponseTopic_partitions(w: Writer, a: OffsetCommitResponsePartition[], v: number): void {
  if (v >= 8) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponsePartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponsePartition(w, a[i]!, v);
  }
}

function decodeOffsetCommitResponseTopic_partitions(r: Reader, v: number): OffsetCommitResponsePartition[] {
  const n = v >= 8 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetCommitResponseTopic.partitions');
  const a = new Array<OffsetCommitResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitResponsePartition(r, v);
  return a;
}

function encodeOffsetCommitResponsePartition(w: Writer, m: OffsetCommitResponsePartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const m: OffsetCommitResponsePartition = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v >= 8) r.taggedFields();
  return m;
}
