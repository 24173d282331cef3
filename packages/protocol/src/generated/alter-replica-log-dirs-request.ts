// Generated from Kafka's AlterReplicaLogDirsRequest.json by packages/protocol/src/codegen. Do not edit:
// change the generator or the definitions and run `npm run generate`.

/**
 * AlterReplicaLogDirs request (API key 34): moves replicas between log directories of a broker.
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

export interface AlterReplicaLogDirsRequest {
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
}

/** An entry of `AlterReplicaLogDirsRequest.dirs` (JSON `AlterReplicaLogDir`). */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  path: string;
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
}

/** An entry of `AlterReplicaLogDirsRequestAlterReplicaLogDir.topics` (JSON `AlterReplicaLogDirTopic`). */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  name: string;
  partitions: number[];
}

export const AlterReplicaLogDirsRequest = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  minVersion: 0,
  maxVersion: 2,
  flexibleFrom: 2,
  encode(w: Writer, m: AlterReplicaLogDirsRequest, version: number): void {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterReplicaLogDirsRequest', version, 0, 2);
    encodeAlterReplicaLogDirsRequest(w, m, version);
  },
  decode(r: Reader, version: number): AlterReplicaLogDirsRequest {
    if (version < 0 || version > 2) throw new UnsupportedVersionError('AlterReplicaLogDirsRequest', version, 0, 2);
    return decodeAlterReplicaLogDirsRequest(r, version);
  },
} as const;

function encodeAlterReplicaLogDirsRequest(w: Writer, m: AlterReplicaLogDirsRequest, v: number): void {
  encodeAlterReplicaLogDirsRequest_dirs(w, m.dirs, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  const m: AlterReplicaLogDirsRequest = {
    dirs: decodeAlterReplicaLogDirsRequest_dirs(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterReplicaLogDirsRequest_dirs(w: Writer, a: AlterReplicaLogDirsRequestAlterReplicaLogDir[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, a[i]!, v);
  }
}

function decodeAlterReplicaLogDirsRequest_dirs(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDir[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterReplicaLogDirsRequest.dirs');
  const a = new Array<AlterReplicaLogDirsRequestAlterReplicaLogDir>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r, v);
  return a;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, m: AlterReplicaLogDirsRequestAlterReplicaLogDir, v: number): void {
  if (v === 2) {
    w.compactString(m.path);
  } else {
    w.string(m.path);
  }
  encodeAlterReplicaLogDirsRequestAlterReplicaLogDir_topics(w, m.topics, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDir = {
    path: v === 2 ? r.compactString() : r.string(),
    topics: decodeAlterReplicaLogDirsRequestAlterReplicaLogDir_topics(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDir_topics(w: Writer, a: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, a[i]!, v);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, a[i]!, v);
  }
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir_topics(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterReplicaLogDirsRequestAlterReplicaLogDir.topics');
  const a = new Array<AlterReplicaLogDirsRequestAlterReplicaLogDirTopic>(n);
  for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, v);
  return a;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v: number): void {
  if (v === 2) {
    w.compactString(m.name);
  } else {
    w.string(m.name);
  }
  encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_partitions(w, m.partitions, v);
  if (v === 2) w.uvarint(0);
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = {
    name: v === 2 ? r.compactString() : r.string(),
    partitions: decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_partitions(r, v),
  };
  if (v === 2) r.taggedFields();
  return m;
}

function encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_partitions(w: Writer, a: number[], v: number): void {
  if (v === 2) {
    w.uvarint(a.length + 1);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  } else {
    w.int32(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]!);
  }
}

function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic_partitions(r: Reader, v: number): number[] {
  const n = v === 2 ? compactArrayLength(r) : arrayLength(r);
  if (n < 0) throw nullArrayError('AlterReplicaLogDirsRequestAlterReplicaLogDirTopic.partitions');
  const a = new Array<number>(n);
  if (v === 2) {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  } else {
    for (let i = 0; i < n; i++) a[i] = r.int32();
  }
  return a;
}
