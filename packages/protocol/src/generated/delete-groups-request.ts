// Generated from Kafka's DeleteGroupsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteGroups request (API key 42): deletes empty groups together with their committed offsets.
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

export interface DeleteGroupsRequest {
  groupsNames: string[];
}

export const DeleteGroupsRequest = {
  apiKey: 42,
  name: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteGroupsRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteGroupsRequest', version, 0, 2);
    encodeDeleteGroupsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DeleteGroupsRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteGroupsRequest', version, 0, 2);
    return decodeDeleteGroupsRequest(r, version);
  },
} as const;

function encodeDeleteGroupsRequest(w: Writer, m: DeleteGroupsRequest, v: number): void {
  encodeDeleteGroupsRequest_groupsNames(w, m.groupsNames, v);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const m: DeleteGroupsRequest = {
    groupsNames: decodeDeleteGroupsRequest_groupsNames(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteGroupsRequest_groupsNames(w: Writer, a: string[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]!);
  }
}

function decodeDeleteGroupsRequest_groupsNames(r: Reader, v: number): string[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteGroupsRequest.groupsNames');
  const a = new Array<string>(n);
  if (v === 2) {
    for (let i = 0; i < n; i++) a[i] = r.compactString();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.string();
  }
  return a;
}
