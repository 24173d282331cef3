// Generated from Kafka's ShareAcknowledgeResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareAcknowledge response (API key 79): acknowledges records delivered to a share-group member
 * (KIP-932).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareAcknowledgeResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
}

/** An entry of `ShareAcknowledgeResponse.responses` (JSON `ShareAcknowledgeTopicResponse`). */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  topicId: string;
  partitions: ShareAcknowledgeResponsePartitionData[];
}

/** An entry of `ShareAcknowledgeResponseShareAcknowledgeTopicResponse.partitions` (JSON `PartitionData`). */
export interface ShareAcknowledgeResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
}

/** `ShareAcknowledgeResponsePartitionData.currentLeader` (JSON `LeaderIdAndEpoch`). */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `ShareAcknowledgeResponse.nodeEndpoints` (JSON `NodeEndpoint`). */
export interface ShareAcknowledgeResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null; // nullable, default null
}

export const ShareAcknowledgeResponse = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareAcknowledgeResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareAcknowledgeResponse', version, 0, 0);
    encodeShareAcknowledgeResponse(w, m, version);
  },
  decode(r: Reader, version: number): ShareAcknowledgeResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareAcknowledgeResponse', version, 0, 0);
    return decodeShareAcknowledgeResponse(r, version);
  },
} as const;

function encodeShareAcknowledgeResponse(w: Writer, m: ShareAcknowledgeResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeShareAcknowledgeResponse_responses(w, m.responses, v);
  encodeShareAcknowledgeResponse_nodeEndpoints(w, m.nodeEndpoints, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  const m: ShareAcknowledgeResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: decodeShareAcknowledgeResponse_responses(r, v),
    nodeEndpoints: decodeShareAcknowledgeResponse_nodeEndpoints(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeResponse_responses(w: Writer, a: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, a[i]!, v);
}

function decodeShareAcknowledgeResponse_responses(r: Reader, v: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeResponse.responses');
  const a = new Array<ShareAcknowledgeResponseShareAcknowledgeTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, v);
  return a;
}

function encodeShareAcknowledgeResponse_nodeEndpoints(w: Writer, a: ShareAcknowledgeResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeResponseNodeEndpoint(w, a[i]!, v);
}

function decodeShareAcknowledgeResponse_nodeEndpoints(r: Reader, v: number): ShareAcknowledgeResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeResponse.nodeEndpoints');
  const a = new Array<ShareAcknowledgeResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeResponseNodeEndpoint(r, v);
  return a;
}

function encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, m: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, v: number): void {
  w.uuid(m.topicId);
  encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const m: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = {
    topicId: r.uuid(),
    partitions: decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse_partitions(w: Writer, a: ShareAcknowledgeResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeResponsePartitionData(w, a[i]!, v);
}

function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse_partitions(r: Reader, v: number): ShareAcknowledgeResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeResponseShareAcknowledgeTopicResponse.partitions');
  const a = new Array<ShareAcknowledgeResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeResponsePartitionData(r, v);
  return a;
}

function encodeShareAcknowledgeResponsePartitionData(w: Writer, m: ShareAcknowledgeResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeShareAcknowledgeResponseLeaderIdAndEpoch(w, m.currentLeader, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeResponsePartitionData(r: Reader, v: number): ShareAcknowledgeResponsePartitionData {
  const m: ShareAcknowledgeResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    currentLeader: decodeShareAcknowledgeResponseLeaderIdAndEpoch(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, m: ShareAcknowledgeResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, _v: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const m: ShareAcknowledgeResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeResponseNodeEndpoint(w: Writer, m: ShareAcknowledgeResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactString(m.rack);
  w.uvarint(0);
}

function decodeShareAcknowledgeResponseNodeEndpoint(r: Reader, _v: number): ShareAcknowledgeResponseNodeEndpoint {
  const m: ShareAcknowledgeResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
