// Generated from Kafka's DescribeClientQuotasResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeClientQuotas response (API key 48): reads client quotas matching entity filters.
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

export interface DescribeClientQuotasResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null; // nullable
  entries: DescribeClientQuotasResponseEntryData[] | null; // nullable
}

/** An entry of `DescribeClientQuotasResponse.entries` (JSON `EntryData`). */
export interface DescribeClientQuotasResponseEntryData {
  entity: DescribeClientQuotasResponseEntityData[];
  values: DescribeClientQuotasResponseValueData[];
}

/** An entry of `DescribeClientQuotasResponseEntryData.entity` (JSON `EntityData`). */
export interface DescribeClientQuotasResponseEntityData {
  entityType: string;
  entityName: string | null; // nullable
}

/** An entry of `DescribeClientQuotasResponseEntryData.values` (JSON `ValueData`). */
export interface DescribeClientQuotasResponseValueData {
  key: string;
  value: number;
}

export const DescribeClientQuotasResponse = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: DescribeClientQuotasResponse, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClientQuotasResponse', version, 0, 1);
    encodeDescribeClientQuotasResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeClientQuotasResponse {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClientQuotasResponse', version, 0, 1);
    return decodeDescribeClientQuotasResponse(r, version);
  },
} as const;

function encodeDescribeClientQuotasResponse(w: Writer, m: DescribeClientQuotasResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (v === 1) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  encodeDescribeClientQuotasResponse_entries(w, m.entries, v);
  if (v === 1) w.uvarint(0);
}

function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const m: DescribeClientQuotasResponse = {
    throttleTimeMs: r.int32(),
    errorCode: r.int16(),
    errorMessage: v === 1 ? r.compactNullableString() : r.nullableString(),
    entries: decodeDescribeClientQuotasResponse_entries(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeDescribeClientQuotasResponse_entries(w: Writer, a: DescribeClientQuotasResponseEntryData[] | null, v: number): void {
  if (a === null) {
    if (v === 1) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseEntryData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseEntryData(w, a[i]!, v);
  }
}

function decodeDescribeClientQuotasResponse_entries(r: Reader, v: number): DescribeClientQuotasResponseEntryData[] | null {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<DescribeClientQuotasResponseEntryData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeClientQuotasResponseEntryData(r, v);
  return a;
}

function encodeDescribeClientQuotasResponseEntryData(w: Writer, m: DescribeClientQuotasResponseEntryData, v: number): void {
  encodeDescribeClientQuotasResponseEntryData_entity(w, m.entity, v);
  encodeDescribeClientQuotasResponseEntryData_values(w, m.values, v);
  if (v === 1) w.uvarint(0);
}

function decodeDescribeClientQuotasResponseEntryData(r: Reader, v: number): DescribeClientQuotasResponseEntryData {
  const m: DescribeClientQuotasResponseEntryData = {
    entity: decodeDescribeClientQuotasResponseEntryData_entity(r, v),
    values: decodeDescribeClientQuotasResponseEntryData_values(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeDescribeClientQuotasResponseEntryData_entity(w: Writer, a: DescribeClientQuotasResponseEntityData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseEntityData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseEntityData(w, a[i]!, v);
  }
}

function decodeDescribeClientQuotasResponseEntryData_entity(r: Reader, v: number): DescribeClientQuotasResponseEntityData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeClientQuotasResponseEntryData.entity');
  const a = new Array<DescribeClientQuotasResponseEntityData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeClientQuotasResponseEntityData(r, v);
  return a;
}

function encodeDescribeClientQuotasResponseEntryData_values(w: Writer, a: DescribeClientQuotasResponseValueData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseValueData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasResponseValueData(w, a[i]!, v);
  }
}

function decodeDescribeClientQuotasResponseEntryData_values(r: Reader, v: number): DescribeClientQuotasResponseValueData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeClientQuotasResponseEntryData.values');
  const a = new Array<DescribeClientQuotasResponseValueData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeClientQuotasResponseValueData(r, v);
  return a;
}

function encodeDescribeClientQuotasResponseEntityData(w: Writer, m: DescribeClientQuotasResponseEntityData, v: number): void {
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

function decodeDescribeClientQuotasResponseEntityData(r: Reader, v: number): DescribeClientQuotasResponseEntityData {
  const m: DescribeClientQuotasResponseEntityData = {
    entityType: v === 1 ? r.compactString() : r.string(),
    entityName: v === 1 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeDescribeClientQuotasResponseValueData(w: Writer, m: DescribeClientQuotasResponseValueData, v: number): void {
  if (v === 1) {
    w.compactString(m.key);
  } else {
    w.string(m.key);
  }
  w.float64(m.value);
  if (v === 1) w.uvarint(0);
}

function decodeDescribeClientQuotasResponseValueData(r: Reader, v: number): DescribeClientQuotasResponseValueData {
  const m: DescribeClientQuotasResponseValueData = {
    key: v === 1 ? r.compactString() : r.string(),
    value: r.float64(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
