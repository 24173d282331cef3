// Generated from Kafka's VoteResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Vote response (API key 52): KRaft: a candidate asks the other voters for their vote in an
 * election.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface VoteResponse {
  errorCode: number;
  topics: VoteResponseTopicData[];
  nodeEndpoints?: VoteResponseNodeEndpoint[]; // v1, tag 0
}

/** An entry of `VoteResponse.topics` (JSON `TopicData`). */
export interface VoteResponseTopicData {
  topicName: string;
  partitions: VoteResponsePartitionData[];
}

/** An entry of `VoteResponseTopicData.partitions` (JSON `PartitionData`). */
export interface VoteResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  voteGranted: boolean;
}

/** An entry of `VoteResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v1). */
export interface VoteResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export const VoteResponse = {
  apiKey: 52,
  name: 'Vote',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: VoteResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('VoteResponse', version, 0, 1);
    encodeVoteResponse(w, m, version);
  },
  decode(r: Reader, version: number): VoteResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('VoteResponse', version, 0, 1);
    return decodeVoteResponse(r, version);
  },
} as const;

function encodeVoteResponse(w: Writer, m: VoteResponse, v: number): void {
  w.int16(m.errorCode);
  encodeVoteResponse_topics(w, m.topics, v);
  let tagCount = 0;
  const tag_nodeEndpoints = m.nodeEndpoints;
  const has_nodeEndpoints = v === 1 && tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
  if (has_nodeEndpoints) tagCount++;
  w.uvarint(tagCount);
  if (has_nodeEndpoints) {
    const tw = new Writer(64);
    encodeVoteResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeVoteResponse(r: Reader, v: number): VoteResponse {
  const m: VoteResponse = {
    errorCode: r.int16(),
    topics: decodeVoteResponse_topics(r, v),
    nodeEndpoints: [],
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0 && v === 1) m.nodeEndpoints = decodeVoteResponse_nodeEndpoints(r, v);
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'VoteResponse');
  }
  return m;
}

function encodeVoteResponse_topics(w: Writer, a: VoteResponseTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVoteResponseTopicData(w, a[i]!, v);
}

function decodeVoteResponse_topics(r: Reader, v: number): VoteResponseTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VoteResponse.topics');
  const a = new Array<VoteResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVoteResponseTopicData(r, v);
  return a;
}

function encodeVoteResponse_nodeEndpoints(w: Writer, a: VoteResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVoteResponseNodeEndpoint(w, a[i]!, v);
}

function decodeVoteResponse_nodeEndpoints(r: Reader, v: number): VoteResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VoteResponse.nodeEndpoints');
  const a = new Array<VoteResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVoteResponseNodeEndpoint(r, v);
  return a;
}

function encodeVoteResponseTopicData(w: Writer, m: VoteResponseTopicData, v: number): void {
  w.compactString(m.topicName);
  encodeVoteResponseTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeVoteResponseTopicData(r: Reader, v: number): VoteResponseTopicData {
  const m: VoteResponseTopicData = {
    topicName: r.compactString(),
    partitions: decodeVoteResponseTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeVoteResponseTopicData_partitions(w: Writer, a: VoteResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVoteResponsePartitionData(w, a[i]!, v);
}

function decodeVoteResponseTopicData_partitions(r: Reader, v: number): VoteResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VoteResponseTopicData.partitions');
  const a = new Array<VoteResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVoteResponsePartitionData(r, v);
  return a;
}

function encodeVoteResponsePartitionData(w: Writer, m: VoteResponsePartitionData, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.bool(m.voteGranted);
  w.uvarint(0);
}

function decodeVoteResponsePartitionData(r: Reader, _v: number): VoteResponsePartitionData {
  const m: VoteResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    voteGranted: r.bool(),
  };
  r.taggedFields();
  return m;
}

function encodeVoteResponseNodeEndpoint(w: Writer, m: VoteResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeVoteResponseNodeEndpoint(r: Reader, _v: number): VoteResponseNodeEndpoint {
  const m: VoteResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
