// Generated from Kafka's AddPartitionsToTxnResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddPartitionsToTxn response (API key 24): registers partitions with the ongoing transaction
 * before records are produced to them.
 */
// v0-v5, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AddPartitionsToTxnResponse {
  throttleTimeMs: number;
  errorCode?: number; // v4+
  resultsByTransaction?: AddPartitionsToTxnResponseAddPartitionsToTxnResult[]; // v4+
  resultsByTopicV3AndBelow?: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]; // v0-v3
}

/** An entry of `AddPartitionsToTxnResponse.resultsByTransaction` (JSON `AddPartitionsToTxnResult`, v4+). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  transactionalId: string;
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

/** An entry of `AddPartitionsToTxnResponse.resultsByTopicV3AndBelow`; an entry of `AddPartitionsToTxnResponseAddPartitionsToTxnResult.topicResults` (JSON `AddPartitionsToTxnTopicResult`). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  name: string;
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

/** An entry of `AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult.resultsByPartition` (JSON `AddPartitionsToTxnPartitionResult`). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  partitionIndex: number;
  partitionErrorCode: number;
}

export const AddPartitionsToTxnResponse = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: AddPartitionsToTxnResponse, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('AddPartitionsToTxnResponse', version, 0, 5);
    encodeAddPartitionsToTxnResponse(w, m, version);
  },
  decode(r: Reader, version: number): AddPartitionsToTxnResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('AddPartitionsToTxnResponse', version, 0, 5);
    return decodeAddPartitionsToTxnResponse(r, version);
  },
} as const;

function encodeAddPartitionsToTxnResponse(w: Writer, m: AddPartitionsToTxnResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  if (v >= 4) w.int16(m.errorCode ?? 0);
  if (v >= 4) {
    const _resultsByTransaction = m.resultsByTransaction ?? [];
    encodeAddPartitionsToTxnResponse_resultsByTransaction(w, _resultsByTransaction, v);
  }
  if (v <= 3) {
    const _resultsByTopicV3AndBelow = m.resultsByTopicV3AndBelow ?? [];
    encodeAddPartitionsToTxnResponse_resultsByTopicV3AndBelow(w, _resultsByTopicV3AndBelow, v);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const m: AddPartitionsToTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: v >= 4 ? r.int16() : 0,
    resultsByTransaction: v >= 4 ? decodeAddPartitionsToTxnResponse_resultsByTransaction(r, v) : [],
    resultsByTopicV3AndBelow: v <= 3 ? decodeAddPartitionsToTxnResponse_resultsByTopicV3AndBelow(r, v) : [],
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnResponse_resultsByTransaction(w: Writer, a: AddPartitionsToTxnResponseAddPartitionsToTxnResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, a[i]!, v);
}

function decodeAddPartitionsToTxnResponse_resultsByTransaction(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnResponse.resultsByTransaction');
  const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, v);
  return a;
}

function encodeAddPartitionsToTxnResponse_resultsByTopicV3AndBelow(w: Writer, a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[], v: number): void {
  if (v === 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, a[i]!, v);
  }
}

function decodeAddPartitionsToTxnResponse_resultsByTopicV3AndBelow(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] {
  const n = v === 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnResponse.resultsByTopicV3AndBelow');
  const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v);
  return a;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnResult, v: number): void {
  w.compactString(m.transactionalId);
  encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult_topicResults(w, m.topicResults, v);
  w.uvarint(0);
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnResult = {
    transactionalId: r.compactString(),
    topicResults: decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult_topicResults(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult_topicResults(w: Writer, a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, a[i]!, v);
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult_topicResults(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnResponseAddPartitionsToTxnResult.topicResults');
  const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v);
  return a;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v: number): void {
  if (v >= 3) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_resultsByPartition(w, m.resultsByPartition, v);
  if (v >= 3) w.uvarint(0);
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = {
    name: v >= 3 ? r.compactString() : r.string(),
    resultsByPartition: decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_resultsByPartition(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_resultsByPartition(w: Writer, a: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, a[i]!, v);
  }
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult_resultsByPartition(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult.resultsByPartition');
  const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, v);
  return a;
}

function encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
  if (v >= 3) w.uvarint(0);
}

function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = {
    partitionIndex: r.int32(),
    partitionErrorCode: r.int16(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
