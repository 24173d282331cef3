/**
 * The group APIs at the wire level, with a raw client (no client library in between):
 * advertised versions, FindCoordinator in every form, `__consumer_offsets` as an internal
 * topic, and the version-specific shapes of OffsetCommit, OffsetFetch, OffsetDelete,
 * JoinGroup v0 and LeaveGroup.
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import {
  ApiKey,
  ApiVersionsRequest,
  ApiVersionsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  ErrorCode,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  SyncGroupRequest,
  SyncGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  DescribeGroupsRequest,
  DescribeGroupsResponse,
} from '@samsa/protocol';
import { BrokerProcess } from '@samsa/testkit';
import { OFFSETS_TOPIC } from '../coordinator/offsets-records.js';
import { createTopic, metadata } from '../integration/kafka-helpers.js';
import { RawClient } from '../integration/raw-client.js';
import { brokerComplaints, uniqueName } from './support.js';

describe('group APIs on the wire', { timeout: 60_000 }, () => {
  let broker: BrokerProcess;
  let c: RawClient;

  before(async () => {
    broker = await BrokerProcess.start({ overrides: { 'group.initial.rebalance.delay.ms': 0 } });
    c = await RawClient.connect(broker.port, broker.host);
  });

  after(async () => {
    await c?.close();
    await broker?.stop();
  });

  test('ApiVersions advertises the group APIs with the ranges of a Kafka 3.x broker', async () => {
    const r = await c.send(ApiVersionsRequest, ApiVersionsResponse, 3, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1' });
    const range = (k: number) => {
      const a = r.apiKeys.find((x) => x.apiKey === k);
      return a ? [a.minVersion, a.maxVersion] : null;
    };
    assert.deepEqual(
      Object.fromEntries(
        [
          ['OffsetCommit', ApiKey.OffsetCommit],
          ['OffsetFetch', ApiKey.OffsetFetch],
          ['FindCoordinator', ApiKey.FindCoordinator],
          ['JoinGroup', ApiKey.JoinGroup],
          ['Heartbeat', ApiKey.Heartbeat],
          ['LeaveGroup', ApiKey.LeaveGroup],
          ['SyncGroup', ApiKey.SyncGroup],
          ['DescribeGroups', ApiKey.DescribeGroups],
          ['ListGroups', ApiKey.ListGroups],
          ['DeleteGroups', ApiKey.DeleteGroups],
          ['OffsetDelete', ApiKey.OffsetDelete],
        ].map(([name, key]) => [name, range(key as number)]),
      ),
      {
        OffsetCommit: [0, 9],
        OffsetFetch: [0, 9],
        FindCoordinator: [0, 4],
        JoinGroup: [0, 9],
        Heartbeat: [0, 4],
        LeaveGroup: [0, 5],
        SyncGroup: [0, 5],
        DescribeGroups: [0, 5],
        ListGroups: [0, 5],
        DeleteGroups: [0, 2],
        OffsetDelete: [0, 0],
      },
    );
  });

  test('FindCoordinator: this broker for groups (v0-v4, batched), not yet for transactions', async () => {
    for (const v of [0, 1, 2, 3]) {
      const r = await c.send(FindCoordinatorRequest, FindCoordinatorResponse, v, { key: 'some-group', keyType: 0 });
      assert.deepEqual([r.errorCode, r.nodeId, r.host, r.port], [0, 1, broker.host, broker.port], `v${v}`);
    }
    const txn = await c.send(FindCoordinatorRequest, FindCoordinatorResponse, 3, { key: 'tx', keyType: 1 });
    assert.equal(txn.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const batched = await c.send(FindCoordinatorRequest, FindCoordinatorResponse, 4, { keyType: 0, coordinatorKeys: ['a', 'b'] });
    assert.deepEqual(
      batched.coordinators!.map((x) => [x.key, x.errorCode, x.nodeId, x.host, x.port]),
      [
        ['a', 0, 1, broker.host, broker.port],
        ['b', 0, 1, broker.host, broker.port],
      ],
    );
    const bad = await c.send(FindCoordinatorRequest, FindCoordinatorResponse, 4, { keyType: 7, coordinatorKeys: ['a'] });
    assert.equal(bad.coordinators![0]!.errorCode, ErrorCode.INVALID_REQUEST);
  });

  test('__consumer_offsets is internal, has 50 partitions, and cannot be deleted', async () => {
    const md = await metadata(c, [OFFSETS_TOPIC]);
    const t = md.topics[0]!;
    assert.equal(t.errorCode, 0);
    assert.equal(t.isInternal, true);
    assert.equal(t.partitions.length, 50);
    const del = await c.send(DeleteTopicsRequest, DeleteTopicsResponse, 4, { topicNames: [OFFSETS_TOPIC], timeoutMs: 1000 });
    assert.equal(del.responses[0]!.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
  });

  test('OffsetCommit and OffsetFetch across versions; OffsetDelete of an Empty group', async () => {
    const topic = uniqueName('wire');
    await createTopic(c, topic, 2);
    const group = uniqueName('wire-g');
    const commit = async (v: number, partitions: [number, number][], extra: object = {}) => {
      const r = await c.send(OffsetCommitRequest, OffsetCommitResponse, v, {
        groupId: group,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1,
        ...extra,
        topics: [{ name: topic, partitions: partitions.map(([partitionIndex, committedOffset]) => ({ partitionIndex, committedOffset, commitTimestamp: -1, committedLeaderEpoch: 3, committedMetadata: `v${v}` })) }],
      });
      return r.topics[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode]);
    };
    assert.deepEqual(await commit(0, [[0, 1]]), [[0, 0]]);
    assert.deepEqual(await commit(2, [[1, 2], [5, 9]], { retentionTimeMs: 60_000 }), [[1, 0], [5, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]);
    assert.deepEqual(await commit(8, [[0, 7]]), [[0, 0]]);

    const v1 = await c.send(OffsetFetchRequest, OffsetFetchResponse, 1, { groupId: group, topics: [{ name: topic, partitionIndexes: [0, 1] }] });
    assert.deepEqual(v1.topics![0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata, p.errorCode]), [
      [0, 7, 'v8', 0],
      [1, 2, 'v2', 0],
    ]);
    const v5 = await c.send(OffsetFetchRequest, OffsetFetchResponse, 5, { groupId: group, topics: null });
    assert.deepEqual(v5.topics![0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.committedLeaderEpoch]), [
      [0, 7, 3],
      [1, 2, -1],
    ]);
    const v8 = await c.send(OffsetFetchRequest, OffsetFetchResponse, 8, {
      groups: [
        { groupId: group, topics: [{ name: topic, partitionIndexes: [1] }] },
        { groupId: 'no-such-group', topics: null },
      ],
      requireStable: true,
    });
    assert.deepEqual(v8.groups!.map((g) => [g.groupId, g.errorCode, g.topics.flatMap((t) => t.partitions.map((p) => p.committedOffset))]), [
      [group, 0, [2]],
      ['no-such-group', 0, []],
    ]);

    const del = await c.send(OffsetDeleteRequest, OffsetDeleteResponse, 0, { groupId: group, topics: [{ name: topic, partitions: [{ partitionIndex: 0 }] }] });
    assert.deepEqual([del.errorCode, del.topics[0]!.partitions[0]!.errorCode], [0, 0]);
    const after = await c.send(OffsetFetchRequest, OffsetFetchResponse, 7, { groupId: group, topics: null, requireStable: false });
    assert.deepEqual(after.topics![0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset]), [[1, 2]]);
  });

  test('JoinGroup v0 (no member id round trip), SyncGroup, a member commit, DescribeGroups, LeaveGroup', async () => {
    const topic = uniqueName('wire-join');
    await createTopic(c, topic, 1);
    const group = uniqueName('wire-join-g');
    const join = await c.send(JoinGroupRequest, JoinGroupResponse, 0, {
      groupId: group,
      sessionTimeoutMs: 10_000,
      memberId: '',
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.from([0, 0, 0, 0, 0, 1, 0, topic.length, ...Buffer.from(topic), 0xff, 0xff, 0xff, 0xff]) }],
    });
    assert.equal(join.errorCode, 0);
    assert.equal(join.generationId, 1);
    assert.equal(join.leader, join.memberId);
    assert.equal(join.protocolName, 'range');
    const sync = await c.send(SyncGroupRequest, SyncGroupResponse, 0, {
      groupId: group,
      generationId: 1,
      memberId: join.memberId,
      assignments: [{ memberId: join.memberId, assignment: Buffer.from('mine') }],
    });
    assert.deepEqual([sync.errorCode, sync.assignment.toString()], [0, 'mine']);
    const commit = await c.send(OffsetCommitRequest, OffsetCommitResponse, 6, {
      groupId: group,
      generationIdOrMemberEpoch: 1,
      memberId: join.memberId,
      topics: [{ name: topic, partitions: [{ partitionIndex: 0, committedOffset: 0, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
    assert.equal(commit.topics[0]!.partitions[0]!.errorCode, 0);
    const stale = await c.send(OffsetCommitRequest, OffsetCommitResponse, 6, {
      groupId: group,
      generationIdOrMemberEpoch: 0,
      memberId: join.memberId,
      topics: [{ name: topic, partitions: [{ partitionIndex: 0, committedOffset: 0, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
    assert.equal(stale.topics[0]!.partitions[0]!.errorCode, ErrorCode.ILLEGAL_GENERATION);
    const described = await c.send(DescribeGroupsRequest, DescribeGroupsResponse, 5, { groups: [group], includeAuthorizedOperations: false });
    const d = described.groups[0]!;
    assert.deepEqual([d.errorCode, d.groupState, d.protocolType, d.protocolData, d.members.length], [0, 'Stable', 'consumer', 'range', 1]);
    assert.equal(d.members[0]!.clientHost, '/127.0.0.1');
    assert.equal(d.members[0]!.memberAssignment.toString(), 'mine');
    const leave = await c.send(LeaveGroupRequest, LeaveGroupResponse, 0, { groupId: group, memberId: join.memberId });
    assert.equal(leave.errorCode, 0);
    const empty = await c.send(DescribeGroupsRequest, DescribeGroupsResponse, 0, { groups: [group] });
    assert.equal(empty.groups[0]!.groupState, 'Empty');
    assert.deepEqual(brokerComplaints(broker.lines), []);
  });
});
