// Generated from Kafka's DescribeTopicPartitionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeTopicPartitions request (API key 75): describes topics and their partitions in pages,
 * with a cursor (KIP-966).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeTopicPartitionsRequest {
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  responsePartitionLimit: number; // default 2000
  cursor: DescribeTopicPartitionsRequestCursor | null; // nullable, default null
}

/** An entry of `DescribeTopicPartitionsRequest.topics` (JSON `TopicRequest`). */
export interface DescribeTopicPartitionsRequestTopicRequest {
  name: string;
}

/** `DescribeTopicPartitionsRequest.cursor` (JSON `Cursor`). */
export interface DescribeTopicPartitionsRequestCursor {
  topicName: string;
  partitionIndex: number;
}

export const DescribeTopicPartitionsRequest = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeTopicPartitionsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTopicPartitionsRequest', version, 0, 0);
    encodeDescribeTopicPartitionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeTopicPartitionsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTopicPartitionsRequest', version, 0, 0);
    return decodeDescribeTopicPartitionsRequest(r, version);
  },
} as const;

function encodeDescribeTopicPartitionsRequest(w: Writer, m: DescribeTopicPartitionsRequest, v: number): void {
  encodeDescribeTopicPartitionsRequest_topics(w, m.topics, v);
  w.int32(m.responsePartitionLimit);
  if (m.cursor === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeDescribeTopicPartitionsRequestCursor(w, m.cursor, v);
  }
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  const m: DescribeTopicPartitionsRequest = {
    topics: decodeDescribeTopicPartitionsRequest_topics(r, v),
    responsePartitionLimit: r.int32(),
    cursor: (r.int8() < 0 ? null : decodeDescribeTopicPartitionsRequestCursor(r, v)),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTopicPartitionsRequest_topics(w: Writer, a: DescribeTopicPartitionsRequestTopicRequest[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeTopicPartitionsRequestTopicRequest(w, a[i]!, v);
}

function decodeDescribeTopicPartitionsRequest_topics(r: Reader, v: number): DescribeTopicPartitionsRequestTopicRequest[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTopicPartitionsRequest.topics');
  const a = new Array<DescribeTopicPartitionsRequestTopicRequest>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeTopicPartitionsRequestTopicRequest(r, v);
  return a;
}

function encodeDescribeTopicPartitionsRequestTopicRequest(w: Writer, m: DescribeTopicPartitionsRequestTopicRequest, _v: number): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsRequestTopicRequest(r: Reader, _v: number): DescribeTopicPartitionsRequestTopicRequest {
  const m: DescribeTopicPartitionsRequestTopicRequest = {
    name: r.compactString(),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTopicPartitionsRequestCursor(w: Writer, m: DescribeTopicPartitionsRequestCursor, _v: number): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsRequestCursor(r: Reader, _v: number): DescribeTopicPartitionsRequestCursor {
  const m: DescribeTopicPartitionsRequestCursor = {
    topicName: r.compactString(),
    partitionIndex: r.int32(),
  };
  r.taggedFields();
  return m;
}
