// Generated from Kafka's AlterPartitionResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterPartition response (API key 56): a partition leader asks the controller to change the
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

export interface AlterPartitionResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: AlterPartitionResponseTopicData[];
}

/** An entry of `AlterPartitionResponse.topics` (JSON `TopicData`). */
export interface AlterPartitionResponseTopicData {
  topicName?: string; // v0-v1
  topicId?: string; // v2+
  partitions: AlterPartitionResponsePartitionData[];
}

/** An entry of `AlterPartitionResponseTopicData.partitions` (JSON `PartitionData`). */
export interface AlterPartitionResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  isr: number[];
  leaderRecoveryState?: number; // v1+
  partitionEpoch: number;
}

export const AlterPartitionResponse = {
  apiKey: 56,
  name: 'AlterPartition',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 0,
  encode(w: Writer, m: AlterPartitionResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('AlterPartitionResponse', version, 0, 3);
    encodeAlterPartitionResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterPartitionResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('AlterPartitionResponse', version, 0, 3);
    return decodeAlterPartitionResponse(r, version);
  },
} as const;

function encodeAlterPartitionResponse(w: Writer, m: AlterPartitionResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  encodeAlterPartitionResponse_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  const m: AlterPartitionResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    topics: decodeAlterPartitionResponse_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionResponse_topics(w: Writer, a: AlterPartitionResponseTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionResponseTopicData(w, a[i]!, v);
}

function decodeAlterPartitionResponse_topics(r: Reader, v: number): AlterPartitionResponseTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionResponse.topics');
  const a = new Array<AlterPartitionResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionResponseTopicData(r, v);
  return a;
}

function encodeAlterPartitionResponseTopicData(w: Writer, m: AlterPartitionResponseTopicData, v: number): void {
  if (v <= 1) {
    const _topicName = m.topicName ?? '';
    w.compactString(_topicName);
  }
  if (v >= 2) w.uuid(m.topicId ?? ZERO_UUID);
  encodeAlterPartitionResponseTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeAlterPartitionResponseTopicData(r: Reader, v: number): AlterPartitionResponseTopicData {
  const m: AlterPartitionResponseTopicData = {
    topicName: v <= 1 ? r.compactString() : '',
    topicId: v >= 2 ? r.uuid() : ZERO_UUID,
    partitions: decodeAlterPartitionResponseTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionResponseTopicData_partitions(w: Writer, a: AlterPartitionResponsePartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAlterPartitionResponsePartitionData(w, a[i]!, v);
}

function decodeAlterPartitionResponseTopicData_partitions(r: Reader, v: number): AlterPartitionResponsePartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionResponseTopicData.partitions');
  const a = new Array<AlterPartitionResponsePartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterPartitionResponsePartitionData(r, v);
  return a;
}

function encodeAlterPartitionResponsePartitionData(w: Writer, m: AlterPartitionResponsePartitionData, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  encodeAlterPartitionResponsePartitionData_isr(w, m.isr, v);
  if (v >= 1) w.int8(m.leaderRecoveryState ?? 0);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function decodeAlterPartitionResponsePartitionData(r: Reader, v: number): AlterPartitionResponsePartitionData {
  const m: AlterPartitionResponsePartitionData = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    leaderId: r.int32(),
    leaderEpoch: r.int32(),
    isr: decodeAlterPartitionResponsePartitionData_isr(r, v),
    leaderRecoveryState: v >= 1 ? r.int8() : 0,
    partitionEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeAlterPartitionResponsePartitionData_isr(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeAlterPartitionResponsePartitionData_isr(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AlterPartitionResponsePartitionData.isr');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
