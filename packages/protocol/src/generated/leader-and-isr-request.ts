// Generated from Kafka's LeaderAndIsrRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * LeaderAndIsr request (API key 4): ZooKeeper-era controller-to-broker command setting the
 * leader and in-sync replicas of partitions.
 */
// v0-v7, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface LeaderAndIsrRequest {
  controllerId: number;
  isKRaftController?: boolean; // v7
  controllerEpoch: number;
  brokerEpoch?: number; // v2+, default -1
  type?: number; // v5+
  ungroupedPartitionStates?: LeaderAndIsrRequestLeaderAndIsrPartitionState[]; // v0-v1
  topicStates?: LeaderAndIsrRequestLeaderAndIsrTopicState[]; // v2+
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
}

/** An entry of `LeaderAndIsrRequest.ungroupedPartitionStates`; an entry of `LeaderAndIsrRequestLeaderAndIsrTopicState.partitionStates` (JSON `LeaderAndIsrPartitionState`). */
export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  topicName?: string; // v0-v1
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  partitionEpoch: number;
  replicas: number[];
  addingReplicas?: number[]; // v3+
  removingReplicas?: number[]; // v3+
  isNew?: boolean; // v1+
  leaderRecoveryState?: number; // v6+
}

/** An entry of `LeaderAndIsrRequest.topicStates` (JSON `LeaderAndIsrTopicState`, v2+). */
export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  topicName: string;
  topicId?: string; // v5+
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
}

/** An entry of `LeaderAndIsrRequest.liveLeaders` (JSON `LeaderAndIsrLiveLeader`). */
export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  brokerId: number;
  hostName: string;
  port: number;
}

export const LeaderAndIsrRequest = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 4,
  encode(w: Writer, m: LeaderAndIsrRequest, version: number): void {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('LeaderAndIsrRequest', version, 0, 7);
    encodeLeaderAndIsrRequest(w, m, version);
  },
  decode(r: Reader, version: number): LeaderAndIsrRequest {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('LeaderAndIsrRequest', version, 0, 7);
    return decodeLeaderAndIsrRequest(r, version);
  },
} as const;

function encodeLeaderAndIsrRequest(w: Writer, m: LeaderAndIsrRequest, v: number): void {
  w.int32(m.controllerId);
  if (v === 7) w.bool(m.isKRaftController ?? false);
  w.int32(m.controllerEpoch);
  if (v >= 2) w.int64(m.brokerEpoch ?? -1);
  if (v >= 5) w.int8(m.type ?? 0);
  if (v <= 1) {
    const _ungroupedPartitionStates = m.ungroupedPartitionStates ?? [];
    encodeLeaderAndIsrRequest_ungroupedPartitionStates(w, _ungroupedPartitionStates, v);
  }
  if (v >= 2) {
    const _topicStates = m.topicStates ?? [];
    encodeLeaderAndIsrRequest_topicStates(w, _topicStates, v);
  }
  encodeLeaderAndIsrRequest_liveLeaders(w, m.liveLeaders, v);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  const m: LeaderAndIsrRequest = {
    controllerId: r.int32(),
    isKRaftController: v === 7 ? r.bool() : false,
    controllerEpoch: r.int32(),
    brokerEpoch: v >= 2 ? r.int64() : -1,
    type: v >= 5 ? r.int8() : 0,
    ungroupedPartitionStates: v <= 1 ? decodeLeaderAndIsrRequest_ungroupedPartitionStates(r, v) : [],
    topicStates: v >= 2 ? decodeLeaderAndIsrRequest_topicStates(r, v) : [],
    liveLeaders: decodeLeaderAndIsrRequest_liveLeaders(r, v),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaderAndIsrRequest_ungroupedPartitionStates(w: Writer, a: LeaderAndIsrRequestLeaderAndIsrPartitionState[], v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, a[i]!, v);
}

function decodeLeaderAndIsrRequest_ungroupedPartitionStates(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrPartitionState[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequest.ungroupedPartitionStates');
  const a = new Array<LeaderAndIsrRequestLeaderAndIsrPartitionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r, v);
  return a;
}

function encodeLeaderAndIsrRequest_topicStates(w: Writer, a: LeaderAndIsrRequestLeaderAndIsrTopicState[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrTopicState(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrTopicState(w, a[i]!, v);
  }
}

function decodeLeaderAndIsrRequest_topicStates(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrTopicState[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequest.topicStates');
  const a = new Array<LeaderAndIsrRequestLeaderAndIsrTopicState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrRequestLeaderAndIsrTopicState(r, v);
  return a;
}

function encodeLeaderAndIsrRequest_liveLeaders(w: Writer, a: LeaderAndIsrRequestLeaderAndIsrLiveLeader[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, a[i]!, v);
  }
}

function decodeLeaderAndIsrRequest_liveLeaders(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequest.liveLeaders');
  const a = new Array<LeaderAndIsrRequestLeaderAndIsrLiveLeader>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, v);
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, m: LeaderAndIsrRequestLeaderAndIsrPartitionState, v: number): void {
  if (v <= 1) {
    const _topicName = m.topicName ?? '';
    w.string(_topicName);
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_isr(w, m.isr, v);
  w.int32(m.partitionEpoch);
  encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_replicas(w, m.replicas, v);
  if (v >= 3) {
    const _addingReplicas = m.addingReplicas ?? [];
    encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_addingReplicas(w, _addingReplicas, v);
  }
  if (v >= 3) {
    const _removingReplicas = m.removingReplicas ?? [];
    encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_removingReplicas(w, _removingReplicas, v);
  }
  if (v >= 1) w.bool(m.isNew ?? false);
  if (v >= 6) w.int8(m.leaderRecoveryState ?? 0);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const m: LeaderAndIsrRequestLeaderAndIsrPartitionState = {
    topicName: v <= 1 ? r.string() : '',
    partitionIndex: r.int32(),
    controllerEpoch: r.int32(),
    leader: r.int32(),
    leaderEpoch: r.int32(),
    isr: decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_isr(r, v),
    partitionEpoch: r.int32(),
    replicas: decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_replicas(r, v),
    addingReplicas: v >= 3 ? decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_addingReplicas(r, v) : [],
    removingReplicas: v >= 3 ? decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_removingReplicas(r, v) : [],
    isNew: v >= 1 ? r.bool() : false,
    leaderRecoveryState: v >= 6 ? r.int8() : 0,
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_isr(w: Writer, a: number[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_isr(r: Reader, v: number): number[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequestLeaderAndIsrPartitionState.isr');
  const a = new Array<number>(n);
  if (v >= 4) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_replicas(w: Writer, a: number[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_replicas(r: Reader, v: number): number[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequestLeaderAndIsrPartitionState.replicas');
  const a = new Array<number>(n);
  if (v >= 4) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_addingReplicas(w: Writer, a: number[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_addingReplicas(r: Reader, v: number): number[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequestLeaderAndIsrPartitionState.addingReplicas');
  const a = new Array<number>(n);
  if (v >= 4) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState_removingReplicas(w: Writer, a: number[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState_removingReplicas(r: Reader, v: number): number[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequestLeaderAndIsrPartitionState.removingReplicas');
  const a = new Array<number>(n);
  if (v >= 4) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, m: LeaderAndIsrRequestLeaderAndIsrTopicState, v: number): void {
  if (v >= 4) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  if (v >= 5) w.uuid(m.topicId ?? ZERO_UUID);
  encodeLeaderAndIsrRequestLeaderAndIsrTopicState_partitionStates(w, m.partitionStates, v);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const m: LeaderAndIsrRequestLeaderAndIsrTopicState = {
    topicName: v >= 4 ? r.compactString() : r.string(),
    topicId: v >= 5 ? r.uuid() : ZERO_UUID,
    partitionStates: decodeLeaderAndIsrRequestLeaderAndIsrTopicState_partitionStates(r, v),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaderAndIsrRequestLeaderAndIsrTopicState_partitionStates(w: Writer, a: LeaderAndIsrRequestLeaderAndIsrPartitionState[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, a[i]!, v);
  }
}

function decodeLeaderAndIsrRequestLeaderAndIsrTopicState_partitionStates(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrPartitionState[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrRequestLeaderAndIsrTopicState.partitionStates');
  const a = new Array<LeaderAndIsrRequestLeaderAndIsrPartitionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r, v);
  return a;
}

function encodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, m: LeaderAndIsrRequestLeaderAndIsrLiveLeader, v: number): void {
  w.int32(m.brokerId);
  if (v >= 4) {
    w.compactString(m.hostName);
  } else {
    w.string(m.hostName);
  }
  w.int32(m.port);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const m: LeaderAndIsrRequestLeaderAndIsrLiveLeader = {
    brokerId: r.int32(),
    hostName: v >= 4 ? r.compactString() : r.string(),
    port: r.int32(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}
