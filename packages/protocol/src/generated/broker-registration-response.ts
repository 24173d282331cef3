// Generated from Kafka's BrokerRegistrationResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BrokerRegistration response (API key 62): KRaft: a broker registers itself (listeners,
 * features, log dirs) with the controller.
 */
// v0-v4, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface BrokerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  brokerEpoch: number; // default -1
}

export const BrokerRegistrationResponse = {
  apiKey: 62,
  name: 'BrokerRegistration',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  encode(w: Writer, m: BrokerRegistrationResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('BrokerRegistrationResponse', version, 0, 4);
    encodeBrokerRegistrationResponse(w, m, version);
  },
  decode(r: Reader, version: number): BrokerRegistrationResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('BrokerRegistrationResponse', version, 0, 4);
    return decodeBrokerRegistrationResponse(r, version);
  },
} as const;

function encodeBrokerRegistrationResponse(w: Writer, m: BrokerRegistrationResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

function decodeBrokerRegistrationResponse(r: Reader, _v: number): BrokerRegistrationResponse {
  const m: BrokerRegistrationResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    brokerEpoch: r.int64(),
  };
  r.taggedFields();
  return m;
}
