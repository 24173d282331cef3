// Generated from Kafka's EndTxnRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * EndTxn request (API key 26): commits or aborts the ongoing transaction.
 */
// v0-v5, flexible from v3; v5 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface EndTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  committed: boolean;
}

export const EndTxnRequest = {
  apiKey: 26,
  name: 'EndTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: EndTxnRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('EndTxnRequest', version, 0, 5);
    encodeEndTxnRequest(w, m, version);
  },
  decode(r: Reader, version: number): EndTxnRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('EndTxnRequest', version, 0, 5);
    return decodeEndTxnRequest(r, version);
  },
} as const;

function encodeEndTxnRequest(w: Writer, m: EndTxnRequest, v: number): void {
  if (v >= 3) {
    w.compactString(m.transactionalId);
  } else {
    w.string(m.transactionalId);
  }
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.committed);
  if (v >= 3) w.uvarint(0);
}

function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const m: EndTxnRequest = {
    transactionalId: v >= 3 ? r.compactString() : r.string(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    committed: r.bool(),
  };
  if (v >= 3) r.taggedFields();
  return m;
}
