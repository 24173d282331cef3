/**
 * Which partition of `__consumer_offsets` holds a group: `abs(hashCode(groupId)) % n`, with
 * Java's String.hashCode and Kafka's `Utils.abs`. Clients never compute this themselves, but
 * tools that read `__consumer_offsets` directly, and any broker sharing a cluster with Kafka
 * semantics, must agree bit for bit, so the arithmetic below copies Java's exactly:
 *
 * - String.hashCode runs over UTF-16 code units (JavaScript's `charCodeAt`, so a character
 *   outside the BMP counts as its two surrogates), `h = 31 * h + unit` in wrapping 32-bit
 *   signed arithmetic.
 * - `Utils.abs` maps Integer.MIN_VALUE to 0 (Math.abs would leave it negative).
 */

export const DEFAULT_OFFSETS_TOPIC_PARTITIONS = 50;

/** Java's `String.hashCode()`. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's `Utils.abs`: absolute value, except Integer.MIN_VALUE becomes 0. */
export function javaUtilsAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

/** The `__consumer_offsets` partition of `groupId` (offsets.topic.num.partitions = `numPartitions`). */
export function partitionFor(groupId: string, numPartitions: number = DEFAULT_OFFSETS_TOPIC_PARTITIONS): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  return javaUtilsAbs(javaStringHashCode(groupId)) % numPartitions;
}
