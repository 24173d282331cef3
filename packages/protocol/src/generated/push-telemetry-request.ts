// Generated from Kafka's PushTelemetryRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * PushTelemetry request (API key 72): a client pushes its metrics to the broker (KIP-714).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface PushTelemetryRequest {
  clientInstanceId: string;
  subscriptionId: number;
  terminating: boolean;
  compressionType: number;
  metrics: Buffer;
}

export const PushTelemetryRequest = {
  apiKey: 72,
  name: 'PushTelemetry',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<PushTelemetryRequest>, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('PushTelemetryRequest', version, 0, 0);
    encodePushTelemetryRequest(w, m as PushTelemetryRequest, version);
  },
  decode(r: Reader, version: number): PushTelemetryRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('PushTelemetryRequest', version, 0, 0);
    return decodePushTelemetryRequest(r, version);
  },
} as const;

function encodePushTelemetryRequest(w: Writer, m: PushTelemetryRequest, _v: number): void {
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  w.bool(m.terminating);
  w.int8(m.compressionType);
  w.compactBytes(m.metrics);
  w.uvarint(0);
}

function decodePushTelemetryRequest(r: Reader, _v: number): PushTelemetryRequest {
  const m: PushTelemetryRequest = {
    clientInstanceId: r.uuid(),
    subscriptionId: r.int32(),
    terminating: r.bool(),
    compressionType: r.int8(),
    metrics: r.compactBytes(),
  };
  r.taggedFields();
  return m;
}
