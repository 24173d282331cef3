// Generated from Kafka's DescribeProducersResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeProducers response (API key 61): describes the active idempotent and transactional
 * producers of partitions.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeProducersResponse {
  throttleTimeMs: number;
  topics: DescribeProducersResponseTopicResponse[];
}

/** An entry of `DescribeProducersResponse.topics` (JSON `TopicResponse`). */
export interface DescribeProducersResponseTopicResponse {
  name: string;
  partitions: DescribeProducersResponsePartitionResponse[];
}

/** An entry of `DescribeProducersResponseTopicResponse.partitions` (JSON `PartitionResponse`). */
export interface DescribeProducersResponsePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  activeProducers: DescribeProducersResponseProducerState[];
}

/** An entry of `DescribeProducersResponsePartitionResponse.activeProducers` (JSON `ProducerState`). */
export interface DescribeProducersResponseProducerState {
  producerId: number;
  producerEpoch: number;
  lastSequence: number; // default -1
  lastTimestamp: number; // default -1
  coordinatorEpoch: number;
  currentTxnStartOffset: number; // default -1
}

export const DescribeProducersResponse = {
  apiKey: 61,
  name: 'DescribeProducers',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeProducersResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeProducersResponse', version, 0, 0);
    encodeDescribeProducersResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeProducersResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeProducersResponse', version, 0, 0);
    return decodeDescribeProducersResponse(r, version);
  },
} as const;

function encodeDescribeProducersResponse(w: Writer, m: DescribeProducersResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDescribeProducersResponse_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  const m: DescribeProducersResponse = {
    throttleTimeMs: r.int32(),
    topics: decodeDescribeProducersResponse_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeProducersResponse_topics(w: Writer, a: DescribeProducersResponseTopicResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeProducersResponseTopicResponse(w, a[i]!, v);
}

function decodeDescribeProducersResponse_topics(r: Reader, v: number): DescribeProducersResponseTopicResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeProducersResponse.topics');
  const a = new Array<DescribeProducersResponseTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeProducersResponseTopicResponse(r, v);
  return a;
}

function encodeDescribeProducersResponseTopicResponse(w: Writer, m: DescribeProducersResponseTopicResponse, v: number): void {
  w.compactString(m.name);
  encodeDescribeProducersResponseTopicResponse_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDescribeProducersResponseTopicResponse(r: Reader, v: number): DescribeProducersResponseTopicResponse {
  const m: DescribeProducersResponseTopicResponse = {
    name: r.compactString(),
    partitions: decodeDescribeProducersResponseTopicResponse_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeProducersResponseTopicResponse_partitions(w: Writer, a: DescribeProducersResponsePartitionResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeProducersResponsePartitionResponse(w, a[i]!, v);
}

function decodeDescribeProducersResponseTopicResponse_partitions(r: Reader, v: number): DescribeProducersResponsePartitionResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeProducersResponseTopicResponse.partitions');
  const a = new Array<DescribeProducersResponsePartitionResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeProducersResponsePartitionResponse(r, v);
  return a;
}

function encodeDescribeProducersResponsePartitionResponse(w: Writer, m: DescribeProducersResponsePartitionResponse, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeDescribeProducersResponsePartitionResponse_activeProducers(w, m.activeProducers, v);
  w.uvarint(0);
}

function decodeDescribeProducersResponsePartitionResponse(r: Reader, v: number): DescribeProducersResponsePartitionResponse {
  const m: DescribeProducersResponsePartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    activeProducers: decodeDescribeProducersResponsePartitionResponse_activeProducers(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeProducersResponsePartitionResponse_activeProducers(w: Writer, a: DescribeProducersResponseProducerState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeProducersResponseProducerState(w, a[i]!, v);
}

function decodeDescribeProducersResponsePartitionResponse_activeProducers(r: Reader, v: number): DescribeProducersResponseProducerState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeProducersResponsePartitionResponse.activeProducers');
  const a = new Array<DescribeProducersResponseProducerState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeProducersResponseProducerState(r, v);
  return a;
}

function encodeDescribeProducersResponseProducerState(w: Writer, m: DescribeProducersResponseProducerState, _v: number): void {
  w.int64(m.producerId);
  w.int32(m.producerEpoch);
  w.int32(m.lastSequence);
  w.int64(m.lastTimestamp);
  w.int32(m.coordinatorEpoch);
  w.int64(m.currentTxnStartOffset);
  w.uvarint(0);
}

function decodeDescribeProducersResponseProducerState(r: Reader, _v: number): DescribeProducersResponseProducerState {
  const m: DescribeProducersResponseProducerState = {
    producerId: r.int64(),
    producerEpoch: r.int32(),
    lastSequence: r.int32(),
    lastTimestamp: r.int64(),
    coordinatorEpoch: r.int32(),
    currentTxnStartOffset: r.int64(),
  };
  r.taggedFields();
  return m;
}
