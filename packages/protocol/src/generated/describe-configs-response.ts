// Generated from Kafka's DescribeConfigsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeConfigs response (API key 32): reads the configuration of topics, brokers and other
 * resources.
 */
// v0-v4, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DescribeConfigsResponse {
  throttleTimeMs: number;
  results: DescribeConfigsResponseDescribeConfigsResult[];
}

/** An entry of `DescribeConfigsResponse.results` (JSON `DescribeConfigsResult`). */
export interface DescribeConfigsResponseDescribeConfigsResult {
  errorCode: number;
  errorMessage: string | null; // nullable
  resourceType: number;
  resourceName: string;
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
}

/** An entry of `DescribeConfigsResponseDescribeConfigsResult.configs` (JSON `DescribeConfigsResourceResult`). */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  name: string;
  value: string | null; // nullable
  readOnly: boolean;
  isDefault?: boolean; // v0
  configSource?: number; // v1+, default -1
  isSensitive: boolean;
  synonyms?: DescribeConfigsResponseDescribeConfigsSynonym[]; // v1+
  configType?: number; // v3+
  documentation?: string | null; // v3+, nullable
}

/** An entry of `DescribeConfigsResponseDescribeConfigsResourceResult.synonyms` (JSON `DescribeConfigsSynonym`, v1+). */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  name: string;
  value: string | null; // nullable
  source: number;
}

export const DescribeConfigsResponse = {
  apiKey: 32,
  name: 'DescribeConfigs',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: DescribeConfigsResponse, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeConfigsResponse', version, 0, 4);
    encodeDescribeConfigsResponse(w, m, version);
  },
  decode(r: Reader, version: number): DescribeConfigsResponse {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeConfigsResponse', version, 0, 4);
    return decodeDescribeConfigsResponse(r, version);
  },
} as const;

function encodeDescribeConfigsResponse(w: Writer, m: DescribeConfigsResponse, v: number): void {
  w.int32(m.throttleTimeMs);
  encodeDescribeConfigsResponse_results(w, m.results, v);
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const m: DescribeConfigsResponse = {
    throttleTimeMs: r.int32(),
    results: decodeDescribeConfigsResponse_results(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeDescribeConfigsResponse_results(w: Writer, a: DescribeConfigsResponseDescribeConfigsResult[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsResult(w, a[i]!, v);
  }
}

function decodeDescribeConfigsResponse_results(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeConfigsResponse.results');
  const a = new Array<DescribeConfigsResponseDescribeConfigsResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResponseDescribeConfigsResult(r, v);
  return a;
}

function encodeDescribeConfigsResponseDescribeConfigsResult(w: Writer, m: DescribeConfigsResponseDescribeConfigsResult, v: number): void {
  w.int16(m.errorCode);
  if (v === 4) {
    w.compactString(m.errorMessage);
  } else {
    w.string(m.errorMessage);
  }
  w.int8(m.resourceType);
  if (v === 4) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  encodeDescribeConfigsResponseDescribeConfigsResult_configs(w, m.configs, v);
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  const m: DescribeConfigsResponseDescribeConfigsResult = {
    errorCode: r.int16(),
    errorMessage: v === 4 ? r.compactNullableString() : r.nullableString(),
    resourceType: r.int8(),
    resourceName: v === 4 ? r.compactString() : r.string(),
    configs: decodeDescribeConfigsResponseDescribeConfigsResult_configs(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeDescribeConfigsResponseDescribeConfigsResult_configs(w: Writer, a: DescribeConfigsResponseDescribeConfigsResourceResult[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, a[i]!, v);
  }
}

function decodeDescribeConfigsResponseDescribeConfigsResult_configs(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeConfigsResponseDescribeConfigsResult.configs');
  const a = new Array<DescribeConfigsResponseDescribeConfigsResourceResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResponseDescribeConfigsResourceResult(r, v);
  return a;
}

function encodeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, m: DescribeConfigsResponseDescribeConfigsResourceResult, v: number): void {
  if (v === 4) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v === 4) {
    w.compactString(m.value);
  } else {
    w.string(m.value);
  }
  w.bool(m.readOnly);
  if (v === 0) w.bool(m.isDefault ?? false);
  if (v >= 1) w.int8(m.configSource ?? -1);
  w.bool(m.isSensitive);
  if (v >= 1) {
    const _synonyms = m.synonyms ?? [];
    encodeDescribeConfigsResponseDescribeConfigsResourceResult_synonyms(w, _synonyms, v);
  }
  if (v >= 3) w.int8(m.configType ?? 0);
  if (v >= 3) {
    const _documentation = m.documentation === undefined ? '' : m.documentation;
    if (v === 4) {
      w.compactString(_documentation);
    } else {
      w.string(_documentation);
    }
  }
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const m: DescribeConfigsResponseDescribeConfigsResourceResult = {
    name: v === 4 ? r.compactString() : r.string(),
    value: v === 4 ? r.compactNullableString() : r.nullableString(),
    readOnly: r.bool(),
    isDefault: v === 0 ? r.bool() : false,
    configSource: v >= 1 ? r.int8() : -1,
    isSensitive: r.bool(),
    synonyms: v >= 1 ? decodeDescribeConfigsResponseDescribeConfigsResourceResult_synonyms(r, v) : [],
    configType: v >= 3 ? r.int8() : 0,
    documentation: v >= 3 ? (v === 4 ? r.compactNullableString() : r.nullableString()) : '',
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeDescribeConfigsResponseDescribeConfigsResourceResult_synonyms(w: Writer, a: DescribeConfigsResponseDescribeConfigsSynonym[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsSynonym(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResponseDescribeConfigsSynonym(w, a[i]!, v);
  }
}

function decodeDescribeConfigsResponseDescribeConfigsResourceResult_synonyms(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeConfigsResponseDescribeConfigsResourceResult.synonyms');
  const a = new Array<DescribeConfigsResponseDescribeConfigsSynonym>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResponseDescribeConfigsSynonym(r, v);
  return a;
}

function encodeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, m: DescribeConfigsResponseDescribeConfigsSynonym, v: number): void {
  if (v === 4) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v === 4) {
    w.compactString(m.value);
  } else {
    w.string(m.value);
  }
  w.int8(m.source);
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const m: DescribeConfigsResponseDescribeConfigsSynonym = {
    name: v === 4 ? r.compactString() : r.string(),
    value: v === 4 ? r.compactNullableString() : r.nullableString(),
    source: r.int8(),
  };
  if (v === 4) r.taggedFields();
  return m;
}
