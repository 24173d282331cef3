// Generated from Kafka's ReadShareGroupStateSummaryResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ReadShareGroupStateSummary response (API key 87): reads a summary of the persisted state of
 * share partitions (KIP-932).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ReadShareGroupStateSummaryResponse {
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
}

/** An entry of `ReadShareGroupStateSummaryResponse.results` (JSON `ReadStateSummaryResult`). */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  topicId: string;
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
}

/** An entry of `ReadShareGroupStateSummaryResponseReadStateSummaryResult.partitions` (JSON `PartitionResult`). */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  stateEpoch: number;
  startOffset: number;
}

export const ReadShareGroupStateSummaryResponse = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ReadShareGroupStateSummaryResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateSummaryResponse', version, 0, 0);
    encodeReadShareGroupStateSummaryResponse(w, m, version);
  },
  decode(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateSummaryResponse', version, 0, 0);
    return decodeReadShareGroupStateSummaryResponse(r, version);
  },
} as const;

function encodeReadShareGroupStateSummaryResponse(w: Writer, m: ReadShareGroupStateSummaryResponse, v: number): void {
  encodeReadShareGroupStateSummaryResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  const m: ReadShareGroupStateSummaryResponse = {
    results: decodeReadShareGroupStateSummaryResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateSummaryResponse_results(w: Writer, a: ReadShareGroupStateSummaryResponseReadStateSummaryResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, a[i]!, v);
}

function decodeReadShareGroupStateSummaryResponse_results(r: Reader, v: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateSummaryResponse.results');
  const a = new Array<ReadShareGroupStateSummaryResponseReadStateSummaryResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r, v);
  return a;
}

function encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, m: ReadShareGroupStateSummaryResponseReadStateSummaryResult, v: number): void {
  w.uuid(m.topicId);
  encodeReadShareGroupStateSummaryResponseReadStateSummaryResult_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, v: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const m: ReadShareGroupStateSummaryResponseReadStateSummaryResult = {
    topicId: r.uuid(),
    partitions: decodeReadShareGroupStateSummaryResponseReadStateSummaryResult_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateSummaryResponseReadStateSummaryResult_partitions(w: Writer, a: ReadShareGroupStateSummaryResponsePartitionResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateSummaryResponsePartitionResult(w, a[i]!, v);
}

function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult_partitions(r: Reader, v: number): ReadShareGroupStateSummaryResponsePartitionResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateSummaryResponseReadStateSummaryResult.partitions');
  const a = new Array<ReadShareGroupStateSummaryResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateSummaryResponsePartitionResult(r, v);
  return a;
}

function encodeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, m: ReadShareGroupStateSummaryResponsePartitionResult, _v: number): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryResponsePartitionResult(r: Reader, _v: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const m: ReadShareGroupStateSummaryResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
  };
  r.taggedFields();
  return m;
}
