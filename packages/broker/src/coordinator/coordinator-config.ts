/**
 * The group coordinator's settings, each named after the broker config it comes from; the
 * defaults are Kafka's.
 */
import { DEFAULT_OFFSETS_TOPIC_PARTITIONS } from './partition-for.js';

export interface GroupCoordinatorConfig {
  /** group.min.session.timeout.ms: a JoinGroup asking for less gets INVALID_SESSION_TIMEOUT. */
  groupMinSessionTimeoutMs: number;
  /** group.max.session.timeout.ms: a JoinGroup asking for more gets INVALID_SESSION_TIMEOUT. */
  groupMaxSessionTimeoutMs: number;
  /**
   * group.initial.rebalance.delay.ms: how long the first rebalance of an Empty group waits for
   * more members. Each new arrival extends the wait by this much again, up to the group's
   * rebalance timeout in total.
   */
  groupInitialRebalanceDelayMs: number;
  /**
   * How long a new member's JoinGroup may stay parked (Kafka's fixed 5 minutes). A new member
   * cannot heartbeat, and a client that gave up and retried would otherwise leave a defunct
   * member behind in every long rebalance.
   */
  newMemberJoinTimeoutMs: number;
  /** offsets.topic.num.partitions: the modulus of `partitionFor`. */
  offsetsTopicNumPartitions: number;
  /**
   * offsets.retention.minutes (in ms): offsets of a group that has been Empty this long are
   * removed; in a Stable consumer group, offsets of topics it no longer subscribes to are
   * removed this long after their commit.
   */
  offsetsRetentionMs: number;
  /** offsets.retention.check.interval.ms: how often expiry runs. */
  offsetsRetentionCheckIntervalMs: number;
  /** offset.metadata.max.bytes: a longer metadata string gets OFFSET_METADATA_TOO_LARGE. */
  offsetMetadataMaxBytes: number;
}

export const DEFAULT_GROUP_COORDINATOR_CONFIG: Readonly<GroupCoordinatorConfig> = {
  groupMinSessionTimeoutMs: 6_000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3_000,
  newMemberJoinTimeoutMs: 300_000,
  offsetsTopicNumPartitions: DEFAULT_OFFSETS_TOPIC_PARTITIONS,
  offsetsRetentionMs: 7 * 24 * 60 * 60 * 1000,
  offsetsRetentionCheckIntervalMs: 600_000,
  offsetMetadataMaxBytes: 4096,
};
