import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode } from '@samsa/protocol';
import { GroupState } from './group-state.js';
import { GROUP, Harness, REBALANCE_MS, SESSION_MS, proto, settle } from './testing.js';

const { Empty, PreparingRebalance, CompletingRebalance, Stable } = GroupState;

test('three members: initial delay, leader gets every member, followers wait for the assignment', async () => {
  const h = new Harness({ groupInitialRebalanceDelayMs: 3_000 });
  const a = await h.joinNew({ clientId: 'a', protocols: [proto('range', 'meta-a')] });
  assert.equal(h.state(), PreparingRebalance);
  await h.advance(1_000);
  const b = await h.joinNew({ clientId: 'b', protocols: [proto('range', 'meta-b')] });
  await h.advance(1_000);
  const c = await h.joinNew({ clientId: 'c', protocols: [proto('range', 'meta-c')] });

  // At 3s the delay is extended once (members arrived), and at 6s nobody new came: done.
  await h.advance(3_999);
  assert.equal(a.join.done, false);
  await h.advance(1);
  for (const j of [a, b, c]) assert.equal(j.join.done, true);
  assert.equal(h.state(), CompletingRebalance);

  const leader = a.join.value;
  assert.equal(leader.errorCode, ErrorCode.NONE);
  assert.equal(leader.generationId, 1);
  assert.equal(leader.leader, a.memberId, 'the first joiner leads');
  assert.equal(leader.protocolName, 'range');
  assert.equal(leader.protocolType, 'consumer');
  assert.deepEqual(
    leader.members.map((m) => [m.memberId, m.metadata.toString()]),
    [
      [a.memberId, 'meta-a'],
      [b.memberId, 'meta-b'],
      [c.memberId, 'meta-c'],
    ],
  );
  for (const f of [b, c]) {
    assert.equal(f.join.value.leader, a.memberId);
    assert.equal(f.join.value.memberId, f.memberId);
    assert.deepEqual(f.join.value.members, [], 'followers do not see the others');
  }

  const sb = h.sync(b.memberId, 1);
  const sc = h.sync(c.memberId, 1);
  await settle();
  assert.equal(sb.done, false, 'followers wait for the leader');
  const sa = h.sync(a.memberId, 1, { [a.memberId]: 'A', [b.memberId]: 'B', [c.memberId]: 'C' });
  await settle();
  assert.equal(h.state(), Stable);
  assert.deepEqual(
    [sa, sb, sc].map((s) => [s.value.errorCode, s.value.assignment.toString(), s.value.protocolName]),
    [
      [ErrorCode.NONE, 'A', 'range'],
      [ErrorCode.NONE, 'B', 'range'],
      [ErrorCode.NONE, 'C', 'range'],
    ],
  );
});

test('initial delay: one member waits the delay; arrivals extend it up to the rebalance timeout', async () => {
  const h = new Harness({ groupInitialRebalanceDelayMs: 3_000 });
  const solo = await h.joinNew({ groupId: 'solo' });
  await h.advance(2_999);
  assert.equal(solo.join.done, false);
  await h.advance(1);
  assert.equal(solo.join.value.errorCode, ErrorCode.NONE);

  // rebalance timeout 5s: delay 3s, then at most 2s more however many members keep coming.
  const first = await h.joinNew({ groupId: 'busy', rebalanceTimeoutMs: 5_000, clientId: 'm0' });
  const joins = [first];
  for (let i = 1; i <= 4; i++) {
    await h.advance(1_000);
    if (!first.join.done) joins.push(await h.joinNew({ groupId: 'busy', rebalanceTimeoutMs: 5_000, clientId: `m${i}` }));
  }
  assert.equal(first.join.done, false, 'still waiting at 4s');
  await h.advance(1_000);
  assert.equal(first.join.done, true, 'done at 5s = the rebalance timeout');
  assert.equal(first.join.value.members.length, joins.length);
});

test('MEMBER_ID_REQUIRED from v4; v3 and older join directly; a pending id that never returns expires', async () => {
  const h = new Harness({ groupInitialRebalanceDelayMs: 0 });
  const v4 = await h.gc.joinGroup(h.joinRequest({ groupId: 'g4' }), h.ctx(4, 'app'));
  assert.equal(v4.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  assert.equal(v4.memberId, 'app-1');
  assert.equal(h.state('g4'), Empty, 'nothing joined yet');
  const again = h.join({ groupId: 'g4', memberId: 'app-1', apiVersion: 4 });
  await h.advance(0);
  assert.equal(again.value.errorCode, ErrorCode.NONE);
  assert.equal(again.value.memberId, 'app-1');
  assert.equal(again.value.protocolName, 'range');

  const v3 = h.join({ groupId: 'g3', apiVersion: 3, clientId: 'old' });
  await h.advance(0);
  assert.equal(v3.value.errorCode, ErrorCode.NONE);
  assert.equal(v3.value.memberId, 'old-2');

  // A pending member holds the join phase until it comes back or its session runs out.
  const { ids, generation } = await h.stableGroup(['a'], { groupId: 'gp' });
  const pending = await h.gc.joinGroup(h.joinRequest({ groupId: 'gp' }), h.ctx(9, 'late'));
  assert.equal(pending.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  const rejoin = h.join({ groupId: 'gp', memberId: ids[0]!, clientId: 'a' }); // the leader rejoins: rebalance
  await h.advance(SESSION_MS - 1);
  assert.equal(rejoin.done, false);
  await h.advance(1);
  assert.equal(rejoin.value.errorCode, ErrorCode.NONE);
  assert.equal(rejoin.value.generationId, generation + 1);
  assert.deepEqual(rejoin.value.members.map((m) => m.memberId), [ids[0]]);
  const late = await h.gc.joinGroup(h.joinRequest({ groupId: 'gp', memberId: pending.memberId }), h.ctx(9, 'late'));
  assert.equal(late.errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'the expired id is forgotten');
});

test('a member joining a Stable group triggers a rebalance; others learn it from Heartbeat and rejoin', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const [a, b] = ids as [string, string];
  assert.equal(await h.heartbeat(a, generation), ErrorCode.NONE);

  const d = await h.joinNew({ clientId: 'd' });
  assert.equal(h.state(), PreparingRebalance);
  assert.equal(await h.heartbeat(a, generation), ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(await h.heartbeat(b, generation), ErrorCode.REBALANCE_IN_PROGRESS);
  const syncOld = h.sync(a, generation);
  await settle();
  assert.equal(syncOld.value.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);

  const ja = h.join({ memberId: a, clientId: 'a' });
  await settle();
  assert.equal(ja.done, false);
  const jb = h.join({ memberId: b, clientId: 'b' });
  await settle();
  // Everyone is in: no need to wait for the rebalance timeout.
  for (const j of [ja, jb, d.join]) assert.equal(j.value.generationId, generation + 1);
  assert.equal(ja.value.leader, a, 'the leader is kept while it is still present');
  assert.equal(ja.value.members.length, 3);
  assert.equal(await h.heartbeat(a, generation), ErrorCode.ILLEGAL_GENERATION);
  assert.equal(await h.heartbeat(a, generation + 1), ErrorCode.NONE, 'heartbeats are fine between join and sync');
});

test('a follower rejoining Stable with unchanged metadata gets the current generation; changed metadata rebalances', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const same = h.join({ memberId: ids[1], clientId: 'b' });
  await settle();
  assert.equal(same.value.generationId, generation);
  assert.equal(h.state(), Stable);
  const s = h.sync(ids[1]!, generation);
  await settle();
  assert.equal(s.value.assignment.toString(), `${ids[1]}-assignment`);

  const changed = h.join({ memberId: ids[1], clientId: 'b', protocols: [proto('range', 'new-topics')] });
  await settle();
  assert.equal(changed.done, false);
  assert.equal(h.state(), PreparingRebalance);
});

test('a member that does not rejoin within the rebalance timeout is removed and the rebalance completes without it', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b', 'c'], { sessionTimeoutMs: 60_000, rebalanceTimeoutMs: 20_000 });
  const [a, b, c] = ids as [string, string, string];
  const d = await h.joinNew({ clientId: 'd', sessionTimeoutMs: 60_000, rebalanceTimeoutMs: 20_000 });
  const ja = h.join({ memberId: a, clientId: 'a', sessionTimeoutMs: 60_000, rebalanceTimeoutMs: 20_000 });
  const jb = h.join({ memberId: b, clientId: 'b', sessionTimeoutMs: 60_000, rebalanceTimeoutMs: 20_000 });
  await h.advance(10_000);
  // c is alive (it heartbeats) but never rejoins.
  assert.equal(await h.heartbeat(c, generation), ErrorCode.REBALANCE_IN_PROGRESS);
  await h.advance(9_999);
  assert.equal(ja.done, false);
  await h.advance(1);
  assert.equal(ja.value.generationId, generation + 1);
  assert.deepEqual(ja.value.members.map((m) => m.memberId).sort(), [a, b, d.memberId].sort());
  assert.equal(jb.value.errorCode, ErrorCode.NONE);
  assert.equal(await h.heartbeat(c, generation), ErrorCode.UNKNOWN_MEMBER_ID);
});

test('a member that dies silently mid-join is removed at its session timeout and the join completes', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b', 'c']); // session 10s, rebalance 30s
  const [a, b] = ids as [string, string, string];
  await h.advance(5_000);
  await h.heartbeat(a, generation);
  await h.heartbeat(b, generation);
  const ja = h.join({ memberId: a, clientId: 'a' }); // the leader rejoins: rebalance
  const jb = h.join({ memberId: b, clientId: 'b' });
  // c last heartbeat was at sync time; its session ends 10s after that.
  await h.advance(SESSION_MS - 5_000 - 1);
  assert.equal(ja.done, false);
  await h.advance(1);
  assert.equal(ja.value.generationId, generation + 1);
  assert.deepEqual(ja.value.members.map((m) => m.memberId), [a, b]);
  assert.equal(jb.value.leader, a);
});

test('the leader dies mid-sync: waiting followers get REBALANCE_IN_PROGRESS, rejoin, and a new leader is chosen', async () => {
  const h = new Harness();
  const joins = [];
  for (const clientId of ['a', 'b', 'c']) joins.push(await h.joinNew({ clientId }));
  await h.advance(6_000);
  const [a, b, c] = joins.map((j) => j.memberId) as [string, string, string];
  assert.equal(joins[0]!.join.value.leader, a);
  const sb = h.sync(b, 1);
  const sc = h.sync(c, 1);
  await h.advance(SESSION_MS - 1);
  assert.equal(sb.done, false, 'parked followers are not expired');
  await h.advance(1); // a never synced nor heartbeated
  assert.equal(sb.value.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(sc.value.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(h.state(), PreparingRebalance);
  const jb = h.join({ memberId: b, clientId: 'b' });
  const jc = h.join({ memberId: c, clientId: 'c' });
  await settle();
  assert.equal(jb.value.generationId, 2);
  assert.equal(jb.value.leader, b);
  assert.equal(jc.value.leader, b);
  assert.equal(await h.heartbeat(a, 1), ErrorCode.UNKNOWN_MEMBER_ID);
});

test('a follower that never syncs is removed at its session timeout and the Stable group rebalances', async () => {
  const h = new Harness();
  const joins = [];
  for (const clientId of ['a', 'b', 'c']) joins.push(await h.joinNew({ clientId }));
  await h.advance(6_000);
  const [a, b, c] = joins.map((j) => j.memberId) as [string, string, string];
  const sa = h.sync(a, 1, { [a]: 'A', [b]: 'B', [c]: 'C' });
  const sb = h.sync(b, 1);
  await settle();
  assert.equal(sa.value.assignment.toString(), 'A');
  assert.equal(sb.value.assignment.toString(), 'B');
  assert.equal(h.state(), Stable);
  await h.advance(5_000);
  await h.heartbeat(a, 1);
  await h.heartbeat(b, 1);
  await h.advance(5_000); // c: 10s without a word
  assert.equal(h.state(), PreparingRebalance);
  assert.equal(await h.heartbeat(a, 1), ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(await h.heartbeat(c, 1), ErrorCode.UNKNOWN_MEMBER_ID);
});

test('a member that heartbeats but never syncs is removed after the rebalance timeout', async () => {
  const h = new Harness();
  const joins = [];
  for (const clientId of ['a', 'b']) joins.push(await h.joinNew({ clientId, rebalanceTimeoutMs: 20_000 }));
  await h.advance(6_000);
  const [a, b] = joins.map((j) => j.memberId) as [string, string];
  const sa = h.sync(a, 1, { [a]: 'A', [b]: 'B' });
  await settle();
  assert.equal(sa.value.errorCode, ErrorCode.NONE);
  for (let i = 0; i < 3; i++) {
    await h.advance(5_000);
    assert.equal(await h.heartbeat(a, 1), ErrorCode.NONE);
    assert.equal(await h.heartbeat(b, 1), ErrorCode.NONE);
  }
  await h.advance(4_999);
  assert.equal(h.state(), Stable);
  await h.advance(1); // 20s after the join phase ended, b still has not sent SyncGroup
  assert.equal(h.state(), PreparingRebalance);
  assert.equal(await h.heartbeat(b, 1), ErrorCode.UNKNOWN_MEMBER_ID);
  assert.equal(await h.heartbeat(a, 1), ErrorCode.REBALANCE_IN_PROGRESS);
});

test('session expiry: heartbeats keep a member alive; silence for the session timeout removes it', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const [a, b] = ids as [string, string];
  for (let i = 0; i < 12; i++) {
    await h.advance(5_000);
    assert.equal(await h.heartbeat(a, generation), ErrorCode.NONE);
    assert.equal(await h.heartbeat(b, generation), ErrorCode.NONE);
  }
  // b falls silent; a keeps going.
  await h.advance(5_000);
  assert.equal(await h.heartbeat(a, generation), ErrorCode.NONE);
  await h.advance(4_999);
  assert.equal(h.state(), Stable);
  await h.advance(1);
  assert.equal(h.state(), PreparingRebalance, 'b expired exactly one session timeout after its last heartbeat');
  assert.equal(await h.heartbeat(a, generation), ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(await h.heartbeat(b, generation), ErrorCode.UNKNOWN_MEMBER_ID);
  const ja = h.join({ memberId: a, clientId: 'a' });
  await settle();
  assert.equal(ja.value.generationId, generation + 1);
  assert.deepEqual(ja.value.members.map((m) => m.memberId), [a]);
});

test('every member gone: the rebalance ends Empty with a new generation', async () => {
  const h = new Harness();
  const { generation } = await h.stableGroup(['a', 'b']);
  await h.advance(SESSION_MS);
  assert.equal(h.state(), Empty);
  assert.equal(h.gc.getGroup(GROUP)!.generationId, generation + 1);
  assert.equal(h.gc.getGroup(GROUP)!.protocolName, null);
});

test('static member restart: same protocols, new member id, old assignment, no rebalance; the old id is fenced', async () => {
  const h = new Harness();
  const s1 = h.join({ clientId: 'x', instanceId: 'i1', protocols: [proto('range', 'sub-1')] });
  const s2 = h.join({ clientId: 'y', instanceId: 'i2' });
  await h.advance(6_000);
  const old1 = s1.value.memberId;
  const id2 = s2.value.memberId;
  assert.equal(old1, 'i1-1', 'static member ids are derived from the instance id');
  const sync1 = h.sync(old1, 1, { [old1]: 'P0', [id2]: 'P1' }, { instanceId: 'i1' });
  h.sync(id2, 1, {}, { instanceId: 'i2' });
  await settle();
  assert.equal(sync1.value.assignment.toString(), 'P0');

  // i1 restarts: no member id, same protocol, different metadata bytes (owned partitions).
  const restarted = h.join({ clientId: 'x', instanceId: 'i1', protocols: [proto('range', 'sub-1-restarted')], apiVersion: 5 });
  await settle();
  assert.equal(restarted.value.errorCode, ErrorCode.NONE);
  const new1 = restarted.value.memberId;
  assert.notEqual(new1, old1);
  assert.equal(restarted.value.generationId, 1, 'same generation: no rebalance');
  assert.equal(restarted.value.leader, old1, 'below v9 the old leader id is returned so the member does not assign');
  assert.equal(h.state(), Stable);
  const again = h.sync(new1, 1, {}, { instanceId: 'i1' });
  await settle();
  assert.equal(again.value.assignment.toString(), 'P0', 'the old assignment comes back');
  assert.equal(await h.heartbeat(id2, 1, 'i2'), ErrorCode.NONE, 'the other member never notices');

  // The old incarnation, still running somewhere, is fenced everywhere.
  assert.equal(await h.heartbeat(old1, 1, 'i1'), ErrorCode.FENCED_INSTANCE_ID);
  const staleSync = h.sync(old1, 1, {}, { instanceId: 'i1' });
  const staleJoin = h.join({ memberId: old1, instanceId: 'i1', clientId: 'x' });
  await settle();
  assert.equal(staleSync.value.errorCode, ErrorCode.FENCED_INSTANCE_ID);
  assert.equal(staleJoin.value.errorCode, ErrorCode.FENCED_INSTANCE_ID);
  const staleLeave = await h.gc.leaveGroup({ groupId: GROUP, members: [{ memberId: old1, groupInstanceId: 'i1' }] }, h.ctx(3));
  assert.equal(staleLeave.members![0]!.errorCode, ErrorCode.FENCED_INSTANCE_ID);
  assert.equal(h.state(), Stable);
});

test('static leader restart on v9: told it leads, given the members, and told to skip assignment', async () => {
  const h = new Harness();
  const s1 = h.join({ clientId: 'x', instanceId: 'i1' });
  const s2 = h.join({ clientId: 'y', instanceId: 'i2' });
  await h.advance(6_000);
  const [id1, id2] = [s1.value.memberId, s2.value.memberId];
  h.sync(id1, 1, { [id1]: 'P0', [id2]: 'P1' });
  h.sync(id2, 1);
  await settle();
  const restarted = h.join({ clientId: 'x', instanceId: 'i1', apiVersion: 9 });
  await settle();
  const r = restarted.value;
  assert.equal(r.leader, r.memberId);
  assert.equal(r.skipAssignment, true);
  assert.equal(r.members.length, 2);
  assert.equal(h.state(), Stable);
});

test('a static member returning with protocols that change the choice triggers a rebalance', async () => {
  const h = new Harness();
  const s1 = h.join({ clientId: 'x', instanceId: 'i1', protocols: [proto('range'), proto('roundrobin')] });
  const s2 = h.join({ clientId: 'y', instanceId: 'i2', protocols: [proto('range'), proto('roundrobin')] });
  await h.advance(6_000);
  const [id1, id2] = [s1.value.memberId, s2.value.memberId];
  assert.equal(s1.value.protocolName, 'range');
  h.sync(id1, 1, { [id1]: 'P0', [id2]: 'P1' });
  h.sync(id2, 1);
  await settle();
  const restarted = h.join({ clientId: 'x', instanceId: 'i1', protocols: [proto('roundrobin')] });
  await settle();
  assert.equal(restarted.done, false);
  assert.equal(h.state(), PreparingRebalance);
  const j2 = h.join({ memberId: id2, instanceId: 'i2', clientId: 'y', protocols: [proto('range'), proto('roundrobin')] });
  await settle();
  assert.equal(j2.value.protocolName, 'roundrobin');
  assert.equal(j2.value.generationId, 2);
});

test('a static member that does not rejoin stays through the rebalance until its session expires', async () => {
  const h = new Harness();
  const s1 = h.join({ clientId: 'x', instanceId: 'i1', sessionTimeoutMs: 60_000 });
  const d = h.join({ clientId: 'y', apiVersion: 3 });
  await h.advance(6_000);
  const [id1, dyn] = [s1.value.memberId, d.value.memberId];
  h.sync(id1, 1, { [id1]: 'P0', [dyn]: 'P1' }, { instanceId: 'i1' });
  h.sync(dyn, 1);
  await settle();
  const newcomer = h.join({ clientId: 'z', apiVersion: 3 });
  const jd = h.join({ memberId: dyn, clientId: 'y', apiVersion: 3 });
  await h.advance(REBALANCE_MS);
  // The join phase ended without i1, but i1 is still a member (and may still come back).
  assert.equal(jd.value.generationId, 2);
  assert.equal(jd.value.leader, dyn, 'leadership moved to a member that rejoined');
  assert.deepEqual(jd.value.members.map((m) => m.memberId).sort(), [id1, dyn, newcomer.value.memberId].sort());
  assert.equal(h.gc.getGroup(GROUP)!.has(id1), true);
});

test('sync errors: unknown member, illegal generation, rebalance in progress, inconsistent protocol', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const [a] = ids as [string, string];
  const results = [
    h.sync('nobody', generation),
    h.sync(a, generation + 7),
    h.sync(a, generation, {}, { protocolName: 'roundrobin' }),
    h.sync(a, generation, {}, { protocolType: 'connect' }),
    h.sync(a, generation, {}, { groupId: 'no-such-group' }),
    h.sync(a, generation, {}, { groupId: '' }),
  ];
  await settle();
  assert.deepEqual(
    results.map((r) => r.value.errorCode),
    [ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.ILLEGAL_GENERATION, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.INVALID_GROUP_ID],
  );
  h.join({ clientId: 'z', apiVersion: 3 });
  await settle();
  const during = h.sync(a, generation);
  await settle();
  assert.equal(during.value.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
});

test('join errors: session timeout bounds, protocol type and protocol mismatch, unknown member id', async () => {
  const h = new Harness({ groupMinSessionTimeoutMs: 6_000, groupMaxSessionTimeoutMs: 300_000 });
  const tooShort = h.join({ sessionTimeoutMs: 5_999 });
  const tooLong = h.join({ sessionTimeoutMs: 300_001 });
  const unknown = h.join({ memberId: 'ghost', groupId: 'never-created' });
  const noGroup = h.join({ groupId: '' });
  await settle();
  assert.equal(tooShort.value.errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
  assert.equal(tooLong.value.errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
  assert.equal(unknown.value.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  assert.equal(noGroup.value.errorCode, ErrorCode.INVALID_GROUP_ID);
  assert.equal(h.gc.getGroup('never-created'), undefined);

  await h.stableGroup(['a'], { protocols: [proto('range'), proto('sticky')] });
  const otherType = h.join({ protocolType: 'connect', protocols: [proto('range')], apiVersion: 3 });
  const noCommon = h.join({ protocols: [proto('roundrobin')], apiVersion: 3 });
  const oldVersion = h.join({ protocols: [proto('roundrobin')], apiVersion: 6 });
  await settle();
  assert.equal(otherType.value.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  assert.equal(noCommon.value.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  assert.equal(noCommon.value.protocolName, '', 'below v7 the protocol name cannot be null');
  assert.equal(oldVersion.value.protocolName, '');
  const v7 = h.join({ protocols: [proto('roundrobin')], apiVersion: 7 });
  await settle();
  assert.equal(v7.value.protocolName, null);
  assert.equal(h.state(), Stable, 'rejected joins change nothing');
});

test('protocol selection across members follows their preference votes', async () => {
  const h = new Harness();
  const a = h.join({ clientId: 'a', apiVersion: 3, protocols: [proto('range'), proto('roundrobin'), proto('cooperative-sticky')] });
  h.join({ clientId: 'b', apiVersion: 3, protocols: [proto('cooperative-sticky'), proto('roundrobin')] });
  h.join({ clientId: 'c', apiVersion: 3, protocols: [proto('cooperative-sticky'), proto('range'), proto('roundrobin')] });
  await h.advance(6_000);
  // range is not supported by b; a votes roundrobin, b and c cooperative-sticky.
  assert.equal(a.value.protocolName, 'cooperative-sticky');
  assert.deepEqual(a.value.members.map((m) => m.metadata.toString()), ['cooperative-sticky', 'cooperative-sticky', 'cooperative-sticky']);
});

test('a generic protocol type: Kafka Connect workers form a group like consumers do', async () => {
  const h = new Harness();
  const worker = (clientId: string) => ({ groupId: 'connect-cluster', clientId, protocolType: 'connect', protocols: [proto('sessioned', `${clientId}-cfg`), proto('compatible'), proto('default')] });
  const w1 = await h.joinNew(worker('w1'));
  const w2 = await h.joinNew(worker('w2'));
  const consumer = h.join({ groupId: 'connect-cluster', protocols: [proto('sessioned')] });
  await h.advance(6_000);
  assert.equal(consumer.value.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  assert.equal(w1.join.value.protocolType, 'connect');
  assert.equal(w1.join.value.protocolName, 'sessioned');
  assert.deepEqual(w1.join.value.members.map((m) => m.metadata.toString()), ['w1-cfg', 'w2-cfg']);
  const s2 = h.sync(w2.memberId, 1, {}, { groupId: 'connect-cluster', protocolType: 'connect', protocolName: 'sessioned' });
  const s1 = h.sync(w1.memberId, 1, { [w1.memberId]: 'connectors: a', [w2.memberId]: 'connectors: b' }, { groupId: 'connect-cluster' });
  await settle();
  assert.equal(s1.value.assignment.toString(), 'connectors: a');
  assert.equal(s2.value.assignment.toString(), 'connectors: b');
  assert.equal(s2.value.protocolType, 'connect');
  const listed = await h.gc.listGroups({}, h.ctx(4));
  assert.deepEqual(listed.groups, [{ groupId: 'connect-cluster', protocolType: 'connect', groupState: 'Stable', groupType: 'classic' }]);
});

test('a leader whose SyncGroup misses some members gives them an empty assignment', async () => {
  const h = new Harness();
  const a = await h.joinNew({ clientId: 'a' });
  const b = await h.joinNew({ clientId: 'b' });
  await h.advance(6_000);
  const sb = h.sync(b.memberId, 1);
  h.sync(a.memberId, 1, { [a.memberId]: 'all', stranger: 'ignored' });
  await settle();
  assert.equal(sb.value.errorCode, ErrorCode.NONE);
  assert.equal(sb.value.assignment.length, 0);
});

test('a JoinGroup superseded by a newer one from the same member is answered, not dropped', async () => {
  const h = new Harness();
  const { ids } = await h.stableGroup(['a', 'b']);
  const first = h.join({ memberId: ids[0], clientId: 'a' });
  await settle();
  const second = h.join({ memberId: ids[0], clientId: 'a' });
  await settle();
  assert.equal(first.value.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(second.done, false);
});
