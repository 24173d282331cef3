// Generated from Kafka's DescribeAclsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeAcls request (API key 29): lists the access control entries matching a filter.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface DescribeAclsRequest {
  resourceTypeFilter: number;
  resourceNameFilter: string | null; // nullable
  patternTypeFilter?: number; // v1+, default 3
  principalFilter: string | null; // nullable
  hostFilter: string | null; // nullable
  operation: number;
  permissionType: number;
}

export const DescribeAclsRequest = {
  apiKey: 29,
  name: 'DescribeAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: DescribeAclsRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeAclsRequest', version, 0, 3);
    encodeDescribeAclsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeAclsRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeAclsRequest', version, 0, 3);
    return decodeDescribeAclsRequest(r, version);
  },
} as const;

function encodeDescribeAclsRequest(w: Writer, m: DescribeAclsRequest, v: number): void {
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

function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const m: DescribeAclsRequest = {
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
