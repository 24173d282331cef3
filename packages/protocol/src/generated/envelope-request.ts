// Generated from Kafka's EnvelopeRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Envelope request (API key 58): wraps a forwarded client request (with its principal) sent from
 * a broker to the controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface EnvelopeRequest {
  requestData: Buffer;
  requestPrincipal: Buffer | null; // nullable
  clientHostAddress: Buffer;
}

export const EnvelopeRequest = {
  apiKey: 58,
  name: 'Envelope',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<EnvelopeRequest>, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('EnvelopeRequest', version, 0, 0);
    encodeEnvelopeRequest(w, m as EnvelopeRequest, version);
  },
  decode(r: Reader, version: number): EnvelopeRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('EnvelopeRequest', version, 0, 0);
    return decodeEnvelopeRequest(r, version);
  },
} as const;

function encodeEnvelopeRequest(w: Writer, m: EnvelopeRequest, _v: number): void {
  w.compactBytes(m.requestData);
  w.compactBytes(m.requestPrincipal);
  w.compactBytes(m.clientHostAddress);
  w.uvarint(0);
}

function decodeEnvelopeRequest(r: Reader, _v: number): EnvelopeRequest {
  const m: EnvelopeRequest = {
    requestData: r.compactBytes(),
    requestPrincipal: r.compactNullableBytes(),
    clientHostAddress: r.compactBytes(),
  };
  r.taggedFields();
  return m;
}
