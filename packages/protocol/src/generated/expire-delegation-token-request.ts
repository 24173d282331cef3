// Generated from Kafka's ExpireDelegationTokenRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ExpireDelegationToken request (API key 40): changes the expiry time of a delegation token, or
 * expires it immediately.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface ExpireDelegationTokenRequest {
  hmac: Buffer;
  expiryTimePeriodMs: number;
}

export const ExpireDelegationTokenRequest = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<ExpireDelegationTokenRequest>, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ExpireDelegationTokenRequest', version, 0, 2);
    encodeExpireDelegationTokenRequest(w, m as ExpireDelegationTokenRequest, version);
  },
  decode(r: Reader, version: number): ExpireDelegationTokenRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ExpireDelegationTokenRequest', version, 0, 2);
    return decodeExpireDelegationTokenRequest(r, version);
  },
} as const;

function encodeExpireDelegationTokenRequest(w: Writer, m: ExpireDelegationTokenRequest, v: number): void {
  if (v === 2) {
    w.compactBytes(m.hmac);
  } else {
    w.bytes(m.hmac);
  }
  w.int64(m.expiryTimePeriodMs);
  if (v === 2) w.uvarint(0);
}

function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const m: ExpireDelegationTokenRequest = {
    hmac: v === 2 ? r.compactBytes() : r.bytes(),
    expiryTimePeriodMs: r.int64(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
