// Generated from Kafka's DescribeLogDirsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * DescribeLogDirs request (API key 35): describes a broker's log directories and the size of the
 * replicas in them.
 */
// v0-v4, flexible from v2

import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import {
  UnsupportedVersionError,
  arrayLength,
  compactArrayLength,
  nullArrayError,
} from '../codegen/runtime.js';

export interface DescribeLogDirsRequest {
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null; // nullable
}

/** An entry of `DescribeLogDirsRequest.topics` (JSON `DescribableLogDirTopic`). */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  topic: string;
  partitions: number[];
}

export const DescribeLogDirsRequest = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  minVersion: 0,
  maxVersion: 4,
  flexibleFrom: 2,
  encode(w: Writer, m: DescribeLogDirsRequest, version: number): void {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeLogDirsRequest', version, 0, 4);
    encodeDescribeLogDirsRequest(w, m, version);
  },
  decode(r: Reader, version: number): DescribeLogDirsRequest {
    if (version < 0 || version > 4) throw new UnsupportedVersionError('DescribeLogDirsRequest', version, 0, 4);
    return decodeDescribeLogDirsRequest(r, version);
  },
} as const;

function encodeDescribeLogDirsRequest(w: Writer, m: DescribeLogDirsRequest, v: number): void {
  encodeDescribeLogDirsRequest_topics(w, m.topics, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  const m: DescribeLogDirsRequest = {
    topics: decodeDescribeLogDirsRequest_topics(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeLogDirsRequest_topics(w: Writer, a: DescribeLogDirsRequestDescribableLogDirTopic[] | null, v: number): void {
  if (a === null) {
    if (v >= 2) {
      w.uvarint(0);
    } else {
      w.int32(-1);
    }
    return;
  }
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsRequestDescribableLogDirTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsRequestDescribableLogDirTopic(w, a[i]!, v);
  }
}

function decodeDescribeLogDirsRequest_topics(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopic[] | null {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) return null;
  const a = new Array<DescribeLogDirsRequestDescribableLogDirTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsRequestDescribableLogDirTopic(r, v);
  return a;
}

function encodeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, m: DescribeLogDirsRequestDescribableLogDirTopic, v: number): void {
  if (v >= 2) {
    w.compactString(m.topic);
  } else {
    w.string(m.topic);
  }
  encodeDescribeLogDirsRequestDescribableLogDirTopic_partitions(w, m.partitions, v);
  if (v >= 2) w.uvarint(0);
}

function decodeDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const m: DescribeLogDirsRequestDescribableLogDirTopic = {
    topic: v >= 2 ? r.compactString() : r.string(),
    partitions: decodeDescribeLogDirsRequestDescribableLogDirTopic_partitions(r, v),
  };
  if (v >= 2) r.taggedFields();
  return m;
}

function encodeDescribeLogDirsRequestDescribableLogDirTopic_partitions(w: Writer, a: number[], v: number): void {
  if (v >= 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeDescribeLogDirsRequestDescribableLogDirTopic_partitions(r: Reader, v: number): number[] {
  const n = v >= 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('DescribeLogDirsRequestDescribableLogDirTopic.partitions');
  const a = new Array<number>(n);
  if (v >= 2) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
