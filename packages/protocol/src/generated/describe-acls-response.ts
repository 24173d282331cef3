// Generated from Kafka's DescribeAclsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeAcls response (API key 29): lists the access control entries matching a filter.
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

export interface DescribeAclsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  resources: DescribeAclsResponseDescribeAclsResource[];
}

/** An entry of `DescribeAclsResponse.resources` (JSON `DescribeAclsResource`). */
export interface DescribeAclsResponseDescribeAclsResource {
  resourceType: number;
  resourceName: string;
  patternType?: number; // v1+, default 3
  acls: DescribeAclsResponseAclDescription[];
}

/** An entry of `DescribeAclsResponseDescribeAclsResource.acls` (JSON `AclDescription`). */
export interface DescribeAclsResponseAclDescription {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export const DescribeAclsResponse = {
  apiKey: 29,
  name: 'DescribeAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: DescribeAclsResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeAclsResponse', version, 0, 3);
    encodeDescribeAclsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeAclsResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeAclsResponse', version, 0, 3);
    return decodeDescribeAclsResponse(r, version);
  },
} as const;

function encodeDescribeAclsResponse(w: Writer, m: DescribeAclsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v >= 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  encodeDescribeAclsResponse_resources(w, m.resources, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const m: DescribeAclsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: v >= 2 ? r.compactNullableString() : r.nullableString(),
    resources: decodeDescribeAclsResponse_resources(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeAclsResponse_resources(w: Writer, a: DescribeAclsResponseDescribeAclsResource[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResponseDescribeAclsResource(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResponseDescribeAclsResource(w, a[i]!, v);
  }
}

function decodeDescribeAclsResponse_resources(r: Reader, v: number): DescribeAclsResponseDescribeAclsResource[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeAclsResponse.resources');
  const a = new Array<DescribeAclsResponseDescribeAclsResource>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeAclsResponseDescribeAclsResource(r, v);
  return a;
}

function encodeDescribeAclsResponseDescribeAclsResource(w: Writer, m: DescribeAclsResponseDescribeAclsResource, v: number): void {
  w.int8(m.resourceType);
  if (v >= 2) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  if (v >= 1) w.int8(m.patternType ?? 3);
  encodeDescribeAclsResponseDescribeAclsResource_acls(w, m.acls, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeAclsResponseDescribeAclsResource(r: Reader, v: number): DescribeAclsResponseDescribeAclsResource {
  const m: DescribeAclsResponseDescribeAclsResource = {
    resourceType: r.int8(),
    resourceName: v >= 2 ? r.compactString() : r.string(),
    patternType: v >= 1 ? r.int8() : 3,
    acls: decodeDescribeAclsResponseDescribeAclsResource_acls(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeAclsResponseDescribeAclsResource_acls(w: Writer, a: DescribeAclsResponseAclDescription[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResponseAclDescription(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResponseAclDescription(w, a[i]!, v);
  }
}

function decodeDescribeAclsResponseDescribeAclsResource_acls(r: Reader, v: number): DescribeAclsResponseAclDescription[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeAclsResponseDescribeAclsResource.acls');
  const a = new Array<DescribeAclsResponseAclDescription>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeAclsResponseAclDescription(r, v);
  return a;
}

function encodeDescribeAclsResponseAclDescription(w: Writer, m: DescribeAclsResponseAclDescription, v: number): void {
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

function decodeDescribeAclsResponseAclDescription(r: Reader, v: number): DescribeAclsResponseAclDescription {
  const m: DescribeAclsResponseAclDescription = {
    principal: v >= 2 ? r.compactString() : r.string(),
    host: v >= 2 ? r.compactString() : r.string(),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
