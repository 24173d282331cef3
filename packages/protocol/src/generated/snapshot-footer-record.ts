// Generated from Kafka's SnapshotFooterRecord.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * KRaft control record at the end of a metadata snapshot.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface SnapshotFooterRecord {
  version: number;
}

export const SnapshotFooterRecord = {
  name: 'SnapshotFooterRecord',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: SnapshotFooterRecord, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('SnapshotFooterRecord', version, 0, 0);
    encodeSnapshotFooterRecord(w, m, version);
  },
  decode(r: Reader, version: number): SnapshotFooterRecord {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('SnapshotFooterRecord', version, 0, 0);
    return decodeSnapshotFooterRecord(r, version);
  },
} as const;

function encodeSnapshotFooterRecord(w: Writer, m: SnapshotFooterRecord, _v: number): void {
  w.int16(m.version);
  w.uvarint(0);
}

function decodeSnapshotFooterRecord(r: Reader, _v: number): SnapshotFooterRecord {
  const m: SnapshotFooterRecord = {
    version: r.int16(),
  };
  r.taggedFields();
  return m;
}
