// Generated from Kafka's ReadShareGroupStateResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ReadShareGroupState response (API key 84): reads the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ReadShareGroupStateResponse {
  results: ReadShareGroupStateResponseReadStateResult[];
}

/** An entry of `ReadShareGroupStateResponse.results` (JSON `ReadStateResult`). */
export interface ReadShareGroupStateResponseReadStateResult {
  topicId: string;
  partitions: ReadShareGroupStateResponsePartitionResult[];
}

/** An entry of `ReadShareGroupStateResponseReadStateResult.partitions` (JSON `PartitionResult`). */
export interface ReadShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  stateEpoch: number;
  startOffset: number;
  stateBatches: ReadShareGroupStateResponseStateBatch[];
}

/** An entry of `ReadShareGroupStateResponsePartitionResult.stateBatches` (JSON `StateBatch`). */
export interface ReadShareGroupStateResponseStateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

export const ReadShareGroupStateResponse = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ReadShareGroupStateResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateResponse', version, 0, 0);
    encodeReadShareGroupStateResponse(w, m, version);
  },
  decode(r: Reader, version: number): ReadShareGroupStateResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateResponse', version, 0, 0);
    return decodeReadShareGroupStateResponse(r, version);
  },
} as const;

function encodeReadShareGroupStateResponse(w: Writer, m: ReadShareGroupStateResponse, v: number): void {
  encodeReadShareGroupStateResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  const m: ReadShareGroupStateResponse = {
    results: decodeReadShareGroupStateResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateResponse_results(w: Writer, a: ReadShareGroupStateResponseReadStateResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateResponseReadStateResult(w, a[i]!, v);
}

function decodeReadShareGroupStateResponse_results(r: Reader, v: number): ReadShareGroupStateResponseReadStateResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateResponse.results');
  const a = new Array<ReadShareGroupStateResponseReadStateResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateResponseReadStateResult(r, v);
  return a;
}

function encodeReadShareGroupStateResponseReadStateResult(w: Writer, m: ReadShareGroupStateResponseReadStateResult, v: number): void {
  w.uuid(m.topicId);
  encodeReadShareGroupStateResponseReadStateResult_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateResponseReadStateResult(r: Reader, v: number): ReadShareGroupStateResponseReadStateResult {
  const m: ReadShareGroupStateResponseReadStateResult = {
    topicId: r.uuid(),
    partitions: decodeReadShareGroupStateResponseReadStateResult_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateResponseReadStateResult_partitions(w: Writer, a: ReadShareGroupStateResponsePartitionResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateResponsePartitionResult(w, a[i]!, v);
}

function decodeReadShareGroupStateResponseReadStateResult_partitions(r: Reader, v: number): ReadShareGroupStateResponsePartitionResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateResponseReadStateResult.partitions');
  const a = new Array<ReadShareGroupStateResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateResponsePartitionResult(r, v);
  return a;
}

function encodeReadShareGroupStateResponsePartitionResult(w: Writer, m: ReadShareGroupStateResponsePartitionResult, v: number): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  encodeReadShareGroupStateResponsePartitionResult_stateBatches(w, m.stateBatches, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateResponsePartitionResult {
  const m: ReadShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    stateEpoch: r.int32(),
    startOffset: r.int64(),
    stateBatches: decodeReadShareGroupStateResponsePartitionResult_stateBatches(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateResponsePartitionResult_stateBatches(w: Writer, a: ReadShareGroupStateResponseStateBatch[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateResponseStateBatch(w, a[i]!, v);
}

function decodeReadShareGroupStateResponsePartitionResult_stateBatches(r: Reader, v: number): ReadShareGroupStateResponseStateBatch[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateResponsePartitionResult.stateBatches');
  const a = new Array<ReadShareGroupStateResponseStateBatch>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateResponseStateBatch(r, v);
  return a;
}

function encodeReadShareGroupStateResponseStateBatch(w: Writer, m: ReadShareGroupStateResponseStateBatch, _v: number): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function decodeReadShareGroupStateResponseStateBatch(r: Reader, _v: number): ReadShareGroupStateResponseStateBatch {
  const m: ReadShareGroupStateResponseStateBatch = {
    firstOffset: r.int64(),
    lastOffset: r.int64(),
    deliveryState: r.int8(),
    deliveryCount: r.int16(),
  };
  r.taggedFields();
  return m;
}
