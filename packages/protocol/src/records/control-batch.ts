/**
 * Control batches: batches with the control attribute bit whose single record is a marker for
 * the log rather than application data. Transaction coordinators write COMMIT and ABORT markers
 * (through WriteTxnMarkers) to end a producer's transaction on each partition; consumers
 * reading with read_committed use them to drop aborted data, and never return them to users.
 *
 *   control record key   => version int16 (0), type int16 (0 ABORT, 1 COMMIT; others are
 *                           KRaft's: 2 LEADER_CHANGE, 3 SNAPSHOT_HEADER, 4 SNAPSHOT_FOOTER, ...)
 *   end-txn marker value => version int16 (0), coordinatorEpoch int32
 *
 * A marker batch is transactional and control, carries the transaction's producer id and
 * epoch, has baseSequence -1 and is never compressed.
 */
import { CompressionType } from './batch-header.js';
import { CorruptRecordBatchError } from './errors.js';
import { encodeRecordBatch, NO_PARTITION_LEADER_EPOCH, NO_SEQUENCE } from './record-batch.js';

export const ControlRecordType = {
  Abort: 0,
  Commit: 1,
  LeaderChange: 2,
  SnapshotHeader: 3,
  SnapshotFooter: 4,
} as const;
export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType];

const CONTROL_KEY_VERSION = 0;
const END_TXN_MARKER_VERSION = 0;

export interface EncodeControlBatchOptions {
  /** ControlRecordType.Commit or ControlRecordType.Abort. */
  type: typeof ControlRecordType.Commit | typeof ControlRecordType.Abort;
  producerId: number;
  producerEpoch: number;
  /** Epoch of the transaction coordinator writing the marker. */
  coordinatorEpoch: number;
  /** Time the marker is written (ms). */
  timestamp: number;
  baseOffset?: number;
  partitionLeaderEpoch?: number;
}

/** A parsed control record. `coordinatorEpoch` is set for COMMIT/ABORT markers only. */
export interface ControlRecord {
  version: number;
  /** A `ControlRecordType` value, or a type this version does not know. */
  type: number;
  coordinatorEpoch: number | null;
}

/** The key of a control record of `type`. */
export function encodeControlRecordKey(type: number): Buffer {
  const key = Buffer.allocUnsafe(4);
  key.writeInt16BE(CONTROL_KEY_VERSION, 0);
  key.writeInt16BE(type, 2);
  return key;
}

/** The value of a COMMIT/ABORT marker. */
export function encodeEndTxnMarkerValue(coordinatorEpoch: number): Buffer {
  const value = Buffer.allocUnsafe(6);
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

/** A complete batch holding one transaction marker (COMMIT or ABORT). */
export function encodeControlBatch(options: EncodeControlBatchOptions): Buffer {
  if (options.type !== ControlRecordType.Commit && options.type !== ControlRecordType.Abort) {
    throw new RangeError(`not a transaction marker type: ${options.type as number}`);
  }
  return encodeRecordBatch({
    records: [
      {
        timestamp: options.timestamp,
        key: encodeControlRecordKey(options.type),
        value: encodeEndTxnMarkerValue(options.coordinatorEpoch),
      },
    ],
    compression: CompressionType.None,
    baseOffset: options.baseOffset ?? 0,
    partitionLeaderEpoch: options.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH,
    producerId: options.producerId,
    producerEpoch: options.producerEpoch,
    baseSequence: NO_SEQUENCE,
    transactional: true,
    control: true,
  });
}

/**
 * Parses the key (and, for COMMIT/ABORT, the value) of a record from a control batch. Newer
 * key and value versions are read as far as version 0 defines them, as Kafka does.
 */
export function parseControlRecord(record: { key: Buffer | null; value: Buffer | null }): ControlRecord {
  const key = record.key;
  if (key === null || key.length < 4) {
    throw new CorruptRecordBatchError(`control record key must hold at least 4 bytes, has ${key?.length ?? 'null'}`);
  }
  const version = key.readInt16BE(0);
  if (version < 0) throw new CorruptRecordBatchError(`invalid control record key version ${version}`);
  const type = key.readInt16BE(2);
  if (type !== ControlRecordType.Abort && type !== ControlRecordType.Commit) {
    return { version, type, coordinatorEpoch: null };
  }
  const value = record.value;
  if (value === null || value.length < 6) {
    throw new CorruptRecordBatchError(`transaction marker value must hold at least 6 bytes, has ${value?.length ?? 'null'}`);
  }
  const valueVersion = value.readInt16BE(0);
  if (valueVersion < 0) throw new CorruptRecordBatchError(`invalid transaction marker version ${valueVersion}`);
  return { version, type, coordinatorEpoch: value.readInt32BE(2) };
}
