// Generated from Kafka's AlterUserScramCredentialsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterUserScramCredentials response (API key 51): creates or deletes SCRAM credentials of
 * users.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AlterUserScramCredentialsResponse {
  throttleTimeMs: number;
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
}

/** An entry of `AlterUserScramCredentialsResponse.results` (JSON `AlterUserScramCredentialsResult`). */
export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const AlterUserScramCredentialsResponse = {
  apiKey: 51,
  name: 'AlterUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AlterUserScramCredentialsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterUserScramCredentialsResponse', version, 0, 0);
    encodeAlterUserScramCredentialsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterUserScramCredentialsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterUserScramCredentialsResponse', version, 0, 0);
    return decodeAlterUserScramCredentialsResponse(r, version);
  },
} as const;

function encodeAlterUserScramCredentialsResponse(w: Writer, m: AlterUserScramCredentialsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeAlterUserScramCredentialsResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsResponse(r: Reader, v: number): AlterUserScramCredentialsResponse {
  const m: AlterUserScramCredentialsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeAlterUserScramCredentialsResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterUserScramCredentialsResponse_results(w: Writer, a: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, a[i]!, v);
}

function decodeAlterUserScramCredentialsResponse_results(r: Reader, v: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterUserScramCredentialsResponse.results');
  const a = new Array<AlterUserScramCredentialsResponseAlterUserScramCredentialsResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, v);
  return a;
}

function encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, _v: number): void {
  w.compactString(m.user);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, _v: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult = {
    user: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
