// Generated from Kafka's DeleteShareGroupStateRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteShareGroupState request (API key 86): deletes the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DeleteShareGroupStateRequest {
  groupId: string;
  topics: DeleteShareGroupStateRequestDeleteStateData[];
}

/** An entry of `DeleteShareGroupStateRequest.topics` (JSON `DeleteStateData`). */
export interface DeleteShareGroupStateRequestDeleteStateData {
  topicId: string;
  partitions: DeleteShareGroupStateRequestPartitionData[];
}

/** An entry of `DeleteShareGroupStateRequestDeleteStateData.partitions` (JSON `PartitionData`). */
export interface DeleteShareGroupStateRequestPartitionData {
  partition: number;
}

export const DeleteShareGroupStateRequest = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DeleteShareGroupStateRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DeleteShareGroupStateRequest', version, 0, 0);
    encodeDeleteShareGroupStateRequest(w, m, version);
  },
  decode(r: Reader, version: number): DeleteShareGroupStateRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DeleteShareGroupStateRequest', version, 0, 0);
    return decodeDeleteShareGroupStateRequest(r, version);
  },
} as const;

function encodeDeleteShareGroupStateRequest(w: Writer, m: DeleteShareGroupStateRequest, v: number): void {
  w.compactString(m.groupId);
  encodeDeleteShareGroupStateRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  const m: DeleteShareGroupStateRequest = {
    groupId: r.compactString(),
    topics: decodeDeleteShareGroupStateRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDeleteShareGroupStateRequest_topics(w: Writer, a: DeleteShareGroupStateRequestDeleteStateData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDeleteShareGroupStateRequestDeleteStateData(w, a[i]!, v);
}

function decodeDeleteShareGroupStateRequest_topics(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DeleteShareGroupStateRequest.topics');
  const a = new Array<DeleteShareGroupStateRequestDeleteStateData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteShareGroupStateRequestDeleteStateData(r, v);
  return a;
}

function encodeDeleteShareGroupStateRequestDeleteStateData(w: Writer, m: DeleteShareGroupStateRequestDeleteStateData, v: number): void {
  w.uuid(m.topicId);
  encodeDeleteShareGroupStateRequestDeleteStateData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateData {
  const m: DeleteShareGroupStateRequestDeleteStateData = {
    topicId: r.uuid(),
    partitions: decodeDeleteShareGroupStateRequestDeleteStateData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDeleteShareGroupStateRequestDeleteStateData_partitions(w: Writer, a: DeleteShareGroupStateRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDeleteShareGroupStateRequestPartitionData(w, a[i]!, v);
}

function decodeDeleteShareGroupStateRequestDeleteStateData_partitions(r: Reader, v: number): DeleteShareGroupStateRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DeleteShareGroupStateRequestDeleteStateData.partitions');
  const a = new Array<DeleteShareGroupStateRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteShareGroupStateRequestPartitionData(r, v);
  return a;
}

function encodeDeleteShareGroupStateRequestPartitionData(w: Writer, m: DeleteShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(m.partition);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateRequestPartitionData(r: Reader, _v: number): DeleteShareGroupStateRequestPartitionData {
  const m: DeleteShareGroupStateRequestPartitionData = {
    partition: r.int32(),
  };
  r.taggedFields();
  return m;
}
