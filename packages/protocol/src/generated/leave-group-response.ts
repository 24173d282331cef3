// Generated from Kafka's LeaveGroupResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * LeaveGroup response (API key 13): removes one or more members from a classic group so it can
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

export interface LeaveGroupResponse {
  throttleTimeMs?: number; // v1+
  errorCode: number;
  members?: LeaveGroupResponseMemberResponse[]; // v3+
}

/** An entry of `LeaveGroupResponse.members` (JSON `MemberResponse`, v3+). */
export interface LeaveGroupResponseMemberResponse {
  memberId: string;
  groupInstanceId: string | null; // nullable
  errorCode: number;
}

export const LeaveGroupResponse = {
  apiKey: 13,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  encode(w: Writer, m: LeaveGroupResponse, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('LeaveGroupResponse', version, 0, 5);
    encodeLeaveGroupResponse(w, m, version);
  },
  decode(r: Reader, version: number): LeaveGroupResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('LeaveGroupResponse', version, 0, 5);
    return decodeLeaveGroupResponse(r, version);
  },
} as const;

function encodeLeaveGroupResponse(w: Writer, m: LeaveGroupResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  w.int16(m.errorCode);
  if (v >= 3) {
    const _members = m.members ?? [];
    encodeLeaveGroupResponse_members(w, _members, v);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const m: LeaveGroupResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    members: v >= 3 ? decodeLeaveGroupResponse_members(r, v) : [],
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaveGroupResponse_members(w: Writer, a: LeaveGroupResponseMemberResponse[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaveGroupResponseMemberResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaveGroupResponseMemberResponse(w, a[i]!, v);
  }
}

function decodeLeaveGroupResponse_members(r: Reader, v: number): LeaveGroupResponseMemberResponse[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaveGroupResponse.members');
  const a = new Array<LeaveGroupResponseMemberResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaveGroupResponseMemberResponse(r, v);
  return a;
}

function encodeLeaveGroupResponseMemberResponse(w: Writer, m: LeaveGroupResponseMemberResponse, v: number): void {
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
  w.int16(m.errorCode);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaveGroupResponseMemberResponse(r: Reader, v: number): LeaveGroupResponseMemberResponse {
  const m: LeaveGroupResponseMemberResponse = {
    memberId: v >= 4 ? r.compactString() : r.string(),
    groupInstanceId: v >= 4 ? r.compactNullableString() : r.nullableString(),
    errorCode: r.int16(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}
