// Generated from Kafka's DescribeQuorumResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeQuorum response (API key 55): KRaft: describes the metadata quorum: leader, voters,
 * observers and their progress.
 */
// v0-v2, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DescribeQuorumResponse {
  errorCode: number;
  errorMessage?: string | null; // v2, nullable
  topics: DescribeQuorumResponseTopicData[];
  nodes?: DescribeQuorumResponseNode[]; // v2
}

/** An entry of `DescribeQuorumResponse.topics` (JSON `TopicData`). */
export interface DescribeQuorumResponseTopicData {
  topicName: string;
  partitions: DescribeQuorumResponsePartitionData[];
}

/** An entry of `DescribeQuorumResponseTopicData.partitions` (JSON `PartitionData`). */
export interface DescribeQuorumResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage?: string | null; // v2, nullable
  leaderId: number;
  leaderEpoch: number;
  highWatermark: number;
  currentVoters: DescribeQuorumResponseReplicaState[];
  observers: DescribeQuorumResponseReplicaState[];
}

/** An entry of `DescribeQuorumResponsePartitionData.currentVoters`; an entry of `DescribeQuorumResponsePartitionData.observers` (JSON `ReplicaState`). */
export interface DescribeQuorumResponseReplicaState {
  replicaId: number;
  replicaDirectoryId?: string; // v2
  logEndOffset: number;
  lastFetchTimestamp?: number; // v1+, default -1
  lastCaughtUpTimestamp?: number; // v1+, default -1
}

/** An entry of `DescribeQuorumResponse.nodes` (JSON `Node`, v2). */
export interface DescribeQuorumResponseNode {
  nodeId: number;
  listeners: DescribeQuorumResponseListener[];
}

/** An entry of `DescribeQuorumResponseNode.listeners` (JSON `Listener`, v2). */
export interface DescribeQuorumResponseListener {
  name: string;
  host: string;
  port: number;
}

export const DescribeQuorumResponse = {
  apiKey: 55,
  name: 'DescribeQuorum',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeQuorumResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DescribeQuorumResponse', version, 0, 2);
    encodeDescribeQuorumResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeQuorumResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('DescribeQuorumResponse', version, 0, 2);
    return decodeDescribeQuorumResponse(r, version);
  },
} as const;

function encodeDescribeQuorumResponse(w: Writer, m: DescribeQuorumResponse, v: number): void {
  w.int16(m.errorCode);
  if (v === 2) {
    const _errorMessage = m.errorMessage === undefined ? '' : m.errorMessage;
    w.compactString(_errorMessage);
  }
  encodeDescribeQuorumResponse_topics(w, m.topics, v);
  if (v === 2) {
    const _nodes = m.nodes ?? [];
    encodeDescribeQuorumResponse_nodes(w, _nodes, v);
  }
  w.uvarint(0);
}

function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  const m: DescribeQuorumResponse = {
    errorCode: r.int16(),
    errorMessage: v === 2 ? r.compactNullableString() : '',
    topics: decodeDescribeQuorumResponse_topics(r, v),
    nodes: v === 2 ? decodeDescribeQuorumResponse_nodes(r, v) : [],
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumResponse_topics(w: Writer, a: DescribeQuorumResponseTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseTopicData(w, a[i]!, v);
}

function decodeDescribeQuorumResponse_topics(r: Reader, v: number): DescribeQuorumResponseTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponse.topics');
  const a = new Array<DescribeQuorumResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponseTopicData(r, v);
  return a;
}

function encodeDescribeQuorumResponse_nodes(w: Writer, a: DescribeQuorumResponseNode[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseNode(w, a[i]!, v);
}

function decodeDescribeQuorumResponse_nodes(r: Reader, v: number): DescribeQuorumResponseNode[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponse.nodes');
  const a = new Array<DescribeQuorumResponseNode>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponseNode(r, v);
  return a;
}

function encodeDescribeQuorumResponseTopicData(w: Writer, m: DescribeQuorumResponseTopicData, v: number): void {
  w.compactString(m.topicName);
  encodeDescribeQuorumResponseTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDescribeQuorumResponseTopicData(r: Reader, v: number): DescribeQuorumResponseTopicData {
  const m: DescribeQuorumResponseTopicData = {
    topicName: r.compactString(),
    partitions: decodeDescribeQuorumResponseTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumResponseTopicData_partitions(w: Writer, a: DescribeQuorumResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponsePartitionData(w, a[i]!, v);
}

function decodeDescribeQuorumResponseTopicData_partitions(r: Reader, v: number): DescribeQuorumResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponseTopicData.partitions');
  const a = new Array<DescribeQuorumResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponsePartitionData(r, v);
  return a;
}

function encodeDescribeQuorumResponsePartitionData(w: Writer, m: DescribeQuorumResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v === 2) {
    const _errorMessage = m.errorMessage === undefined ? '' : m.errorMessage;
    w.compactString(_errorMessage);
  }
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  encodeDescribeQuorumResponsePartitionData_currentVoters(w, m.currentVoters, v);
  encodeDescribeQuorumResponsePartitionData_observers(w, m.observers, v);
  w.uvarint(0);
}

function decodeDescribeQuorumResponsePartitionData(r: Reader, v: number): DescribeQuorumResponsePartitionData {
  const m: DescribeQuorumResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    errorMessage: v === 2 ? r.compactNullableString() : '',
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    highWatermark: r.int64(),
    currentVoters: decodeDescribeQuorumResponsePartitionData_currentVoters(r, v),
    observers: decodeDescribeQuorumResponsePartitionData_observers(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumResponsePartitionData_currentVoters(w: Writer, a: DescribeQuorumResponseReplicaState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseReplicaState(w, a[i]!, v);
}

function decodeDescribeQuorumResponsePartitionData_currentVoters(r: Reader, v: number): DescribeQuorumResponseReplicaState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponsePartitionData.currentVoters');
  const a = new Array<DescribeQuorumResponseReplicaState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponseReplicaState(r, v);
  return a;
}

function encodeDescribeQuorumResponsePartitionData_observers(w: Writer, a: DescribeQuorumResponseReplicaState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseReplicaState(w, a[i]!, v);
}

function decodeDescribeQuorumResponsePartitionData_observers(r: Reader, v: number): DescribeQuorumResponseReplicaState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponsePartitionData.observers');
  const a = new Array<DescribeQuorumResponseReplicaState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponseReplicaState(r, v);
  return a;
}

function encodeDescribeQuorumResponseReplicaState(w: Writer, m: DescribeQuorumResponseReplicaState, v: number): void {
  w.int32(m.replicaId);
  if (v === 2) w.uuid(m.replicaDirectoryId ?? ZERO_UUID);
  w.int64(m.logEndOffset);
  if (v >= 1) w.int64(m.lastFetchTimestamp ?? -1);
  if (v >= 1) w.int64(m.lastCaughtUpTimestamp ?? -1);
  w.uvarint(0);
}

function decodeDescribeQuorumResponseReplicaState(r: Reader, v: number): DescribeQuorumResponseReplicaState {
  const m: DescribeQuorumResponseReplicaState = {
    replicaId: r.int32(),
    replicaDirectoryId: v === 2 ? r.uuid() : ZERO_UUID,
    logEndOffset: r.int64(),
    lastFetchTimestamp: v >= 1 ? r.int64() : -1,
    lastCaughtUpTimestamp: v >= 1 ? r.int64() : -1,
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumResponseNode(w: Writer, m: DescribeQuorumResponseNode, v: number): void {
  w.int32(m.nodeId);
  encodeDescribeQuorumResponseNode_listeners(w, m.listeners, v);
  w.uvarint(0);
}

function decodeDescribeQuorumResponseNode(r: Reader, v: number): DescribeQuorumResponseNode {
  const m: DescribeQuorumResponseNode = {
    nodeId: r.int32(),
    listeners: decodeDescribeQuorumResponseNode_listeners(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeQuorumResponseNode_listeners(w: Writer, a: DescribeQuorumResponseListener[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseListener(w, a[i]!, v);
}

function decodeDescribeQuorumResponseNode_listeners(r: Reader, v: number): DescribeQuorumResponseListener[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeQuorumResponseNode.listeners');
  const a = new Array<DescribeQuorumResponseListener>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeQuorumResponseListener(r, v);
  return a;
}

function encodeDescribeQuorumResponseListener(w: Writer, m: DescribeQuorumResponseListener, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function decodeDescribeQuorumResponseListener(r: Reader, _v: number): DescribeQuorumResponseListener {
  const m: DescribeQuorumResponseListener = {
    name: r.compactString(),
    host: r.compactString(),
    port: r.uint16(),
  };
  r.taggedFields();
  return m;
}
