// Generated from Kafka's WriteShareGroupStateResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * WriteShareGroupState response (API key 85): writes the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface WriteShareGroupStateResponse {
  results: WriteShareGroupStateResponseWriteStateResult[];
}

/** An entry of `WriteShareGroupStateResponse.results` (JSON `WriteStateResult`). */
export interface WriteShareGroupStateResponseWriteStateResult {
  topicId: string;
  partitions: WriteShareGroupStateResponsePartitionResult[];
}

/** An entry of `WriteShareGroupStateResponseWriteStateResult.partitions` (JSON `PartitionResult`). */
export interface WriteShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
}

export const WriteShareGroupStateResponse = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: WriteShareGroupStateResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('WriteShareGroupStateResponse', version, 0, 0);
    encodeWriteShareGroupStateResponse(w, m, version);
  },
  decode(r: Reader, version: number): WriteShareGroupStateResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('WriteShareGroupStateResponse', version, 0, 0);
    return decodeWriteShareGroupStateResponse(r, version);
  },
} as const;

function encodeWriteShareGroupStateResponse(w: Writer, m: WriteShareGroupStateResponse, v: number): void {
  encodeWriteShareGroupStateResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  const m: WriteShareGroupStateResponse = {
    results: decodeWriteShareGroupStateResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeWriteShareGroupStateResponse_results(w: Writer, a: WriteShareGroupStateResponseWriteStateResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeWriteShareGroupStateResponseWriteStateResult(w, a[i]!, v);
}

function decodeWriteShareGroupStateResponse_results(r: Reader, v: number): WriteShareGroupStateResponseWriteStateResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('WriteShareGroupStateResponse.results');
  const a = new Array<WriteShareGroupStateResponseWriteStateResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteShareGroupStateResponseWriteStateResult(r, v);
  return a;
}

function encodeWriteShareGroupStateResponseWriteStateResult(w: Writer, m: WriteShareGroupStateResponseWriteStateResult, v: number): void {
  w.uuid(m.topicId);
  encodeWriteShareGroupStateResponseWriteStateResult_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeWriteShareGroupStateResponseWriteStateResult(r: Reader, v: number): WriteShareGroupStateResponseWriteStateResult {
  const m: WriteShareGroupStateResponseWriteStateResult = {
    topicId: r.uuid(),
    partitions: decodeWriteShareGroupStateResponseWriteStateResult_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeWriteShareGroupStateResponseWriteStateResult_partitions(w: Writer, a: WriteShareGroupStateResponsePartitionResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeWriteShareGroupStateResponsePartitionResult(w, a[i]!, v);
}

function decodeWriteShareGroupStateResponseWriteStateResult_partitions(r: Reader, v: number): WriteShareGroupStateResponsePartitionResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('WriteShareGroupStateResponseWriteStateResult.partitions');
  const a = new Array<WriteShareGroupStateResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteShareGroupStateResponsePartitionResult(r, v);
  return a;
}

function encodeWriteShareGroupStateResponsePartitionResult(w: Writer, m: WriteShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeWriteShareGroupStateResponsePartitionResult(r: Reader, _v: number): WriteShareGroupStateResponsePartitionResult {
  const m: WriteShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
