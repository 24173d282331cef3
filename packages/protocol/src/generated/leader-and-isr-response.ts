// Generated from Kafka's LeaderAndIsrResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * LeaderAndIsr response (API key 4): ZooKeeper-era controller-to-broker command setting the
 * leader and in-sync replicas of partitions.
 */
// v0-v7, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface LeaderAndIsrResponse {
  errorCode: number;
  partitionErrors?: LeaderAndIsrResponseLeaderAndIsrPartitionError[]; // v0-v4
  topics?: LeaderAndIsrResponseLeaderAndIsrTopicError[]; // v5+
}

/** An entry of `LeaderAndIsrResponse.partitionErrors`; an entry of `LeaderAndIsrResponseLeaderAndIsrTopicError.partitionErrors` (JSON `LeaderAndIsrPartitionError`). */
export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  topicName?: string; // v0-v4
  partitionIndex: number;
  errorCode: number;
}

/** An entry of `LeaderAndIsrResponse.topics` (JSON `LeaderAndIsrTopicError`, v5+). */
export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  topicId: string;
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
}

export const LeaderAndIsrResponse = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 4,
  encode(w: Writer, m: LeaderAndIsrResponse, version: number): void {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('LeaderAndIsrResponse', version, 0, 7);
    encodeLeaderAndIsrResponse(w, m, version);
  },
  decode(r: Reader, version: number): LeaderAndIsrResponse {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('LeaderAndIsrResponse', version, 0, 7);
    return decodeLeaderAndIsrResponse(r, version);
  },
} as const;

function encodeLeaderAndIsrResponse(w: Writer, m: LeaderAndIsrResponse, v: number): void {
  w.int16(m.errorCode);
  if (v <= 4) {
    const _partitionErrors = m.partitionErrors ?? [];
    encodeLeaderAndIsrResponse_partitionErrors(w, _partitionErrors, v);
  }
  if (v >= 5) {
    const _topics = m.topics ?? [];
    encodeLeaderAndIsrResponse_topics(w, _topics, v);
  }
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  const m: LeaderAndIsrResponse = {
    errorCode: r.int16(),
    partitionErrors: v <= 4 ? decodeLeaderAndIsrResponse_partitionErrors(r, v) : [],
    topics: v >= 5 ? decodeLeaderAndIsrResponse_topics(r, v) : [],
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaderAndIsrResponse_partitionErrors(w: Writer, a: LeaderAndIsrResponseLeaderAndIsrPartitionError[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, a[i]!, v);
  }
}

function decodeLeaderAndIsrResponse_partitionErrors(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrPartitionError[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrResponse.partitionErrors');
  const a = new Array<LeaderAndIsrResponseLeaderAndIsrPartitionError>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r, v);
  return a;
}

function encodeLeaderAndIsrResponse_topics(w: Writer, a: LeaderAndIsrResponseLeaderAndIsrTopicError[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeLeaderAndIsrResponseLeaderAndIsrTopicError(w, a[i]!, v);
}

function decodeLeaderAndIsrResponse_topics(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrTopicError[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrResponse.topics');
  const a = new Array<LeaderAndIsrResponseLeaderAndIsrTopicError>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrResponseLeaderAndIsrTopicError(r, v);
  return a;
}

function encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, m: LeaderAndIsrResponseLeaderAndIsrPartitionError, v: number): void {
  if (v <= 4) {
    const _topicName = m.topicName ?? '';
    if (v === 4) {
      w.compactString(_topicName);
    } else {
      w.string(_topicName);
    }
  }
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v >= 4) w.uvarint(0);
}

function decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const m: LeaderAndIsrResponseLeaderAndIsrPartitionError = {
    topicName: v <= 4 ? (v === 4 ? r.compactString() : r.string()) : '',
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, m: LeaderAndIsrResponseLeaderAndIsrTopicError, v: number): void {
  w.uuid(m.topicId);
  encodeLeaderAndIsrResponseLeaderAndIsrTopicError_partitionErrors(w, m.partitionErrors, v);
  w.uvarint(0);
}

function decodeLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const m: LeaderAndIsrResponseLeaderAndIsrTopicError = {
    topicId: r.uuid(),
    partitionErrors: decodeLeaderAndIsrResponseLeaderAndIsrTopicError_partitionErrors(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeLeaderAndIsrResponseLeaderAndIsrTopicError_partitionErrors(w: Writer, a: LeaderAndIsrResponseLeaderAndIsrPartitionError[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, a[i]!, v);
}

function decodeLeaderAndIsrResponseLeaderAndIsrTopicError_partitionErrors(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrPartitionError[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('LeaderAndIsrResponseLeaderAndIsrTopicError.partitionErrors');
  const a = new Array<LeaderAndIsrResponseLeaderAndIsrPartitionError>(n);
  for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r, v);
  return a;
}
