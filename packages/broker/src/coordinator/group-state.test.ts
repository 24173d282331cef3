import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClassicGroup } from './classic-group.js';
import { ALL_GROUP_STATES, GroupState, IllegalStateTransitionError, canRebalance, isValidTransition, parseGroupState, transition } from './group-state.js';

const { Empty, PreparingRebalance, CompletingRebalance, Stable, Dead } = GroupState;

// The table in group-state.ts's header, as [from, to] pairs. Anything else must throw.
const LEGAL: [GroupState, GroupState][] = [
  [Empty, PreparingRebalance],
  [PreparingRebalance, CompletingRebalance],
  [PreparingRebalance, Empty],
  [CompletingRebalance, Stable],
  [CompletingRebalance, PreparingRebalance],
  [Stable, PreparingRebalance],
  [Empty, Dead],
  [PreparingRebalance, Dead],
  [CompletingRebalance, Dead],
  [Stable, Dead],
];
const isLegal = (from: GroupState, to: GroupState): boolean => LEGAL.some(([f, t]) => f === from && t === to);

test('every pair of states is legal exactly when the table lists it', () => {
  let legal = 0;
  for (const from of ALL_GROUP_STATES) {
    for (const to of ALL_GROUP_STATES) {
      const expected = isLegal(from, to);
      assert.equal(isValidTransition(from, to), expected, `${from} -> ${to}`);
      if (expected) {
        assert.equal(transition('g', from, to), to);
        legal++;
      } else {
        assert.throws(
          () => transition('g', from, to),
          (err: unknown) => err instanceof IllegalStateTransitionError && err.from === from && err.to === to && err.groupId === 'g',
          `${from} -> ${to} must throw`,
        );
      }
    }
  }
  assert.equal(legal, LEGAL.length);
});

test('Dead is terminal and no state moves to itself', () => {
  for (const s of ALL_GROUP_STATES) {
    assert.equal(isValidTransition(Dead, s), false);
    assert.equal(isValidTransition(s, s), false);
  }
});

test('a rebalance can start from Empty, CompletingRebalance and Stable only', () => {
  assert.deepEqual(ALL_GROUP_STATES.filter(canRebalance), [Empty, CompletingRebalance, Stable]);
});

test('ClassicGroup.transitionTo enforces the table and remembers the previous state', () => {
  const g = new ClassicGroup('g', 0);
  assert.equal(g.state, Empty);
  assert.throws(() => g.transitionTo(Stable, 1), IllegalStateTransitionError);
  assert.equal(g.state, Empty, 'a refused transition changes nothing');
  g.transitionTo(PreparingRebalance, 5);
  assert.equal(g.previousState, Empty);
  assert.equal(g.stateTimestamp, 5);
  assert.throws(() => g.transitionTo(PreparingRebalance, 6), IllegalStateTransitionError);
  g.transitionTo(CompletingRebalance, 7);
  g.transitionTo(Stable, 8);
  assert.throws(() => g.transitionTo(Empty, 9), IllegalStateTransitionError);
  g.transitionTo(Dead, 10);
  for (const s of ALL_GROUP_STATES) assert.throws(() => g.transitionTo(s, 11), IllegalStateTransitionError);
});

test('state names parse case-insensitively, as ListGroups filters send them', () => {
  assert.equal(parseGroupState('STABLE'), Stable);
  assert.equal(parseGroupState('preparingrebalance'), PreparingRebalance);
  assert.equal(parseGroupState('CompletingRebalance'), CompletingRebalance);
  assert.equal(parseGroupState('AwaitingSync'), null);
});
