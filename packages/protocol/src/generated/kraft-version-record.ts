// Generated from Kafka's KRaftVersionRecord.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * KRaft control record holding the kraft.version feature level.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface KRaftVersionRecord {
  version: number;
  kRaftVersion: number;
}

export const KRaftVersionRecord = {
  name: 'KRaftVersionRecord',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: KRaftVersionRecord, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('KRaftVersionRecord', version, 0, 0);
    encodeKRaftVersionRecord(w, m, version);
  },
  decode(r: Reader, version: number): KRaftVersionRecord {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('KRaftVersionRecord', version, 0, 0);
    return decodeKRaftVersionRecord(r, version);
  },
} as const;

function encodeKRaftVersionRecord(w: Writer, m: KRaftVersionRecord, _v: number): void {
  w.int16(m.version);
  w.int16(m.kRaftVersion);
  w.uvarint(0);
}

function decodeKRaftVersionRecord(r: Reader, _v: number): KRaftVersionRecord {
  const m: KRaftVersionRecord = {
    version: r.int16(),
    kRaftVersion: r.int16(),
  };
  r.taggedFields();
  return m;
}
