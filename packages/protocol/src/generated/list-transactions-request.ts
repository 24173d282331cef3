// Generated from Kafka's ListTransactionsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListTransactions request (API key 66): lists transactions known to the transaction
 * coordinators, with filters.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListTransactionsRequest {
  stateFilters: string[];
  producerIdFilters: number[];
  durationFilter?: number; // v1, default -1
}

export const ListTransactionsRequest = {
  apiKey: 66,
  name: 'ListTransactions',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: ListTransactionsRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ListTransactionsRequest', version, 0, 1);
    encodeListTransactionsRequest(w, m, version);
  },
  decode(r: Reader, version: number): ListTransactionsRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ListTransactionsRequest', version, 0, 1);
    return decodeListTransactionsRequest(r, version);
  },
} as const;

function encodeListTransactionsRequest(w: Writer, m: ListTransactionsRequest, v: number): void {
  encodeListTransactionsRequest_stateFilters(w, m.stateFilters, v);
  encodeListTransactionsRequest_producerIdFilters(w, m.producerIdFilters, v);
  if (v === 1) w.int64(m.durationFilter ?? -1);
  w.uvarint(0);
}

function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  const m: ListTransactionsRequest = {
    stateFilters: decodeListTransactionsRequest_stateFilters(r, v),
    producerIdFilters: decodeListTransactionsRequest_producerIdFilters(r, v),
    durationFilter: v === 1 ? r.int64() : -1,
  };
  r.taggedFields();
  return m;
}

function encodeListTransactionsRequest_stateFilters(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeListTransactionsRequest_stateFilters(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListTransactionsRequest.stateFilters');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeListTransactionsRequest_producerIdFilters(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int64(a[i]!);
}

function decodeListTransactionsRequest_producerIdFilters(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListTransactionsRequest.producerIdFilters');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int64();
  return a;
}
