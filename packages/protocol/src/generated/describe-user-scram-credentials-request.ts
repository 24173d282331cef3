// Generated from Kafka's DescribeUserScramCredentialsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeUserScramCredentials request (API key 50): describes the SCRAM credentials (mechanisms
 * and iterations) of users.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength } from '../codegen/runtime.js';

export interface DescribeUserScramCredentialsRequest {
  users: DescribeUserScramCredentialsRequestUserName[] | null; // nullable
}

/** An entry of `DescribeUserScramCredentialsRequest.users` (JSON `UserName`). */
export interface DescribeUserScramCredentialsRequestUserName {
  name: string;
}

export const DescribeUserScramCredentialsRequest = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeUserScramCredentialsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeUserScramCredentialsRequest', version, 0, 0);
    encodeDescribeUserScramCredentialsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeUserScramCredentialsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeUserScramCredentialsRequest', version, 0, 0);
    return decodeDescribeUserScramCredentialsRequest(r, version);
  },
} as const;

function encodeDescribeUserScramCredentialsRequest(w: Writer, m: DescribeUserScramCredentialsRequest, v: number): void {
  encodeDescribeUserScramCredentialsRequest_users(w, m.users, v);
  w.uvarint(0);
}

function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  const m: DescribeUserScramCredentialsRequest = {
    users: decodeDescribeUserScramCredentialsRequest_users(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeUserScramCredentialsRequest_users(w: Writer, a: DescribeUserScramCredentialsRequestUserName[] | null, v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeUserScramCredentialsRequestUserName(w, a[i]!, v);
}

function decodeDescribeUserScramCredentialsRequest_users(r: Reader, v: number): DescribeUserScramCredentialsRequestUserName[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<DescribeUserScramCredentialsRequestUserName>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeUserScramCredentialsRequestUserName(r, v);
  return a;
}

function encodeDescribeUserScramCredentialsRequestUserName(w: Writer, m: DescribeUserScramCredentialsRequestUserName, _v: number): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function decodeDescribeUserScramCredentialsRequestUserName(r: Reader, _v: number): DescribeUserScramCredentialsRequestUserName {
  const m: DescribeUserScramCredentialsRequestUserName = {
    name: r.compactString(),
  };
  r.taggedFields();
  return m;
}
