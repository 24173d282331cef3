// Generated from Kafka's RemoveRaftVoterRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * RemoveRaftVoter request (API key 81): KRaft: removes a voter from the metadata quorum.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface RemoveRaftVoterRequest {
  clusterId: string | null; // nullable
  voterId: number;
  voterDirectoryId: string;
}

export const RemoveRaftVoterRequest = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: RemoveRaftVoterRequest, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('RemoveRaftVoterRequest', version, 0, 0);
    encodeRemoveRaftVoterRequest(w, m, version);
  },
  decode(r: Reader, version: number): RemoveRaftVoterRequest {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('RemoveRaftVoterRequest', version, 0, 0);
    return decodeRemoveRaftVoterRequest(r, version);
  },
} as const;

function encodeRemoveRaftVoterRequest(w: Writer, m: RemoveRaftVoterRequest, _v: number): void {
  w.compactString(m.clusterId);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  w.uvarint(0);
}

function decodeRemoveRaftVoterRequest(r: Reader, _v: number): RemoveRaftVoterRequest {
  const m: RemoveRaftVoterRequest = {
    clusterId: r.compactNullableString(),
    voterId: r.int32(),
    voterDirectoryId: r.uuid(),
  };
  r.taggedFields();
  return m;
}
