// Generated from Kafka's CreateDelegationTokenResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateDelegationToken response (API key 38): creates a delegation token for lightweight
 * authentication.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, type Encodable } from '../codegen/runtime.js';

export interface CreateDelegationTokenResponse {
  errorCode: number;
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType?: string; // v3
  tokenRequesterPrincipalName?: string; // v3
  issueTimestampMs: number;
  expiryTimestampMs: number;
  maxTimestampMs: number;
  tokenId: string;
  hmac: Buffer;
  throttleTimeMs: number;
}

export const CreateDelegationTokenResponse = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<CreateDelegationTokenResponse>, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateDelegationTokenResponse', version, 0, 3);
    encodeCreateDelegationTokenResponse(w, m as CreateDelegationTokenResponse, version);
  },
  decode(r: Reader, version: number): CreateDelegationTokenResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateDelegationTokenResponse', version, 0, 3);
    return decodeCreateDelegationTokenResponse(r, version);
  },
} as const;

function encodeCreateDelegationTokenResponse(w: Writer, m: CreateDelegationTokenResponse, v: number): void {
  w.int16(m.errorCode);
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
  w.int64(m.issueTimestampMs);
  w.int64(m.expiryTimestampMs);
  w.int64(m.maxTimestampMs);
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
  w.int32(m.throttleTimeMs);
  if (v >= 2) w.uvarint(0);
}

function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const m: CreateDelegationTokenResponse = {
    errorCode: r.int16(),
    principalType: v >= 2 ? r.compactString() : r.string(),
    principalName: v >= 2 ? r.compactString() : r.string(),
    tokenRequesterPrincipalType: v === 3 ? r.compactString() : '',
    tokenRequesterPrincipalName: v === 3 ? r.compactString() : '',
    issueTimestampMs: r.int64(),
    expiryTimestampMs: r.int64(),
    maxTimestampMs: r.int64(),
    tokenId: v >= 2 ? r.compactString() : r.string(),
    hmac: v >= 2 ? r.compactBytes() : r.bytes(),
    throttleTimeMs: r.int32(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
