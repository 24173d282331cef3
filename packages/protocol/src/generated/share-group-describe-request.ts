// Generated from Kafka's ShareGroupDescribeRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ShareGroupDescribe request (API key 77): describes share groups (KIP-932).
 */
// v0 only, flexible in all versions; v0 is unstable (still being designed)

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ShareGroupDescribeRequest {
  groupIds: string[];
  includeAuthorizedOperations: boolean;
}

export const ShareGroupDescribeRequest = {
  apiKey: 77,
  name: 'ShareGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ShareGroupDescribeRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupDescribeRequest', version, 0, 0);
    encodeShareGroupDescribeRequest(w, m, version);
  },
  decode(r: Reader, version: number): ShareGroupDescribeRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ShareGroupDescribeRequest', version, 0, 0);
    return decodeShareGroupDescribeRequest(r, version);
  },
} as const;

function encodeShareGroupDescribeRequest(w: Writer, m: ShareGroupDescribeRequest, v: number): void {
  encodeShareGroupDescribeRequest_groupIds(w, m.groupIds, v);
  w.bool(m.includeAuthorizedOperations);
  w.uvarint(0);
}

function decodeShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  const m: ShareGroupDescribeRequest = {
    groupIds: decodeShareGroupDescribeRequest_groupIds(r, v),
    includeAuthorizedOperations: r.bool(),
  };
  r.taggedFields();
  return m;
}

function encodeShareGroupDescribeRequest_groupIds(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeShareGroupDescribeRequest_groupIds(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ShareGroupDescribeRequest.groupIds');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
