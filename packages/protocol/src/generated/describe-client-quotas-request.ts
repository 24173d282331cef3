// Generated from Kafka's DescribeClientQuotasRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeClientQuotas request (API key 48): reads client quotas matching entity filters.
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

export interface DescribeClientQuotasRequest {
  components: DescribeClientQuotasRequestComponentData[];
  strict: boolean;
}

/** An entry of `DescribeClientQuotasRequest.components` (JSON `ComponentData`). */
export interface DescribeClientQuotasRequestComponentData {
  entityType: string;
  matchType: number;
  match: string | null; // nullable
}

export const DescribeClientQuotasRequest = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: DescribeClientQuotasRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClientQuotasRequest', version, 0, 1);
    encodeDescribeClientQuotasRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeClientQuotasRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('DescribeClientQuotasRequest', version, 0, 1);
    return decodeDescribeClientQuotasRequest(r, version);
  },
} as const;

function encodeDescribeClientQuotasRequest(w: Writer, m: DescribeClientQuotasRequest, v: number): void {
  encodeDescribeClientQuotasRequest_components(w, m.components, v);
  w.bool(m.strict);
  if (v === 1) w.uvarint(0);
}

function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  const m: DescribeClientQuotasRequest = {
    components: decodeDescribeClientQuotasRequest_components(r, v),
    strict: r.bool(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeDescribeClientQuotasRequest_components(w: Writer, a: DescribeClientQuotasRequestComponentData[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasRequestComponentData(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClientQuotasRequestComponentData(w, a[i]!, v);
  }
}

function decodeDescribeClientQuotasRequest_components(r: Reader, v: number): DescribeClientQuotasRequestComponentData[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeClientQuotasRequest.components');
  const a = new Array<DescribeClientQuotasRequestComponentData>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeClientQuotasRequestComponentData(r, v);
  return a;
}

function encodeDescribeClientQuotasRequestComponentData(w: Writer, m: DescribeClientQuotasRequestComponentData, v: number): void {
  if (v === 1) {
    w.compactString(m.entityType);
  } else {
    w.string(m.entityType);
  }
  w.int8(m.matchType);
  if (v === 1) {
    w.compactString(m.match);
  } else {
    w.string(m.match);
  }
  if (v === 1) w.uvarint(0);
}

function decodeDescribeClientQuotasRequestComponentData(r: Reader, v: number): DescribeClientQuotasRequestComponentData {
  const m: DescribeClientQuotasRequestComponentData = {
    entityType: v === 1 ? r.compactString() : r.string(),
    matchType: r.int8(),
    match: v === 1 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
