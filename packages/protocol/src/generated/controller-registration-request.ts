// Generated from Kafka's ControllerRegistrationRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ControllerRegistration request (API key 70): KRaft: a controller registers itself with the
 * active controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ControllerRegistrationRequest {
  controllerId: number;
  incarnationId: string;
  zkMigrationReady: boolean;
  listeners: ControllerRegistrationRequestListener[];
  features: ControllerRegistrationRequestFeature[];
}

/** An entry of `ControllerRegistrationRequest.listeners` (JSON `Listener`). */
export interface ControllerRegistrationRequestListener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

/** An entry of `ControllerRegistrationRequest.features` (JSON `Feature`). */
export interface ControllerRegistrationRequestFeature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export const ControllerRegistrationRequest = {
  apiKey: 70,
  name: 'ControllerRegistration',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ControllerRegistrationRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ControllerRegistrationRequest', version, 0, 0);
    encodeControllerRegistrationRequest(w, m, version);
  },
  decode(r: Reader, version: number): ControllerRegistrationRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ControllerRegistrationRequest', version, 0, 0);
    return decodeControllerRegistrationRequest(r, version);
  },
} as const;

function encodeControllerRegistrationRequest(w: Writer, m: ControllerRegistrationRequest, v: number): void {
  w.int32(m.controllerId);
  w.uuid(m.incarnationId);
  w.bool(m.zkMigrationReady);
  encodeControllerRegistrationRequest_listeners(w, m.listeners, v);
  encodeControllerRegistrationRequest_features(w, m.features, v);
  w.uvarint(0);
}

function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  const m: ControllerRegistrationRequest = {
    controllerId: r.int32(),
    incarnationId: r.uuid(),
    zkMigrationReady: r.bool(),
    listeners: decodeControllerRegistrationRequest_listeners(r, v),
    features: decodeControllerRegistrationRequest_features(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeControllerRegistrationRequest_listeners(w: Writer, a: ControllerRegistrationRequestListener[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeControllerRegistrationRequestListener(w, a[i]!, v);
}

function decodeControllerRegistrationRequest_listeners(r: Reader, v: number): ControllerRegistrationRequestListener[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ControllerRegistrationRequest.listeners');
  const a = new Array<ControllerRegistrationRequestListener>(n);
  for (let i = 0; i < n; i++) a[i] = decodeControllerRegistrationRequestListener(r, v);
  return a;
}

function encodeControllerRegistrationRequest_features(w: Writer, a: ControllerRegistrationRequestFeature[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeControllerRegistrationRequestFeature(w, a[i]!, v);
}

function decodeControllerRegistrationRequest_features(r: Reader, v: number): ControllerRegistrationRequestFeature[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ControllerRegistrationRequest.features');
  const a = new Array<ControllerRegistrationRequestFeature>(n);
  for (let i = 0; i < n; i++) a[i] = decodeControllerRegistrationRequestFeature(r, v);
  return a;
}

function encodeControllerRegistrationRequestListener(w: Writer, m: ControllerRegistrationRequestListener, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  w.uvarint(0);
}

function decodeControllerRegistrationRequestListener(r: Reader, _v: number): ControllerRegistrationRequestListener {
  const m: ControllerRegistrationRequestListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
    securityProtocol: r.int16(),
  };
  r.taggedFields();
  return m;
}

function encodeControllerRegistrationRequestFeature(w: Writer, m: ControllerRegistrationRequestFeature, _v: number): void {
  w.compactString(m.name);
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function decodeControllerRegistrationRequestFeature(r: Reader, _v: number): ControllerRegistrationRequestFeature {
  const m: ControllerRegistrationRequestFeature = {
    name: r.compactString(),
    minSupportedVersion: r.int16(),
    maxSupportedVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}
