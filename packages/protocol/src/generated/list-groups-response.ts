// Generated from Kafka's ListGroupsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListGroups response (API key 16): lists the groups a coordinator knows, optionally filtered by
 * state or type.
 */
// v0-v5, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface ListGroupsResponse {
  throttleTimeMs?: number; // v1+
  errorCode: number;
  groups: ListGroupsResponseListedGroup[];
}

/** An entry of `ListGroupsResponse.groups` (JSON `ListedGroup`). */
export interface ListGroupsResponseListedGroup {
  groupId: string;
  protocolType: string;
  groupState?: string; // v4+
  groupType?: string; // v5
}

export const ListGroupsResponse = {
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: ListGroupsResponse, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('ListGroupsResponse', version, 0, 5);
    encodeListGroupsResponse(w, m, version);
  },
  decode(r: Reader, version: number): ListGroupsResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('ListGroupsResponse', version, 0, 5);
    return decodeListGroupsResponse(r, version);
  },
} as const;

function encodeListGroupsResponse(w: Writer, m: ListGroupsResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  w.int16(m.errorCode);
  encodeListGroupsResponse_groups(w, m.groups, v);
  if (v >= 3) w.uvarint(0);
}

function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const m: ListGroupsResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    groups: decodeListGroupsResponse_groups(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeListGroupsResponse_groups(w: Writer, a: ListGroupsResponseListedGroup[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeListGroupsResponseListedGroup(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeListGroupsResponseListedGroup(w, a[i]!, v);
  }
}

function decodeListGroupsResponse_groups(r: Reader, v: number): ListGroupsResponseListedGroup[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ListGroupsResponse.groups');
  const a = new Array<ListGroupsResponseListedGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListGroupsResponseListedGroup(r, v);
  return a;
}

function encodeListGroupsResponseListedGroup(w: Writer, m: ListGroupsResponseListedGroup, v: number): void {
  if (v >= 3) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  if (v >= 3) {
    w.compactString(m.protocolType);
  } else {
    w.string(m.protocolType);
  }
  if (v >= 4) {
    const _groupState = m.groupState ?? '';
    w.compactString(_groupState);
  }
  if (v === 5) {
    const _groupType = m.groupType ?? '';
    w.compactString(_groupType);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  const m: ListGroupsResponseListedGroup = {
    groupId: v >= 3 ? r.compactString() : r.string(),
    protocolType: v >= 3 ? r.compactString() : r.string(),
    groupState: v >= 4 ? r.compactString() : '',
    groupType: v === 5 ? r.compactString() : '',
  };
  if (v >= 3) r.taggedFields();
  return m;
}
