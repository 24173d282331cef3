import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode } from '@samsa/protocol';
import { ClassicGroup } from './classic-group.js';
import { ClassicGroupMember, type MemberProtocol } from './classic-group-member.js';
import { GroupState } from './group-state.js';

const p = (name: string, meta = name): MemberProtocol => ({ name, metadata: Buffer.from(meta) });

function member(id: string, protocols: MemberProtocol[], opts: { instanceId?: string; type?: string; rebalanceMs?: number } = {}): ClassicGroupMember {
  return new ClassicGroupMember(id, opts.instanceId ?? null, `client-${id}`, '/10.0.0.1', opts.rebalanceMs ?? 30_000, 10_000, opts.type ?? 'consumer', protocols);
}

test('the protocol with most first-choice votes among those all members support wins', () => {
  const g = new ClassicGroup('g', 0);
  g.add(member('a', [p('range'), p('roundrobin'), p('sticky')]));
  g.add(member('b', [p('roundrobin'), p('range')]));
  g.add(member('c', [p('sticky'), p('roundrobin'), p('range')])); // sticky is not supported by b
  assert.deepEqual(g.candidateProtocols(), ['range', 'roundrobin']);
  // a votes range, b roundrobin, c roundrobin (its first supported candidate)
  assert.equal(g.selectProtocol(), 'roundrobin');
});

test('a tie goes to the protocol first voted for by the earliest member', () => {
  const g = new ClassicGroup('g', 0);
  g.add(member('a', [p('range'), p('roundrobin')]));
  g.add(member('b', [p('roundrobin'), p('range')]));
  assert.equal(g.selectProtocol(), 'range');
  const h = new ClassicGroup('h', 0);
  h.add(member('b', [p('roundrobin'), p('range')]));
  h.add(member('a', [p('range'), p('roundrobin')]));
  assert.equal(h.selectProtocol(), 'roundrobin');
});

test('supportsProtocols: the first member sets the type; later ones must share it and a protocol', () => {
  const g = new ClassicGroup('g', 0);
  assert.equal(g.supportsProtocols('', [p('range')]), false);
  assert.equal(g.supportsProtocols('consumer', []), false);
  assert.equal(g.supportsProtocols('connect', [p('sessioned')]), true);
  g.add(member('w1', [p('sessioned'), p('compatible')], { type: 'connect' }));
  assert.equal(g.protocolType, 'connect');
  assert.equal(g.supportsProtocols('consumer', [p('sessioned')]), false);
  assert.equal(g.supportsProtocols('connect', [p('eager')]), false);
  assert.equal(g.supportsProtocols('connect', [p('eager'), p('compatible')]), true);
});

test('leader: the first joiner, kept while it rejoins, otherwise the earliest member that rejoined', () => {
  const g = new ClassicGroup('g', 0);
  const a = member('a', [p('range')]);
  const b = member('b', [p('range')]);
  const c = member('c', [p('range')]);
  g.add(a);
  g.add(b);
  g.add(c);
  assert.equal(g.leaderId, 'a');
  const parked = { apiVersion: 9, resolve: () => {} };
  c.parkedJoin = parked;
  b.parkedJoin = parked;
  assert.equal(g.maybeElectNewJoinedLeader(), true);
  assert.equal(g.leaderId, 'b', 'a did not rejoin; b is the earliest of those that did');
  a.parkedJoin = parked;
  assert.equal(g.maybeElectNewJoinedLeader(), true);
  assert.equal(g.leaderId, 'b', 'a present leader is kept');
  g.remove('b');
  assert.equal(g.leaderId, 'a', 'a leaving leader is replaced by the longest-standing member');
});

test('validateMember fences a stale id for an instance id and rejects unknown ones', () => {
  const g = new ClassicGroup('g', 0);
  g.add(member('s-1', [p('range')], { instanceId: 'i1' }));
  g.add(member('d-1', [p('range')]));
  assert.equal(g.validateMember('s-1', 'i1'), ErrorCode.NONE);
  assert.equal(g.validateMember('d-1', null), ErrorCode.NONE);
  assert.equal(g.validateMember('s-0', 'i1'), ErrorCode.FENCED_INSTANCE_ID);
  assert.equal(g.validateMember('s-1', 'i2'), ErrorCode.UNKNOWN_MEMBER_ID);
  assert.equal(g.validateMember('x', null), ErrorCode.UNKNOWN_MEMBER_ID);
});

test('replaceStaticMember moves assignment, leadership and the instance mapping to the new id', () => {
  const g = new ClassicGroup('g', 0);
  const old = member('s-1', [p('range', 'sub')], { instanceId: 'i1' });
  old.assignment = Buffer.from('p0,p1');
  g.add(old);
  g.add(member('d-1', [p('range')]));
  const { previous, current } = g.replaceStaticMember('i1', 's-1', 's-2');
  assert.equal(previous, old);
  assert.equal(current.memberId, 's-2');
  assert.deepEqual(current.assignment, Buffer.from('p0,p1'));
  assert.equal(g.leaderId, 's-2');
  assert.equal(g.staticMemberId('i1'), 's-2');
  assert.equal(g.has('s-1'), false);
  assert.throws(() => g.replaceStaticMember('i1', 's-1', 's-3'));
});

test('initNextGeneration: CompletingRebalance with a protocol when members remain, Empty otherwise', () => {
  const g = new ClassicGroup('g', 0);
  g.add(member('a', [p('range')], { rebalanceMs: 5_000 }));
  g.add(member('b', [p('range')], { rebalanceMs: 9_000 }));
  assert.equal(g.rebalanceTimeoutMs(), 9_000);
  g.transitionTo(GroupState.PreparingRebalance, 1);
  g.initNextGeneration(2);
  assert.equal(g.state, GroupState.CompletingRebalance);
  assert.equal(g.generationId, 1);
  assert.equal(g.protocolName, 'range');
  assert.deepEqual(g.pendingSyncMembers(), ['a', 'b']);
  g.transitionTo(GroupState.PreparingRebalance, 3);
  g.remove('a');
  g.remove('b');
  g.initNextGeneration(4);
  assert.equal(g.state, GroupState.Empty);
  assert.equal(g.generationId, 2);
  assert.equal(g.protocolName, null);
  assert.equal(g.protocolType, 'consumer', 'an empty group keeps reporting its type');
});
