/**
 * Kafka operations for integration tests, on top of RawClient: create topics, produce batches,
 * look up offsets, and read a whole partition back while checking every batch (CRC, framing)
 * and the contiguity of offsets. Plus a seeded PRNG and a look at the broker's own log.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import {
  CreateTopicsRequest,
  CreateTopicsResponse,
  decodeRecordBatch,
  encodeRecordBatch,
  errorName,
  FetchRequest,
  FetchResponse,
  iterateBatches,
  ListOffsetsRequest,
  ListOffsetsResponse,
  MetadataRequest,
  MetadataResponse,
  ProduceRequest,
  ProduceResponse,
  type CompressionType,
  type CreateTopicsResponseCreatableTopicResult,
  type FetchResponsePartitionData,
  type ListOffsetsResponseListOffsetsPartitionResponse,
  type ProduceResponsePartitionProduceResponse,
} from '@samsa/protocol';
import type { BrokerProcess } from '@samsa/testkit';
import type { RawClient } from './raw-client.js';

export const PRODUCE_VERSION = 9;
export const FETCH_VERSION = 12;
export const LIST_OFFSETS_VERSION = 7;
export const METADATA_VERSION = 12;
export const CREATE_TOPICS_VERSION = 7;

export const EARLIEST = -2;
export const LATEST = -1;

// ---------------------------------------------------------------------------------------------
// randomness

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from `env` (decimal) or a fresh random one. */
export function seedFrom(env: string | undefined): number {
  if (env !== undefined && env !== '') return Number(env) >>> 0;
  return (Math.random() * 2 ** 32) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// records

/** One record batch holding `values` (keys null), CreateTime now. */
export function batchOf(values: readonly Buffer[], options: { compression?: CompressionType; keys?: readonly (Buffer | null)[] } = {}): Buffer {
  const now = Date.now();
  return encodeRecordBatch({
    records: values.map((value, i) => ({ timestamp: now, key: options.keys?.[i] ?? null, value })),
    ...(options.compression !== undefined ? { compression: options.compression } : {}),
  });
}

/** A recognisable payload: `tag` then filler up to `size` bytes (at least the tag). */
export function payload(tag: string, size = tag.length): Buffer {
  const head = Buffer.from(tag);
  if (size <= head.length) return head;
  const out = Buffer.alloc(size, 0x2e); // '.'
  head.copy(out);
  // make the tail depend on the tag too, so a torn or shifted copy cannot pass as another
  for (let i = head.length; i < size; i += 97) out[i] = head[i % head.length]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// requests

export async function createTopic(
  c: RawClient,
  name: string,
  partitions: number,
  configs: Record<string, string> = {},
): Promise<CreateTopicsResponseCreatableTopicResult> {
  const res = await c.send(CreateTopicsRequest, CreateTopicsResponse, CREATE_TOPICS_VERSION, {
    topics: [
      {
        name,
        numPartitions: partitions,
        replicationFactor: 1,
        assignments: [],
        configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
      },
    ],
    timeoutMs: 30_000,
    validateOnly: false,
  });
  const t = res.topics[0]!;
  assert.equal(t.errorCode, 0, `create topic ${name}: ${errorName(t.errorCode)} ${t.errorMessage ?? ''}`);
  return t;
}

export async function produce(
  c: RawClient,
  topic: string,
  partition: number,
  records: Buffer,
  options: { acks?: number; version?: number; timeoutMs?: number } = {},
): Promise<ProduceResponsePartitionProduceResponse> {
  const res = await c.send(
    ProduceRequest,
    ProduceResponse,
    options.version ?? PRODUCE_VERSION,
    { transactionalId: null, acks: options.acks ?? 1, timeoutMs: 30_000, topicData: [{ name: topic, partitionData: [{ index: partition, records }] }] },
    options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {},
  );
  assert.equal(res.responses.length, 1);
  assert.equal(res.responses[0]!.partitionResponses.length, 1);
  return res.responses[0]!.partitionResponses[0]!;
}

export async function listOffset(
  c: RawClient,
  topic: string,
  partition: number,
  timestamp: number,
): Promise<ListOffsetsResponseListOffsetsPartitionResponse> {
  const res = await c.send(ListOffsetsRequest, ListOffsetsResponse, LIST_OFFSETS_VERSION, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp }] }],
  });
  return res.topics[0]!.partitions[0]!;
}

/** The log end offset (high watermark on a single broker); asserts no error. */
export async function logEnd(c: RawClient, topic: string, partition: number): Promise<number> {
  const p = await listOffset(c, topic, partition, LATEST);
  assert.equal(p.errorCode, 0, `ListOffsets ${topic}-${partition}: ${errorName(p.errorCode)}`);
  return p.offset!;
}

export async function fetchOnce(
  c: RawClient,
  topic: string,
  partition: number,
  fetchOffset: number,
  options: { maxWaitMs?: number; minBytes?: number; partitionMaxBytes?: number; maxBytes?: number; timeoutMs?: number } = {},
): Promise<FetchResponsePartitionData> {
  const res = await c.send(
    FetchRequest,
    FetchResponse,
    FETCH_VERSION,
    {
      replicaId: -1,
      maxWaitMs: options.maxWaitMs ?? 0,
      minBytes: options.minBytes ?? 0,
      maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [{ topic, partitions: [{ partition, fetchOffset, partitionMaxBytes: options.partitionMaxBytes ?? 4 * 1024 * 1024 }] }],
      forgottenTopicsData: [],
      rackId: '',
    },
    options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {},
  );
  assert.equal(res.errorCode ?? 0, 0, `fetch: top-level error ${errorName(res.errorCode ?? 0)}`);
  return res.responses[0]!.partitions[0]!;
}

export async function metadata(c: RawClient, topics: string[] | null, allowAutoTopicCreation = false) {
  return c.send(MetadataRequest, MetadataResponse, METADATA_VERSION, {
    topics: topics === null ? null : topics.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' })),
    allowAutoTopicCreation,
    includeTopicAuthorizedOperations: false,
  });
}

// ---------------------------------------------------------------------------------------------
// reading a partition back

export interface ReadRecord {
  offset: number;
  value: Buffer | null;
  key: Buffer | null;
}

export interface ReadBatch {
  baseOffset: number;
  lastOffset: number;
  records: ReadRecord[];
}

export interface PartitionContents {
  logStartOffset: number;
  highWatermark: number;
  batches: ReadBatch[];
  /** offset -> record */
  byOffset: Map<number, ReadRecord>;
}

/**
 * Reads a partition from its log start to its high watermark with Fetch, decoding every
 * batch (which checks its CRC and framing) and checking that batches follow each other with
 * no gap or overlap and end exactly at the high watermark.
 */
export async function readPartition(c: RawClient, topic: string, partition: number): Promise<PartitionContents> {
  const start = await listOffset(c, topic, partition, EARLIEST);
  assert.equal(start.errorCode, 0, `earliest offset of ${topic}-${partition}: ${errorName(start.errorCode)}`);
  const hw = await logEnd(c, topic, partition);
  const batches: ReadBatch[] = [];
  const byOffset = new Map<number, ReadRecord>();
  let next = start.offset!;
  while (next < hw) {
    const p = await fetchOnce(c, topic, partition, next);
    assert.equal(p.errorCode, 0, `fetch ${topic}-${partition} at ${next}: ${errorName(p.errorCode)}`);
    const buf = p.records ?? Buffer.alloc(0);
    let progressed = false;
    for (const { at, size } of iterateBatches(buf)) {
      const b = decodeRecordBatch(buf, at); // throws on a bad CRC or bad framing
      const lastOffset = b.baseOffset + b.lastOffsetDelta;
      // The log start offset may fall inside the first batch (DeleteRecords): that batch is
      // served whole and its records below the start are skipped, as consumers do.
      const straddlesStart = batches.length === 0 && b.baseOffset < next && lastOffset >= next;
      if (!straddlesStart) {
        assert.equal(b.baseOffset, next, `${topic}-${partition}: batch at ${b.baseOffset} (size ${size}) where ${next} was expected: a gap or an overlap`);
      }
      assert.equal(b.records.length, b.lastOffsetDelta + 1, `${topic}-${partition}: batch at ${b.baseOffset} has ${b.records.length} records but lastOffsetDelta ${b.lastOffsetDelta}`);
      const records = b.records
        .map((r, i) => {
          assert.equal(r.offset, b.baseOffset + i, `${topic}-${partition}: record offsets in batch ${b.baseOffset} are not contiguous`);
          // copy: the views point into the fetch response buffer
          return { offset: r.offset, value: r.value && Buffer.from(r.value), key: r.key && Buffer.from(r.key) };
        })
        .filter((r) => r.offset >= next);
      for (const r of records) byOffset.set(r.offset, r);
      batches.push({ baseOffset: b.baseOffset, lastOffset, records });
      next = lastOffset + 1;
      progressed = true;
    }
    assert.ok(progressed, `${topic}-${partition}: a fetch at ${next} below the high watermark ${hw} returned no whole batch (${buf.length} bytes)`);
  }
  assert.equal(next, hw, `${topic}-${partition}: batches end at ${next}, the high watermark is ${hw}`);
  return { logStartOffset: start.offset!, highWatermark: hw, batches, byOffset };
}

// ---------------------------------------------------------------------------------------------
// the broker's own log

/** Log lines at error or fatal level (bugs: a handler threw, an unexpected error was mapped), and stderr output. */
export function brokerErrors(broker: BrokerProcess): string[] {
  return broker.lines
    .filter((l) => l.level === 'error' || l.level === 'fatal' || l.level === 'stderr')
    .map((l) => JSON.stringify(l));
}

/** Everything the broker wrote to stderr. */
export function brokerStderr(broker: BrokerProcess): string {
  return broker.lines
    .filter((l) => l.level === 'stderr')
    .map((l) => String(l.msg))
    .join('');
}

/** Whether the broker process is still running. */
export function isAlive(broker: BrokerProcess): boolean {
  return broker.child.exitCode === null && broker.child.signalCode === null;
}

/**
 * `promise`, or a rejection naming `what` after `ms` (a safety net so that a hang fails the
 * test with a message instead of running into the test's own timeout).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Restarts on the same data dir, on a fresh ephemeral port (the old one may be taken). */
export function restartOnNewPort(broker: BrokerProcess): Promise<BrokerProcess> {
  return broker.restart({ listeners: 'PLAINTEXT://127.0.0.1:0' });
}

/** Stops the broker and removes `dataDir` (restarted brokers do not own their data dir). */
export async function stopAndRemove(broker: BrokerProcess, dataDir: string): Promise<void> {
  await broker.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
