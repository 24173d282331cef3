// Generated from Kafka's ResponseHeader.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * The header in front of every response: the correlation id of the request, plus a tagged-field
 * section in version 1.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ResponseHeader {
  correlationId: number;
}

export const ResponseHeader = {
  name: 'ResponseHeader',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: ResponseHeader, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ResponseHeader', version, 0, 1);
    encodeResponseHeader(w, m, version);
  },
  decode(r: Reader, version: number): ResponseHeader {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ResponseHeader', version, 0, 1);
    return decodeResponseHeader(r, version);
  },
} as const;

function encodeResponseHeader(w: Writer, m: ResponseHeader, v: number): void {
  w.int32(m.correlationId);
  if (v === 1) w.uvarint(0);
}

function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  const m: ResponseHeader = {
    correlationId: r.int32(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
