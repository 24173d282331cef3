// Generated from Kafka's FetchSnapshotResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * FetchSnapshot response (API key 59): KRaft: fetches a chunk of a metadata snapshot from the
 * leader.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  compactArrayLength,
  nullArrayError,
  nullValueError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
  type Encodable,
} from '../codegen/runtime.js';

export interface FetchSnapshotResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: FetchSnapshotResponseTopicSnapshot[];
  nodeEndpoints?: FetchSnapshotResponseNodeEndpoint[]; // v1, tag 0
}

/** An entry of `FetchSnapshotResponse.topics` (JSON `TopicSnapshot`). */
export interface FetchSnapshotResponseTopicSnapshot {
  name: string;
  partitions: FetchSnapshotResponsePartitionSnapshot[];
}

/** An entry of `FetchSnapshotResponseTopicSnapshot.partitions` (JSON `PartitionSnapshot`). */
export interface FetchSnapshotResponsePartitionSnapshot {
  index: number;
  errorCode: number;
  snapshotId: FetchSnapshotResponseSnapshotId;
  currentLeader?: FetchSnapshotResponseLeaderIdAndEpoch; // tag 0
  size: number;
  position: number;
  unalignedRecords: Buffer | null;
}

/** `FetchSnapshotResponsePartitionSnapshot.snapshotId` (JSON `SnapshotId`). */
export interface FetchSnapshotResponseSnapshotId {
  endOffset: number;
  epoch: number;
}

/** `FetchSnapshotResponsePartitionSnapshot.currentLeader`, tagged (JSON `LeaderIdAndEpoch`). */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `FetchSnapshotResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v1). */
export interface FetchSnapshotResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export const FetchSnapshotResponse = {
  apiKey: 59,
  name: 'FetchSnapshot',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<FetchSnapshotResponse>, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('FetchSnapshotResponse', version, 0, 1);
    encodeFetchSnapshotResponse(w, m as FetchSnapshotResponse, version);
  },
  decode(r: Reader, version: number): FetchSnapshotResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('FetchSnapshotResponse', version, 0, 1);
    return decodeFetchSnapshotResponse(r, version);
  },
} as const;

function encodeFetchSnapshotResponse(w: Writer, m: FetchSnapshotResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  encodeFetchSnapshotResponse_topics(w, m.topics, v);
  let tagCount = 0;
  const tag_nodeEndpoints = m.nodeEndpoints;
  const has_nodeEndpoints = v === 1 && tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
  if (has_nodeEndpoints) tagCount++;
  w.uvarint(tagCount);
  if (has_nodeEndpoints) {
    const tw = new Writer(64);
    encodeFetchSnapshotResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  const m: FetchSnapshotResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    topics: decodeFetchSnapshotResponse_topics(r, v),
    nodeEndpoints: [],
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0 && v === 1) m.nodeEndpoints = decodeFetchSnapshotResponse_nodeEndpoints(r, v);
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchSnapshotResponse');
  }
  return m;
}

function encodeFetchSnapshotResponse_topics(w: Writer, a: FetchSnapshotResponseTopicSnapshot[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponseTopicSnapshot(w, a[i]!, v);
}

function decodeFetchSnapshotResponse_topics(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchSnapshotResponse.topics');
  const a = new Array<FetchSnapshotResponseTopicSnapshot>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchSnapshotResponseTopicSnapshot(r, v);
  return a;
}

function encodeFetchSnapshotResponse_nodeEndpoints(w: Writer, a: FetchSnapshotResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponseNodeEndpoint(w, a[i]!, v);
}

function decodeFetchSnapshotResponse_nodeEndpoints(r: Reader, v: number): FetchSnapshotResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchSnapshotResponse.nodeEndpoints');
  const a = new Array<FetchSnapshotResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchSnapshotResponseNodeEndpoint(r, v);
  return a;
}

function encodeFetchSnapshotResponseTopicSnapshot(w: Writer, m: FetchSnapshotResponseTopicSnapshot, v: number): void {
  w.compactString(m.name);
  encodeFetchSnapshotResponseTopicSnapshot_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeFetchSnapshotResponseTopicSnapshot(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot {
  const m: FetchSnapshotResponseTopicSnapshot = {
    name: r.compactString(),
    partitions: decodeFetchSnapshotResponseTopicSnapshot_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeFetchSnapshotResponseTopicSnapshot_partitions(w: Writer, a: FetchSnapshotResponsePartitionSnapshot[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponsePartitionSnapshot(w, a[i]!, v);
}

function decodeFetchSnapshotResponseTopicSnapshot_partitions(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchSnapshotResponseTopicSnapshot.partitions');
  const a = new Array<FetchSnapshotResponsePartitionSnapshot>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchSnapshotResponsePartitionSnapshot(r, v);
  return a;
}

function encodeFetchSnapshotResponsePartitionSnapshot(w: Writer, m: FetchSnapshotResponsePartitionSnapshot, v: number): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  encodeFetchSnapshotResponseSnapshotId(w, m.snapshotId, v);
  w.int64(m.size);
  w.int64(m.position);
  if (m.unalignedRecords === null) throw nullValueError('FetchSnapshotResponsePartitionSnapshot.unalignedRecords', v);
  w.compactBytes(m.unalignedRecords);
  let tagCount = 0;
  const tag_currentLeader = m.currentLeader;
  const has_currentLeader = tag_currentLeader !== undefined && !isDefaultFetchSnapshotResponseLeaderIdAndEpoch(tag_currentLeader);
  if (has_currentLeader) tagCount++;
  w.uvarint(tagCount);
  if (has_currentLeader) {
    const tw = new Writer(64);
    encodeFetchSnapshotResponseLeaderIdAndEpoch(tw, tag_currentLeader, v);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot {
  const m: FetchSnapshotResponsePartitionSnapshot = {
    index: r.int32(),
    errorCode: r.int16(),
    snapshotId: decodeFetchSnapshotResponseSnapshotId(r, v),
    currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(),
    size: r.int64(),
    position: r.int64(),
    unalignedRecords: r.compactBytes(),
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0) m.currentLeader = decodeFetchSnapshotResponseLeaderIdAndEpoch(r, v);
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchSnapshotResponsePartitionSnapshot');
  }
  return m;
}

function encodeFetchSnapshotResponseSnapshotId(w: Writer, m: FetchSnapshotResponseSnapshotId, _v: number): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function decodeFetchSnapshotResponseSnapshotId(r: Reader, _v: number): FetchSnapshotResponseSnapshotId {
  const m: FetchSnapshotResponseSnapshotId = {
    endOffset: r.int64(),
    epoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, m: FetchSnapshotResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, _v: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const m: FetchSnapshotResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchSnapshotResponseNodeEndpoint(w: Writer, m: FetchSnapshotResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeFetchSnapshotResponseNodeEndpoint(r: Reader, _v: number): FetchSnapshotResponseNodeEndpoint {
  const m: FetchSnapshotResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}

function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(x: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return (
    x.leaderId === 0 &&
    x.leaderEpoch === 0
  );
}
