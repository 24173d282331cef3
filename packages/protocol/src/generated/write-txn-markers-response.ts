// Generated from Kafka's WriteTxnMarkersResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * WriteTxnMarkers response (API key 27): transaction coordinator to partition leader: writes
 * commit/abort control markers.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface WriteTxnMarkersResponse {
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
}

/** An entry of `WriteTxnMarkersResponse.markers` (JSON `WritableTxnMarkerResult`). */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  producerId: number;
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
}

/** An entry of `WriteTxnMarkersResponseWritableTxnMarkerResult.topics` (JSON `WritableTxnMarkerTopicResult`). */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  name: string;
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
}

/** An entry of `WriteTxnMarkersResponseWritableTxnMarkerTopicResult.partitions` (JSON `WritableTxnMarkerPartitionResult`). */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

export const WriteTxnMarkersResponse = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: WriteTxnMarkersResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('WriteTxnMarkersResponse', version, 0, 1);
    encodeWriteTxnMarkersResponse(w, m, version);
  },
  decode(r: Reader, version: number): WriteTxnMarkersResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('WriteTxnMarkersResponse', version, 0, 1);
    return decodeWriteTxnMarkersResponse(r, version);
  },
} as const;

function encodeWriteTxnMarkersResponse(w: Writer, m: WriteTxnMarkersResponse, v: number): void {
  encodeWriteTxnMarkersResponse_markers(w, m.markers, v);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  const m: WriteTxnMarkersResponse = {
    markers: decodeWriteTxnMarkersResponse_markers(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersResponse_markers(w: Writer, a: WriteTxnMarkersResponseWritableTxnMarkerResult[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w, a[i]!, v);
  }
}

function decodeWriteTxnMarkersResponse_markers(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerResult[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersResponse.markers');
  const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r, v);
  return a;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerResult, v: number): void {
  w.int64(m.producerId);
  encodeWriteTxnMarkersResponseWritableTxnMarkerResult_topics(w, m.topics, v);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerResult = {
    producerId: r.int64(),
    topics: decodeWriteTxnMarkersResponseWritableTxnMarkerResult_topics(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerResult_topics(w: Writer, a: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, a[i]!, v);
  }
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerResult_topics(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersResponseWritableTxnMarkerResult.topics');
  const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, v);
  return a;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, v: number): void {
  if (v === 1) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_partitions(w, m.partitions, v);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = {
    name: v === 1 ? r.compactString() : r.string(),
    partitions: decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_partitions(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_partitions(w: Writer, a: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, a[i]!, v);
  }
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult_partitions(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersResponseWritableTxnMarkerTopicResult.partitions');
  const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerPartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, v);
  return a;
}

function encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, v: number): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = {
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
