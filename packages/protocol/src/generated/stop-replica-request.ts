// Generated from Kafka's StopReplicaRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * StopReplica request (API key 5): ZooKeeper-era controller-to-broker command to stop (and
 * optionally delete) replicas.
 */
// v0-v4, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface StopReplicaRequest {
  controllerId: number;
  isKRaftController?: boolean; // v4
  controllerEpoch: number;
  brokerEpoch?: number; // v1+, default -1
  deletePartitions?: boolean; // v0-v2
  ungroupedPartitions?: StopReplicaRequestStopReplicaPartitionV0[]; // v0
  topics?: StopReplicaRequestStopReplicaTopicV1[]; // v1-v2
  topicStates?: StopReplicaRequestStopReplicaTopicState[]; // v3+
}

/** An entry of `StopReplicaRequest.ungroupedPartitions` (JSON `StopReplicaPartitionV0`, v0). */
export interface StopReplicaRequestStopReplicaPartitionV0 {
  topicName: string;
  partitionIndex: number;
}

/** An entry of `StopReplicaRequest.topics` (JSON `StopReplicaTopicV1`, v1-v2). */
export interface StopReplicaRequestStopReplicaTopicV1 {
  name: string;
  partitionIndexes: number[];
}

/** An entry of `StopReplicaRequest.topicStates` (JSON `StopReplicaTopicState`, v3+). */
export interface StopReplicaRequestStopReplicaTopicState {
  topicName: string;
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
}

/** An entry of `StopReplicaRequestStopReplicaTopicState.partitionStates` (JSON `StopReplicaPartitionState`, v3+). */
export interface StopReplicaRequestStopReplicaPartitionState {
  partitionIndex: number;
  leaderEpoch: number; // default -1
  deletePartition: boolean;
}

export const StopReplicaRequest = {
  apiKey: 5,
  name: 'StopReplica',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  encode(w: Writer, m: StopReplicaRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('StopReplicaRequest', version, 0, 4);
    encodeStopReplicaRequest(w, m, version);
  },
  decode(r: Reader, version: number): StopReplicaRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('StopReplicaRequest', version, 0, 4);
    return decodeStopReplicaRequest(r, version);
  },
} as const;

function encodeStopReplicaRequest(w: Writer, m: StopReplicaRequest, v: number): void {
  w.int32(m.controllerId);
  if (v === 4) w.bool(m.isKRaftController ?? false);
  w.int32(m.controllerEpoch);
  if (v >= 1) w.int64(m.brokerEpoch ?? -1);
  if (v <= 2) w.bool(m.deletePartitions ?? false);
  if (v === 0) {
    const _ungroupedPartitions = m.ungroupedPartitions ?? [];
    encodeStopReplicaRequest_ungroupedPartitions(w, _ungroupedPartitions, v);
  }
  if (v >= 1 && v <= 2) {
    const _topics = m.topics ?? [];
    encodeStopReplicaRequest_topics(w, _topics, v);
  }
  if (v >= 3) {
    const _topicStates = m.topicStates ?? [];
    encodeStopReplicaRequest_topicStates(w, _topicStates, v);
  }
  if (v >= 2) w.uvarint(0);
}

function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  const m: StopReplicaRequest = {
    controllerId: r.int32(),
    isKRaftController: v === 4 ? r.bool() : false,
    controllerEpoch: r.int32(),
    brokerEpoch: v >= 1 ? r.int64() : -1,
    deletePartitions: v <= 2 ? r.bool() : false,
    ungroupedPartitions: v === 0 ? decodeStopReplicaRequest_ungroupedPartitions(r, v) : [],
    topics: v >= 1 && v <= 2 ? decodeStopReplicaRequest_topics(r, v) : [],
    topicStates: v >= 3 ? decodeStopReplicaRequest_topicStates(r, v) : [],
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeStopReplicaRequest_ungroupedPartitions(w: Writer, a: StopReplicaRequestStopReplicaPartitionV0[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeStopReplicaRequestStopReplicaPartitionV0(w, a[i]!, v);
}

function decodeStopReplicaRequest_ungroupedPartitions(r: Reader, v: number): StopReplicaRequestStopReplicaPartitionV0[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaRequest.ungroupedPartitions');
  const a = new Array<StopReplicaRequestStopReplicaPartitionV0>(n);
  for (let i = 0; i < n; i++) a[i] = decodeStopReplicaRequestStopReplicaPartitionV0(r, v);
  return a;
}

function encodeStopReplicaRequest_topics(w: Writer, a: StopReplicaRequestStopReplicaTopicV1[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeStopReplicaRequestStopReplicaTopicV1(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaRequestStopReplicaTopicV1(w, a[i]!, v);
  }
}

function decodeStopReplicaRequest_topics(r: Reader, v: number): StopReplicaRequestStopReplicaTopicV1[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaRequest.topics');
  const a = new Array<StopReplicaRequestStopReplicaTopicV1>(n);
  for (let i = 0; i < n; i++) a[i] = decodeStopReplicaRequestStopReplicaTopicV1(r, v);
  return a;
}

function encodeStopReplicaRequest_topicStates(w: Writer, a: StopReplicaRequestStopReplicaTopicState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeStopReplicaRequestStopReplicaTopicState(w, a[i]!, v);
}

function decodeStopReplicaRequest_topicStates(r: Reader, v: number): StopReplicaRequestStopReplicaTopicState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaRequest.topicStates');
  const a = new Array<StopReplicaRequestStopReplicaTopicState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeStopReplicaRequestStopReplicaTopicState(r, v);
  return a;
}

function encodeStopReplicaRequestStopReplicaPartitionV0(w: Writer, m: StopReplicaRequestStopReplicaPartitionV0, _v: number): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
}

function decodeStopReplicaRequestStopReplicaPartitionV0(r: Reader, _v: number): StopReplicaRequestStopReplicaPartitionV0 {
  return {
    topicName: r.string(),
    partitionIndex: r.int32(),
  };
}

function encodeStopReplicaRequestStopReplicaTopicV1(w: Writer, m: StopReplicaRequestStopReplicaTopicV1, v: number): void {
  if (v === 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeStopReplicaRequestStopReplicaTopicV1_partitionIndexes(w, m.partitionIndexes, v);
  if (v === 2) w.uvarint(0);
}

function decodeStopReplicaRequestStopReplicaTopicV1(r: Reader, v: number): StopReplicaRequestStopReplicaTopicV1 {
  const m: StopReplicaRequestStopReplicaTopicV1 = {
    name: v === 2 ? r.compactString() : r.string(),
    partitionIndexes: decodeStopReplicaRequestStopReplicaTopicV1_partitionIndexes(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeStopReplicaRequestStopReplicaTopicV1_partitionIndexes(w: Writer, a: number[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeStopReplicaRequestStopReplicaTopicV1_partitionIndexes(r: Reader, v: number): number[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaRequestStopReplicaTopicV1.partitionIndexes');
  const a = new Array<number>(n);
  if (v === 2) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeStopReplicaRequestStopReplicaTopicState(w: Writer, m: StopReplicaRequestStopReplicaTopicState, v: number): void {
  w.compactString(m.topicName);
  encodeStopReplicaRequestStopReplicaTopicState_partitionStates(w, m.partitionStates, v);
  w.uvarint(0);
}

function decodeStopReplicaRequestStopReplicaTopicState(r: Reader, v: number): StopReplicaRequestStopReplicaTopicState {
  const m: StopReplicaRequestStopReplicaTopicState = {
    topicName: r.compactString(),
    partitionStates: decodeStopReplicaRequestStopReplicaTopicState_partitionStates(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeStopReplicaRequestStopReplicaTopicState_partitionStates(w: Writer, a: StopReplicaRequestStopReplicaPartitionState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeStopReplicaRequestStopReplicaPartitionState(w, a[i]!, v);
}

function decodeStopReplicaRequestStopReplicaTopicState_partitionStates(r: Reader, v: number): StopReplicaRequestStopReplicaPartitionState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaRequestStopReplicaTopicState.partitionStates');
  const a = new Array<StopReplicaRequestStopReplicaPartitionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeStopReplicaRequestStopReplicaPartitionState(r, v);
  return a;
}

function encodeStopReplicaRequestStopReplicaPartitionState(w: Writer, m: StopReplicaRequestStopReplicaPartitionState, _v: number): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  w.bool(m.deletePartition);
  w.uvarint(0);
}

function decodeStopReplicaRequestStopReplicaPartitionState(r: Reader, _v: number): StopReplicaRequestStopReplicaPartitionState {
  const m: StopReplicaRequestStopReplicaPartitionState = {
    partitionIndex: r.int32(),
    leaderEpoch: r.int32(),
    deletePartition: r.bool(),
  };
  r.taggedFields();
  return m;
}
