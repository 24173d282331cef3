// Generated from Kafka's AddRaftVoterResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AddRaftVoter response (API key 80): KRaft: adds a voter to the metadata quorum.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface AddRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
}

export const AddRaftVoterResponse = {
  apiKey: 80,
  name: 'AddRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: AddRaftVoterResponse, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AddRaftVoterResponse', version, 0, 0);
    encodeAddRaftVoterResponse(w, m, version);
  },
  decode(r: Reader, version: number): AddRaftVoterResponse {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('AddRaftVoterResponse', version, 0, 0);
    return decodeAddRaftVoterResponse(r, version);
  },
} as const;

function encodeAddRaftVoterResponse(w: Writer, m: AddRaftVoterResponse, _v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactString(m.errorMessage);
  w.uvarint(0);
}

function decodeAddRaftVoterResponse(r: Reader, _v: number): AddRaftVoterResponse {
  const m: AddRaftVoterResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: r.compactNullableString(),
  };
  r.taggedFields();
  return m;
}
