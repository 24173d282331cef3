// Generated from Kafka's DescribeDelegationTokenResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeDelegationToken response (API key 41): lists delegation tokens, optionally by owner.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface DescribeDelegationTokenResponse {
  errorCode: number;
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  throttleTimeMs: number;
}

/** An entry of `DescribeDelegationTokenResponse.tokens` (JSON `DescribedDelegationToken`). */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType?: string; // v3
  tokenRequesterPrincipalName?: string; // v3
  issueTimestamp: number;
  expiryTimestamp: number;
  maxTimestamp: number;
  tokenId: string;
  hmac: Buffer;
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
}

/** An entry of `DescribeDelegationTokenResponseDescribedDelegationToken.renewers` (JSON `DescribedDelegationTokenRenewer`). */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  principalType: string;
  principalName: string;
}

export const DescribeDelegationTokenResponse = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<DescribeDelegationTokenResponse>, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeDelegationTokenResponse', version, 0, 3);
    encodeDescribeDelegationTokenResponse(w, m as DescribeDelegationTokenResponse, version);
  },
  decode(r: Reader, version: number): DescribeDelegationTokenResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('DescribeDelegationTokenResponse', version, 0, 3);
    return decodeDescribeDelegationTokenResponse(r, version);
  },
} as const;

function encodeDescribeDelegationTokenResponse(w: Writer, m: DescribeDelegationTokenResponse, v: number): void {
  w.int16(m.errorCode);
  encodeDescribeDelegationTokenResponse_tokens(w, m.tokens, v);
  w.int32(m.throttleTimeMs);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const m: DescribeDelegationTokenResponse = {
    errorCode: r.int16(),
    tokens: decodeDescribeDelegationTokenResponse_tokens(r, v),
    throttleTimeMs: r.int32(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeDelegationTokenResponse_tokens(w: Writer, a: DescribeDelegationTokenResponseDescribedDelegationToken[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationToken(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationToken(w, a[i]!, v);
  }
}

function decodeDescribeDelegationTokenResponse_tokens(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationToken[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeDelegationTokenResponse.tokens');
  const a = new Array<DescribeDelegationTokenResponseDescribedDelegationToken>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeDelegationTokenResponseDescribedDelegationToken(r, v);
  return a;
}

function encodeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, m: DescribeDelegationTokenResponseDescribedDelegationToken, v: number): void {
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
  if (v === 3) {
    const _tokenRequesterPrincipalType = m.tokenRequesterPrincipalType ?? '';
    w.compactString(_tokenRequesterPrincipalType);
  }
  if (v === 3) {
    const _tokenRequesterPrincipalName = m.tokenRequesterPrincipalName ?? '';
    w.compactString(_tokenRequesterPrincipalName);
  }
  w.int64(m.issueTimestamp);
  w.int64(m.expiryTimestamp);
  w.int64(m.maxTimestamp);
  if (v >= 2) {
    w.compactString(m.tokenId);
  } else {
    w.string(m.tokenId);
  }
  if (v >= 2) {
    w.compactBytes(m.hmac);
  } else {
    w.bytes(m.hmac);
  }
  encodeDescribeDelegationTokenResponseDescribedDelegationToken_renewers(w, m.renewers, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const m: DescribeDelegationTokenResponseDescribedDelegationToken = {
    principalType: v >= 2 ? r.compactString() : r.string(),
    principalName: v >= 2 ? r.compactString() : r.string(),
    tokenRequesterPrincipalType: v === 3 ? r.compactString() : '',
    tokenRequesterPrincipalName: v === 3 ? r.compactString() : '',
    issueTimestamp: r.int64(),
    expiryTimestamp: r.int64(),
    maxTimestamp: r.int64(),
    tokenId: v >= 2 ? r.compactString() : r.string(),
    hmac: v >= 2 ? r.compactBytes() : r.bytes(),
    renewers: decodeDescribeDelegationTokenResponseDescribedDelegationToken_renewers(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeDelegationTokenResponseDescribedDelegationToken_renewers(w: Writer, a: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, a[i]!, v);
  }
}

function decodeDescribeDelegationTokenResponseDescribedDelegationToken_renewers(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeDelegationTokenResponseDescribedDelegationToken.renewers');
  const a = new Array<DescribeDelegationTokenResponseDescribedDelegationTokenRenewer>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, v);
  return a;
}

function encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v: number): void {
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

function decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = {
    principalType: v >= 2 ? r.compactString() : r.string(),
    principalName: v >= 2 ? r.compactString() : r.string(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
