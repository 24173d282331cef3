// Generated from Kafka's JoinGroupRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * JoinGroup request (API key 11): joins a classic consumer group; the coordinator elects a
 * leader and starts a new generation.
 */
// v0-v9, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  type Encodable,
} from '../codegen/runtime.js';

export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs?: number; // v1+, default -1
  memberId: string;
  groupInstanceId?: string | null; // v5+, nullable, default null
  protocolType: string;
  protocols: JoinGroupRequestProtocol[];
  reason?: string | null; // v8+, nullable, default null
}

/** An entry of `JoinGroupRequest.protocols` (JSON `JoinGroupRequestProtocol`). */
export interface JoinGroupRequestProtocol {
  name: string;
  metadata: Buffer;
}

export const JoinGroupRequest = {
  apiKey: 11,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  flexibleFrom: 6,
  /** Writes the message in `version`; bytes fields accept any Uint8Array. */
  encode(w: Writer, m: Encodable<JoinGroupRequest>, version: number): void {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('JoinGroupRequest', version, 0, 9);
    encodeJoinGroupRequest(w, m as JoinGroupRequest, version);
  },
  decode(r: Reader, version: number): JoinGroupRequest {
    if (version < 0 || version > 9) throw new UnsupportedVersionError('JoinGroupRequest', version, 0, 9);
    return decodeJoinGroupRequest(r, version);
  },
} as const;

function encodeJoinGroupRequest(w: Writer, m: JoinGroupRequest, v: number): void {
  if (v >= 6) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  w.int32(m.sessionTimeoutMs);
  if (v >= 1) w.int32(m.rebalanceTimeoutMs ?? -1);
  if (v >= 6) {
    w.compactString(m.memberId);
  } else {
    w.string(m.memberId);
  }
  if (v >= 5) {
    const _groupInstanceId = m.groupInstanceId ?? null;
    if (v >= 6) {
      w.compactString(_groupInstanceId);
    } else {
      w.string(_groupInstanceId);
    }
  }
  if (v >= 6) {
    w.compactString(m.protocolType);
  } else {
    w.string(m.protocolType);
  }
  encodeJoinGroupRequest_protocols(w, m.protocols, v);
  if (v >= 8) {
    const _reason = m.reason ?? null;
    w.compactString(_reason);
  }
  if (v >= 6) w.uvarint(0);
}

function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const m: JoinGroupRequest = {
    groupId: v >= 6 ? r.compactString() : r.string(),
    sessionTimeoutMs: r.int32(),
    rebalanceTimeoutMs: v >= 1 ? r.int32() : -1,
    memberId: v >= 6 ? r.compactString() : r.string(),
    groupInstanceId: v >= 5 ? (v >= 6 ? r.compactNullableString() : r.nullableString()) : null,
    protocolType: v >= 6 ? r.compactString() : r.string(),
    protocols: decodeJoinGroupRequest_protocols(r, v),
    reason: v >= 8 ? r.compactNullableString() : null,
  };
  if (v >= 6) r.taggedFields();
  return m;
}

function encodeJoinGroupRequest_protocols(w: Writer, a: JoinGroupRequestProtocol[], v: number): void {
  if (v >= 6) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocol(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocol(w, a[i]!, v);
  }
}

function decodeJoinGroupRequest_protocols(r: Reader, v: number): JoinGroupRequestProtocol[] {
  const n = v >= 6 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('JoinGroupRequest.protocols');
  const a = new Array<JoinGroupRequestProtocol>(n);
  for (let i = 0; i < n; i++) a[i] = decodeJoinGroupRequestProtocol(r, v);
  return a;
}

function encodeJoinGroupRequestProtocol(w: Writer, m: JoinGroupRequestProtocol, v: number): void {
  if (v >= 6) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v >= 6) {
    w.compactBytes(m.metadata);
  } else {
    w.bytes(m.metadata);
  }
  if (v >= 6) w.uvarint(0);
}

function decodeJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const m: JoinGroupRequestProtocol = {
    name: v >= 6 ? r.compactString() : r.string(),
    metadata: v >= 6 ? r.compactBytes() : r.bytes(),
  };
  if (v >= 6) r.taggedFields();
  return m;
}
