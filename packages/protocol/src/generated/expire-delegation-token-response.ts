// Generated from Kafka's ExpireDelegationTokenResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ExpireDelegationToken response (API key 40): changes the expiry time of a delegation token, or
 * expires it immediately.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ExpireDelegationTokenResponse {
  errorCode: number;
  expiryTimestampMs: number;
  throttleTimeMs: number;
}

export const ExpireDelegationTokenResponse = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: ExpireDelegationTokenResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ExpireDelegationTokenResponse', version, 0, 2);
    encodeExpireDelegationTokenResponse(w, m, version);
  },
  decode(r: Reader, version: number): ExpireDelegationTokenResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ExpireDelegationTokenResponse', version, 0, 2);
    return decodeExpireDelegationTokenResponse(r, version);
  },
} as const;

function encodeExpireDelegationTokenResponse(w: Writer, m: ExpireDelegationTokenResponse, v: number): void {
  w.int16(m.errorCode);
  w.int64(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  if (v === 2) w.uvarint(0);
}

function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const m: ExpireDelegationTokenResponse = {
    errorCode: r.int16(),
    expiryTimestampMs: r.int64(),
    throttleTimeMs: r.int32(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
