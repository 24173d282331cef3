import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { encodeRecordBatch, ErrorCode } from '@samsa/protocol';
import { Log, SILENT_LOGGER } from '@samsa/storage';
import { GroupCoordinator } from './group-coordinator.js';
import type { CommittedOffset, GroupMetadataSnapshot } from './group-store.js';
import { groupMetadataKey, offsetCommitKey, offsetCommitValue, OFFSETS_TOPIC } from './offsets-records.js';
import { loadOffsetsPartition, OffsetsTopicStore, type OffsetsPartitionLog } from './offsets-topic-store.js';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function openLog(dir?: string, segmentBytes = 1024 * 1024): Promise<{ dir: string; log: Log }> {
  const d = dir ?? mkdtempSync(join(tmpdir(), 'samsa-offsets-'));
  if (!dir) dirs.push(d);
  const log = await Log.open(d, { topic: OFFSETS_TOPIC, partition: 0 }, { segmentBytes, cleanupPolicy: ['compact'] }, { logger: SILENT_LOGGER });
  return { dir: d, log };
}

const offset = (topic: string, partition: number, value: number): CommittedOffset => ({
  topic,
  partition,
  offset: value,
  leaderEpoch: -1,
  metadata: `m${value}`,
  commitTimestamp: 1000 + value,
  expireTimestamp: -1,
});

const group = (groupId: string, generation: number): GroupMetadataSnapshot => ({
  groupId,
  protocolType: 'consumer',
  generation,
  protocol: 'range',
  leader: 'm1',
  currentStateTimestamp: 5,
  members: [
    {
      memberId: 'm1',
      groupInstanceId: null,
      clientId: 'c',
      clientHost: '/127.0.0.1',
      rebalanceTimeoutMs: 60_000,
      sessionTimeoutMs: 10_000,
      subscription: Buffer.from('sub'),
      assignment: Buffer.from(`gen${generation}`),
    },
  ],
});

/** One partition for every group, so everything lands in the one log. */
const storeOver = (log: OffsetsPartitionLog | undefined, commitTimeoutMs = 5000): OffsetsTopicStore =>
  new OffsetsTopicStore({ numPartitions: 1, log: () => log, now: () => 1_700_000_000_000, commitTimeoutMs });

test('what the store writes loads back: latest record per key wins, tombstones remove', async () => {
  const { dir, log } = await openLog(undefined, 300);
  const store = storeOver(log);
  await store.storeGroup(group('a', 1));
  await store.storeOffsets('a', [offset('t', 0, 10), offset('t', 1, 11)]);
  await store.storeOffsets('a', [offset('t', 0, 20)]);
  await store.storeGroup(group('a', 2));
  await store.storeOffsets('b', [offset('u', 0, 1)]);
  await store.storeGroup(group('c', 1));
  await store.storeOffsets('c', [offset('t', 0, 3)]);
  await store.deleteGroup('c', [{ topic: 't', partition: 0 }]);
  await store.storeOffsets('d', [offset('t', 0, 1), offset('t', 1, 1)]);
  await store.deleteOffsets('d', [{ topic: 't', partition: 0 }]);
  // A group deleted and then committed to again by a standalone consumer.
  await store.storeGroup(group('e', 1));
  await store.deleteGroup('e', []);
  await store.storeOffsets('e', [offset('x', 0, 99)]);
  assert.ok(log.numberOfSegments > 1, 'the test spans several segments');
  await log.close();

  const { log: reopened } = await openLog(dir, 300);
  // A small buffer makes the loader read batch by batch.
  const loaded = await loadOffsetsPartition(reopened, { bufferBytes: 64 });
  assert.deepEqual(
    loaded.groups.map((g) => [g.groupId, g.generation, g.members[0]!.assignment.toString()]),
    [['a', 2, 'gen2']],
  );
  assert.deepEqual(
    [...loaded.offsets].map(([g, list]) => [g, list.map((o) => `${o.topic}-${o.partition}@${o.offset}:${o.metadata}`)]),
    [
      ['a', ['t-0@20:m20', 't-1@11:m11']],
      ['b', ['u-0@1:m1']],
      ['d', ['t-1@1:m1']],
      ['e', ['x-0@99:m99']],
    ],
  );
  assert.equal(loaded.records, 16);
  await reopened.close();
});

test('loading skips records it cannot read and says so', async () => {
  const { log } = await openLog();
  const t = Date.now();
  await log.append(
    encodeRecordBatch({
      records: [
        { timestamp: t, key: offsetCommitKey('g', 't', 0), value: offsetCommitValue(offset('t', 0, 1)) },
        { timestamp: t, key: Buffer.from([0, 9, 1]), value: Buffer.from('?') },
        { timestamp: t, key: Buffer.from([0, 5, 0, 1, 0x67]), value: Buffer.from('KIP-848') },
        { timestamp: t, key: groupMetadataKey('g'), value: Buffer.from([0, 3, 0]) },
      ],
    }),
  );
  const skipped: number[] = [];
  const loaded = await loadOffsetsPartition(log, { bufferBytes: 1 << 20, onSkip: (o) => skipped.push(o) });
  assert.deepEqual(skipped, [1, 2, 3]);
  assert.equal(loaded.offsets.get('g')?.[0]?.offset, 1);
  await log.close();
});

test('a missing log is NOT_LEADER_OR_FOLLOWER; an append that hangs is REQUEST_TIMED_OUT', async () => {
  await assert.rejects(storeOver(undefined).storeOffsets('g', [offset('t', 0, 1)]), (e: { errorCode?: number }) => e.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const hanging: OffsetsPartitionLog = {
    append: () => new Promise(() => {}),
    read: async () => ({ records: Buffer.alloc(0) }),
    logStartOffset: 0,
    highWatermark: 0,
  };
  await assert.rejects(storeOver(hanging, 20).storeGroup(group('g', 1)), (e: { errorCode?: number }) => e.errorCode === ErrorCode.REQUEST_TIMED_OUT);
});

test('a coordinator on the log: commits, deletions and groups survive a reload', async () => {
  const { dir, log } = await openLog();
  const gc = new GroupCoordinator({ store: storeOver(log) });
  const ctx = (apiVersion: number) => ({ apiVersion, clientId: 'c', clientHost: '/127.0.0.1' });
  const commit = (groupId: string, partitions: [string, number, number][]) =>
    gc.offsetCommit(
      {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [...new Set(partitions.map((p) => p[0]))].map((name) => ({
          name,
          partitions: partitions.filter((p) => p[0] === name).map(([, partitionIndex, committedOffset]) => ({ partitionIndex, committedOffset, committedLeaderEpoch: 4, committedMetadata: 'hello' })),
        })),
      },
      ctx(8),
    );
  const r = await commit('keep', [
    ['t', 0, 5],
    ['t', 1, 6],
  ]);
  assert.deepEqual(r.topics[0]!.partitions.map((p) => p.errorCode), [0, 0]);
  await commit('gone', [['t', 0, 1]]);
  await commit('trimmed', [
    ['t', 0, 1],
    ['u', 0, 2],
  ]);
  assert.deepEqual((await gc.deleteGroups({ groupsNames: ['gone'] }, ctx(2))).results, [{ groupId: 'gone', errorCode: 0 }]);
  const del = await gc.offsetDelete({ groupId: 'trimmed', topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }] }, ctx(0));
  assert.equal(del.errorCode, 0);
  await log.close();

  const { log: reopened } = await openLog(dir);
  const fresh = new GroupCoordinator({ store: storeOver(reopened), managePartitions: true, config: { offsetsTopicNumPartitions: 1 } });
  fresh.beginLoading(0);
  const during = await fresh.offsetFetch({ groups: [{ groupId: 'keep', topics: null }] }, ctx(8));
  assert.equal(during.groups![0]!.errorCode, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  fresh.completeLoading(0, await loadOffsetsPartition(reopened, { bufferBytes: 1 << 20 }));
  const after = await fresh.offsetFetch(
    {
      groups: [
        { groupId: 'keep', topics: null },
        { groupId: 'gone', topics: null },
        { groupId: 'trimmed', topics: [{ name: 't', partitionIndexes: [0] }, { name: 'u', partitionIndexes: [0] }] },
      ],
    },
    ctx(8),
  );
  assert.deepEqual(after.groups, [
    {
      groupId: 'keep',
      errorCode: 0,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: 4, metadata: 'hello', errorCode: 0 },
            { partitionIndex: 1, committedOffset: 6, committedLeaderEpoch: 4, metadata: 'hello', errorCode: 0 },
          ],
        },
      ],
    },
    { groupId: 'gone', errorCode: 0, topics: [] },
    {
      groupId: 'trimmed',
      errorCode: 0,
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }] },
        { name: 'u', partitions: [{ partitionIndex: 0, committedOffset: 2, committedLeaderEpoch: 4, metadata: 'hello', errorCode: 0 }] },
      ],
    },
  ]);
  const listed = await fresh.listGroups({}, ctx(4));
  assert.deepEqual(listed.groups.map((g) => [g.groupId, g.groupState, g.protocolType]).sort(), [
    ['keep', 'Empty', ''],
    ['trimmed', 'Empty', ''],
  ]);
  fresh.close();
  await reopened.close();
});
