// Generated from Kafka's SyncGroupRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SyncGroup request (API key 14): distributes the group leader's partition assignment to every
 * member.
 */
// v0-v5, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null; // v3+, nullable, default null
  protocolType?: string | null; // v5, nullable, default null
  protocolName?: string | null; // v5, nullable, default null
  assignments: SyncGroupRequestAssignment[];
}

/** An entry of `SyncGroupRequest.assignments` (JSON `SyncGroupRequestAssignment`). */
export interface SyncGroupRequestAssignment {
  memberId: string;
  assignment: Buffer;
}

export const SyncGroupRequest = {
  apiKey: 14,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<SyncGroupRequest>, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('SyncGroupRequest', version, 0, 5);
    encodeSyncGroupRequest(w, m as SyncGroupRequest, version);
  },
  decode(r: Reader, version: number): SyncGroupRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('SyncGroupRequest', version, 0, 5);
    return decodeSyncGroupRequest(r, version);
  },
} as const;

function encodeSyncGroupRequest(w: Writer, m: SyncGroupRequest, v: number): void {
  if (v >= 4) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  w.int32(m.generationId);
  if (v >= 4) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 3) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v >= 4) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v === 5) {
    const _protocolType = m.protocolType ?? null;
    w.compactString(_protocolType);
  }
  if (v === 5) {
    const _protocolName = m.protocolName ?? null;
    w.compactString(_protocolName);
  }
  encodeSyncGroupRequest_assignments(w, m.assignments, v);
  if (v >= 4) w.uvarint(0);
}

function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const m: SyncGroupRequest = {
    groupId: v >= 4 ? r.compactString() : r.string(),
    generationId: r.int32(),
    memberId: v >= 4 ? r.compactString() : r.string(),
    groupInstanceId: v >= 3 ? (v >= 4 ? r.compactNullableString() : r.nullableString()) : null,
    protocolType: v === 5 ? r.compactNullableString() : null,
    protocolName: v === 5 ? r.compactNullableString() : null,
    assignments: decodeSyncGroupRequest_assignments(r, v),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeSyncGroupRequest_assignments(w: Writer, a: SyncGroupRequestAssignment[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignment(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignment(w, a[i]!, v);
  }
}

function decodeSyncGroupRequest_assignments(r: Reader, v: number): SyncGroupRequestAssignment[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('SyncGroupRequest.assignments');
  const a = new Array<SyncGroupRequestAssignment>(n);
  for (let i = 0; i < n; i++) a[i] = decodeSyncGroupRequestAssignment(r, v);
  return a;
}

function encodeSyncGroupRequestAssignment(w: Writer, m: SyncGroupRequestAssignment, v: number): void {
  if (v >= 4) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 4) {
    w.compactBytes(m.assignment);
  } else {
    w.bytes(m.assignment);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const m: SyncGroupRequestAssignment = {
    memberId: v >= 4 ? r.compactString() : r.string(),
    assignment: v >= 4 ? r.compactBytes() : r.bytes(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}
