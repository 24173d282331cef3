import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppendNotifier, partitionKey } from './append-notifier.js';

test('watchers see appends to their partitions until they unwatch', () => {
  const n = new AppendNotifier();
  const seen: [string, number][] = [];
  const a = partitionKey('t', 0);
  const b = partitionKey('t', 1);
  const unwatch = n.watch([a, b], (key, bytes) => seen.push([key, bytes]));
  n.notify(a, 10);
  n.notify(partitionKey('t', 2), 5);
  n.notify(b, 3);
  unwatch();
  n.notify(a, 1);
  assert.deepEqual(seen, [[a, 10], [b, 3]]);
  assert.equal(n.watching(a), 0);
});
