// Generated from Kafka's SaslAuthenticateResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SaslAuthenticate response (API key 36): carries SASL authentication tokens inside Kafka
 * framing.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface SaslAuthenticateResponse {
  errorCode: number;
  errorMessage: string | null; // nullable
  authBytes: Buffer;
  sessionLifetimeMs?: number; // v1+
}

export const SaslAuthenticateResponse = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<SaslAuthenticateResponse>, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('SaslAuthenticateResponse', version, 0, 2);
    encodeSaslAuthenticateResponse(w, m as SaslAuthenticateResponse, version);
  },
  decode(r: Reader, version: number): SaslAuthenticateResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('SaslAuthenticateResponse', version, 0, 2);
    return decodeSaslAuthenticateResponse(r, version);
  },
} as const;

function encodeSaslAuthenticateResponse(w: Writer, m: SaslAuthenticateResponse, v: number): void {
  w.int16(m.errorCode);
  if (v === 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  if (v === 2) {
    w.compactBytes(m.authBytes);
  } else {
    w.bytes(m.authBytes);
  }
  if (v >= 1) w.int64(m.sessionLifetimeMs ?? 0);
  if (v === 2) w.uvarint(0);
}

function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const m: SaslAuthenticateResponse = {
    errorCode: r.int16(),
    errorMessage: v === 2 ? r.compactNullableString() : r.nullableString(),
    authBytes: v === 2 ? r.compactBytes() : r.bytes(),
    sessionLifetimeMs: v >= 1 ? r.int64() : 0,
  };
  if (v === 2) r.taggedFields();
  return m;
}
