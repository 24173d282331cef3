// Generated from Kafka's AlterUserScramCredentialsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterUserScramCredentials request (API key 51): creates or deletes SCRAM credentials of users.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface AlterUserScramCredentialsRequest {
  deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[];
  upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[];
}

/** An entry of `AlterUserScramCredentialsRequest.deletions` (JSON `ScramCredentialDeletion`). */
export interface AlterUserScramCredentialsRequestScramCredentialDeletion {
  name: string;
  mechanism: number;
}

/** An entry of `AlterUserScramCredentialsRequest.upsertions` (JSON `ScramCredentialUpsertion`). */
export interface AlterUserScramCredentialsRequestScramCredentialUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

export const AlterUserScramCredentialsRequest = {
  apiKey: 51,
  name: 'AlterUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<AlterUserScramCredentialsRequest>, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterUserScramCredentialsRequest', version, 0, 0);
    encodeAlterUserScramCredentialsRequest(w, m as AlterUserScramCredentialsRequest, version);
  },
  decode(r: Reader, version: number): AlterUserScramCredentialsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AlterUserScramCredentialsRequest', version, 0, 0);
    return decodeAlterUserScramCredentialsRequest(r, version);
  },
} as const;

function encodeAlterUserScramCredentialsRequest(w: Writer, m: AlterUserScramCredentialsRequest, v: number): void {
  encodeAlterUserScramCredentialsRequest_deletions(w, m.deletions, v);
  encodeAlterUserScramCredentialsRequest_upsertions(w, m.upsertions, v);
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsRequest(r: Reader, v: number): AlterUserScramCredentialsRequest {
  const m: AlterUserScramCredentialsRequest = {
    deletions: decodeAlterUserScramCredentialsRequest_deletions(r, v),
    upsertions: decodeAlterUserScramCredentialsRequest_upsertions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterUserScramCredentialsRequest_deletions(w: Writer, a: AlterUserScramCredentialsRequestScramCredentialDeletion[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterUserScramCredentialsRequestScramCredentialDeletion(w, a[i]!, v);
}

function decodeAlterUserScramCredentialsRequest_deletions(r: Reader, v: number): AlterUserScramCredentialsRequestScramCredentialDeletion[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterUserScramCredentialsRequest.deletions');
  const a = new Array<AlterUserScramCredentialsRequestScramCredentialDeletion>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterUserScramCredentialsRequestScramCredentialDeletion(r, v);
  return a;
}

function encodeAlterUserScramCredentialsRequest_upsertions(w: Writer, a: AlterUserScramCredentialsRequestScramCredentialUpsertion[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterUserScramCredentialsRequestScramCredentialUpsertion(w, a[i]!, v);
}

function decodeAlterUserScramCredentialsRequest_upsertions(r: Reader, v: number): AlterUserScramCredentialsRequestScramCredentialUpsertion[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterUserScramCredentialsRequest.upsertions');
  const a = new Array<AlterUserScramCredentialsRequestScramCredentialUpsertion>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterUserScramCredentialsRequestScramCredentialUpsertion(r, v);
  return a;
}

function encodeAlterUserScramCredentialsRequestScramCredentialDeletion(w: Writer, m: AlterUserScramCredentialsRequestScramCredentialDeletion, _v: number): void {
  w.compactString(m.name);
  w.int8(m.mechanism);
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsRequestScramCredentialDeletion(r: Reader, _v: number): AlterUserScramCredentialsRequestScramCredentialDeletion {
  const m: AlterUserScramCredentialsRequestScramCredentialDeletion = {
    name: r.compactString(),
    mechanism: r.int8(),
  };
  r.taggedFields();
  return m;
}

function encodeAlterUserScramCredentialsRequestScramCredentialUpsertion(w: Writer, m: AlterUserScramCredentialsRequestScramCredentialUpsertion, _v: number): void {
  w.compactString(m.name);
  w.int8(m.mechanism);
  w.int32(m.iterations);
  w.compactBytes(m.salt);
  w.compactBytes(m.saltedPassword);
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsRequestScramCredentialUpsertion(r: Reader, _v: number): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  const m: AlterUserScramCredentialsRequestScramCredentialUpsertion = {
    name: r.compactString(),
    mechanism: r.int8(),
    iterations: r.int32(),
    salt: r.compactBytes(),
    saltedPassword: r.compactBytes(),
  };
  r.taggedFields();
  return m;
}
