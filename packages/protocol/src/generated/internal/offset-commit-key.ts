// Generated from Kafka's internal/OffsetCommitKey.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Key of a committed offset record in __consumer_offsets (key versions 0 and 1): group, topic
 * and partition.
 */
// v0-v1, never flexible

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { UnsupportedVersionError } from '../../codegen/runtime.js';

export interface OffsetCommitKey {
  group: string;
  topic: string;
  partition: number;
}

export const OffsetCommitKey = {
  name: 'OffsetCommitKey',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: null,
  encode(w: Writer, m: OffsetCommitKey, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('OffsetCommitKey', version, 0, 1);
    encodeOffsetCommitKey(w, m, version);
  },
  decode(r: Reader, version: number): OffsetCommitKey {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('OffsetCommitKey', version, 0, 1);
    return decodeOffsetCommitKey(r, version);
  },
} as const;

function encodeOffsetCommitKey(w: Writer, m: OffsetCommitKey, _v: number): void {
  w.string(m.group);
  w.string(m.topic);
  w.int32(m.partition);
}

function decodeOffsetCommitKey(r: Reader, _v: number): OffsetCommitKey {
  return {
    group: r.string(),
    topic: r.string(),
    partition: r.int32(),
  };
}
