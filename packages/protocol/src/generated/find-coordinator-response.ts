// Generated from Kafka's FindCoordinatorResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * FindCoordinator response (API key 10): finds the broker acting as coordinator for a group, a
 * transactional id or a share group.
 */
// v0-v6, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface FindCoordinatorResponse {
  throttleTimeMs?: number; // v1+
  errorCode?: number; // v0-v3
  errorMessage?: string | null; // v1-v3, nullable
  nodeId?: number; // v0-v3
  host?: string; // v0-v3
  port?: number; // v0-v3
  coordinators?: FindCoordinatorResponseCoordinator[]; // v4+
}

/** An entry of `FindCoordinatorResponse.coordinators` (JSON `Coordinator`, v4+). */
export interface FindCoordinatorResponseCoordinator {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const FindCoordinatorResponse = {
  apiKey: 10,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  encode(w: Writer, m: FindCoordinatorResponse, version: number): void {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('FindCoordinatorResponse', version, 0, 6);
    encodeFindCoordinatorResponse(w, m, version);
  },
  decode(r: Reader, version: number): FindCoordinatorResponse {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('FindCoordinatorResponse', version, 0, 6);
    return decodeFindCoordinatorResponse(r, version);
  },
} as const;

function encodeFindCoordinatorResponse(w: Writer, m: FindCoordinatorResponse, v: number): void {
  if (v >= 1) w.int32(m.throttleTimeMs ?? 0);
  if (v <= 3) w.int16(m.errorCode ?? 0);
  if (v >= 1 && v <= 3) {
    const _errorMessage = m.errorMessage === undefined ? '' : m.errorMessage;
    if (v === 3) {
      w.compactString(_errorMessage);
    } else {
      w.string(_errorMessage);
    }
  }
  if (v <= 3) w.int32(m.nodeId ?? 0);
  if (v <= 3) {
    const _host = m.host ?? '';
    if (v === 3) {
      w.compactString(_host);
    } else {
      w.string(_host);
    }
  }
  if (v <= 3) w.int32(m.port ?? 0);
  if (v >= 4) {
    const _coordinators = m.coordinators ?? [];
    encodeFindCoordinatorResponse_coordinators(w, _coordinators, v);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const m: FindCoordinatorResponse = {
    throttleTimeMs: v >= 1 ? r.int32() : 0,
    errorCode: v <= 3 ? r.int16() : 0,
    errorMessage: v >= 1 && v <= 3 ? (v === 3 ? r.compactNullableString() : r.nullableString()) : '',
    nodeId: v <= 3 ? r.int32() : 0,
    host: v <= 3 ? (v === 3 ? r.compactString() : r.string()) : '',
    port: v <= 3 ? r.int32() : 0,
    coordinators: v >= 4 ? decodeFindCoordinatorResponse_coordinators(r, v) : [],
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeFindCoordinatorResponse_coordinators(w: Writer, a: FindCoordinatorResponseCoordinator[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeFindCoordinatorResponseCoordinator(w, a[i]!, v);
}

function decodeFindCoordinatorResponse_coordinators(r: Reader, v: number): FindCoordinatorResponseCoordinator[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FindCoordinatorResponse.coordinators');
  const a = new Array<FindCoordinatorResponseCoordinator>(n);
  for (let i = 0; i < n; i++) a[i] = decodeFindCoordinatorResponseCoordinator(r, v);
  return a;
}

function encodeFindCoordinatorResponseCoordinator(w: Writer, m: FindCoordinatorResponseCoordinator, _v: number): void {
  w.compactString(m.key);
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeFindCoordinatorResponseCoordinator(r: Reader, _v: number): FindCoordinatorResponseCoordinator {
  const m: FindCoordinatorResponseCoordinator = {
    key: r.compactString(),
    nodeId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
