// Generated from Kafka's DeleteAclsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteAcls request (API key 31): removes the access control entries matching filters.
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

export interface DeleteAclsRequest {
  filters: DeleteAclsRequestDeleteAclsFilter[];
}

/** An entry of `DeleteAclsRequest.filters` (JSON `DeleteAclsFilter`). */
export interface DeleteAclsRequestDeleteAclsFilter {
  resourceTypeFilter: number;
  resourceNameFilter: string | null; // nullable
  patternTypeFilter?: number; // v1+, default 3
  principalFilter: string | null; // nullable
  hostFilter: string | null; // nullable
  operation: number;
  permissionType: number;
}

export const DeleteAclsRequest = {
  apiKey: 31,
  name: 'DeleteAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteAclsRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DeleteAclsRequest', version, 0, 3);
    encodeDeleteAclsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DeleteAclsRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DeleteAclsRequest', version, 0, 3);
    return decodeDeleteAclsRequest(r, version);
  },
} as const;

function encodeDeleteAclsRequest(w: Writer, m: DeleteAclsRequest, v: number): void {
  encodeDeleteAclsRequest_filters(w, m.filters, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  const m: DeleteAclsRequest = {
    filters: decodeDeleteAclsRequest_filters(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDeleteAclsRequest_filters(w: Writer, a: DeleteAclsRequestDeleteAclsFilter[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsRequestDeleteAclsFilter(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsRequestDeleteAclsFilter(w, a[i]!, v);
  }
}

function decodeDeleteAclsRequest_filters(r: Reader, v: number): DeleteAclsRequestDeleteAclsFilter[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteAclsRequest.filters');
  const a = new Array<DeleteAclsRequestDeleteAclsFilter>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteAclsRequestDeleteAclsFilter(r, v);
  return a;
}

function encodeDeleteAclsRequestDeleteAclsFilter(w: Writer, m: DeleteAclsRequestDeleteAclsFilter, v: number): void {
  w.int8(m.resourceTypeFilter);
  if (v >= 2) {
    w.compactString(m.resourceNameFilter);
  } else {
    w.string(m.resourceNameFilter);
  }
  if (v >= 1) w.int8(m.patternTypeFilter ?? 3);
  if (v >= 2) {
    w.compactString(m.principalFilter);
  } else {
    w.string(m.principalFilter);
  }
  if (v >= 2) {
    w.compactString(m.hostFilter);
  } else {
    w.string(m.hostFilter);
  }
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (v >= 2) w.uvarint(0);
}

function decodeDeleteAclsRequestDeleteAclsFilter(r: Reader, v: number): DeleteAclsRequestDeleteAclsFilter {
  const m: DeleteAclsRequestDeleteAclsFilter = {
    resourceTypeFilter: r.int8(),
    resourceNameFilter: v >= 2 ? r.compactNullableString() : r.nullableString(),
    patternTypeFilter: v >= 1 ? r.int8() : 3,
    principalFilter: v >= 2 ? r.compactNullableString() : r.nullableString(),
    hostFilter: v >= 2 ? r.compactNullableString() : r.nullableString(),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
