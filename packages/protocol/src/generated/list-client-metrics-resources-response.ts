// Generated from Kafka's ListClientMetricsResourcesResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListClientMetricsResources response (API key 74): lists the client metrics subscriptions
 * configured on the cluster.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListClientMetricsResourcesResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
}

/** An entry of `ListClientMetricsResourcesResponse.clientMetricsResources` (JSON `ClientMetricsResource`). */
export interface ListClientMetricsResourcesResponseClientMetricsResource {
  name: string;
}

export const ListClientMetricsResourcesResponse = {
  apiKey: 74,
  name: 'ListClientMetricsResources',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ListClientMetricsResourcesResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListClientMetricsResourcesResponse', version, 0, 0);
    encodeListClientMetricsResourcesResponse(w, m, version);
  },
  decode(r: Reader, version: number): ListClientMetricsResourcesResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ListClientMetricsResourcesResponse', version, 0, 0);
    return decodeListClientMetricsResourcesResponse(r, version);
  },
} as const;

function encodeListClientMetricsResourcesResponse(w: Writer, m: ListClientMetricsResourcesResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  encodeListClientMetricsResourcesResponse_clientMetricsResources(w, m.clientMetricsResources, v);
  w.uvarint(0);
}

function decodeListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  const m: ListClientMetricsResourcesResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    clientMetricsResources: decodeListClientMetricsResourcesResponse_clientMetricsResources(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListClientMetricsResourcesResponse_clientMetricsResources(w: Writer, a: ListClientMetricsResourcesResponseClientMetricsResource[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeListClientMetricsResourcesResponseClientMetricsResource(w, a[i]!, v);
}

function decodeListClientMetricsResourcesResponse_clientMetricsResources(r: Reader, v: number): ListClientMetricsResourcesResponseClientMetricsResource[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListClientMetricsResourcesResponse.clientMetricsResources');
  const a = new Array<ListClientMetricsResourcesResponseClientMetricsResource>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListClientMetricsResourcesResponseClientMetricsResource(r, v);
  return a;
}

function encodeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, m: ListClientMetricsResourcesResponseClientMetricsResource, _v: number): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function decodeListClientMetricsResourcesResponseClientMetricsResource(r: Reader, _v: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const m: ListClientMetricsResourcesResponseClientMetricsResource = {
    name: r.compactString(),
  };
  r.taggedFields();
  return m;
}
