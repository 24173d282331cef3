// Generated from Kafka's InitProducerIdResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * InitProducerId response (API key 22): obtains a producer id and epoch for an idempotent or
 * transactional producer.
 */
// v0-v5, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface InitProducerIdResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId: number; // default -1
  producerEpoch: number;
}

export const InitProducerIdResponse = {
  apiKey: 22,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 2,
  encode(w: Writer, m: InitProducerIdResponse, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('InitProducerIdResponse', version, 0, 5);
    encodeInitProducerIdResponse(w, m, version);
  },
  decode(r: Reader, version: number): InitProducerIdResponse {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('InitProducerIdResponse', version, 0, 5);
    return decodeInitProducerIdResponse(r, version);
  },
} as const;

function encodeInitProducerIdResponse(w: Writer, m: InitProducerIdResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (v >= 2) w.uvarint(0);
}

function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const m: InitProducerIdResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
