// Generated from Kafka's VoteRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Vote request (API key 52): KRaft: a candidate asks the other voters for their vote in an
 * election.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface VoteRequest {
  clusterId: string | null; // nullable, default null
  voterId?: number; // v1, default -1
  topics: VoteRequestTopicData[];
}

/** An entry of `VoteRequest.topics` (JSON `TopicData`). */
export interface VoteRequestTopicData {
  topicName: string;
  partitions: VoteRequestPartitionData[];
}

/** An entry of `VoteRequestTopicData.partitions` (JSON `PartitionData`). */
export interface VoteRequestPartitionData {
  partitionIndex: number;
  candidateEpoch: number;
  candidateId: number;
  candidateDirectoryId?: string; // v1
  voterDirectoryId?: string; // v1
  lastOffsetEpoch: number;
  lastOffset: number;
}

export const VoteRequest = {
  apiKey: 52,
  name: 'Vote',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: VoteRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('VoteRequest', version, 0, 1);
    encodeVoteRequest(w, m, version);
  },
  decode(r: Reader, version: number): VoteRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('VoteRequest', version, 0, 1);
    return decodeVoteRequest(r, version);
  },
} as const;

function encodeVoteRequest(w: Writer, m: VoteRequest, v: number): void {
  w.compactString(m.clusterId);
  if (v === 1) w.int32(m.voterId ?? -1);
  encodeVoteRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  const m: VoteRequest = {
    clusterId: r.compactNullableString(),
    voterId: v === 1 ? r.int32() : -1,
    topics: decodeVoteRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeVoteRequest_topics(w: Writer, a: VoteRequestTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVoteRequestTopicData(w, a[i]!, v);
}

function decodeVoteRequest_topics(r: Reader, v: number): VoteRequestTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VoteRequest.topics');
  const a = new Array<VoteRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVoteRequestTopicData(r, v);
  return a;
}

function encodeVoteRequestTopicData(w: Writer, m: VoteRequestTopicData, v: number): void {
  w.compactString(m.topicName);
  encodeVoteRequestTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicData {
  const m: VoteRequestTopicData = {
    topicName: r.compactString(),
    partitions: decodeVoteRequestTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeVoteRequestTopicData_partitions(w: Writer, a: VoteRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVoteRequestPartitionData(w, a[i]!, v);
}

function decodeVoteRequestTopicData_partitions(r: Reader, v: number): VoteRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VoteRequestTopicData.partitions');
  const a = new Array<VoteRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVoteRequestPartitionData(r, v);
  return a;
}

function encodeVoteRequestPartitionData(w: Writer, m: VoteRequestPartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int32(m.candidateEpoch);
  w.int32(m.candidateId);
  if (v === 1) w.uuid(m.candidateDirectoryId ?? ZERO_UUID);
  if (v === 1) w.uuid(m.voterDirectoryId ?? ZERO_UUID);
  w.int32(m.lastOffsetEpoch);
  w.int64(m.lastOffset);
  w.uvarint(0);
}

function decodeVoteRequestPartitionData(r: Reader, v: number): VoteRequestPartitionData {
  const m: VoteRequestPartitionData = {
    partitionIndex: r.int32(),
    candidateEpoch: r.int32(),
    candidateId: r.int32(),
    candidateDirectoryId: v === 1 ? r.uuid() : ZERO_UUID,
    voterDirectoryId: v === 1 ? r.uuid() : ZERO_UUID,
    lastOffsetEpoch: r.int32(),
    lastOffset: r.int64(),
  };
  r.taggedFields();
  return m;
}
