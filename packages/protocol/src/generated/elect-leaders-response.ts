// Generated from Kafka's ElectLeadersResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ElectLeaders response (API key 43): triggers preferred or unclean leader election for
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

export interface ElectLeadersResponse {
  throttleTimeMs: number;
  errorCode?: number; // v1+
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
}

/** An entry of `ElectLeadersResponse.replicaElectionResults` (JSON `ReplicaElectionResult`). */
export interface ElectLeadersResponseReplicaElectionResult {
  topic: string;
  partitionResult: ElectLeadersResponsePartitionResult[];
}

/** An entry of `ElectLeadersResponseReplicaElectionResult.partitionResult` (JSON `PartitionResult`). */
export interface ElectLeadersResponsePartitionResult {
  partitionId: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const ElectLeadersResponse = {
  apiKey: 43,
  name: 'ElectLeaders',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: ElectLeadersResponse, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ElectLeadersResponse', version, 0, 2);
    encodeElectLeadersResponse(w, m, version);
  },
  decode(r: Reader, version: number): ElectLeadersResponse {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('ElectLeadersResponse', version, 0, 2);
    return decodeElectLeadersResponse(r, version);
  },
} as const;

function encodeElectLeadersResponse(w: Writer, m: ElectLeadersResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  if (v >= 1) w.int16(m.errorCode ?? 0);
  encodeElectLeadersResponse_replicaElectionResults(w, m.replicaElectionResults, v);
  if (v === 2) w.uvarint(0);
}

function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const m: ElectLeadersResponse = {
    throttleTimeMs: r.int32(),
    errorCode: v >= 1 ? r.int16() : 0,
    replicaElectionResults: decodeElectLeadersResponse_replicaElectionResults(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeElectLeadersResponse_replicaElectionResults(w: Writer, a: ElectLeadersResponseReplicaElectionResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeElectLeadersResponseReplicaElectionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeElectLeadersResponseReplicaElectionResult(w, a[i]!, v);
  }
}

function decodeElectLeadersResponse_replicaElectionResults(r: Reader, v: number): ElectLeadersResponseReplicaElectionResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ElectLeadersResponse.replicaElectionResults');
  const a = new Array<ElectLeadersResponseReplicaElectionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeElectLeadersResponseReplicaElectionResult(r, v);
  return a;
}

function encodeElectLeadersResponseReplicaElectionResult(w: Writer, m: ElectLeadersResponseReplicaElectionResult, v: number): void {
  if (v === 2) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeElectLeadersResponseReplicaElectionResult_partitionResult(w, m.partitionResult, v);
  if (v === 2) w.uvarint(0);
}

function decodeElectLeadersResponseReplicaElectionResult(r: Reader, v: number): ElectLeadersResponseReplicaElectionResult {
  const m: ElectLeadersResponseReplicaElectionResult = {
    topic: v === 2 ? r.compactString() : r.string(),
    partitionResult: decodeElectLeadersResponseReplicaElectionResult_partitionResult(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeElectLeadersResponseReplicaElectionResult_partitionResult(w: Writer, a: ElectLeadersResponsePartitionResult[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeElectLeadersResponsePartitionResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeElectLeadersResponsePartitionResult(w, a[i]!, v);
  }
}

function decodeElectLeadersResponseReplicaElectionResult_partitionResult(r: Reader, v: number): ElectLeadersResponsePartitionResult[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ElectLeadersResponseReplicaElectionResult.partitionResult');
  const a = new Array<ElectLeadersResponsePartitionResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeElectLeadersResponsePartitionResult(r, v);
  return a;
}

function encodeElectLeadersResponsePartitionResult(w: Writer, m: ElectLeadersResponsePartitionResult, v: number): void {
  w.int32(m.partitionId);
  w.int16(m.errorCode);
  if (v === 2) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  if (v === 2) w.uvarint(0);
}

function decodeElectLeadersResponsePartitionResult(r: Reader, v: number): ElectLeadersResponsePartitionResult {
  const m: ElectLeadersResponsePartitionResult = {
    partitionId: r.int32(),
    errorCode: r.int16(),
    errorMessage: v === 2 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
