// Generated from Kafka's WriteTxnMarkersRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * WriteTxnMarkers request (API key 27): transaction coordinator to partition leader: writes
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

export interface WriteTxnMarkersRequest {
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
}

/** An entry of `WriteTxnMarkersRequest.markers` (JSON `WritableTxnMarker`). */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  producerId: number;
  producerEpoch: number;
  transactionResult: boolean;
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  coordinatorEpoch: number;
}

/** An entry of `WriteTxnMarkersRequestWritableTxnMarker.topics` (JSON `WritableTxnMarkerTopic`). */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  name: string;
  partitionIndexes: number[];
}

export const WriteTxnMarkersRequest = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: WriteTxnMarkersRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('WriteTxnMarkersRequest', version, 0, 1);
    encodeWriteTxnMarkersRequest(w, m, version);
  },
  decode(r: Reader, version: number): WriteTxnMarkersRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('WriteTxnMarkersRequest', version, 0, 1);
    return decodeWriteTxnMarkersRequest(r, version);
  },
} as const;

function encodeWriteTxnMarkersRequest(w: Writer, m: WriteTxnMarkersRequest, v: number): void {
  encodeWriteTxnMarkersRequest_markers(w, m.markers, v);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  const m: WriteTxnMarkersRequest = {
    markers: decodeWriteTxnMarkersRequest_markers(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersRequest_markers(w: Writer, a: WriteTxnMarkersRequestWritableTxnMarker[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarker(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarker(w, a[i]!, v);
  }
}

function decodeWriteTxnMarkersRequest_markers(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarker[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersRequest.markers');
  const a = new Array<WriteTxnMarkersRequestWritableTxnMarker>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteTxnMarkersRequestWritableTxnMarker(r, v);
  return a;
}

function encodeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, m: WriteTxnMarkersRequestWritableTxnMarker, v: number): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.transactionResult);
  encodeWriteTxnMarkersRequestWritableTxnMarker_topics(w, m.topics, v);
  w.int32(m.coordinatorEpoch);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarker {
  const m: WriteTxnMarkersRequestWritableTxnMarker = {
    producerId: r.int64(),
    producerEpoch: r.int16(),
    transactionResult: r.bool(),
    topics: decodeWriteTxnMarkersRequestWritableTxnMarker_topics(r, v),
    coordinatorEpoch: r.int32(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersRequestWritableTxnMarker_topics(w: Writer, a: WriteTxnMarkersRequestWritableTxnMarkerTopic[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, a[i]!, v);
  }
}

function decodeWriteTxnMarkersRequestWritableTxnMarker_topics(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerTopic[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersRequestWritableTxnMarker.topics');
  const a = new Array<WriteTxnMarkersRequestWritableTxnMarkerTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r, v);
  return a;
}

function encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, m: WriteTxnMarkersRequestWritableTxnMarkerTopic, v: number): void {
  if (v === 1) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeWriteTxnMarkersRequestWritableTxnMarkerTopic_partitionIndexes(w, m.partitionIndexes, v);
  if (v === 1) w.uvarint(0);
}

function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const m: WriteTxnMarkersRequestWritableTxnMarkerTopic = {
    name: v === 1 ? r.compactString() : r.string(),
    partitionIndexes: decodeWriteTxnMarkersRequestWritableTxnMarkerTopic_partitionIndexes(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeWriteTxnMarkersRequestWritableTxnMarkerTopic_partitionIndexes(w: Writer, a: number[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic_partitionIndexes(r: Reader, v: number): number[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('WriteTxnMarkersRequestWritableTxnMarkerTopic.partitionIndexes');
  const a = new Array<number>(n);
  if (v === 1) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
