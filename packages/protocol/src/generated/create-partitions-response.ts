// Generated from Kafka's CreatePartitionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreatePartitions response (API key 37): adds partitions to existing topics.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface CreatePartitionsResponse {
  throttleTimeMs: number;
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}

/** An entry of `CreatePartitionsResponse.results` (JSON `CreatePartitionsTopicResult`). */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  name: string;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
}

export const CreatePartitionsResponse = {
  apiKey: 37,
  name: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: CreatePartitionsResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreatePartitionsResponse', version, 0, 3);
    encodeCreatePartitionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): CreatePartitionsResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreatePartitionsResponse', version, 0, 3);
    return decodeCreatePartitionsResponse(r, version);
  },
} as const;

function encodeCreatePartitionsResponse(w: Writer, m: CreatePartitionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeCreatePartitionsResponse_results(w, m.results, v);
  if (v >= 2) w.uvarint(0);
}

function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const m: CreatePartitionsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeCreatePartitionsResponse_results(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreatePartitionsResponse_results(w: Writer, a: CreatePartitionsResponseCreatePartitionsTopicResult[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, a[i]!, v);
  }
}

function decodeCreatePartitionsResponse_results(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreatePartitionsResponse.results');
  const a = new Array<CreatePartitionsResponseCreatePartitionsTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsResponseCreatePartitionsTopicResult(r, v);
  return a;
}

function encodeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, m: CreatePartitionsResponseCreatePartitionsTopicResult, v: number): void {
  if (v >= 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  if (v >= 2) w.uvarint(0);
}

function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const m: CreatePartitionsResponseCreatePartitionsTopicResult = {
    name: v >= 2 ? r.compactString() : r.string(),
    errorCode: r.int16(),
    errorMessage: v >= 2 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
