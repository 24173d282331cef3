// Generated from Kafka's FetchResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Fetch response (API key 1): reads record batches from partition logs; used by consumers and by
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
  type Encodable,
} from '../codegen/runtime.js';

export interface FetchResponse {
  throttleTimeMs?: number; // v1+
  errorCode?: number; // v7+
  sessionId?: number; // v7+
  responses: FetchResponseFetchableTopicResponse[];
  nodeEndpoints?: FetchResponseNodeEndpoint[]; // v16+, tag 0
}

/** An entry of `FetchResponse.responses` (JSON `FetchableTopicResponse`). */
export interface FetchResponseFetchableTopicResponse {
  topic?: string; // v0-v12
  topicId?: string; // v13+
  partitions: FetchResponsePartitionData[];
}

/** An entry of `FetchResponseFetchableTopicResponse.partitions` (JSON `PartitionData`). */
export interface FetchResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  highWatermark: number;
  lastStableOffset?: number; // v4+, default -1
  logStartOffset?: number; // v5+, default -1
  divergingEpoch?: FetchResponseEpochEndOffset; // v12+, tag 0
  currentLeader?: FetchResponseLeaderIdAndEpoch; // v12+, tag 1
  snapshotId?: FetchResponseSnapshotId; // v12+, tag 2
  abortedTransactions?: FetchResponseAbortedTransaction[] | null; // v4+, nullable
  preferredReadReplica?: number; // v11+, default -1
  records: Buffer | null; // nullable
}

/** `FetchResponsePartitionData.divergingEpoch`, tagged (JSON `EpochEndOffset`, v12+). */
export interface FetchResponseEpochEndOffset {
  epoch: number; // default -1
  endOffset: number; // default -1
}

/** `FetchResponsePartitionData.currentLeader`, tagged (JSON `LeaderIdAndEpoch`, v12+). */
export interface FetchResponseLeaderIdAndEpoch {
  leaderId: number; // default -1
  leaderEpoch: number; // default -1
}

/** `FetchResponsePartitionData.snapshotId`, tagged (JSON `SnapshotId`, v12+). */
export interface FetchResponseSnapshotId {
  endOffset: number; // default -1
  epoch: number; // default -1
}

/** An entry of `FetchResponsePartitionData.abortedTransactions` (JSON `AbortedTransaction`, v4+). */
export interface FetchResponseAbortedTransaction {
  producerId: number;
  firstOffset: number;
}

/** An entry of `FetchResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v16+). */
export interface FetchResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null; // nullable, default null
}

export const FetchResponse = {
  apiKey: 1,
  name: 'Fetch',
  minVersion: 0,
  maxVersion: 17,
  flexibleFrom: 12,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<FetchResponse>, version: number): void {
    if (version < 0 || version > 17) throw new UnsupportedVersionError('FetchResponse', version, 0, 17);
    encodeFetchResponse(w, m as FetchResponse, version);
  },
  decode(r: Reader, version: number): FetchResponse {
    if (version < 0 || version > 17) throw new UnsupportedVersionError('FetchResponse', version, 0, 17);
    return decodeFetchResponse(r, version);
  },
} as const;

function encodeFetchResponse(w: Writer, m: FetchResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  if (v >= 7) w.int16(m.errorCode ?? 0);
  if (v >= 7) w.int32(m.sessionId ?? 0);
  encodeFetchResponse_responses(w, m.responses, v);
  if (v >= 12) {
    let tagCount = 0;
    const tag_nodeEndpoints = m.nodeEndpoints;
    const has_nodeEndpoints = v >= 16 && tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
    if (has_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (has_nodeEndpoints) {
      const tw = new Writer(64);
      encodeFetchResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  const m: FetchResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: v >= 7 ? r.int16() : 0,
    sessionId: v >= 7 ? r.int32() : 0,
    responses: decodeFetchResponse_responses(r, v),
    nodeEndpoints: [],
  };
  if (v >= 12) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0 && v >= 16) m.nodeEndpoints = decodeFetchResponse_nodeEndpoints(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchResponse');
    }
  }
  return m;
}

function encodeFetchResponse_responses(w: Writer, a: FetchResponseFetchableTopicResponse[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchResponseFetchableTopicResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchResponseFetchableTopicResponse(w, a[i]!, v);
  }
}

function decodeFetchResponse_responses(r: Reader, v: number): FetchResponseFetchableTopicResponse[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchResponse.responses');
  const a = new Array<FetchResponseFetchableTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchResponseFetchableTopicResponse(r, v);
  return a;
}

function encodeFetchResponse_nodeEndpoints(w: Writer, a: FetchResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFetchResponseNodeEndpoint(w, a[i]!, v);
}

function decodeFetchResponse_nodeEndpoints(r: Reader, v: number): FetchResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FetchResponse.nodeEndpoints');
  const a = new Array<FetchResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchResponseNodeEndpoint(r, v);
  return a;
}

function encodeFetchResponseFetchableTopicResponse(w: Writer, m: FetchResponseFetchableTopicResponse, v: number): void {
  if (v <= 12) {
    const _topic = m.topic ?? '';
    if (v === 12) {
      w.compactString(_topic);
    } else {
      w.string(_topic);
    }
  }
  if (v >= 13) w.uuid(m.topicId ?? ZERO_UUID);
  encodeFetchResponseFetchableTopicResponse_partitions(w, m.partitions, v);
  if (v >= 12) w.uvarint(0);
}

function decodeFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  const m: FetchResponseFetchableTopicResponse = {
    topic: v <= 12 ? (v === 12 ? r.compactString() : r.string()) : '',
    topicId: v >= 13 ? r.uuid() : ZERO_UUID,
    partitions: decodeFetchResponseFetchableTopicResponse_partitions(r, v),
  };
  if (v >= 12) r.taggedFields();
  return m;
}

function encodeFetchResponseFetchableTopicResponse_partitions(w: Writer, a: FetchResponsePartitionData[], v: number): void {
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchResponsePartitionData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchResponsePartitionData(w, a[i]!, v);
  }
}

function decodeFetchResponseFetchableTopicResponse_partitions(r: Reader, v: number): FetchResponsePartitionData[] {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('FetchResponseFetchableTopicResponse.partitions');
  const a = new Array<FetchResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchResponsePartitionData(r, v);
  return a;
}

function encodeFetchResponsePartitionData(w: Writer, m: FetchResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (v >= 4) w.int64(m.lastStableOffset ?? -1);
  if (v >= 5) w.int64(m.logStartOffset ?? -1);
  if (v >= 4) {
    const _abortedTransactions = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    encodeFetchResponsePartitionData_abortedTransactions(w, _abortedTransactions, v);
  }
  if (v >= 11) w.int32(m.preferredReadReplica ?? -1);
  if (v >= 12) {
    w.compactBytes(m.records);
  } else {
    w.bytes(m.records);
  }
  if (v >= 12) {
    let tagCount = 0;
    const tag_divergingEpoch = m.divergingEpoch;
    const has_divergingEpoch = tag_divergingEpoch !== undefined && !isDefaultFetchResponseEpochEndOffset(tag_divergingEpoch);
    if (has_divergingEpoch) tagCount++;
    const tag_currentLeader = m.currentLeader;
    const has_currentLeader = tag_currentLeader !== undefined && !isDefaultFetchResponseLeaderIdAndEpoch(tag_currentLeader);
    if (has_currentLeader) tagCount++;
    const tag_snapshotId = m.snapshotId;
    const has_snapshotId = tag_snapshotId !== undefined && !isDefaultFetchResponseSnapshotId(tag_snapshotId);
    if (has_snapshotId) tagCount++;
    w.uvarint(tagCount);
    if (has_divergingEpoch) {
      const tw = new Writer(64);
      encodeFetchResponseEpochEndOffset(tw, tag_divergingEpoch, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
    if (has_currentLeader) {
      const tw = new Writer(64);
      encodeFetchResponseLeaderIdAndEpoch(tw, tag_currentLeader, v);
      const tb = tw.toBuffer();
      w.uvarint(1).uvarint(tb.length).raw(tb);
    }
    if (has_snapshotId) {
      const tw = new Writer(64);
      encodeFetchResponseSnapshotId(tw, tag_snapshotId, v);
      const tb = tw.toBuffer();
      w.uvarint(2).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  const m: FetchResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    highWatermark: r.int64(),
    lastStableOffset: v >= 4 ? r.int64() : -1,
    logStartOffset: v >= 5 ? r.int64() : -1,
    divergingEpoch: defaultFetchResponseEpochEndOffset(),
    currentLeader: defaultFetchResponseLeaderIdAndEpoch(),
    snapshotId: defaultFetchResponseSnapshotId(),
    abortedTransactions: v >= 4 ? decodeFetchResponsePartitionData_abortedTransactions(r, v) : [],
    preferredReadReplica: v >= 11 ? r.int32() : -1,
    records: v >= 12 ? r.compactNullableBytes() : r.nullableBytes(),
  };
  if (v >= 12) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.divergingEpoch = decodeFetchResponseEpochEndOffset(r, v);
      else if (tag === 1) m.currentLeader = decodeFetchResponseLeaderIdAndEpoch(r, v);
      else if (tag === 2) m.snapshotId = decodeFetchResponseSnapshotId(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'FetchResponsePartitionData');
    }
  }
  return m;
}

function encodeFetchResponsePartitionData_abortedTransactions(w: Writer, a: FetchResponseAbortedTransaction[] | null, v: number): void {
  if (a === null) {
    if (v >= 12) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 12) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeFetchResponseAbortedTransaction(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchResponseAbortedTransaction(w, a[i]!, v);
  }
}

function decodeFetchResponsePartitionData_abortedTransactions(r: Reader, v: number): FetchResponseAbortedTransaction[] | null {
  const n = v >= 12 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<FetchResponseAbortedTransaction>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFetchResponseAbortedTransaction(r, v);
  return a;
}

function encodeFetchResponseEpochEndOffset(w: Writer, m: FetchResponseEpochEndOffset, _v: number): void {
  w.int32(m.epoch);
  w.int64(m.endOffset);
  w.uvarint(0);
}

function decodeFetchResponseEpochEndOffset(r: Reader, _v: number): FetchResponseEpochEndOffset {
  const m: FetchResponseEpochEndOffset = {
    epoch: r.int32(),
    endOffset: r.int64(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchResponseLeaderIdAndEpoch(w: Writer, m: FetchResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeFetchResponseLeaderIdAndEpoch(r: Reader, _v: number): FetchResponseLeaderIdAndEpoch {
  const m: FetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchResponseSnapshotId(w: Writer, m: FetchResponseSnapshotId, _v: number): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function decodeFetchResponseSnapshotId(r: Reader, _v: number): FetchResponseSnapshotId {
  const m: FetchResponseSnapshotId = {
    endOffset: r.int64(),
    epoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeFetchResponseAbortedTransaction(w: Writer, m: FetchResponseAbortedTransaction, v: number): void {
  w.int64(m.producerId);
  w.int64(m.firstOffset);
  if (v >= 12) w.uvarint(0);
}

function decodeFetchResponseAbortedTransaction(r: Reader, v: number): FetchResponseAbortedTransaction {
  const m: FetchResponseAbortedTransaction = {
    producerId: r.int64(),
    firstOffset: r.int64(),
  };
  if (v >= 12) r.taggedFields();
  return m;
}

function encodeFetchResponseNodeEndpoint(w: Writer, m: FetchResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactString(m.rack);
  w.uvarint(0);
}

function decodeFetchResponseNodeEndpoint(r: Reader, _v: number): FetchResponseNodeEndpoint {
  const m: FetchResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}

function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1,
  };
}

function isDefaultFetchResponseEpochEndOffset(x: FetchResponseEpochEndOffset): boolean {
  return (
    x.epoch === -1 &&
    x.endOffset === -1
  );
}

function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultFetchResponseLeaderIdAndEpoch(x: FetchResponseLeaderIdAndEpoch): boolean {
  return (
    x.leaderId === -1 &&
    x.leaderEpoch === -1
  );
}

function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1,
    epoch: -1,
  };
}

function isDefaultFetchResponseSnapshotId(x: FetchResponseSnapshotId): boolean {
  return (
    x.endOffset === -1 &&
    x.epoch === -1
  );
}
