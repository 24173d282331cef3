// Generated from Kafka's GetTelemetrySubscriptionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * GetTelemetrySubscriptions response (API key 71): a client asks which metrics the broker wants
 * it to push (KIP-714).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface GetTelemetrySubscriptionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientInstanceId: string;
  subscriptionId: number;
  acceptedCompressionTypes: number[];
  pushIntervalMs: number;
  telemetryMaxBytes: number;
  deltaTemporality: boolean;
  requestedMetrics: string[];
}

export const GetTelemetrySubscriptionsResponse = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: GetTelemetrySubscriptionsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('GetTelemetrySubscriptionsResponse', version, 0, 0);
    encodeGetTelemetrySubscriptionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('GetTelemetrySubscriptionsResponse', version, 0, 0);
    return decodeGetTelemetrySubscriptionsResponse(r, version);
  },
} as const;

function encodeGetTelemetrySubscriptionsResponse(w: Writer, m: GetTelemetrySubscriptionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  encodeGetTelemetrySubscriptionsResponse_acceptedCompressionTypes(w, m.acceptedCompressionTypes, v);
  w.int32(m.pushIntervalMs);
  w.int32(m.telemetryMaxBytes);
  w.bool(m.deltaTemporality);
  encodeGetTelemetrySubscriptionsResponse_requestedMetrics(w, m.requestedMetrics, v);
  w.uvarint(0);
}

function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  const m: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    clientInstanceId: r.uuid(),
    subscriptionId: r.int32(),
    acceptedCompressionTypes: decodeGetTelemetrySubscriptionsResponse_acceptedCompressionTypes(r, v),
    pushIntervalMs: r.int32(),
    telemetryMaxBytes: r.int32(),
    deltaTemporality: r.bool(),
    requestedMetrics: decodeGetTelemetrySubscriptionsResponse_requestedMetrics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeGetTelemetrySubscriptionsResponse_acceptedCompressionTypes(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int8(a[i]!);
}

function decodeGetTelemetrySubscriptionsResponse_acceptedCompressionTypes(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('GetTelemetrySubscriptionsResponse.acceptedCompressionTypes');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int8();
  return a;
}

function encodeGetTelemetrySubscriptionsResponse_requestedMetrics(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeGetTelemetrySubscriptionsResponse_requestedMetrics(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('GetTelemetrySubscriptionsResponse.requestedMetrics');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
