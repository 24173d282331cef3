// Generated from Kafka's ApiVersionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ApiVersions request (API key 18): negotiates versions: the broker answers with the version
 * range of every API it serves. The response is always readable at v0, so a client can learn the
 * broker's ranges even after sending a version the broker does not know.
 */
// v0-v4, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ApiVersionsRequest {
  clientSoftwareName?: string; // v3+
  clientSoftwareVersion?: string; // v3+
}

export const ApiVersionsRequest = {
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 3,
  encode(w: Writer, m: ApiVersionsRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('ApiVersionsRequest', version, 0, 4);
    encodeApiVersionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): ApiVersionsRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('ApiVersionsRequest', version, 0, 4);
    return decodeApiVersionsRequest(r, version);
  },
} as const;

function encodeApiVersionsRequest(w: Writer, m: ApiVersionsRequest, v: number): void {
  if (v >= 3) {
    const _clientSoftwareName = m.clientSoftwareName ?? '';
    w.compactString(_clientSoftwareName);
  }
  if (v >= 3) {
    const _clientSoftwareVersion = m.clientSoftwareVersion ?? '';
    w.compactString(_clientSoftwareVersion);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const m: ApiVersionsRequest = {
    clientSoftwareName: v >= 3 ? r.compactString() : '',
    clientSoftwareVersion: v >= 3 ? r.compactString() : '',
  };
  if (v >= 3) r.taggedFields();
  return m;
}
