// Generated from Kafka's ConsumerProtocolAssignment.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * The assignment the group leader hands each member in SyncGroup for the "consumer" protocol
 * type: partitions by topic plus user data. Versioned by its own leading int16.
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

export interface ConsumerProtocolAssignment {
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  userData: Buffer | null; // nullable, default null
}

/** An entry of `ConsumerProtocolAssignment.assignedPartitions` (JSON `TopicPartition`). */
export interface ConsumerProtocolAssignmentTopicPartition {
  topic: string;
  partitions: number[];
}

export const ConsumerProtocolAssignment = {
  name: 'ConsumerProtocolAssignment',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: null,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<ConsumerProtocolAssignment>, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ConsumerProtocolAssignment', version, 0, 3);
    encodeConsumerProtocolAssignment(w, m as ConsumerProtocolAssignment, version);
  },
  decode(r: Reader, version: number): ConsumerProtocolAssignment {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ConsumerProtocolAssignment', version, 0, 3);
    return decodeConsumerProtocolAssignment(r, version);
  },
} as const;

function encodeConsumerProtocolAssignment(w: Writer, m: ConsumerProtocolAssignment, v: number): void {
  encodeConsumerProtocolAssignment_assignedPartitions(w, m.assignedPartitions, v);
  w.bytes(m.userData);
}

function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  return {
    assignedPartitions: decodeConsumerProtocolAssignment_assignedPartitions(r, v),
    userData: r.nullableBytes(),
  };
}

function encodeConsumerProtocolAssignment_assignedPartitions(w: Writer, a: ConsumerProtocolAssignmentTopicPartition[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeConsumerProtocolAssignmentTopicPartition(w, a[i]!, v);
}

function decodeConsumerProtocolAssignment_assignedPartitions(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerProtocolAssignment.assignedPartitions');
  const a = new Array<ConsumerProtocolAssignmentTopicPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeConsumerProtocolAssignmentTopicPartition(r, v);
  return a;
}

function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, m: ConsumerProtocolAssignmentTopicPartition, v: number): void {
  w.string(m.topic);
  encodeConsumerProtocolAssignmentTopicPartition_partitions(w, m.partitions, v);
}

function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: r.string(),
    partitions: decodeConsumerProtocolAssignmentTopicPartition_partitions(r, v),
  };
}

function encodeConsumerProtocolAssignmentTopicPartition_partitions(w: Writer, a: number[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeConsumerProtocolAssignmentTopicPartition_partitions(r: Reader, _v: number): number[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerProtocolAssignmentTopicPartition.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
