// Generated from Kafka's UpdateRaftVoterRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateRaftVoter request (API key 82): KRaft: a voter updates its endpoints and supported
 * versions.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface UpdateRaftVoterRequest {
  clusterId: string | null; // nullable
  currentLeaderEpoch: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: UpdateRaftVoterRequestListener[];
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
}

/** An entry of `UpdateRaftVoterRequest.listeners` (JSON `Listener`). */
export interface UpdateRaftVoterRequestListener {
  name: string;
  host: string;
  port: number;
}

/** `UpdateRaftVoterRequest.kRaftVersionFeature` (JSON `KRaftVersionFeature`). */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export const UpdateRaftVoterRequest = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: UpdateRaftVoterRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UpdateRaftVoterRequest', version, 0, 0);
    encodeUpdateRaftVoterRequest(w, m, version);
  },
  decode(r: Reader, version: number): UpdateRaftVoterRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UpdateRaftVoterRequest', version, 0, 0);
    return decodeUpdateRaftVoterRequest(r, version);
  },
} as const;

function encodeUpdateRaftVoterRequest(w: Writer, m: UpdateRaftVoterRequest, v: number): void {
  w.compactString(m.clusterId);
  w.int32(m.currentLeaderEpoch);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  encodeUpdateRaftVoterRequest_listeners(w, m.listeners, v);
  encodeUpdateRaftVoterRequestKRaftVersionFeature(w, m.kRaftVersionFeature, v);
  w.uvarint(0);
}

function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  const m: UpdateRaftVoterRequest = {
    clusterId: r.compactNullableString(),
    currentLeaderEpoch: r.int32(),
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
    listeners: decodeUpdateRaftVoterRequest_listeners(r, v),
    kRaftVersionFeature: decodeUpdateRaftVoterRequestKRaftVersionFeature(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeUpdateRaftVoterRequest_listeners(w: Writer, a: UpdateRaftVoterRequestListener[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeUpdateRaftVoterRequestListener(w, a[i]!, v);
}

function decodeUpdateRaftVoterRequest_listeners(r: Reader, v: number): UpdateRaftVoterRequestListener[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('UpdateRaftVoterRequest.listeners');
  const a = new Array<UpdateRaftVoterRequestListener>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateRaftVoterRequestListener(r, v);
  return a;
}

function encodeUpdateRaftVoterRequestListener(w: Writer, m: UpdateRaftVoterRequestListener, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeUpdateRaftVoterRequestListener(r: Reader, _v: number): UpdateRaftVoterRequestListener {
  const m: UpdateRaftVoterRequestListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}

function encodeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, m: UpdateRaftVoterRequestKRaftVersionFeature, _v: number): void {
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function decodeUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, _v: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const m: UpdateRaftVoterRequestKRaftVersionFeature = {
    minSupportedVersion: r.int16(),
    maxSupportedVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}
