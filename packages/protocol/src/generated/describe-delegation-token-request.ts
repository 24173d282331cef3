// Generated from Kafka's DescribeDelegationTokenRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeDelegationToken request (API key 41): lists delegation tokens, optionally by owner.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, arrayLength, compactArrayLength } from '../codegen/runtime.js';

export interface DescribeDelegationTokenRequest {
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null; // nullable
}

/** An entry of `DescribeDelegationTokenRequest.owners` (JSON `DescribeDelegationTokenOwner`). */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  principalType: string;
  principalName: string;
}

export const DescribeDelegationTokenRequest = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: DescribeDelegationTokenRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeDelegationTokenRequest', version, 0, 3);
    encodeDescribeDelegationTokenRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeDelegationTokenRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeDelegationTokenRequest', version, 0, 3);
    return decodeDescribeDelegationTokenRequest(r, version);
  },
} as const;

function encodeDescribeDelegationTokenRequest(w: Writer, m: DescribeDelegationTokenRequest, v: number): void {
  encodeDescribeDelegationTokenRequest_owners(w, m.owners, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  const m: DescribeDelegationTokenRequest = {
    owners: decodeDescribeDelegationTokenRequest_owners(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeDelegationTokenRequest_owners(w: Writer, a: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null, v: number): void {
  if (a === null) {
    if (v >= 2) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, a[i]!, v);
  }
}

function decodeDescribeDelegationTokenRequest_owners(r: Reader, v: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<DescribeDelegationTokenRequestDescribeDelegationTokenOwner>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, v);
  return a;
}

function encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, v: number): void {
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

function decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = {
    principalType: v >= 2 ? r.compactString() : r.string(),
    principalName: v >= 2 ? r.compactString() : r.string(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
