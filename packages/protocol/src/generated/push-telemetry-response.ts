// Generated from Kafka's PushTelemetryResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * PushTelemetry response (API key 72): a client pushes its metrics to the broker (KIP-714).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface PushTelemetryResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export const PushTelemetryResponse = {
  apiKey: 72,
  name: 'PushTelemetry',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: PushTelemetryResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('PushTelemetryResponse', version, 0, 0);
    encodePushTelemetryResponse(w, m, version);
  },
  decode(r: Reader, version: number): PushTelemetryResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('PushTelemetryResponse', version, 0, 0);
    return decodePushTelemetryResponse(r, version);
  },
} as const;

function encodePushTelemetryResponse(w: Writer, m: PushTelemetryResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodePushTelemetryResponse(r: Reader, _v: number): PushTelemetryResponse {
  const m: PushTelemetryResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
  };
  r.taggedFields();
  return m;
}
