// Generated from Kafka's IncrementalAlterConfigsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * IncrementalAlterConfigs request (API key 44): sets, deletes, appends to or subtracts from
 * individual configuration entries.
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

export interface IncrementalAlterConfigsRequest {
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  validateOnly: boolean;
}

/** An entry of `IncrementalAlterConfigsRequest.resources` (JSON `AlterConfigsResource`). */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
}

/** An entry of `IncrementalAlterConfigsRequestAlterConfigsResource.configs` (JSON `AlterableConfig`). */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  name: string;
  configOperation: number;
  value: string | null; // nullable
}

export const IncrementalAlterConfigsRequest = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  minVersion: 0,
  maxVersion: 1,
  flexibleFrom: 1,
  encode(w: Writer, m: IncrementalAlterConfigsRequest, version: number): void {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('IncrementalAlterConfigsRequest', version, 0, 1);
    encodeIncrementalAlterConfigsRequest(w, m, version);
  },
  decode(r: Reader, version: number): IncrementalAlterConfigsRequest {
    if (version < 0 || version > 1) throw new UnsupportedVersionError('IncrementalAlterConfigsRequest', version, 0, 1);
    return decodeIncrementalAlterConfigsRequest(r, version);
  },
} as const;

function encodeIncrementalAlterConfigsRequest(w: Writer, m: IncrementalAlterConfigsRequest, v: number): void {
  encodeIncrementalAlterConfigsRequest_resources(w, m.resources, v);
  w.bool(m.validateOnly);
  if (v === 1) w.uvarint(0);
}

function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const m: IncrementalAlterConfigsRequest = {
    resources: decodeIncrementalAlterConfigsRequest_resources(r, v),
    validateOnly: r.bool(),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeIncrementalAlterConfigsRequest_resources(w: Writer, a: IncrementalAlterConfigsRequestAlterConfigsResource[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsRequestAlterConfigsResource(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsRequestAlterConfigsResource(w, a[i]!, v);
  }
}

function decodeIncrementalAlterConfigsRequest_resources(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('IncrementalAlterConfigsRequest.resources');
  const a = new Array<IncrementalAlterConfigsRequestAlterConfigsResource>(n);
  for (let i = 0; i < n; i++) a[i] = decodeIncrementalAlterConfigsRequestAlterConfigsResource(r, v);
  return a;
}

function encodeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, m: IncrementalAlterConfigsRequestAlterConfigsResource, v: number): void {
  w.int8(m.resourceType);
  if (v === 1) {
    w.compactString(m.resourceName);
  } else {
    w.string(m.resourceName);
  }
  encodeIncrementalAlterConfigsRequestAlterConfigsResource_configs(w, m.configs, v);
  if (v === 1) w.uvarint(0);
}

function decodeIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const m: IncrementalAlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8(),
    resourceName: v === 1 ? r.compactString() : r.string(),
    configs: decodeIncrementalAlterConfigsRequestAlterConfigsResource_configs(r, v),
  };
  if (v === 1) r.taggedFields();
  return m;
}

function encodeIncrementalAlterConfigsRequestAlterConfigsResource_configs(w: Writer, a: IncrementalAlterConfigsRequestAlterableConfig[], v: number): void {
  if (v === 1) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsRequestAlterableConfig(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeIncrementalAlterConfigsRequestAlterableConfig(w, a[i]!, v);
  }
}

function decodeIncrementalAlterConfigsRequestAlterConfigsResource_configs(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig[] {
  const n = v === 1 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('IncrementalAlterConfigsRequestAlterConfigsResource.configs');
  const a = new Array<IncrementalAlterConfigsRequestAlterableConfig>(n);
  for (let i = 0; i < n; i++) a[i] = decodeIncrementalAlterConfigsRequestAlterableConfig(r, v);
  return a;
}

function encodeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, m: IncrementalAlterConfigsRequestAlterableConfig, v: number): void {
  if (v === 1) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  w.int8(m.configOperation);
  if (v === 1) {
    w.compactString(m.value);
  } else {
    w.string(m.value);
  }
  if (v === 1) w.uvarint(0);
}

function decodeIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig {
  const m: IncrementalAlterConfigsRequestAlterableConfig = {
    name: v === 1 ? r.compactString() : r.string(),
    configOperation: r.int8(),
    value: v === 1 ? r.compactNullableString() : r.nullableString(),
  };
  if (v === 1) r.taggedFields();
  return m;
}
