// Generated from Kafka's WriteShareGroupStateRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * WriteShareGroupState request (API key 85): writes the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface WriteShareGroupStateRequest {
  groupId: string;
  topics: WriteShareGroupStateRequestWriteStateData[];
}

/** An entry of `WriteShareGroupStateRequest.topics` (JSON `WriteStateData`). */
export interface WriteShareGroupStateRequestWriteStateData {
  topicId: string;
  partitions: WriteShareGroupStateRequestPartitionData[];
}

/** An entry of `WriteShareGroupStateRequestWriteStateData.partitions` (JSON `PartitionData`). */
export interface WriteShareGroupStateRequestPartitionData {
  partition: number;
  stateEpoch: number;
  leaderEpoch: number;
  startOffset: number;
  stateBatches: WriteShareGroupStateRequestStateBatch[];
}

/** An entry of `WriteShareGroupStateRequestPartitionData.stateBatches` (JSON `StateBatch`). */
export interface WriteShareGroupStateRequestStateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

export const WriteShareGroupStateRequest = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: WriteShareGroupStateRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('WriteShareGroupStateRequest', version, 0, 0);
    encodeWriteShareGroupStateRequest(w, m, version);
  },
  decode(r: Reader, version: number): WriteShareGroupStateRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('WriteShareGroupStateRequest', version, 0, 0);
    return decodeWriteShareGroupStateRequest(r, version);
  },
} as const;

function encodeWriteShareGroupStateRequest(w: Writer, m: WriteShareGroupStateRequest, v: number): void {
  w.compactString(m.groupId);
  encodeWriteShareGroupStateRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  const m: WriteShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: decodeWriteShareGroupStateRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeWriteShareGroupStateRequest_topics(w: Writer, a: WriteShareGroupStateRequestWriteStateData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeWriteShareGroupStateRequestWriteStateData(w, a[i]!, v);
}

function decodeWriteShareGroupStateRequest_topics(r: Reader, v: number): WriteShareGroupStateRequestWriteStateData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('WriteShareGroupStateRequest.topics');
  const a = new Array<WriteShareGroupStateRequestWriteStateData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteShareGroupStateRequestWriteStateData(r, v);
  return a;
}

function encodeWriteShareGroupStateRequestWriteStateData(w: Writer, m: WriteShareGroupStateRequestWriteStateData, v: number): void {
  w.uuid(m.topicId);
  encodeWriteShareGroupStateRequestWriteStateData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeWriteShareGroupStateRequestWriteStateData(r: Reader, v: number): WriteShareGroupStateRequestWriteStateData {
  const m: WriteShareGroupStateRequestWriteStateData = {
    topicId: r.uuid(),
    partitions: decodeWriteShareGroupStateRequestWriteStateData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeWriteShareGroupStateRequestWriteStateData_partitions(w: Writer, a: WriteShareGroupStateRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeWriteShareGroupStateRequestPartitionData(w, a[i]!, v);
}

function decodeWriteShareGroupStateRequestWriteStateData_partitions(r: Reader, v: number): WriteShareGroupStateRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('WriteShareGroupStateRequestWriteStateData.partitions');
  const a = new Array<WriteShareGroupStateRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteShareGroupStateRequestPartitionData(r, v);
  return a;
}

function encodeWriteShareGroupStateRequestPartitionData(w: Writer, m: WriteShareGroupStateRequestPartitionData, v: number): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int32(m.leaderEpoch);
  w.int64(m.startOffset);
  encodeWriteShareGroupStateRequestPartitionData_stateBatches(w, m.stateBatches, v);
  w.uvarint(0);
}

function decodeWriteShareGroupStateRequestPartitionData(r: Reader, v: number): WriteShareGroupStateRequestPartitionData {
  const m: WriteShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    stateEpoch: r.int32(),
    leaderEpoch: r.int32(),
    startOffset: r.int64(),
    stateBatches: decodeWriteShareGroupStateRequestPartitionData_stateBatches(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeWriteShareGroupStateRequestPartitionData_stateBatches(w: Writer, a: WriteShareGroupStateRequestStateBatch[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeWriteShareGroupStateRequestStateBatch(w, a[i]!, v);
}

function decodeWriteShareGroupStateRequestPartitionData_stateBatches(r: Reader, v: number): WriteShareGroupStateRequestStateBatch[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('WriteShareGroupStateRequestPartitionData.stateBatches');
  const a = new Array<WriteShareGroupStateRequestStateBatch>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteShareGroupStateRequestStateBatch(r, v);
  return a;
}

function encodeWriteShareGroupStateRequestStateBatch(w: Writer, m: WriteShareGroupStateRequestStateBatch, _v: number): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function decodeWriteShareGroupStateRequestStateBatch(r: Reader, _v: number): WriteShareGroupStateRequestStateBatch {
  const m: WriteShareGroupStateRequestStateBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryState: r.int8(),
    deliveryCount: r.int16(),
  };
  r.taggedFields();
  return m;
}
