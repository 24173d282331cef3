// Generated from Kafka's FindCoordinatorRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * FindCoordinator request (API key 10): finds the broker acting as coordinator for a group, a
 * transactional id or a share group.
 */
// v0-v6, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface FindCoordinatorRequest {
  key?: string; // v0-v3
  keyType?: number; // v1+
  coordinatorKeys?: string[]; // v4+
}

export const FindCoordinatorRequest = {
  apiKey: 10,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 3,
  encode(w: Writer, m: FindCoordinatorRequest, version: number): void {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('FindCoordinatorRequest', version, 0, 6);
    encodeFindCoordinatorRequest(w, m, version);
  },
  decode(r: Reader, version: number): FindCoordinatorRequest {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('FindCoordinatorRequest', version, 0, 6);
    return decodeFindCoordinatorRequest(r, version);
  },
} as const;

function encodeFindCoordinatorRequest(w: Writer, m: FindCoordinatorRequest, v: number): void {
  if (v <= 3) {
    const _key = m.key ?? '';
    if (v === 3) {
      w.compactString(_key);
    } else {
      w.string(_key);
    }
  }
  if (v >= 1) w.int8(m.keyType ?? 0);
  if (v >= 4) {
    const _coordinatorKeys = m.coordinatorKeys ?? [];
    encodeFindCoordinatorRequest_coordinatorKeys(w, _coordinatorKeys, v);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const m: FindCoordinatorRequest = {
    key: v <= 3 ? (v === 3 ? r.compactString() : r.string()) : '',
    keyType: v >= 1 ? r.int8() : 0,
    coordinatorKeys: v >= 4 ? decodeFindCoordinatorRequest_coordinatorKeys(r, v) : [],
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeFindCoordinatorRequest_coordinatorKeys(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeFindCoordinatorRequest_coordinatorKeys(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('FindCoordinatorRequest.coordinatorKeys');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
