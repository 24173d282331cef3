// Generated from Kafka's DescribeQuorumRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeQuorum request (API key 55): KRaft: describes the metadata quorum: leader, voters,
 * observers and their progress.
 */
// v0-v2, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeQuorumRequest {
  topics: DescribeQuorumRequestTopicData[];
}

/** An entry of `DescribeQuorumRequest.topics` (JSON `TopicData`). */
export interface DescribeQuorumRequestTopicData {
  topicName: string;
  partitions: DescribeQuorumRequestPartitionData[];
}

/** An entry of `DescribeQuorumRequestTopicData.partitions` (JSON `PartitionData`). */
export interface DescribeQuorumRequestPartitionData {
  partitionIndex: number;
}

export const DescribeQuorumRequest = {
  apiKey: 55,
  name: 'DescribeQuorum',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeQuorumRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DescribeQuorumRequest', version, 0, 2);
    encodeDescribeQuorumRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeQuorumRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DescribeQuorumRequest', version, 0, 2);
    return decodeDescribeQuorumRequest(r, version);
  },
} as const;

function encodeDescribeQuorumRequest(w: Writer, m: DescribeQuorumRequest, v: number): void {
  encodeDescribeQuorumRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  const m: DescribeQuorumRequest = {
    topics: decodeDescribeQuorumRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumRequest_topics(w: Writer, a: DescribeQuorumRequestTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumRequestTopicData(w, a[i]!, v);
}

function decodeDescribeQuorumRequest_topics(r: Reader, v: number): DescribeQuorumRequestTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumRequest.topics');
  const a = new Array<DescribeQuorumRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumRequestTopicData(r, v);
  return a;
}

function encodeDescribeQuorumRequestTopicData(w: Writer, m: DescribeQuorumRequestTopicData, v: number): void {
  w.compactString(m.topicName);
  encodeDescribeQuorumRequestTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicData {
  const m: DescribeQuorumRequestTopicData = {
    topicName: r.compactString(),
    partitions: decodeDescribeQuorumRequestTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumRequestTopicData_partitions(w: Writer, a: DescribeQuorumRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumRequestPartitionData(w, a[i]!, v);
}

function decodeDescribeQuorumRequestTopicData_partitions(r: Reader, v: number): DescribeQuorumRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumRequestTopicData.partitions');
  const a = new Array<DescribeQuorumRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumRequestPartitionData(r, v);
  return a;
}

function encodeDescribeQuorumRequestPartitionData(w: Writer, m: DescribeQuorumRequestPartitionData, _v: number): void {
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function decodeDescribeQuorumRequestPartitionData(r: Reader, _v: number): DescribeQuorumRequestPartitionData {
  const m: DescribeQuorumRequestPartitionData = {
    partitionIndex: r.int32(),
  };
  r.taggedFields();
  return m;
}
