import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode } from '@samsa/protocol';
import { ClassicGroup } from './classic-group.js';
import { GroupState } from './group-state.js';
import type { CommittedOffset, GroupMetadataSnapshot, GroupStore, OffsetRef } from './group-store.js';
import { GROUP, Harness, SESSION_MS, proto, settle } from './testing.js';

const { Empty, PreparingRebalance, CompletingRebalance, Stable, Dead } = GroupState;

/** A store whose writes complete when the test says so. */
class ControlledStore implements GroupStore {
  readonly groups: GroupMetadataSnapshot[] = [];
  readonly deleted: string[] = [];
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  storeGroup(group: GroupMetadataSnapshot): Promise<void> {
    this.groups.push(group);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
  async storeOffsets(_groupId: string, _offsets: CommittedOffset[]): Promise<void> {}
  async deleteOffsets(_groupId: string, _offsets: OffsetRef[]): Promise<void> {}
  async deleteGroup(groupId: string): Promise<void> {
    this.deleted.push(groupId);
  }
  async completeAll(error?: unknown): Promise<void> {
    const w = this.waiting;
    this.waiting = [];
    for (const p of w) {
      if (error === undefined) p.resolve();
      else p.reject(error);
    }
    await settle();
  }
}

test('the coordinator drives a group through every transition of the table', async () => {
  const seen = new Set<string>();
  const original = ClassicGroup.prototype.transitionTo;
  ClassicGroup.prototype.transitionTo = function (this: ClassicGroup, to: GroupState, now: number) {
    seen.add(`${this.state}->${to}`);
    original.call(this, to, now);
  };
  try {
    const h = new Harness();
    // Empty -> PreparingRebalance -> CompletingRebalance
    const a = h.join({ clientId: 'a', apiVersion: 3 });
    await h.advance(3_000);
    // CompletingRebalance -> PreparingRebalance (someone joins before the leader syncs)
    const b = h.join({ clientId: 'b', apiVersion: 3 });
    await settle();
    assert.equal(h.state(), PreparingRebalance);
    const ja = h.join({ memberId: a.value.memberId, clientId: 'a', apiVersion: 3 });
    await settle();
    // ... -> CompletingRebalance -> Stable
    h.sync(a.value.memberId, 2, { [a.value.memberId]: 'A', [b.value.memberId]: 'B' });
    await settle();
    assert.equal(ja.value.generationId, 2);
    assert.equal(h.state(), Stable);
    // Stable -> PreparingRebalance -> Empty (everyone leaves)
    await h.gc.leaveGroup({ groupId: GROUP, memberId: a.value.memberId }, h.ctx(1));
    assert.equal(h.state(), PreparingRebalance);
    await h.gc.leaveGroup({ groupId: GROUP, memberId: b.value.memberId }, h.ctx(1));
    assert.equal(h.state(), Empty);
    // Empty -> Dead
    await h.gc.deleteGroups({ groupsNames: [GROUP] }, h.ctx(2));
    // CompletingRebalance / Stable / PreparingRebalance -> Dead (unloaded)
    h.join({ groupId: 'comp', apiVersion: 3 });
    await h.stableGroup(['s'], { groupId: 'stab' });
    h.join({ groupId: 'prep', apiVersion: 3 });
    await settle();
    assert.deepEqual([h.state('comp'), h.state('stab'), h.state('prep')], [CompletingRebalance, Stable, PreparingRebalance]);
    for (const g of ['comp', 'stab', 'prep']) h.gc.unloadGroup(g);
  } finally {
    ClassicGroup.prototype.transitionTo = original;
  }
  assert.deepEqual(
    [...seen].sort(),
    [
      'CompletingRebalance->Dead',
      'CompletingRebalance->PreparingRebalance',
      'CompletingRebalance->Stable',
      'Empty->Dead',
      'Empty->PreparingRebalance',
      'PreparingRebalance->CompletingRebalance',
      'PreparingRebalance->Dead',
      'PreparingRebalance->Empty',
      'Stable->Dead',
      'Stable->PreparingRebalance',
    ],
  );
});

test('LeaveGroup v0-v2: one member, its error at the top level', async () => {
  const h = new Harness();
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const [a, b] = ids as [string, string];
  const left = await h.gc.leaveGroup({ groupId: GROUP, memberId: b }, h.ctx(2));
  assert.deepEqual(left, { throttleTimeMs: 0, errorCode: ErrorCode.NONE });
  assert.equal(h.state(), PreparingRebalance);
  const again = await h.gc.leaveGroup({ groupId: GROUP, memberId: b }, h.ctx(0));
  assert.equal(again.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  assert.equal(again.members, undefined);
  const noGroup = await h.gc.leaveGroup({ groupId: 'nope', memberId: a }, h.ctx(1));
  assert.equal(noGroup.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  const badGroup = await h.gc.leaveGroup({ groupId: '', memberId: a }, h.ctx(1));
  assert.equal(badGroup.errorCode, ErrorCode.INVALID_GROUP_ID);
  // The one remaining member rejoins and the rebalance ends at once.
  const ja = h.join({ memberId: a, clientId: 'a' });
  await settle();
  assert.equal(ja.value.generationId, generation + 1);
  assert.deepEqual(ja.value.members.map((m) => m.memberId), [a]);
});

test('LeaveGroup v3+: a batch with an error per member; an instance id alone removes a static member', async () => {
  const h = new Harness();
  const s = h.join({ clientId: 'x', instanceId: 'i1' });
  const d1 = h.join({ clientId: 'y', apiVersion: 3 });
  const d2 = h.join({ clientId: 'z', apiVersion: 3 });
  await h.advance(6_000);
  const pending = await h.gc.joinGroup(h.joinRequest(), h.ctx(9, 'p'));
  assert.equal(pending.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  const r = await h.gc.leaveGroup(
    {
      groupId: GROUP,
      members: [
        { memberId: d1.value.memberId, groupInstanceId: null, reason: 'shutting down' },
        { memberId: 'ghost', groupInstanceId: null },
        { memberId: '', groupInstanceId: 'i1' },
        { memberId: '', groupInstanceId: 'i9' },
        { memberId: pending.memberId, groupInstanceId: null },
      ],
    },
    h.ctx(5),
  );
  assert.equal(r.errorCode, ErrorCode.NONE);
  assert.deepEqual(
    r.members!.map((m) => [m.memberId, m.groupInstanceId, m.errorCode]),
    [
      [d1.value.memberId, null, ErrorCode.NONE],
      ['ghost', null, ErrorCode.UNKNOWN_MEMBER_ID],
      ['', 'i1', ErrorCode.NONE],
      ['', 'i9', ErrorCode.UNKNOWN_MEMBER_ID],
      [pending.memberId, null, ErrorCode.NONE],
    ],
  );
  const group = h.gc.getGroup(GROUP)!;
  assert.deepEqual(group.allMembers().map((m) => m.memberId), [d2.value.memberId]);
  assert.equal(group.staticMemberId('i1'), undefined);
  assert.equal(s.value.memberId.startsWith('i1-'), true);
  const unknownGroup = await h.gc.leaveGroup({ groupId: 'nope', members: [{ memberId: 'm', groupInstanceId: null }] }, h.ctx(3));
  assert.deepEqual(unknownGroup.members!.map((m) => m.errorCode), [ErrorCode.UNKNOWN_MEMBER_ID]);
});

test('a member leaving while its JoinGroup is parked gets UNKNOWN_MEMBER_ID for it', async () => {
  const h = new Harness();
  const { ids } = await h.stableGroup(['a', 'b']);
  const ja = h.join({ memberId: ids[0], clientId: 'a' });
  await settle();
  assert.equal(ja.done, false);
  await h.gc.leaveGroup({ groupId: GROUP, members: [{ memberId: ids[0]!, groupInstanceId: null }] }, h.ctx(4));
  await settle();
  assert.equal(ja.value.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
});

test('DescribeGroups: members with metadata and assignments while Stable, without them otherwise', async () => {
  const h = new Harness();
  const { ids } = await h.stableGroup(['a', 'b'], { protocols: [proto('range', 'subscription')] });
  const [a, b] = ids as [string, string];
  const stable = (await h.gc.describeGroups({ groups: [GROUP, 'unknown'] }, h.ctx(5))).groups;
  assert.equal(stable[0]!.groupState, 'Stable');
  assert.equal(stable[0]!.protocolType, 'consumer');
  assert.equal(stable[0]!.protocolData, 'range');
  assert.deepEqual(
    stable[0]!.members.map((m) => [m.memberId, m.clientId, m.clientHost, m.memberMetadata.toString(), m.memberAssignment.toString()]),
    [
      [a, 'a', '/10.0.0.1', 'subscription', `${a}-assignment`],
      [b, 'b', '/10.0.0.1', 'subscription', `${b}-assignment`],
    ],
  );
  assert.deepEqual(
    { ...stable[1]!, members: stable[1]!.members.length },
    { errorCode: ErrorCode.NONE, groupId: 'unknown', groupState: 'Dead', protocolType: '', protocolData: '', members: 0, authorizedOperations: -2147483648 },
  );
  h.join({ memberId: a, clientId: 'a' });
  await settle();
  const rebalancing = (await h.gc.describeGroups({ groups: [GROUP] }, h.ctx(5))).groups[0]!;
  assert.equal(rebalancing.groupState, 'PreparingRebalance');
  assert.equal(rebalancing.protocolData, '');
  assert.deepEqual(rebalancing.members.map((m) => [m.memberMetadata.length, m.memberAssignment.length]), [
    [0, 0],
    [0, 0],
  ]);
});

test('ListGroups filters by state and type, case-insensitively, and never lists deleted groups', async () => {
  const h = new Harness();
  await h.stableGroup(['a'], { groupId: 'stable-one' });
  h.join({ groupId: 'joining', apiVersion: 3 });
  await h.gc.joinGroup(h.joinRequest({ groupId: 'empty-one' }), h.ctx(9)); // MEMBER_ID_REQUIRED: the group exists, Empty
  const names = async (statesFilter?: string[], typesFilter?: string[]): Promise<string[]> =>
    (await h.gc.listGroups({ ...(statesFilter ? { statesFilter } : {}), ...(typesFilter ? { typesFilter } : {}) }, h.ctx(5))).groups.map((g) => g.groupId).sort();
  assert.deepEqual(await names(), ['empty-one', 'joining', 'stable-one']);
  assert.deepEqual(await names(['STABLE']), ['stable-one']);
  assert.deepEqual(await names(['Empty', 'preparingrebalance']), ['empty-one', 'joining']);
  assert.deepEqual(await names(undefined, ['Classic']), ['empty-one', 'joining', 'stable-one']);
  assert.deepEqual(await names(undefined, ['consumer']), []);
  await h.gc.deleteGroups({ groupsNames: ['empty-one'] }, h.ctx(2));
  assert.deepEqual(await names(), ['joining', 'stable-one']);
});

test('DeleteGroups: only Empty groups; others NON_EMPTY_GROUP, unknown GROUP_ID_NOT_FOUND', async () => {
  const store = new ControlledStore();
  const h = new Harness({}, store);
  const a = h.join({ clientId: 'a', apiVersion: 3 });
  await h.advance(3_000);
  h.sync(a.value.memberId, 1, { [a.value.memberId]: 'x' });
  await store.completeAll();
  assert.equal(h.state(), Stable);
  const r1 = await h.gc.deleteGroups({ groupsNames: [GROUP, 'missing'] }, h.ctx(2));
  assert.deepEqual(r1.results, [
    { groupId: GROUP, errorCode: ErrorCode.NON_EMPTY_GROUP },
    { groupId: 'missing', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
  ]);
  await h.gc.leaveGroup({ groupId: GROUP, memberId: a.value.memberId }, h.ctx(1));
  assert.equal(h.state(), Empty);
  const r2 = await h.gc.deleteGroups({ groupsNames: [GROUP] }, h.ctx(2));
  assert.deepEqual(r2.results, [{ groupId: GROUP, errorCode: ErrorCode.NONE }]);
  assert.deepEqual(store.deleted, [GROUP]);
  assert.equal(h.gc.getGroup(GROUP), undefined);
  const stale = await h.heartbeat(a.value.memberId, 1);
  assert.equal(stale, ErrorCode.UNKNOWN_MEMBER_ID);
  // The id can be used again: a brand-new group.
  const fresh = h.join({ clientId: 'b', apiVersion: 3 });
  await h.advance(3_000);
  assert.equal(fresh.value.generationId, 1);
});

test("the leader's assignment reaches members only once stored; a failed write makes them rejoin", async () => {
  const store = new ControlledStore();
  const h = new Harness({}, store);
  const a = h.join({ clientId: 'a', apiVersion: 3 });
  const b = h.join({ clientId: 'b', apiVersion: 3 });
  await h.advance(6_000);
  const [ida, idb] = [a.value.memberId, b.value.memberId];
  const sb = h.sync(idb, 1);
  const sa = h.sync(ida, 1, { [ida]: 'A', [idb]: 'B' });
  await settle();
  assert.equal(sa.done, false);
  assert.equal(h.state(), CompletingRebalance);
  const written = store.groups.at(-1)!;
  assert.deepEqual(
    { ...written, members: written.members.map((m) => [m.memberId, m.assignment.toString(), m.subscription.toString(), m.sessionTimeoutMs]) },
    {
      groupId: GROUP,
      protocolType: 'consumer',
      generation: 1,
      protocol: 'range',
      leader: ida,
      currentStateTimestamp: h.clock.now(),
      members: [
        [ida, 'A', 'range', SESSION_MS],
        [idb, 'B', 'range', SESSION_MS],
      ],
    },
  );
  await store.completeAll();
  assert.equal(sa.value.assignment.toString(), 'A');
  assert.equal(sb.value.assignment.toString(), 'B');

  // Next generation: the write fails with a storage error.
  const ja = h.join({ memberId: ida, clientId: 'a', apiVersion: 3 });
  const jb = h.join({ memberId: idb, clientId: 'b', apiVersion: 3 });
  await settle();
  assert.equal(jb.value.generationId, 2);
  const sb2 = h.sync(idb, 2);
  const sa2 = h.sync(ida, 2, { [ida]: 'A2', [idb]: 'B2' });
  await settle();
  assert.equal(ja.done, true);
  await store.completeAll(Object.assign(new Error('disk gone'), { errorCode: ErrorCode.KAFKA_STORAGE_ERROR }));
  assert.equal(sa2.value.errorCode, ErrorCode.NOT_COORDINATOR);
  assert.equal(sb2.value.errorCode, ErrorCode.NOT_COORDINATOR);
  assert.equal(h.state(), PreparingRebalance);
});

test('a replaced static member whose new id cannot be stored is put back as it was', async () => {
  const store = new ControlledStore();
  const h = new Harness({}, store);
  const s = h.join({ clientId: 'x', instanceId: 'i1' });
  await h.advance(3_000);
  const oldId = s.value.memberId;
  h.sync(oldId, 1, { [oldId]: 'P' }, { instanceId: 'i1' });
  await store.completeAll();
  const restarted = h.join({ clientId: 'x', instanceId: 'i1' });
  await settle();
  assert.equal(restarted.done, false, 'the answer waits for the write');
  await store.completeAll(new Error('no leader'));
  assert.equal(restarted.value.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  assert.equal(await h.heartbeat(oldId, 1, 'i1'), ErrorCode.NONE, 'the old id is valid again');
  assert.equal(h.state(), Stable);
});

test('unloading a group answers its parked requests with NOT_COORDINATOR', async () => {
  const h = new Harness();
  const j = h.join({ clientId: 'a', apiVersion: 3 });
  await settle();
  h.gc.unloadGroup(GROUP);
  await settle();
  assert.equal(j.value.errorCode, ErrorCode.NOT_COORDINATOR);
  assert.equal(h.gc.getGroup(GROUP), undefined);
  assert.equal(h.clock.pending(), 0, 'its timers are gone');
});

test('a loaded group is Stable with its assignments; members that do not heartbeat expire', async () => {
  const h = new Harness();
  const member = (memberId: string, assignment: string) => ({
    memberId,
    groupInstanceId: null,
    clientId: memberId,
    clientHost: '/10.0.0.2',
    rebalanceTimeoutMs: 30_000,
    sessionTimeoutMs: SESSION_MS,
    subscription: Buffer.from('sub'),
    assignment: Buffer.from(assignment),
  });
  h.gc.loadGroup({ groupId: GROUP, protocolType: 'consumer', generation: 7, protocol: 'range', leader: 'm2', currentStateTimestamp: 5, members: [member('m1', 'A'), member('m2', 'B')] });
  assert.equal(h.state(), Stable);
  assert.equal(h.gc.getGroup(GROUP)!.leaderId, 'm2');
  const s = h.sync('m1', 7);
  await settle();
  assert.equal(s.value.assignment.toString(), 'A');
  await h.advance(SESSION_MS - 1);
  assert.equal(await h.heartbeat('m1', 7), ErrorCode.NONE);
  await h.advance(1);
  assert.equal(h.state(), PreparingRebalance, 'm2 never heartbeated');
  assert.throws(() => h.gc.loadGroup({ groupId: GROUP, protocolType: 'consumer', generation: 1, protocol: null, leader: null, currentStateTimestamp: -1, members: [] }));
});

test('validateOffsetCommit: standalone commits to empty groups, member and generation checks, commits keep a member alive', async () => {
  const h = new Harness();
  assert.equal(h.gc.validateOffsetCommit('standalone', '', null, -1), ErrorCode.NONE);
  assert.equal(h.gc.validateOffsetCommit('standalone', 'm', null, 3), ErrorCode.ILLEGAL_GENERATION);
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const [a] = ids as [string, string];
  assert.equal(h.gc.validateOffsetCommit(GROUP, a, null, generation), ErrorCode.NONE);
  assert.equal(h.gc.validateOffsetCommit(GROUP, a, null, generation + 1), ErrorCode.ILLEGAL_GENERATION);
  assert.equal(h.gc.validateOffsetCommit(GROUP, 'x', null, generation), ErrorCode.UNKNOWN_MEMBER_ID);
  assert.equal(h.gc.validateOffsetCommit(GROUP, '', null, -1), ErrorCode.UNKNOWN_MEMBER_ID, 'not while the group has members');
  assert.equal(h.gc.validateOffsetCommit(GROUP, a, 'i1', generation), ErrorCode.UNKNOWN_MEMBER_ID);
  await h.advance(SESSION_MS - 1);
  h.gc.validateOffsetCommit(GROUP, a, null, generation);
  await h.heartbeat(ids[1]!, generation);
  await h.advance(SESSION_MS - 1);
  assert.equal(h.state(), Stable, 'the commit counted as a heartbeat');
  h.join({ clientId: 'c', apiVersion: 3 });
  const ja = h.join({ memberId: a, clientId: 'a' });
  const jb = h.join({ memberId: ids[1], clientId: 'b' });
  await settle();
  assert.equal(ja.value.errorCode, ErrorCode.NONE);
  assert.equal(jb.value.errorCode, ErrorCode.NONE);
  assert.equal(h.state(), CompletingRebalance);
  assert.equal(h.gc.validateOffsetCommit(GROUP, a, null, generation + 1), ErrorCode.REBALANCE_IN_PROGRESS);
  assert.equal(h.gc.getGroup(GROUP)!.is(Dead), false);
});

test('partitionFor uses offsets.topic.num.partitions', () => {
  const h = new Harness({ offsetsTopicNumPartitions: 7 });
  assert.equal(h.gc.partitionFor('my-group'), 1);
  assert.equal(new Harness().gc.partitionFor('my-group'), 12);
});
