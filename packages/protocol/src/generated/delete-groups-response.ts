// Generated from Kafka's DeleteGroupsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteGroups response (API key 42): deletes empty groups together with their committed
 * offsets.
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

export interface DeleteGroupsResponse {
  throttleTimeMs: number;
  results: DeleteGroupsResponseDeletableGroupResult[];
}

/** An entry of `DeleteGroupsResponse.results` (JSON `DeletableGroupResult`). */
export interface DeleteGroupsResponseDeletableGroupResult {
  groupId: string;
  errorCode: number;
}

export const DeleteGroupsResponse = {
  apiKey: 42,
  name: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: DeleteGroupsResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteGroupsResponse', version, 0, 2);
    encodeDeleteGroupsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DeleteGroupsResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DeleteGroupsResponse', version, 0, 2);
    return decodeDeleteGroupsResponse(r, version);
  },
} as const;

function encodeDeleteGroupsResponse(w: Writer, m: DeleteGroupsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDeleteGroupsResponse_results(w, m.results, v);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const m: DeleteGroupsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeDeleteGroupsResponse_results(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeDeleteGroupsResponse_results(w: Writer, a: DeleteGroupsResponseDeletableGroupResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDeleteGroupsResponseDeletableGroupResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteGroupsResponseDeletableGroupResult(w, a[i]!, v);
  }
}

function decodeDeleteGroupsResponse_results(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteGroupsResponse.results');
  const a = new Array<DeleteGroupsResponseDeletableGroupResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteGroupsResponseDeletableGroupResult(r, v);
  return a;
}

function encodeDeleteGroupsResponseDeletableGroupResult(w: Writer, m: DeleteGroupsResponseDeletableGroupResult, v: number): void {
  if (v === 2) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  w.int16(m.errorCode);
  if (v === 2) w.uvarint(0);
}

function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult {
  const m: DeleteGroupsResponseDeletableGroupResult = {
    groupId: v === 2 ? r.compactString() : r.string(),
    errorCode: r.int16(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
