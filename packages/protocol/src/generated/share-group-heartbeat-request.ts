// Generated from Kafka's ShareGroupHeartbeatRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareGroupHeartbeat request (API key 76): the heartbeat of share groups (queues, KIP-932).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength } from '../codegen/runtime.js';

export interface ShareGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  rackId: string | null; // nullable, default null
  subscribedTopicNames: string[] | null; // nullable, default null
}

export const ShareGroupHeartbeatRequest = {
  apiKey: 76,
  name: 'ShareGroupHeartbeat',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareGroupHeartbeatRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupHeartbeatRequest', version, 0, 0);
    encodeShareGroupHeartbeatRequest(w, m, version);
  },
  decode(r: Reader, version: number): ShareGroupHeartbeatRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupHeartbeatRequest', version, 0, 0);
    return decodeShareGroupHeartbeatRequest(r, version);
  },
} as const;

function encodeShareGroupHeartbeatRequest(w: Writer, m: ShareGroupHeartbeatRequest, v: number): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.compactString(m.rackId);
  encodeShareGroupHeartbeatRequest_subscribedTopicNames(w, m.subscribedTopicNames, v);
  w.uvarint(0);
}

function decodeShareGroupHeartbeatRequest(r: Reader, v: number): ShareGroupHeartbeatRequest {
  const m: ShareGroupHeartbeatRequest = {
    groupId: r.compactString(),
    memberId: r.compactString(),
    memberEpoch: r.int32(),
    rackId: r.compactNullableString(),
    subscribedTopicNames: decodeShareGroupHeartbeatRequest_subscribedTopicNames(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupHeartbeatRequest_subscribedTopicNames(w: Writer, a: string[] | null, _v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeShareGroupHeartbeatRequest_subscribedTopicNames(r: Reader, _v: number): string[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
