// Generated from Kafka's OffsetCommitRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetCommit request (API key 8): stores a consumer group's committed offsets with the group
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

export interface OffsetCommitRequest {
  groupId: string;
  generationIdOrMemberEpoch?: number; // v1+, default -1
  memberId?: string; // v1+
  groupInstanceId?: string | null; // v7+, nullable, default null
  retentionTimeMs?: number; // v2-v4, default -1
  topics: OffsetCommitRequestTopic[];
}

/** An entry of `OffsetCommitRequest.topics` (JSON `OffsetCommitRequestTopic`). */
export interface OffsetCommitRequestTopic {
  name: string;
  partitions: OffsetCommitRequestPartition[];
}

/** An entry of `OffsetCommitRequestTopic.partitions` (JSON `OffsetCommitRequestPartition`). */
export interface OffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number; // v6+, default -1
  commitTimestamp?: number; // v1, default -1
  committedMetadata: string | null; // nullable
}

export const OffsetCommitRequest = {
  apiKey: 8,
  name: 'OffsetCommit',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 8,
  encode(w: Writer, m: OffsetCommitRequest, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetCommitRequest', version, 0, 9);
    encodeOffsetCommitRequest(w, m, version);
  },
  decode(r: Reader, version: number): OffsetCommitRequest {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('OffsetCommitRequest', version, 0, 9);
    return decodeOffsetCommitRequest(r, version);
  },
} as const;

function encodeOffsetCommitRequest(w: Writer, m: OffsetCommitRequest, v: number): void {
  if (v >= 8) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  if (v >= 1) w.int32(m.generationIdOrMemberEpoch ?? -1);
  if (v >= 1) {
    const _memberId = m.memberId ?? '';
    if (v >= 8) {
      w.compactString(_memberId);
    } else {
      w.string(_memberId);
    }
  }
  if (v >= 7) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v >= 8) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v >= 2 && v <= 4) w.int64(m.retentionTimeMs ?? -1);
  encodeOffsetCommitRequest_topics(w, m.topics, v);
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const m: OffsetCommitRequest = {
    groupId: v >= 8 ? r.compactString() : r.string(),
    generationIdOrMemberEpoch: v >= 1 ? r.int32() : -1,
    memberId: v >= 1 ? (v >= 8 ? r.compactString() : r.string()) : '',
    groupInstanceId: v >= 7 ? (v >= 8 ? r.compactNullableString() : r.nullableString()) : null,
    retentionTimeMs: v >= 2 && v <= 4 ? r.int64() : -1,
    topics: decodeOffsetCommitRequest_topics(r, v),
  };
  if (v >= 8) r.taggedFields();
  return m;
}

function encodeOffsetCommitRequest_topics(w: Writer, a: OffsetCommitRequestTopic[], v: number): void {
  if (v >= 8) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopic(w, a[i]!, v);
  }
}

function decodeOffsetCommitRequest_topics(r: Reader, v: number): OffsetCommitRequestTopic[] {
  const n = v >= 8 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetCommitRequest.topics');
  const a = new Array<OffsetCommitRequestTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitRequestTopic(r, v);
  return a;
}

function encodeOffsetCommitRequestTopic(w: Writer, m: OffsetCommitRequestTopic, v: number): void {
  if (v >= 8) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeOffsetCommitRequestTopic_partitions(w, m.partitions, v);
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const m: OffsetCommitRequestTopic = {
    name: v >= 8 ? r.compactString() : r.string(),
    partitions: decodeOffsetCommitRequestTopic_partitions(r, v),
  };
  if (v >= 8) r.taggedFields();
  return m;
}

function encodeOffsetCommitRequestTopic_partitions(w: Writer, a: OffsetCommitRequestPartition[], v: number): void {
  if (v >= 8) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartition(w, a[i]!, v);
  }
}

function decodeOffsetCommitRequestTopic_partitions(r: Reader, v: number): OffsetCommitRequestPartition[] {
  const n = v >= 8 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetCommitRequestTopic.partitions');
  const a = new Array<OffsetCommitRequestPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitRequestPartition(r, v);
  return a;
}

function encodeOffsetCommitRequestPartition(w: Writer, m: OffsetCommitRequestPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 6) w.int32(m.committedLeaderEpoch ?? -1);
  if (v === 1) w.int64(m.commitTimestamp ?? -1);
  if (v >= 8) {
    w.compactString(m.committedMetadata);
  } else {
    w.string(m.committedMetadata);
  }
  if (v >= 8) w.uvarint(0);
}

function decodeOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const m: OffsetCommitRequestPartition = {
    partitionIndex: r.int32(),
    committedOffset: r.int64(),
    committedLeaderEpoch: v >= 6 ? r.int32() : -1,
    commitTimestamp: v === 1 ? r.int64() : -1,
    committedMetadata: v >= 8 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 8) r.taggedFields();
  return m;
}
