// Generated from Kafka's StopReplicaResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * StopReplica response (API key 5): ZooKeeper-era controller-to-broker command to stop (and
 * optionally delete) replicas.
 */
// v0-v4, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface StopReplicaResponse {
  errorCode: number;
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
}

/** An entry of `StopReplicaResponse.partitionErrors` (JSON `StopReplicaPartitionError`). */
export interface StopReplicaResponseStopReplicaPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: number;
}

export const StopReplicaResponse = {
  apiKey: 5,
  name: 'StopReplica',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  encode(w: Writer, m: StopReplicaResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('StopReplicaResponse', version, 0, 4);
    encodeStopReplicaResponse(w, m, version);
  },
  decode(r: Reader, version: number): StopReplicaResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('StopReplicaResponse', version, 0, 4);
    return decodeStopReplicaResponse(r, version);
  },
} as const;

function encodeStopReplicaResponse(w: Writer, m: StopReplicaResponse, v: number): void {
  w.int16(m.errorCode);
  encodeStopReplicaResponse_partitionErrors(w, m.partitionErrors, v);
  if (v >= 2) w.uvarint(0);
}

function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  const m: StopReplicaResponse = {
    errorCode: r.int16(),
    partitionErrors: decodeStopReplicaResponse_partitionErrors(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeStopReplicaResponse_partitionErrors(w: Writer, a: StopReplicaResponseStopReplicaPartitionError[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeStopReplicaResponseStopReplicaPartitionError(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaResponseStopReplicaPartitionError(w, a[i]!, v);
  }
}

function decodeStopReplicaResponse_partitionErrors(r: Reader, v: number): StopReplicaResponseStopReplicaPartitionError[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('StopReplicaResponse.partitionErrors');
  const a = new Array<StopReplicaResponseStopReplicaPartitionError>(n);
  for (let i = 0; i < n; i++) a[i] = decodeStopReplicaResponseStopReplicaPartitionError(r, v);
  return a;
}

function encodeStopReplicaResponseStopReplicaPartitionError(w: Writer, m: StopReplicaResponseStopReplicaPartitionError, v: number): void {
  if (v >= 2) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v >= 2) w.uvarint(0);
}

function decodeStopReplicaResponseStopReplicaPartitionError(r: Reader, v: number): StopReplicaResponseStopReplicaPartitionError {
  const m: StopReplicaResponseStopReplicaPartitionError = {
    topicName: v >= 2 ? r.compactString() : r.string(),
    partitionIndex: r.int32(),
    errorCode: r.int16(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
