// Generated from Kafka's LeaderChangeMessage.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * KRaft control record written when a leader is elected, naming the leader and the voters that
 * elected it.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface LeaderChangeMessage {
  version: number;
  leaderId: number;
  voters: LeaderChangeMessageVoter[];
  grantingVoters: LeaderChangeMessageVoter[];
}

/** An entry of `LeaderChangeMessage.voters`; an entry of `LeaderChangeMessage.grantingVoters` (JSON `Voter`). */
export interface LeaderChangeMessageVoter {
  voterId: number;
  voterDirectoryId?: string; // v1
}

export const LeaderChangeMessage = {
  name: 'LeaderChangeMessage',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: LeaderChangeMessage, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('LeaderChangeMessage', version, 0, 1);
    encodeLeaderChangeMessage(w, m, version);
  },
  decode(r: Reader, version: number): LeaderChangeMessage {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('LeaderChangeMessage', version, 0, 1);
    return decodeLeaderChangeMessage(r, version);
  },
} as const;

function encodeLeaderChangeMessage(w: Writer, m: LeaderChangeMessage, v: number): void {
  w.int16(m.version);
  w.int32(m.leaderId);
  encodeLeaderChangeMessage_voters(w, m.voters, v);
  encodeLeaderChangeMessage_grantingVoters(w, m.grantingVoters, v);
  w.uvarint(0);
}

function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  const m: LeaderChangeMessage = {
    version: r.int16(),
    leaderId: r.int32(),
    voters: decodeLeaderChangeMessage_voters(r, v),
    grantingVoters: decodeLeaderChangeMessage_grantingVoters(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeLeaderChangeMessage_voters(w: Writer, a: LeaderChangeMessageVoter[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeLeaderChangeMessageVoter(w, a[i]!, v);
}

function decodeLeaderChangeMessage_voters(r: Reader, v: number): LeaderChangeMessageVoter[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('LeaderChangeMessage.voters');
  const a = new Array<LeaderChangeMessageVoter>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderChangeMessageVoter(r, v);
  return a;
}

function encodeLeaderChangeMessage_grantingVoters(w: Writer, a: LeaderChangeMessageVoter[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeLeaderChangeMessageVoter(w, a[i]!, v);
}

function decodeLeaderChangeMessage_grantingVoters(r: Reader, v: number): LeaderChangeMessageVoter[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('LeaderChangeMessage.grantingVoters');
  const a = new Array<LeaderChangeMessageVoter>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderChangeMessageVoter(r, v);
  return a;
}

function encodeLeaderChangeMessageVoter(w: Writer, m: LeaderChangeMessageVoter, v: number): void {
  w.int32(m.voterId);
  if (v === 1) w.uuid(m.voterDirectoryId ?? ZERO_UUID);
  w.uvarint(0);
}

function decodeLeaderChangeMessageVoter(r: Reader, v: number): LeaderChangeMessageVoter {
  const m: LeaderChangeMessageVoter = {
    voterId: r.int32(),
    voterDirectoryId: v === 1 ? r.uuid() : ZERO_UUID,
  };
  r.taggedFields();
  return m;
}
