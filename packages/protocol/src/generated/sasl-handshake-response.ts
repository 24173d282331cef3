// Generated from Kafka's SaslHandshakeResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * SaslHandshake response (API key 17): picks the SASL mechanism for the connection before
 * authentication starts.
 */
// v0-v1, never flexible

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, arrayLength, nullArrayError } from '../codegen/runtime.js';

export interface SaslHandshakeResponse {
  errorCode: number;
  mechanisms: string[];
}

export const SaslHandshakeResponse = {
  apiKey: 17,
  name: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: null,
  encode(w: Writer, m: SaslHandshakeResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('SaslHandshakeResponse', version, 0, 1);
    encodeSaslHandshakeResponse(w, m, version);
  },
  decode(r: Reader, version: number): SaslHandshakeResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('SaslHandshakeResponse', version, 0, 1);
    return decodeSaslHandshakeResponse(r, version);
  },
} as const;

function encodeSaslHandshakeResponse(w: Writer, m: SaslHandshakeResponse, v: number): void {
  w.int16(m.errorCode);
  encodeSaslHandshakeResponse_mechanisms(w, m.mechanisms, v);
}

function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  return {
    errorCode: r.int16(),
    mechanisms: decodeSaslHandshakeResponse_mechanisms(r, v),
  };
}

function encodeSaslHandshakeResponse_mechanisms(w: Writer, a: string[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.string(a[i]!);
}

function decodeSaslHandshakeResponse_mechanisms(r: Reader, _v: number): string[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('SaslHandshakeResponse.mechanisms');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.string();
  return a;
}
