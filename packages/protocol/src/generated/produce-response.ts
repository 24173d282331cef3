// Generated from Kafka's ProduceResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Produce response (API key 0): appends record batches to partition logs, waiting for the
 * requested acknowledgements.
 */
// v0-v11, flexible from v9

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface ProduceResponse {
  responses: ProduceResponseTopicProduceResponse[];
  throttleTimeMs?: number; // v1+
  nodeEndpoints?: ProduceResponseNodeEndpoint[]; // v10+, tag 0
}

/** An entry of `ProduceResponse.responses` (JSON `TopicProduceResponse`). */
export interface ProduceResponseTopicProduceResponse {
  name: string;
  partitionResponses: ProduceResponsePartitionProduceResponse[];
}

/** An entry of `ProduceResponseTopicProduceResponse.partitionResponses` (JSON `PartitionProduceResponse`). */
export interface ProduceResponsePartitionProduceResponse {
  index: number;
  errorCode: number;
  baseOffset: number;
  logAppendTimeMs?: number; // v2+, default -1
  logStartOffset?: number; // v5+, default -1
  recordErrors?: ProduceResponseBatchIndexAndErrorMessage[]; // v8+
  errorMessage?: string | null; // v8+, nullable, default null
  currentLeader?: ProduceResponseLeaderIdAndEpoch; // v10+, tag 0
}

/** An entry of `ProduceResponsePartitionProduceResponse.recordErrors` (JSON `BatchIndexAndErrorMessage`, v8+). */
export interface ProduceResponseBatchIndexAndErrorMessage {
  batchIndex: number;
  batchIndexErrorMessage: string | null; // nullable, default null
}

/** `ProduceResponsePartitionProduceResponse.currentLeader`, tagged (JSON `LeaderIdAndEpoch`, v10+). */
export interface ProduceResponseLeaderIdAndEpoch {
  leaderId: number; // default -1
  leaderEpoch: number; // default -1
}

/** An entry of `ProduceResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v10+). */
export interface ProduceResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null; // nullable, default null
}

export const ProduceResponse = {
  apiKey: 0,
  name: 'Produce',
  minVersion: 0,
  maxVersion: 11,
  flexibleFrom: 9,
  encode(w: Writer, m: ProduceResponse, version: number): void {
    if (version < 0 || version > 11) throw new UnsupportedVersionError('ProduceResponse', version, 0, 11);
    encodeProduceResponse(w, m, version);
  },
  decode(r: Reader, version: number): ProduceResponse {
    if (version < 0 || version > 11) throw new UnsupportedVersionError('ProduceResponse', version, 0, 11);
    return decodeProduceResponse(r, version);
  },
} as const;

function encodeProduceResponse(w: Writer, m: ProduceResponse, v: number): void {
  encodeProduceResponse_responses(w, m.responses, v);
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  if (v >= 9) {
    let tagCount = 0;
    const tag_nodeEndpoints = m.nodeEndpoints;
    const has_nodeEndpoints = v >= 10 && tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
    if (has_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (has_nodeEndpoints) {
      const tw = new Writer(64);
      encodeProduceResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  const m: ProduceResponse = {
    responses: decodeProduceResponse_responses(r, v),
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    nodeEndpoints: [],
  };
  if (v >= 9) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0 && v >= 10) m.nodeEndpoints = decodeProduceResponse_nodeEndpoints(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'ProduceResponse');
    }
  }
  return m;
}

function encodeProduceResponse_responses(w: Writer, a: ProduceResponseTopicProduceResponse[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeProduceResponseTopicProduceResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeProduceResponseTopicProduceResponse(w, a[i]!, v);
  }
}

function decodeProduceResponse_responses(r: Reader, v: number): ProduceResponseTopicProduceResponse[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ProduceResponse.responses');
  const a = new Array<ProduceResponseTopicProduceResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceResponseTopicProduceResponse(r, v);
  return a;
}

function encodeProduceResponse_nodeEndpoints(w: Writer, a: ProduceResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeProduceResponseNodeEndpoint(w, a[i]!, v);
}

function decodeProduceResponse_nodeEndpoints(r: Reader, v: number): ProduceResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ProduceResponse.nodeEndpoints');
  const a = new Array<ProduceResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceResponseNodeEndpoint(r, v);
  return a;
}

function encodeProduceResponseTopicProduceResponse(w: Writer, m: ProduceResponseTopicProduceResponse, v: number): void {
  if (v >= 9) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeProduceResponseTopicProduceResponse_partitionResponses(w, m.partitionResponses, v);
  if (v >= 9) w.uvarint(0);
}

function decodeProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  const m: ProduceResponseTopicProduceResponse = {
    name: v >= 9 ? r.compactString() : r.string(),
    partitionResponses: decodeProduceResponseTopicProduceResponse_partitionResponses(r, v),
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeProduceResponseTopicProduceResponse_partitionResponses(w: Writer, a: ProduceResponsePartitionProduceResponse[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeProduceResponsePartitionProduceResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeProduceResponsePartitionProduceResponse(w, a[i]!, v);
  }
}

function decodeProduceResponseTopicProduceResponse_partitionResponses(r: Reader, v: number): ProduceResponsePartitionProduceResponse[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ProduceResponseTopicProduceResponse.partitionResponses');
  const a = new Array<ProduceResponsePartitionProduceResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceResponsePartitionProduceResponse(r, v);
  return a;
}

function encodeProduceResponsePartitionProduceResponse(w: Writer, m: ProduceResponsePartitionProduceResponse, v: number): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (v >= 2) w.int64(m.logAppendTimeMs ?? -1);
  if (v >= 5) w.int64(m.logStartOffset ?? -1);
  if (v >= 8) {
    const _recordErrors = m.recordErrors ?? [];
    encodeProduceResponsePartitionProduceResponse_recordErrors(w, _recordErrors, v);
  }
  if (v >= 8) {
    const _errorMessage = m.errorMessage ?? null;
    if (v >= 9) {
      w.compactString(_errorMessage);
    } else {
      w.string(_errorMessage);
    }
  }
  if (v >= 9) {
    let tagCount = 0;
    const tag_currentLeader = m.currentLeader;
    const has_currentLeader = v >= 10 && tag_currentLeader !== undefined && !isDefaultProduceResponseLeaderIdAndEpoch(tag_currentLeader);
    if (has_currentLeader) tagCount++;
    w.uvarint(tagCount);
    if (has_currentLeader) {
      const tw = new Writer(64);
      encodeProduceResponseLeaderIdAndEpoch(tw, tag_currentLeader, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  const m: ProduceResponsePartitionProduceResponse = {
    index: r.int32(),
    errorCode: r.int16(),
    baseOffset: r.int64(),
    logAppendTimeMs: v >= 2 ? r.int64() : -1,
    logStartOffset: v >= 5 ? r.int64() : -1,
    recordErrors: v >= 8 ? decodeProduceResponsePartitionProduceResponse_recordErrors(r, v) : [],
    errorMessage: v >= 8 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null,
    currentLeader: defaultProduceResponseLeaderIdAndEpoch(),
  };
  if (v >= 9) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0 && v >= 10) m.currentLeader = decodeProduceResponseLeaderIdAndEpoch(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'ProduceResponsePartitionProduceResponse');
    }
  }
  return m;
}

function encodeProduceResponsePartitionProduceResponse_recordErrors(w: Writer, a: ProduceResponseBatchIndexAndErrorMessage[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeProduceResponseBatchIndexAndErrorMessage(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeProduceResponseBatchIndexAndErrorMessage(w, a[i]!, v);
  }
}

function decodeProduceResponsePartitionProduceResponse_recordErrors(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ProduceResponsePartitionProduceResponse.recordErrors');
  const a = new Array<ProduceResponseBatchIndexAndErrorMessage>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceResponseBatchIndexAndErrorMessage(r, v);
  return a;
}

function encodeProduceResponseBatchIndexAndErrorMessage(w: Writer, m: ProduceResponseBatchIndexAndErrorMessage, v: number): void {
  w.int32(m.batchIndex);
  if (v >= 9) {
    w.compactString(m.batchIndexErrorMessage);
  } else {
    w.string(m.batchIndexErrorMessage);
  }
  if (v >= 9) w.uvarint(0);
}

function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage {
  const m: ProduceResponseBatchIndexAndErrorMessage = {
    batchIndex: r.int32(),
    batchIndexErrorMessage: v >= 9 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeProduceResponseLeaderIdAndEpoch(w: Writer, m: ProduceResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeProduceResponseLeaderIdAndEpoch(r: Reader, _v: number): ProduceResponseLeaderIdAndEpoch {
  const m: ProduceResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeProduceResponseNodeEndpoint(w: Writer, m: ProduceResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactString(m.rack);
  w.uvarint(0);
}

function decodeProduceResponseNodeEndpoint(r: Reader, _v: number): ProduceResponseNodeEndpoint {
  const m: ProduceResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}

function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultProduceResponseLeaderIdAndEpoch(x: ProduceResponseLeaderIdAndEpoch): boolean {
  return (
    x.leaderId === -1 &&
    x.leaderEpoch === -1
  );
}
