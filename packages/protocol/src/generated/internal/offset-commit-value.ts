// Generated from Kafka's internal/OffsetCommitValue.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Value of a committed offset record in __consumer_offsets: offset, leader epoch, metadata and
 * timestamps.
 */
// v0-v4, flexible from v4

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { UnsupportedVersionError } from '../../codegen/runtime.js';

export interface OffsetCommitValue {
  offset: number;
  leaderEpoch?: number; // v3+, default -1
  metadata: string;
  commitTimestamp: number;
  expireTimestamp?: number; // v1, default -1
}

export const OffsetCommitValue = {
  name: 'OffsetCommitValue',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: OffsetCommitValue, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetCommitValue', version, 0, 4);
    encodeOffsetCommitValue(w, m, version);
  },
  decode(r: Reader, version: number): OffsetCommitValue {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('OffsetCommitValue', version, 0, 4);
    return decodeOffsetCommitValue(r, version);
  },
} as const;

function encodeOffsetCommitValue(w: Writer, m: OffsetCommitValue, v: number): void {
  w.int64(m.offset);
  if (v >= 3) w.int32(m.leaderEpoch ?? -1);
  if (v === 4) {
    w.compactString(m.metadata);
  } else {
    w.string(m.metadata);
  }
  w.int64(m.commitTimestamp);
  if (v === 1) w.int64(m.expireTimestamp ?? -1);
  if (v === 4) w.uvarint(0);
}

function decodeOffsetCommitValue(r: Reader, v: number): OffsetCommitValue {
  const m: OffsetCommitValue = {
    offset: r.int64(),
    leaderEpoch: v >= 3 ? r.int32() : -1,
    metadata: v === 4 ? r.compactString() : r.string(),
    commitTimestamp: r.int64(),
    expireTimestamp: v === 1 ? r.int64() : -1,
  };
  if (v === 4) r.taggedFields();
  return m;
}
