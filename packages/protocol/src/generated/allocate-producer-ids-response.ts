// Generated from Kafka's AllocateProducerIdsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AllocateProducerIds response (API key 67): a broker obtains a block of producer ids from the
 * controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface AllocateProducerIdsResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerIdStart: number;
  producerIdLen: number;
}

export const AllocateProducerIdsResponse = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AllocateProducerIdsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AllocateProducerIdsResponse', version, 0, 0);
    encodeAllocateProducerIdsResponse(w, m, version);
  },
  decode(r: Reader, version: number): AllocateProducerIdsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AllocateProducerIdsResponse', version, 0, 0);
    return decodeAllocateProducerIdsResponse(r, version);
  },
} as const;

function encodeAllocateProducerIdsResponse(w: Writer, m: AllocateProducerIdsResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerIdStart);
  w.int32(m.producerIdLen);
  w.uvarint(0);
}

function decodeAllocateProducerIdsResponse(r: Reader, _v: number): AllocateProducerIdsResponse {
  const m: AllocateProducerIdsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    producerIdStart: r.int64(),
    producerIdLen: r.int32(),
  };
  r.taggedFields();
  return m;
}
