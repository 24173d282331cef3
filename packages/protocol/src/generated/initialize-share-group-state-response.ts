// Generated from Kafka's InitializeShareGroupStateResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * InitializeShareGroupState response (API key 83): initializes the persisted state of share
 * partitions (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface InitializeShareGroupStateResponse {
  results: InitializeShareGroupStateResponseInitializeStateResult[];
}

/** An entry of `InitializeShareGroupStateResponse.results` (JSON `InitializeStateResult`). */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  topicId: string;
  partitions: InitializeShareGroupStateResponsePartitionResult[];
}

/** An entry of `InitializeShareGroupStateResponseInitializeStateResult.partitions` (JSON `PartitionResult`). */
export interface InitializeShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
}

export const InitializeShareGroupStateResponse = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: InitializeShareGroupStateResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('InitializeShareGroupStateResponse', version, 0, 0);
    encodeInitializeShareGroupStateResponse(w, m, version);
  },
  decode(r: Reader, version: number): InitializeShareGroupStateResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('InitializeShareGroupStateResponse', version, 0, 0);
    return decodeInitializeShareGroupStateResponse(r, version);
  },
} as const;

function encodeInitializeShareGroupStateResponse(w: Writer, m: InitializeShareGroupStateResponse, v: number): void {
  encodeInitializeShareGroupStateResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  const m: InitializeShareGroupStateResponse = {
    results: decodeInitializeShareGroupStateResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeInitializeShareGroupStateResponse_results(w: Writer, a: InitializeShareGroupStateResponseInitializeStateResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeInitializeShareGroupStateResponseInitializeStateResult(w, a[i]!, v);
}

function decodeInitializeShareGroupStateResponse_results(r: Reader, v: number): InitializeShareGroupStateResponseInitializeStateResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('InitializeShareGroupStateResponse.results');
  const a = new Array<InitializeShareGroupStateResponseInitializeStateResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeInitializeShareGroupStateResponseInitializeStateResult(r, v);
  return a;
}

function encodeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, m: InitializeShareGroupStateResponseInitializeStateResult, v: number): void {
  w.uuid(m.topicId);
  encodeInitializeShareGroupStateResponseInitializeStateResult_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateResponseInitializeStateResult(r: Reader, v: number): InitializeShareGroupStateResponseInitializeStateResult {
  const m: InitializeShareGroupStateResponseInitializeStateResult = {
    topicId: r.uuid(),
    partitions: decodeInitializeShareGroupStateResponseInitializeStateResult_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeInitializeShareGroupStateResponseInitializeStateResult_partitions(w: Writer, a: InitializeShareGroupStateResponsePartitionResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeInitializeShareGroupStateResponsePartitionResult(w, a[i]!, v);
}

function decodeInitializeShareGroupStateResponseInitializeStateResult_partitions(r: Reader, v: number): InitializeShareGroupStateResponsePartitionResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('InitializeShareGroupStateResponseInitializeStateResult.partitions');
  const a = new Array<InitializeShareGroupStateResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeInitializeShareGroupStateResponsePartitionResult(r, v);
  return a;
}

function encodeInitializeShareGroupStateResponsePartitionResult(w: Writer, m: InitializeShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeInitializeShareGroupStateResponsePartitionResult(r: Reader, _v: number): InitializeShareGroupStateResponsePartitionResult {
  const m: InitializeShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
