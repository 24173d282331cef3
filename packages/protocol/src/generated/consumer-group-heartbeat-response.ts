// Generated from Kafka's ConsumerGroupHeartbeatResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ConsumerGroupHeartbeat response (API key 68): the heartbeat of the new consumer group protocol
 * (KIP-848): membership, subscription and assignment in one call.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ConsumerGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  memberId: string | null; // nullable, default null
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: ConsumerGroupHeartbeatResponseAssignment | null; // nullable, default null
}

/** `ConsumerGroupHeartbeatResponse.assignment` (JSON `Assignment`). */
export interface ConsumerGroupHeartbeatResponseAssignment {
  topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[];
}

/** An entry of `ConsumerGroupHeartbeatResponseAssignment.topicPartitions` (JSON `TopicPartitions`). */
export interface ConsumerGroupHeartbeatResponseTopicPartitions {
  topicId: string;
  partitions: number[];
}

export const ConsumerGroupHeartbeatResponse = {
  apiKey: 68,
  name: 'ConsumerGroupHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: ConsumerGroupHeartbeatResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ConsumerGroupHeartbeatResponse', version, 0, 1);
    encodeConsumerGroupHeartbeatResponse(w, m, version);
  },
  decode(r: Reader, version: number): ConsumerGroupHeartbeatResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ConsumerGroupHeartbeatResponse', version, 0, 1);
    return decodeConsumerGroupHeartbeatResponse(r, version);
  },
} as const;

function encodeConsumerGroupHeartbeatResponse(w: Writer, m: ConsumerGroupHeartbeatResponse, v: number): void {
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
    encodeConsumerGroupHeartbeatResponseAssignment(w, m.assignment, v);
  }
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatResponse(r: Reader, v: number): ConsumerGroupHeartbeatResponse {
  const m: ConsumerGroupHeartbeatResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    memberId: r.compactNullableString(),
    memberEpoch: r.int32(),
    heartbeatIntervalMs: r.int32(),
    assignment: (r.int8() < 0 ? null : decodeConsumerGroupHeartbeatResponseAssignment(r, v)),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatResponseAssignment(w: Writer, m: ConsumerGroupHeartbeatResponseAssignment, v: number): void {
  encodeConsumerGroupHeartbeatResponseAssignment_topicPartitions(w, m.topicPartitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatResponseAssignment(r: Reader, v: number): ConsumerGroupHeartbeatResponseAssignment {
  const m: ConsumerGroupHeartbeatResponseAssignment = {
    topicPartitions: decodeConsumerGroupHeartbeatResponseAssignment_topicPartitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatResponseAssignment_topicPartitions(w: Writer, a: ConsumerGroupHeartbeatResponseTopicPartitions[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeConsumerGroupHeartbeatResponseTopicPartitions(w, a[i]!, v);
}

function decodeConsumerGroupHeartbeatResponseAssignment_topicPartitions(r: Reader, v: number): ConsumerGroupHeartbeatResponseTopicPartitions[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupHeartbeatResponseAssignment.topicPartitions');
  const a = new Array<ConsumerGroupHeartbeatResponseTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerGroupHeartbeatResponseTopicPartitions(r, v);
  return a;
}

function encodeConsumerGroupHeartbeatResponseTopicPartitions(w: Writer, m: ConsumerGroupHeartbeatResponseTopicPartitions, v: number): void {
  w.uuid(m.topicId);
  encodeConsumerGroupHeartbeatResponseTopicPartitions_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatResponseTopicPartitions(r: Reader, v: number): ConsumerGroupHeartbeatResponseTopicPartitions {
  const m: ConsumerGroupHeartbeatResponseTopicPartitions = {
    topicId: r.uuid(),
    partitions: decodeConsumerGroupHeartbeatResponseTopicPartitions_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatResponseTopicPartitions_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeConsumerGroupHeartbeatResponseTopicPartitions_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupHeartbeatResponseTopicPartitions.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
