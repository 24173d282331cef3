// Generated from Kafka's DescribeTransactionsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeTransactions response (API key 65): describes transactions by transactional id.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError, compactArrayLength, nullArrayError } from '../codegen/runtime.js';

export interface DescribeTransactionsResponse {
  throttleTimeMs: number;
  transactionStates: DescribeTransactionsResponseTransactionState[];
}

/** An entry of `DescribeTransactionsResponse.transactionStates` (JSON `TransactionState`). */
export interface DescribeTransactionsResponseTransactionState {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: number;
  producerId: number;
  producerEpoch: number;
  topics: DescribeTransactionsResponseTopicData[];
}

/** An entry of `DescribeTransactionsResponseTransactionState.topics` (JSON `TopicData`). */
export interface DescribeTransactionsResponseTopicData {
  topic: string;
  partitions: number[];
}

export const DescribeTransactionsResponse = {
  apiKey: 65,
  name: 'DescribeTransactions',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DescribeTransactionsResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTransactionsResponse', version, 0, 0);
    encodeDescribeTransactionsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeTransactionsResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DescribeTransactionsResponse', version, 0, 0);
    return decodeDescribeTransactionsResponse(r, version);
  },
} as const;

function encodeDescribeTransactionsResponse(w: Writer, m: DescribeTransactionsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDescribeTransactionsResponse_transactionStates(w, m.transactionStates, v);
  w.uvarint(0);
}

function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  const m: DescribeTransactionsResponse = {
    throttleTimeMs: r.int32(),
    transactionStates: decodeDescribeTransactionsResponse_transactionStates(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTransactionsResponse_transactionStates(w: Writer, a: DescribeTransactionsResponseTransactionState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeTransactionsResponseTransactionState(w, a[i]!, v);
}

function decodeDescribeTransactionsResponse_transactionStates(r: Reader, v: number): DescribeTransactionsResponseTransactionState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTransactionsResponse.transactionStates');
  const a = new Array<DescribeTransactionsResponseTransactionState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeTransactionsResponseTransactionState(r, v);
  return a;
}

function encodeDescribeTransactionsResponseTransactionState(w: Writer, m: DescribeTransactionsResponseTransactionState, v: number): void {
  w.int16(m.errorCode);
  w.compactString(m.transactionalId);
  w.compactString(m.transactionState);
  w.int32(m.transactionTimeoutMs);
  w.int64(m.transactionStartTimeMs);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  encodeDescribeTransactionsResponseTransactionState_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeDescribeTransactionsResponseTransactionState(r: Reader, v: number): DescribeTransactionsResponseTransactionState {
  const m: DescribeTransactionsResponseTransactionState = {
    errorCode: r.int16(),
    transactionalId: r.compactString(),
    transactionState: r.compactString(),
    transactionTimeoutMs: r.int32(),
    transactionStartTimeMs: r.int64(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    topics: decodeDescribeTransactionsResponseTransactionState_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTransactionsResponseTransactionState_topics(w: Writer, a: DescribeTransactionsResponseTopicData[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDescribeTransactionsResponseTopicData(w, a[i]!, v);
}

function decodeDescribeTransactionsResponseTransactionState_topics(r: Reader, v: number): DescribeTransactionsResponseTopicData[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTransactionsResponseTransactionState.topics');
  const a = new Array<DescribeTransactionsResponseTopicData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeTransactionsResponseTopicData(r, v);
  return a;
}

function encodeDescribeTransactionsResponseTopicData(w: Writer, m: DescribeTransactionsResponseTopicData, v: number): void {
  w.compactString(m.topic);
  encodeDescribeTransactionsResponseTopicData_partitions(w, m.partitions, v);
  w.uvarint(0);
}

function decodeDescribeTransactionsResponseTopicData(r: Reader, v: number): DescribeTransactionsResponseTopicData {
  const m: DescribeTransactionsResponseTopicData = {
    topic: r.compactString(),
    partitions: decodeDescribeTransactionsResponseTopicData_partitions(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeDescribeTransactionsResponseTopicData_partitions(w: Writer, a: number[], _v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) w.int32(a[i]!);
}

function decodeDescribeTransactionsResponseTopicData_partitions(r: Reader, _v: number): number[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DescribeTransactionsResponseTopicData.partitions');
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = r.int32();
  return a;
}
