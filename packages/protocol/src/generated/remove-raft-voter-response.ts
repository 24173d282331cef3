// Generated from Kafka's RemoveRaftVoterResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * RemoveRaftVoter response (API key 81): KRaft: removes a voter from the metadata quorum.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface RemoveRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const RemoveRaftVoterResponse = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: RemoveRaftVoterResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('RemoveRaftVoterResponse', version, 0, 0);
    encodeRemoveRaftVoterResponse(w, m, version);
  },
  decode(r: Reader, version: number): RemoveRaftVoterResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('RemoveRaftVoterResponse', version, 0, 0);
    return decodeRemoveRaftVoterResponse(r, version);
  },
} as const;

function encodeRemoveRaftVoterResponse(w: Writer, m: RemoveRaftVoterResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeRemoveRaftVoterResponse(r: Reader, _v: number): RemoveRaftVoterResponse {
  const m: RemoveRaftVoterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
