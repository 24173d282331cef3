// Generated from Kafka's SyncGroupResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SyncGroup response (API key 14): distributes the group leader's partition assignment to every
 * member.
 */
// v0-v5, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface SyncGroupResponse {
  throttleTimeMs?: number; // v1+
  errorCode: number;
  protocolType?: string | null; // v5, nullable, default null
  protocolName?: string | null; // v5, nullable, default null
  assignment: Buffer;
}

export const SyncGroupResponse = {
  apiKey: 14,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 4,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<SyncGroupResponse>, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('SyncGroupResponse', version, 0, 5);
    encodeSyncGroupResponse(w, m as SyncGroupResponse, version);
  },
  decode(r: Reader, version: number): SyncGroupResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('SyncGroupResponse', version, 0, 5);
    return decodeSyncGroupResponse(r, version);
  },
} as const;

function encodeSyncGroupResponse(w: Writer, m: SyncGroupResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  w.int16(m.errorCode);
  if (v === 5) {
    const _protocolType = m.protocolType ?? null;
    w.compactString(_protocolType);
  }
  if (v === 5) {
    const _protocolName = m.protocolName ?? null;
    w.compactString(_protocolName);
  }
  if (v >= 4) {
    w.compactBytes(m.assignment);
  } else {
    w.bytes(m.assignment);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const m: SyncGroupResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
    protocolType: v === 5 ? r.compactNullableString() : null,
    protocolName: v === 5 ? r.compactNullableString() : null,
    assignment: v >= 4 ? r.compactBytes() : r.bytes(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}
