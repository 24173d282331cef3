// Generated from Kafka's CreateTopicsResponse.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * CreateTopics response (API key 19): creates topics with a partition count and replication
 * factor or explicit assignments, and configs.
 */
// v0-v7, flexible from v5

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  taggedFieldEnd,
  taggedFieldSizeMismatch,
} from '../codegen/runtime.js';

export interface CreateTopicsResponse {
  throttleTimeMs?: number; // v2+
  topics: CreateTopicsResponseCreatableTopicResult[];
}

/** An entry of `CreateTopicsResponse.topics` (JSON `CreatableTopicResult`). */
export interface CreateTopicsResponseCreatableTopicResult {
  name: string;
  topicId?: string; // v7
  errorCode: number;
  errorMessage?: string | null; // v1+, nullable
  topicConfigErrorCode?: number; // v5+, tag 0
  numPartitions?: number; // v5+, default -1
  replicationFactor?: number; // v5+, default -1
  configs?: CreateTopicsResponseCreatableTopicConfigs[] | null; // v5+, nullable
}

/** An entry of `CreateTopicsResponseCreatableTopicResult.configs` (JSON `CreatableTopicConfigs`, v5+). */
export interface CreateTopicsResponseCreatableTopicConfigs {
  name: string;
  value: string | null; // nullable
  readOnly: boolean;
  configSource: number; // default -1
  isSensitive: boolean;
}

export const CreateTopicsResponse = {
  apiKey: 19,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 7,
  flexibleFrom: 5,
  encode(w: Writer, m: CreateTopicsResponse, version: number): void {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('CreateTopicsResponse', version, 0, 7);
    encodeCreateTopicsResponse(w, m, version);
  },
  decode(r: Reader, version: number): CreateTopicsResponse {
    if (version < 0 || version > 7) throw new UnsupportedVersionError('CreateTopicsResponse', version, 0, 7);
    return decodeCreateTopicsResponse(r, version);
  },
} as const;

function encodeCreateTopicsResponse(w: Writer, m: CreateTopicsResponse, v: number): void {
  if (v >= 2) w.int32(m.throttleTimeMs ?? 0);
  encodeCreateTopicsResponse_topics(w, m.topics, v);
  if (v >= 5) w.uvarint(0);
}

function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const m: CreateTopicsResponse = {
    throttleTimeMs: v >= 2 ? r.int32() : 0,
    topics: decodeCreateTopicsResponse_topics(r, v),
  };
  if (v >= 5) r.taggedFields();
  return m;
}

function encodeCreateTopicsResponse_topics(w: Writer, a: CreateTopicsResponseCreatableTopicResult[], v: number): void {
  if (v >= 5) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsResponseCreatableTopicResult(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeCreateTopicsResponseCreatableTopicResult(w, a[i]!, v);
  }
}

function decodeCreateTopicsResponse_topics(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult[] {
  const n = v >= 5 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('CreateTopicsResponse.topics');
  const a = new Array<CreateTopicsResponseCreatableTopicResult>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateTopicsResponseCreatableTopicResult(r, v);
  return a;
}

function encodeCreateTopicsResponseCreatableTopicResult(w: Writer, m: CreateTopicsResponseCreatableTopicResult, v: number): void {
  if (v >= 5) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v === 7) w.uuid(m.topicId ?? ZERO_UUID);
  w.int16(m.errorCode);
  if (v >= 1) {
    const _errorMessage = m.errorMessage === undefined ? '' : m.errorMessage;
    if (v >= 5) {
      w.compactString(_errorMessage);
    } else {
      w.string(_errorMessage);
    }
  }
  if (v >= 5) w.int32(m.numPartitions ?? -1);
  if (v >= 5) w.int16(m.replicationFactor ?? -1);
  if (v >= 5) {
    const _configs = m.configs === undefined ? [] : m.configs;
    encodeCreateTopicsResponseCreatableTopicResult_configs(w, _configs, v);
  }
  if (v >= 5) {
    let tagCount = 0;
    const tag_topicConfigErrorCode = m.topicConfigErrorCode;
    const has_topicConfigErrorCode = tag_topicConfigErrorCode !== undefined && tag_topicConfigErrorCode !== 0;
    if (has_topicConfigErrorCode) tagCount++;
    w.uvarint(tagCount);
    if (has_topicConfigErrorCode) {
      w.uvarint(0).uvarint(2);
      w.int16(tag_topicConfigErrorCode);
    }
  }
}

function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  const m: CreateTopicsResponseCreatableTopicResult = {
    name: v >= 5 ? r.compactString() : r.string(),
    topicId: v === 7 ? r.uuid() : ZERO_UUID,
    errorCode: r.int16(),
    errorMessage: v >= 1 ? (v >= 5 ? r.compactNullableString() : r.nullableString()) : '',
    topicConfigErrorCode: 0,
    numPartitions: v >= 5 ? r.int32() : -1,
    replicationFactor: v >= 5 ? r.int16() : -1,
    configs: v >= 5 ? decodeCreateTopicsResponseCreatableTopicResult_configs(r, v) : [],
  };
  if (v >= 5) {
    for (let i = 0, n = r.uvarint(); i < n; i++) {
      const tag = r.uvarint();
      const end = taggedFieldEnd(r);
      if (tag === 0) m.topicConfigErrorCode = r.int16();
      else r.offset = end;
      if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, 'CreateTopicsResponseCreatableTopicResult');
    }
  }
  return m;
}

function encodeCreateTopicsResponseCreatableTopicResult_configs(w: Writer, a: CreateTopicsResponseCreatableTopicConfigs[] | null, v: number): void {
  if (a === null) {
    w.uvarint(0);
    return;
  }
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeCreateTopicsResponseCreatableTopicConfigs(w, a[i]!, v);
}

function decodeCreateTopicsResponseCreatableTopicResult_configs(r: Reader, v: number): CreateTopicsResponseCreatableTopicConfigs[] | null {
  const n = compactArrayLength(r);
  if (n < 0) return null;
  const a = new Array<CreateTopicsResponseCreatableTopicConfigs>(n);
  for (let i = 0; i < n; i++) a[i] = decodeCreateTopicsResponseCreatableTopicConfigs(r, v);
  return a;
}

function encodeCreateTopicsResponseCreatableTopicConfigs(w: Writer, m: CreateTopicsResponseCreatableTopicConfigs, _v: number): void {
  w.compactString(m.name);
  w.compactString(m.value);
  w.bool(m.readOnly);
  w.int8(m.configSource);
  w.bool(m.isSensitive);
  w.uvarint(0);
}

function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, _v: number): CreateTopicsResponseCreatableTopicConfigs {
  const m: CreateTopicsResponseCreatableTopicConfigs = {
    name: r.compactString(),
    value: r.compactNullableString(),
    readOnly: r.bool(),
    configSource: r.int8(),
    isSensitive: r.bool(),
  };
  r.taggedFields();
  return m;
}
