// Generated from Kafka's ConsumerGroupHeartbeatRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ConsumerGroupHeartbeat request (API key 68): the heartbeat of the new consumer group protocol
 * (KIP-848): membership, subscription and assignment in one call.
 */
// v0-v1, flexible in all versions; v1 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  instanceId: string | null; // nullable, default null
  rackId: string | null; // nullable, default null
  rebalanceTimeoutMs: number; // default -1
  subscribedTopicNames: string[] | null; // nullable, default null
  subscribedTopicRegex?: string | null; // v1, nullable, default null
  serverAssignor: string | null; // nullable, default null
  topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null; // nullable, default null
}

/** An entry of `ConsumerGroupHeartbeatRequest.topicPartitions` (JSON `TopicPartitions`). */
export interface ConsumerGroupHeartbeatRequestTopicPartitions {
  topicId: string;
  partitions: number[];
}

export const ConsumerGroupHeartbeatRequest = {
  apiKey: 68,
  name: 'ConsumerGroupHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: ConsumerGroupHeartbeatRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ConsumerGroupHeartbeatRequest', version, 0, 1);
    encodeConsumerGroupHeartbeatRequest(w, m, version);
  },
  decode(r: Reader, version: number): ConsumerGroupHeartbeatRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ConsumerGroupHeartbeatRequest', version, 0, 1);
    return decodeConsumerGroupHeartbeatRequest(r, version);
  },
} as const;

function encodeConsumerGroupHeartbeatRequest(w: Writer, m: ConsumerGroupHeartbeatRequest, v: number): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.compactString(m.instanceId);
  w.compactString(m.rackId);
  w.int32(m.rebalanceTimeoutMs);
  encodeConsumerGroupHeartbeatRequest_subscribedTopicNames(w, m.subscribedTopicNames, v);
  if (v === 1) {
    const _subscribedTopicRegex = m.subscribedTopicRegex ?? null;
    w.compactString(_subscribedTopicRegex);
  }
  w.compactString(m.serverAssignor);
  encodeConsumerGroupHeartbeatRequest_topicPartitions(w, m.topicPartitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatRequest(r: Reader, v: number): ConsumerGroupHeartbeatRequest {
  const m: ConsumerGroupHeartbeatRequest = {
    groupId: r.compactString(),
    memberId: r.compactString(),
    memberEpoch: r.int32(),
    instanceId: r.compactNullableString(),
    rackId: r.compactNullableString(),
    rebalanceTimeoutMs: r.int32(),
    subscribedTopicNames: decodeConsumerGroupHeartbeatRequest_subscribedTopicNames(r, v),
    subscribedTopicRegex: v === 1 ? r.compactNullableString() : null,
    serverAssignor: r.compactNullableString(),
    topicPartitions: decodeConsumerGroupHeartbeatRequest_topicPartitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatRequest_subscribedTopicNames(w: Writer, a: string[] | null, _v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeConsumerGroupHeartbeatRequest_subscribedTopicNames(r: Reader, _v: number): string[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeConsumerGroupHeartbeatRequest_topicPartitions(w: Writer, a: ConsumerGroupHeartbeatRequestTopicPartitions[] | null, v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeConsumerGroupHeartbeatRequestTopicPartitions(w, a[i]!, v);
}

function decodeConsumerGroupHeartbeatRequest_topicPartitions(r: Reader, v: number): ConsumerGroupHeartbeatRequestTopicPartitions[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<ConsumerGroupHeartbeatRequestTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerGroupHeartbeatRequestTopicPartitions(r, v);
  return a;
}

function encodeConsumerGroupHeartbeatRequestTopicPartitions(w: Writer, m: ConsumerGroupHeartbeatRequestTopicPartitions, v: number): void {
  w.uuid(m.topicId);
  encodeConsumerGroupHeartbeatRequestTopicPartitions_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatRequestTopicPartitions(r: Reader, v: number): ConsumerGroupHeartbeatRequestTopicPartitions {
  const m: ConsumerGroupHeartbeatRequestTopicPartitions = {
    topicId: r.uuid(),
    partitions: decodeConsumerGroupHeartbeatRequestTopicPartitions_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatRequestTopicPartitions_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeConsumerGroupHeartbeatRequestTopicPartitions_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupHeartbeatRequestTopicPartitions.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
