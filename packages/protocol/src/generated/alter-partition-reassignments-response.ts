// Generated from Kafka's AlterPartitionReassignmentsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterPartitionReassignments response (API key 45): starts or cancels moving partition replicas
 * to other brokers.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AlterPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
}

/** An entry of `AlterPartitionReassignmentsResponse.responses` (JSON `ReassignableTopicResponse`). */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  name: string;
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
}

/** An entry of `AlterPartitionReassignmentsResponseReassignableTopicResponse.partitions` (JSON `ReassignablePartitionResponse`). */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const AlterPartitionReassignmentsResponse = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AlterPartitionReassignmentsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterPartitionReassignmentsResponse', version, 0, 0);
    encodeAlterPartitionReassignmentsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterPartitionReassignmentsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterPartitionReassignmentsResponse', version, 0, 0);
    return decodeAlterPartitionReassignmentsResponse(r, version);
  },
} as const;

function encodeAlterPartitionReassignmentsResponse(w: Writer, m: AlterPartitionReassignmentsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeAlterPartitionReassignmentsResponse_responses(w, m.responses, v);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  const m: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    responses: decodeAlterPartitionReassignmentsResponse_responses(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionReassignmentsResponse_responses(w: Writer, a: AlterPartitionReassignmentsResponseReassignableTopicResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, a[i]!, v);
}

function decodeAlterPartitionReassignmentsResponse_responses(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignableTopicResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionReassignmentsResponse.responses');
  const a = new Array<AlterPartitionReassignmentsResponseReassignableTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r, v);
  return a;
}

function encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, m: AlterPartitionReassignmentsResponseReassignableTopicResponse, v: number): void {
  w.compactString(m.name);
  encodeAlterPartitionReassignmentsResponseReassignableTopicResponse_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const m: AlterPartitionReassignmentsResponseReassignableTopicResponse = {
    name: r.compactString(),
    partitions: decodeAlterPartitionReassignmentsResponseReassignableTopicResponse_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionReassignmentsResponseReassignableTopicResponse_partitions(w: Writer, a: AlterPartitionReassignmentsResponseReassignablePartitionResponse[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, a[i]!, v);
}

function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse_partitions(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionReassignmentsResponseReassignableTopicResponse.partitions');
  const a = new Array<AlterPartitionReassignmentsResponseReassignablePartitionResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, v);
  return a;
}

function encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, m: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, _v: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const m: AlterPartitionReassignmentsResponseReassignablePartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
