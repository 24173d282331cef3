// Generated from Kafka's DescribeProducersRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeProducers request (API key 61): describes the active idempotent and transactional
 * producers of partitions.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeProducersRequest {
  topics: DescribeProducersRequestTopicRequest[];
}

/** An entry of `DescribeProducersRequest.topics` (JSON `TopicRequest`). */
export interface DescribeProducersRequestTopicRequest {
  name: string;
  partitionIndexes: number[];
}

export const DescribeProducersRequest = {
  apiKey: 61,
  name: 'DescribeProducers',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeProducersRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeProducersRequest', version, 0, 0);
    encodeDescribeProducersRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeProducersRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeProducersRequest', version, 0, 0);
    return decodeDescribeProducersRequest(r, version);
  },
} as const;

function encodeDescribeProducersRequest(w: Writer, m: DescribeProducersRequest, v: number): void {
  encodeDescribeProducersRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  const m: DescribeProducersRequest = {
    topics: decodeDescribeProducersRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeProducersRequest_topics(w: Writer, a: DescribeProducersRequestTopicRequest[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeProducersRequestTopicRequest(w, a[i]!, v);
}

function decodeDescribeProducersRequest_topics(r: Reader, v: number): DescribeProducersRequestTopicRequest[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeProducersRequest.topics');
  const a = new Array<DescribeProducersRequestTopicRequest>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeProducersRequestTopicRequest(r, v);
  return a;
}

function encodeDescribeProducersRequestTopicRequest(w: Writer, m: DescribeProducersRequestTopicRequest, v: number): void {
  w.compactString(m.name);
  encodeDescribeProducersRequestTopicRequest_partitionIndexes(w, m.partitionIndexes, v);
  w.uvarint(0);
}

function decodeDescribeProducersRequestTopicRequest(r: Reader, v: number): DescribeProducersRequestTopicRequest {
  const m: DescribeProducersRequestTopicRequest = {
    name: r.compactString(),
    partitionIndexes: decodeDescribeProducersRequestTopicRequest_partitionIndexes(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeProducersRequestTopicRequest_partitionIndexes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeProducersRequestTopicRequest_partitionIndexes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeProducersRequestTopicRequest.partitionIndexes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
