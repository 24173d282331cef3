// Generated from Kafka's SnapshotHeaderRecord.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * KRaft control record at the start of a metadata snapshot.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface SnapshotHeaderRecord {
  version: number;
  lastContainedLogTimestamp: number;
}

export const SnapshotHeaderRecord = {
  name: 'SnapshotHeaderRecord',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: SnapshotHeaderRecord, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('SnapshotHeaderRecord', version, 0, 0);
    encodeSnapshotHeaderRecord(w, m, version);
  },
  decode(r: Reader, version: number): SnapshotHeaderRecord {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('SnapshotHeaderRecord', version, 0, 0);
    return decodeSnapshotHeaderRecord(r, version);
  },
} as const;

function encodeSnapshotHeaderRecord(w: Writer, m: SnapshotHeaderRecord, _v: number): void {
  w.int16(m.version);
  w.int64(m.lastContainedLogTimestamp);
  w.uvarint(0);
}

function decodeSnapshotHeaderRecord(r: Reader, _v: number): SnapshotHeaderRecord {
  const m: SnapshotHeaderRecord = {
    version: r.int16(),
    lastContainedLogTimestamp: r.int64(),
  };
  r.taggedFields();
  return m;
}
