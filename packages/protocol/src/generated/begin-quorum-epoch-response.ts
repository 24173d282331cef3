// Generated from Kafka's BeginQuorumEpochResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BeginQuorumEpoch response (API key 53): KRaft: a newly elected leader announces its epoch to
 * the voters.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface BeginQuorumEpochResponse {
  errorCode: number;
  topics: BeginQuorumEpochResponseTopicData[];
  nodeEndpoints?: BeginQuorumEpochResponseNodeEndpoint[]; // v1, tag 0
}

/** An entry of `BeginQuorumEpochResponse.topics` (JSON `TopicData`). */
export interface BeginQuorumEpochResponseTopicData {
  topicName: string;
  partitions: BeginQuorumEpochResponsePartitionData[];
}

/** An entry of `BeginQuorumEpochResponseTopicData.partitions` (JSON `PartitionData`). */
export interface BeginQuorumEpochResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `BeginQuorumEpochResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v1). */
export interface BeginQuorumEpochResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export const BeginQuorumEpochResponse = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: BeginQuorumEpochResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BeginQuorumEpochResponse', version, 0, 1);
    encodeBeginQuorumEpochResponse(w, m, version);
  },
  decode(r: Reader, version: number): BeginQuorumEpochResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BeginQuorumEpochResponse', version, 0, 1);
    return decodeBeginQuorumEpochResponse(r, version);
  },
} as const;

function encodeBeginQuorumEpochResponse(w: Writer, m: BeginQuorumEpochResponse, v: number): void {
  w.int16(m.errorCode);
  encodeBeginQuorumEpochResponse_topics(w, m.topics, v);
  if (v === 1) {
    let tagCount = 0;
    const tag_nodeEndpoints = m.nodeEndpoints;
    const has_nodeEndpoints = tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
    if (has_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (has_nodeEndpoints) {
      const tw = new Writer(64);
      encodeBeginQuorumEpochResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  const m: BeginQuorumEpochResponse = {
    errorCode: r.int16(),
    topics: decodeBeginQuorumEpochResponse_topics(r, v),
    nodeEndpoints: [],
  };
  if (v === 1) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.nodeEndpoints = decodeBeginQuorumEpochResponse_nodeEndpoints(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'BeginQuorumEpochResponse');
    }
  }
  return m;
}

function encodeBeginQuorumEpochResponse_topics(w: Writer, a: BeginQuorumEpochResponseTopicData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponseTopicData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponseTopicData(w, a[i]!, v);
  }
}

function decodeBeginQuorumEpochResponse_topics(r: Reader, v: number): BeginQuorumEpochResponseTopicData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochResponse.topics');
  const a = new Array<BeginQuorumEpochResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochResponseTopicData(r, v);
  return a;
}

function encodeBeginQuorumEpochResponse_nodeEndpoints(w: Writer, a: BeginQuorumEpochResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponseNodeEndpoint(w, a[i]!, v);
}

function decodeBeginQuorumEpochResponse_nodeEndpoints(r: Reader, v: number): BeginQuorumEpochResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochResponse.nodeEndpoints');
  const a = new Array<BeginQuorumEpochResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochResponseNodeEndpoint(r, v);
  return a;
}

function encodeBeginQuorumEpochResponseTopicData(w: Writer, m: BeginQuorumEpochResponseTopicData, v: number): void {
  if (v === 1) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  encodeBeginQuorumEpochResponseTopicData_partitions(w, m.partitions, v);
  if (v === 1) w.uvarint(0);
}

function decodeBeginQuorumEpochResponseTopicData(r: Reader, v: number): BeginQuorumEpochResponseTopicData {
  const m: BeginQuorumEpochResponseTopicData = {
    topicName: v === 1 ? r.compactString() : r.string(),
    partitions: decodeBeginQuorumEpochResponseTopicData_partitions(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeBeginQuorumEpochResponseTopicData_partitions(w: Writer, a: BeginQuorumEpochResponsePartitionData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponsePartitionData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponsePartitionData(w, a[i]!, v);
  }
}

function decodeBeginQuorumEpochResponseTopicData_partitions(r: Reader, v: number): BeginQuorumEpochResponsePartitionData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('BeginQuorumEpochResponseTopicData.partitions');
  const a = new Array<BeginQuorumEpochResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBeginQuorumEpochResponsePartitionData(r, v);
  return a;
}

function encodeBeginQuorumEpochResponsePartitionData(w: Writer, m: BeginQuorumEpochResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (v === 1) w.uvarint(0);
}

function decodeBeginQuorumEpochResponsePartitionData(r: Reader, v: number): BeginQuorumEpochResponsePartitionData {
  const m: BeginQuorumEpochResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeBeginQuorumEpochResponseNodeEndpoint(w: Writer, m: BeginQuorumEpochResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeBeginQuorumEpochResponseNodeEndpoint(r: Reader, _v: number): BeginQuorumEpochResponseNodeEndpoint {
  const m: BeginQuorumEpochResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
