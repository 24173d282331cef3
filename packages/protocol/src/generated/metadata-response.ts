// Generated from Kafka's MetadataResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Metadata response (API key 3): describes the cluster: brokers, controller, and the partitions,
 * leaders and replicas of the requested topics.
 */
// v0-v12, flexible from v9

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  nullValueError,
} from '../codegen/runtime.js';

export interface MetadataResponse {
  throttleTimeMs?: number; // v3+
  brokers: MetadataResponseBroker[];
  clusterId?: string | null; // v2+, nullable, default null
  controllerId?: number; // v1+, default -1
  topics: MetadataResponseTopic[];
  clusterAuthorizedOperations?: number; // v8-v10, default -2147483648
}

/** An entry of `MetadataResponse.brokers` (JSON `MetadataResponseBroker`). */
export interface MetadataResponseBroker {
  nodeId: number;
  host: string;
  port: number;
  rack?: string | null; // v1+, nullable, default null
}

/** An entry of `MetadataResponse.topics` (JSON `MetadataResponseTopic`). */
export interface MetadataResponseTopic {
  errorCode: number;
  name: string | null; // nullable v12
  topicId?: string; // v10+
  isInternal?: boolean; // v1+
  partitions: MetadataResponsePartition[];
  topicAuthorizedOperations?: number; // v8+, default -2147483648
}

/** An entry of `MetadataResponseTopic.partitions` (JSON `MetadataResponsePartition`). */
export interface MetadataResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch?: number; // v7+, default -1
  replicaNodes: number[];
  isrNodes: number[];
  offlineReplicas?: number[]; // v5+
}

export const MetadataResponse = {
  apiKey: 3,
  name: 'Metadata',
  minVersion: 0,
  maxVersion: 12,
  flexibleFrom: 9,
  encode(w: Writer, m: MetadataResponse, version: number): void {
    if (version < 0 || version > 12) throw new UnsupportedVersionError('MetadataResponse', version, 0, 12);
    encodeMetadataResponse(w, m, version);
  },
  decode(r: Reader, version: number): MetadataResponse {
    if (version < 0 || version > 12) throw new UnsupportedVersionError('MetadataResponse', version, 0, 12);
    return decodeMetadataResponse(r, version);
  },
} as const;

function encodeMetadataResponse(w: Writer, m: MetadataResponse, v: number): void {
  if (v >= 3) w.int32(m.throttleTimeMs ?? 0);
  encodeMetadataResponse_brokers(w, m.brokers, v);
  if (v >= 2) {
    const _clusterId = m.clusterId ?? null;
    if (v >= 9) {
      w.compactString(_clusterId);
    } else {
      w.string(_clusterId);
    }
  }
  if (v >= 1) w.int32(m.controllerId ?? -1);
  encodeMetadataResponse_topics(w, m.topics, v);
  if (v >= 8 && v <= 10) w.int32(m.clusterAuthorizedOperations ?? -2147483648);
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  const m: MetadataResponse = {
    throttleTimeMs: v >= 3 ? r.int32() : 0,
    brokers: decodeMetadataResponse_brokers(r, v),
    clusterId: v >= 2 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null,
    controllerId: v >= 1 ? r.int32() : -1,
    topics: decodeMetadataResponse_topics(r, v),
    clusterAuthorizedOperations: v >= 8 && v <= 10 ? r.int32() : -2147483648,
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeMetadataResponse_brokers(w: Writer, a: MetadataResponseBroker[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBroker(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBroker(w, a[i]!, v);
  }
}

function decodeMetadataResponse_brokers(r: Reader, v: number): MetadataResponseBroker[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponse.brokers');
  const a = new Array<MetadataResponseBroker>(n);
  for (let i = 0; i < n; i++) a[i] = decodeMetadataResponseBroker(r, v);
  return a;
}

function encodeMetadataResponse_topics(w: Writer, a: MetadataResponseTopic[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopic(w, a[i]!, v);
  }
}

function decodeMetadataResponse_topics(r: Reader, v: number): MetadataResponseTopic[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponse.topics');
  const a = new Array<MetadataResponseTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeMetadataResponseTopic(r, v);
  return a;
}

function encodeMetadataResponseBroker(w: Writer, m: MetadataResponseBroker, v: number): void {
  w.int32(m.nodeId);
  if (v >= 9) {
    w.compactString(m.host);
  } else {
    w.string(m.host);
  }
  w.int32(m.port);
  if (v >= 1) {
    const _rack = m.rack ?? null;
    if (v >= 9) {
      w.compactString(_rack);
    } else {
      w.string(_rack);
    }
  }
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const m: MetadataResponseBroker = {
    nodeId: r.int32(),
    host: v >= 9 ? r.compactString() : r.string(),
    port: r.int32(),
    rack: v >= 1 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null,
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeMetadataResponseTopic(w: Writer, m: MetadataResponseTopic, v: number): void {
  w.int16(m.errorCode);
  if (m.name === null && v !== 12) throw nullValueError('MetadataResponseTopic.name', v);
  if (v >= 9) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v >= 10) w.uuid(m.topicId ?? ZERO_UUID);
  if (v >= 1) w.bool(m.isInternal ?? false);
  encodeMetadataResponseTopic_partitions(w, m.partitions, v);
  if (v >= 8) w.int32(m.topicAuthorizedOperations ?? -2147483648);
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const m: MetadataResponseTopic = {
    errorCode: r.int16(),
    name: v >= 9 ? (v === 12 ? r.compactNullableString() : r.compactString()) : r.string(),
    topicId: v >= 10 ? r.uuid() : ZERO_UUID,
    isInternal: v >= 1 ? r.bool() : false,
    partitions: decodeMetadataResponseTopic_partitions(r, v),
    topicAuthorizedOperations: v >= 8 ? r.int32() : -2147483648,
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeMetadataResponseTopic_partitions(w: Writer, a: MetadataResponsePartition[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartition(w, a[i]!, v);
  }
}

function decodeMetadataResponseTopic_partitions(r: Reader, v: number): MetadataResponsePartition[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponseTopic.partitions');
  const a = new Array<MetadataResponsePartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeMetadataResponsePartition(r, v);
  return a;
}

function encodeMetadataResponsePartition(w: Writer, m: MetadataResponsePartition, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  if (v >= 7) w.int32(m.leaderEpoch ?? -1);
  encodeMetadataResponsePartition_replicaNodes(w, m.replicaNodes, v);
  encodeMetadataResponsePartition_isrNodes(w, m.isrNodes, v);
  if (v >= 5) {
    const _offlineReplicas = m.offlineReplicas ?? [];
    encodeMetadataResponsePartition_offlineReplicas(w, _offlineReplicas, v);
  }
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const m: MetadataResponsePartition = {
    errorCode: r.int16(),
    partitionIndex: r.int32(),
    leaderId: r.int32(),
    leaderEpoch: v >= 7 ? r.int32() : -1,
    replicaNodes: decodeMetadataResponsePartition_replicaNodes(r, v),
    isrNodes: decodeMetadataResponsePartition_isrNodes(r, v),
    offlineReplicas: v >= 5 ? decodeMetadataResponsePartition_offlineReplicas(r, v) : [],
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeMetadataResponsePartition_replicaNodes(w: Writer, a: number[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeMetadataResponsePartition_replicaNodes(r: Reader, v: number): number[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponsePartition.replicaNodes');
  const a = new Array<number>(n);
  if (v >= 9) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeMetadataResponsePartition_isrNodes(w: Writer, a: number[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeMetadataResponsePartition_isrNodes(r: Reader, v: number): number[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponsePartition.isrNodes');
  const a = new Array<number>(n);
  if (v >= 9) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeMetadataResponsePartition_offlineReplicas(w: Writer, a: number[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeMetadataResponsePartition_offlineReplicas(r: Reader, v: number): number[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('MetadataResponsePartition.offlineReplicas');
  const a = new Array<number>(n);
  if (v >= 9) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
