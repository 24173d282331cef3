// Generated from Kafka's ListTransactionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * ListTransactions response (API key 66): lists transactions known to the transaction
 * coordinators, with filters.
 */
// v0-v1, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface ListTransactionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: ListTransactionsResponseTransactionState[];
}

/** An entry of `ListTransactionsResponse.transactionStates` (JSON `TransactionState`). */
export interface ListTransactionsResponseTransactionState {
  transactionalId: string;
  producerId: number;
  transactionState: string;
}

export const ListTransactionsResponse = {
  apiKey: 66,
  name: 'ListTransactions',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 0,
  encode(w: Writer, m: ListTransactionsResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ListTransactionsResponse', version, 0, 1);
    encodeListTransactionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): ListTransactionsResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('ListTransactionsResponse', version, 0, 1);
    return decodeListTransactionsResponse(r, version);
  },
} as const;

function encodeListTransactionsResponse(w: Writer, m: ListTransactionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  encodeListTransactionsResponse_unknownStateFilters(w, m.unknownStateFilters, v);
  encodeListTransactionsResponse_transactionStates(w, m.transactionStates, v);
  w.uvarint(0);
}

function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  const m: ListTransactionsResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    unknownStateFilters: decodeListTransactionsResponse_unknownStateFilters(r, v),
    transactionStates: decodeListTransactionsResponse_transactionStates(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeListTransactionsResponse_unknownStateFilters(w: Writer, a: string[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
}

function decodeListTransactionsResponse_unknownStateFilters(r: Reader, _v: number): string[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListTransactionsResponse.unknownStateFilters');
  const a = new Array<string>(n);
  for (let i = 0; i < n; i++) a[i] = r.compactString();
  return a;
}

function encodeListTransactionsResponse_transactionStates(w: Writer, a: ListTransactionsResponseTransactionState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeListTransactionsResponseTransactionState(w, a[i]!, v);
}

function decodeListTransactionsResponse_transactionStates(r: Reader, v: number): ListTransactionsResponseTransactionState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('ListTransactionsResponse.transactionStates');
  const a = new Array<ListTransactionsResponseTransactionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeListTransactionsResponseTransactionState(r, v);
  return a;
}

function encodeListTransactionsResponseTransactionState(w: Writer, m: ListTransactionsResponseTransactionState, _v: number): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.compactString(m.transactionState);
  w.uvarint(0);
}

function decodeListTransactionsResponseTransactionState(r: Reader, _v: number): ListTransactionsResponseTransactionState {
  const m: ListTransactionsResponseTransactionState = {
    transactionalId: r.compactString(),
    producerId: r.int64(),
    transactionState: r.compactString(),
  };
  r.taggedFields();
  return m;
}
