// Generated from Kafka's AlterClientQuotasResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterClientQuotas response (API key 49): sets or removes client quotas.
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

export interface AlterClientQuotasResponse {
  throttleTimeMs: number;
  entries: AlterClientQuotasResponseEntryData[];
}

/** An entry of `AlterClientQuotasResponse.entries` (JSON `EntryData`). */
export interface AlterClientQuotasResponseEntryData {
  errorCode: number;
  errorMessage: string | null; // nullable
  entity: AlterClientQuotasResponseEntityData[];
}

/** An entry of `AlterClientQuotasResponseEntryData.entity` (JSON `EntityData`). */
export interface AlterClientQuotasResponseEntityData {
  entityType: string;
  entityName: string | null; // nullable
}

export const AlterClientQuotasResponse = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: AlterClientQuotasResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('AlterClientQuotasResponse', version, 0, 1);
    encodeAlterClientQuotasResponse(w, m, version);
  },
  decode(r: Reader, version: number): AlterClientQuotasResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('AlterClientQuotasResponse', version, 0, 1);
    return decodeAlterClientQuotasResponse(r, version);
  },
} as const;

function encodeAlterClientQuotasResponse(w: Writer, m: AlterClientQuotasResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeAlterClientQuotasResponse_entries(w, m.entries, v);
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const m: AlterClientQuotasResponse = {
    throttleTimeMs: r.int32(),
    entries: decodeAlterClientQuotasResponse_entries(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeAlterClientQuotasResponse_entries(w: Writer, a: AlterClientQuotasResponseEntryData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntryData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntryData(w, a[i]!, v);
  }
}

function decodeAlterClientQuotasResponse_entries(r: Reader, v: number): AlterClientQuotasResponseEntryData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterClientQuotasResponse.entries');
  const a = new Array<AlterClientQuotasResponseEntryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterClientQuotasResponseEntryData(r, v);
  return a;
}

function encodeAlterClientQuotasResponseEntryData(w: Writer, m: AlterClientQuotasResponseEntryData, v: number): void {
  w.int16(m.errorCode);
  if (v === 1) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  encodeAlterClientQuotasResponseEntryData_entity(w, m.entity, v);
  if (v === 1) w.uvarint(0);
}

function decodeAlterClientQuotasResponseEntryData(r: Reader, v: number): AlterClientQuotasResponseEntryData {
  const m: AlterClientQuotasResponseEntryData = {
    errorCode: r.int16(),
    errorMessage: v === 1 ? r.compactNullableString() : r.nullableString(),
    entity: decodeAlterClientQuotasResponseEntryData_entity(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeAlterClientQuotasResponseEntryData_entity(w: Writer, a: AlterClientQuotasResponseEntityData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntityData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntityData(w, a[i]!, v);
  }
}

function decodeAlterClientQuotasResponseEntryData_entity(r: Reader, v: number): AlterClientQuotasResponseEntityData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterClientQuotasResponseEntryData.entity');
  const a = new Array<AlterClientQuotasResponseEntityData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterClientQuotasResponseEntityData(r, v);
  return a;
}

function encodeAlterClientQuotasResponseEntityData(w: Writer, m: AlterClientQuotasResponseEntityData, v: number): void {
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

function decodeAlterClientQuotasResponseEntityData(r: Reader, v: number): AlterClientQuotasResponseEntityData {
  const m: AlterClientQuotasResponseEntityData = {
    entityType: v === 1 ? r.compactString() : r.string(),
    entityName: v === 1 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
