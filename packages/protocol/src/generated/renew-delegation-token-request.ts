// Generated from Kafka's RenewDelegationTokenRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * RenewDelegationToken request (API key 39): extends the expiry time of a delegation token.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface RenewDelegationTokenRequest {
  hmac: Buffer;
  renewPeriodMs: number;
}

export const RenewDelegationTokenRequest = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<RenewDelegationTokenRequest>, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RenewDelegationTokenRequest', version, 0, 2);
    encodeRenewDelegationTokenRequest(w, m as RenewDelegationTokenRequest, version);
  },
  decode(r: Reader, version: number): RenewDelegationTokenRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RenewDelegationTokenRequest', version, 0, 2);
    return decodeRenewDelegationTokenRequest(r, version);
  },
} as const;

function encodeRenewDelegationTokenRequest(w: Writer, m: RenewDelegationTokenRequest, v: number): void {
  if (v === 2) {
    w.compactBytes(m.hmac);
  } else {
    w.bytes(m.hmac);
  }
  w.int64(m.renewPeriodMs);
  if (v === 2) w.uvarint(0);
}

function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const m: RenewDelegationTokenRequest = {
    hmac: v === 2 ? r.compactBytes() : r.bytes(),
    renewPeriodMs: r.int64(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
