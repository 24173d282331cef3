// Generated from Kafka's EnvelopeResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Envelope response (API key 58): wraps a forwarded client request (with its principal) sent
 * from a broker to the controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface EnvelopeResponse {
  responseData: Buffer | null; // nullable, default null
  errorCode: number;
}

export const EnvelopeResponse = {
  apiKey: 58,
  name: 'Envelope',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<EnvelopeResponse>, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('EnvelopeResponse', version, 0, 0);
    encodeEnvelopeResponse(w, m as EnvelopeResponse, version);
  },
  decode(r: Reader, version: number): EnvelopeResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('EnvelopeResponse', version, 0, 0);
    return decodeEnvelopeResponse(r, version);
  },
} as const;

function encodeEnvelopeResponse(w: Writer, m: EnvelopeResponse, _v: number): void {
  w.compactBytes(m.responseData);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodeEnvelopeResponse(r: Reader, _v: number): EnvelopeResponse {
  const m: EnvelopeResponse = {
    responseData: r.compactNullableBytes(),
    errorCode: r.int16(),
  };
  r.taggedFields();
  return m;
}
