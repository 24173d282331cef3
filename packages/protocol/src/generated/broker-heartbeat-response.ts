// Generated from Kafka's BrokerHeartbeatResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BrokerHeartbeat response (API key 63): KRaft: a broker renews its registration lease and
 * learns whether it is fenced.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface BrokerHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  isCaughtUp: boolean;
  isFenced: boolean; // default true
  shouldShutDown: boolean;
}

export const BrokerHeartbeatResponse = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: BrokerHeartbeatResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BrokerHeartbeatResponse', version, 0, 1);
    encodeBrokerHeartbeatResponse(w, m, version);
  },
  decode(r: Reader, version: number): BrokerHeartbeatResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BrokerHeartbeatResponse', version, 0, 1);
    return decodeBrokerHeartbeatResponse(r, version);
  },
} as const;

function encodeBrokerHeartbeatResponse(w: Writer, m: BrokerHeartbeatResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bool(m.isCaughtUp);
  w.bool(m.isFenced);
  w.bool(m.shouldShutDown);
  w.uvarint(0);
}

function decodeBrokerHeartbeatResponse(r: Reader, _v: number): BrokerHeartbeatResponse {
  const m: BrokerHeartbeatResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    isCaughtUp: r.bool(),
    isFenced: r.bool(),
    shouldShutDown: r.bool(),
  };
  r.taggedFields();
  return m;
}
