// Generated from Kafka's DeleteTopicsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DeleteTopics request (API key 20): deletes topics by name or topic id.
 */
// v0-v6, flexible from v4

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DeleteTopicsRequest {
  topics?: DeleteTopicsRequestDeleteTopicState[]; // v6
  topicNames?: string[]; // v0-v5
  timeoutMs: number;
}

/** An entry of `DeleteTopicsRequest.topics` (JSON `DeleteTopicState`, v6). */
export interface DeleteTopicsRequestDeleteTopicState {
  name: string | null; // nullable, default null
  topicId: string;
}

export const DeleteTopicsRequest = {
  apiKey: 20,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 6,
  flexibleFrom: 4,
  encode(w: Writer, m: DeleteTopicsRequest, version: number): void {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('DeleteTopicsRequest', version, 0, 6);
    encodeDeleteTopicsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DeleteTopicsRequest {
    if (version < 0 || version > 6) throw new UnsupportedVersionError('DeleteTopicsRequest', version, 0, 6);
    return decodeDeleteTopicsRequest(r, version);
  },
} as const;

function encodeDeleteTopicsRequest(w: Writer, m: DeleteTopicsRequest, v: number): void {
  if (v === 6) {
    const _topics = m.topics ?? [];
    encodeDeleteTopicsRequest_topics(w, _topics, v);
  }
  if (v <= 5) {
    const _topicNames = m.topicNames ?? [];
    encodeDeleteTopicsRequest_topicNames(w, _topicNames, v);
  }
  w.int32(m.timeoutMs);
  if (v >= 4) w.uvarint(0);
}

function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const m: DeleteTopicsRequest = {
    topics: v === 6 ? decodeDeleteTopicsRequest_topics(r, v) : [],
    topicNames: v <= 5 ? decodeDeleteTopicsRequest_topicNames(r, v) : [],
    timeoutMs: r.int32(),
  };
  if (v >= 4) r.taggedFields();
  return m;
}

function encodeDeleteTopicsRequest_topics(w: Writer, a: DeleteTopicsRequestDeleteTopicState[], v: number): void {
  w.uvarint(a.length + 1);
  for (let i = 0; i < a.length; i++) encodeDeleteTopicsRequestDeleteTopicState(w, a[i]!, v);
}

function decodeDeleteTopicsRequest_topics(r: Reader, v: number): DeleteTopicsRequestDeleteTopicState[] {
  const n = compactArrayLength(r);
  if (n < 0) throw nullArrayError('DeleteTopicsRequest.topics');
  const a = new Array<DeleteTopicsRequestDeleteTopicState>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDeleteTopicsRequestDeleteTopicState(r, v);
  return a;
}

function encodeDeleteTopicsRequest_topicNames(w: Writer, a: string[], v: number): void {
  if (v >= 4) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]!);
  }
}

function decodeDeleteTopicsRequest_topicNames(r: Reader, v: number): string[] {
  const n = v >= 4 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DeleteTopicsRequest.topicNames');
  const a = new Array<string>(n);
  if (v >= 4) {
    for (let i = 0; i < n; i++) a[i] = r.compactString();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.string();
  }
  return a;
}

function encodeDeleteTopicsRequestDeleteTopicState(w: Writer, m: DeleteTopicsRequestDeleteTopicState, _v: number): void {
  w.compactString(m.name);
  w.uuid(m.topicId);
  w.uvarint(0);
}

function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, _v: number): DeleteTopicsRequestDeleteTopicState {
  const m: DeleteTopicsRequestDeleteTopicState = {
    name: r.compactNullableString(),
    topicId: r.uuid(),
  };
  r.taggedFields();
  return m;
}
