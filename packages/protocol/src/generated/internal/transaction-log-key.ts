// Generated from Kafka's internal/TransactionLogKey.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Key of a record in __transaction_state: the transactional id.
 */
// v0 only, never flexible

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { UnsupportedVersionError } from '../../codegen/runtime.js';

export interface TransactionLogKey {
  transactionalId: string;
}

export const TransactionLogKey = {
  name: 'TransactionLogKey',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: null,
  encode(w: Writer, m: TransactionLogKey, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('TransactionLogKey', version, 0, 0);
    encodeTransactionLogKey(w, m, version);
  },
  decode(r: Reader, version: number): TransactionLogKey {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('TransactionLogKey', version, 0, 0);
    return decodeTransactionLogKey(r, version);
  },
} as const;

function encodeTransactionLogKey(w: Writer, m: TransactionLogKey, _v: number): void {
  w.string(m.transactionalId);
}

function decodeTransactionLogKey(r: Reader, _v: number): TransactionLogKey {
  return {
    transactionalId: r.string(),
  };
}
