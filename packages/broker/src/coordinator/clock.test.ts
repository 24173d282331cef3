import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from './clock.js';

test('ManualClock runs due timers in deadline order with now() at each deadline', () => {
  const clock = new ManualClock(1000);
  const seen: string[] = [];
  clock.schedule(30, () => seen.push(`b@${clock.now()}`));
  clock.schedule(10, () => {
    seen.push(`a@${clock.now()}`);
    clock.schedule(5, () => seen.push(`a2@${clock.now()}`)); // falls due within the same advance
  });
  const cancel = clock.schedule(20, () => seen.push('cancelled'));
  clock.schedule(30, () => seen.push(`c@${clock.now()}`)); // same deadline as b: scheduling order
  cancel();
  clock.advance(29);
  assert.deepEqual(seen, ['a@1010', 'a2@1015']);
  assert.equal(clock.now(), 1029);
  clock.advance(1);
  assert.deepEqual(seen, ['a@1010', 'a2@1015', 'b@1030', 'c@1030']);
  assert.equal(clock.pending(), 0);
  cancel(); // cancelling after the fact is harmless
});
