// Generated from Kafka's DescribeClusterResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeCluster response (API key 60): describes the cluster: id, controller and brokers (an
 * admin alternative to Metadata).
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeClusterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable, default null
  endpointType?: number; // v1, default 1
  clusterId: string;
  controllerId: number; // default -1
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  clusterAuthorizedOperations: number; // default -2147483648
}

/** An entry of `DescribeClusterResponse.brokers` (JSON `DescribeClusterBroker`). */
export interface DescribeClusterResponseDescribeClusterBroker {
  brokerId: number;
  host: string;
  port: number;
  rack: string | null; // nullable, default null
}

export const DescribeClusterResponse = {
  apiKey: 60,
  name: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeClusterResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClusterResponse', version, 0, 1);
    encodeDescribeClusterResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeClusterResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClusterResponse', version, 0, 1);
    return decodeDescribeClusterResponse(r, version);
  },
} as const;

function encodeDescribeClusterResponse(w: Writer, m: DescribeClusterResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  if (v === 1) w.int8(m.endpointType ?? 1);
  w.compactString(m.clusterId);
  w.int32(m.controllerId);
  encodeDescribeClusterResponse_brokers(w, m.brokers, v);
  w.int32(m.clusterAuthorizedOperations);
  w.uvarint(0);
}

function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const m: DescribeClusterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
    endpointType: v === 1 ? r.int8() : 1,
    clusterId: r.compactString(),
    controllerId: r.int32(),
    brokers: decodeDescribeClusterResponse_brokers(r, v),
    clusterAuthorizedOperations: r.int32(),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeClusterResponse_brokers(w: Writer, a: DescribeClusterResponseDescribeClusterBroker[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeClusterResponseDescribeClusterBroker(w, a[i]!, v);
}

function decodeDescribeClusterResponse_brokers(r: Reader, v: number): DescribeClusterResponseDescribeClusterBroker[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeClusterResponse.brokers');
  const a = new Array<DescribeClusterResponseDescribeClusterBroker>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeClusterResponseDescribeClusterBroker(r, v);
  return a;
}

function encodeDescribeClusterResponseDescribeClusterBroker(w: Writer, m: DescribeClusterResponseDescribeClusterBroker, _v: number): void {
  w.int32(m.brokerId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactString(m.rack);
  w.uvarint(0);
}

function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, _v: number): DescribeClusterResponseDescribeClusterBroker {
  const m: DescribeClusterResponseDescribeClusterBroker = {
    brokerId: r.int32(),
    host: r.compactString(),
    port: r.int32(),
    rack: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
