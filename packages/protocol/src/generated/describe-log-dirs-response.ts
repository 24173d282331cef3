// Generated from Kafka's DescribeLogDirsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeLogDirs response (API key 35): describes a broker's log directories and the size of
 * the replicas in them.
 */
// v0-v4, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DescribeLogDirsResponse {
  throttleTimeMs: number;
  errorCode?: number; // v3+
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
}

/** An entry of `DescribeLogDirsResponse.results` (JSON `DescribeLogDirsResult`). */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  errorCode: number;
  logDir: string;
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  totalBytes?: number; // v4, default -1
  usableBytes?: number; // v4, default -1
}

/** An entry of `DescribeLogDirsResponseDescribeLogDirsResult.topics` (JSON `DescribeLogDirsTopic`). */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  name: string;
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
}

/** An entry of `DescribeLogDirsResponseDescribeLogDirsTopic.partitions` (JSON `DescribeLogDirsPartition`). */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  partitionIndex: number;
  partitionSize: number;
  offsetLag: number;
  isFutureKey: boolean;
}

export const DescribeLogDirsResponse = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  encode(w: Writer, m: DescribeLogDirsResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeLogDirsResponse', version, 0, 4);
    encodeDescribeLogDirsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeLogDirsResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeLogDirsResponse', version, 0, 4);
    return decodeDescribeLogDirsResponse(r, version);
  },
} as const;

function encodeDescribeLogDirsResponse(w: Writer, m: DescribeLogDirsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  if (v >= 3) w.int16(m.errorCode ?? 0);
  encodeDescribeLogDirsResponse_results(w, m.results, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const m: DescribeLogDirsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: v >= 3 ? r.int16() : 0,
    results: decodeDescribeLogDirsResponse_results(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeLogDirsResponse_results(w: Writer, a: DescribeLogDirsResponseDescribeLogDirsResult[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsResult(w, a[i]!, v);
  }
}

function decodeDescribeLogDirsResponse_results(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsResult[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeLogDirsResponse.results');
  const a = new Array<DescribeLogDirsResponseDescribeLogDirsResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsResponseDescribeLogDirsResult(r, v);
  return a;
}

function encodeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, m: DescribeLogDirsResponseDescribeLogDirsResult, v: number): void {
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.logDir);
  } else {
    w.string(m.logDir);
  }
  encodeDescribeLogDirsResponseDescribeLogDirsResult_topics(w, m.topics, v);
  if (v === 4) w.int64(m.totalBytes ?? -1);
  if (v === 4) w.int64(m.usableBytes ?? -1);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const m: DescribeLogDirsResponseDescribeLogDirsResult = {
    errorCode: r.int16(),
    logDir: v >= 2 ? r.compactString() : r.string(),
    topics: decodeDescribeLogDirsResponseDescribeLogDirsResult_topics(r, v),
    totalBytes: v === 4 ? r.int64() : -1,
    usableBytes: v === 4 ? r.int64() : -1,
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeLogDirsResponseDescribeLogDirsResult_topics(w: Writer, a: DescribeLogDirsResponseDescribeLogDirsTopic[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsTopic(w, a[i]!, v);
  }
}

function decodeDescribeLogDirsResponseDescribeLogDirsResult_topics(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsTopic[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeLogDirsResponseDescribeLogDirsResult.topics');
  const a = new Array<DescribeLogDirsResponseDescribeLogDirsTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsResponseDescribeLogDirsTopic(r, v);
  return a;
}

function encodeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, m: DescribeLogDirsResponseDescribeLogDirsTopic, v: number): void {
  if (v >= 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeDescribeLogDirsResponseDescribeLogDirsTopic_partitions(w, m.partitions, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const m: DescribeLogDirsResponseDescribeLogDirsTopic = {
    name: v >= 2 ? r.compactString() : r.string(),
    partitions: decodeDescribeLogDirsResponseDescribeLogDirsTopic_partitions(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeLogDirsResponseDescribeLogDirsTopic_partitions(w: Writer, a: DescribeLogDirsResponseDescribeLogDirsPartition[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResponseDescribeLogDirsPartition(w, a[i]!, v);
  }
}

function decodeDescribeLogDirsResponseDescribeLogDirsTopic_partitions(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsPartition[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeLogDirsResponseDescribeLogDirsTopic.partitions');
  const a = new Array<DescribeLogDirsResponseDescribeLogDirsPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsResponseDescribeLogDirsPartition(r, v);
  return a;
}

function encodeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, m: DescribeLogDirsResponseDescribeLogDirsPartition, v: number): void {
  w.int32(m.partitionIndex);
  w.int64(m.partitionSize);
  w.int64(m.offsetLag);
  w.bool(m.isFutureKey);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const m: DescribeLogDirsResponseDescribeLogDirsPartition = {
    partitionIndex: r.int32(),
    partitionSize: r.int64(),
    offsetLag: r.int64(),
    isFutureKey: r.bool(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
