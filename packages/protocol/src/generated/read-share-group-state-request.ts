// Generated from Kafka's ReadShareGroupStateRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ReadShareGroupState request (API key 84): reads the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ReadShareGroupStateRequest {
  groupId: string;
  topics: ReadShareGroupStateRequestReadStateData[];
}

/** An entry of `ReadShareGroupStateRequest.topics` (JSON `ReadStateData`). */
export interface ReadShareGroupStateRequestReadStateData {
  topicId: string;
  partitions: ReadShareGroupStateRequestPartitionData[];
}

/** An entry of `ReadShareGroupStateRequestReadStateData.partitions` (JSON `PartitionData`). */
export interface ReadShareGroupStateRequestPartitionData {
  partition: number;
  leaderEpoch: number;
}

export const ReadShareGroupStateRequest = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ReadShareGroupStateRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateRequest', version, 0, 0);
    encodeReadShareGroupStateRequest(w, m, version);
  },
  decode(r: Reader, version: number): ReadShareGroupStateRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateRequest', version, 0, 0);
    return decodeReadShareGroupStateRequest(r, version);
  },
} as const;

function encodeReadShareGroupStateRequest(w: Writer, m: ReadShareGroupStateRequest, v: number): void {
  w.compactString(m.groupId);
  encodeReadShareGroupStateRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  const m: ReadShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: decodeReadShareGroupStateRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateRequest_topics(w: Writer, a: ReadShareGroupStateRequestReadStateData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateRequestReadStateData(w, a[i]!, v);
}

function decodeReadShareGroupStateRequest_topics(r: Reader, v: number): ReadShareGroupStateRequestReadStateData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateRequest.topics');
  const a = new Array<ReadShareGroupStateRequestReadStateData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateRequestReadStateData(r, v);
  return a;
}

function encodeReadShareGroupStateRequestReadStateData(w: Writer, m: ReadShareGroupStateRequestReadStateData, v: number): void {
  w.uuid(m.topicId);
  encodeReadShareGroupStateRequestReadStateData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateRequestReadStateData(r: Reader, v: number): ReadShareGroupStateRequestReadStateData {
  const m: ReadShareGroupStateRequestReadStateData = {
    topicId: r.uuid(),
    partitions: decodeReadShareGroupStateRequestReadStateData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateRequestReadStateData_partitions(w: Writer, a: ReadShareGroupStateRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateRequestPartitionData(w, a[i]!, v);
}

function decodeReadShareGroupStateRequestReadStateData_partitions(r: Reader, v: number): ReadShareGroupStateRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateRequestReadStateData.partitions');
  const a = new Array<ReadShareGroupStateRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateRequestPartitionData(r, v);
  return a;
}

function encodeReadShareGroupStateRequestPartitionData(w: Writer, m: ReadShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeReadShareGroupStateRequestPartitionData(r: Reader, _v: number): ReadShareGroupStateRequestPartitionData {
  const m: ReadShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}
