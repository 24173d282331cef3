// Generated from Kafka's internal/GroupMetadataKey.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Key of a group metadata record in __consumer_offsets (key version 2); the value is
 * GroupMetadataValue.
 */
// v2 only, never flexible

import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { UnsupportedVersionError } from '../../codegen/runtime.js';

export interface GroupMetadataKey {
  group: string;
}

export const GroupMetadataKey = {
  name: 'GroupMetadataKey',
  minVersion: 2,
  maxVersion: 2,
  flexibleFrom: null,
  encode(w: Writer, m: GroupMetadataKey, version: number): void {
    if (version < 2 || version > 2) throw new UnsupportedVersionError('GroupMetadataKey', version, 2, 2);
    encodeGroupMetadataKey(w, m, version);
  },
  decode(r: Reader, version: number): GroupMetadataKey {
    if (version < 2 || version > 2) throw new UnsupportedVersionError('GroupMetadataKey', version, 2, 2);
    return decodeGroupMetadataKey(r, version);
  },
} as const;

function encodeGroupMetadataKey(w: Writer, m: GroupMetadataKey, _v: number): void {
  w.string(m.group);
}

function decodeGroupMetadataKey(r: Reader, _v: number): GroupMetadataKey {
  return {
    group: r.string(),
  };
}
