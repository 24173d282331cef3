// Generated from Kafka's OffsetForLeaderEpochResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * OffsetForLeaderEpoch response (API key 23): finds the end offset of a leader epoch, used to
 * detect and truncate diverged logs.
 */
// v0-v4, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface OffsetForLeaderEpochResponse {
  throttleTimeMs?: number; // v2+
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
}

/** An entry of `OffsetForLeaderEpochResponse.topics` (JSON `OffsetForLeaderTopicResult`). */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  topic: string;
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
}

/** An entry of `OffsetForLeaderEpochResponseOffsetForLeaderTopicResult.partitions` (JSON `EpochEndOffset`). */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  errorCode: number;
  partition: number;
  leaderEpoch?: number; // v1+, default -1
  endOffset: number; // default -1
}

export const OffsetForLeaderEpochResponse = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: OffsetForLeaderEpochResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetForLeaderEpochResponse', version, 0, 4);
    encodeOffsetForLeaderEpochResponse(w, m, version);
  },
  decode(r: Reader, version: number): OffsetForLeaderEpochResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetForLeaderEpochResponse', version, 0, 4);
    return decodeOffsetForLeaderEpochResponse(r, version);
  },
} as const;

function encodeOffsetForLeaderEpochResponse(w: Writer, m: OffsetForLeaderEpochResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs ?? 0);
  encodeOffsetForLeaderEpochResponse_topics(w, m.topics, v);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const m: OffsetForLeaderEpochResponse = {
    throttleTimeMs: v >= 2 ? r.int32() : 0,
    topics: decodeOffsetForLeaderEpochResponse_topics(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeOffsetForLeaderEpochResponse_topics(w: Writer, a: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, a[i]!, v);
  }
}

function decodeOffsetForLeaderEpochResponse_topics(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetForLeaderEpochResponse.topics');
  const a = new Array<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, v);
  return a;
}

function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v: number): void {
  if (v === 4) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_partitions(w, m.partitions, v);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = {
    topic: v === 4 ? r.compactString() : r.string(),
    partitions: decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_partitions(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_partitions(w: Writer, a: OffsetForLeaderEpochResponseEpochEndOffset[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochResponseEpochEndOffset(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderEpochResponseEpochEndOffset(w, a[i]!, v);
  }
}

function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult_partitions(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('OffsetForLeaderEpochResponseOffsetForLeaderTopicResult.partitions');
  const a = new Array<OffsetForLeaderEpochResponseEpochEndOffset>(n);
  for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderEpochResponseEpochEndOffset(r, v);
  return a;
}

function encodeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, m: OffsetForLeaderEpochResponseEpochEndOffset, v: number): void {
  w.int16(m.errorCode);
  w.int32(m.partition);
  if (v >= 1) w.int32(m.leaderEpoch ?? -1);
  w.int64(m.endOffset);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const m: OffsetForLeaderEpochResponseEpochEndOffset = {
    errorCode: r.int16(),
    partition: r.int32(),
    leaderEpoch: v >= 1 ? r.int32() : -1,
    endOffset: r.int64(),
  };
  if (v === 4) r.taggedFields();
  return m;
}
