// Generated from Kafka's DeleteRecordsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteRecords response (API key 21): advances the log start offset of partitions, discarding
 * the records before it.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DeleteRecordsResponse {
  throttleTimeMs: number;
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}

/** An entry of `DeleteRecordsResponse.topics` (JSON `DeleteRecordsTopicResult`). */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  name: string;
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

/** An entry of `DeleteRecordsResponseDeleteRecordsTopicResult.partitions` (JSON `DeleteRecordsPartitionResult`). */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  partitionIndex: number;
  lowWatermark: number;
  errorCode: number;
}

export const DeleteRecordsResponse = {
  apiKey: 21,
  name: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteRecordsResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteRecordsResponse', version, 0, 2);
    encodeDeleteRecordsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DeleteRecordsResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteRecordsResponse', version, 0, 2);
    return decodeDeleteRecordsResponse(r, version);
  },
} as const;

function encodeDeleteRecordsResponse(w: Writer, m: DeleteRecordsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDeleteRecordsResponse_topics(w, m.topics, v);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const m: DeleteRecordsResponse = {
    throttleTimeMs: r.int32(),
    topics: decodeDeleteRecordsResponse_topics(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteRecordsResponse_topics(w: Writer, a: DeleteRecordsResponseDeleteRecordsTopicResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, a[i]!, v);
  }
}

function decodeDeleteRecordsResponse_topics(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteRecordsResponse.topics');
  const a = new Array<DeleteRecordsResponseDeleteRecordsTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsResponseDeleteRecordsTopicResult(r, v);
  return a;
}

function encodeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, m: DeleteRecordsResponseDeleteRecordsTopicResult, v: number): void {
  if (v === 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeDeleteRecordsResponseDeleteRecordsTopicResult_partitions(w, m.partitions, v);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const m: DeleteRecordsResponseDeleteRecordsTopicResult = {
    name: v === 2 ? r.compactString() : r.string(),
    partitions: decodeDeleteRecordsResponseDeleteRecordsTopicResult_partitions(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteRecordsResponseDeleteRecordsTopicResult_partitions(w: Writer, a: DeleteRecordsResponseDeleteRecordsPartitionResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, a[i]!, v);
  }
}

function decodeDeleteRecordsResponseDeleteRecordsTopicResult_partitions(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteRecordsResponseDeleteRecordsTopicResult.partitions');
  const a = new Array<DeleteRecordsResponseDeleteRecordsPartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r, v);
  return a;
}

function encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, m: DeleteRecordsResponseDeleteRecordsPartitionResult, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const m: DeleteRecordsResponseDeleteRecordsPartitionResult = {
    partitionIndex: r.int32(),
    lowWatermark: r.int64(),
    errorCode: r.int16(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
