// Generated from Kafka's MetadataRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * Metadata request (API key 3): describes the cluster: brokers, controller, and the partitions,
 * leaders and replicas of the requested topics.
 */
// v0-v12, flexible from v9

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  ZERO_UUID,
  arrayLength,
  compactArrayLength,
  nullArrayError,
  nullValueError,
} from '../codegen/runtime.js';

export interface MetadataRequest {
  topics: MetadataRequestTopic[] | null; // nullable v1+
  allowAutoTopicCreation?: boolean; // v4+, default true
  includeClusterAuthorizedOperations?: boolean; // v8-v10
  includeTopicAuthorizedOperations?: boolean; // v8+
}

/** An entry of `MetadataRequest.topics` (JSON `MetadataRequestTopic`). */
export interface MetadataRequestTopic {
  topicId?: string; // v10+
  name: string | null; // nullable v10+
}

export const MetadataRequest = {
  apiKey: 3,
  name: 'Metadata',
  minVersion: 0,
  maxVersion: 12,
  flexibleFrom: 9,
  encode(w: Writer, m: MetadataRequest, version: number): void {
    if (version < 0 || version > 12) throw new UnsupportedVersionError('MetadataRequest', version, 0, 12);
    encodeMetadataRequest(w, m, version);
  },
  decode(r: Reader, version: number): MetadataRequest {
    if (version < 0 || version > 12) throw new UnsupportedVersionError('MetadataRequest', version, 0, 12);
    return decodeMetadataRequest(r, version);
  },
} as const;

function encodeMetadataRequest(w: Writer, m: MetadataRequest, v: number): void {
  encodeMetadataRequest_topics(w, m.topics, v);
  if (v >= 4) w.bool(m.allowAutoTopicCreation ?? true);
  if (v >= 8 && v <= 10) w.bool(m.includeClusterAuthorizedOperations ?? false);
  if (v >= 8) w.bool(m.includeTopicAuthorizedOperations ?? false);
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  const m: MetadataRequest = {
    topics: decodeMetadataRequest_topics(r, v),
    allowAutoTopicCreation: v >= 4 ? r.bool() : true,
    includeClusterAuthorizedOperations: v >= 8 && v <= 10 ? r.bool() : false,
    includeTopicAuthorizedOperations: v >= 8 ? r.bool() : false,
  };
  if (v >= 9) r.taggedFields();
  return m;
}

function encodeMetadataRequest_topics(w: Writer, a: MetadataRequestTopic[] | null, v: number): void {
  if (a === null) {
    if (v < 1) throw nullValueError('MetadataRequest.topics', v);
    if (v >= 9) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 9) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeMetadataRequestTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataRequestTopic(w, a[i]!, v);
  }
}

function decodeMetadataRequest_topics(r: Reader, v: number): MetadataRequestTopic[] | null {
  const n = v >= 9 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) {
    if (v >= 1) return null;
    throw nullArrayError('MetadataRequest.topics');
  }
  const a = new Array<MetadataRequestTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeMetadataRequestTopic(r, v);
  return a;
}

function encodeMetadataRequestTopic(w: Writer, m: MetadataRequestTopic, v: number): void {
  if (v >= 10) w.uuid(m.topicId ?? ZERO_UUID);
  if (m.name === null && v < 10) throw nullValueError('MetadataRequestTopic.name', v);
  if (v >= 9) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  if (v >= 9) w.uvarint(0);
}

function decodeMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const m: MetadataRequestTopic = {
    topicId: v >= 10 ? r.uuid() : ZERO_UUID,
    name: v >= 9 ? (v >= 10 ? r.compactNullableString() : r.compactString()) : r.string(),
  };
  if (v >= 9) r.taggedFields();
  return m;
}
