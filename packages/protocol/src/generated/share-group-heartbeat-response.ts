// Generated from Kafka's ShareGroupHeartbeatResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareGroupHeartbeat response (API key 76): the heartbeat of share groups (queues, KIP-932).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  memberId: string | null; // nullable, default null
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: ShareGroupHeartbeatResponseAssignment | null; // nullable, default null
}

/** `ShareGroupHeartbeatResponse.assignment` (JSON `Assignment`). */
export interface ShareGroupHeartbeatResponseAssignment {
  topicPartitions: ShareGroupHeartbeatResponseTopicPartitions[];
}

/** An entry of `ShareGroupHeartbeatResponseAssignment.topicPartitions` (JSON `TopicPartitions`). */
export interface ShareGroupHeartbeatResponseTopicPartitions {
  topicId: string;
  partitions: number[];
}

export const ShareGroupHeartbeatResponse = {
  apiKey: 76,
  name: 'ShareGroupHeartbeat',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareGroupHeartbeatResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupHeartbeatResponse', version, 0, 0);
    encodeShareGroupHeartbeatResponse(w, m, version);
  },
  decode(r: Reader, version: number): ShareGroupHeartbeatResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupHeartbeatResponse', version, 0, 0);
    return decodeShareGroupHeartbeatResponse(r, version);
  },
} as const;

function encodeShareGroupHeartbeatResponse(w: Writer, m: ShareGroupHeartbeatResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.int32(m.heartbeatIntervalMs);
  if (m.assignment === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeShareGroupHeartbeatResponseAssignment(w, m.assignment, v);
  }
  w.uvarint(0);
}

function decodeShareGroupHeartbeatResponse(r: Reader, v: number): ShareGroupHeartbeatResponse {
  const m: ShareGroupHeartbeatResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    memberId: r.compactNullableString(),
    memberEpoch: r.int32(),
    heartbeatIntervalMs: r.int32(),
    assignment: (r.int8() < 0 ? null : decodeShareGroupHeartbeatResponseAssignment(r, v)),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupHeartbeatResponseAssignment(w: Writer, m: ShareGroupHeartbeatResponseAssignment, v: number): void {
  encodeShareGroupHeartbeatResponseAssignment_topicPartitions(w, m.topicPartitions, v);
  w.uvarint(0);
}

function decodeShareGroupHeartbeatResponseAssignment(r: Reader, v: number): ShareGroupHeartbeatResponseAssignment {
  const m: ShareGroupHeartbeatResponseAssignment = {
    topicPartitions: decodeShareGroupHeartbeatResponseAssignment_topicPartitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupHeartbeatResponseAssignment_topicPartitions(w: Writer, a: ShareGroupHeartbeatResponseTopicPartitions[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeShareGroupHeartbeatResponseTopicPartitions(w, a[i]!, v);
}

function decodeShareGroupHeartbeatResponseAssignment_topicPartitions(r: Reader, v: number): ShareGroupHeartbeatResponseTopicPartitions[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupHeartbeatResponseAssignment.topicPartitions');
  const a = new Array<ShareGroupHeartbeatResponseTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeShareGroupHeartbeatResponseTopicPartitions(r, v);
  return a;
}

function encodeShareGroupHeartbeatResponseTopicPartitions(w: Writer, m: ShareGroupHeartbeatResponseTopicPartitions, v: number): void {
  w.uuid(m.topicId);
  encodeShareGroupHeartbeatResponseTopicPartitions_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeShareGroupHeartbeatResponseTopicPartitions(r: Reader, v: number): ShareGroupHeartbeatResponseTopicPartitions {
  const m: ShareGroupHeartbeatResponseTopicPartitions = {
    topicId: r.uuid(),
    partitions: decodeShareGroupHeartbeatResponseTopicPartitions_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupHeartbeatResponseTopicPartitions_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeShareGroupHeartbeatResponseTopicPartitions_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupHeartbeatResponseTopicPartitions.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
