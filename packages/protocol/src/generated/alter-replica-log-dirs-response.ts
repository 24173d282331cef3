// Generated from Kafka's AlterReplicaLogDirsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterReplicaLogDirs response (API key 34): moves replicas between log directories of a broker.
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

export interface AlterReplicaLogDirsResponse {
  throttleTimeMs: number;
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
}

/** An entry of `AlterReplicaLogDirsResponse.results` (JSON `AlterReplicaLogDirTopicResult`). */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  topicName: string;
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
}

/** An entry of `AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult.partitions` (JSON `AlterReplicaLogDirPartitionResult`). */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

export const AlterReplicaLogDirsResponse = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: AlterReplicaLogDirsResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterReplicaLogDirsResponse', version, 0, 2);
    encodeAlterReplicaLogDirsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterReplicaLogDirsResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterReplicaLogDirsResponse', version, 0, 2);
    return decodeAlterReplicaLogDirsResponse(r, version);
  },
} as const;

function encodeAlterReplicaLogDirsResponse(w: Writer, m: AlterReplicaLogDirsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeAlterReplicaLogDirsResponse_results(w, m.results, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const m: AlterReplicaLogDirsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeAlterReplicaLogDirsResponse_results(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterReplicaLogDirsResponse_results(w: Writer, a: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, a[i]!, v);
  }
}

function decodeAlterReplicaLogDirsResponse_results(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterReplicaLogDirsResponse.results');
  const a = new Array<AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, v);
  return a;
}

function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v: number): void {
  if (v === 2) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_partitions(w, m.partitions, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = {
    topicName: v === 2 ? r.compactString() : r.string(),
    partitions: decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_partitions(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_partitions(w: Writer, a: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, a[i]!, v);
  }
}

function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult_partitions(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult.partitions');
  const a = new Array<AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, v);
  return a;
}

function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
