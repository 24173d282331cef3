import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommittedOffset } from './group-store.js';
import { OffsetStore } from './offset-store.js';

const at = (topic: string, partition: number, offset: number): CommittedOffset => ({
  topic,
  partition,
  offset,
  leaderEpoch: -1,
  metadata: '',
  commitTimestamp: 0,
  expireTimestamp: -1,
});

const offsetsOf = (s: OffsetStore, g: string): string[] => s.all(g).map((o) => `${o.topic}-${o.partition}@${o.offset}`);

test('a commit takes effect when its write completes, not before; a failed one never', () => {
  const s = new OffsetStore();
  const w = s.beginWrite('g', [at('t', 0, 5)]);
  assert.equal(s.get('g', 't', 0), undefined);
  assert.ok(s.isPending('g', 't', 0));
  s.completeWrite(w, [at('t', 0, 5)]);
  assert.equal(s.get('g', 't', 0)?.offset, 5);
  assert.equal(s.isPending('g', 't', 0), false);
  const failed = s.beginWrite('g', [at('t', 0, 9)]);
  s.abortWrite(failed);
  assert.equal(s.get('g', 't', 0)?.offset, 5);
  assert.equal(s.hasPendingWrites('g'), false);
});

test('writes completing out of order: the later-issued commit wins, as in the log', () => {
  const s = new OffsetStore();
  const first = s.beginWrite('g', [at('t', 0, 1), at('t', 1, 1)]);
  const second = s.beginWrite('g', [at('t', 0, 2)]);
  s.completeWrite(second, [at('t', 0, 2)]);
  s.completeWrite(first, [at('t', 0, 1), at('t', 1, 1)]);
  assert.deepEqual(offsetsOf(s, 'g'), ['t-0@2', 't-1@1']);
});

test('a removal covers commits still in flight; commits issued after it count again', () => {
  const s = new OffsetStore();
  s.completeWrite(s.beginWrite('g', [at('a', 0, 1)]), [at('a', 0, 1)]);
  const inFlight = s.beginWrite('g', [at('b', 0, 7)]);
  const keys = s.keysWithPending('g');
  assert.deepEqual(keys.map((k) => `${k.topic}-${k.partition}`).sort(), ['a-0', 'b-0']);
  s.remove('g', keys);
  assert.deepEqual(offsetsOf(s, 'g'), []);
  const after = s.beginWrite('g', [at('a', 0, 3)]);
  s.completeWrite(inFlight, [at('b', 0, 7)]);
  assert.deepEqual(offsetsOf(s, 'g'), [], 'the older commit lands after the removal: still removed');
  s.completeWrite(after, [at('a', 0, 3)]);
  assert.deepEqual(offsetsOf(s, 'g'), ['a-0@3']);
  assert.deepEqual(s.groupIds(), ['g']);
  s.remove('g', [{ topic: 'a', partition: 0 }]);
  assert.deepEqual(s.groupIds(), [], 'a group with nothing left is forgotten');
});

test('unloading a group drops it; completions of its old writes do nothing', () => {
  const s = new OffsetStore();
  s.load('g', at('t', 0, 4));
  const w = s.beginWrite('g', [at('t', 1, 1)]);
  s.unload('g');
  s.load('g', at('t', 0, 4));
  s.completeWrite(w, [at('t', 1, 1)]);
  assert.deepEqual(offsetsOf(s, 'g'), ['t-0@4']);
  assert.equal(s.hasPendingWrites('g'), false);
  assert.equal(s.size, 1);
});

test('all() is sorted by topic then partition; groups are separate', () => {
  const s = new OffsetStore();
  for (const o of [at('b', 1, 1), at('a', 10, 1), at('a', 2, 1)]) s.load('g', o);
  s.load('h', at('z', 0, 0));
  assert.deepEqual(offsetsOf(s, 'g'), ['a-2@1', 'a-10@1', 'b-1@1']);
  assert.deepEqual(offsetsOf(s, 'h'), ['z-0@0']);
  assert.ok(s.hasOffsets('h'));
  assert.equal(s.hasOffsets('x'), false);
});
