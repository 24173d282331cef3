// Generated from Kafka's DescribeTransactionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeTransactions request (API key 65): describes transactions by transactional id.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeTransactionsRequest {
  transactionalIds: string[];
}

export const DescribeTransactionsRequest = {
  apiKey: 65,
  name: 'DescribeTransactions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeTransactionsRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTransactionsRequest', version, 0, 0);
    encodeDescribeTransactionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeTransactionsRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTransactionsRequest', version, 0, 0);
    return decodeDescribeTransactionsRequest(r, version);
  },
} as const;

function encodeDescribeTransactionsRequest(w: Writer, m: DescribeTransactionsRequest, v: number): void {
  encodeDescribeTransactionsRequest_transactionalIds(w, m.transactionalIds, v);
  w.uvarint(0);
}

function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  const m: DescribeTransactionsRequest = {
    transactionalIds: decodeDescribeTransactionsRequest_transactionalIds(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTransactionsRequest_transactionalIds(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeDescribeTransactionsRequest_transactionalIds(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTransactionsRequest.transactionalIds');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}
