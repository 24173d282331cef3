// Generated from Kafka's ShareFetchResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareFetch response (API key 78): fetches records for a share-group member, acquiring them
 * (KIP-932).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface ShareFetchResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
}

/** An entry of `ShareFetchResponse.responses` (JSON `ShareFetchableTopicResponse`). */
export interface ShareFetchResponseShareFetchableTopicResponse {
  topicId: string;
  partitions: ShareFetchResponsePartitionData[];
}

/** An entry of `ShareFetchResponseShareFetchableTopicResponse.partitions` (JSON `PartitionData`). */
export interface ShareFetchResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  acknowledgeErrorCode: number;
  acknowledgeErrorMessage: string | null; // nullable, default null
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  records: Buffer | null; // nullable
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
}

/** `ShareFetchResponsePartitionData.currentLeader` (JSON `LeaderIdAndEpoch`). */
export interface ShareFetchResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `ShareFetchResponsePartitionData.acquiredRecords` (JSON `AcquiredRecords`). */
export interface ShareFetchResponseAcquiredRecords {
  firstOffset: number;
  lastOffset: number;
  deliveryCount: number;
}

/** An entry of `ShareFetchResponse.nodeEndpoints` (JSON `NodeEndpoint`). */
export interface ShareFetchResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null; // nullable, default null
}

export const ShareFetchResponse = {
  apiKey: 78,
  name: 'ShareFetch',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<ShareFetchResponse>, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareFetchResponse', version, 0, 0);
    encodeShareFetchResponse(w, m as ShareFetchResponse, version);
  },
  decode(r: Reader, version: number): ShareFetchResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareFetchResponse', version, 0, 0);
    return decodeShareFetchResponse(r, version);
  },
} as const;

function encodeShareFetchResponse(w: Writer, m: ShareFetchResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeShareFetchResponse_responses(w, m.responses, v);
  encodeShareFetchResponse_nodeEndpoints(w, m.nodeEndpoints, v);
  w.uvarint(0);
}

function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  const m: ShareFetchResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: decodeShareFetchResponse_responses(r, v),
    nodeEndpoints: decodeShareFetchResponse_nodeEndpoints(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchResponse_responses(w: Writer, a: ShareFetchResponseShareFetchableTopicResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchResponseShareFetchableTopicResponse(w, a[i]!, v);
}

function decodeShareFetchResponse_responses(r: Reader, v: number): ShareFetchResponseShareFetchableTopicResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchResponse.responses');
  const a = new Array<ShareFetchResponseShareFetchableTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchResponseShareFetchableTopicResponse(r, v);
  return a;
}

function encodeShareFetchResponse_nodeEndpoints(w: Writer, a: ShareFetchResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchResponseNodeEndpoint(w, a[i]!, v);
}

function decodeShareFetchResponse_nodeEndpoints(r: Reader, v: number): ShareFetchResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchResponse.nodeEndpoints');
  const a = new Array<ShareFetchResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchResponseNodeEndpoint(r, v);
  return a;
}

function encodeShareFetchResponseShareFetchableTopicResponse(w: Writer, m: ShareFetchResponseShareFetchableTopicResponse, v: number): void {
  w.uuid(m.topicId);
  encodeShareFetchResponseShareFetchableTopicResponse_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareFetchResponseShareFetchableTopicResponse(r: Reader, v: number): ShareFetchResponseShareFetchableTopicResponse {
  const m: ShareFetchResponseShareFetchableTopicResponse = {
    topicId: r.uuid(),
    partitions: decodeShareFetchResponseShareFetchableTopicResponse_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchResponseShareFetchableTopicResponse_partitions(w: Writer, a: ShareFetchResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchResponsePartitionData(w, a[i]!, v);
}

function decodeShareFetchResponseShareFetchableTopicResponse_partitions(r: Reader, v: number): ShareFetchResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchResponseShareFetchableTopicResponse.partitions');
  const a = new Array<ShareFetchResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchResponsePartitionData(r, v);
  return a;
}

function encodeShareFetchResponsePartitionData(w: Writer, m: ShareFetchResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.int16(m.acknowledgeErrorCode);
  w.compactString(m.acknowledgeErrorMessage);
  encodeShareFetchResponseLeaderIdAndEpoch(w, m.currentLeader, v);
  w.compactBytes(m.records);
  encodeShareFetchResponsePartitionData_acquiredRecords(w, m.acquiredRecords, v);
  w.uvarint(0);
}

function decodeShareFetchResponsePartitionData(r: Reader, v: number): ShareFetchResponsePartitionData {
  const m: ShareFetchResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    acknowledgeErrorCode: r.int16(),
    acknowledgeErrorMessage: r.compactNullableString(),
    currentLeader: decodeShareFetchResponseLeaderIdAndEpoch(r, v),
    records: r.compactNullableBytes(),
    acquiredRecords: decodeShareFetchResponsePartitionData_acquiredRecords(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchResponsePartitionData_acquiredRecords(w: Writer, a: ShareFetchResponseAcquiredRecords[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchResponseAcquiredRecords(w, a[i]!, v);
}

function decodeShareFetchResponsePartitionData_acquiredRecords(r: Reader, v: number): ShareFetchResponseAcquiredRecords[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchResponsePartitionData.acquiredRecords');
  const a = new Array<ShareFetchResponseAcquiredRecords>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchResponseAcquiredRecords(r, v);
  return a;
}

function encodeShareFetchResponseLeaderIdAndEpoch(w: Writer, m: ShareFetchResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeShareFetchResponseLeaderIdAndEpoch(r: Reader, _v: number): ShareFetchResponseLeaderIdAndEpoch {
  const m: ShareFetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchResponseAcquiredRecords(w: Writer, m: ShareFetchResponseAcquiredRecords, _v: number): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function decodeShareFetchResponseAcquiredRecords(r: Reader, _v: number): ShareFetchResponseAcquiredRecords {
  const m: ShareFetchResponseAcquiredRecords = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryCount: r.int16(),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchResponseNodeEndpoint(w: Writer, m: ShareFetchResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactString(m.rack);
  w.uvarint(0);
}

function decodeShareFetchResponseNodeEndpoint(r: Reader, _v: number): ShareFetchResponseNodeEndpoint {
  const m: ShareFetchResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
