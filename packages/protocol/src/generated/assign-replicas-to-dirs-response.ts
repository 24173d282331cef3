// Generated from Kafka's AssignReplicasToDirsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AssignReplicasToDirs response (API key 73): a broker tells the controller which log directory
 * holds each replica.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AssignReplicasToDirsResponse {
  throttleTimeMs: number;
  errorCode: number;
  directories: AssignReplicasToDirsResponseDirectoryData[];
}

/** An entry of `AssignReplicasToDirsResponse.directories` (JSON `DirectoryData`). */
export interface AssignReplicasToDirsResponseDirectoryData {
  id: string;
  topics: AssignReplicasToDirsResponseTopicData[];
}

/** An entry of `AssignReplicasToDirsResponseDirectoryData.topics` (JSON `TopicData`). */
export interface AssignReplicasToDirsResponseTopicData {
  topicId: string;
  partitions: AssignReplicasToDirsResponsePartitionData[];
}

/** An entry of `AssignReplicasToDirsResponseTopicData.partitions` (JSON `PartitionData`). */
export interface AssignReplicasToDirsResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
}

export const AssignReplicasToDirsResponse = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AssignReplicasToDirsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AssignReplicasToDirsResponse', version, 0, 0);
    encodeAssignReplicasToDirsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AssignReplicasToDirsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AssignReplicasToDirsResponse', version, 0, 0);
    return decodeAssignReplicasToDirsResponse(r, version);
  },
} as const;

function encodeAssignReplicasToDirsResponse(w: Writer, m: AssignReplicasToDirsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  encodeAssignReplicasToDirsResponse_directories(w, m.directories, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  const m: AssignReplicasToDirsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    directories: decodeAssignReplicasToDirsResponse_directories(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsResponse_directories(w: Writer, a: AssignReplicasToDirsResponseDirectoryData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponseDirectoryData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsResponse_directories(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsResponse.directories');
  const a = new Array<AssignReplicasToDirsResponseDirectoryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsResponseDirectoryData(r, v);
  return a;
}

function encodeAssignReplicasToDirsResponseDirectoryData(w: Writer, m: AssignReplicasToDirsResponseDirectoryData, v: number): void {
  w.uuid(m.id);
  encodeAssignReplicasToDirsResponseDirectoryData_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData {
  const m: AssignReplicasToDirsResponseDirectoryData = {
    id: r.uuid(),
    topics: decodeAssignReplicasToDirsResponseDirectoryData_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsResponseDirectoryData_topics(w: Writer, a: AssignReplicasToDirsResponseTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponseTopicData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsResponseDirectoryData_topics(r: Reader, v: number): AssignReplicasToDirsResponseTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsResponseDirectoryData.topics');
  const a = new Array<AssignReplicasToDirsResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsResponseTopicData(r, v);
  return a;
}

function encodeAssignReplicasToDirsResponseTopicData(w: Writer, m: AssignReplicasToDirsResponseTopicData, v: number): void {
  w.uuid(m.topicId);
  encodeAssignReplicasToDirsResponseTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsResponseTopicData(r: Reader, v: number): AssignReplicasToDirsResponseTopicData {
  const m: AssignReplicasToDirsResponseTopicData = {
    topicId: r.uuid(),
    partitions: decodeAssignReplicasToDirsResponseTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsResponseTopicData_partitions(w: Writer, a: AssignReplicasToDirsResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponsePartitionData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsResponseTopicData_partitions(r: Reader, v: number): AssignReplicasToDirsResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsResponseTopicData.partitions');
  const a = new Array<AssignReplicasToDirsResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsResponsePartitionData(r, v);
  return a;
}

function encodeAssignReplicasToDirsResponsePartitionData(w: Writer, m: AssignReplicasToDirsResponsePartitionData, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsResponsePartitionData(r: Reader, _v: number): AssignReplicasToDirsResponsePartitionData {
  const m: AssignReplicasToDirsResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  r.taggedFields();
  return m;
}
