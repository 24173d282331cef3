import assert from 'node:assert/strict';
import { test } from 'node:test';
import { javaStringHashCode, javaUtilsAbs, partitionFor } from './partition-for.js';

// Expected values were printed by OpenJDK 17: `s.hashCode()`, and
// `Utils.abs(s.hashCode()) % 50` / `% 7` as Kafka's GroupMetadataManager.partitionFor does.
const JAVA: [string, number, number, number][] = [
  ['', 0, 0, 0],
  ['a', 97, 47, 6],
  ['hello', 99162322, 22, 0],
  ['Hello', 69609650, 0, 5],
  ['hello world', 1794106052, 2, 4],
  ['polygenelubricants', -2147483648, 0, 0], // hashCode is Integer.MIN_VALUE; Utils.abs gives 0
  ['my-group', -1906497762, 12, 1],
  ['connect-cluster', 1440343063, 13, 5],
  ['console-consumer-12345', 158455506, 6, 6],
  ['\u00e9t\u00e9', 227742, 42, 4], // Latin-1 accents
  ['\u65e5\u672c\u8a9e\u30b0\u30eb\u30fc\u30d7', -305235731, 31, 3], // CJK, negative hash
  ['gr\u00fc\u00dfe-\u{1F600}', 347391577, 27, 1], // outside the BMP: two UTF-16 units
  ['\u{1F600}\u{1F680}', 1705528966, 16, 1],
  ['\u0416\u0443\u0440\u043d\u0430\u043b', 922371893, 43, 2], // Cyrillic
];

test("javaStringHashCode matches Java's String.hashCode, non-ASCII included", () => {
  for (const [s, hash] of JAVA) assert.equal(javaStringHashCode(s), hash, JSON.stringify(s));
});

test('partitionFor matches Kafka for 50 (the default) and 7 partitions', () => {
  for (const [s, , p50, p7] of JAVA) {
    assert.equal(partitionFor(s), p50, JSON.stringify(s));
    assert.equal(partitionFor(s, 50), p50, JSON.stringify(s));
    assert.equal(partitionFor(s, 7), p7, JSON.stringify(s));
  }
});

test('Utils.abs maps Integer.MIN_VALUE to 0 and is Math.abs otherwise', () => {
  assert.equal(javaUtilsAbs(-2147483648), 0);
  assert.equal(javaUtilsAbs(-5), 5);
  assert.equal(javaUtilsAbs(2147483647), 2147483647);
});

test('partitionFor is always in range and rejects a bad partition count', () => {
  for (let i = 0; i < 1000; i++) {
    const p = partitionFor(`group-${i}-\u00fc`, 13);
    assert.ok(p >= 0 && p < 13);
  }
  assert.throws(() => partitionFor('g', 0), RangeError);
  assert.throws(() => partitionFor('g', 1.5), RangeError);
});
