// Generated from Kafka's AddOffsetsToTxnResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddOffsetsToTxn response (API key 25): registers a group's offsets topic with the transaction
 * so offsets can be committed inside it.
 */
// v0-v4, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface AddOffsetsToTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export const AddOffsetsToTxnResponse = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: AddOffsetsToTxnResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('AddOffsetsToTxnResponse', version, 0, 4);
    encodeAddOffsetsToTxnResponse(w, m, version);
  },
  decode(r: Reader, version: number): AddOffsetsToTxnResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('AddOffsetsToTxnResponse', version, 0, 4);
    return decodeAddOffsetsToTxnResponse(r, version);
  },
} as const;

function encodeAddOffsetsToTxnResponse(w: Writer, m: AddOffsetsToTxnResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v >= 3) w.uvarint(0);
}

function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const m: AddOffsetsToTxnResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
