// Generated from Kafka's IncrementalAlterConfigsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * IncrementalAlterConfigs response (API key 44): sets, deletes, appends to or subtracts from
 * individual configuration entries.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface IncrementalAlterConfigsResponse {
  throttleTimeMs: number;
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}

/** An entry of `IncrementalAlterConfigsResponse.responses` (JSON `AlterConfigsResourceResponse`). */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string | null; // nullable
  resourceType: number;
  resourceName: string;
}

export const IncrementalAlterConfigsResponse = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: IncrementalAlterConfigsResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('IncrementalAlterConfigsResponse', version, 0, 1);
    encodeIncrementalAlterConfigsResponse(w, m, version);
  },
  decode(r: Reader, version: number): IncrementalAlterConfigsResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('IncrementalAlterConfigsResponse', version, 0, 1);
    return decodeIncrementalAlterConfigsResponse(r, version);
  },
} as const;

function encodeIncrementalAlterConfigsResponse(w: Writer, m: IncrementalAlterConfigsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeIncrementalAlterConfigsResponse_responses(w, m.responses, v);
  if (v === 1) w.uvarint(0);
}

function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const m: IncrementalAlterConfigsResponse = {
    throttleTimeMs: r.int32(),
    responses: decodeIncrementalAlterConfigsResponse_responses(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeIncrementalAlterConfigsResponse_responses(w: Writer, a: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, a[i]!, v);
  }
}

function decodeIncrementalAlterConfigsResponse_responses(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('IncrementalAlterConfigsResponse.responses');
  const a = new Array<IncrementalAlterConfigsResponseAlterConfigsResourceResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, v);
  return a;
}

function encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  w.int16(m.errorCode);
  if (v === 1) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  w.int8(m.resourceType);
  if (v === 1) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  if (v === 1) w.uvarint(0);
}

function decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: r.int16(),
    errorMessage: v === 1 ? r.compactNullableString() : r.nullableString(),
    resourceType: r.int8(),
    resourceName: v === 1 ? r.compactString() : r.string(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
