// Generated from Kafka's UpdateMetadataRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateMetadata request (API key 6): ZooKeeper-era controller-to-broker push of the cluster
 * metadata cache.
 */
// v0-v8, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface UpdateMetadataRequest {
  controllerId: number;
  isKRaftController?: boolean; // v8
  type?: number; // v8, tag 0
  controllerEpoch: number;
  brokerEpoch?: number; // v5+, default -1
  ungroupedPartitionStates?: UpdateMetadataRequestUpdateMetadataPartitionState[]; // v0-v4
  topicStates?: UpdateMetadataRequestUpdateMetadataTopicState[]; // v5+
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
}

/** An entry of `UpdateMetadataRequest.ungroupedPartitionStates`; an entry of `UpdateMetadataRequestUpdateMetadataTopicState.partitionStates` (JSON `UpdateMetadataPartitionState`). */
export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  topicName?: string; // v0-v4
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
  offlineReplicas?: number[]; // v4+
}

/** An entry of `UpdateMetadataRequest.topicStates` (JSON `UpdateMetadataTopicState`, v5+). */
export interface UpdateMetadataRequestUpdateMetadataTopicState {
  topicName: string;
  topicId?: string; // v7+
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
}

/** An entry of `UpdateMetadataRequest.liveBrokers` (JSON `UpdateMetadataBroker`). */
export interface UpdateMetadataRequestUpdateMetadataBroker {
  id: number;
  v0Host?: string; // v0
  v0Port?: number; // v0
  endpoints?: UpdateMetadataRequestUpdateMetadataEndpoint[]; // v1+
  rack?: string | null; // v2+, nullable
}

/** An entry of `UpdateMetadataRequestUpdateMetadataBroker.endpoints` (JSON `UpdateMetadataEndpoint`, v1+). */
export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  port: number;
  host: string;
  listener?: string; // v3+
  securityProtocol: number;
}

export const UpdateMetadataRequest = {
  apiKey: 6,
  name: 'UpdateMetadata',
  minVersion: 0,
  maxVersion: 8,
  flexibleFrom: 6,
  encode(w: Writer, m: UpdateMetadataRequest, version: number): void {
    if (version < 0 || version > 8) throw new UnsupportedVersionError('UpdateMetadataRequest', version, 0, 8);
    encodeUpdateMetadataRequest(w, m, version);
  },
  decode(r: Reader, version: number): UpdateMetadataRequest {
    if (version < 0 || version > 8) throw new UnsupportedVersionError('UpdateMetadataRequest', version, 0, 8);
    return decodeUpdateMetadataRequest(r, version);
  },
} as const;

function encodeUpdateMetadataRequest(w: Writer, m: UpdateMetadataRequest, v: number): void {
  w.int32(m.controllerId);
  if (v === 8) w.bool(m.isKRaftController ?? false);
  w.int32(m.controllerEpoch);
  if (v >= 5) w.int64(m.brokerEpoch ?? -1);
  if (v <= 4) {
    const _ungroupedPartitionStates = m.ungroupedPartitionStates ?? [];
    encodeUpdateMetadataRequest_ungroupedPartitionStates(w, _ungroupedPartitionStates, v);
  }
  if (v >= 5) {
    const _topicStates = m.topicStates ?? [];
    encodeUpdateMetadataRequest_topicStates(w, _topicStates, v);
  }
  encodeUpdateMetadataRequest_liveBrokers(w, m.liveBrokers, v);
  if (v >= 6) {
    let tagCount = 0;
    const tag_type = m.type;
    const has_type = v === 8 && tag_type !== undefined && tag_type !== 0;
    if (has_type) tagCount++;
    w.uvarint(tagCount);
    if (has_type) {
      w.uvarint(0).uvarint(1);
      w.int8(tag_type);
    }
  }
}

function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  const m: UpdateMetadataRequest = {
    controllerId: r.int32(),
    isKRaftController: v === 8 ? r.bool() : false,
    type: 0,
    controllerEpoch: r.int32(),
    brokerEpoch: v >= 5 ? r.int64() : -1,
    ungroupedPartitionStates: v <= 4 ? decodeUpdateMetadataRequest_ungroupedPartitionStates(r, v) : [],
    topicStates: v >= 5 ? decodeUpdateMetadataRequest_topicStates(r, v) : [],
    liveBrokers: decodeUpdateMetadataRequest_liveBrokers(r, v),
  };
  if (v >= 6) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0 && v === 8) m.type = r.int8();
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'UpdateMetadataRequest');
    }
  }
  return m;
}

function encodeUpdateMetadataRequest_ungroupedPartitionStates(w: Writer, a: UpdateMetadataRequestUpdateMetadataPartitionState[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataPartitionState(w, a[i]!, v);
}

function decodeUpdateMetadataRequest_ungroupedPartitionStates(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataPartitionState[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequest.ungroupedPartitionStates');
  const a = new Array<UpdateMetadataRequestUpdateMetadataPartitionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataRequestUpdateMetadataPartitionState(r, v);
  return a;
}

function encodeUpdateMetadataRequest_topicStates(w: Writer, a: UpdateMetadataRequestUpdateMetadataTopicState[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataTopicState(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataTopicState(w, a[i]!, v);
  }
}

function decodeUpdateMetadataRequest_topicStates(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataTopicState[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequest.topicStates');
  const a = new Array<UpdateMetadataRequestUpdateMetadataTopicState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataRequestUpdateMetadataTopicState(r, v);
  return a;
}

function encodeUpdateMetadataRequest_liveBrokers(w: Writer, a: UpdateMetadataRequestUpdateMetadataBroker[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataBroker(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataBroker(w, a[i]!, v);
  }
}

function decodeUpdateMetadataRequest_liveBrokers(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataBroker[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequest.liveBrokers');
  const a = new Array<UpdateMetadataRequestUpdateMetadataBroker>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataRequestUpdateMetadataBroker(r, v);
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, m: UpdateMetadataRequestUpdateMetadataPartitionState, v: number): void {
  if (v <= 4) {
    const _topicName = m.topicName ?? '';
    w.string(_topicName);
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  encodeUpdateMetadataRequestUpdateMetadataPartitionState_isr(w, m.isr, v);
  w.int32(m.zkVersion);
  encodeUpdateMetadataRequestUpdateMetadataPartitionState_replicas(w, m.replicas, v);
  if (v >= 4) {
    const _offlineReplicas = m.offlineReplicas ?? [];
    encodeUpdateMetadataRequestUpdateMetadataPartitionState_offlineReplicas(w, _offlineReplicas, v);
  }
  if (v >= 6) w.uvarint(0);
}

function decodeUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  const m: UpdateMetadataRequestUpdateMetadataPartitionState = {
    topicName: v <= 4 ? r.string() : '',
    partitionIndex: r.int32(),
    controllerEpoch: r.int32(),
    leader: r.int32(),
    leaderEpoch: r.int32(),
    isr: decodeUpdateMetadataRequestUpdateMetadataPartitionState_isr(r, v),
    zkVersion: r.int32(),
    replicas: decodeUpdateMetadataRequestUpdateMetadataPartitionState_replicas(r, v),
    offlineReplicas: v >= 4 ? decodeUpdateMetadataRequestUpdateMetadataPartitionState_offlineReplicas(r, v) : [],
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeUpdateMetadataRequestUpdateMetadataPartitionState_isr(w: Writer, a: number[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeUpdateMetadataRequestUpdateMetadataPartitionState_isr(r: Reader, v: number): number[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequestUpdateMetadataPartitionState.isr');
  const a = new Array<number>(n);
  if (v >= 6) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataPartitionState_replicas(w: Writer, a: number[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeUpdateMetadataRequestUpdateMetadataPartitionState_replicas(r: Reader, v: number): number[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequestUpdateMetadataPartitionState.replicas');
  const a = new Array<number>(n);
  if (v >= 6) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataPartitionState_offlineReplicas(w: Writer, a: number[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeUpdateMetadataRequestUpdateMetadataPartitionState_offlineReplicas(r: Reader, v: number): number[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequestUpdateMetadataPartitionState.offlineReplicas');
  const a = new Array<number>(n);
  if (v >= 6) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, m: UpdateMetadataRequestUpdateMetadataTopicState, v: number): void {
  if (v >= 6) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  if (v >= 7) w.uuid(m.topicId ?? ZERO_UUID);
  encodeUpdateMetadataRequestUpdateMetadataTopicState_partitionStates(w, m.partitionStates, v);
  if (v >= 6) w.uvarint(0);
}

function decodeUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataTopicState {
  const m: UpdateMetadataRequestUpdateMetadataTopicState = {
    topicName: v >= 6 ? r.compactString() : r.string(),
    topicId: v >= 7 ? r.uuid() : ZERO_UUID,
    partitionStates: decodeUpdateMetadataRequestUpdateMetadataTopicState_partitionStates(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeUpdateMetadataRequestUpdateMetadataTopicState_partitionStates(w: Writer, a: UpdateMetadataRequestUpdateMetadataPartitionState[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataPartitionState(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataPartitionState(w, a[i]!, v);
  }
}

function decodeUpdateMetadataRequestUpdateMetadataTopicState_partitionStates(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataPartitionState[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequestUpdateMetadataTopicState.partitionStates');
  const a = new Array<UpdateMetadataRequestUpdateMetadataPartitionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataRequestUpdateMetadataPartitionState(r, v);
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, m: UpdateMetadataRequestUpdateMetadataBroker, v: number): void {
  w.int32(m.id);
  if (v === 0) {
    const _v0Host = m.v0Host ?? '';
    w.string(_v0Host);
  }
  if (v === 0) w.int32(m.v0Port ?? 0);
  if (v >= 1) {
    const _endpoints = m.endpoints ?? [];
    encodeUpdateMetadataRequestUpdateMetadataBroker_endpoints(w, _endpoints, v);
  }
  if (v >= 2) {
    const _rack = m.rack === undefined ? '' : m.rack;
    if (v >= 6) {
      w.compactString(_rack);
    } else {
      w.string(_rack);
    }
  }
  if (v >= 6) w.uvarint(0);
}

function decodeUpdateMetadataRequestUpdateMetadataBroker(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataBroker {
  const m: UpdateMetadataRequestUpdateMetadataBroker = {
    id: r.int32(),
    v0Host: v === 0 ? r.string() : '',
    v0Port: v === 0 ? r.int32() : 0,
    endpoints: v >= 1 ? decodeUpdateMetadataRequestUpdateMetadataBroker_endpoints(r, v) : [],
    rack: v >= 2 ? (v >= 6 ? r.compactNullableString() : r.nullableString()) : '',
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeUpdateMetadataRequestUpdateMetadataBroker_endpoints(w: Writer, a: UpdateMetadataRequestUpdateMetadataEndpoint[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataEndpoint(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataRequestUpdateMetadataEndpoint(w, a[i]!, v);
  }
}

function decodeUpdateMetadataRequestUpdateMetadataBroker_endpoints(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataEndpoint[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('UpdateMetadataRequestUpdateMetadataBroker.endpoints');
  const a = new Array<UpdateMetadataRequestUpdateMetadataEndpoint>(n);
  for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataRequestUpdateMetadataEndpoint(r, v);
  return a;
}

function encodeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, m: UpdateMetadataRequestUpdateMetadataEndpoint, v: number): void {
  w.int32(m.port);
  if (v >= 6) {
    w.compactString(m.host);
  } else {
    w.string(m.host);
  }
  if (v >= 3) {
    const _listener = m.listener ?? '';
    if (v >= 6) {
      w.compactString(_listener);
    } else {
      w.string(_listener);
    }
  }
  w.int16(m.securityProtocol);
  if (v >= 6) w.uvarint(0);
}

function decodeUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  const m: UpdateMetadataRequestUpdateMetadataEndpoint = {
    port: r.int32(),
    host: v >= 6 ? r.compactString() : r.string(),
    listener: v >= 3 ? (v >= 6 ? r.compactString() : r.string()) : '',
    securityProtocol: r.int16(),
  };
  if (v >= 6) r.taggedFields();
  return m;
}
