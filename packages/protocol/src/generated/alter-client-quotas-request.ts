// Generated from Kafka's AlterClientQuotasRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterClientQuotas request (API key 49): sets or removes client quotas.
 */
// v0-v1, flexible from v1

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AlterClientQuotasRequest {
  entries: AlterClientQuotasRequestEntryData[];
  validateOnly: boolean;
}

/** An entry of `AlterClientQuotasRequest.entries` (JSON `EntryData`). */
export interface AlterClientQuotasRequestEntryData {
  entity: AlterClientQuotasRequestEntityData[];
  ops: AlterClientQuotasRequestOpData[];
}

/** An entry of `AlterClientQuotasRequestEntryData.entity` (JSON `EntityData`). */
export interface AlterClientQuotasRequestEntityData {
  entityType: string;
  entityName: string | null; // nullable
}

/** An entry of `AlterClientQuotasRequestEntryData.ops` (JSON `OpData`). */
export interface AlterClientQuotasRequestOpData {
  key: string;
  value: number;
  remove: boolean;
}

export const AlterClientQuotasRequest = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: AlterClientQuotasRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('AlterClientQuotasRequest', version, 0, 1);
    encodeAlterClientQuotasRequest(w, m, version);
  },
  decode(r: Reader, version: number): AlterClientQuotasRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('AlterClientQuotasRequest', version, 0, 1);
    return decodeAlterClientQuotasRequest(r, version);
  },
} as const;

function encodeAlterClientQuotasRequest(w: Writer, m: AlterClientQuotasRequest, v: number): void {
  encodeAlterClientQuotasRequest_entries(w, m.entries, v);
  w.bool(m.validateOnly);
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  const m: AlterClientQuotasRequest = {
    entries: decodeAlterClientQuotasRequest_entries(r, v),
    validateOnly: r.bool(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeAlterClientQuotasRequest_entries(w: Writer, a: AlterClientQuotasRequestEntryData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntryData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntryData(w, a[i]!, v);
  }
}

function decodeAlterClientQuotasRequest_entries(r: Reader, v: number): AlterClientQuotasRequestEntryData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterClientQuotasRequest.entries');
  const a = new Array<AlterClientQuotasRequestEntryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterClientQuotasRequestEntryData(r, v);
  return a;
}

function encodeAlterClientQuotasRequestEntryData(w: Writer, m: AlterClientQuotasRequestEntryData, v: number): void {
  encodeAlterClientQuotasRequestEntryData_entity(w, m.entity, v);
  encodeAlterClientQuotasRequestEntryData_ops(w, m.ops, v);
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasRequestEntryData(r: Reader, v: number): AlterClientQuotasRequestEntryData {
  const m: AlterClientQuotasRequestEntryData = {
    entity: decodeAlterClientQuotasRequestEntryData_entity(r, v),
    ops: decodeAlterClientQuotasRequestEntryData_ops(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeAlterClientQuotasRequestEntryData_entity(w: Writer, a: AlterClientQuotasRequestEntityData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntityData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntityData(w, a[i]!, v);
  }
}

function decodeAlterClientQuotasRequestEntryData_entity(r: Reader, v: number): AlterClientQuotasRequestEntityData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterClientQuotasRequestEntryData.entity');
  const a = new Array<AlterClientQuotasRequestEntityData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterClientQuotasRequestEntityData(r, v);
  return a;
}

function encodeAlterClientQuotasRequestEntryData_ops(w: Writer, a: AlterClientQuotasRequestOpData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestOpData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestOpData(w, a[i]!, v);
  }
}

function decodeAlterClientQuotasRequestEntryData_ops(r: Reader, v: number): AlterClientQuotasRequestOpData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterClientQuotasRequestEntryData.ops');
  const a = new Array<AlterClientQuotasRequestOpData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterClientQuotasRequestOpData(r, v);
  return a;
}

function encodeAlterClientQuotasRequestEntityData(w: Writer, m: AlterClientQuotasRequestEntityData, v: number): void {
  if (v === 1) {
    w.compactString(m.entityType);
  } else {
    w.string(m.entityType);
  }
  if (v === 1) {
    w.compactString(m.entityName);
  } else {
    w.string(m.entityName);
  }
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasRequestEntityData(r: Reader, v: number): AlterClientQuotasRequestEntityData {
  const m: AlterClientQuotasRequestEntityData = {
    entityType: v === 1 ? r.compactString() : r.string(),
    entityName: v === 1 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeAlterClientQuotasRequestOpData(w: Writer, m: AlterClientQuotasRequestOpData, v: number): void {
  if (v === 1) {
    w.compactString(m.key);
  } else {
    w.string(m.key);
  }
  w.float64(m.value);
  w.bool(m.remove);
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasRequestOpData(r: Reader, v: number): AlterClientQuotasRequestOpData {
  const m: AlterClientQuotasRequestOpData = {
    key: v === 1 ? r.compactString() : r.string(),
    value: r.float64(),
    remove: r.bool(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
