// Generated from Kafka's RenewDelegationTokenResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * RenewDelegationToken response (API key 39): extends the expiry time of a delegation token.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface RenewDelegationTokenResponse {
  errorCode: number;
  expiryTimestampMs: number;
  throttleTimeMs: number;
}

export const RenewDelegationTokenResponse = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: RenewDelegationTokenResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RenewDelegationTokenResponse', version, 0, 2);
    encodeRenewDelegationTokenResponse(w, m, version);
  },
  decode(r: Reader, version: number): RenewDelegationTokenResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RenewDelegationTokenResponse', version, 0, 2);
    return decodeRenewDelegationTokenResponse(r, version);
  },
} as const;

function encodeRenewDelegationTokenResponse(w: Writer, m: RenewDelegationTokenResponse, v: number): void {
  w.int16(m.errorCode);
  w.int64(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  if (v === 2) w.uvarint(0);
}

function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  const m: RenewDelegationTokenResponse = {
    errorCode: r.int16(),
    expiryTimestampMs: r.int64(),
    throttleTimeMs: r.int32(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
