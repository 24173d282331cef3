// Generated from Kafka's ListClientMetricsResourcesRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListClientMetricsResources request (API key 74): lists the client metrics subscriptions
 * configured on the cluster.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface ListClientMetricsResourcesRequest {
}

export const ListClientMetricsResourcesRequest = {
  apiKey: 74,
  name: 'ListClientMetricsResources',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ListClientMetricsResourcesRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListClientMetricsResourcesRequest', version, 0, 0);
    encodeListClientMetricsResourcesRequest(w, m, version);
  },
  decode(r: Reader, version: number): ListClientMetricsResourcesRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListClientMetricsResourcesRequest', version, 0, 0);
    return decodeListClientMetricsResourcesRequest(r, version);
  },
} as const;

function encodeListClientMetricsResourcesRequest(w: Writer, _m: ListClientMetricsResourcesRequest, _v: number): void {
  w.uvarint(0);
}

function decodeListClientMetricsResourcesRequest(r: Reader, _v: number): ListClientMetricsResourcesRequest {
  const m: ListClientMetricsResourcesRequest = {
  };
  r.taggedFields();
  return m;
}
