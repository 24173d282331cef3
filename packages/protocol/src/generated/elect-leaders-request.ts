// Generated from Kafka's ElectLeadersRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ElectLeaders request (API key 43): triggers preferred or unclean leader election for
 * partitions.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface ElectLeadersRequest {
  electionType?: number; // v1+
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null; // nullable
  timeoutMs: number; // default 60000
}

/** An entry of `ElectLeadersRequest.topicPartitions` (JSON `TopicPartitions`). */
export interface ElectLeadersRequestTopicPartitions {
  topic: string;
  partitions: number[];
}

export const ElectLeadersRequest = {
  apiKey: 43,
  name: 'ElectLeaders',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: ElectLeadersRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ElectLeadersRequest', version, 0, 2);
    encodeElectLeadersRequest(w, m, version);
  },
  decode(r: Reader, version: number): ElectLeadersRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ElectLeadersRequest', version, 0, 2);
    return decodeElectLeadersRequest(r, version);
  },
} as const;

function encodeElectLeadersRequest(w: Writer, m: ElectLeadersRequest, v: number): void {
  if (v >= 1) w.int8(m.electionType ?? 0);
  encodeElectLeadersRequest_topicPartitions(w, m.topicPartitions, v);
  w.int32(m.timeoutMs);
  if (v === 2) w.uvarint(0);
}

function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const m: ElectLeadersRequest = {
    electionType: v >= 1 ? r.int8() : 0,
    topicPartitions: decodeElectLeadersRequest_topicPartitions(r, v),
    timeoutMs: r.int32(),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeElectLeadersRequest_topicPartitions(w: Writer, a: ElectLeadersRequestTopicPartitions[] | null, v: number): void {
  if (a === null) {
    if (v === 2) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeElectLeadersRequestTopicPartitions(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeElectLeadersRequestTopicPartitions(w, a[i]!, v);
  }
}

function decodeElectLeadersRequest_topicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitions[] | null {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<ElectLeadersRequestTopicPartitions>(n);
  for (let i = 0; i < n; i++) a[i] = decodeElectLeadersRequestTopicPartitions(r, v);
  return a;
}

function encodeElectLeadersRequestTopicPartitions(w: Writer, m: ElectLeadersRequestTopicPartitions, v: number): void {
  if (v === 2) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeElectLeadersRequestTopicPartitions_partitions(w, m.partitions, v);
  if (v === 2) w.uvarint(0);
}

function decodeElectLeadersRequestTopicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitions {
  const m: ElectLeadersRequestTopicPartitions = {
    topic: v === 2 ? r.compactString() : r.string(),
    partitions: decodeElectLeadersRequestTopicPartitions_partitions(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeElectLeadersRequestTopicPartitions_partitions(w: Writer, a: number[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeElectLeadersRequestTopicPartitions_partitions(r: Reader, v: number): number[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ElectLeadersRequestTopicPartitions.partitions');
  const a = new Array<number>(n);
  if (v === 2) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
