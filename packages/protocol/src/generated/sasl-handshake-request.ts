// Generated from Kafka's SaslHandshakeRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SaslHandshake request (API key 17): picks the SASL mechanism for the connection before
 * authentication starts.
 */
// v0-v1, never flexible

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface SaslHandshakeRequest {
  mechanism: string;
}

export const SaslHandshakeRequest = {
  apiKey: 17,
  name: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: null,
  encode(w: Writer, m: SaslHandshakeRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('SaslHandshakeRequest', version, 0, 1);
    encodeSaslHandshakeRequest(w, m, version);
  },
  decode(r: Reader, version: number): SaslHandshakeRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('SaslHandshakeRequest', version, 0, 1);
    return decodeSaslHandshakeRequest(r, version);
  },
} as const;

function encodeSaslHandshakeRequest(w: Writer, m: SaslHandshakeRequest, _v: number): void {
  w.string(m.mechanism);
}

function decodeSaslHandshakeRequest(r: Reader, _v: number): SaslHandshakeRequest {
  return {
    mechanism: r.string(),
  };
}
