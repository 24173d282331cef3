/**
 * The GroupStore over `__consumer_offsets`, and the loader that reads a partition of it back.
 *
 * Writing: each GroupStore call becomes one uncompressed record batch (so a commit of many
 * partitions, or a group deletion with all its tombstones, is one atomic append) in the
 * partition `partitionFor(groupId)`, with the records of offsets-records.ts and the current
 * time as CreateTime. The call resolves when Log.append does: the bytes are in the segment
 * and, if the topic's flush policy (flush.messages, from log.flush.interval.messages) asks,
 * fsynced. An append that takes longer than offsets.commit.timeout.ms fails with
 * REQUEST_TIMED_OUT (it may still land; the coordinator then simply did not acknowledge it).
 *
 * Loading: `loadOffsetsPartition` reads a partition from its start to the high watermark in
 * chunks of offsets.load.buffer.size and replays it: the latest record per key wins, a
 * tombstone removes. Control and transactional batches are skipped (no transactional offset
 * commits are written yet), and so are records this version does not keep (KIP-848 keys) or
 * cannot read, each reported through `onSkip`.
 */
import { encodeRecordBatch, decodeRecordBatches, ErrorCode, type KafkaRecord } from '@samsa/protocol';
import type { CommittedOffset, GroupMetadataSnapshot, GroupStore, LoadedPartition, OffsetRef } from './group-store.js';
import {
  decodeOffsetsTopicRecord,
  groupMetadataKey,
  groupMetadataValue,
  offsetCommitKey,
  offsetCommitValue,
  OffsetsRecordError,
} from './offsets-records.js';
import { partitionFor } from './partition-for.js';

/** What the store and loader need of a partition's Log (@samsa/storage). */
export interface OffsetsPartitionLog {
  append(batches: Buffer): Promise<unknown>;
  read(fetchOffset: number, maxBytes: number, opts?: { maxOffset?: number; minOneBatch?: boolean }): Promise<{ records: Buffer }>;
  readonly logStartOffset: number;
  readonly highWatermark: number;
}

export interface OffsetsTopicStoreOptions {
  numPartitions: number;
  /** The log of a partition this broker leads, or undefined. */
  log(partition: number): OffsetsPartitionLog | undefined;
  now(): number;
  /** offsets.commit.timeout.ms. */
  commitTimeoutMs: number;
}

/** An error with the Kafka code the coordinator maps for clients. */
export class OffsetsStoreError extends Error {
  override name = 'OffsetsStoreError';
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }
}

interface KeyValue {
  key: Buffer;
  value: Buffer | null;
}

export class OffsetsTopicStore implements GroupStore {
  constructor(private readonly opts: OffsetsTopicStoreOptions) {}

  storeGroup(group: GroupMetadataSnapshot): Promise<void> {
    return this.write(group.groupId, [{ key: groupMetadataKey(group.groupId), value: groupMetadataValue(group) }]);
  }

  storeOffsets(groupId: string, offsets: CommittedOffset[]): Promise<void> {
    return this.write(
      groupId,
      offsets.map((o) => ({ key: offsetCommitKey(groupId, o.topic, o.partition), value: offsetCommitValue(o) })),
    );
  }

  deleteOffsets(groupId: string, offsets: OffsetRef[]): Promise<void> {
    return this.write(groupId, tombstones(groupId, offsets));
  }

  deleteGroup(groupId: string, offsets: OffsetRef[]): Promise<void> {
    return this.write(groupId, [...tombstones(groupId, offsets), { key: groupMetadataKey(groupId), value: null }]);
  }

  private async write(groupId: string, entries: KeyValue[]): Promise<void> {
    if (entries.length === 0) return;
    const partition = partitionFor(groupId, this.opts.numPartitions);
    const log = this.opts.log(partition);
    if (!log) throw new OffsetsStoreError(ErrorCode.NOT_LEADER_OR_FOLLOWER, `no log for __consumer_offsets-${partition} on this broker`);
    const timestamp = this.opts.now();
    const records: KafkaRecord[] = entries.map((e) => ({ timestamp, key: e.key, value: e.value }));
    const batch = encodeRecordBatch({ records });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new OffsetsStoreError(ErrorCode.REQUEST_TIMED_OUT, `append to __consumer_offsets-${partition} took longer than ${this.opts.commitTimeoutMs} ms`)),
        this.opts.commitTimeoutMs,
      );
    });
    try {
      await Promise.race([log.append(batch), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function tombstones(groupId: string, offsets: readonly OffsetRef[]): KeyValue[] {
  return offsets.map((o) => ({ key: offsetCommitKey(groupId, o.topic, o.partition), value: null }));
}

export interface LoadResult extends LoadedPartition {
  /** Records replayed (skipped ones not counted). */
  records: number;
  bytes: number;
}

/** Replays one partition of `__consumer_offsets` up to its high watermark at the call. */
export async function loadOffsetsPartition(
  log: OffsetsPartitionLog,
  opts: { bufferBytes: number; onSkip?: (offset: number, reason: string) => void },
): Promise<LoadResult> {
  const groups = new Map<string, GroupMetadataSnapshot | null>();
  const offsets = new Map<string, Map<string, CommittedOffset | null>>();
  let records = 0;
  let bytes = 0;
  let next = log.logStartOffset;
  const end = log.highWatermark;
  while (next < end) {
    const read = await log.read(next, opts.bufferBytes, { maxOffset: end, minOneBatch: true });
    if (read.records.length === 0) break;
    bytes += read.records.length;
    let advanced = false;
    for (const batch of decodeRecordBatches(read.records)) {
      const batchEnd = batch.baseOffset + batch.lastOffsetDelta + 1;
      if (!batch.isControl && !batch.isTransactional) {
        for (const r of batch.records) {
          if (r.offset < next) continue;
          let rec;
          try {
            rec = decodeOffsetsTopicRecord(r.key, r.value);
          } catch (e) {
            if (!(e instanceof OffsetsRecordError)) throw e;
            opts.onSkip?.(r.offset, e.message);
            continue;
          }
          if (rec.kind === 'other') {
            opts.onSkip?.(r.offset, `key version ${rec.keyVersion} is not a classic group record`);
            continue;
          }
          records++;
          if (rec.kind === 'group') {
            groups.set(rec.groupId, rec.value);
          } else {
            let byKey = offsets.get(rec.groupId);
            if (!byKey) offsets.set(rec.groupId, (byKey = new Map()));
            byKey.set(`${rec.partition}:${rec.topic}`, rec.value);
          }
        }
      }
      if (batchEnd > next) {
        next = batchEnd;
        advanced = true;
      }
    }
    if (!advanced) break;
  }
  const loaded: LoadResult = { groups: [], offsets: new Map(), records, bytes };
  for (const g of groups.values()) if (g !== null) loaded.groups.push(g);
  for (const [groupId, byKey] of offsets) {
    const live = [...byKey.values()].filter((o): o is CommittedOffset => o !== null);
    if (live.length > 0) loaded.offsets.set(groupId, live);
  }
  return loaded;
}
