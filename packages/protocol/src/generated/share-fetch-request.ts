// Generated from Kafka's ShareFetchRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareFetch request (API key 78): fetches records for a share-group member, acquiring them
 * (KIP-932).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareFetchRequest {
  groupId: string | null; // nullable, default null
  memberId: string | null; // nullable
  shareSessionEpoch: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number; // default 2147483647
  topics: ShareFetchRequestFetchTopic[];
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
}

/** An entry of `ShareFetchRequest.topics` (JSON `FetchTopic`). */
export interface ShareFetchRequestFetchTopic {
  topicId: string;
  partitions: ShareFetchRequestFetchPartition[];
}

/** An entry of `ShareFetchRequestFetchTopic.partitions` (JSON `FetchPartition`). */
export interface ShareFetchRequestFetchPartition {
  partitionIndex: number;
  partitionMaxBytes: number;
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
}

/** An entry of `ShareFetchRequestFetchPartition.acknowledgementBatches` (JSON `AcknowledgementBatch`). */
export interface ShareFetchRequestAcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

/** An entry of `ShareFetchRequest.forgottenTopicsData` (JSON `ForgottenTopic`). */
export interface ShareFetchRequestForgottenTopic {
  topicId: string;
  partitions: number[];
}

export const ShareFetchRequest = {
  apiKey: 78,
  name: 'ShareFetch',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareFetchRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareFetchRequest', version, 0, 0);
    encodeShareFetchRequest(w, m, version);
  },
  decode(r: Reader, version: number): ShareFetchRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareFetchRequest', version, 0, 0);
    return decodeShareFetchRequest(r, version);
  },
} as const;

function encodeShareFetchRequest(w: Writer, m: ShareFetchRequest, v: number): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  encodeShareFetchRequest_topics(w, m.topics, v);
  encodeShareFetchRequest_forgottenTopicsData(w, m.forgottenTopicsData, v);
  w.uvarint(0);
}

function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  const m: ShareFetchRequest = {
    groupId: r.compactNullableString(),
    memberId: r.compactNullableString(),
    shareSessionEpoch: r.int32(),
    maxWaitMs: r.int32(),
    minBytes: r.int32(),
    maxBytes: r.int32(),
    topics: decodeShareFetchRequest_topics(r, v),
    forgottenTopicsData: decodeShareFetchRequest_forgottenTopicsData(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchRequest_topics(w: Writer, a: ShareFetchRequestFetchTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchRequestFetchTopic(w, a[i]!, v);
}

function decodeShareFetchRequest_topics(r: Reader, v: number): ShareFetchRequestFetchTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequest.topics');
  const a = new Array<ShareFetchRequestFetchTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchRequestFetchTopic(r, v);
  return a;
}

function encodeShareFetchRequest_forgottenTopicsData(w: Writer, a: ShareFetchRequestForgottenTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchRequestForgottenTopic(w, a[i]!, v);
}

function decodeShareFetchRequest_forgottenTopicsData(r: Reader, v: number): ShareFetchRequestForgottenTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequest.forgottenTopicsData');
  const a = new Array<ShareFetchRequestForgottenTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchRequestForgottenTopic(r, v);
  return a;
}

function encodeShareFetchRequestFetchTopic(w: Writer, m: ShareFetchRequestFetchTopic, v: number): void {
  w.uuid(m.topicId);
  encodeShareFetchRequestFetchTopic_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareFetchRequestFetchTopic(r: Reader, v: number): ShareFetchRequestFetchTopic {
  const m: ShareFetchRequestFetchTopic = {
    topicId: r.uuid(),
    partitions: decodeShareFetchRequestFetchTopic_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchRequestFetchTopic_partitions(w: Writer, a: ShareFetchRequestFetchPartition[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchRequestFetchPartition(w, a[i]!, v);
}

function decodeShareFetchRequestFetchTopic_partitions(r: Reader, v: number): ShareFetchRequestFetchPartition[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequestFetchTopic.partitions');
  const a = new Array<ShareFetchRequestFetchPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchRequestFetchPartition(r, v);
  return a;
}

function encodeShareFetchRequestFetchPartition(w: Writer, m: ShareFetchRequestFetchPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int32(m.partitionMaxBytes);
  encodeShareFetchRequestFetchPartition_acknowledgementBatches(w, m.acknowledgementBatches, v);
  w.uvarint(0);
}

function decodeShareFetchRequestFetchPartition(r: Reader, v: number): ShareFetchRequestFetchPartition {
  const m: ShareFetchRequestFetchPartition = {
    partitionIndex: r.int32(),
    partitionMaxBytes: r.int32(),
    acknowledgementBatches: decodeShareFetchRequestFetchPartition_acknowledgementBatches(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchRequestFetchPartition_acknowledgementBatches(w: Writer, a: ShareFetchRequestAcknowledgementBatch[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareFetchRequestAcknowledgementBatch(w, a[i]!, v);
}

function decodeShareFetchRequestFetchPartition_acknowledgementBatches(r: Reader, v: number): ShareFetchRequestAcknowledgementBatch[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequestFetchPartition.acknowledgementBatches');
  const a = new Array<ShareFetchRequestAcknowledgementBatch>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareFetchRequestAcknowledgementBatch(r, v);
  return a;
}

function encodeShareFetchRequestAcknowledgementBatch(w: Writer, m: ShareFetchRequestAcknowledgementBatch, v: number): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  encodeShareFetchRequestAcknowledgementBatch_acknowledgeTypes(w, m.acknowledgeTypes, v);
  w.uvarint(0);
}

function decodeShareFetchRequestAcknowledgementBatch(r: Reader, v: number): ShareFetchRequestAcknowledgementBatch {
  const m: ShareFetchRequestAcknowledgementBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    acknowledgeTypes: decodeShareFetchRequestAcknowledgementBatch_acknowledgeTypes(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchRequestAcknowledgementBatch_acknowledgeTypes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int8(a[i]!);
}

function decodeShareFetchRequestAcknowledgementBatch_acknowledgeTypes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequestAcknowledgementBatch.acknowledgeTypes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int8();
  return a;
}

function encodeShareFetchRequestForgottenTopic(w: Writer, m: ShareFetchRequestForgottenTopic, v: number): void {
  w.uuid(m.topicId);
  encodeShareFetchRequestForgottenTopic_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareFetchRequestForgottenTopic(r: Reader, v: number): ShareFetchRequestForgottenTopic {
  const m: ShareFetchRequestForgottenTopic = {
    topicId: r.uuid(),
    partitions: decodeShareFetchRequestForgottenTopic_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareFetchRequestForgottenTopic_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeShareFetchRequestForgottenTopic_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareFetchRequestForgottenTopic.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
