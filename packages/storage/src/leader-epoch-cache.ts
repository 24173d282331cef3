/**
 * The leader epoch cache of one partition, persisted as `leader-epoch-checkpoint` (format in
 * checkpoint-file.ts: version "0", count, then "<epoch> <startOffset>" lines).
 *
 * Each entry says: leader epoch E wrote its first batch at startOffset S. Entries are strictly
 * increasing in both epoch and start offset. Replication will use it to answer
 * OffsetForLeaderEpoch (the end offset of an epoch is the start offset of the next one) and to
 * truncate a follower to the point where its log diverged from the new leader's. Appends record
 * an entry when a batch carries a newer epoch; recovery re-derives entries from the batches it
 * re-reads; truncation at either end trims the cache to match the log.
 */
import path from 'node:path';
import { LeaderEpochCheckpointFile } from './checkpoint-file.js';
import { LEADER_EPOCH_CHECKPOINT_FILE } from './file-names.js';
import type { StorageLogger } from './environment.js';

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export class LeaderEpochCache {
  private entries: EpochEntry[];
  private readonly file: LeaderEpochCheckpointFile;

  constructor(dir: string, logger: StorageLogger) {
    this.file = new LeaderEpochCheckpointFile(path.join(dir, LEADER_EPOCH_CHECKPOINT_FILE));
    try {
      this.entries = this.file.read();
    } catch (e) {
      // Derived data: losing it costs replication a wider truncation, never records.
      logger.warn(`ignoring unreadable ${this.file.path}: ${(e as Error).message}`);
      this.entries = [];
    }
    for (let i = 1; i < this.entries.length; i++) {
      const a = this.entries[i - 1]!;
      const b = this.entries[i]!;
      if (b.epoch <= a.epoch || b.startOffset < a.startOffset) {
        logger.warn(`ignoring non-monotonic ${this.file.path}`);
        this.entries = [];
        break;
      }
    }
  }

  get all(): readonly EpochEntry[] {
    return this.entries;
  }

  latestEpoch(): number {
    return this.entries.length ? this.entries[this.entries.length - 1]!.epoch : -1;
  }

  /** Records that `epoch` starts at `startOffset`, if it is newer than the latest epoch. */
  assign(epoch: number, startOffset: number, persist = true): boolean {
    if (epoch < 0 || epoch <= this.latestEpoch()) return false;
    // A newer epoch starting at or before an older entry supersedes it (a leader that
    // truncated and rewrote the tail).
    while (this.entries.length && this.entries[this.entries.length - 1]!.startOffset >= startOffset) this.entries.pop();
    this.entries.push({ epoch, startOffset });
    if (persist) this.persist();
    return true;
  }

  /**
   * OffsetForLeaderEpoch: the largest epoch <= `epoch` and the offset where it ended (the
   * start of the next epoch, or the log end offset for the latest one); -1/-1 if unknown.
   */
  endOffsetFor(epoch: number, logEndOffset: number): { epoch: number; endOffset: number } {
    let i = this.entries.length - 1;
    while (i >= 0 && this.entries[i]!.epoch > epoch) i--;
    if (i < 0) return { epoch: -1, endOffset: -1 };
    const next = this.entries[i + 1];
    return { epoch: this.entries[i]!.epoch, endOffset: next ? next.startOffset : logEndOffset };
  }

  /** The log was truncated to end at `endOffset`: drop epochs that started at or after it. */
  truncateFromEnd(endOffset: number): void {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.startOffset < endOffset);
    if (this.entries.length !== before) this.persist();
  }

  /** The log now starts at `startOffset`: keep the epoch covering it, moved to start there. */
  truncateFromStart(startOffset: number): void {
    let i = 0;
    while (i + 1 < this.entries.length && this.entries[i + 1]!.startOffset <= startOffset) i++;
    const first = this.entries[i];
    if (!first || first.startOffset >= startOffset) return;
    this.entries = [{ epoch: first.epoch, startOffset }, ...this.entries.slice(i + 1)];
    this.persist();
  }

  clear(): void {
    if (this.entries.length === 0) return;
    this.entries = [];
    this.persist();
  }

  persist(): void {
    this.file.writeSync(this.entries);
  }
}
