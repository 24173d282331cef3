// Generated from Kafka's HeartbeatResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Heartbeat response (API key 12): keeps a classic group membership alive and reports whether a
 * rebalance is under way.
 */
// v0-v4, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface HeartbeatResponse {
  throttleTimeMs?: number; // v1+
  errorCode: number;
}

export const HeartbeatResponse = {
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: HeartbeatResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('HeartbeatResponse', version, 0, 4);
    encodeHeartbeatResponse(w, m, version);
  },
  decode(r: Reader, version: number): HeartbeatResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('HeartbeatResponse', version, 0, 4);
    return decodeHeartbeatResponse(r, version);
  },
} as const;

function encodeHeartbeatResponse(w: Writer, m: HeartbeatResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  w.int16(m.errorCode);
  if (v === 4) w.uvarint(0);
}

function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const m: HeartbeatResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: r.int16(),
  };
  if (v === 4) r.taggedFields();
  return m;
}
