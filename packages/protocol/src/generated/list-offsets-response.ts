// Generated from Kafka's ListOffsetsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListOffsets response (API key 2): looks up offsets by timestamp: earliest, latest, or the
 * first offset at or after a given time.
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

export interface ListOffsetsResponse {
  throttleTimeMs?: number; // v2+
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
}

/** An entry of `ListOffsetsResponse.topics` (JSON `ListOffsetsTopicResponse`). */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  name: string;
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}

/** An entry of `ListOffsetsResponseListOffsetsTopicResponse.partitions` (JSON `ListOffsetsPartitionResponse`). */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  partitionIndex: number;
  errorCode: number;
  oldStyleOffsets?: number[]; // v0
  timestamp?: number; // v1+, default -1
  offset?: number; // v1+, default -1
  leaderEpoch?: number; // v4+, default -1
}

export const ListOffsetsResponse = {
  apiKey: 2,
  name: 'ListOffsets',
  minVersion: 0,
  maxVersion: 10,
  flexibleFrom: 6,
  encode(w: Writer, m: ListOffsetsResponse, version: number): void {
    if (version < 0 || version > 10) throw new UnsupportedVersionError('ListOffsetsResponse', version, 0, 10);
    encodeListOffsetsResponse(w, m, version);
  },
  decode(r: Reader, version: number): ListOffsetsResponse {
    if (version < 0 || version > 10) throw new UnsupportedVersionError('ListOffsetsResponse', version, 0, 10);
    return decodeListOffsetsResponse(r, version);
  },
} as const;

function encodeListOffsetsResponse(w: Writer, m: ListOffsetsResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs ?? 0);
  encodeListOffsetsResponse_topics(w, m.topics, v);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const m: ListOffsetsResponse = {
    throttleTimeMs: v >= 2 ? r.int32() : 0,
    topics: decodeListOffsetsResponse_topics(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeListOffsetsResponse_topics(w: Writer, a: ListOffsetsResponseListOffsetsTopicResponse[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeListOffsetsResponseListOffsetsTopicResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsResponseListOffsetsTopicResponse(w, a[i]!, v);
  }
}

function decodeListOffsetsResponse_topics(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ListOffsetsResponse.topics');
  const a = new Array<ListOffsetsResponseListOffsetsTopicResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListOffsetsResponseListOffsetsTopicResponse(r, v);
  return a;
}

function encodeListOffsetsResponseListOffsetsTopicResponse(w: Writer, m: ListOffsetsResponseListOffsetsTopicResponse, v: number): void {
  if (v >= 6) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeListOffsetsResponseListOffsetsTopicResponse_partitions(w, m.partitions, v);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  const m: ListOffsetsResponseListOffsetsTopicResponse = {
    name: v >= 6 ? r.compactString() : r.string(),
    partitions: decodeListOffsetsResponseListOffsetsTopicResponse_partitions(r, v),
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeListOffsetsResponseListOffsetsTopicResponse_partitions(w: Writer, a: ListOffsetsResponseListOffsetsPartitionResponse[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeListOffsetsResponseListOffsetsPartitionResponse(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsResponseListOffsetsPartitionResponse(w, a[i]!, v);
  }
}

function decodeListOffsetsResponseListOffsetsTopicResponse_partitions(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ListOffsetsResponseListOffsetsTopicResponse.partitions');
  const a = new Array<ListOffsetsResponseListOffsetsPartitionResponse>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListOffsetsResponseListOffsetsPartitionResponse(r, v);
  return a;
}

function encodeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, m: ListOffsetsResponseListOffsetsPartitionResponse, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v === 0) {
    const _oldStyleOffsets = m.oldStyleOffsets ?? [];
    encodeListOffsetsResponseListOffsetsPartitionResponse_oldStyleOffsets(w, _oldStyleOffsets, v);
  }
  if (v >= 1) w.int64(m.timestamp ?? -1);
  if (v >= 1) w.int64(m.offset ?? -1);
  if (v >= 4) w.int32(m.leaderEpoch ?? -1);
  if (v >= 6) w.uvarint(0);
}

function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const m: ListOffsetsResponseListOffsetsPartitionResponse = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
    oldStyleOffsets: v === 0 ? decodeListOffsetsResponseListOffsetsPartitionResponse_oldStyleOffsets(r, v) : [],
    timestamp: v >= 1 ? r.int64() : -1,
    offset: v >= 1 ? r.int64() : -1,
    leaderEpoch: v >= 4 ? r.int32() : -1,
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeListOffsetsResponseListOffsetsPartitionResponse_oldStyleOffsets(w: Writer, a: number[], _v: number): void {
  w.int32(a.length);
  for (let i = 0; i < a.length; i++) w.int64(a[i]!);
}

function decodeListOffsetsResponseListOffsetsPartitionResponse_oldStyleOffsets(r: Reader, _v: number): number[] {
  const n = arrayLength(r);
  if (n < 0) throw nullArrayError('ListOffsetsResponseListOffsetsPartitionResponse.oldStyleOffsets');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int64();
  return a;
}
