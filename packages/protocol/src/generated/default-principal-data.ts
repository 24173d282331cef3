// Generated from Kafka's DefaultPrincipalData.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * A serialized principal, as forwarded inside an Envelope request.
 */
// v0 only, flexible in all versions

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { UnsupportedVersionError } from '../codegen/runtime.js';

export interface DefaultPrincipalData {
  type: string;
  name: string;
  tokenAuthenticated: boolean;
}

export const DefaultPrincipalData = {
  name: 'DefaultPrincipalData',
  minVersion: 0,
  maxVersion: 0,
  flexibleFrom: 0,
  encode(w: Writer, m: DefaultPrincipalData, version: number): void {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DefaultPrincipalData', version, 0, 0);
    encodeDefaultPrincipalData(w, m, version);
  },
  decode(r: Reader, version: number): DefaultPrincipalData {
    if (version < 0 || version > 0) throw new UnsupportedVersionError('DefaultPrincipalData', version, 0, 0);
    return decodeDefaultPrincipalData(r, version);
  },
} as const;

function encodeDefaultPrincipalData(w: Writer, m: DefaultPrincipalData, _v: number): void {
  w.compactString(m.type);
  w.compactString(m.name);
  w.bool(m.tokenAuthenticated);
  w.uvarint(0);
}

function decodeDefaultPrincipalData(r: Reader, _v: number): DefaultPrincipalData {
  const m: DefaultPrincipalData = {
    type: r.compactString(),
    name: r.compactString(),
    tokenAuthenticated: r.bool(),
  };
  r.taggedFields();
  return m;
}
