// Generated from Kafka's EndTxnResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * EndTxn response (API key 26): commits or aborts the ongoing transaction.
 */
// v0-v5, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface EndTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId?: number; // v5, default -1
  producerEpoch?: number; // v5, default -1
}

export const EndTxnResponse = {
  apiKey: 26,
  name: 'EndTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: EndTxnResponse, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('EndTxnResponse', version, 0, 5);
    encodeEndTxnResponse(w, m, version);
  },
  decode(r: Reader, version: number): EndTxnResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('EndTxnResponse', version, 0, 5);
    return decodeEndTxnResponse(r, version);
  },
} as const;

function encodeEndTxnResponse(w: Writer, m: EndTxnResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v === 5) w.int64(m.producerId ?? -1);
  if (v === 5) w.int16(m.producerEpoch ?? -1);
  if (v >= 3) w.uvarint(0);
}

function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const m: EndTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    producerId: v === 5 ? r.int64() : -1,
    producerEpoch: v === 5 ? r.int16() : -1,
  };
  if (v >= 3) r.taggedFields();
  return m;
}
