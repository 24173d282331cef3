/**
 * The coordinator's offset APIs on a ManualClock: OffsetCommit's checks and versions,
 * OffsetFetch's forms, OffsetDelete, DeleteGroups with offsets, expiry, and partition loading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConsumerProtocolSubscription, ErrorCode, Writer, type OffsetCommitRequest } from '@samsa/protocol';
import type { CommittedOffset, GroupMetadataSnapshot, GroupStore, OffsetRef } from './group-store.js';
import { GroupState } from './group-state.js';
import { GROUP, Harness, settle } from './testing.js';

const { Empty, Stable } = GroupState;

/** Records what the coordinator writes; a write fails while `failWith` is set. */
class RecordingStore implements GroupStore {
  readonly writes: string[] = [];
  failWith: unknown = null;
  private check(what: string): Promise<void> {
    this.writes.push(what);
    return this.failWith === null ? Promise.resolve() : Promise.reject(this.failWith);
  }
  storeGroup(g: GroupMetadataSnapshot): Promise<void> {
    return this.check(`group ${g.groupId} gen ${g.generation}`);
  }
  storeOffsets(groupId: string, offsets: CommittedOffset[]): Promise<void> {
    return this.check(`offsets ${groupId} ${offsets.map((o) => `${o.topic}-${o.partition}@${o.offset}`).join(',')}`);
  }
  deleteOffsets(groupId: string, offsets: OffsetRef[]): Promise<void> {
    return this.check(`tombstones ${groupId} ${offsets.map((o) => `${o.topic}-${o.partition}`).join(',')}`);
  }
  deleteGroup(groupId: string, offsets: OffsetRef[]): Promise<void> {
    return this.check(`delete ${groupId} ${offsets.map((o) => `${o.topic}-${o.partition}`).join(',')}`);
  }
}

const EXISTING = new Set(['t-0', 't-1', 't-2', 'u-0', 'v-0']);

function setup(config = {}) {
  const store = new RecordingStore();
  const h = new Harness(config, store, { partitionExists: (topic, partition) => EXISTING.has(`${topic}-${partition}`) });
  return { h, store };
}

function commitRequest(
  partitions: [string, number, number][],
  o: { groupId?: string; generation?: number; memberId?: string; instanceId?: string | null; metadata?: string | null; retentionTimeMs?: number; commitTimestamp?: number } = {},
): OffsetCommitRequest {
  const names = [...new Set(partitions.map((p) => p[0]))];
  return {
    groupId: o.groupId ?? GROUP,
    generationIdOrMemberEpoch: o.generation ?? -1,
    memberId: o.memberId ?? '',
    groupInstanceId: o.instanceId ?? null,
    retentionTimeMs: o.retentionTimeMs ?? -1,
    topics: names.map((name) => ({
      name,
      partitions: partitions
        .filter((p) => p[0] === name)
        .map(([, partitionIndex, committedOffset]) => ({
          partitionIndex,
          committedOffset,
          committedLeaderEpoch: 2,
          commitTimestamp: o.commitTimestamp ?? -1,
          committedMetadata: o.metadata === undefined ? 'md' : o.metadata,
        })),
    })),
  };
}

const errorsOf = (r: { topics: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }[] }): Record<string, number> =>
  Object.fromEntries(r.topics.flatMap((t) => t.partitions.map((p) => [`${t.name}-${p.partitionIndex}`, p.errorCode])));

async function fetchAll(h: Harness, groupId = GROUP): Promise<Record<string, number>> {
  const r = await h.gc.offsetFetch({ groupId, topics: null }, h.ctx(7));
  assert.equal(r.errorCode, ErrorCode.NONE);
  return Object.fromEntries(r.topics!.flatMap((t) => t.partitions.map((p) => [`${t.name}-${p.partitionIndex}`, p.committedOffset])));
}

function subscription(...topics: string[]): Buffer {
  const w = new Writer();
  w.int16(1);
  ConsumerProtocolSubscription.encode(w, { topics, userData: null, ownedPartitions: [] }, 1);
  return w.toBuffer();
}

test('standalone commits create an Empty group; unknown partitions and long metadata are refused per partition', async () => {
  const { h, store } = setup({ offsetMetadataMaxBytes: 5 });
  const r = await h.gc.offsetCommit(commitRequest([['t', 0, 10], ['t', 9, 1], ['nope', 0, 1], ['u', 0, 3]]), h.ctx(8));
  assert.deepEqual(errorsOf(r), { 't-0': 0, 't-9': ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'nope-0': ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'u-0': 0 });
  assert.deepEqual(store.writes, [`offsets ${GROUP} t-0@10,u-0@3`]);
  assert.equal(h.state(), Empty);
  assert.deepEqual(await fetchAll(h), { 't-0': 10, 'u-0': 3 });
  const tooLong = await h.gc.offsetCommit(commitRequest([['t', 1, 1]], { metadata: 'metadata' }), h.ctx(8));
  assert.deepEqual(errorsOf(tooLong), { 't-1': ErrorCode.OFFSET_METADATA_TOO_LARGE });
  const nullMetadata = await h.gc.offsetCommit(commitRequest([['t', 1, 4]], { metadata: null }), h.ctx(8));
  assert.deepEqual(errorsOf(nullMetadata), { 't-1': 0 });
  const f = await h.gc.offsetFetch({ groupId: GROUP, topics: [{ name: 't', partitionIndexes: [1, 2] }] }, h.ctx(5));
  assert.deepEqual(f.topics![0]!.partitions, [
    { partitionIndex: 1, committedOffset: 4, committedLeaderEpoch: 2, metadata: '', errorCode: 0 },
    { partitionIndex: 2, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
  ]);
  const listed = await h.gc.listGroups({}, h.ctx(4));
  assert.deepEqual(listed.groups, [{ groupId: GROUP, protocolType: '', groupState: 'Empty', groupType: 'classic' }]);
});

test('member commits: generation and member checks; an unknown group with a generation is ILLEGAL_GENERATION', async () => {
  const { h } = setup();
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 1]], { groupId: 'other', generation: 3, memberId: 'm' }), h.ctx(8))), { 't-0': ErrorCode.ILLEGAL_GENERATION });
  assert.equal(h.gc.getGroup('other'), undefined);
  const { ids, generation } = await h.stableGroup(['a', 'b']);
  const ok = await h.gc.offsetCommit(commitRequest([['t', 0, 5]], { generation, memberId: ids[0] }), h.ctx(8));
  assert.deepEqual(errorsOf(ok), { 't-0': 0 });
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 6]], { generation: generation - 1, memberId: ids[0] }), h.ctx(8))), { 't-0': ErrorCode.ILLEGAL_GENERATION });
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 6]], { generation, memberId: 'stranger' }), h.ctx(8))), { 't-0': ErrorCode.UNKNOWN_MEMBER_ID });
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 6]]), h.ctx(8))), { 't-0': ErrorCode.UNKNOWN_MEMBER_ID }, 'no standalone commits while the group has members');
  // v0 carries no generation or member: a standalone commit.
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 6]], { generation, memberId: ids[0] }), h.ctx(0))), { 't-0': ErrorCode.UNKNOWN_MEMBER_ID });
  assert.deepEqual(await fetchAll(h), { 't-0': 5 });
});

test('v1 commit timestamps and v2-v4 retention times are kept; expiry honours the expire timestamp', async () => {
  const { h } = setup({ offsetsRetentionMs: 1_000_000 });
  const now = h.clock.now();
  await h.gc.offsetCommit(commitRequest([['t', 0, 1]], { commitTimestamp: 42 }), h.ctx(1));
  await h.gc.offsetCommit(commitRequest([['t', 1, 1]], { retentionTimeMs: 5_000 }), h.ctx(2));
  await h.gc.offsetCommit(commitRequest([['t', 2, 1]], { commitTimestamp: 42, retentionTimeMs: 5_000 }), h.ctx(8));
  const t0 = h.gc.offsets.get(GROUP, 't', 0)!;
  const t1 = h.gc.offsets.get(GROUP, 't', 1)!;
  const t2 = h.gc.offsets.get(GROUP, 't', 2)!;
  assert.deepEqual([t0.commitTimestamp, t0.expireTimestamp], [42, -1]);
  assert.deepEqual([t1.commitTimestamp, t1.expireTimestamp], [now, now + 5_000]);
  assert.deepEqual([t2.commitTimestamp, t2.expireTimestamp, t2.leaderEpoch], [now, -1, 2], 'v8 has neither field');
  // t-0 was committed "at 42": long past the retention of a standalone group.
  await h.advance(4_999);
  assert.deepEqual(await h.gc.expireOffsets(), { offsets: 1, groups: 0 });
  assert.deepEqual(await fetchAll(h), { 't-1': 1, 't-2': 1 });
  await h.advance(1);
  assert.deepEqual(await h.gc.expireOffsets(), { offsets: 1, groups: 0 });
  assert.deepEqual(await fetchAll(h), { 't-2': 1 });
});

test('expiry: an Empty consumer group loses its offsets a retention after it emptied, then the group goes', async () => {
  const { h, store } = setup({ offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 });
  // A long session: the member stays without heartbeats.
  const { ids, generation } = await h.stableGroup(['a'], { protocols: [{ name: 'range', metadata: subscription('t') }], sessionTimeoutMs: 600_000 });
  await h.gc.offsetCommit(commitRequest([['t', 0, 7], ['u', 0, 8]], { generation, memberId: ids[0] }), h.ctx(8));
  // Stable and subscribed to t only: u's offset expires a retention after its commit, t's never.
  h.gc.startOffsetExpiry();
  await h.advance(60_000);
  assert.deepEqual(await fetchAll(h), { 't-0': 7 });
  assert.ok(store.writes.includes(`tombstones ${GROUP} u-0`));
  await h.gc.leaveGroup({ groupId: GROUP, memberId: ids[0] }, h.ctx(1));
  assert.equal(h.state(), Empty);
  await h.advance(50_000);
  assert.deepEqual(await fetchAll(h), { 't-0': 7 }, 'committed long ago, but the group emptied only 50s ago');
  await h.advance(10_000);
  await settle();
  assert.equal(h.gc.getGroup(GROUP), undefined, 'emptied a retention ago: offsets gone, then the group');
  assert.deepEqual(store.writes.at(-1), `delete ${GROUP} t-0`);
  h.gc.close();
  assert.equal(h.clock.pending(), 0);
});

test('OffsetFetch forms: v1 per-partition errors, v2+ top-level, v8 several groups, topics null for all', async () => {
  const { h } = setup();
  await h.gc.offsetCommit(commitRequest([['t', 0, 1], ['u', 0, 2]]), h.ctx(8));
  await h.gc.offsetCommit(commitRequest([['v', 0, 3]], { groupId: 'g2' }), h.ctx(8));
  const multi = await h.gc.offsetFetch(
    {
      groups: [
        { groupId: GROUP, memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'g2', topics: [{ name: 'v', partitionIndexes: [0] }] },
        { groupId: 'nobody', topics: null },
      ],
      requireStable: true,
    },
    h.ctx(9),
  );
  assert.deepEqual(
    multi.groups!.map((g) => [g.groupId, g.errorCode, g.topics.map((t) => `${t.name}:${t.partitions.map((p) => p.committedOffset).join(',')}`)]),
    [
      [GROUP, 0, ['t:1', 'u:2']],
      ['g2', 0, ['v:3']],
      ['nobody', 0, []],
    ],
  );

  const managed = new Harness({}, undefined, { managePartitions: true });
  managed.gc.beginLoading(managed.gc.partitionFor(GROUP));
  const v1 = await managed.gc.offsetFetch({ groupId: GROUP, topics: [{ name: 't', partitionIndexes: [0, 1] }] }, managed.ctx(1));
  assert.deepEqual(
    v1.topics![0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.errorCode]),
    [
      [0, -1, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS],
      [1, -1, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS],
    ],
  );
  const v3 = await managed.gc.offsetFetch({ groupId: GROUP, topics: null }, managed.ctx(3));
  assert.equal(v3.errorCode, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  const other = await managed.gc.offsetFetch({ groupId: 'x'.repeat(3), topics: null }, managed.ctx(3));
  assert.equal(other.errorCode, managed.gc.partitionFor('xxx') === managed.gc.partitionFor(GROUP) ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NOT_COORDINATOR);
});

test('every group API answers COORDINATOR_LOAD_IN_PROGRESS while loading, NOT_COORDINATOR when unowned', async () => {
  const h = new Harness({}, undefined, { managePartitions: true });
  const p = h.gc.partitionFor(GROUP);
  const codes = async (): Promise<number[]> => [
    (await h.gc.joinGroup(h.joinRequest(), h.ctx(5))).errorCode,
    (await h.gc.syncGroup({ groupId: GROUP, generationId: 1, memberId: 'm', assignments: [] }, h.ctx(3))).errorCode,
    (await h.gc.heartbeat({ groupId: GROUP, generationId: 1, memberId: 'm' }, h.ctx(3))).errorCode,
    (await h.gc.leaveGroup({ groupId: GROUP, members: [{ memberId: 'm', groupInstanceId: null }] }, h.ctx(3))).errorCode,
    (await h.gc.describeGroups({ groups: [GROUP] }, h.ctx(5))).groups[0]!.errorCode,
    (await h.gc.deleteGroups({ groupsNames: [GROUP] }, h.ctx(2))).results[0]!.errorCode,
    errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 1]]), h.ctx(8)))['t-0']!,
    (await h.gc.offsetDelete({ groupId: GROUP, topics: [] }, h.ctx(0))).errorCode,
  ];
  assert.deepEqual(await codes(), Array(8).fill(ErrorCode.NOT_COORDINATOR));
  assert.equal(h.gc.partitionState(p), 'unowned');
  h.gc.beginLoading(p);
  assert.deepEqual(await codes(), Array(8).fill(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS));
  assert.equal((await h.gc.listGroups({}, h.ctx(4))).errorCode, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  h.gc.completeLoading(p, {
    groups: [{ groupId: GROUP, protocolType: 'consumer', generation: 4, protocol: null, leader: null, currentStateTimestamp: 1, members: [] }],
    offsets: new Map([
      [GROUP, [{ topic: 't', partition: 0, offset: 9, leaderEpoch: -1, metadata: '', commitTimestamp: 1, expireTimestamp: -1 }]],
      ['orphan', [{ topic: 't', partition: 1, offset: 3, leaderEpoch: -1, metadata: '', commitTimestamp: 1, expireTimestamp: -1 }]],
    ]),
  });
  assert.equal(h.gc.partitionState(p), 'active');
  assert.equal(h.state(), Empty);
  assert.equal(h.gc.getGroup(GROUP)!.protocolType, 'consumer', 'an Empty group keeps its protocol type');
  assert.equal(h.gc.getGroup(GROUP)!.generationId, 4);
  assert.equal(h.state('orphan'), Empty, 'offsets without group metadata make an Empty group');
  assert.deepEqual(await fetchAll(h), { 't-0': 9 });
  h.gc.unloadPartition(p);
  assert.equal(h.gc.getGroup(GROUP), undefined);
  assert.equal(h.gc.offsets.hasOffsets(GROUP), false);
  assert.equal(h.gc.partitionState(p), 'unowned');
});

test('OffsetDelete: Empty groups lose any offset; consumer groups only of topics they do not subscribe to', async () => {
  const { h, store } = setup();
  const del = (groupId: string, partitions: [string, number][]) =>
    h.gc.offsetDelete(
      {
        groupId,
        topics: [...new Set(partitions.map((p) => p[0]))].map((name) => ({ name, partitions: partitions.filter((p) => p[0] === name).map(([, partitionIndex]) => ({ partitionIndex })) })),
      },
      h.ctx(0),
    );
  assert.equal((await del('unknown', [['t', 0]])).errorCode, ErrorCode.GROUP_ID_NOT_FOUND);
  assert.equal((await del('', [['t', 0]])).errorCode, ErrorCode.INVALID_GROUP_ID);
  const { ids, generation } = await h.stableGroup(['a'], { protocols: [{ name: 'range', metadata: subscription('t') }] });
  await h.gc.offsetCommit(commitRequest([['t', 0, 1], ['u', 0, 2], ['v', 0, 3]], { generation, memberId: ids[0] }), h.ctx(8));
  const r = await del(GROUP, [['t', 0], ['u', 0], ['v', 9], ['v', 0]]);
  assert.equal(r.errorCode, ErrorCode.NONE);
  assert.deepEqual(errorsOf(r), { 't-0': ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, 'u-0': 0, 'v-9': ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'v-0': 0 });
  assert.deepEqual(store.writes.at(-1), `tombstones ${GROUP} u-0,v-0`);
  assert.deepEqual(await fetchAll(h), { 't-0': 1 });
  await h.gc.leaveGroup({ groupId: GROUP, memberId: ids[0] }, h.ctx(1));
  assert.deepEqual(errorsOf(await del(GROUP, [['t', 0]])), { 't-0': 0 });
  assert.deepEqual(await fetchAll(h), {});

  // A group of another protocol type with members cannot lose offsets.
  const c = await h.joinNew({ groupId: 'workers', protocolType: 'connect', clientId: 'w' });
  await h.advance(3_000);
  assert.equal(c.join.value.errorCode, 0);
  assert.equal((await del('workers', [['t', 0]])).errorCode, ErrorCode.NON_EMPTY_GROUP);
});

test('DeleteGroups tombstones the group and its offsets, including commits still being written', async () => {
  const store = new RecordingStore();
  const waiting: (() => void)[] = [];
  const slow: GroupStore = {
    storeGroup: (g) => store.storeGroup(g),
    storeOffsets: (g, o) => store.storeOffsets(g, o).then(() => new Promise<void>((resolve) => waiting.push(resolve))),
    deleteOffsets: (g, o) => store.deleteOffsets(g, o),
    deleteGroup: (g, o) => store.deleteGroup(g, o),
  };
  const h = new Harness({}, slow);
  const first = h.gc.offsetCommit(commitRequest([['t', 0, 1]]), h.ctx(8));
  await settle();
  waiting.shift()!();
  assert.deepEqual(errorsOf(await first), { 't-0': 0 });
  const inFlight = h.gc.offsetCommit(commitRequest([['u', 0, 5]]), h.ctx(8));
  await settle();
  assert.equal(waiting.length, 1);
  const d = await h.gc.deleteGroups({ groupsNames: [GROUP] }, h.ctx(2));
  assert.deepEqual(d.results, [{ groupId: GROUP, errorCode: 0 }]);
  assert.deepEqual(store.writes.at(-1), `delete ${GROUP} t-0,u-0`);
  waiting.shift()!();
  assert.deepEqual(errorsOf(await inFlight), { 'u-0': 0 });
  assert.equal(h.gc.getGroup(GROUP), undefined);
  assert.deepEqual((await h.gc.offsetFetch({ groupId: GROUP, topics: null }, h.ctx(7))).topics, [], 'the commit that landed after the deletion does not come back');
});

test('a failed write: commits get the mapped error and change nothing', async () => {
  const { h, store } = setup();
  store.failWith = Object.assign(new Error('disk'), { code: ErrorCode.KAFKA_STORAGE_ERROR });
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 1]]), h.ctx(8))), { 't-0': ErrorCode.NOT_COORDINATOR });
  store.failWith = Object.assign(new Error('big'), { errorCode: ErrorCode.RECORD_LIST_TOO_LARGE });
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 1]]), h.ctx(8))), { 't-0': ErrorCode.INVALID_COMMIT_OFFSET_SIZE });
  store.failWith = new Error('no code');
  assert.deepEqual(errorsOf(await h.gc.offsetCommit(commitRequest([['t', 0, 1]]), h.ctx(8))), { 't-0': ErrorCode.COORDINATOR_NOT_AVAILABLE });
  assert.deepEqual(await fetchAll(h), {});
  assert.equal(h.state(), Empty);
  assert.equal(h.gc.getGroup(GROUP)!.is(Stable), false);
});

test('offsets of deleted topics are removed from every group, with tombstones', async () => {
  const { h, store } = setup();
  await h.gc.offsetCommit(commitRequest([['t', 0, 1], ['u', 0, 2]]), h.ctx(8));
  await h.gc.offsetCommit(commitRequest([['t', 1, 3]], { groupId: 'g2' }), h.ctx(8));
  assert.equal(await h.gc.onTopicsDeleted(['t']), 2);
  assert.deepEqual(await fetchAll(h), { 'u-0': 2 });
  assert.deepEqual(await fetchAll(h, 'g2'), {});
  assert.ok(store.writes.includes(`tombstones ${GROUP} t-0`));
  assert.ok(store.writes.includes('tombstones g2 t-1'));
});
