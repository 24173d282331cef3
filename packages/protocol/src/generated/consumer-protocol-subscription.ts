// Generated from Kafka's ConsumerProtocolSubscription.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * The metadata a member of a classic consumer group sends in JoinGroup for the "consumer"
 * protocol type: subscribed topics, user data and owned partitions. Versioned by its own leading
 * int16.
 */
// v0-v3, never flexible

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface ConsumerProtocolSubscription {
  topics: string[];
  userData: Buffer | null; // nullable, default null
  ownedPartitions?: ConsumerProtocolSubscriptionTopicPartition[]; // v1+
  generationId?: number; // v2+, default -1
  rackId?: string | null; // v3, nullable, default null
}

/** An entry of `ConsumerProtocolSubscription.ownedPartitions` (JSON `TopicPartition`, v1+). */
export interface ConsumerProtocolSubscriptionTopicPartition {
  topic: string;
  partitions: number[];
}

export const ConsumerProtocolSubscription = {
  name: 'ConsumerProtocolSubscription',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: null,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<ConsumerProtocolSubscription>, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ConsumerProtocolSubscription', version, 0, 3);
    encodeConsumerProtocolSubscription(w, m as ConsumerProtocolSubscription, version);
  },
  decode(r: Reader, version: number): ConsumerProtocolSubscription {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ConsumerProtocolSubscription', version, 0, 3);
    return decodeConsumerProtocolSubscription(r, version);
  },
} as const;

function encodeConsumerProtocolSubscription(w: Writer, m: ConsumerProtocolSubscription, v: number): void {
  encodeConsumerProtocolSubscription_topics(w, m.topics, v);
  w.bytes(m.userData);
  if (v >= 1) {
    const _ownedPartitions = m.ownedPartitions ?? [];
    encodeConsumerProtocolSubscription_ownedPartitions(w, _ownedPartitions, v);
  }
  if (v >= 2) w.int32(m.generationId ?? -1);
  if (v === 3) {
    const _rackId = m.rackId ?? null;
    w.string(_rackId);
  }
}

function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  return {
    topics: decodeConsumerProtocolSubscription_topics(r, v),
    userData: r.nullableBytes(),
    ownedPartitions: v >= 1 ? decodeConsumerProtocolSubscription_ownedPartitions(r, v) : [],
    generationId: v >= 2 ? r.int32() : -1,
    rackId: v === 3 ? r.nullableString() : null,
  };
}

function encodeConsumerProtocolSubscription_topics(w: Writer, a: string[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.string(a[i]!);
}

function decodeConsumerProtocolSubscription_topics(r: Reader, _v: number): string[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerProtocolSubscription.topics');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.string();
  return a;
}

function encodeConsumerProtocolSubscription_ownedPartitions(w: Writer, a: ConsumerProtocolSubscriptionTopicPartition[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeConsumerProtocolSubscriptionTopicPartition(w, a[i]!, v);
}

function decodeConsumerProtocolSubscription_ownedPartitions(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerProtocolSubscription.ownedPartitions');
  const a = new Array<ConsumerProtocolSubscriptionTopicPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerProtocolSubscriptionTopicPartition(r, v);
  return a;
}

function encodeConsumerProtocolSubscriptionTopicPartition(w: Writer, m: ConsumerProtocolSubscriptionTopicPartition, v: number): void {
  w.string(m.topic);
  encodeConsumerProtocolSubscriptionTopicPartition_partitions(w, m.partitions, v);
}

function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: r.string(),
    partitions: decodeConsumerProtocolSubscriptionTopicPartition_partitions(r, v),
  };
}

function encodeConsumerProtocolSubscriptionTopicPartition_partitions(w: Writer, a: number[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeConsumerProtocolSubscriptionTopicPartition_partitions(r: Reader, _v: number): number[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerProtocolSubscriptionTopicPartition.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
