// Generated from Kafka's internal/TransactionLogValue.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Value of a record in __transaction_state: producer id and epoch, timeout, state and the
 * partitions in the transaction.
 */
// v0-v1, flexible from v1

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../../codegen/runtime.js';

export interface TransactionLogValue {
  producerId: number;
  previousProducerId?: number; // v1, tag 0, default -1
  nextProducerId?: number; // v1, tag 1, default -1
  producerEpoch: number;
  transactionTimeoutMs: number;
  transactionStatus: number;
  transactionPartitions: TransactionLogValuePartitionsSchema[] | null; // nullable
  transactionLastUpdateTimestampMs: number;
  transactionStartTimestampMs: number;
  clientTransactionVersion?: number; // v1, tag 2
}

/** An entry of `TransactionLogValue.transactionPartitions` (JSON `PartitionsSchema`). */
export interface TransactionLogValuePartitionsSchema {
  topic: string;
  partitionIds: number[];
}

export const TransactionLogValue = {
  name: 'TransactionLogValue',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: TransactionLogValue, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('TransactionLogValue', version, 0, 1);
    encodeTransactionLogValue(w, m, version);
  },
  decode(r: Reader, version: number): TransactionLogValue {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('TransactionLogValue', version, 0, 1);
    return decodeTransactionLogValue(r, version);
  },
} as const;

function encodeTransactionLogValue(w: Writer, m: TransactionLogValue, v: number): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.int32(m.transactionTimeoutMs);
  w.int8(m.transactionStatus);
  encodeTransactionLogValue_transactionPartitions(w, m.transactionPartitions, v);
  w.int64(m.transactionLastUpdateTimestampMs);
  w.int64(m.transactionStartTimestampMs);
  if (v === 1) {
    let tagCount = 0;
    const tag_previousProducerId = m.previousProducerId;
    const has_previousProducerId = tag_previousProducerId !== undefined && tag_previousProducerId !== -1;
    if (has_previousProducerId) tagCount++;
    const tag_nextProducerId = m.nextProducerId;
    const has_nextProducerId = tag_nextProducerId !== undefined && tag_nextProducerId !== -1;
    if (has_nextProducerId) tagCount++;
    const tag_clientTransactionVersion = m.clientTransactionVersion;
    const has_clientTransactionVersion = tag_clientTransactionVersion !== undefined && tag_clientTransactionVersion !== 0;
    if (has_clientTransactionVersion) tagCount++;
    w.uvarint(tagCount);
    if (has_previousProducerId) {
      w.uvarint(0).uvarint(8);
      w.int64(tag_previousProducerId);
    }
    if (has_nextProducerId) {
      w.uvarint(1).uvarint(8);
      w.int64(tag_nextProducerId);
    }
    if (has_clientTransactionVersion) {
      w.uvarint(2).uvarint(2);
      w.int16(tag_clientTransactionVersion);
    }
  }
}

function decodeTransactionLogValue(r: Reader, v: number): TransactionLogValue {
  const m: TransactionLogValue = {
    producerId: r.int64(),
    previousProducerId: -1,
    nextProducerId: -1,
    producerEpoch: r.int16(),
    transactionTimeoutMs: r.int32(),
    transactionStatus: r.int8(),
    transactionPartitions: decodeTransactionLogValue_transactionPartitions(r, v),
    transactionLastUpdateTimestampMs: r.int64(),
    transactionStartTimestampMs: r.int64(),
    clientTransactionVersion: 0,
  };
  if (v === 1) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.previousProducerId = r.int64();
      else if (tag === 1) m.nextProducerId = r.int64();
      else if (tag === 2) m.clientTransactionVersion = r.int16();
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'TransactionLogValue');
    }
  }
  return m;
}

function encodeTransactionLogValue_transactionPartitions(w: Writer, a: TransactionLogValuePartitionsSchema[] | null, v: number): void {
  if (a === null) {
    if (v === 1) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeTransactionLogValuePartitionsSchema(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeTransactionLogValuePartitionsSchema(w, a[i]!, v);
  }
}

function decodeTransactionLogValue_transactionPartitions(r: Reader, v: number): TransactionLogValuePartitionsSchema[] | null {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<TransactionLogValuePartitionsSchema>(n);
  for (let i = 0; i < n; i++) a[i] = decodeTransactionLogValuePartitionsSchema(r, v);
  return a;
}

function encodeTransactionLogValuePartitionsSchema(w: Writer, m: TransactionLogValuePartitionsSchema, v: number): void {
  if (v === 1) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeTransactionLogValuePartitionsSchema_partitionIds(w, m.partitionIds, v);
  if (v === 1) w.uvarint(0);
}

function decodeTransactionLogValuePartitionsSchema(r: Reader, v: number): TransactionLogValuePartitionsSchema {
  const m: TransactionLogValuePartitionsSchema = {
    topic: v === 1 ? r.compactString() : r.string(),
    partitionIds: decodeTransactionLogValuePartitionsSchema_partitionIds(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeTransactionLogValuePartitionsSchema_partitionIds(w: Writer, a: number[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeTransactionLogValuePartitionsSchema_partitionIds(r: Reader, v: number): number[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('TransactionLogValuePartitionsSchema.partitionIds');
  const a = new Array<number>(n);
  if (v === 1) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
