// Generated from Kafka's DeleteTopicsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteTopics response (API key 20): deletes topics by name or topic id.
 */
// v0-v6, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  nullValueError,
} from '../codegen/runtime.js';

export interface DeleteTopicsResponse {
  throttleTimeMs?: number; // v1+
  responses: DeleteTopicsResponseDeletableTopicResult[];
}

/** An entry of `DeleteTopicsResponse.responses` (JSON `DeletableTopicResult`). */
export interface DeleteTopicsResponseDeletableTopicResult {
  name: string | null; // nullable v6
  topicId?: string; // v6
  errorCode: number;
  errorMessage?: string | null; // v5+, nullable, default null
}

export const DeleteTopicsResponse = {
  apiKey: 20,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 4,
  encode(w: Writer, m: DeleteTopicsResponse, version: number): void {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('DeleteTopicsResponse', version, 0, 6);
    encodeDeleteTopicsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DeleteTopicsResponse {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('DeleteTopicsResponse', version, 0, 6);
    return decodeDeleteTopicsResponse(r, version);
  },
} as const;

function encodeDeleteTopicsResponse(w: Writer, m: DeleteTopicsResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  encodeDeleteTopicsResponse_responses(w, m.responses, v);
  if (v >= 4) w.uvarint(0);
}

function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const m: DeleteTopicsResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    responses: decodeDeleteTopicsResponse_responses(r, v),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeDeleteTopicsResponse_responses(w: Writer, a: DeleteTopicsResponseDeletableTopicResult[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteTopicsResponseDeletableTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteTopicsResponseDeletableTopicResult(w, a[i]!, v);
  }
}

function decodeDeleteTopicsResponse_responses(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteTopicsResponse.responses');
  const a = new Array<DeleteTopicsResponseDeletableTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteTopicsResponseDeletableTopicResult(r, v);
  return a;
}

function encodeDeleteTopicsResponseDeletableTopicResult(w: Writer, m: DeleteTopicsResponseDeletableTopicResult, v: number): void {
  if (m.name === null && v !== 6) throw nullValueError('DeleteTopicsResponseDeletableTopicResult.name', v);
  if (v >= 4) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v === 6) w.uuid(m.topicId ?? ZERO_UUID);
  w.int16(m.errorCode);
  if (v >= 5) {
    const _errorMessage = m.errorMessage ?? null;
    w.compactString(_errorMessage);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult {
  const m: DeleteTopicsResponseDeletableTopicResult = {
    name: v >= 4 ? (v === 6 ? r.compactNullableString() : r.compactString()) : r.string(),
    topicId: v === 6 ? r.uuid() : ZERO_UUID,
    errorCode: r.int16(),
    errorMessage: v >= 5 ? r.compactNullableString() : null,
  };
  if (v >= 4) r.taggedFields();
  return m;
}
