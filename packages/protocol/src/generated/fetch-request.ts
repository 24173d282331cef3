// Generated from Kafka's FetchRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Fetch request (API key 1): reads record batches from partition logs; used by consumers and by
 * follower replicas, and may wait for data (min bytes / max wait).
 */
// v0-v17, flexible from v12

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface FetchRequest {
  clusterId?: string | null; // v12+, nullable, tag 0, default null
  replicaId?: number; // v0-v14, default -1
  replicaState?: FetchRequestReplicaState; // v15+, tag 1
  maxWaitMs: number;
  minBytes: number;
  maxBytes?: number; // v3+, default 2147483647
  isolationLevel?: number; // v4+
  sessionId?: number; // v7+
  sessionEpoch?: number; // v7+, default -1
  topics: FetchRequestFetchTopic[];
  forgottenTopicsData?: FetchRequestForgottenTopic[]; // v7+
  rackId?: string; // v11+
}

/** `FetchRequest.replicaState`, tagged (JSON `ReplicaState`, v15+). */
export interface FetchRequestReplicaState {
  replicaId: number; // default -1
  replicaEpoch: number; // default -1
}

/** An entry of `FetchRequest.topics` (JSON `FetchTopic`). */
export interface FetchRequestFetchTopic {
  topic?: string; // v0-v12
  topicId?: string; // v13+
  partitions: FetchRequestFetchPartition[];
}

/** An entry of `FetchRequestFetchTopic.partitions` (JSON `FetchPartition`). */
export interface FetchRequestFetchPartition {
  partition: number;
  currentLeaderEpoch?: number; // v9+, default -1
  fetchOffset: number;
  lastFetchedEpoch?: number; // v12+, default -1
  logStartOffset?: number; // v5+, default -1
  partitionMaxBytes: number;
  replicaDirectoryId?: string; // v17, tag 0
}

/** An entry of `FetchRequest.forgottenTopicsData` (JSON `ForgottenTopic`, v7+). */
export interface FetchRequestForgottenTopic {
  topic?: string; // v7-v12
  topicId?: string; // v13+
  partitions: number[];
}

export const FetchRequest = {
  apiKey: 1,
  name: 'Fetch',
  minVersion: 0,
  maxVersion: 17,
  flexibleFrom: 12,
  encode(w: Writer, m: FetchRequest, version: number): void {
    if (version < 0 || version > 17) throw new UnsupportedVersionError('FetchRequest', version, 0, 17);
    encodeFetchRequest(w, m, version);
  },
  decode(r: Reader, version: number): FetchRequest {
    if (version < 0 || version > 17) throw new UnsupportedVersionError('FetchRequest', version, 0, 17);
    return decodeFetchRequest(r, version);
  },
} as const;

function encodeFetchRequest(w: Writer, m: FetchRequest, v: number): void {
  if (v <= 14) w.int32(m.replicaId ?? -1);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  if (v >= 3) w.int32(m.maxBytes ?? 2147483647);
  if (v >= 4) w.int8(m.isolationLevel ?? 0);
  if (v >= 7) w.int32(m.sessionId ?? 0);
  if (v >= 7) w.int32(m.sessionEpoch ?? -1);
  encodeFetchRequest_topics(w, m.topics, v);
  if (v >= 7) {
    const _forgottenTopicsData = m.forgottenTopicsData ?? [];
    encodeFetchRequest_forgottenTopicsData(w, _forgottenTopicsData, v);
  }
  if (v >= 11) {
    const _rackId = m.rackId ?? '';
    if (v >= 12) {
      w.compactString(_rackId);
    } else {
      w.string(_rackId);
    }
  }
  if (v >= 12) {
    let tagCount = 0;
    const tag_clusterId = m.clusterId;
    const has_clusterId = tag_clusterId !== undefined && tag_clusterId !== null;
    if (has_clusterId) tagCount++;
    const tag_replicaState = m.replicaState;
    const has_replicaState = v >= 15 && tag_replicaState !== undefined && !isDefaultFetchRequestReplicaState(tag_replicaState);
    if (has_replicaState) tagCount++;
    w.uvarint(tagCount);
    if (has_clusterId) {
      const tw = new Writer(64);
      tw.compactString(tag_clusterId);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
    if (has_replicaState) {
      const tw = new Writer(64);
      encodeFetchRequestReplicaState(tw, tag_replicaState, v);
      const tb = tw.toBuffer();
      w.uvarint(1).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  const m: FetchRequest = {
    clusterId: null,
    replicaId: v <= 14 ? r.int32() : -1,
    replicaState: defaultFetchRequestReplicaState(),
    maxWaitMs: r.int32(),
    minBytes: r.int32(),
    maxBytes: v >= 3 ? r.int32() : 2147483647,
    isolationLevel: v >= 4 ? r.int8() : 0,
    sessionId: v >= 7 ? r.int32() : 0,
    sessionEpoch: v >= 7 ? r.int32() : -1,
    topics: decodeFetchRequest_topics(r, v),
    forgottenTopicsData: v >= 7 ? decodeFetchRequest_forgottenTopicsData(r, v) : [],
    rackId: v >= 11 ? (v >= 12 ? r.compactString() : r.string()) : '',
  };
  if (v >= 12) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.clusterId = r.compactNullableString();
      else if (tag === 1 && v >= 15) m.replicaState = decodeFetchRequestReplicaState(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchRequest');
    }
  }
  return m;
}

function encodeFetchRequest_topics(w: Writer, a: FetchRequestFetchTopic[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchRequestFetchTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchRequestFetchTopic(w, a[i]!, v);
  }
}

function decodeFetchRequest_topics(r: Reader, v: number): FetchRequestFetchTopic[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchRequest.topics');
  const a = new Array<FetchRequestFetchTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchRequestFetchTopic(r, v);
  return a;
}

function encodeFetchRequest_forgottenTopicsData(w: Writer, a: FetchRequestForgottenTopic[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchRequestForgottenTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchRequestForgottenTopic(w, a[i]!, v);
  }
}

function decodeFetchRequest_forgottenTopicsData(r: Reader, v: number): FetchRequestForgottenTopic[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchRequest.forgottenTopicsData');
  const a = new Array<FetchRequestForgottenTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchRequestForgottenTopic(r, v);
  return a;
}

function encodeFetchRequestReplicaState(w: Writer, m: FetchRequestReplicaState, _v: number): void {
  w.int32(m.replicaId);
  w.int64(m.replicaEpoch);
  w.uvarint(0);
}

function decodeFetchRequestReplicaState(r: Reader, _v: number): FetchRequestReplicaState {
  const m: FetchRequestReplicaState = {
    replicaId: r.int32(),
    replicaEpoch: r.int64(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchRequestFetchTopic(w: Writer, m: FetchRequestFetchTopic, v: number): void {
  if (v <= 12) {
    const _topic = m.topic ?? '';
    if (v === 12) {
      w.compactString(_topic);
    } else {
      w.string(_topic);
    }
  }
  if (v >= 13) w.uuid(m.topicId ?? ZERO_UUID);
  encodeFetchRequestFetchTopic_partitions(w, m.partitions, v);
  if (v >= 12) w.uvarint(0);
}

function decodeFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  const m: FetchRequestFetchTopic = {
    topic: v <= 12 ? (v === 12 ? r.compactString() : r.string()) : '',
    topicId: v >= 13 ? r.uuid() : ZERO_UUID,
    partitions: decodeFetchRequestFetchTopic_partitions(r, v),
  };
  if (v >= 12) r.taggedFields();
  return m;
}

function encodeFetchRequestFetchTopic_partitions(w: Writer, a: FetchRequestFetchPartition[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchRequestFetchPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchRequestFetchPartition(w, a[i]!, v);
  }
}

function decodeFetchRequestFetchTopic_partitions(r: Reader, v: number): FetchRequestFetchPartition[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchRequestFetchTopic.partitions');
  const a = new Array<FetchRequestFetchPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchRequestFetchPartition(r, v);
  return a;
}

function encodeFetchRequestFetchPartition(w: Writer, m: FetchRequestFetchPartition, v: number): void {
  w.int32(m.partition);
  if (v >= 9) w.int32(m.currentLeaderEpoch ?? -1);
  w.int64(m.fetchOffset);
  if (v >= 12) w.int32(m.lastFetchedEpoch ?? -1);
  if (v >= 5) w.int64(m.logStartOffset ?? -1);
  w.int32(m.partitionMaxBytes);
  if (v >= 12) {
    let tagCount = 0;
    const tag_replicaDirectoryId = m.replicaDirectoryId;
    const has_replicaDirectoryId = v === 17 && tag_replicaDirectoryId !== undefined && tag_replicaDirectoryId !== ZERO_UUID;
    if (has_replicaDirectoryId) tagCount++;
    w.uvarint(tagCount);
    if (has_replicaDirectoryId) {
      w.uvarint(0).uvarint(16);
      w.uuid(tag_replicaDirectoryId);
    }
  }
}

function decodeFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  const m: FetchRequestFetchPartition = {
    partition: r.int32(),
    currentLeaderEpoch: v >= 9 ? r.int32() : -1,
    fetchOffset: r.int64(),
    lastFetchedEpoch: v >= 12 ? r.int32() : -1,
    logStartOffset: v >= 5 ? r.int64() : -1,
    partitionMaxBytes: r.int32(),
    replicaDirectoryId: ZERO_UUID,
  };
  if (v >= 12) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0 && v === 17) m.replicaDirectoryId = r.uuid();
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchRequestFetchPartition');
    }
  }
  return m;
}

function encodeFetchRequestForgottenTopic(w: Writer, m: FetchRequestForgottenTopic, v: number): void {
  if (v <= 12) {
    const _topic = m.topic ?? '';
    if (v === 12) {
      w.compactString(_topic);
    } else {
      w.string(_topic);
    }
  }
  if (v >= 13) w.uuid(m.topicId ?? ZERO_UUID);
  encodeFetchRequestForgottenTopic_partitions(w, m.partitions, v);
  if (v >= 12) w.uvarint(0);
}

function decodeFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  const m: FetchRequestForgottenTopic = {
    topic: v <= 12 ? (v === 12 ? r.compactString() : r.string()) : '',
    topicId: v >= 13 ? r.uuid() : ZERO_UUID,
    partitions: decodeFetchRequestForgottenTopic_partitions(r, v),
  };
  if (v >= 12) r.taggedFields();
  return m;
}

function encodeFetchRequestForgottenTopic_partitions(w: Writer, a: number[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeFetchRequestForgottenTopic_partitions(r: Reader, v: number): number[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchRequestForgottenTopic.partitions');
  const a = new Array<number>(n);
  if (v >= 12) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1,
  };
}

function isDefaultFetchRequestReplicaState(x: FetchRequestReplicaState): boolean {
  return (
    x.replicaId === -1 &&
    x.replicaEpoch === -1
  );
}
