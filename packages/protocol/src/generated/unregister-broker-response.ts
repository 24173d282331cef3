// Generated from Kafka's UnregisterBrokerResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UnregisterBroker response (API key 64): KRaft: removes a broker registration from the cluster.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface UnregisterBrokerResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const UnregisterBrokerResponse = {
  apiKey: 64,
  name: 'UnregisterBroker',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: UnregisterBrokerResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UnregisterBrokerResponse', version, 0, 0);
    encodeUnregisterBrokerResponse(w, m, version);
  },
  decode(r: Reader, version: number): UnregisterBrokerResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UnregisterBrokerResponse', version, 0, 0);
    return decodeUnregisterBrokerResponse(r, version);
  },
} as const;

function encodeUnregisterBrokerResponse(w: Writer, m: UnregisterBrokerResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeUnregisterBrokerResponse(r: Reader, _v: number): UnregisterBrokerResponse {
  const m: UnregisterBrokerResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
