// Generated from Kafka's internal/GroupMetadataValue.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Value of a group metadata record in __consumer_offsets: protocol, generation, leader and the
 * members with their subscriptions and assignments.
 */
// v0-v4, flexible from v4

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../../codegen/runtime.js';

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null; // nullable
  leader: string | null; // nullable
  currentStateTimestamp?: number; // v2+, default -1
  members: GroupMetadataValueMemberMetadata[];
}

/** An entry of `GroupMetadataValue.members` (JSON `MemberMetadata`). */
export interface GroupMetadataValueMemberMetadata {
  memberId: string;
  groupInstanceId?: string | null; // v3+, nullable, default null
  clientId: string;
  clientHost: string;
  rebalanceTimeout?: number; // v1+, default -1
  sessionTimeout: number;
  subscription: Buffer;
  assignment: Buffer;
}

export const GroupMetadataValue = {
  name: 'GroupMetadataValue',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<GroupMetadataValue>, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('GroupMetadataValue', version, 0, 4);
    encodeGroupMetadataValue(w, m as GroupMetadataValue, version);
  },
  decode(r: Reader, version: number): GroupMetadataValue {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('GroupMetadataValue', version, 0, 4);
    return decodeGroupMetadataValue(r, version);
  },
} as const;

function encodeGroupMetadataValue(w: Writer, m: GroupMetadataValue, v: number): void {
  if (v === 4) {
    w.compactString(m.protocolType);
  } else {
    w.string(m.protocolType);
  }
  w.int32(m.generation);
  if (v === 4) {
    w.compactString(m.protocol);
  } else {
    w.string(m.protocol);
  }
  if (v === 4) {
    w.compactString(m.leader);
  } else {
    w.string(m.leader);
  }
  if (v >= 2) w.int64(m.currentStateTimestamp ?? -1);
  encodeGroupMetadataValue_members(w, m.members, v);
  if (v === 4) w.uvarint(0);
}

function decodeGroupMetadataValue(r: Reader, v: number): GroupMetadataValue {
  const m: GroupMetadataValue = {
    protocolType: v === 4 ? r.compactString() : r.string(),
    generation: r.int32(),
    protocol: v === 4 ? r.compactNullableString() : r.nullableString(),
    leader: v === 4 ? r.compactNullableString() : r.nullableString(),
    currentStateTimestamp: v >= 2 ? r.int64() : -1,
    members: decodeGroupMetadataValue_members(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeGroupMetadataValue_members(w: Writer, a: GroupMetadataValueMemberMetadata[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeGroupMetadataValueMemberMetadata(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeGroupMetadataValueMemberMetadata(w, a[i]!, v);
  }
}

function decodeGroupMetadataValue_members(r: Reader, v: number): GroupMetadataValueMemberMetadata[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('GroupMetadataValue.members');
  const a = new Array<GroupMetadataValueMemberMetadata>(n);
  for (let i = 0; i < n; i++) a[i] = decodeGroupMetadataValueMemberMetadata(r, v);
  return a;
}

function encodeGroupMetadataValueMemberMetadata(w: Writer, m: GroupMetadataValueMemberMetadata, v: number): void {
  if (v === 4) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 3) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v === 4) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v === 4) {
    w.compactString(m.clientId);
  } else {
    w.string(m.clientId);
  }
  if (v === 4) {
    w.compactString(m.clientHost);
  } else {
    w.string(m.clientHost);
  }
  if (v >= 1) w.int32(m.rebalanceTimeout ?? -1);
  w.int32(m.sessionTimeout);
  if (v === 4) {
    w.compactBytes(m.subscription);
  } else {
    w.bytes(m.subscription);
  }
  if (v === 4) {
    w.compactBytes(m.assignment);
  } else {
    w.bytes(m.assignment);
  }
  if (v === 4) w.uvarint(0);
}

function decodeGroupMetadataValueMemberMetadata(r: Reader, v: number): GroupMetadataValueMemberMetadata {
  const m: GroupMetadataValueMemberMetadata = {
    memberId: v === 4 ? r.compactString() : r.string(),
    groupInstanceId: v >= 3 ? (v === 4 ? r.compactNullableString() : r.nullableString()) : null,
    clientId: v === 4 ? r.compactString() : r.string(),
    clientHost: v === 4 ? r.compactString() : r.string(),
    rebalanceTimeout: v >= 1 ? r.int32() : -1,
    sessionTimeout: r.int32(),
    subscription: v === 4 ? r.compactBytes() : r.bytes(),
    assignment: v === 4 ? r.compactBytes() : r.bytes(),
  };
  if (v === 4) r.taggedFields();
  return m;
}
