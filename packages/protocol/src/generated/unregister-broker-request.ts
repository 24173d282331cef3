// Generated from Kafka's UnregisterBrokerRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UnregisterBroker request (API key 64): KRaft: removes a broker registration from the cluster.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface UnregisterBrokerRequest {
  brokerId: number;
}

export const UnregisterBrokerRequest = {
  apiKey: 64,
  name: 'UnregisterBroker',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: UnregisterBrokerRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UnregisterBrokerRequest', version, 0, 0);
    encodeUnregisterBrokerRequest(w, m, version);
  },
  decode(r: Reader, version: number): UnregisterBrokerRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UnregisterBrokerRequest', version, 0, 0);
    return decodeUnregisterBrokerRequest(r, version);
  },
} as const;

function encodeUnregisterBrokerRequest(w: Writer, m: UnregisterBrokerRequest, _v: number): void {
  w.int32(m.brokerId);
  w.uvarint(0);
}

function decodeUnregisterBrokerRequest(r: Reader, _v: number): UnregisterBrokerRequest {
  const m: UnregisterBrokerRequest = {
    brokerId: r.int32(),
  };
  r.taggedFields();
  return m;
}
