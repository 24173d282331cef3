// Generated from Kafka's RequestHeader.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * The header in front of every request: API key and version, correlation id and client id.
 * Version 0 (no client id) is only used by ControlledShutdown v0; version 2 adds a tagged-field
 * section, but the client id keeps its classic encoding so any broker can read the header.
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface RequestHeader {
  requestApiKey: number;
  requestApiVersion: number;
  correlationId: number;
  clientId?: string | null; // v1+, nullable
}

export const RequestHeader = {
  name: 'RequestHeader',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: RequestHeader, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RequestHeader', version, 0, 2);
    encodeRequestHeader(w, m, version);
  },
  decode(r: Reader, version: number): RequestHeader {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('RequestHeader', version, 0, 2);
    return decodeRequestHeader(r, version);
  },
} as const;

function encodeRequestHeader(w: Writer, m: RequestHeader, v: number): void {
  w.int16(m.requestApiKey);
  w.int16(m.requestApiVersion);
  w.int32(m.correlationId);
  if (v >= 1) {
    const _clientId = m.clientId === undefined ? '' : m.clientId;
    w.string(_clientId);
  }
  if (v === 2) w.uvarint(0);
}

function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  const m: RequestHeader = {
    requestApiKey: r.int16(),
    requestApiVersion: r.int16(),
    correlationId: r.int32(),
    clientId: v >= 1 ? r.nullableString() : '',
  };
  if (v === 2) r.taggedFields();
  return m;
}
