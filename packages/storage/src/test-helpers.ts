/**
 * Test-only helpers: building valid record batches (uncompressed, real v2 records), temp dirs
 * that are always removed, a capturing logger, a manual clock and an fsync-counting I/O hook.
 *
 * The batch builder stands in for @samsa/protocol's record-batch encoder until that lands; it
 * uses the protocol's header layout, Writer and CRC-32C.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_COUNT_OFFSET,
  Writer,
  batchSize,
  crc32c,
  isCrcValid,
  readBatchHeader,
  type BatchHeader,
} from '@samsa/protocol';
import { NODE_IO, type StorageIo, type StorageLogger, type Time } from './environment.js';

export interface TestRecord {
  key?: string | Buffer | null;
  value?: string | Buffer | null;
  /** Absolute timestamp; default: the batch's base timestamp. */
  timestamp?: number;
}

export interface BatchOptions {
  baseTimestamp?: number;
  attributes?: number;
  /** Overrides for building invalid batches. */
  recordCount?: number;
  lastOffsetDelta?: number;
  magic?: number;
}

const toBuf = (v: string | Buffer | null | undefined): Buffer | null => (v === null || v === undefined ? null : typeof v === 'string' ? Buffer.from(v) : v);

/** An uncompressed v2 batch (baseOffset 0, no producer id) holding `records`. */
export function buildBatch(records: TestRecord[], opts: BatchOptions = {}): Buffer {
  const baseTimestamp = opts.baseTimestamp ?? records[0]?.timestamp ?? 1_700_000_000_000;
  const body = new Writer(1024);
  let maxTimestamp = -1;
  records.forEach((r, i) => {
    const ts = r.timestamp ?? baseTimestamp;
    if (ts > maxTimestamp) maxTimestamp = ts;
    const rec = new Writer(64);
    rec.int8(0).varlong(ts - baseTimestamp).varint(i).varintBytes(toBuf(r.key)).varintBytes(toBuf(r.value)).varint(0);
    const bytes = rec.toBuffer();
    body.varint(bytes.length).raw(bytes);
  });
  const recs = body.toBuffer();
  const buf = Buffer.alloc(BATCH_HEADER_SIZE + recs.length);
  buf.writeBigInt64BE(0n, BASE_OFFSET_OFFSET);
  buf.writeInt32BE(buf.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  buf.writeInt32BE(-1, PARTITION_LEADER_EPOCH_OFFSET);
  buf.writeInt8(opts.magic ?? CURRENT_MAGIC, MAGIC_OFFSET);
  buf.writeInt16BE(opts.attributes ?? 0, ATTRIBUTES_OFFSET);
  buf.writeInt32BE(opts.lastOffsetDelta ?? records.length - 1, LAST_OFFSET_DELTA_OFFSET);
  buf.writeBigInt64BE(BigInt(baseTimestamp), BASE_TIMESTAMP_OFFSET);
  buf.writeBigInt64BE(BigInt(maxTimestamp), MAX_TIMESTAMP_OFFSET);
  buf.writeBigInt64BE(-1n, PRODUCER_ID_OFFSET);
  buf.writeInt16BE(-1, PRODUCER_EPOCH_OFFSET);
  buf.writeInt32BE(-1, BASE_SEQUENCE_OFFSET);
  buf.writeInt32BE(opts.recordCount ?? records.length, RECORD_COUNT_OFFSET);
  recs.copy(buf, BATCH_HEADER_SIZE);
  fixCrc(buf);
  return buf;
}

/** Recomputes the CRC of the batch at `at` (after a test edited the header). */
export function fixCrc(buf: Buffer, at = 0): void {
  buf.writeUInt32BE(crc32c(buf.subarray(at + ATTRIBUTES_OFFSET, at + batchSize(buf, at))), at + CRC_OFFSET);
}

/** A batch of `count` records with `valueSize`-byte values, all at `timestamp`. */
export function simpleBatch(count = 1, valueSize = 100, timestamp = 1_700_000_000_000): Buffer {
  const value = Buffer.alloc(valueSize, 0x61);
  return buildBatch(Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value, timestamp })));
}

/** Parses stored batches (checking sizes and CRC) into their headers. */
export function parseBatches(buf: Buffer): (BatchHeader & { position: number; size: number; crcValid: boolean })[] {
  const out = [];
  let at = 0;
  while (at < buf.length) {
    if (buf.length - at < BATCH_HEADER_SIZE) throw new Error(`partial batch header at ${at}`);
    const size = batchSize(buf, at);
    if (at + size > buf.length) throw new Error(`partial batch at ${at}`);
    out.push({ ...readBatchHeader(buf, at), position: at, size, crcValid: isCrcValid(buf, at) });
    at += size;
  }
  return out;
}

const cleanups = new WeakMap<TestContext, (() => unknown)[]>();

/** Registers `fn` to run after the test; cleanups run in reverse order (close logs, then remove dirs). */
export function onCleanup(t: TestContext, fn: () => unknown): void {
  let list = cleanups.get(t);
  if (!list) {
    const fns: (() => unknown)[] = [];
    cleanups.set(t, fns);
    t.after(async () => {
      for (const f of fns.reverse()) {
        try {
          await f();
        } catch {
          // a log a test closed or broke on purpose
        }
      }
    });
    list = fns;
  }
  list.push(fn);
}

export function tempDir(t: TestContext): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsa-storage-'));
  onCleanup(t, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CapturingLogger extends StorageLogger {
  messages: string[];
}

export function captureLogger(): CapturingLogger {
  const messages: string[] = [];
  return {
    messages,
    info: (m) => messages.push(`INFO ${m}`),
    warn: (m) => messages.push(`WARN ${m}`),
    error: (m) => messages.push(`ERROR ${m}`),
  };
}

export class ManualTime implements Time {
  constructor(public current = 1_700_000_000_000) {}
  now(): number {
    return this.current;
  }
}

/** Wraps the real fdatasync, counting calls and recording what each call started with. */
export class CountingIo implements StorageIo {
  calls = 0;
  completed = 0;
  /** Called synchronously when an fdatasync starts; its return value is passed to onComplete. */
  onStart: (fd: number) => unknown = () => undefined;
  onComplete: (started: unknown) => void = () => {};
  failNext: Error | null = null;

  async fdatasync(fd: number): Promise<void> {
    this.calls++;
    const started = this.onStart(fd);
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    await NODE_IO.fdatasync(fd);
    this.completed++;
    this.onComplete(started);
  }
}

export const TP = { topic: 'test-topic', partition: 0 };
