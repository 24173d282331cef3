/**
 * The broker's own record of a group: the GroupMetadataValue records it wrote to
 * `__consumer_offsets` (one per completed generation, and one per static member replaced
 * under a new member id), read back over the wire. DescribeGroups has no generation id; these
 * records do, so a test can tell whether a generation went by.
 */
import { ConsumerProtocolAssignment, Reader } from '@samsa/protocol';
import type { GroupMetadataSnapshot } from '../coordinator/group-store.js';
import { decodeOffsetsTopicRecord, OFFSETS_TOPIC } from '../coordinator/offsets-records.js';
import { partitionFor } from '../coordinator/partition-for.js';
import { readPartition } from '../integration/kafka-helpers.js';
import type { RawClient } from '../integration/raw-client.js';

/** Every GroupMetadataValue of `groupId` in log order (tombstones left out). */
export async function groupMetadataHistory(c: RawClient, groupId: string, offsetsTopicPartitions: number): Promise<GroupMetadataSnapshot[]> {
  const contents = await readPartition(c, OFFSETS_TOPIC, partitionFor(groupId, offsetsTopicPartitions));
  const history: GroupMetadataSnapshot[] = [];
  for (const batch of contents.batches) {
    for (const r of batch.records) {
      const decoded = decodeOffsetsTopicRecord(r.key, r.value);
      if (decoded.kind === 'group' && decoded.groupId === groupId && decoded.value !== null) history.push(decoded.value);
    }
  }
  return history;
}

/** The partitions of `topic` in a `consumer` protocol assignment (empty bytes: none). */
export function assignedPartitions(assignment: Buffer, topic: string): number[] {
  if (assignment.length === 0) return [];
  const r = new Reader(assignment);
  const version = r.int16();
  const decoded = ConsumerProtocolAssignment.decode(r, Math.min(version, ConsumerProtocolAssignment.maxVersion));
  return decoded.assignedPartitions.filter((t) => t.topic === topic).flatMap((t) => t.partitions).sort((a, b) => a - b);
}
