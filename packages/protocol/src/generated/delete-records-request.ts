// Generated from Kafka's DeleteRecordsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteRecords request (API key 21): advances the log start offset of partitions, discarding
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

export interface DeleteRecordsRequest {
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  timeoutMs: number;
}

/** An entry of `DeleteRecordsRequest.topics` (JSON `DeleteRecordsTopic`). */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  name: string;
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}

/** An entry of `DeleteRecordsRequestDeleteRecordsTopic.partitions` (JSON `DeleteRecordsPartition`). */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  partitionIndex: number;
  offset: number;
}

export const DeleteRecordsRequest = {
  apiKey: 21,
  name: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteRecordsRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteRecordsRequest', version, 0, 2);
    encodeDeleteRecordsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DeleteRecordsRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteRecordsRequest', version, 0, 2);
    return decodeDeleteRecordsRequest(r, version);
  },
} as const;

function encodeDeleteRecordsRequest(w: Writer, m: DeleteRecordsRequest, v: number): void {
  encodeDeleteRecordsRequest_topics(w, m.topics, v);
  w.int32(m.timeoutMs);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const m: DeleteRecordsRequest = {
    topics: decodeDeleteRecordsRequest_topics(r, v),
    timeoutMs: r.int32(),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteRecordsRequest_topics(w: Writer, a: DeleteRecordsRequestDeleteRecordsTopic[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsRequestDeleteRecordsTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsRequestDeleteRecordsTopic(w, a[i]!, v);
  }
}

function decodeDeleteRecordsRequest_topics(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteRecordsRequest.topics');
  const a = new Array<DeleteRecordsRequestDeleteRecordsTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsRequestDeleteRecordsTopic(r, v);
  return a;
}

function encodeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, m: DeleteRecordsRequestDeleteRecordsTopic, v: number): void {
  if (v === 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeDeleteRecordsRequestDeleteRecordsTopic_partitions(w, m.partitions, v);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  const m: DeleteRecordsRequestDeleteRecordsTopic = {
    name: v === 2 ? r.compactString() : r.string(),
    partitions: decodeDeleteRecordsRequestDeleteRecordsTopic_partitions(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteRecordsRequestDeleteRecordsTopic_partitions(w: Writer, a: DeleteRecordsRequestDeleteRecordsPartition[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsRequestDeleteRecordsPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsRequestDeleteRecordsPartition(w, a[i]!, v);
  }
}

function decodeDeleteRecordsRequestDeleteRecordsTopic_partitions(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteRecordsRequestDeleteRecordsTopic.partitions');
  const a = new Array<DeleteRecordsRequestDeleteRecordsPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsRequestDeleteRecordsPartition(r, v);
  return a;
}

function encodeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, m: DeleteRecordsRequestDeleteRecordsPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.offset);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition {
  const m: DeleteRecordsRequestDeleteRecordsPartition = {
    partitionIndex: r.int32(),
    offset: r.int64(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
