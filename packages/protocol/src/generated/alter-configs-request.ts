// Generated from Kafka's AlterConfigsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterConfigs request (API key 33): replaces the whole configuration of resources (superseded
 * by IncrementalAlterConfigs).
 */
// v0-v2, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface AlterConfigsRequest {
  resources: AlterConfigsRequestAlterConfigsResource[];
  validateOnly: boolean;
}

/** An entry of `AlterConfigsRequest.resources` (JSON `AlterConfigsResource`). */
export interface AlterConfigsRequestAlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: AlterConfigsRequestAlterableConfig[];
}

/** An entry of `AlterConfigsRequestAlterConfigsResource.configs` (JSON `AlterableConfig`). */
export interface AlterConfigsRequestAlterableConfig {
  name: string;
  value: string | null; // nullable
}

export const AlterConfigsRequest = {
  apiKey: 33,
  name: 'AlterConfigs',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: AlterConfigsRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterConfigsRequest', version, 0, 2);
    encodeAlterConfigsRequest(w, m, version);
  },
  decode(r: Reader, version: number): AlterConfigsRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterConfigsRequest', version, 0, 2);
    return decodeAlterConfigsRequest(r, version);
  },
} as const;

function encodeAlterConfigsRequest(w: Writer, m: AlterConfigsRequest, v: number): void {
  encodeAlterConfigsRequest_resources(w, m.resources, v);
  w.bool(m.validateOnly);
  if (v === 2) w.uvarint(0);
}

function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const m: AlterConfigsRequest = {
    resources: decodeAlterConfigsRequest_resources(r, v),
    validateOnly: r.bool(),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterConfigsRequest_resources(w: Writer, a: AlterConfigsRequestAlterConfigsResource[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsRequestAlterConfigsResource(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsRequestAlterConfigsResource(w, a[i]!, v);
  }
}

function decodeAlterConfigsRequest_resources(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterConfigsRequest.resources');
  const a = new Array<AlterConfigsRequestAlterConfigsResource>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterConfigsRequestAlterConfigsResource(r, v);
  return a;
}

function encodeAlterConfigsRequestAlterConfigsResource(w: Writer, m: AlterConfigsRequestAlterConfigsResource, v: number): void {
  w.int8(m.resourceType);
  if (v === 2) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  encodeAlterConfigsRequestAlterConfigsResource_configs(w, m.configs, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource {
  const m: AlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8(),
    resourceName: v === 2 ? r.compactString() : r.string(),
    configs: decodeAlterConfigsRequestAlterConfigsResource_configs(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterConfigsRequestAlterConfigsResource_configs(w: Writer, a: AlterConfigsRequestAlterableConfig[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsRequestAlterableConfig(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsRequestAlterableConfig(w, a[i]!, v);
  }
}

function decodeAlterConfigsRequestAlterConfigsResource_configs(r: Reader, v: number): AlterConfigsRequestAlterableConfig[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterConfigsRequestAlterConfigsResource.configs');
  const a = new Array<AlterConfigsRequestAlterableConfig>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterConfigsRequestAlterableConfig(r, v);
  return a;
}

function encodeAlterConfigsRequestAlterableConfig(w: Writer, m: AlterConfigsRequestAlterableConfig, v: number): void {
  if (v === 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v === 2) {
    w.compactString(m.value);
  } else {
    w.string(m.value);
  }
  if (v === 2) w.uvarint(0);
}

function decodeAlterConfigsRequestAlterableConfig(r: Reader, v: number): AlterConfigsRequestAlterableConfig {
  const m: AlterConfigsRequestAlterableConfig = {
    name: v === 2 ? r.compactString() : r.string(),
    value: v === 2 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 2) r.taggedFields();
  return m;
}
