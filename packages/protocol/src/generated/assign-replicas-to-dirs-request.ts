// Generated from Kafka's AssignReplicasToDirsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AssignReplicasToDirs request (API key 73): a broker tells the controller which log directory
 * holds each replica.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AssignReplicasToDirsRequest {
  brokerId: number;
  brokerEpoch: number; // default -1
  directories: AssignReplicasToDirsRequestDirectoryData[];
}

/** An entry of `AssignReplicasToDirsRequest.directories` (JSON `DirectoryData`). */
export interface AssignReplicasToDirsRequestDirectoryData {
  id: string;
  topics: AssignReplicasToDirsRequestTopicData[];
}

/** An entry of `AssignReplicasToDirsRequestDirectoryData.topics` (JSON `TopicData`). */
export interface AssignReplicasToDirsRequestTopicData {
  topicId: string;
  partitions: AssignReplicasToDirsRequestPartitionData[];
}

/** An entry of `AssignReplicasToDirsRequestTopicData.partitions` (JSON `PartitionData`). */
export interface AssignReplicasToDirsRequestPartitionData {
  partitionIndex: number;
}

export const AssignReplicasToDirsRequest = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AssignReplicasToDirsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AssignReplicasToDirsRequest', version, 0, 0);
    encodeAssignReplicasToDirsRequest(w, m, version);
  },
  decode(r: Reader, version: number): AssignReplicasToDirsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AssignReplicasToDirsRequest', version, 0, 0);
    return decodeAssignReplicasToDirsRequest(r, version);
  },
} as const;

function encodeAssignReplicasToDirsRequest(w: Writer, m: AssignReplicasToDirsRequest, v: number): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  encodeAssignReplicasToDirsRequest_directories(w, m.directories, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  const m: AssignReplicasToDirsRequest = {
    brokerId: r.int32(),
    brokerEpoch: r.int64(),
    directories: decodeAssignReplicasToDirsRequest_directories(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsRequest_directories(w: Writer, a: AssignReplicasToDirsRequestDirectoryData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestDirectoryData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsRequest_directories(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsRequest.directories');
  const a = new Array<AssignReplicasToDirsRequestDirectoryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsRequestDirectoryData(r, v);
  return a;
}

function encodeAssignReplicasToDirsRequestDirectoryData(w: Writer, m: AssignReplicasToDirsRequestDirectoryData, v: number): void {
  w.uuid(m.id);
  encodeAssignReplicasToDirsRequestDirectoryData_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData {
  const m: AssignReplicasToDirsRequestDirectoryData = {
    id: r.uuid(),
    topics: decodeAssignReplicasToDirsRequestDirectoryData_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsRequestDirectoryData_topics(w: Writer, a: AssignReplicasToDirsRequestTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestTopicData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsRequestDirectoryData_topics(r: Reader, v: number): AssignReplicasToDirsRequestTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsRequestDirectoryData.topics');
  const a = new Array<AssignReplicasToDirsRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsRequestTopicData(r, v);
  return a;
}

function encodeAssignReplicasToDirsRequestTopicData(w: Writer, m: AssignReplicasToDirsRequestTopicData, v: number): void {
  w.uuid(m.topicId);
  encodeAssignReplicasToDirsRequestTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicData {
  const m: AssignReplicasToDirsRequestTopicData = {
    topicId: r.uuid(),
    partitions: decodeAssignReplicasToDirsRequestTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAssignReplicasToDirsRequestTopicData_partitions(w: Writer, a: AssignReplicasToDirsRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestPartitionData(w, a[i]!, v);
}

function decodeAssignReplicasToDirsRequestTopicData_partitions(r: Reader, v: number): AssignReplicasToDirsRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AssignReplicasToDirsRequestTopicData.partitions');
  const a = new Array<AssignReplicasToDirsRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAssignReplicasToDirsRequestPartitionData(r, v);
  return a;
}

function encodeAssignReplicasToDirsRequestPartitionData(w: Writer, m: AssignReplicasToDirsRequestPartitionData, _v: number): void {
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function decodeAssignReplicasToDirsRequestPartitionData(r: Reader, _v: number): AssignReplicasToDirsRequestPartitionData {
  const m: AssignReplicasToDirsRequestPartitionData = {
    partitionIndex: r.int32(),
  };
  r.taggedFields();
  return m;
}
