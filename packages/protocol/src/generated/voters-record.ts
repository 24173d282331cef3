// Generated from Kafka's VotersRecord.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * KRaft control record holding the set of voters and their endpoints.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface VotersRecord {
  version: number;
  voters: VotersRecordVoter[];
}

/** An entry of `VotersRecord.voters` (JSON `Voter`). */
export interface VotersRecordVoter {
  voterId: number;
  voterDirectoryId: string;
  endpoints: VotersRecordEndpoint[];
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
}

/** An entry of `VotersRecordVoter.endpoints` (JSON `Endpoint`). */
export interface VotersRecordEndpoint {
  name: string;
  host: string;
  port: number;
}

/** `VotersRecordVoter.kRaftVersionFeature` (JSON `KRaftVersionFeature`). */
export interface VotersRecordKRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export const VotersRecord = {
  name: 'VotersRecord',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: VotersRecord, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('VotersRecord', version, 0, 0);
    encodeVotersRecord(w, m, version);
  },
  decode(r: Reader, version: number): VotersRecord {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('VotersRecord', version, 0, 0);
    return decodeVotersRecord(r, version);
  },
} as const;

function encodeVotersRecord(w: Writer, m: VotersRecord, v: number): void {
  w.int16(m.version);
  encodeVotersRecord_voters(w, m.voters, v);
  w.uvarint(0);
}

function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  const m: VotersRecord = {
    version: r.int16(),
    voters: decodeVotersRecord_voters(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeVotersRecord_voters(w: Writer, a: VotersRecordVoter[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVotersRecordVoter(w, a[i]!, v);
}

function decodeVotersRecord_voters(r: Reader, v: number): VotersRecordVoter[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VotersRecord.voters');
  const a = new Array<VotersRecordVoter>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVotersRecordVoter(r, v);
  return a;
}

function encodeVotersRecordVoter(w: Writer, m: VotersRecordVoter, v: number): void {
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  encodeVotersRecordVoter_endpoints(w, m.endpoints, v);
  encodeVotersRecordKRaftVersionFeature(w, m.kRaftVersionFeature, v);
  w.uvarint(0);
}

function decodeVotersRecordVoter(r: Reader, v: number): VotersRecordVoter {
  const m: VotersRecordVoter = {
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
    endpoints: decodeVotersRecordVoter_endpoints(r, v),
    kRaftVersionFeature: decodeVotersRecordKRaftVersionFeature(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeVotersRecordVoter_endpoints(w: Writer, a: VotersRecordEndpoint[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeVotersRecordEndpoint(w, a[i]!, v);
}

function decodeVotersRecordVoter_endpoints(r: Reader, v: number): VotersRecordEndpoint[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('VotersRecordVoter.endpoints');
  const a = new Array<VotersRecordEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeVotersRecordEndpoint(r, v);
  return a;
}

function encodeVotersRecordEndpoint(w: Writer, m: VotersRecordEndpoint, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeVotersRecordEndpoint(r: Reader, _v: number): VotersRecordEndpoint {
  const m: VotersRecordEndpoint = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}

function encodeVotersRecordKRaftVersionFeature(w: Writer, m: VotersRecordKRaftVersionFeature, _v: number): void {
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function decodeVotersRecordKRaftVersionFeature(r: Reader, _v: number): VotersRecordKRaftVersionFeature {
  const m: VotersRecordKRaftVersionFeature = {
    minSupportedVersion: r.int16(),
    maxSupportedVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}
