// Generated from Kafka's EndQuorumEpochResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * EndQuorumEpoch response (API key 54): KRaft: a leader that is stepping down asks voters to
 * start a new election.
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

export interface EndQuorumEpochResponse {
  errorCode: number;
  topics: EndQuorumEpochResponseTopicData[];
  nodeEndpoints?: EndQuorumEpochResponseNodeEndpoint[]; // v1, tag 0
}

/** An entry of `EndQuorumEpochResponse.topics` (JSON `TopicData`). */
export interface EndQuorumEpochResponseTopicData {
  topicName: string;
  partitions: EndQuorumEpochResponsePartitionData[];
}

/** An entry of `EndQuorumEpochResponseTopicData.partitions` (JSON `PartitionData`). */
export interface EndQuorumEpochResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
}

/** An entry of `EndQuorumEpochResponse.nodeEndpoints`, tagged (JSON `NodeEndpoint`, v1). */
export interface EndQuorumEpochResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export const EndQuorumEpochResponse = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: EndQuorumEpochResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('EndQuorumEpochResponse', version, 0, 1);
    encodeEndQuorumEpochResponse(w, m, version);
  },
  decode(r: Reader, version: number): EndQuorumEpochResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('EndQuorumEpochResponse', version, 0, 1);
    return decodeEndQuorumEpochResponse(r, version);
  },
} as const;

function encodeEndQuorumEpochResponse(w: Writer, m: EndQuorumEpochResponse, v: number): void {
  w.int16(m.errorCode);
  encodeEndQuorumEpochResponse_topics(w, m.topics, v);
  if (v === 1) {
    let tagCount = 0;
    const tag_nodeEndpoints = m.nodeEndpoints;
    const has_nodeEndpoints = tag_nodeEndpoints !== undefined && tag_nodeEndpoints.length !== 0;
    if (has_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (has_nodeEndpoints) {
      const tw = new Writer(64);
      encodeEndQuorumEpochResponse_nodeEndpoints(tw, tag_nodeEndpoints, v);
      const tb = tw.toBuffer();
      w.uvarint(0).uvarint(tb.length).raw(tb);
    }
  }
}

function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const m: EndQuorumEpochResponse = {
    errorCode: r.int16(),
    topics: decodeEndQuorumEpochResponse_topics(r, v),
    nodeEndpoints: [],
  };
  if (v === 1) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.nodeEndpoints = decodeEndQuorumEpochResponse_nodeEndpoints(r, v);
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'EndQuorumEpochResponse');
    }
  }
  return m;
}

function encodeEndQuorumEpochResponse_topics(w: Writer, a: EndQuorumEpochResponseTopicData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponseTopicData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponseTopicData(w, a[i]!, v);
  }
}

function decodeEndQuorumEpochResponse_topics(r: Reader, v: number): EndQuorumEpochResponseTopicData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochResponse.topics');
  const a = new Array<EndQuorumEpochResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochResponseTopicData(r, v);
  return a;
}

function encodeEndQuorumEpochResponse_nodeEndpoints(w: Writer, a: EndQuorumEpochResponseNodeEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponseNodeEndpoint(w, a[i]!, v);
}

function decodeEndQuorumEpochResponse_nodeEndpoints(r: Reader, v: number): EndQuorumEpochResponseNodeEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochResponse.nodeEndpoints');
  const a = new Array<EndQuorumEpochResponseNodeEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochResponseNodeEndpoint(r, v);
  return a;
}

function encodeEndQuorumEpochResponseTopicData(w: Writer, m: EndQuorumEpochResponseTopicData, v: number): void {
  if (v === 1) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  encodeEndQuorumEpochResponseTopicData_partitions(w, m.partitions, v);
  if (v === 1) w.uvarint(0);
}

function decodeEndQuorumEpochResponseTopicData(r: Reader, v: number): EndQuorumEpochResponseTopicData {
  const m: EndQuorumEpochResponseTopicData = {
    topicName: v === 1 ? r.compactString() : r.string(),
    partitions: decodeEndQuorumEpochResponseTopicData_partitions(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeEndQuorumEpochResponseTopicData_partitions(w: Writer, a: EndQuorumEpochResponsePartitionData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponsePartitionData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponsePartitionData(w, a[i]!, v);
  }
}

function decodeEndQuorumEpochResponseTopicData_partitions(r: Reader, v: number): EndQuorumEpochResponsePartitionData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('EndQuorumEpochResponseTopicData.partitions');
  const a = new Array<EndQuorumEpochResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeEndQuorumEpochResponsePartitionData(r, v);
  return a;
}

function encodeEndQuorumEpochResponsePartitionData(w: Writer, m: EndQuorumEpochResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (v === 1) w.uvarint(0);
}

function decodeEndQuorumEpochResponsePartitionData(r: Reader, v: number): EndQuorumEpochResponsePartitionData {
  const m: EndQuorumEpochResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeEndQuorumEpochResponseNodeEndpoint(w: Writer, m: EndQuorumEpochResponseNodeEndpoint, _v: number): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeEndQuorumEpochResponseNodeEndpoint(r: Reader, _v: number): EndQuorumEpochResponseNodeEndpoint {
  const m: EndQuorumEpochResponseNodeEndpoint = {
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
