// Generated from Kafka's CreateAclsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateAcls request (API key 30): adds access control entries.
 */
// v0-v3, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface CreateAclsRequest {
  creations: CreateAclsRequestAclCreation[];
}

/** An entry of `CreateAclsRequest.creations` (JSON `AclCreation`). */
export interface CreateAclsRequestAclCreation {
  resourceType: number;
  resourceName: string;
  resourcePatternType?: number; // v1+, default 3
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export const CreateAclsRequest = {
  apiKey: 30,
  name: 'CreateAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleFrom: 2,
  encode(w: Writer, m: CreateAclsRequest, version: number): void {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateAclsRequest', version, 0, 3);
    encodeCreateAclsRequest(w, m, version);
  },
  decode(r: Reader, version: number): CreateAclsRequest {
    if (version < 0 || version > 3) throw new UnsupportedVersionError('CreateAclsRequest', version, 0, 3);
    return decodeCreateAclsRequest(r, version);
  },
} as const;

function encodeCreateAclsRequest(w: Writer, m: CreateAclsRequest, v: number): void {
  encodeCreateAclsRequest_creations(w, m.creations, v);
  if (v >= 2) w.uvarint(0);
}

function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  const m: CreateAclsRequest = {
    creations: decodeCreateAclsRequest_creations(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeCreateAclsRequest_creations(w: Writer, a: CreateAclsRequestAclCreation[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateAclsRequestAclCreation(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateAclsRequestAclCreation(w, a[i]!, v);
  }
}

function decodeCreateAclsRequest_creations(r: Reader, v: number): CreateAclsRequestAclCreation[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateAclsRequest.creations');
  const a = new Array<CreateAclsRequestAclCreation>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateAclsRequestAclCreation(r, v);
  return a;
}

function encodeCreateAclsRequestAclCreation(w: Writer, m: CreateAclsRequestAclCreation, v: number): void {
  w.int8(m.resourceType);
  if (v >= 2) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  if (v >= 1) w.int8(m.resourcePatternType ?? 3);
  if (v >= 2) {
    w.compactString(m.principal);
  } else {
    w.string(m.principal);
  }
  if (v >= 2) {
    w.compactString(m.host);
  } else {
    w.string(m.host);
  }
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (v >= 2) w.uvarint(0);
}

function decodeCreateAclsRequestAclCreation(r: Reader, v: number): CreateAclsRequestAclCreation {
  const m: CreateAclsRequestAclCreation = {
    resourceType: r.int8(),
    resourceName: v >= 2 ? r.compactString() : r.string(),
    resourcePatternType: v >= 1 ? r.int8() : 3,
    principal: v >= 2 ? r.compactString() : r.string(),
    host: v >= 2 ? r.compactString() : r.string(),
    operation: r.int8(),
    permissionType: r.int8(),
  };
  if (v >= 2) r.taggedFields();
  return m;
}
