// Generated from Kafka's DescribeUserScramCredentialsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeUserScramCredentials response (API key 50): describes the SCRAM credentials
 * (mechanisms and iterations) of users.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeUserScramCredentialsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
}

/** An entry of `DescribeUserScramCredentialsResponse.results` (JSON `DescribeUserScramCredentialsResult`). */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null; // nullable
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
}

/** An entry of `DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult.credentialInfos` (JSON `CredentialInfo`). */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  mechanism: number;
  iterations: number;
}

export const DescribeUserScramCredentialsResponse = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeUserScramCredentialsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeUserScramCredentialsResponse', version, 0, 0);
    encodeDescribeUserScramCredentialsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeUserScramCredentialsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeUserScramCredentialsResponse', version, 0, 0);
    return decodeDescribeUserScramCredentialsResponse(r, version);
  },
} as const;

function encodeDescribeUserScramCredentialsResponse(w: Writer, m: DescribeUserScramCredentialsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeDescribeUserScramCredentialsResponse_results(w, m.results, v);
  w.uvarint(0);
}

function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  const m: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    results: decodeDescribeUserScramCredentialsResponse_results(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeUserScramCredentialsResponse_results(w: Writer, a: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, a[i]!, v);
}

function decodeDescribeUserScramCredentialsResponse_results(r: Reader, v: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeUserScramCredentialsResponse.results');
  const a = new Array<DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, v);
  return a;
}

function encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v: number): void {
  w.compactString(m.user);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_credentialInfos(w, m.credentialInfos, v);
  w.uvarint(0);
}

function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = {
    user: r.compactString(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    credentialInfos: decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_credentialInfos(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_credentialInfos(w: Writer, a: DescribeUserScramCredentialsResponseCredentialInfo[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeUserScramCredentialsResponseCredentialInfo(w, a[i]!, v);
}

function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult_credentialInfos(r: Reader, v: number): DescribeUserScramCredentialsResponseCredentialInfo[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult.credentialInfos');
  const a = new Array<DescribeUserScramCredentialsResponseCredentialInfo>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeUserScramCredentialsResponseCredentialInfo(r, v);
  return a;
}

function encodeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, m: DescribeUserScramCredentialsResponseCredentialInfo, _v: number): void {
  w.int8(m.mechanism);
  w.int32(m.iterations);
  w.uvarint(0);
}

function decodeDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, _v: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const m: DescribeUserScramCredentialsResponseCredentialInfo = {
    mechanism: r.int8(),
    iterations: r.int32(),
  };
  r.taggedFields();
  return m;
}
