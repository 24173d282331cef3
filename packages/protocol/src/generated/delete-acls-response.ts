// Generated from Kafka's DeleteAclsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteAcls response (API key 31): removes the access control entries matching filters.
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

export interface DeleteAclsResponse {
  throttleTimeMs: number;
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
}

/** An entry of `DeleteAclsResponse.filterResults` (JSON `DeleteAclsFilterResult`). */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  errorCode: number;
  errorMessage: string | null; // nullable
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
}

/** An entry of `DeleteAclsResponseDeleteAclsFilterResult.matchingAcls` (JSON `DeleteAclsMatchingAcl`). */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  errorCode: number;
  errorMessage: string | null; // nullable
  resourceType: number;
  resourceName: string;
  patternType?: number; // v1+, default 3
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export const DeleteAclsResponse = {
  apiKey: 31,
  name: 'DeleteAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteAclsResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DeleteAclsResponse', version, 0, 3);
    encodeDeleteAclsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DeleteAclsResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DeleteAclsResponse', version, 0, 3);
    return decodeDeleteAclsResponse(r, version);
  },
} as const;

function encodeDeleteAclsResponse(w: Writer, m: DeleteAclsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDeleteAclsResponse_filterResults(w, m.filterResults, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const m: DeleteAclsResponse = {
    throttleTimeMs: r.int32(),
    filterResults: decodeDeleteAclsResponse_filterResults(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDeleteAclsResponse_filterResults(w: Writer, a: DeleteAclsResponseDeleteAclsFilterResult[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsResponseDeleteAclsFilterResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsResponseDeleteAclsFilterResult(w, a[i]!, v);
  }
}

function decodeDeleteAclsResponse_filterResults(r: Reader, v: number): DeleteAclsResponseDeleteAclsFilterResult[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteAclsResponse.filterResults');
  const a = new Array<DeleteAclsResponseDeleteAclsFilterResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteAclsResponseDeleteAclsFilterResult(r, v);
  return a;
}

function encodeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, m: DeleteAclsResponseDeleteAclsFilterResult, v: number): void {
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  encodeDeleteAclsResponseDeleteAclsFilterResult_matchingAcls(w, m.matchingAcls, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDeleteAclsResponseDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsResponseDeleteAclsFilterResult {
  const m: DeleteAclsResponseDeleteAclsFilterResult = {
    errorCode: r.int16(),
    errorMessage: v >= 2 ? r.compactNullableString() : r.nullableString(),
    matchingAcls: decodeDeleteAclsResponseDeleteAclsFilterResult_matchingAcls(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDeleteAclsResponseDeleteAclsFilterResult_matchingAcls(w: Writer, a: DeleteAclsResponseDeleteAclsMatchingAcl[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsResponseDeleteAclsMatchingAcl(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsResponseDeleteAclsMatchingAcl(w, a[i]!, v);
  }
}

function decodeDeleteAclsResponseDeleteAclsFilterResult_matchingAcls(r: Reader, v: number): DeleteAclsResponseDeleteAclsMatchingAcl[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteAclsResponseDeleteAclsFilterResult.matchingAcls');
  const a = new Array<DeleteAclsResponseDeleteAclsMatchingAcl>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteAclsResponseDeleteAclsMatchingAcl(r, v);
  return a;
}

function encodeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, m: DeleteAclsResponseDeleteAclsMatchingAcl, v: number): void {
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  w.int8(m.resourceType);
  if (v >= 2) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  if (v >= 1) w.int8(m.patternType ?? 3);
  if (v >= 2) {
    w.compactString(m.principal);
  } else {
    w.string(m.principal);
  }
  if (v >= 2) {
    w.compactString(m.host);
  } else {
    w.string(m.host);
  }
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (v >= 2) w.uvarint(0);
}

function decodeDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const m: DeleteAclsResponseDeleteAclsMatchingAcl = {
    errorCode: r.int16(),
    errorMessage: v >= 2 ? r.compactNullableString() : r.nullableString(),
    resourceType: r.int8(),
    resourceName: v >= 2 ? r.compactString() : r.string(),
    patternType: v >= 1 ? r.int8() : 3,
    principal: v >= 2 ? r.compactString() : r.string(),
    host: v >= 2 ? r.compactString() : r.string(),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
