// Generated from Kafka's ConsumerGroupDescribeRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ConsumerGroupDescribe request (API key 69): describes consumer groups of the new protocol
 * (KIP-848).
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ConsumerGroupDescribeRequest {
  groupIds: string[];
  includeAuthorizedOperations: boolean;
}

export const ConsumerGroupDescribeRequest = {
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: ConsumerGroupDescribeRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ConsumerGroupDescribeRequest', version, 0, 0);
    encodeConsumerGroupDescribeRequest(w, m, version);
  },
  decode(r: Reader, version: number): ConsumerGroupDescribeRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('ConsumerGroupDescribeRequest', version, 0, 0);
    return decodeConsumerGroupDescribeRequest(r, version);
  },
} as const;

function encodeConsumerGroupDescribeRequest(w: Writer, m: ConsumerGroupDescribeRequest, v: number): void {
  encodeConsumerGroupDescribeRequest_groupIds(w, m.groupIds, v);
  w.bool(m.includeAuthorizedOperations);
  w.uvarint(0);
}

function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  const m: ConsumerGroupDescribeRequest = {
    groupIds: decodeConsumerGroupDescribeRequest_groupIds(r, v),
    includeAuthorizedOperations: r.bool(),
  };
  r.taggedFields();
  return m;
}

function encodeConsumerGroupDescribeRequest_groupIds(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeConsumerGroupDescribeRequest_groupIds(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ConsumerGroupDescribeRequest.groupIds');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
