// Generated from Kafka's CreateAclsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateAcls response (API key 30): adds access control entries.
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

export interface CreateAclsResponse {
  throttleTimeMs: number;
  results: CreateAclsResponseAclCreationResult[];
}

/** An entry of `CreateAclsResponse.results` (JSON `AclCreationResult`). */
export interface CreateAclsResponseAclCreationResult {
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const CreateAclsResponse = {
  apiKey: 30,
  name: 'CreateAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: CreateAclsResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateAclsResponse', version, 0, 3);
    encodeCreateAclsResponse(w, m, version);
  },
  decode(r: Reader, version: number): CreateAclsResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateAclsResponse', version, 0, 3);
    return decodeCreateAclsResponse(r, version);
  },
} as const;

function encodeCreateAclsResponse(w: Writer, m: CreateAclsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeCreateAclsResponse_results(w, m.results, v);
  if (v >= 2) w.uvarint(0);
}

function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const m: CreateAclsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeCreateAclsResponse_results(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreateAclsResponse_results(w: Writer, a: CreateAclsResponseAclCreationResult[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateAclsResponseAclCreationResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateAclsResponseAclCreationResult(w, a[i]!, v);
  }
}

function decodeCreateAclsResponse_results(r: Reader, v: number): CreateAclsResponseAclCreationResult[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateAclsResponse.results');
  const a = new Array<CreateAclsResponseAclCreationResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateAclsResponseAclCreationResult(r, v);
  return a;
}

function encodeCreateAclsResponseAclCreationResult(w: Writer, m: CreateAclsResponseAclCreationResult, v: number): void {
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  if (v >= 2) w.uvarint(0);
}

function decodeCreateAclsResponseAclCreationResult(r: Reader, v: number): CreateAclsResponseAclCreationResult {
  const m: CreateAclsResponseAclCreationResult = {
    errorCode: r.int16(),
    errorMessage: v >= 2 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
