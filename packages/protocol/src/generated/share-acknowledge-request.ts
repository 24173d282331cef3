// Generated from Kafka's ShareAcknowledgeRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareAcknowledge request (API key 79): acknowledges records delivered to a share-group member
 * (KIP-932).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareAcknowledgeRequest {
  groupId: string | null; // nullable, default null
  memberId: string | null; // nullable
  shareSessionEpoch: number;
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
}

/** An entry of `ShareAcknowledgeRequest.topics` (JSON `AcknowledgeTopic`). */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  topicId: string;
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
}

/** An entry of `ShareAcknowledgeRequestAcknowledgeTopic.partitions` (JSON `AcknowledgePartition`). */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  partitionIndex: number;
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
}

/** An entry of `ShareAcknowledgeRequestAcknowledgePartition.acknowledgementBatches` (JSON `AcknowledgementBatch`). */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

export const ShareAcknowledgeRequest = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareAcknowledgeRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareAcknowledgeRequest', version, 0, 0);
    encodeShareAcknowledgeRequest(w, m, version);
  },
  decode(r: Reader, version: number): ShareAcknowledgeRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareAcknowledgeRequest', version, 0, 0);
    return decodeShareAcknowledgeRequest(r, version);
  },
} as const;

function encodeShareAcknowledgeRequest(w: Writer, m: ShareAcknowledgeRequest, v: number): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.shareSessionEpoch);
  encodeShareAcknowledgeRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  const m: ShareAcknowledgeRequest = {
    groupId: r.compactNullableString(),
    memberId: r.compactNullableString(),
    shareSessionEpoch: r.int32(),
    topics: decodeShareAcknowledgeRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeRequest_topics(w: Writer, a: ShareAcknowledgeRequestAcknowledgeTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeRequestAcknowledgeTopic(w, a[i]!, v);
}

function decodeShareAcknowledgeRequest_topics(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeRequest.topics');
  const a = new Array<ShareAcknowledgeRequestAcknowledgeTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeRequestAcknowledgeTopic(r, v);
  return a;
}

function encodeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, m: ShareAcknowledgeRequestAcknowledgeTopic, v: number): void {
  w.uuid(m.topicId);
  encodeShareAcknowledgeRequestAcknowledgeTopic_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const m: ShareAcknowledgeRequestAcknowledgeTopic = {
    topicId: r.uuid(),
    partitions: decodeShareAcknowledgeRequestAcknowledgeTopic_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeRequestAcknowledgeTopic_partitions(w: Writer, a: ShareAcknowledgeRequestAcknowledgePartition[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeRequestAcknowledgePartition(w, a[i]!, v);
}

function decodeShareAcknowledgeRequestAcknowledgeTopic_partitions(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgePartition[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeRequestAcknowledgeTopic.partitions');
  const a = new Array<ShareAcknowledgeRequestAcknowledgePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeRequestAcknowledgePartition(r, v);
  return a;
}

function encodeShareAcknowledgeRequestAcknowledgePartition(w: Writer, m: ShareAcknowledgeRequestAcknowledgePartition, v: number): void {
  w.int32(m.partitionIndex);
  encodeShareAcknowledgeRequestAcknowledgePartition_acknowledgementBatches(w, m.acknowledgementBatches, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgePartition {
  const m: ShareAcknowledgeRequestAcknowledgePartition = {
    partitionIndex: r.int32(),
    acknowledgementBatches: decodeShareAcknowledgeRequestAcknowledgePartition_acknowledgementBatches(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeRequestAcknowledgePartition_acknowledgementBatches(w: Writer, a: ShareAcknowledgeRequestAcknowledgementBatch[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareAcknowledgeRequestAcknowledgementBatch(w, a[i]!, v);
}

function decodeShareAcknowledgeRequestAcknowledgePartition_acknowledgementBatches(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgementBatch[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeRequestAcknowledgePartition.acknowledgementBatches');
  const a = new Array<ShareAcknowledgeRequestAcknowledgementBatch>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareAcknowledgeRequestAcknowledgementBatch(r, v);
  return a;
}

function encodeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, m: ShareAcknowledgeRequestAcknowledgementBatch, v: number): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  encodeShareAcknowledgeRequestAcknowledgementBatch_acknowledgeTypes(w, m.acknowledgeTypes, v);
  w.uvarint(0);
}

function decodeShareAcknowledgeRequestAcknowledgementBatch(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const m: ShareAcknowledgeRequestAcknowledgementBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    acknowledgeTypes: decodeShareAcknowledgeRequestAcknowledgementBatch_acknowledgeTypes(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareAcknowledgeRequestAcknowledgementBatch_acknowledgeTypes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int8(a[i]!);
}

function decodeShareAcknowledgeRequestAcknowledgementBatch_acknowledgeTypes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareAcknowledgeRequestAcknowledgementBatch.acknowledgeTypes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int8();
  return a;
}
