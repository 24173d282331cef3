// Generated from Kafka's AddRaftVoterRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddRaftVoter request (API key 80): KRaft: adds a voter to the metadata quorum.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface AddRaftVoterRequest {
  clusterId: string | null; // nullable
  timeoutMs: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: AddRaftVoterRequestListener[];
}

/** An entry of `AddRaftVoterRequest.listeners` (JSON `Listener`). */
export interface AddRaftVoterRequestListener {
  name: string;
  host: string;
  port: number;
}

export const AddRaftVoterRequest = {
  apiKey: 80,
  name: 'AddRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AddRaftVoterRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AddRaftVoterRequest', version, 0, 0);
    encodeAddRaftVoterRequest(w, m, version);
  },
  decode(r: Reader, version: number): AddRaftVoterRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AddRaftVoterRequest', version, 0, 0);
    return decodeAddRaftVoterRequest(r, version);
  },
} as const;

function encodeAddRaftVoterRequest(w: Writer, m: AddRaftVoterRequest, v: number): void {
  w.compactString(m.clusterId);
  w.int32(m.timeoutMs);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  encodeAddRaftVoterRequest_listeners(w, m.listeners, v);
  w.uvarint(0);
}

function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  const m: AddRaftVoterRequest = {
    clusterId: r.compactNullableString(),
    timeoutMs: r.int32(),
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
    listeners: decodeAddRaftVoterRequest_listeners(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAddRaftVoterRequest_listeners(w: Writer, a: AddRaftVoterRequestListener[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAddRaftVoterRequestListener(w, a[i]!, v);
}

function decodeAddRaftVoterRequest_listeners(r: Reader, v: number): AddRaftVoterRequestListener[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AddRaftVoterRequest.listeners');
  const a = new Array<AddRaftVoterRequestListener>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddRaftVoterRequestListener(r, v);
  return a;
}

function encodeAddRaftVoterRequestListener(w: Writer, m: AddRaftVoterRequestListener, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeAddRaftVoterRequestListener(r: Reader, _v: number): AddRaftVoterRequestListener {
  const m: AddRaftVoterRequestListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
