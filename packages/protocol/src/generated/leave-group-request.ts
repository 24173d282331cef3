// Generated from Kafka's LeaveGroupRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * LeaveGroup request (API key 13): removes one or more members from a classic group so it can
 * rebalance promptly.
 */
// v0-v5, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface LeaveGroupRequest {
  groupId: string;
  memberId?: string; // v0-v2
  members?: LeaveGroupRequestMemberIdentity[]; // v3+
}

/** An entry of `LeaveGroupRequest.members` (JSON `MemberIdentity`, v3+). */
export interface LeaveGroupRequestMemberIdentity {
  memberId: string;
  groupInstanceId: string | null; // nullable, default null
  reason?: string | null; // v5, nullable, default null
}

export const LeaveGroupRequest = {
  apiKey: 13,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  encode(w: Writer, m: LeaveGroupRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('LeaveGroupRequest', version, 0, 5);
    encodeLeaveGroupRequest(w, m, version);
  },
  decode(r: Reader, version: number): LeaveGroupRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('LeaveGroupRequest', version, 0, 5);
    return decodeLeaveGroupRequest(r, version);
  },
} as const;

function encodeLeaveGroupRequest(w: Writer, m: LeaveGroupRequest, v: number): void {
  if (v >= 4) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  if (v <= 2) {
    const _memberId = m.memberId ?? '';
    w.string(_memberId);
  }
  if (v >= 3) {
    const _members = m.members ?? [];
    encodeLeaveGroupRequest_members(w, _members, v);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const m: LeaveGroupRequest = {
    groupId: v >= 4 ? r.compactString() : r.string(),
    memberId: v <= 2 ? r.string() : '',
    members: v >= 3 ? decodeLeaveGroupRequest_members(r, v) : [],
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaveGroupRequest_members(w: Writer, a: LeaveGroupRequestMemberIdentity[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaveGroupRequestMemberIdentity(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaveGroupRequestMemberIdentity(w, a[i]!, v);
  }
}

function decodeLeaveGroupRequest_members(r: Reader, v: number): LeaveGroupRequestMemberIdentity[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaveGroupRequest.members');
  const a = new Array<LeaveGroupRequestMemberIdentity>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaveGroupRequestMemberIdentity(r, v);
  return a;
}

function encodeLeaveGroupRequestMemberIdentity(w: Writer, m: LeaveGroupRequestMemberIdentity, v: number): void {
  if (v >= 4) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 4) {
    w.compactString(m.groupInstanceId);
  } else {
    w.string(m.groupInstanceId);
  }
  if (v === 5) {
    const _reason = m.reason ?? null;
    w.compactString(_reason);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeLeaveGroupRequestMemberIdentity(r: Reader, v: number): LeaveGroupRequestMemberIdentity {
  const m: LeaveGroupRequestMemberIdentity = {
    memberId: v >= 4 ? r.compactString() : r.string(),
    groupInstanceId: v >= 4 ? r.compactNullableString() : r.nullableString(),
    reason: v === 5 ? r.compactNullableString() : null,
  };
  if (v >= 4) r.taggedFields();
  return m;
}
