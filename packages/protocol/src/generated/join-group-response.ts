// Generated from Kafka's JoinGroupResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * JoinGroup response (API key 11): joins a classic consumer group; the coordinator elects a
 * leader and starts a new generation.
 */
// v0-v9, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  nullValueError,
  type Encodable,
} from '../codegen/runtime.js';

export interface JoinGroupResponse {
  throttleTimeMs?: number; // v2+
  errorCode: number;
  generationId: number; // default -1
  protocolType?: string | null; // v7+, nullable, default null
  protocolName: string | null; // nullable v7+
  leader: string;
  skipAssignment?: boolean; // v9
  memberId: string;
  members: JoinGroupResponseMember[];
}

/** An entry of `JoinGroupResponse.members` (JSON `JoinGroupResponseMember`). */
export interface JoinGroupResponseMember {
  memberId: string;
  groupInstanceId?: string | null; // v5+, nullable, default null
  metadata: Buffer;
}

export const JoinGroupResponse = {
  apiKey: 11,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<JoinGroupResponse>, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('JoinGroupResponse', version, 0, 9);
    encodeJoinGroupResponse(w, m as JoinGroupResponse, version);
  },
  decode(r: Reader, version: number): JoinGroupResponse {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('JoinGroupResponse', version, 0, 9);
    return decodeJoinGroupResponse(r, version);
  },
} as const;

function encodeJoinGroupResponse(w: Writer, m: JoinGroupResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs ?? 0);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  if (v >= 7) {
    const _protocolType = m.protocolType ?? null;
    w.compactString(_protocolType);
  }
  if (m.protocolName === null && v < 7) throw nullValueError('JoinGroupResponse.protocolName', v);
  if (v >= 6) {
    w.compactString(m.protocolName);
  } else {
    w.string(m.protocolName);
  }
  if (v >= 6) {
    w.compactString(m.leader);
  } else {
    w.string(m.leader);
  }
  if (v === 9) w.bool(m.skipAssignment ?? false);
  if (v >= 6) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  encodeJoinGroupResponse_members(w, m.members, v);
  if (v >= 6) w.uvarint(0);
}

function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const m: JoinGroupResponse = {
    throttleTimeMs: v >= 2 ? r.int32() : 0,
    errorCode: r.int16(),
    generationId: r.int32(),
    protocolType: v >= 7 ? r.compactNullableString() : null,
    protocolName: v >= 6 ? (v >= 7 ? r.compactNullableString() : r.compactString()) : r.string(),
    leader: v >= 6 ? r.compactString() : r.string(),
    skipAssignment: v === 9 ? r.bool() : false,
    memberId: v >= 6 ? r.compactString() : r.string(),
    members: decodeJoinGroupResponse_members(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeJoinGroupResponse_members(w: Writer, a: JoinGroupResponseMember[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMember(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMember(w, a[i]!, v);
  }
}

function decodeJoinGroupResponse_members(r: Reader, v: number): JoinGroupResponseMember[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('JoinGroupResponse.members');
  const a = new Array<JoinGroupResponseMember>(n);
  for (let i = 0; i < n; i++) a[i] = decodeJoinGroupResponseMember(r, v);
  return a;
}

function encodeJoinGroupResponseMember(w: Writer, m: JoinGroupResponseMember, v: number): void {
  if (v >= 6) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 5) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v >= 6) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v >= 6) {
    w.compactBytes(m.metadata);
  } else {
    w.bytes(m.metadata);
  }
  if (v >= 6) w.uvarint(0);
}

function decodeJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const m: JoinGroupResponseMember = {
    memberId: v >= 6 ? r.compactString() : r.string(),
    groupInstanceId: v >= 5 ? (v >= 6 ? r.compactNullableString() : r.nullableString()) : null,
    metadata: v >= 6 ? r.compactBytes() : r.bytes(),
  };
  if (v >= 6) r.taggedFields();
  return m;
}
