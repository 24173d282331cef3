// Generated from Kafka's ControllerRegistrationResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ControllerRegistration response (API key 70): KRaft: a controller registers itself with the
 * active controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ControllerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const ControllerRegistrationResponse = {
  apiKey: 70,
  name: 'ControllerRegistration',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ControllerRegistrationResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ControllerRegistrationResponse', version, 0, 0);
    encodeControllerRegistrationResponse(w, m, version);
  },
  decode(r: Reader, version: number): ControllerRegistrationResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ControllerRegistrationResponse', version, 0, 0);
    return decodeControllerRegistrationResponse(r, version);
  },
} as const;

function encodeControllerRegistrationResponse(w: Writer, m: ControllerRegistrationResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeControllerRegistrationResponse(r: Reader, _v: number): ControllerRegistrationResponse {
  const m: ControllerRegistrationResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
