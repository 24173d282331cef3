// Generated from Kafka's EndQuorumEpochRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * EndQuorumEpoch request (API key 54): KRaft: a leader that is stepping down asks voters to
 * start a new election.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface EndQuorumEpochRequest {
  clusterId: string | null; // nullable, default null
  topics: EndQuorumEpochRequestTopicData[];
  leaderEndpoints?: EndQuorumEpochRequestLeaderEndpoint[]; // v1
}

/** An entry of `EndQuorumEpochRequest.topics` (JSON `TopicData`). */
export interface EndQuorumEpochRequestTopicData {
  topicName: string;
  partitions: EndQuorumEpochRequestPartitionData[];
}

/** An entry of `EndQuorumEpochRequestTopicData.partitions` (JSON `PartitionData`). */
export interface EndQuorumEpochRequestPartitionData {
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  preferredSuccessors?: number[]; // v0
  preferredCandidates?: EndQuorumEpochRequestReplicaInfo[]; // v1
}

/** An entry of `EndQuorumEpochRequestPartitionData.preferredCandidates` (JSON `ReplicaInfo`, v1). */
export interface EndQuorumEpochRequestReplicaInfo {
  candidateId: number;
  candidateDirectoryId: string;
}

/** An entry of `EndQuorumEpochRequest.leaderEndpoints` (JSON `LeaderEndpoint`, v1). */
export interface EndQuorumEpochRequestLeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export const EndQuorumEpochRequest = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: EndQuorumEpochRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('EndQuorumEpochRequest', version, 0, 1);
    encodeEndQuorumEpochRequest(w, m, version);
  },
  decode(r: Reader, version: number): EndQuorumEpochRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('EndQuorumEpochRequest', version, 0, 1);
    return decodeEndQuorumEpochRequest(r, version);
  },
} as const;

function encodeEndQuorumEpochRequest(w: Writer, m: EndQuorumEpochRequest, v: number): void {
  if (v === 1) {
    w.compactString(m.clusterId);
  } else {
    w.string(m.clusterId);
  }
  encodeEndQuorumEpochRequest_topics(w, m.topics, v);
  if (v === 1) {
    const _leaderEndpoints = m.leaderEndpoints ?? [];
    encodeEndQuorumEpochRequest_leaderEndpoints(w, _leaderEndpoints, v);
  }
  if (v === 1) w.uvarint(0);
}

function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const m: EndQuorumEpochRequest = {
    clusterId: v === 1 ? r.compactNullableString() : r.nullableString(),
    topics: decodeEndQuorumEpochRequest_topics(r, v),
    leaderEndpoints: v === 1 ? decodeEndQuorumEpochRequest_leaderEndpoints(r, v) : [],
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeEndQuorumEpochRequest_topics(w: Writer, a: EndQuorumEpochRequestTopicData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestTopicData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestTopicData(w, a[i]!, v);
  }
}

function decodeEndQuorumEpochRequest_topics(r: Reader, v: number): EndQuorumEpochRequestTopicData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochRequest.topics');
  const a = new Array<EndQuorumEpochRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochRequestTopicData(r, v);
  return a;
}

function encodeEndQuorumEpochRequest_leaderEndpoints(w: Writer, a: EndQuorumEpochRequestLeaderEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestLeaderEndpoint(w, a[i]!, v);
}

function decodeEndQuorumEpochRequest_leaderEndpoints(r: Reader, v: number): EndQuorumEpochRequestLeaderEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochRequest.leaderEndpoints');
  const a = new Array<EndQuorumEpochRequestLeaderEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochRequestLeaderEndpoint(r, v);
  return a;
}

function encodeEndQuorumEpochRequestTopicData(w: Writer, m: EndQuorumEpochRequestTopicData, v: number): void {
  if (v === 1) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  encodeEndQuorumEpochRequestTopicData_partitions(w, m.partitions, v);
  if (v === 1) w.uvarint(0);
}

function decodeEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicData {
  const m: EndQuorumEpochRequestTopicData = {
    topicName: v === 1 ? r.compactString() : r.string(),
    partitions: decodeEndQuorumEpochRequestTopicData_partitions(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeEndQuorumEpochRequestTopicData_partitions(w: Writer, a: EndQuorumEpochRequestPartitionData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestPartitionData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestPartitionData(w, a[i]!, v);
  }
}

function decodeEndQuorumEpochRequestTopicData_partitions(r: Reader, v: number): EndQuorumEpochRequestPartitionData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochRequestTopicData.partitions');
  const a = new Array<EndQuorumEpochRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochRequestPartitionData(r, v);
  return a;
}

function encodeEndQuorumEpochRequestPartitionData(w: Writer, m: EndQuorumEpochRequestPartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (v === 0) {
    const _preferredSuccessors = m.preferredSuccessors ?? [];
    encodeEndQuorumEpochRequestPartitionData_preferredSuccessors(w, _preferredSuccessors, v);
  }
  if (v === 1) {
    const _preferredCandidates = m.preferredCandidates ?? [];
    encodeEndQuorumEpochRequestPartitionData_preferredCandidates(w, _preferredCandidates, v);
  }
  if (v === 1) w.uvarint(0);
}

function decodeEndQuorumEpochRequestPartitionData(r: Reader, v: number): EndQuorumEpochRequestPartitionData {
  const m: EndQuorumEpochRequestPartitionData = {
    partitionIndex: r.int32(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    preferredSuccessors: v === 0 ? decodeEndQuorumEpochRequestPartitionData_preferredSuccessors(r, v) : [],
    preferredCandidates: v === 1 ? decodeEndQuorumEpochRequestPartitionData_preferredCandidates(r, v) : [],
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeEndQuorumEpochRequestPartitionData_preferredSuccessors(w: Writer, a: number[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeEndQuorumEpochRequestPartitionData_preferredSuccessors(r: Reader, _v: number): number[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochRequestPartitionData.preferredSuccessors');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeEndQuorumEpochRequestPartitionData_preferredCandidates(w: Writer, a: EndQuorumEpochRequestReplicaInfo[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestReplicaInfo(w, a[i]!, v);
}

function decodeEndQuorumEpochRequestPartitionData_preferredCandidates(r: Reader, v: number): EndQuorumEpochRequestReplicaInfo[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochRequestPartitionData.preferredCandidates');
  const a = new Array<EndQuorumEpochRequestReplicaInfo>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochRequestReplicaInfo(r, v);
  return a;
}

function encodeEndQuorumEpochRequestReplicaInfo(w: Writer, m: EndQuorumEpochRequestReplicaInfo, _v: number): void {
  w.int32(m.candidateId);
  w.uuid(m.candidateDirectoryId);
  w.uvarint(0);
}

function decodeEndQuorumEpochRequestReplicaInfo(r: Reader, _v: number): EndQuorumEpochRequestReplicaInfo {
  const m: EndQuorumEpochRequestReplicaInfo = {
    candidateId: r.int32(),
    candidateDirectoryId: r.uuid(),
  };
  r.taggedFields();
  return m;
}

function encodeEndQuorumEpochRequestLeaderEndpoint(w: Writer, m: EndQuorumEpochRequestLeaderEndpoint, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeEndQuorumEpochRequestLeaderEndpoint(r: Reader, _v: number): EndQuorumEpochRequestLeaderEndpoint {
  const m: EndQuorumEpochRequestLeaderEndpoint = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
