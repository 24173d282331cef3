/**
 * The committed offsets of every group this coordinator serves, in memory, kept equal to what
 * a replay of `__consumer_offsets` gives.
 *
 * Writes reach the log in the order they are issued (Log.append assigns offsets in call order),
 * and replay lets the latest record per key win. Their completions, though, may be applied
 * after a later write's: a commit still being written when the group is deleted must not
 * bring its offset back once it lands. So every write takes a sequence number when it is
 * issued, and a change to a key is applied only if it is newer than the last one applied to
 * that key:
 *
 *   commit    issued with `beginWrite` (the keys count as pending), which returns a
 *             PendingWrite; applied by `completeWrite` once the records are stored, dropped
 *             by `abortWrite` if the write failed;
 *   removal   (OffsetDelete, expiry, DeleteGroups) applied at once by `remove`, which returns
 *             the sequence number, and written afterwards. Pending keys are removed too, so a
 *             deletion covers commits still in flight.
 *
 * Removed keys remember their sequence number while any write of the group is pending, which
 * is exactly as long as an older commit could still complete.
 */
import type { CommittedOffset, OffsetRef } from './group-store.js';

const keyOf = (topic: string, partition: number): string => `${partition}:${topic}`;

interface Entry {
  offset: CommittedOffset;
  seq: number;
}

/** One group's offsets and writes in flight (exported for `PendingWrite` only). */
export class GroupOffsets {
  constructor(readonly groupId: string) {}

  readonly entries = new Map<string, Entry>();
  /** Keys removed while writes were pending, with the sequence number of the removal. */
  readonly removedAt = new Map<string, number>();
  /** Keys with commits in flight, with how many. */
  readonly pendingKeys = new Map<string, { ref: OffsetRef; count: number }>();
  pendingWrites = 0;

  lastSeq(key: string): number {
    return Math.max(this.entries.get(key)?.seq ?? -1, this.removedAt.get(key) ?? -1);
  }

  get isIdle(): boolean {
    return this.entries.size === 0 && this.pendingWrites === 0;
  }
}

/** A commit being written, from `beginWrite`. */
export interface PendingWrite {
  readonly groupId: string;
  readonly seq: number;
  /** @internal the group's state the write belongs to (a reload replaces it). */
  readonly group: GroupOffsets;
  readonly refs: readonly OffsetRef[];
  settled?: boolean;
}

export class OffsetStore {
  private readonly groups = new Map<string, GroupOffsets>();
  private seq = 0;

  /** The committed offset of one partition, if any. */
  get(groupId: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.groups.get(groupId)?.entries.get(keyOf(topic, partition))?.offset;
  }

  /** Every committed offset of the group, sorted by topic, then partition. */
  all(groupId: string): CommittedOffset[] {
    const g = this.groups.get(groupId);
    if (!g) return [];
    return [...g.entries.values()].map((e) => e.offset).sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  }

  hasOffsets(groupId: string): boolean {
    return (this.groups.get(groupId)?.entries.size ?? 0) > 0;
  }

  /** Whether a commit of this partition is being written. */
  isPending(groupId: string, topic: string, partition: number): boolean {
    return this.groups.get(groupId)?.pendingKeys.has(keyOf(topic, partition)) ?? false;
  }

  hasPendingWrites(groupId: string): boolean {
    return (this.groups.get(groupId)?.pendingWrites ?? 0) > 0;
  }

  /** Groups that have offsets or writes in flight. */
  groupIds(): string[] {
    return [...this.groups.keys()];
  }

  /** The number of committed offsets over all groups. */
  get size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.entries.size;
    return n;
  }

  /** Installs an offset read back from the log (no write involved). */
  load(groupId: string, offset: CommittedOffset): void {
    this.group(groupId).entries.set(keyOf(offset.topic, offset.partition), { offset, seq: ++this.seq });
  }

  /** A commit of these offsets is about to be written; pass the result to complete or abort. */
  beginWrite(groupId: string, offsets: readonly OffsetRef[]): PendingWrite {
    const g = this.group(groupId);
    g.pendingWrites++;
    const refs = offsets.map((o) => ({ topic: o.topic, partition: o.partition }));
    for (const ref of refs) {
      const key = keyOf(ref.topic, ref.partition);
      const p = g.pendingKeys.get(key);
      if (p) p.count++;
      else g.pendingKeys.set(key, { ref, count: 1 });
    }
    return { groupId, seq: ++this.seq, group: g, refs };
  }

  /** The commit was stored: its offsets take effect unless a newer change came first. */
  completeWrite(w: PendingWrite, offsets: readonly CommittedOffset[]): void {
    if (!this.settle(w)) return;
    const g = w.group;
    for (const o of offsets) {
      const key = keyOf(o.topic, o.partition);
      if (w.seq > g.lastSeq(key)) {
        g.entries.set(key, { offset: o, seq: w.seq });
        g.removedAt.delete(key);
      }
    }
    this.afterWrite(g);
  }

  /** The commit failed: nothing changes. */
  abortWrite(w: PendingWrite): void {
    if (this.settle(w)) this.afterWrite(w.group);
  }

  /**
   * Removes these offsets now (and any commit of them still in flight); returns the sequence
   * number of the removal. Keys that had nothing are removed all the same.
   */
  remove(groupId: string, offsets: readonly OffsetRef[]): number {
    const seq = ++this.seq;
    const g = this.groups.get(groupId);
    if (!g) return seq;
    for (const o of offsets) {
      const key = keyOf(o.topic, o.partition);
      g.entries.delete(key);
      if (g.pendingWrites > 0) g.removedAt.set(key, seq);
    }
    this.maybeForget(g);
    return seq;
  }

  /** Every key the group has or is writing: what a deletion of the group must tombstone. */
  keysWithPending(groupId: string): OffsetRef[] {
    const g = this.groups.get(groupId);
    if (!g) return [];
    const out = new Map<string, OffsetRef>();
    for (const [key, e] of g.entries) out.set(key, { topic: e.offset.topic, partition: e.offset.partition });
    for (const [key, p] of g.pendingKeys) out.set(key, p.ref);
    return [...out.values()];
  }

  /** Forgets a group without writing anything (its partition moved away). */
  unload(groupId: string): void {
    this.groups.delete(groupId);
  }

  private group(groupId: string): GroupOffsets {
    let g = this.groups.get(groupId);
    if (!g) this.groups.set(groupId, (g = new GroupOffsets(groupId)));
    return g;
  }

  /** Ends a write's pending state; false if its group was unloaded meanwhile. */
  private settle(w: PendingWrite): boolean {
    if (w.settled) return false;
    w.settled = true;
    if (this.groups.get(w.groupId) !== w.group) return false;
    const g = w.group;
    g.pendingWrites--;
    for (const ref of w.refs) {
      const key = keyOf(ref.topic, ref.partition);
      const p = g.pendingKeys.get(key);
      if (p && --p.count === 0) g.pendingKeys.delete(key);
    }
    return true;
  }

  private afterWrite(g: GroupOffsets): void {
    if (g.pendingWrites === 0) g.removedAt.clear();
    this.maybeForget(g);
  }

  private maybeForget(g: GroupOffsets): void {
    if (g.isIdle && this.groups.get(g.groupId) === g) this.groups.delete(g.groupId);
  }
}
