// Generated from Kafka's CreateTopicsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateTopics request (API key 19): creates topics with a partition count and replication
 * factor or explicit assignments, and configs.
 */
// v0-v7, flexible from v5

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface CreateTopicsRequest {
  topics: CreateTopicsRequestCreatableTopic[];
  timeoutMs: number; // default 60000
  validateOnly?: boolean; // v1+
}

/** An entry of `CreateTopicsRequest.topics` (JSON `CreatableTopic`). */
export interface CreateTopicsRequestCreatableTopic {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  configs: CreateTopicsRequestCreatableTopicConfig[];
}

/** An entry of `CreateTopicsRequestCreatableTopic.assignments` (JSON `CreatableReplicaAssignment`). */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  partitionIndex: number;
  brokerIds: number[];
}

/** An entry of `CreateTopicsRequestCreatableTopic.configs` (JSON `CreatableTopicConfig`). */
export interface CreateTopicsRequestCreatableTopicConfig {
  name: string;
  value: string | null; // nullable
}

export const CreateTopicsRequest = {
  apiKey: 19,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 5,
  encode(w: Writer, m: CreateTopicsRequest, version: number): void {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('CreateTopicsRequest', version, 0, 7);
    encodeCreateTopicsRequest(w, m, version);
  },
  decode(r: Reader, version: number): CreateTopicsRequest {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('CreateTopicsRequest', version, 0, 7);
    return decodeCreateTopicsRequest(r, version);
  },
} as const;

function encodeCreateTopicsRequest(w: Writer, m: CreateTopicsRequest, v: number): void {
  encodeCreateTopicsRequest_topics(w, m.topics, v);
  w.int32(m.timeoutMs);
  if (v >= 1) w.bool(m.validateOnly ?? false);
  if (v >= 5) w.uvarint(0);
}

function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const m: CreateTopicsRequest = {
    topics: decodeCreateTopicsRequest_topics(r, v),
    timeoutMs: r.int32(),
    validateOnly: v >= 1 ? r.bool() : false,
  };
  if (v >= 5) r.taggedFields();
  return m;
}

function encodeCreateTopicsRequest_topics(w: Writer, a: CreateTopicsRequestCreatableTopic[], v: number): void {
  if (v >= 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableTopic(w, a[i]!, v);
  }
}

function decodeCreateTopicsRequest_topics(r: Reader, v: number): CreateTopicsRequestCreatableTopic[] {
  const n = v >= 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateTopicsRequest.topics');
  const a = new Array<CreateTopicsRequestCreatableTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateTopicsRequestCreatableTopic(r, v);
  return a;
}

function encodeCreateTopicsRequestCreatableTopic(w: Writer, m: CreateTopicsRequestCreatableTopic, v: number): void {
  if (v >= 5) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  encodeCreateTopicsRequestCreatableTopic_assignments(w, m.assignments, v);
  encodeCreateTopicsRequestCreatableTopic_configs(w, m.configs, v);
  if (v >= 5) w.uvarint(0);
}

function decodeCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  const m: CreateTopicsRequestCreatableTopic = {
    name: v >= 5 ? r.compactString() : r.string(),
    numPartitions: r.int32(),
    replicationFactor: r.int16(),
    assignments: decodeCreateTopicsRequestCreatableTopic_assignments(r, v),
    configs: decodeCreateTopicsRequestCreatableTopic_configs(r, v),
  };
  if (v >= 5) r.taggedFields();
  return m;
}

function encodeCreateTopicsRequestCreatableTopic_assignments(w: Writer, a: CreateTopicsRequestCreatableReplicaAssignment[], v: number): void {
  if (v >= 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableReplicaAssignment(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableReplicaAssignment(w, a[i]!, v);
  }
}

function decodeCreateTopicsRequestCreatableTopic_assignments(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment[] {
  const n = v >= 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateTopicsRequestCreatableTopic.assignments');
  const a = new Array<CreateTopicsRequestCreatableReplicaAssignment>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateTopicsRequestCreatableReplicaAssignment(r, v);
  return a;
}

function encodeCreateTopicsRequestCreatableTopic_configs(w: Writer, a: CreateTopicsRequestCreatableTopicConfig[], v: number): void {
  if (v >= 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableTopicConfig(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsRequestCreatableTopicConfig(w, a[i]!, v);
  }
}

function decodeCreateTopicsRequestCreatableTopic_configs(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig[] {
  const n = v >= 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateTopicsRequestCreatableTopic.configs');
  const a = new Array<CreateTopicsRequestCreatableTopicConfig>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateTopicsRequestCreatableTopicConfig(r, v);
  return a;
}

function encodeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, m: CreateTopicsRequestCreatableReplicaAssignment, v: number): void {
  w.int32(m.partitionIndex);
  encodeCreateTopicsRequestCreatableReplicaAssignment_brokerIds(w, m.brokerIds, v);
  if (v >= 5) w.uvarint(0);
}

function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  const m: CreateTopicsRequestCreatableReplicaAssignment = {
    partitionIndex: r.int32(),
    brokerIds: decodeCreateTopicsRequestCreatableReplicaAssignment_brokerIds(r, v),
  };
  if (v >= 5) r.taggedFields();
  return m;
}

function encodeCreateTopicsRequestCreatableReplicaAssignment_brokerIds(w: Writer, a: number[], v: number): void {
  if (v >= 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeCreateTopicsRequestCreatableReplicaAssignment_brokerIds(r: Reader, v: number): number[] {
  const n = v >= 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateTopicsRequestCreatableReplicaAssignment.brokerIds');
  const a = new Array<number>(n);
  if (v >= 5) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}

function encodeCreateTopicsRequestCreatableTopicConfig(w: Writer, m: CreateTopicsRequestCreatableTopicConfig, v: number): void {
  if (v >= 5) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v >= 5) {
    w.compactString(m.value);
  } else {
    w.string(m.value);
  }
  if (v >= 5) w.uvarint(0);
}

function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig {
  const m: CreateTopicsRequestCreatableTopicConfig = {
    name: v >= 5 ? r.compactString() : r.string(),
    value: v >= 5 ? r.compactNullableString() : r.nullableString(),
  };
  if (v >= 5) r.taggedFields();
  return m;
}
