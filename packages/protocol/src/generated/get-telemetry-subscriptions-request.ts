// Generated from Kafka's GetTelemetrySubscriptionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * GetTelemetrySubscriptions request (API key 71): a client asks which metrics the broker wants
 * it to push (KIP-714).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface GetTelemetrySubscriptionsRequest {
  clientInstanceId: string;
}

export const GetTelemetrySubscriptionsRequest = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: GetTelemetrySubscriptionsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('GetTelemetrySubscriptionsRequest', version, 0, 0);
    encodeGetTelemetrySubscriptionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('GetTelemetrySubscriptionsRequest', version, 0, 0);
    return decodeGetTelemetrySubscriptionsRequest(r, version);
  },
} as const;

function encodeGetTelemetrySubscriptionsRequest(w: Writer, m: GetTelemetrySubscriptionsRequest, _v: number): void {
  w.uuid(m.clientInstanceId);
  w.uvarint(0);
}

function decodeGetTelemetrySubscriptionsRequest(r: Reader, _v: number): GetTelemetrySubscriptionsRequest {
  const m: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: r.uuid(),
  };
  r.taggedFields();
  return m;
}
