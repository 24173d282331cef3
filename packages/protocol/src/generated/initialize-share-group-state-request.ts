// Generated from Kafka's InitializeShareGroupStateRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * InitializeShareGroupState request (API key 83): initializes the persisted state of share
 * partitions (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface InitializeShareGroupStateRequest {
  groupId: string;
  topics: InitializeShareGroupStateRequestInitializeStateData[];
}

/** An entry of `InitializeShareGroupStateRequest.topics` (JSON `InitializeStateData`). */
export interface InitializeShareGroupStateRequestInitializeStateData {
  topicId: string;
  partitions: InitializeShareGroupStateRequestPartitionData[];
}

/** An entry of `InitializeShareGroupStateRequestInitializeStateData.partitions` (JSON `PartitionData`). */
export interface InitializeShareGroupStateRequestPartitionData {
  partition: number;
  stateEpoch: number;
  startOffset: number;
}

export const InitializeShareGroupStateRequest = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: InitializeShareGroupStateRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('InitializeShareGroupStateRequest', version, 0, 0);
    encodeInitializeShareGroupStateRequest(w, m, version);
  },
  decode(r: Reader, version: number): InitializeShareGroupStateRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('InitializeShareGroupStateRequest', version, 0, 0);
    return decodeInitializeShareGroupStateRequest(r, version);
  },
} as const;

function encodeInitializeShareGroupStateRequest(w: Writer, m: InitializeShareGroupStateRequest, v: number): void {
  w.compactString(m.groupId);
  encodeInitializeShareGroupStateRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  const m: InitializeShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: decodeInitializeShareGroupStateRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeInitializeShareGroupStateRequest_topics(w: Writer, a: InitializeShareGroupStateRequestInitializeStateData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeInitializeShareGroupStateRequestInitializeStateData(w, a[i]!, v);
}

function decodeInitializeShareGroupStateRequest_topics(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('InitializeShareGroupStateRequest.topics');
  const a = new Array<InitializeShareGroupStateRequestInitializeStateData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeInitializeShareGroupStateRequestInitializeStateData(r, v);
  return a;
}

function encodeInitializeShareGroupStateRequestInitializeStateData(w: Writer, m: InitializeShareGroupStateRequestInitializeStateData, v: number): void {
  w.uuid(m.topicId);
  encodeInitializeShareGroupStateRequestInitializeStateData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateData {
  const m: InitializeShareGroupStateRequestInitializeStateData = {
    topicId: r.uuid(),
    partitions: decodeInitializeShareGroupStateRequestInitializeStateData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeInitializeShareGroupStateRequestInitializeStateData_partitions(w: Writer, a: InitializeShareGroupStateRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeInitializeShareGroupStateRequestPartitionData(w, a[i]!, v);
}

function decodeInitializeShareGroupStateRequestInitializeStateData_partitions(r: Reader, v: number): InitializeShareGroupStateRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('InitializeShareGroupStateRequestInitializeStateData.partitions');
  const a = new Array<InitializeShareGroupStateRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeInitializeShareGroupStateRequestPartitionData(r, v);
  return a;
}

function encodeInitializeShareGroupStateRequestPartitionData(w: Writer, m: InitializeShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateRequestPartitionData(r: Reader, _v: number): InitializeShareGroupStateRequestPartitionData {
  const m: InitializeShareGroupStateRequestPartitionData = {
    partition: r.int32(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
  };
  r.taggedFields();
  return m;
}
