// Generated from Kafka's DeleteShareGroupStateResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteShareGroupState response (API key 86): deletes the persisted state of share partitions
 * (KIP-932, broker to share coordinator).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DeleteShareGroupStateResponse {
  results: DeleteShareGroupStateResponseDeleteStateResult[];
}

/** An entry of `DeleteShareGroupStateResponse.results` (JSON `DeleteStateResult`). */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  topicId: string;
  partitions: DeleteShareGroupStateResponsePartitionResult[];
}

/** An entry of `DeleteShareGroupStateResponseDeleteStateResult.partitions` (JSON `PartitionResult`). */
export interface DeleteShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
}

export const DeleteShareGroupStateResponse = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DeleteShareGroupStateResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DeleteShareGroupStateResponse', version, 0, 0);
    encodeDeleteShareGroupStateResponse(w, m, version);
  },
  decode(r: Reader, version: number): DeleteShareGroupStateResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DeleteShareGroupStateResponse', version, 0, 0);
    return decodeDeleteShareGroupStateResponse(r, version);
  },
} as const;

function encodeDeleteShareGroupStateResponse(w: Writer, m: DeleteShareGroupStateResponse, v: number): void {
  encodeDeleteShareGroupStateResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  const m: DeleteShareGroupStateResponse = {
    results: decodeDeleteShareGroupStateResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDeleteShareGroupStateResponse_results(w: Writer, a: DeleteShareGroupStateResponseDeleteStateResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDeleteShareGroupStateResponseDeleteStateResult(w, a[i]!, v);
}

function decodeDeleteShareGroupStateResponse_results(r: Reader, v: number): DeleteShareGroupStateResponseDeleteStateResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DeleteShareGroupStateResponse.results');
  const a = new Array<DeleteShareGroupStateResponseDeleteStateResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteShareGroupStateResponseDeleteStateResult(r, v);
  return a;
}

function encodeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, m: DeleteShareGroupStateResponseDeleteStateResult, v: number): void {
  w.uuid(m.topicId);
  encodeDeleteShareGroupStateResponseDeleteStateResult_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateResponseDeleteStateResult(r: Reader, v: number): DeleteShareGroupStateResponseDeleteStateResult {
  const m: DeleteShareGroupStateResponseDeleteStateResult = {
    topicId: r.uuid(),
    partitions: decodeDeleteShareGroupStateResponseDeleteStateResult_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDeleteShareGroupStateResponseDeleteStateResult_partitions(w: Writer, a: DeleteShareGroupStateResponsePartitionResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDeleteShareGroupStateResponsePartitionResult(w, a[i]!, v);
}

function decodeDeleteShareGroupStateResponseDeleteStateResult_partitions(r: Reader, v: number): DeleteShareGroupStateResponsePartitionResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DeleteShareGroupStateResponseDeleteStateResult.partitions');
  const a = new Array<DeleteShareGroupStateResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteShareGroupStateResponsePartitionResult(r, v);
  return a;
}

function encodeDeleteShareGroupStateResponsePartitionResult(w: Writer, m: DeleteShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeDeleteShareGroupStateResponsePartitionResult(r: Reader, _v: number): DeleteShareGroupStateResponsePartitionResult {
  const m: DeleteShareGroupStateResponsePartitionResult = {
    partition: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
