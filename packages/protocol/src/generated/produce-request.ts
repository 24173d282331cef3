// Generated from Kafka's ProduceRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Produce request (API key 0): appends record batches to partition logs, waiting for the
 * requested acknowledgements.
 */
// v0-v11, flexible from v9

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface ProduceRequest {
  transactionalId?: string | null; // v3+, nullable, default null
  acks: number;
  timeoutMs: number;
  topicData: ProduceRequestTopicProduceData[];
}

/** An entry of `ProduceRequest.topicData` (JSON `TopicProduceData`). */
export interface ProduceRequestTopicProduceData {
  name: string;
  partitionData: ProduceRequestPartitionProduceData[];
}

/** An entry of `ProduceRequestTopicProduceData.partitionData` (JSON `PartitionProduceData`). */
export interface ProduceRequestPartitionProduceData {
  index: number;
  records: Buffer | null; // nullable
}

export const ProduceRequest = {
  apiKey: 0,
  name: 'Produce',
  minVersion: 0,
  maxVersion: 11,
  flexibleFrom: 9,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<ProduceRequest>, version: number): void {
    if (version < 0 || version > 11) throw new UnsupportedVersionError('ProduceRequest', version, 0, 11);
    encodeProduceRequest(w, m as ProduceRequest, version);
  },
  decode(r: Reader, version: number): ProduceRequest {
    if (version < 0 || version > 11) throw new UnsupportedVersionError('ProduceRequest', version, 0, 11);
    return decodeProduceRequest(r, version);
  },
} as const;

function encodeProduceRequest(w: Writer, m: ProduceRequest, v: number): void {
  if (v >= 3) {
    const _transactionalId = m.transactionalId ?? null;
    if (v >= 9) {
      w.compactString(_transactionalId);
    } else {
      w.string(_transactionalId);
    }
  }
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  encodeProduceRequest_topicData(w, m.topicData, v);
  if (v >= 9) w.uvarint(0);
}

function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  const m: ProduceRequest = {
    transactionalId: v >= 3 ? (v >= 9 ? r.compactNullableString() : r.nullableString()) : null,
    acks: r.int16(),
    timeoutMs: r.int32(),
    topicData: decodeProduceRequest_topicData(r, v),
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeProduceRequest_topicData(w: Writer, a: ProduceRequestTopicProduceData[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeProduceRequestTopicProduceData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeProduceRequestTopicProduceData(w, a[i]!, v);
  }
}

function decodeProduceRequest_topicData(r: Reader, v: number): ProduceRequestTopicProduceData[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ProduceRequest.topicData');
  const a = new Array<ProduceRequestTopicProduceData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceRequestTopicProduceData(r, v);
  return a;
}

function encodeProduceRequestTopicProduceData(w: Writer, m: ProduceRequestTopicProduceData, v: number): void {
  if (v >= 9) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeProduceRequestTopicProduceData_partitionData(w, m.partitionData, v);
  if (v >= 9) w.uvarint(0);
}

function decodeProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  const m: ProduceRequestTopicProduceData = {
    name: v >= 9 ? r.compactString() : r.string(),
    partitionData: decodeProduceRequestTopicProduceData_partitionData(r, v),
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeProduceRequestTopicProduceData_partitionData(w: Writer, a: ProduceRequestPartitionProduceData[], v: number): void {
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeProduceRequestPartitionProduceData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeProduceRequestPartitionProduceData(w, a[i]!, v);
  }
}

function decodeProduceRequestTopicProduceData_partitionData(r: Reader, v: number): ProduceRequestPartitionProduceData[] {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ProduceRequestTopicProduceData.partitionData');
  const a = new Array<ProduceRequestPartitionProduceData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeProduceRequestPartitionProduceData(r, v);
  return a;
}

function encodeProduceRequestPartitionProduceData(w: Writer, m: ProduceRequestPartitionProduceData, v: number): void {
  w.int32(m.index);
  if (v >= 9) {
    w.compactBytes(m.records);
  } else {
    w.bytes(m.records);
  }
  if (v >= 9) w.uvarint(0);
}

function decodeProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceData {
  const m: ProduceRequestPartitionProduceData = {
    index: r.int32(),
    records: v >= 9 ? r.compactNullableBytes() : r.nullableBytes(),
  };
  if (v >= 9) r.taggedFields();
  return m;
}
