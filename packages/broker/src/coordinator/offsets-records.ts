/**
 * The records of `__consumer_offsets`, in Kafka's formats, so that tools reading the topic
 * (kafka-console-consumer with the offsets formatters, or anything decoding it) understand
 * what Samsa writes, and Samsa can load what they understand.
 *
 * Every key and value starts with its int16 version, followed by the generated struct:
 *
 *   key version 0 or 1   OffsetCommitKey      group, topic, partition
 *   key version 2        GroupMetadataKey     group
 *   (key versions 3+ are the records of KIP-848 consumer groups: not written, skipped on load)
 *
 *   OffsetCommitValue    v1 when the commit carried a retention time (expireTimestamp), else v3
 *                        (offset, leader epoch, metadata, commit timestamp) -- what Kafka 2.1+
 *                        writes. Read: v0-v4.
 *   GroupMetadataValue   v3 (protocol type, generation, protocol, leader, state timestamp,
 *                        members with instance ids) -- what Kafka 2.3+ writes. Read: v0-v4.
 *
 * A null value is a tombstone: the offset was deleted or expired, or the group was deleted.
 * Compaction keeps the latest record per key; loading replays the log and lets the latest
 * record per key win, which gives the same result with or without compaction.
 */
import {
  GroupMetadataKey,
  GroupMetadataValue,
  OffsetCommitKey,
  OffsetCommitValue,
  Reader,
  Writer,
} from '@samsa/protocol';
import type { CommittedOffset, GroupMetadataSnapshot } from './group-store.js';

export const OFFSETS_TOPIC = '__consumer_offsets';

export const OFFSET_COMMIT_KEY_VERSION = 1;
export const GROUP_METADATA_KEY_VERSION = 2;
export const OFFSET_COMMIT_VALUE_VERSION = 3;
/** The only value version that can carry an expire timestamp. */
export const OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY = 1;
export const GROUP_METADATA_VALUE_VERSION = 3;

/** One record of the topic, decoded. */
export type OffsetsTopicRecord =
  | { kind: 'offset'; groupId: string; topic: string; partition: number; value: CommittedOffset | null }
  | { kind: 'group'; groupId: string; value: GroupMetadataSnapshot | null }
  /** A key version this coordinator does not keep (KIP-848 records); the caller skips it. */
  | { kind: 'other'; keyVersion: number };

export class OffsetsRecordError extends Error {
  override name = 'OffsetsRecordError';
}

function versioned(version: number, body: (w: Writer) => void): Buffer {
  const w = new Writer(128);
  w.int16(version);
  body(w);
  return w.toBuffer();
}

export function offsetCommitKey(groupId: string, topic: string, partition: number): Buffer {
  return versioned(OFFSET_COMMIT_KEY_VERSION, (w) => OffsetCommitKey.encode(w, { group: groupId, topic, partition }, OFFSET_COMMIT_KEY_VERSION));
}

export function groupMetadataKey(groupId: string): Buffer {
  return versioned(GROUP_METADATA_KEY_VERSION, (w) => GroupMetadataKey.encode(w, { group: groupId }, GROUP_METADATA_KEY_VERSION));
}

export function offsetCommitValue(o: CommittedOffset): Buffer {
  const version = o.expireTimestamp >= 0 ? OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY : OFFSET_COMMIT_VALUE_VERSION;
  return versioned(version, (w) =>
    OffsetCommitValue.encode(
      w,
      { offset: o.offset, leaderEpoch: o.leaderEpoch, metadata: o.metadata, commitTimestamp: o.commitTimestamp, expireTimestamp: o.expireTimestamp },
      version,
    ),
  );
}

export function groupMetadataValue(g: GroupMetadataSnapshot): Buffer {
  return versioned(GROUP_METADATA_VALUE_VERSION, (w) =>
    GroupMetadataValue.encode(
      w,
      {
        protocolType: g.protocolType,
        generation: g.generation,
        protocol: g.protocol,
        leader: g.leader,
        currentStateTimestamp: g.currentStateTimestamp,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          rebalanceTimeout: m.rebalanceTimeoutMs,
          sessionTimeout: m.sessionTimeoutMs,
          subscription: m.subscription,
          assignment: m.assignment,
        })),
      },
      GROUP_METADATA_VALUE_VERSION,
    ),
  );
}

function readVersion(r: Reader, what: string): number {
  if (r.remaining < 2) throw new OffsetsRecordError(`${what} is shorter than its version field`);
  return r.int16();
}

/** Decodes one record of `__consumer_offsets`; throws OffsetsRecordError on bytes that are not one. */
export function decodeOffsetsTopicRecord(key: Buffer | null, value: Buffer | null): OffsetsTopicRecord {
  if (key === null) throw new OffsetsRecordError('record without a key');
  try {
    const kr = new Reader(key);
    const keyVersion = readVersion(kr, 'key');
    if (keyVersion === 0 || keyVersion === 1) {
      const k = OffsetCommitKey.decode(kr, keyVersion);
      return { kind: 'offset', groupId: k.group, topic: k.topic, partition: k.partition, value: value === null ? null : decodeOffsetValue(k.topic, k.partition, value) };
    }
    if (keyVersion === GROUP_METADATA_KEY_VERSION) {
      const k = GroupMetadataKey.decode(kr, keyVersion);
      return { kind: 'group', groupId: k.group, value: value === null ? null : decodeGroupValue(k.group, value) };
    }
    return { kind: 'other', keyVersion };
  } catch (e) {
    if (e instanceof OffsetsRecordError) throw e;
    throw new OffsetsRecordError(`unreadable record: ${(e as Error).message}`);
  }
}

function decodeOffsetValue(topic: string, partition: number, value: Buffer): CommittedOffset {
  const r = new Reader(value);
  const version = readVersion(r, 'offset commit value');
  if (version < OffsetCommitValue.minVersion || version > OffsetCommitValue.maxVersion) {
    throw new OffsetsRecordError(`unknown offset commit value version ${version}`);
  }
  const v = OffsetCommitValue.decode(r, version);
  return {
    topic,
    partition,
    offset: v.offset,
    leaderEpoch: v.leaderEpoch ?? -1,
    metadata: v.metadata,
    commitTimestamp: v.commitTimestamp,
    expireTimestamp: v.expireTimestamp ?? -1,
  };
}

function decodeGroupValue(groupId: string, value: Buffer): GroupMetadataSnapshot {
  const r = new Reader(value);
  const version = readVersion(r, 'group metadata value');
  if (version < GroupMetadataValue.minVersion || version > GroupMetadataValue.maxVersion) {
    throw new OffsetsRecordError(`unknown group metadata value version ${version}`);
  }
  const v = GroupMetadataValue.decode(r, version);
  return {
    groupId,
    protocolType: v.protocolType,
    generation: v.generation,
    protocol: v.protocol,
    leader: v.leader,
    currentStateTimestamp: v.currentStateTimestamp ?? -1,
    members: v.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId ?? null,
      clientId: m.clientId,
      clientHost: m.clientHost,
      // v0 had one timeout for both
      rebalanceTimeoutMs: m.rebalanceTimeout !== undefined && m.rebalanceTimeout >= 0 ? m.rebalanceTimeout : m.sessionTimeout,
      sessionTimeoutMs: m.sessionTimeout,
      subscription: Buffer.from(m.subscription),
      assignment: Buffer.from(m.assignment),
    })),
  };
}
