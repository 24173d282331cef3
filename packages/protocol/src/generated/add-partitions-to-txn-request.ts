// Generated from Kafka's AddPartitionsToTxnRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddPartitionsToTxn request (API key 24): registers partitions with the ongoing transaction
 * before records are produced to them.
 */
// v0-v5, flexible from v3

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AddPartitionsToTxnRequest {
  transactions?: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[]; // v4+
  v3AndBelowTransactionalId?: string; // v0-v3
  v3AndBelowProducerId?: number; // v0-v3
  v3AndBelowProducerEpoch?: number; // v0-v3
  v3AndBelowTopics?: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]; // v0-v3
}

/** An entry of `AddPartitionsToTxnRequest.transactions` (JSON `AddPartitionsToTxnTransaction`, v4+). */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  verifyOnly: boolean;
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

/** An entry of `AddPartitionsToTxnRequest.v3AndBelowTopics`; an entry of `AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.topics` (JSON `AddPartitionsToTxnTopic`). */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  name: string;
  partitions: number[];
}

export const AddPartitionsToTxnRequest = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleFrom: 3,
  encode(w: Writer, m: AddPartitionsToTxnRequest, version: number): void {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', version, 0, 5);
    encodeAddPartitionsToTxnRequest(w, m, version);
  },
  decode(r: Reader, version: number): AddPartitionsToTxnRequest {
    if (version < 0 || version > 5) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', version, 0, 5);
    return decodeAddPartitionsToTxnRequest(r, version);
  },
} as const;

function encodeAddPartitionsToTxnRequest(w: Writer, m: AddPartitionsToTxnRequest, v: number): void {
  if (v >= 4) {
    const _transactions = m.transactions ?? [];
    encodeAddPartitionsToTxnRequest_transactions(w, _transactions, v);
  }
  if (v <= 3) {
    const _v3AndBelowTransactionalId = m.v3AndBelowTransactionalId ?? '';
    if (v === 3) {
      w.compactString(_v3AndBelowTransactionalId);
    } else {
      w.string(_v3AndBelowTransactionalId);
    }
  }
  if (v <= 3) w.int64(m.v3AndBelowProducerId ?? 0);
  if (v <= 3) w.int16(m.v3AndBelowProducerEpoch ?? 0);
  if (v <= 3) {
    const _v3AndBelowTopics = m.v3AndBelowTopics ?? [];
    encodeAddPartitionsToTxnRequest_v3AndBelowTopics(w, _v3AndBelowTopics, v);
  }
  if (v >= 3) w.uvarint(0);
}

function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const m: AddPartitionsToTxnRequest = {
    transactions: v >= 4 ? decodeAddPartitionsToTxnRequest_transactions(r, v) : [],
    v3AndBelowTransactionalId: v <= 3 ? (v === 3 ? r.compactString() : r.string()) : '',
    v3AndBelowProducerId: v <= 3 ? r.int64() : 0,
    v3AndBelowProducerEpoch: v <= 3 ? r.int16() : 0,
    v3AndBelowTopics: v <= 3 ? decodeAddPartitionsToTxnRequest_v3AndBelowTopics(r, v) : [],
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnRequest_transactions(w: Writer, a: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, a[i]!, v);
}

function decodeAddPartitionsToTxnRequest_transactions(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnRequest.transactions');
  const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, v);
  return a;
}

function encodeAddPartitionsToTxnRequest_v3AndBelowTopics(w: Writer, a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[], v: number): void {
  if (v === 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, a[i]!, v);
  }
}

function decodeAddPartitionsToTxnRequest_v3AndBelowTopics(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] {
  const n = v === 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnRequest.v3AndBelowTopics');
  const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v);
  return a;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v: number): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.verifyOnly);
  encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_topics(w, m.topics, v);
  w.uvarint(0);
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = {
    transactionalId: r.compactString(),
    producerId: r.int64(),
    producerEpoch: r.int16(),
    verifyOnly: r.bool(),
    topics: decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_topics(r, v),
  };
  r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_topics(w: Writer, a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, a[i]!, v);
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction_topics(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction.topics');
  const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v);
  return a;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, v: number): void {
  if (v >= 3) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_partitions(w, m.partitions, v);
  if (v >= 3) w.uvarint(0);
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = {
    name: v >= 3 ? r.compactString() : r.string(),
    partitions: decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_partitions(r, v),
  };
  if (v >= 3) r.taggedFields();
  return m;
}

function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_partitions(w: Writer, a: number[], v: number): void {
  if (v >= 3) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic_partitions(r: Reader, v: number): number[] {
  const n = v >= 3 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AddPartitionsToTxnRequestAddPartitionsToTxnTopic.partitions');
  const a = new Array<number>(n);
  if (v >= 3) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
