// Generated from Kafka's DescribeGroupsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeGroups request (API key 15): describes classic groups: state, protocol and members
 * with their metadata and assignments.
 */
// v0-v5, flexible from v5

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DescribeGroupsRequest {
  groups: string[];
  includeAuthorizedOperations?: boolean; // v3+
}

export const DescribeGroupsRequest = {
  apiKey: 15,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 5,
  encode(w: Writer, m: DescribeGroupsRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('DescribeGroupsRequest', version, 0, 5);
    encodeDescribeGroupsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeGroupsRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('DescribeGroupsRequest', version, 0, 5);
    return decodeDescribeGroupsRequest(r, version);
  },
} as const;

function encodeDescribeGroupsRequest(w: Writer, m: DescribeGroupsRequest, v: number): void {
  encodeDescribeGroupsRequest_groups(w, m.groups, v);
  if (v >= 3) w.bool(m.includeAuthorizedOperations ?? false);
  if (v === 5) w.uvarint(0);
}

function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const m: DescribeGroupsRequest = {
    groups: decodeDescribeGroupsRequest_groups(r, v),
    includeAuthorizedOperations: v >= 3 ? r.bool() : false,
  };
  if (v === 5) r.taggedFields();
  return m;
}

function encodeDescribeGroupsRequest_groups(w: Writer, a: string[], v: number): void {
  if (v === 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]!);
  }
}

function decodeDescribeGroupsRequest_groups(r: Reader, v: number): string[] {
  const n = v === 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeGroupsRequest.groups');
  const a = new Array<string>(n);
  if (v === 5) {
    for (let i = 0; i < n; i++) a[i] = r.compactString();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.string();
  }
  return a;
}
