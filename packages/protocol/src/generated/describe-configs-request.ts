// Generated from Kafka's DescribeConfigsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeConfigs request (API key 32): reads the configuration of topics, brokers and other
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

export interface DescribeConfigsRequest {
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  includeSynonyms?: boolean; // v1+
  includeDocumentation?: boolean; // v3+
}

/** An entry of `DescribeConfigsRequest.resources` (JSON `DescribeConfigsResource`). */
export interface DescribeConfigsRequestDescribeConfigsResource {
  resourceType: number;
  resourceName: string;
  configurationKeys: string[] | null; // nullable
}

export const DescribeConfigsRequest = {
  apiKey: 32,
  name: 'DescribeConfigs',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 4,
  encode(w: Writer, m: DescribeConfigsRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeConfigsRequest', version, 0, 4);
    encodeDescribeConfigsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeConfigsRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeConfigsRequest', version, 0, 4);
    return decodeDescribeConfigsRequest(r, version);
  },
} as const;

function encodeDescribeConfigsRequest(w: Writer, m: DescribeConfigsRequest, v: number): void {
  encodeDescribeConfigsRequest_resources(w, m.resources, v);
  if (v >= 1) w.bool(m.includeSynonyms ?? false);
  if (v >= 3) w.bool(m.includeDocumentation ?? false);
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const m: DescribeConfigsRequest = {
    resources: decodeDescribeConfigsRequest_resources(r, v),
    includeSynonyms: v >= 1 ? r.bool() : false,
    includeDocumentation: v >= 3 ? r.bool() : false,
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeDescribeConfigsRequest_resources(w: Writer, a: DescribeConfigsRequestDescribeConfigsResource[], v: number): void {
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsRequestDescribeConfigsResource(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsRequestDescribeConfigsResource(w, a[i]!, v);
  }
}

function decodeDescribeConfigsRequest_resources(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource[] {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeConfigsRequest.resources');
  const a = new Array<DescribeConfigsRequestDescribeConfigsResource>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsRequestDescribeConfigsResource(r, v);
  return a;
}

function encodeDescribeConfigsRequestDescribeConfigsResource(w: Writer, m: DescribeConfigsRequestDescribeConfigsResource, v: number): void {
  w.int8(m.resourceType);
  if (v === 4) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  encodeDescribeConfigsRequestDescribeConfigsResource_configurationKeys(w, m.configurationKeys, v);
  if (v === 4) w.uvarint(0);
}

function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  const m: DescribeConfigsRequestDescribeConfigsResource = {
    resourceType: r.int8(),
    resourceName: v === 4 ? r.compactString() : r.string(),
    configurationKeys: decodeDescribeConfigsRequestDescribeConfigsResource_configurationKeys(r, v),
  };
  if (v === 4) r.taggedFields();
  return m;
}

function encodeDescribeConfigsRequestDescribeConfigsResource_configurationKeys(w: Writer, a: string[] | null, v: number): void {
  if (a === null) {
    if (v === 4) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v === 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]!);
  }
}

function decodeDescribeConfigsRequestDescribeConfigsResource_configurationKeys(r: Reader, v: number): string[] | null {
  const n = v === 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<string>(n);
  if (v === 4) {
    for (let i = 0; i < n; i++) a[i] = r.compactString();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.string();
  }
  return a;
}
