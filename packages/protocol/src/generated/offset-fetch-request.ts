// Generated from Kafka's OffsetFetchRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetFetch request (API key 9): reads a consumer group's committed offsets from the group
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
  nullValueError,
} from '../codegen/runtime.js';

export interface OffsetFetchRequest {
  groupId?: string; // v0-v7
  topics?: OffsetFetchRequestTopic[] | null; // v0-v7, nullable v2+
  groups?: OffsetFetchRequestGroup[]; // v8+
  requireStable?: boolean; // v7+
}

/** An entry of `OffsetFetchRequest.topics` (JSON `OffsetFetchRequestTopic`, v0-v7). */
export interface OffsetFetchRequestTopic {
  name: string;
  partitionIndexes: number[];
}

/** An entry of `OffsetFetchRequest.groups` (JSON `OffsetFetchRequestGroup`, v8+). */
export interface OffsetFetchRequestGroup {
  groupId: string;
  memberId?: string | null; // v9, nullable, default null
  memberEpoch?: number; // v9, default -1
  topics: OffsetFetchRequestTopics[] | null; // nullable
}

/** An entry of `OffsetFetchRequestGroup.topics` (JSON `OffsetFetchRequestTopics`, v8+). */
export interface OffsetFetchRequestTopics {
  name: string;
  partitionIndexes: number[];
}

export const OffsetFetchRequest = {
  apiKey: 9,
  name: 'OffsetFetch',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  encode(w: Writer, m: OffsetFetchRequest, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetFetchRequest', version, 0, 9);
    encodeOffsetFetchRequest(w, m, version);
  },
  decode(r: Reader, version: number): OffsetFetchRequest {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetFetchRequest', version, 0, 9);
    return decodeOffsetFetchRequest(r, version);
  },
} as const;

function encodeOffsetFetchRequest(w: Writer, m: OffsetFetchRequest, v: number): void {
  if (v <= 7) {
    const _groupId = m.groupId ?? '';
    if (v >= 6) {
      w.compactString(_groupId);
    } else {
      w.string(_groupId);
    }
  }
  if (v <= 7) {
    const _topics = m.topics === undefined ? [] : m.topics;
    encodeOffsetFetchRequest_topics(w, _topics, v);
  }
  if (v >= 8) {
    const _groups = m.groups ?? [];
    encodeOffsetFetchRequest_groups(w, _groups, v);
  }
  if (v >= 7) w.bool(m.requireStable ?? false);
  if (v >= 6) w.uvarint(0);
}

function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const m: OffsetFetchRequest = {
    groupId: v <= 7 ? (v >= 6 ? r.compactString() : r.string()) : '',
    topics: v <= 7 ? decodeOffsetFetchRequest_topics(r, v) : [],
    groups: v >= 8 ? decodeOffsetFetchRequest_groups(r, v) : [],
    requireStable: v >= 7 ? r.bool() : false,
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeOffsetFetchRequest_topics(w: Writer, a: OffsetFetchRequestTopic[] | null, v: number): void {
  if (a === null) {
    if (v < 2) throw nullValueError('OffsetFetchRequest.topics', v);
    if (v >= 6) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopic(w, a[i]!, v);
  }
}

function decodeOffsetFetchRequest_topics(r: Reader, v: number): OffsetFetchRequestTopic[] | null {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) {
    if (v >= 2) return null;
    throw nullArrayError('OffsetFetchRequest.topics');
  }
  const a = new Array<OffsetFetchRequestTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestTopic(r, v);
  return a;
}

function encodeOffsetFetchRequest_groups(w: Writer, a: OffsetFetchRequestGroup[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestGroup(w, a[i]!, v);
}

function decodeOffsetFetchRequest_groups(r: Reader, v: number): OffsetFetchRequestGroup[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchRequest.groups');
  const a = new Array<OffsetFetchRequestGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestGroup(r, v);
  return a;
}

function encodeOffsetFetchRequestTopic(w: Writer, m: OffsetFetchRequestTopic, v: number): void {
  if (v >= 6) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeOffsetFetchRequestTopic_partitionIndexes(w, m.partitionIndexes, v);
  if (v >= 6) w.uvarint(0);
}

function decodeOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const m: OffsetFetchRequestTopic = {
    name: v >= 6 ? r.compactString() : r.string(),
    partitionIndexes: decodeOffsetFetchRequestTopic_partitionIndexes(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeOffsetFetchRequestTopic_partitionIndexes(w: Writer, a: number[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeOffsetFetchRequestTopic_partitionIndexes(r: Reader, v: number): number[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchRequestTopic.partitionIndexes');
  const a = new Array<number>(n);
  if (v >= 6) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeOffsetFetchRequestGroup(w: Writer, m: OffsetFetchRequestGroup, v: number): void {
  w.compactString(m.groupId);
  if (v === 9) {
    const _memberId = m.memberId ?? null;
    w.compactString(_memberId);
  }
  if (v === 9) w.int32(m.memberEpoch ?? -1);
  encodeOffsetFetchRequestGroup_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  const m: OffsetFetchRequestGroup = {
    groupId: r.compactString(),
    memberId: v === 9 ? r.compactNullableString() : null,
    memberEpoch: v === 9 ? r.int32() : -1,
    topics: decodeOffsetFetchRequestGroup_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeOffsetFetchRequestGroup_topics(w: Writer, a: OffsetFetchRequestTopics[] | null, v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopics(w, a[i]!, v);
}

function decodeOffsetFetchRequestGroup_topics(r: Reader, v: number): OffsetFetchRequestTopics[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<OffsetFetchRequestTopics>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestTopics(r, v);
  return a;
}

function encodeOffsetFetchRequestTopics(w: Writer, m: OffsetFetchRequestTopics, v: number): void {
  w.compactString(m.name);
  encodeOffsetFetchRequestTopics_partitionIndexes(w, m.partitionIndexes, v);
  w.uvarint(0);
}

function decodeOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  const m: OffsetFetchRequestTopics = {
    name: r.compactString(),
    partitionIndexes: decodeOffsetFetchRequestTopics_partitionIndexes(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeOffsetFetchRequestTopics_partitionIndexes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeOffsetFetchRequestTopics_partitionIndexes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('OffsetFetchRequestTopics.partitionIndexes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
