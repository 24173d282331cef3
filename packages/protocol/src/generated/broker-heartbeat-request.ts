// Generated from Kafka's BrokerHeartbeatRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * BrokerHeartbeat request (API key 63): KRaft: a broker renews its registration lease and learns
 * whether it is fenced.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface BrokerHeartbeatRequest {
  brokerId: number;
  brokerEpoch: number; // default -1
  currentMetadataOffset: number;
  wantFence: boolean;
  wantShutDown: boolean;
  offlineLogDirs?: string[]; // v1, tag 0
}

export const BrokerHeartbeatRequest = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: BrokerHeartbeatRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BrokerHeartbeatRequest', version, 0, 1);
    encodeBrokerHeartbeatRequest(w, m, version);
  },
  decode(r: Reader, version: number): BrokerHeartbeatRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('BrokerHeartbeatRequest', version, 0, 1);
    return decodeBrokerHeartbeatRequest(r, version);
  },
} as const;

function encodeBrokerHeartbeatRequest(w: Writer, m: BrokerHeartbeatRequest, v: number): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.int64(m.currentMetadataOffset);
  w.bool(m.wantFence);
  w.bool(m.wantShutDown);
  let tagCount = 0;
  const tag_offlineLogDirs = m.offlineLogDirs;
  const has_offlineLogDirs = v === 1 && tag_offlineLogDirs !== undefined && tag_offlineLogDirs.length !== 0;
  if (has_offlineLogDirs) tagCount++;
  w.uvarint(tagCount);
  if (has_offlineLogDirs) {
    const tw = new Writer(64);
    encodeBrokerHeartbeatRequest_offlineLogDirs(tw, tag_offlineLogDirs, v);
    const tb = tw.toBuffer();
    w.uvarint(0).uvarint(tb.length).raw(tb);
  }
}

function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  const m: BrokerHeartbeatRequest = {
    brokerId: r.int32(),
    brokerEpoch: r.int64(),
    currentMetadataOffset: r.int64(),
    wantFence: r.bool(),
    wantShutDown: r.bool(),
    offlineLogDirs: [],
  };
  for (let i = 0, n = r.uvarint(); i < n; i++) {
    const tag = r.uvarint();
    const end = taggedFieldEnd(r);
    if (tag === 0 && v === 1) m.offlineLogDirs = decodeBrokerHeartbeatRequest_offlineLogDirs(r, v);
    else r.offset = end;
    if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'BrokerHeartbeatRequest');
  }
  return m;
}

function encodeBrokerHeartbeatRequest_offlineLogDirs(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.uuid(a[i]!);
}

function decodeBrokerHeartbeatRequest_offlineLogDirs(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('BrokerHeartbeatRequest.offlineLogDirs');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.uuid();
  return a;
}
