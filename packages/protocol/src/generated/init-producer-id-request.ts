// Generated from Kafka's InitProducerIdRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * InitProducerId request (API key 22): obtains a producer id and epoch for an idempotent or
 * transactional producer.
 */
// v0-v5, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface InitProducerIdRequest {
  transactionalId: string | null; // nullable
  transactionTimeoutMs: number;
  producerId?: number; // v3+, default -1
  producerEpoch?: number; // v3+, default -1
}

export const InitProducerIdRequest = {
  apiKey: 22,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  encode(w: Writer, m: InitProducerIdRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('InitProducerIdRequest', version, 0, 5);
    encodeInitProducerIdRequest(w, m, version);
  },
  decode(r: Reader, version: number): InitProducerIdRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('InitProducerIdRequest', version, 0, 5);
    return decodeInitProducerIdRequest(r, version);
  },
} as const;

function encodeInitProducerIdRequest(w: Writer, m: InitProducerIdRequest, v: number): void {
  if (v >= 2) {
    w.compactString(m.transactionalId);
  } else {
    w.string(m.transactionalId);
  }
  w.int32(m.transactionTimeoutMs);
  if (v >= 3) w.int64(m.producerId ?? -1);
  if (v >= 3) w.int16(m.producerEpoch ?? -1);
  if (v >= 2) w.uvarint(0);
}

function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const m: InitProducerIdRequest = {
    transactionalId: v >= 2 ? r.compactNullableString() : r.nullableString(),
    transactionTimeoutMs: r.int32(),
    producerId: v >= 3 ? r.int64() : -1,
    producerEpoch: v >= 3 ? r.int16() : -1,
  };
  if (v >= 2) r.taggedFields();
  return m;
}
