// Generated from Kafka's ListOffsetsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListOffsets request (API key 2): looks up offsets by timestamp: earliest, latest, or the first
 * offset at or after a given time.
 */
// v0-v10, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel?: number; // v2+
  topics: ListOffsetsRequestListOffsetsTopic[];
  timeoutMs?: number; // v10
}

/** An entry of `ListOffsetsRequest.topics` (JSON `ListOffsetsTopic`). */
export interface ListOffsetsRequestListOffsetsTopic {
  name: string;
  partitions: ListOffsetsRequestListOffsetsPartition[];
}

/** An entry of `ListOffsetsRequestListOffsetsTopic.partitions` (JSON `ListOffsetsPartition`). */
export interface ListOffsetsRequestListOffsetsPartition {
  partitionIndex: number;
  currentLeaderEpoch?: number; // v4+, default -1
  timestamp: number;
  maxNumOffsets?: number; // v0, default 1
}

export const ListOffsetsRequest = {
  apiKey: 2,
  name: 'ListOffsets',
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 6,
  encode(w: Writer, m: ListOffsetsRequest, version: number): void {
    if (version < 0 || version > 10) throw new UnsupportedVersionError('ListOffsetsRequest', version, 0, 10);
    encodeListOffsetsRequest(w, m, version);
  },
  decode(r: Reader, version: number): ListOffsetsRequest {
    if (version < 0 || version > 10) throw new UnsupportedVersionError('ListOffsetsRequest', version, 0, 10);
    return decodeListOffsetsRequest(r, version);
  },
} as const;

function encodeListOffsetsRequest(w: Writer, m: ListOffsetsRequest, v: number): void {
  w.int32(m.replicaId);
  if (v >= 2) w.int8(m.isolationLevel ?? 0);
  encodeListOffsetsRequest_topics(w, m.topics, v);
  if (v === 10) w.int32(m.timeoutMs ?? 0);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const m: ListOffsetsRequest = {
    replicaId: r.int32(),
    isolationLevel: v >= 2 ? r.int8() : 0,
    topics: decodeListOffsetsRequest_topics(r, v),
    timeoutMs: v === 10 ? r.int32() : 0,
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeListOffsetsRequest_topics(w: Writer, a: ListOffsetsRequestListOffsetsTopic[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeListOffsetsRequestListOffsetsTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsRequestListOffsetsTopic(w, a[i]!, v);
  }
}

function decodeListOffsetsRequest_topics(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ListOffsetsRequest.topics');
  const a = new Array<ListOffsetsRequestListOffsetsTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListOffsetsRequestListOffsetsTopic(r, v);
  return a;
}

function encodeListOffsetsRequestListOffsetsTopic(w: Writer, m: ListOffsetsRequestListOffsetsTopic, v: number): void {
  if (v >= 6) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeListOffsetsRequestListOffsetsTopic_partitions(w, m.partitions, v);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  const m: ListOffsetsRequestListOffsetsTopic = {
    name: v >= 6 ? r.compactString() : r.string(),
    partitions: decodeListOffsetsRequestListOffsetsTopic_partitions(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeListOffsetsRequestListOffsetsTopic_partitions(w: Writer, a: ListOffsetsRequestListOffsetsPartition[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeListOffsetsRequestListOffsetsPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsRequestListOffsetsPartition(w, a[i]!, v);
  }
}

function decodeListOffsetsRequestListOffsetsTopic_partitions(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ListOffsetsRequestListOffsetsTopic.partitions');
  const a = new Array<ListOffsetsRequestListOffsetsPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListOffsetsRequestListOffsetsPartition(r, v);
  return a;
}

function encodeListOffsetsRequestListOffsetsPartition(w: Writer, m: ListOffsetsRequestListOffsetsPartition, v: number): void {
  w.int32(m.partitionIndex);
  if (v >= 4) w.int32(m.currentLeaderEpoch ?? -1);
  w.int64(m.timestamp);
  if (v === 0) w.int32(m.maxNumOffsets ?? 1);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  const m: ListOffsetsRequestListOffsetsPartition = {
    partitionIndex: r.int32(),
    currentLeaderEpoch: v >= 4 ? r.int32() : -1,
    timestamp: r.int64(),
    maxNumOffsets: v === 0 ? r.int32() : 1,
  };
  if (v >= 6) r.taggedFields();
  return m;
}
