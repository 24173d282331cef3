// Generated from Kafka's BrokerRegistrationRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BrokerRegistration request (API key 62): KRaft: a broker registers itself (listeners,
 * features, log dirs) with the controller.
 */
// v0-v4, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface BrokerRegistrationRequest {
  brokerId: number;
  clusterId: string;
  incarnationId: string;
  listeners: BrokerRegistrationRequestListener[];
  features: BrokerRegistrationRequestFeature[];
  rack: string | null; // nullable
  isMigratingZkBroker?: boolean; // v1+
  logDirs?: string[]; // v2+
  previousBrokerEpoch?: number; // v3+, default -1
}

/** An entry of `BrokerRegistrationRequest.listeners` (JSON `Listener`). */
export interface BrokerRegistrationRequestListener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

/** An entry of `BrokerRegistrationRequest.features` (JSON `Feature`). */
export interface BrokerRegistrationRequestFeature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export const BrokerRegistrationRequest = {
  apiKey: 62,
  name: 'BrokerRegistration',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 0,
  encode(w: Writer, m: BrokerRegistrationRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('BrokerRegistrationRequest', version, 0, 4);
    encodeBrokerRegistrationRequest(w, m, version);
  },
  decode(r: Reader, version: number): BrokerRegistrationRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('BrokerRegistrationRequest', version, 0, 4);
    return decodeBrokerRegistrationRequest(r, version);
  },
} as const;

function encodeBrokerRegistrationRequest(w: Writer, m: BrokerRegistrationRequest, v: number): void {
  w.int32(m.brokerId);
  w.compactString(m.clusterId);
  w.uuid(m.incarnationId);
  encodeBrokerRegistrationRequest_listeners(w, m.listeners, v);
  encodeBrokerRegistrationRequest_features(w, m.features, v);
  w.compactString(m.rack);
  if (v >= 1) w.bool(m.isMigratingZkBroker ?? false);
  if (v >= 2) {
    const _logDirs = m.logDirs ?? [];
    encodeBrokerRegistrationRequest_logDirs(w, _logDirs, v);
  }
  if (v >= 3) w.int64(m.previousBrokerEpoch ?? -1);
  w.uvarint(0);
}

function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  const m: BrokerRegistrationRequest = {
    brokerId: r.int32(),
    clusterId: r.compactString(),
    incarnationId: r.uuid(),
    listeners: decodeBrokerRegistrationRequest_listeners(r, v),
    features: decodeBrokerRegistrationRequest_features(r, v),
    rack: r.compactNullableString(),
    isMigratingZkBroker: v >= 1 ? r.bool() : false,
    logDirs: v >= 2 ? decodeBrokerRegistrationRequest_logDirs(r, v) : [],
    previousBrokerEpoch: v >= 3 ? r.int64() : -1,
  };
  r.taggedFields();
  return m;
}

function encodeBrokerRegistrationRequest_listeners(w: Writer, a: BrokerRegistrationRequestListener[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeBrokerRegistrationRequestListener(w, a[i]!, v);
}

function decodeBrokerRegistrationRequest_listeners(r: Reader, v: number): BrokerRegistrationRequestListener[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BrokerRegistrationRequest.listeners');
  const a = new Array<BrokerRegistrationRequestListener>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBrokerRegistrationRequestListener(r, v);
  return a;
}

function encodeBrokerRegistrationRequest_features(w: Writer, a: BrokerRegistrationRequestFeature[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeBrokerRegistrationRequestFeature(w, a[i]!, v);
}

function decodeBrokerRegistrationRequest_features(r: Reader, v: number): BrokerRegistrationRequestFeature[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BrokerRegistrationRequest.features');
  const a = new Array<BrokerRegistrationRequestFeature>(n);
  for (let i = 0; i < n; i++) a[i] = decodeBrokerRegistrationRequestFeature(r, v);
  return a;
}

function encodeBrokerRegistrationRequest_logDirs(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.uuid(a[i]!);
}

function decodeBrokerRegistrationRequest_logDirs(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BrokerRegistrationRequest.logDirs');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.uuid();
  return a;
}

function encodeBrokerRegistrationRequestListener(w: Writer, m: BrokerRegistrationRequestListener, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  w.uvarint(0);
}

function decodeBrokerRegistrationRequestListener(r: Reader, _v: number): BrokerRegistrationRequestListener {
  const m: BrokerRegistrationRequestListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
    securityProtocol: r.int16(),
  };
  r.taggedFields();
  return m;
}

function encodeBrokerRegistrationRequestFeature(w: Writer, m: BrokerRegistrationRequestFeature, _v: number): void {
  w.compactString(m.name);
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function decodeBrokerRegistrationRequestFeature(r: Reader, _v: number): BrokerRegistrationRequestFeature {
  const m: BrokerRegistrationRequestFeature = {
    name: r.compactString(),
    minSupportedVersion: r.int16(),
    maxSupportedVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}
