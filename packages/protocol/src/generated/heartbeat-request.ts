// Generated from Kafka's HeartbeatRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Heartbeat request (API key 12): keeps a classic group membership alive and reports whether a
 * rebalance is under way.
 */
// v0-v4, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null; // v3+, nullable, default null
}

export const HeartbeatRequest = {
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: HeartbeatRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('HeartbeatRequest', version, 0, 4);
    encodeHeartbeatRequest(w, m, version);
  },
  decode(r: Reader, version: number): HeartbeatRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('HeartbeatRequest', version, 0, 4);
    return decodeHeartbeatRequest(r, version);
  },
} as const;

function encodeHeartbeatRequest(w: Writer, m: HeartbeatRequest, v: number): void {
  if (v === 4) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  w.int32(m.generationId);
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
  if (v === 4) w.uvarint(0);
}

function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const m: HeartbeatRequest = {
    groupId: v === 4 ? r.compactString() : r.string(),
    generationId: r.int32(),
    memberId: v === 4 ? r.compactString() : r.string(),
    groupInstanceId: v >= 3 ? (v === 4 ? r.compactNullableString() : r.nullableString()) : null,
  };
  if (v === 4) r.taggedFields();
  return m;
}
