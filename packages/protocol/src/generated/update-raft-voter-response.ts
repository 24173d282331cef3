// Generated from Kafka's UpdateRaftVoterResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateRaftVoter response (API key 82): KRaft: a voter updates its endpoints and supported
 * versions.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface UpdateRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  currentLeader?: UpdateRaftVoterResponseCurrentLeader; // tag 0
}

/** `UpdateRaftVoterResponse.currentLeader`, tagged (JSON `CurrentLeader`). */
export interface UpdateRaftVoterResponseCurrentLeader {
  leaderId: number; // default -1
  leaderEpoch: number; // default -1
  host: string;
  port: number;
}

export const UpdateRaftVoterResponse = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: UpdateRaftVoterResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UpdateRaftVoterResponse', version, 0, 0);
    encodeUpdateRaftVoterResponse(w, m, version);
  },
  decode(r: Reader, version: number): UpdateRaftVoterResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('UpdateRaftVoterResponse', version, 0, 0);
    return decodeUpdateRaftVoterResponse(r, version);
  },
} as const;

function encodeUpdateRaftVoterResponse(w: Writer, m: UpdateRaftVoterResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  let tagCount = 0;
  const tag_currentLeader = m.currentLeader;
  const has_currentLeader = tag_currentLeader !== undefined && !isDefaultUpdateRaftVoterResponseCurrentLeader(tag_currentLeader);
  if (has_currentLeader) tagCount++;
  w.uvarint(tagCount);
  if (has_currentLeader) {
    const tw = new Writer(64);
    encodeUpdateRaftVoterResponseCurrentLeader(tw, tag_currentLeader, v);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  const m: UpdateRaftVoterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    currentLeader: defaultUpdateRaftVoterResponseCurrentLeader(),
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0) m.currentLeader = decodeUpdateRaftVoterResponseCurrentLeader(r, v);
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'UpdateRaftVoterResponse');
  }
  return m;
}

function encodeUpdateRaftVoterResponseCurrentLeader(w: Writer, m: UpdateRaftVoterResponseCurrentLeader, _v: number): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.compactString(m.host);
  w.int32(m.port);
  w.uvarint(0);
}

function decodeUpdateRaftVoterResponseCurrentLeader(r: Reader, _v: number): UpdateRaftVoterResponseCurrentLeader {
  const m: UpdateRaftVoterResponseCurrentLeader = {
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    host: r.compactString(),
    port: r.int32(),
  };
  r.taggedFields();
  return m;
}

function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: '',
    port: 0,
  };
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(x: UpdateRaftVoterResponseCurrentLeader): boolean {
  return (
    x.leaderId === -1 &&
    x.leaderEpoch === -1 &&
    x.host === '' &&
    x.port === 0
  );
}
