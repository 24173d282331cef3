// Generated from Kafka's OffsetFetchResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetFetch response (API key 9): reads a consumer group's committed offsets from the group
 * coordinator.
 */
// v0-v9, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface OffsetFetchResponse {
  throttleTimeMs?: number; // v3+
  topics?: OffsetFetchResponseTopic[]; // v0-v7
  errorCode?: number; // v2-v7
  groups?: OffsetFetchResponseGroup[]; // v8+
}

/** An entry of `OffsetFetchResponse.topics` (JSON `OffsetFetchResponseTopic`, v0-v7). */
export interface OffsetFetchResponseTopic {
  name: string;
  partitions: OffsetFetchResponsePartition[];
}

/** An entry of `OffsetFetchResponseTopic.partitions` (JSON `OffsetFetchResponsePartition`, v0-v7). */
export interface OffsetFetchResponsePartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number; // v5+, default -1
  metadata: string | null; // nullable
  errorCode: number;
}

/** An entry of `OffsetFetchResponse.groups` (JSON `OffsetFetchResponseGroup`, v8+). */
export interface OffsetFetchResponseGroup {
  groupId: string;
  topics: OffsetFetchResponseTopics[];
  errorCode: number;
}

/** An entry of `OffsetFetchResponseGroup.topics` (JSON `OffsetFetchResponseTopics`, v8+). */
export interface OffsetFetchResponseTopics {
  name: string;
  partitions: OffsetFetchResponsePartitions[];
}

/** An entry of `OffsetFetchResponseTopics.partitions` (JSON `OffsetFetchResponsePartitions`, v8+). */
export interface OffsetFetchResponsePartitions {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number; // default -1
  metadata: string | null; // nullable
  errorCode: number;
}

export const OffsetFetchResponse = {
  apiKey: 9,
  name: 'OffsetFetch',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  encode(w: Writer, m: OffsetFetchResponse, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetFetchResponse', version, 0, 9);
    encodeOffsetFetchResponse(w, m, version);
  },
  decode(r: Reader, version: number): OffsetFetchResponse {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetFetchResponse', version, 0, 9);
    return decodeOffsetFetchResponse(r, version);
  },
} as const;

function encodeOffsetFetchResponse(w: Writer, m: OffsetFetchResponse, v: number): void {
  if (v >= 3) w.int32(m.throttleTimeMs ?? 0);
  if (v <= 7) {
    const _topics = m.topics ?? [];
    encodeOffsetFetchResponse_topics(w, _topics, v);
  }
  if (v >= 2 && v <= 7) w.int16(m.errorCode ?? 0);
  if (v >= 8) {
    const _groups = m.groups ?? [];
    encodeOffsetFetchResponse_groups(w, _groups, v);
  }
  if (v >= 6) w.uvarint(0);
}

function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const m: OffsetFetchResponse = {
    throttleTimeMs: v >= 3 ? r.int32() : 0,
    topics: v <= 7 ? decodeOffsetFetchResponse_topics(r, v) : [],
    errorCode: v >= 2 && v <= 7 ? r.int16() : 0,
    groups: v >= 8 ? decodeOffsetFetchResponse_groups(r, v) : [],
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeOffsetFetchResponse_topics(w: Writer, a: OffsetFetchResponseTopic[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopic(w, a[i]!, v);
  }
}

function decodeOffsetFetchResponse_topics(r: Reader, v: number): OffsetFetchResponseTopic[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchResponse.topics');
  const a = new Array<OffsetFetchResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseTopic(r, v);
  return a;
}

function encodeOffsetFetchResponse_groups(w: Writer, a: OffsetFetchResponseGroup[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseGroup(w, a[i]!, v);
}

function decodeOffsetFetchResponse_groups(r: Reader, v: number): OffsetFetchResponseGroup[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchResponse.groups');
  const a = new Array<OffsetFetchResponseGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseGroup(r, v);
  return a;
}

function encodeOffsetFetchResponseTopic(w: Writer, m: OffsetFetchResponseTopic, v: number): void {
  if (v >= 6) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeOffsetFetchResponseTopic_partitions(w, m.partitions, v);
  if (v >= 6) w.uvarint(0);
}

function decodeOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const m: OffsetFetchResponseTopic = {
    name: v >= 6 ? r.compactString() : r.string(),
    partitions: decodeOffsetFetchResponseTopic_partitions(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeOffsetFetchResponseTopic_partitions(w: Writer, a: OffsetFetchResponsePartition[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartition(w, a[i]!, v);
  }
}

function decodeOffsetFetchResponseTopic_partitions(r: Reader, v: number): OffsetFetchResponsePartition[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchResponseTopic.partitions');
  const a = new Array<OffsetFetchResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponsePartition(r, v);
  return a;
}

function encodeOffsetFetchResponsePartition(w: Writer, m: OffsetFetchResponsePartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 5) w.int32(m.committedLeaderEpoch ?? -1);
  if (v >= 6) {
    w.compactString(m.metadata);
  } else {
    w.string(m.metadata);
  }
  w.int16(m.errorCode);
  if (v >= 6) w.uvarint(0);
}

function decodeOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const m: OffsetFetchResponsePartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: v >= 5 ? r.int32() : -1,
    metadata: v >= 6 ? r.compactNullableString() : r.nullableString(),
    errorCode: r.int16(),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeOffsetFetchResponseGroup(w: Writer, m: OffsetFetchResponseGroup, v: number): void {
  w.compactString(m.groupId);
  encodeOffsetFetchResponseGroup_topics(w, m.topics, v);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodeOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  const m: OffsetFetchResponseGroup = {
    groupId: r.compactString(),
    topics: decodeOffsetFetchResponseGroup_topics(r, v),
    errorCode: r.int16(),
  };
  r.taggedFields();
  return m;
}

function encodeOffsetFetchResponseGroup_topics(w: Writer, a: OffsetFetchResponseTopics[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopics(w, a[i]!, v);
}

function decodeOffsetFetchResponseGroup_topics(r: Reader, v: number): OffsetFetchResponseTopics[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchResponseGroup.topics');
  const a = new Array<OffsetFetchResponseTopics>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseTopics(r, v);
  return a;
}

function encodeOffsetFetchResponseTopics(w: Writer, m: OffsetFetchResponseTopics, v: number): void {
  w.compactString(m.name);
  encodeOffsetFetchResponseTopics_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  const m: OffsetFetchResponseTopics = {
    name: r.compactString(),
    partitions: decodeOffsetFetchResponseTopics_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeOffsetFetchResponseTopics_partitions(w: Writer, a: OffsetFetchResponsePartitions[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartitions(w, a[i]!, v);
}

function decodeOffsetFetchResponseTopics_partitions(r: Reader, v: number): OffsetFetchResponsePartitions[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchResponseTopics.partitions');
  const a = new Array<OffsetFetchResponsePartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponsePartitions(r, v);
  return a;
}

function encodeOffsetFetchResponsePartitions(w: Writer, m: OffsetFetchResponsePartitions, _v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch);
  w.compactString(m.metadata);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodeOffsetFetchResponsePartitions(r: Reader, _v: number): OffsetFetchResponsePartitions {
  const m: OffsetFetchResponsePartitions = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: r.int32(),
    metadata: r.compactNullableString(),
    errorCode: r.int16(),
  };
  r.taggedFields();
  return m;
}
