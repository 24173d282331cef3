// Generated from Kafka's AlterConfigsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterConfigs response (API key 33): replaces the whole configuration of resources (superseded
 * by IncrementalAlterConfigs).
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AlterConfigsResponse {
  throttleTimeMs: number;
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
}

/** An entry of `AlterConfigsResponse.responses` (JSON `AlterConfigsResourceResponse`). */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string | null; // nullable
  resourceType: number;
  resourceName: string;
}

export const AlterConfigsResponse = {
  apiKey: 33,
  name: 'AlterConfigs',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: AlterConfigsResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterConfigsResponse', version, 0, 2);
    encodeAlterConfigsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterConfigsResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterConfigsResponse', version, 0, 2);
    return decodeAlterConfigsResponse(r, version);
  },
} as const;

function encodeAlterConfigsResponse(w: Writer, m: AlterConfigsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeAlterConfigsResponse_responses(w, m.responses, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const m: AlterConfigsResponse = {
    throttleTimeMs: r.int32(),
    responses: decodeAlterConfigsResponse_responses(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterConfigsResponse_responses(w: Writer, a: AlterConfigsResponseAlterConfigsResourceResponse[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResponseAlterConfigsResourceResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResponseAlterConfigsResourceResponse(w, a[i]!, v);
  }
}

function decodeAlterConfigsResponse_responses(r: Reader, v: number): AlterConfigsResponseAlterConfigsResourceResponse[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterConfigsResponse.responses');
  const a = new Array<AlterConfigsResponseAlterConfigsResourceResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterConfigsResponseAlterConfigsResourceResponse(r, v);
  return a;
}

function encodeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: AlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  w.int16(m.errorCode);
  if (v === 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  w.int8(m.resourceType);
  if (v === 2) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  if (v === 2) w.uvarint(0);
}

function decodeAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const m: AlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: r.int16(),
    errorMessage: v === 2 ? r.compactNullableString() : r.nullableString(),
    resourceType: r.int8(),
    resourceName: v === 2 ? r.compactString() : r.string(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
