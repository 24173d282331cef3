// Generated from Kafka's ControlledShutdownResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ControlledShutdown response (API key 7): asks the controller to move leadership away from a
 * broker that is about to stop.
 */
// v0-v3, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface ControlledShutdownResponse {
  errorCode: number;
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
}

/** An entry of `ControlledShutdownResponse.remainingPartitions` (JSON `RemainingPartition`). */
export interface ControlledShutdownResponseRemainingPartition {
  topicName: string;
  partitionIndex: number;
}

export const ControlledShutdownResponse = {
  apiKey: 7,
  name: 'ControlledShutdown',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 3,
  encode(w: Writer, m: ControlledShutdownResponse, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ControlledShutdownResponse', version, 0, 3);
    encodeControlledShutdownResponse(w, m, version);
  },
  decode(r: Reader, version: number): ControlledShutdownResponse {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('ControlledShutdownResponse', version, 0, 3);
    return decodeControlledShutdownResponse(r, version);
  },
} as const;

function encodeControlledShutdownResponse(w: Writer, m: ControlledShutdownResponse, v: number): void {
  w.int16(m.errorCode);
  encodeControlledShutdownResponse_remainingPartitions(w, m.remainingPartitions, v);
  if (v === 3) w.uvarint(0);
}

function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  const m: ControlledShutdownResponse = {
    errorCode: r.int16(),
    remainingPartitions: decodeControlledShutdownResponse_remainingPartitions(r, v),
  };
  if (v === 3) r.taggedFields();
  return m;
}

function encodeControlledShutdownResponse_remainingPartitions(w: Writer, a: ControlledShutdownResponseRemainingPartition[], v: number): void {
  if (v === 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeControlledShutdownResponseRemainingPartition(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeControlledShutdownResponseRemainingPartition(w, a[i]!, v);
  }
}

function decodeControlledShutdownResponse_remainingPartitions(r: Reader, v: number): ControlledShutdownResponseRemainingPartition[] {
  const n = v === 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('ControlledShutdownResponse.remainingPartitions');
  const a = new Array<ControlledShutdownResponseRemainingPartition>(n);
  for (let i = 0; i < n; i++) a[i] = decodeControlledShutdownResponseRemainingPartition(r, v);
  return a;
}

function encodeControlledShutdownResponseRemainingPartition(w: Writer, m: ControlledShutdownResponseRemainingPartition, v: number): void {
  if (v === 3) {
    w.compactString(m.topicName);
  } else {
    w.string(m.topicName);
  }
  w.int32(m.partitionIndex);
  if (v === 3) w.uvarint(0);
}

function decodeControlledShutdownResponseRemainingPartition(r: Reader, v: number): ControlledShutdownResponseRemainingPartition {
  const m: ControlledShutdownResponseRemainingPartition = {
    topicName: v === 3 ? r.compactString() : r.string(),
    partitionIndex: r.int32(),
  };
  if (v === 3) r.taggedFields();
  return m;
}
