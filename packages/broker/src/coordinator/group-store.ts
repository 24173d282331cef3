/**
 * Where the coordinator makes group state durable. The implementation to come writes records
 * to the compacted topic `__consumer_offsets` in Kafka's formats (GroupMetadataKey/Value for
 * a group, OffsetCommitKey/Value for a committed offset, a null value as tombstone), in the
 * partition `partitionFor(groupId, offsets.topic.num.partitions)`. The shapes below mirror
 * those records field for field so the writer only encodes them.
 *
 * The coordinator awaits each write before it acts on it, as Kafka does: the leader's
 * assignment reaches the members only once it is stored, so a coordinator that restarts
 * never forgets a generation it has handed out. A write that fails rejects; if the error
 * carries a Kafka `errorCode` the coordinator maps it to what group clients expect.
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
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
  /** Only written by OffsetCommit v1; -1 otherwise. */
  expireTimestamp: number;
}

export interface GroupStore {
  /** Records the group's metadata (after a sync, when it empties, when a static member is replaced). */
  storeGroup(group: GroupMetadataSnapshot): Promise<void>;
  /** Records committed offsets for `groupId` (OffsetCommit, not yet wired). */
  storeOffsets(groupId: string, offsets: CommittedOffset[]): Promise<void>;
  /** Writes tombstones for the group's metadata and all its offsets (DeleteGroups). */
  deleteGroup(groupId: string): Promise<void>;
}

/** Keeps nothing: groups live only in memory. The default until `__consumer_offsets` is written. */
export class NoopGroupStore implements GroupStore {
  async storeGroup(_group: GroupMetadataSnapshot): Promise<void> {}
  async storeOffsets(_groupId: string, _offsets: CommittedOffset[]): Promise<void> {}
  async deleteGroup(_groupId: string): Promise<void> {}
}
