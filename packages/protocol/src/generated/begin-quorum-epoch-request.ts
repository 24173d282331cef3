// Generated from Kafka's BeginQuorumEpochRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BeginQuorumEpoch request (API key 53): KRaft: a newly elected leader announces its epoch to
 * the voters.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface BeginQuorumEpochRequest {
  clusterId: string | null; // nullable, default null
  voterId?: number; // v1, default -1
  topics: BeginQuorumEpochRequestTopicData[];
  leaderEndpoints?: BeginQuorumEpochRequestLeaderEndpoint[]; // v1
}

/** An entry of `BeginQuorumEpochRequest.topics` (JSON `TopicData`). */
export interface BeginQuorumEpochRequestTopicData {
  topicName: string;
  partitions: BeginQuorumEpochRequestPartitionData[];
}

/** An entry of `BeginQuorumEpochRequestTopicData.partitions` (JSON `PartitionData`). */
export interface BeginQuorumEpochRequestPartitionData {
  partitionIndex: number;
  voterDirectoryId?: string; // v1
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `BeginQuorumEpochRequest.leaderEndpoints` (JSON `LeaderEndpoint`, v1). */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export const BeginQuorumEpochRequest = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: BeginQuorumEpochRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BeginQuorumEpochRequest', version, 0, 1);
    encodeBeginQuorumEpochRequest(w, m, version);
  },
  decode(r: Reader, version: number): BeginQuorumEpochRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BeginQuorumEpochRequest', version, 0, 1);
    return decodeBeginQuorumEpochRequest(r, version);
  },
} as const;

function encodeBeginQuorumEpochRequest(w: Writer, m: BeginQuorumEpochRequest, v: number): void {
  if (v === 1) {
    w.compactString(m.clusterId);
  } else {
    w.string(m.clusterId);
  }
  if (v === 1) w.int32(m.voterId ?? -1);
  encodeBeginQuorumEpochRequest_topics(w, m.topics, v);
  if (v === 1) {
    const _leaderEndpoints = m.leaderEndpoints ?? [];
    encodeBeginQuorumEpochRequest_leaderEndpoints(w, _leaderEndpoints, v);
  }
  if (v === 1) w.uvarint(0);
}

function decodeBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  const m: BeginQuorumEpochRequest = {
    clusterId: v === 1 ? r.compactNullableString() : r.nullableString(),
    voterId: v === 1 ? r.int32() : -1,
    topics: decodeBeginQuorumEpochRequest_topics(r, v),
    leaderEndpoints: v === 1 ? decodeBeginQuorumEpochRequest_leaderEndpoints(r, v) : [],
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeBeginQuorumEpochRequest_topics(w: Writer, a: BeginQuorumEpochRequestTopicData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestTopicData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestTopicData(w, a[i]!, v);
  }
}

function decodeBeginQuorumEpochRequest_topics(r: Reader, v: number): BeginQuorumEpochRequestTopicData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochRequest.topics');
  const a = new Array<BeginQuorumEpochRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochRequestTopicData(r, v);
  return a;
}

function encodeBeginQuorumEpochRequest_leaderEndpoints(w: Writer, a: BeginQuorumEpochRequestLeaderEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestLeaderEndpoint(w, a[i]!, v);
}

function decodeBeginQuorumEpochRequest_leaderEndpoints(r: Reader, v: number): BeginQuorumEpochRequestLeaderEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochRequest.leaderEndpoints');
  const a = new Array<BeginQuorumEpochRequestLeaderEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochRequestLeaderEndpoint(r, v);
  return a;
}

function encodeBeginQuorumEpochRequestTopicData(w: Writer, m: BeginQuorumEpochRequestTopicData, v: number): void {
  if (v === 1) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  encodeBeginQuorumEpochRequestTopicData_partitions(w, m.partitions, v);
  if (v === 1) w.uvarint(0);
}

function decodeBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicData {
  const m: BeginQuorumEpochRequestTopicData = {
    topicName: v === 1 ? r.compactString() : r.string(),
    partitions: decodeBeginQuorumEpochRequestTopicData_partitions(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeBeginQuorumEpochRequestTopicData_partitions(w: Writer, a: BeginQuorumEpochRequestPartitionData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestPartitionData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestPartitionData(w, a[i]!, v);
  }
}

function decodeBeginQuorumEpochRequestTopicData_partitions(r: Reader, v: number): BeginQuorumEpochRequestPartitionData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochRequestTopicData.partitions');
  const a = new Array<BeginQuorumEpochRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochRequestPartitionData(r, v);
  return a;
}

function encodeBeginQuorumEpochRequestPartitionData(w: Writer, m: BeginQuorumEpochRequestPartitionData, v: number): void {
  w.int32(m.partitionIndex);
  if (v === 1) w.uuid(m.voterDirectoryId ?? ZERO_UUID);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (v === 1) w.uvarint(0);
}

function decodeBeginQuorumEpochRequestPartitionData(r: Reader, v: number): BeginQuorumEpochRequestPartitionData {
  const m: BeginQuorumEpochRequestPartitionData = {
    partitionIndex: r.int32(),
    voterDirectoryId: v === 1 ? r.uuid() : ZERO_UUID,
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, m: BeginQuorumEpochRequestLeaderEndpoint, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeBeginQuorumEpochRequestLeaderEndpoint(r: Reader, _v: number): BeginQuorumEpochRequestLeaderEndpoint {
  const m: BeginQuorumEpochRequestLeaderEndpoint = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
