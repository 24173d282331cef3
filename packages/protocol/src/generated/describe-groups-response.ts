// Generated from Kafka's DescribeGroupsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeGroups response (API key 15): describes classic groups: state, protocol and members
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
  type Encodable,
} from '../codegen/runtime.js';

export interface DescribeGroupsResponse {
  throttleTimeMs?: number; // v1+
  groups: DescribeGroupsResponseDescribedGroup[];
}

/** An entry of `DescribeGroupsResponse.groups` (JSON `DescribedGroup`). */
export interface DescribeGroupsResponseDescribedGroup {
  errorCode: number;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: DescribeGroupsResponseDescribedGroupMember[];
  authorizedOperations?: number; // v3+, default -2147483648
}

/** An entry of `DescribeGroupsResponseDescribedGroup.members` (JSON `DescribedGroupMember`). */
export interface DescribeGroupsResponseDescribedGroupMember {
  memberId: string;
  groupInstanceId?: string | null; // v4+, nullable, default null
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

export const DescribeGroupsResponse = {
  apiKey: 15,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 5,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<DescribeGroupsResponse>, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('DescribeGroupsResponse', version, 0, 5);
    encodeDescribeGroupsResponse(w, m as DescribeGroupsResponse, version);
  },
  decode(r: Reader, version: number): DescribeGroupsResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('DescribeGroupsResponse', version, 0, 5);
    return decodeDescribeGroupsResponse(r, version);
  },
} as const;

function encodeDescribeGroupsResponse(w: Writer, m: DescribeGroupsResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  encodeDescribeGroupsResponse_groups(w, m.groups, v);
  if (v === 5) w.uvarint(0);
}

function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const m: DescribeGroupsResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    groups: decodeDescribeGroupsResponse_groups(r, v),
  };
  if (v === 5) r.taggedFields();
  return m;
}

function encodeDescribeGroupsResponse_groups(w: Writer, a: DescribeGroupsResponseDescribedGroup[], v: number): void {
  if (v === 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeGroupsResponseDescribedGroup(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeGroupsResponseDescribedGroup(w, a[i]!, v);
  }
}

function decodeDescribeGroupsResponse_groups(r: Reader, v: number): DescribeGroupsResponseDescribedGroup[] {
  const n = v === 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeGroupsResponse.groups');
  const a = new Array<DescribeGroupsResponseDescribedGroup>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeGroupsResponseDescribedGroup(r, v);
  return a;
}

function encodeDescribeGroupsResponseDescribedGroup(w: Writer, m: DescribeGroupsResponseDescribedGroup, v: number): void {
  w.int16(m.errorCode);
  if (v === 5) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  if (v === 5) {
    w.compactString(m.groupState);
  } else {
    w.string(m.groupState);
  }
  if (v === 5) {
    w.compactString(m.protocolType);
  } else {
    w.string(m.protocolType);
  }
  if (v === 5) {
    w.compactString(m.protocolData);
  } else {
    w.string(m.protocolData);
  }
  encodeDescribeGroupsResponseDescribedGroup_members(w, m.members, v);
  if (v >= 3) w.int32(m.authorizedOperations ?? -2147483648);
  if (v === 5) w.uvarint(0);
}

function decodeDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  const m: DescribeGroupsResponseDescribedGroup = {
    errorCode: r.int16(),
    groupId: v === 5 ? r.compactString() : r.string(),
    groupState: v === 5 ? r.compactString() : r.string(),
    protocolType: v === 5 ? r.compactString() : r.string(),
    protocolData: v === 5 ? r.compactString() : r.string(),
    members: decodeDescribeGroupsResponseDescribedGroup_members(r, v),
    authorizedOperations: v >= 3 ? r.int32() : -2147483648,
  };
  if (v === 5) r.taggedFields();
  return m;
}

function encodeDescribeGroupsResponseDescribedGroup_members(w: Writer, a: DescribeGroupsResponseDescribedGroupMember[], v: number): void {
  if (v === 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeGroupsResponseDescribedGroupMember(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeGroupsResponseDescribedGroupMember(w, a[i]!, v);
  }
}

function decodeDescribeGroupsResponseDescribedGroup_members(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember[] {
  const n = v === 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeGroupsResponseDescribedGroup.members');
  const a = new Array<DescribeGroupsResponseDescribedGroupMember>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeGroupsResponseDescribedGroupMember(r, v);
  return a;
}

function encodeDescribeGroupsResponseDescribedGroupMember(w: Writer, m: DescribeGroupsResponseDescribedGroupMember, v: number): void {
  if (v === 5) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 4) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v === 5) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v === 5) {
    w.compactString(m.clientId);
  } else {
    w.string(m.clientId);
  }
  if (v === 5) {
    w.compactString(m.clientHost);
  } else {
    w.string(m.clientHost);
  }
  if (v === 5) {
    w.compactBytes(m.memberMetadata);
  } else {
    w.bytes(m.memberMetadata);
  }
  if (v === 5) {
    w.compactBytes(m.memberAssignment);
  } else {
    w.bytes(m.memberAssignment);
  }
  if (v === 5) w.uvarint(0);
}

function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  const m: DescribeGroupsResponseDescribedGroupMember = {
    memberId: v === 5 ? r.compactString() : r.string(),
    groupInstanceId: v >= 4 ? (v === 5 ? r.compactNullableString() : r.nullableString()) : null,
    clientId: v === 5 ? r.compactString() : r.string(),
    clientHost: v === 5 ? r.compactString() : r.string(),
    memberMetadata: v === 5 ? r.compactBytes() : r.bytes(),
    memberAssignment: v === 5 ? r.compactBytes() : r.bytes(),
  };
  if (v === 5) r.taggedFields();
  return m;
}
