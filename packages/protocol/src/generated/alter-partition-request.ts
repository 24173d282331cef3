// Generated from Kafka's AlterPartitionRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterPartition request (API key 56): a partition leader asks the controller to change the
 * in-sync replica set.
 */
// v0-v3, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AlterPartitionRequest {
  brokerId: number;
  brokerEpoch: number; // default -1
  topics: AlterPartitionRequestTopicData[];
}

/** An entry of `AlterPartitionRequest.topics` (JSON `TopicData`). */
export interface AlterPartitionRequestTopicData {
  topicName?: string; // v0-v1
  topicId?: string; // v2+
  partitions: AlterPartitionRequestPartitionData[];
}

/** An entry of `AlterPartitionRequestTopicData.partitions` (JSON `PartitionData`). */
export interface AlterPartitionRequestPartitionData {
  partitionIndex: number;
  leaderEpoch: number;
  newIsr?: number[]; // v0-v2
  newIsrWithEpochs?: AlterPartitionRequestBrokerState[]; // v3
  leaderRecoveryState?: number; // v1+
  partitionEpoch: number;
}

/** An entry of `AlterPartitionRequestPartitionData.newIsrWithEpochs` (JSON `BrokerState`, v3). */
export interface AlterPartitionRequestBrokerState {
  brokerId: number;
  brokerEpoch: number; // default -1
}

export const AlterPartitionRequest = {
  apiKey: 56,
  name: 'AlterPartition',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 0,
  encode(w: Writer, m: AlterPartitionRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('AlterPartitionRequest', version, 0, 3);
    encodeAlterPartitionRequest(w, m, version);
  },
  decode(r: Reader, version: number): AlterPartitionRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('AlterPartitionRequest', version, 0, 3);
    return decodeAlterPartitionRequest(r, version);
  },
} as const;

function encodeAlterPartitionRequest(w: Writer, m: AlterPartitionRequest, v: number): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  encodeAlterPartitionRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  const m: AlterPartitionRequest = {
    brokerId: r.int32(),
    brokerEpoch: r.int64(),
    topics: decodeAlterPartitionRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionRequest_topics(w: Writer, a: AlterPartitionRequestTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestTopicData(w, a[i]!, v);
}

function decodeAlterPartitionRequest_topics(r: Reader, v: number): AlterPartitionRequestTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionRequest.topics');
  const a = new Array<AlterPartitionRequestTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionRequestTopicData(r, v);
  return a;
}

function encodeAlterPartitionRequestTopicData(w: Writer, m: AlterPartitionRequestTopicData, v: number): void {
  if (v <= 1) {
    const _topicName = m.topicName ?? '';
    w.compactString(_topicName);
  }
  if (v >= 2) w.uuid(m.topicId ?? ZERO_UUID);
  encodeAlterPartitionRequestTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicData {
  const m: AlterPartitionRequestTopicData = {
    topicName: v <= 1 ? r.compactString() : '',
    topicId: v >= 2 ? r.uuid() : ZERO_UUID,
    partitions: decodeAlterPartitionRequestTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionRequestTopicData_partitions(w: Writer, a: AlterPartitionRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestPartitionData(w, a[i]!, v);
}

function decodeAlterPartitionRequestTopicData_partitions(r: Reader, v: number): AlterPartitionRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionRequestTopicData.partitions');
  const a = new Array<AlterPartitionRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionRequestPartitionData(r, v);
  return a;
}

function encodeAlterPartitionRequestPartitionData(w: Writer, m: AlterPartitionRequestPartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  if (v <= 2) {
    const _newIsr = m.newIsr ?? [];
    encodeAlterPartitionRequestPartitionData_newIsr(w, _newIsr, v);
  }
  if (v === 3) {
    const _newIsrWithEpochs = m.newIsrWithEpochs ?? [];
    encodeAlterPartitionRequestPartitionData_newIsrWithEpochs(w, _newIsrWithEpochs, v);
  }
  if (v >= 1) w.int8(m.leaderRecoveryState ?? 0);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function decodeAlterPartitionRequestPartitionData(r: Reader, v: number): AlterPartitionRequestPartitionData {
  const m: AlterPartitionRequestPartitionData = {
    partitionIndex: r.int32(),
    leaderEpoch: r.int32(),
    newIsr: v <= 2 ? decodeAlterPartitionRequestPartitionData_newIsr(r, v) : [],
    newIsrWithEpochs: v === 3 ? decodeAlterPartitionRequestPartitionData_newIsrWithEpochs(r, v) : [],
    leaderRecoveryState: v >= 1 ? r.int8() : 0,
    partitionEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionRequestPartitionData_newIsr(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeAlterPartitionRequestPartitionData_newIsr(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionRequestPartitionData.newIsr');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}

function encodeAlterPartitionRequestPartitionData_newIsrWithEpochs(w: Writer, a: AlterPartitionRequestBrokerState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestBrokerState(w, a[i]!, v);
}

function decodeAlterPartitionRequestPartitionData_newIsrWithEpochs(r: Reader, v: number): AlterPartitionRequestBrokerState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionRequestPartitionData.newIsrWithEpochs');
  const a = new Array<AlterPartitionRequestBrokerState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionRequestBrokerState(r, v);
  return a;
}

function encodeAlterPartitionRequestBrokerState(w: Writer, m: AlterPartitionRequestBrokerState, _v: number): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

function decodeAlterPartitionRequestBrokerState(r: Reader, _v: number): AlterPartitionRequestBrokerState {
  const m: AlterPartitionRequestBrokerState = {
    brokerId: r.int32(),
    brokerEpoch: r.int64(),
  };
  r.taggedFields();
  return m;
}
