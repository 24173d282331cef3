// Generated from Kafka's AddOffsetsToTxnRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddOffsetsToTxn request (API key 25): registers a group's offsets topic with the transaction
 * so offsets can be committed inside it.
 */
// v0-v4, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface AddOffsetsToTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  groupId: string;
}

export const AddOffsetsToTxnRequest = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: AddOffsetsToTxnRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('AddOffsetsToTxnRequest', version, 0, 4);
    encodeAddOffsetsToTxnRequest(w, m, version);
  },
  decode(r: Reader, version: number): AddOffsetsToTxnRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('AddOffsetsToTxnRequest', version, 0, 4);
    return decodeAddOffsetsToTxnRequest(r, version);
  },
} as const;

function encodeAddOffsetsToTxnRequest(w: Writer, m: AddOffsetsToTxnRequest, v: number): void {
  if (v >= 3) {
    w.compactString(m.transactionalId);
  } else {
    w.string(m.transactionalId);
  }
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (v >= 3) {
    w.compactString(m.groupId);
  } else {
    w.string(m.groupId);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const m: AddOffsetsToTxnRequest = {
    transactionalId: v >= 3 ? r.compactString() : r.string(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    groupId: v >= 3 ? r.compactString() : r.string(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
