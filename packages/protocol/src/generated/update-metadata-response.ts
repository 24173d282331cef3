// Generated from Kafka's UpdateMetadataResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * UpdateMetadata response (API key 6): ZooKeeper-era controller-to-broker push of the cluster
 * metadata cache.
 */
// v0-v8, flexible from v6

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface UpdateMetadataResponse {
  errorCode: number;
}

export const UpdateMetadataResponse = {
  apiKey: 6,
  name: 'UpdateMetadata',
  minVersion: 0,
  maxVersion: 8,
  flexibleFrom: 6,
  encode(w: Writer, m: UpdateMetadataResponse, version: number): void {
    if (version < 0 || version > 8) throw new UnsupportedVersionError('UpdateMetadataResponse', version, 0, 8);
    encodeUpdateMetadataResponse(w, m, version);
  },
  decode(r: Reader, version: number): UpdateMetadataResponse {
    if (version < 0 || version > 8) throw new UnsupportedVersionError('UpdateMetadataResponse', version, 0, 8);
    return decodeUpdateMetadataResponse(r, version);
  },
} as const;

function encodeUpdateMetadataResponse(w: Writer, m: UpdateMetadataResponse, v: number): void {
  w.int16(m.errorCode);
  if (v >= 6) w.uvarint(0);
}

function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  const m: UpdateMetadataResponse = {
    errorCode: r.int16(),
  };
  if (v >= 6) r.taggedFields();
  return m;
}
