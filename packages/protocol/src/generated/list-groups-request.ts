// Generated from Kafka's ListGroupsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListGroups request (API key 16): lists the groups a coordinator knows, optionally filtered by
 * state or type.
 */
// v0-v5, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListGroupsRequest {
  statesFilter?: string[]; // v4+
  typesFilter?: string[]; // v5
}

export const ListGroupsRequest = {
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: ListGroupsRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('ListGroupsRequest', version, 0, 5);
    encodeListGroupsRequest(w, m, version);
  },
  decode(r: Reader, version: number): ListGroupsRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('ListGroupsRequest', version, 0, 5);
    return decodeListGroupsRequest(r, version);
  },
} as const;

function encodeListGroupsRequest(w: Writer, m: ListGroupsRequest, v: number): void {
  if (v >= 4) {
    const _statesFilter = m.statesFilter ?? [];
    encodeListGroupsRequest_statesFilter(w, _statesFilter, v);
  }
  if (v === 5) {
    const _typesFilter = m.typesFilter ?? [];
    encodeListGroupsRequest_typesFilter(w, _typesFilter, v);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const m: ListGroupsRequest = {
    statesFilter: v >= 4 ? decodeListGroupsRequest_statesFilter(r, v) : [],
    typesFilter: v === 5 ? decodeListGroupsRequest_typesFilter(r, v) : [],
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeListGroupsRequest_statesFilter(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeListGroupsRequest_statesFilter(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListGroupsRequest.statesFilter');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeListGroupsRequest_typesFilter(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeListGroupsRequest_typesFilter(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListGroupsRequest.typesFilter');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
