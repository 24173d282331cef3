/**
 * Where the coordinator makes group state durable. `OffsetsTopicStore` (offsets-topic-store.ts)
 * writes records to the compacted topic `__consumer_offsets` in Kafka's formats
 * (GroupMetadataKey/Value for a group, OffsetCommitKey/Value for a committed offset, a null
 * value as tombstone), in the partition `partitionFor(groupId, offsets.topic.num.partitions)`.
 * The shapes below mirror those records field for field so the writer only encodes them.
 *
 * The coordinator awaits each write before it acts on it, as Kafka does: the leader's
 * assignment reaches the members only once it is stored, so a coordinator that restarts
 * never forgets a generation it has handed out, and a commit is acknowledged only once
 * written. Removals (tombstones) take effect in memory at once and are written after (see
 * offset-store.ts for why the order of writes is still what replay sees). A write that fails
 * rejects; if the error carries a Kafka code (`errorCode`, or a storage error's numeric
 * `code`) the coordinator maps it to what group clients expect.
 */

/** A GroupMetadataValue: the group as of its last completed generation. */
export interface GroupMetadataSnapshot {
  groupId: string;
  protocolType: string;
  generation: number;
  /** The protocol chosen for the generation; null when the group is Empty. */
  protocol: string | null;
  leader: string | null;
  /** When the group entered its current state (ms), used to expire the offsets of Empty groups. */
  currentStateTimestamp: number;
  members: GroupMemberSnapshot[];
}

export interface GroupMemberSnapshot {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  /** The member's metadata for the chosen protocol (the consumer's subscription). */
  subscription: Buffer;
  assignment: Buffer;
}

/** An OffsetCommitValue with its key. */
export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: number;
  /** -1 when the client did not send one. */
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
  /** Set only by OffsetCommit v2-v4 with a retention time (written as value v1); -1 otherwise. */
  expireTimestamp: number;
}

/** The key of a committed offset: one partition of one topic. */
export interface OffsetRef {
  topic: string;
  partition: number;
}

/**
 * What one partition of `__consumer_offsets` holds once replayed (the latest record per key,
 * tombstones applied): handed to `GroupCoordinator.completeLoading`.
 */
export interface LoadedPartition {
  groups: GroupMetadataSnapshot[];
  /** Committed offsets by group id; a group may have offsets and no metadata (simple commits). */
  offsets: Map<string, CommittedOffset[]>;
}

export interface GroupStore {
  /** Records the group's metadata (after a sync, when it empties, when a static member is replaced). */
  storeGroup(group: GroupMetadataSnapshot): Promise<void>;
  /** Records committed offsets for `groupId`, all in one atomic write. */
  storeOffsets(groupId: string, offsets: CommittedOffset[]): Promise<void>;
  /** Writes tombstones for these offsets of `groupId` (OffsetDelete, expiry), all in one atomic write. */
  deleteOffsets(groupId: string, offsets: OffsetRef[]): Promise<void>;
  /**
   * Writes tombstones for the group's metadata and for `offsets` (all it has, including
   * commits still being written), all in one atomic write: DeleteGroups, and expiry of a
   * group left Empty without offsets.
   */
  deleteGroup(groupId: string, offsets: OffsetRef[]): Promise<void>;
}

/** Keeps nothing: groups live only in memory (unit tests, and a coordinator without a log). */
export class NoopGroupStore implements GroupStore {
  async storeGroup(_group: GroupMetadataSnapshot): Promise<void> {}
  async storeOffsets(_groupId: string, _offsets: CommittedOffset[]): Promise<void> {}
  async deleteOffsets(_groupId: string, _offsets: OffsetRef[]): Promise<void> {}
  async deleteGroup(_groupId: string, _offsets: OffsetRef[]): Promise<void> {}
}
