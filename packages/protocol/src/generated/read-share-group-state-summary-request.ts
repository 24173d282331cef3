// Generated from Kafka's ReadShareGroupStateSummaryRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ReadShareGroupStateSummary request (API key 87): reads a summary of the persisted state of
 * share partitions (KIP-932).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ReadShareGroupStateSummaryRequest {
  groupId: string;
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
}

/** An entry of `ReadShareGroupStateSummaryRequest.topics` (JSON `ReadStateSummaryData`). */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  topicId: string;
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
}

/** An entry of `ReadShareGroupStateSummaryRequestReadStateSummaryData.partitions` (JSON `PartitionData`). */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  partition: number;
  leaderEpoch: number;
}

export const ReadShareGroupStateSummaryRequest = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ReadShareGroupStateSummaryRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateSummaryRequest', version, 0, 0);
    encodeReadShareGroupStateSummaryRequest(w, m, version);
  },
  decode(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ReadShareGroupStateSummaryRequest', version, 0, 0);
    return decodeReadShareGroupStateSummaryRequest(r, version);
  },
} as const;

function encodeReadShareGroupStateSummaryRequest(w: Writer, m: ReadShareGroupStateSummaryRequest, v: number): void {
  w.compactString(m.groupId);
  encodeReadShareGroupStateSummaryRequest_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  const m: ReadShareGroupStateSummaryRequest = {
    groupId: r.compactString(),
    topics: decodeReadShareGroupStateSummaryRequest_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateSummaryRequest_topics(w: Writer, a: ReadShareGroupStateSummaryRequestReadStateSummaryData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w, a[i]!, v);
}

function decodeReadShareGroupStateSummaryRequest_topics(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateSummaryRequest.topics');
  const a = new Array<ReadShareGroupStateSummaryRequestReadStateSummaryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r, v);
  return a;
}

function encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, m: ReadShareGroupStateSummaryRequestReadStateSummaryData, v: number): void {
  w.uuid(m.topicId);
  encodeReadShareGroupStateSummaryRequestReadStateSummaryData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const m: ReadShareGroupStateSummaryRequestReadStateSummaryData = {
    topicId: r.uuid(),
    partitions: decodeReadShareGroupStateSummaryRequestReadStateSummaryData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeReadShareGroupStateSummaryRequestReadStateSummaryData_partitions(w: Writer, a: ReadShareGroupStateSummaryRequestPartitionData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeReadShareGroupStateSummaryRequestPartitionData(w, a[i]!, v);
}

function decodeReadShareGroupStateSummaryRequestReadStateSummaryData_partitions(r: Reader, v: number): ReadShareGroupStateSummaryRequestPartitionData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ReadShareGroupStateSummaryRequestReadStateSummaryData.partitions');
  const a = new Array<ReadShareGroupStateSummaryRequestPartitionData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeReadShareGroupStateSummaryRequestPartitionData(r, v);
  return a;
}

function encodeReadShareGroupStateSummaryRequestPartitionData(w: Writer, m: ReadShareGroupStateSummaryRequestPartitionData, _v: number): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function decodeReadShareGroupStateSummaryRequestPartitionData(r: Reader, _v: number): ReadShareGroupStateSummaryRequestPartitionData {
  const m: ReadShareGroupStateSummaryRequestPartitionData = {
    partition: r.int32(),
    leaderEpoch: r.int32(),
  };
  r.taggedFields();
  return m;
}
