// Generated from Kafka's CreateDelegationTokenRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateDelegationToken request (API key 38): creates a delegation token for lightweight
 * authentication.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface CreateDelegationTokenRequest {
  ownerPrincipalType?: string | null; // v3, nullable
  ownerPrincipalName?: string | null; // v3, nullable
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  maxLifetimeMs: number;
}

/** An entry of `CreateDelegationTokenRequest.renewers` (JSON `CreatableRenewers`). */
export interface CreateDelegationTokenRequestCreatableRenewers {
  principalType: string;
  principalName: string;
}

export const CreateDelegationTokenRequest = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: CreateDelegationTokenRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateDelegationTokenRequest', version, 0, 3);
    encodeCreateDelegationTokenRequest(w, m, version);
  },
  decode(r: Reader, version: number): CreateDelegationTokenRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateDelegationTokenRequest', version, 0, 3);
    return decodeCreateDelegationTokenRequest(r, version);
  },
} as const;

function encodeCreateDelegationTokenRequest(w: Writer, m: CreateDelegationTokenRequest, v: number): void {
  if (v === 3) {
    const _ownerPrincipalType = m.ownerPrincipalType === undefined ? '' : m.ownerPrincipalType;
    w.compactString(_ownerPrincipalType);
  }
  if (v === 3) {
    const _ownerPrincipalName = m.ownerPrincipalName === undefined ? '' : m.ownerPrincipalName;
    w.compactString(_ownerPrincipalName);
  }
  encodeCreateDelegationTokenRequest_renewers(w, m.renewers, v);
  w.int64(m.maxLifetimeMs);
  if (v >= 2) w.uvarint(0);
}

function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const m: CreateDelegationTokenRequest = {
    ownerPrincipalType: v === 3 ? r.compactNullableString() : '',
    ownerPrincipalName: v === 3 ? r.compactNullableString() : '',
    renewers: decodeCreateDelegationTokenRequest_renewers(r, v),
    maxLifetimeMs: r.int64(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreateDelegationTokenRequest_renewers(w: Writer, a: CreateDelegationTokenRequestCreatableRenewers[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateDelegationTokenRequestCreatableRenewers(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateDelegationTokenRequestCreatableRenewers(w, a[i]!, v);
  }
}

function decodeCreateDelegationTokenRequest_renewers(r: Reader, v: number): CreateDelegationTokenRequestCreatableRenewers[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateDelegationTokenRequest.renewers');
  const a = new Array<CreateDelegationTokenRequestCreatableRenewers>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateDelegationTokenRequestCreatableRenewers(r, v);
  return a;
}

function encodeCreateDelegationTokenRequestCreatableRenewers(w: Writer, m: CreateDelegationTokenRequestCreatableRenewers, v: number): void {
  if (v >= 2) {
    w.compactString(m.principalType);
  } else {
    w.string(m.principalType);
  }
  if (v >= 2) {
    w.compactString(m.principalName);
  } else {
    w.string(m.principalName);
  }
  if (v >= 2) w.uvarint(0);
}

function decodeCreateDelegationTokenRequestCreatableRenewers(r: Reader, v: number): CreateDelegationTokenRequestCreatableRenewers {
  const m: CreateDelegationTokenRequestCreatableRenewers = {
    principalType: v >= 2 ? r.compactString() : r.string(),
    principalName: v >= 2 ? r.compactString() : r.string(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
