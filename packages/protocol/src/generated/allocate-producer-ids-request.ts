// Generated from Kafka's AllocateProducerIdsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AllocateProducerIds request (API key 67): a broker obtains a block of producer ids from the
 * controller.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface AllocateProducerIdsRequest {
  brokerId: number;
  brokerEpoch: number; // default -1
}

export const AllocateProducerIdsRequest = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AllocateProducerIdsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AllocateProducerIdsRequest', version, 0, 0);
    encodeAllocateProducerIdsRequest(w, m, version);
  },
  decode(r: Reader, version: number): AllocateProducerIdsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AllocateProducerIdsRequest', version, 0, 0);
    return decodeAllocateProducerIdsRequest(r, version);
  },
} as const;

function encodeAllocateProducerIdsRequest(w: Writer, m: AllocateProducerIdsRequest, _v: number): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

function decodeAllocateProducerIdsRequest(r: Reader, _v: number): AllocateProducerIdsRequest {
  const m: AllocateProducerIdsRequest = {
    brokerId: r.int32(),
    brokerEpoch: r.int64(),
  };
  r.taggedFields();
  return m;
}
