// Generated from Kafka's DescribeClusterRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeCluster request (API key 60): describes the cluster: id, controller and brokers (an
 * admin alternative to Metadata).
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface DescribeClusterRequest {
  includeClusterAuthorizedOperations: boolean;
  endpointType?: number; // v1, default 1
}

export const DescribeClusterRequest = {
  apiKey: 60,
  name: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeClusterRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClusterRequest', version, 0, 1);
    encodeDescribeClusterRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeClusterRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClusterRequest', version, 0, 1);
    return decodeDescribeClusterRequest(r, version);
  },
} as const;

function encodeDescribeClusterRequest(w: Writer, m: DescribeClusterRequest, v: number): void {
  w.bool(m.includeClusterAuthorizedOperations);
  if (v === 1) w.int8(m.endpointType ?? 1);
  w.uvarint(0);
}

function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  const m: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: r.bool(),
    endpointType: v === 1 ? r.int8() : 1,
  };
  r.taggedFields();
  return m;
}
