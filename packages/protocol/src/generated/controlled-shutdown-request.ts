// Generated from Kafka's ControlledShutdownRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ControlledShutdown request (API key 7): asks the controller to move leadership away from a
 * broker that is about to stop.
 */
// v0-v3, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ControlledShutdownRequest {
  brokerId: number;
  brokerEpoch?: number; // v2+, default -1
}

export const ControlledShutdownRequest = {
  apiKey: 7,
  name: 'ControlledShutdown',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 3,
  encode(w: Writer, m: ControlledShutdownRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ControlledShutdownRequest', version, 0, 3);
    encodeControlledShutdownRequest(w, m, version);
  },
  decode(r: Reader, version: number): ControlledShutdownRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ControlledShutdownRequest', version, 0, 3);
    return decodeControlledShutdownRequest(r, version);
  },
} as const;

function encodeControlledShutdownRequest(w: Writer, m: ControlledShutdownRequest, v: number): void {
  w.int32(m.brokerId);
  if (v >= 2) w.int64(m.brokerEpoch ?? -1);
  if (v === 3) w.uvarint(0);
}

function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  const m: ControlledShutdownRequest = {
    brokerId: r.int32(),
    brokerEpoch: v >= 2 ? r.int64() : -1,
  };
  if (v === 3) r.taggedFields();
  return m;
}
