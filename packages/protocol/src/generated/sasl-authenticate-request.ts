// Generated from Kafka's SaslAuthenticateRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SaslAuthenticate request (API key 36): carries SASL authentication tokens inside Kafka
 * framing.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface SaslAuthenticateRequest {
  authBytes: Buffer;
}

export const SaslAuthenticateRequest = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<SaslAuthenticateRequest>, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('SaslAuthenticateRequest', version, 0, 2);
    encodeSaslAuthenticateRequest(w, m as SaslAuthenticateRequest, version);
  },
  decode(r: Reader, version: number): SaslAuthenticateRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('SaslAuthenticateRequest', version, 0, 2);
    return decodeSaslAuthenticateRequest(r, version);
  },
} as const;

function encodeSaslAuthenticateRequest(w: Writer, m: SaslAuthenticateRequest, v: number): void {
  if (v === 2) {
    w.compactBytes(m.authBytes);
  } else {
    w.bytes(m.authBytes);
  }
  if (v === 2) w.uvarint(0);
}

function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const m: SaslAuthenticateRequest = {
    authBytes: v === 2 ? r.compactBytes() : r.bytes(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
