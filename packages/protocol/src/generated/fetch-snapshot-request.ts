// Generated from Kafka's FetchSnapshotRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * FetchSnapshot request (API key 59): KRaft: fetches a chunk of a metadata snapshot from the
 * leader.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface FetchSnapshotRequest {
  clusterId?: string | null; // nullable, tag 0, default null
  replicaId: number; // default -1
  maxBytes: number; // default 2147483647
  topics: FetchSnapshotRequestTopicSnapshot[];
}

/** An entry of `FetchSnapshotRequest.topics` (JSON `TopicSnapshot`). */
export interface FetchSnapshotRequestTopicSnapshot {
  name: string;
  partitions: FetchSnapshotRequestPartitionSnapshot[];
}

/** An entry of `FetchSnapshotRequestTopicSnapshot.partitions` (JSON `PartitionSnapshot`). */
export interface FetchSnapshotRequestPartitionSnapshot {
  partition: number;
  currentLeaderEpoch: number;
  snapshotId: FetchSnapshotRequestSnapshotId;
  position: number;
  replicaDirectoryId?: string; // v1, tag 0
}

/** `FetchSnapshotRequestPartitionSnapshot.snapshotId` (JSON `SnapshotId`). */
export interface FetchSnapshotRequestSnapshotId {
  endOffset: number;
  epoch: number;
}

export const FetchSnapshotRequest = {
  apiKey: 59,
  name: 'FetchSnapshot',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: FetchSnapshotRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('FetchSnapshotRequest', version, 0, 1);
    encodeFetchSnapshotRequest(w, m, version);
  },
  decode(r: Reader, version: number): FetchSnapshotRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('FetchSnapshotRequest', version, 0, 1);
    return decodeFetchSnapshotRequest(r, version);
  },
} as const;

function encodeFetchSnapshotRequest(w: Writer, m: FetchSnapshotRequest, v: number): void {
  w.int32(m.replicaId);
  w.int32(m.maxBytes);
  encodeFetchSnapshotRequest_topics(w, m.topics, v);
  let tagCount = 0;
  const tag_clusterId = m.clusterId;
  const has_clusterId = tag_clusterId !== undefined && tag_clusterId !== null;
  if (has_clusterId) tagCount++;
  w.uvarint(tagCount);
  if (has_clusterId) {
    const tw = new Writer(64);
    tw.compactString(tag_clusterId);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  const m: FetchSnapshotRequest = {
    clusterId: null,
    replicaId: r.int32(),
    maxBytes: r.int32(),
    topics: decodeFetchSnapshotRequest_topics(r, v),
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0) m.clusterId = r.compactNullableString();
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchSnapshotRequest');
  }
  return m;
}

function encodeFetchSnapshotRequest_topics(w: Writer, a: FetchSnapshotRequestTopicSnapshot[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestTopicSnapshot(w, a[i]!, v);
}

function decodeFetchSnapshotRequest_topics(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchSnapshotRequest.topics');
  const a = new Array<FetchSnapshotRequestTopicSnapshot>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchSnapshotRequestTopicSnapshot(r, v);
  return a;
}

function encodeFetchSnapshotRequestTopicSnapshot(w: Writer, m: FetchSnapshotRequestTopicSnapshot, v: number): void {
  w.compactString(m.name);
  encodeFetchSnapshotRequestTopicSnapshot_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot {
  const m: FetchSnapshotRequestTopicSnapshot = {
    name: r.compactString(),
    partitions: decodeFetchSnapshotRequestTopicSnapshot_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeFetchSnapshotRequestTopicSnapshot_partitions(w: Writer, a: FetchSnapshotRequestPartitionSnapshot[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestPartitionSnapshot(w, a[i]!, v);
}

function decodeFetchSnapshotRequestTopicSnapshot_partitions(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchSnapshotRequestTopicSnapshot.partitions');
  const a = new Array<FetchSnapshotRequestPartitionSnapshot>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchSnapshotRequestPartitionSnapshot(r, v);
  return a;
}

function encodeFetchSnapshotRequestPartitionSnapshot(w: Writer, m: FetchSnapshotRequestPartitionSnapshot, v: number): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch);
  encodeFetchSnapshotRequestSnapshotId(w, m.snapshotId, v);
  w.int64(m.position);
  let tagCount = 0;
  const tag_replicaDirectoryId = m.replicaDirectoryId;
  const has_replicaDirectoryId = v === 1 && tag_replicaDirectoryId !== undefined && tag_replicaDirectoryId !== ZERO_UUID;
  if (has_replicaDirectoryId) tagCount++;
  w.uvarint(tagCount);
  if (has_replicaDirectoryId) {
    w.uvarint(0).uvarint(16);
    w.uuid(tag_replicaDirectoryId);
  }
}

function decodeFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot {
  const m: FetchSnapshotRequestPartitionSnapshot = {
    partition: r.int32(),
    currentLeaderEpoch: r.int32(),
    snapshotId: decodeFetchSnapshotRequestSnapshotId(r, v),
    position: r.int64(),
    replicaDirectoryId: ZERO_UUID,
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0 && v === 1) m.replicaDirectoryId = r.uuid();
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchSnapshotRequestPartitionSnapshot');
  }
  return m;
}

function encodeFetchSnapshotRequestSnapshotId(w: Writer, m: FetchSnapshotRequestSnapshotId, _v: number): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function decodeFetchSnapshotRequestSnapshotId(r: Reader, _v: number): FetchSnapshotRequestSnapshotId {
  const m: FetchSnapshotRequestSnapshotId = {
    endOffset: r.int64(),
    epoch: r.int32(),
  };
  r.taggedFields();
  return m;
}
