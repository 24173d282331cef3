#!/usr/bin/env node
// Consumer-group benchmark against a broker process this script starts (127.0.0.1, fresh temp
// data dir, deleted afterwards). Run after `npx tsc -b`:
//
//   node bench/groups.mjs            3 runs, medians, tables
//   node bench/groups.mjs --quick    one short run (smoke test)
//   node bench/groups.mjs --json     machine-readable output on stdout (raw runs and medians)
//   node bench/groups.mjs --report F the tables of a saved --json output
//   node bench/groups.mjs --help     every option
//
// 1. Rebalance: time from a member joining (or leaving) a group of 10 members on a 100-partition
//    topic until every member holds its assignment of the new generation (the group is Stable
//    again). The members are raw-protocol clients (JoinGroup v5 / SyncGroup v3 / Heartbeat v3,
//    range assignment computed by the leader in microseconds), so the figure is the
//    coordinator's and the protocol's, not a client library's. Existing members learn of a
//    rebalance the way real consumers do, from a heartbeat answered REBALANCE_IN_PROGRESS, so
//    the total depends on the heartbeat interval; it is split into "discovery" (until the last
//    member has sent its JoinGroup) and "coordinator" (from then until the last SyncGroup
//    response: join completion, the leader's SyncGroup, the group metadata write).
// 2. Offset commits: OffsetCommit v8 from one group member, pipelined (connections x requests
//    in flight), 1 or 100 partitions per commit, answered once the records are appended to
//    `__consumer_offsets` under the default flush policy, and with log.flush.interval.messages=1
//    (an fsync before every acknowledgement).
// 3. Compaction: bench/compaction.mjs (log cleaner throughput), run --runs times.
//
// Progress goes to stderr, results to stdout.
import { execFileSync, execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ConsumerProtocolAssignment,
  ConsumerProtocolSubscription,
  DescribeGroupsRequest,
  DescribeGroupsResponse,
  ErrorCode,
  errorName,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  OffsetCommitRequest,
  OffsetCommitResponse,
  Reader,
  SyncGroupRequest,
  SyncGroupResponse,
  Writer,
} from '../packages/protocol/dist/index.js';
import { BrokerProcess } from '../packages/testkit/dist/index.js';
import { RawClient } from '../packages/broker/dist/integration/raw-client.js';
import { createTopic } from '../packages/broker/dist/integration/kafka-helpers.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(THIS_FILE), '..');

const OPTIONS = [
  ['runs', 3, 'runs; every figure is the median over runs (the commit cases get a fresh broker each, the rebalance cases one per run)'],
  ['quick', false, 'one short run: 1 run, 2 samples, 2 s commit windows'],
  ['json', false, 'print JSON (raw runs and medians) instead of tables'],
  ['members', 10, 'group size after a join (before a leave)'],
  ['partitions', 100, 'partitions of the topic the group consumes'],
  ['samples', 5, 'joins and as many leaves measured per run and heartbeat interval; a run reports their median'],
  ['heartbeat-ms', '3000,100', 'heartbeat intervals of the members, comma-separated (3000 is the Java consumer default)'],
  ['commit-partitions', '1,100', 'partitions per OffsetCommit, comma-separated'],
  ['commit-seconds', 5, 'measured seconds of each commit case'],
  ['commit-warmup-seconds', 1, 'seconds of load before a commit case is measured'],
  ['connections', 2, 'commit connections'],
  ['inflight', '32,1', 'OffsetCommit requests in flight per connection, comma-separated (1: one commit at a time per connection)'],
  ['compaction-mb', 64, 'MiB of log for bench/compaction.mjs'],
  ['skip-rebalance', false, 'skip the rebalance measurements'],
  ['skip-commits', false, 'skip the commit measurements'],
  ['skip-compaction', false, 'skip bench/compaction.mjs'],
  ['report', '', 'FILE: print the tables of a saved --json output again (nothing is measured)'],
];

function parseArgs(argv) {
  const o = Object.fromEntries(OPTIONS.map(([k, d]) => [k, d]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log('node bench/groups.mjs [options]\n');
      for (const [k, d, help] of OPTIONS) console.log(`  --${k}${typeof d === 'boolean' ? '' : ` <${d}>`}`.padEnd(34) + help);
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    const opt = m && OPTIONS.find(([k]) => k === m[1]);
    if (!opt) throw new Error(`unknown option ${a} (--help lists them)`);
    if (typeof opt[1] === 'boolean') o[opt[0]] = m[2] === undefined ? true : m[2] !== 'false';
    else {
      const v = m[2] ?? argv[++i];
      o[opt[0]] = typeof opt[1] === 'number' ? Number(v) : v;
    }
  }
  if (o.quick) Object.assign(o, { runs: 1, samples: 2, 'commit-seconds': 2, 'commit-warmup-seconds': 0.5 });
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const progress = (s) => process.stderr.write(`${s}\n`);
const now = () => performance.now();
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const list = (s) => String(s).split(',').map(Number).filter((n) => Number.isFinite(n));

let CLK_TCK = 100;
try {
  CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* keep 100 */
}
/** user+system CPU seconds of a process (all threads), from /proc. */
function procCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}

async function startBroker(overrides = {}) {
  return BrokerProcess.start({ overrides: { 'group.initial.rebalance.delay.ms': 0, ...overrides } });
}

// ---------------------------------------------------------------------------------------------
// a raw group member

function versioned(version, encode) {
  const w = new Writer(64);
  w.int16(version);
  encode(w);
  return w.toBuffer();
}

const subscription = (topic) => versioned(0, (w) => ConsumerProtocolSubscription.encode(w, { topics: [topic], userData: null }, 0));
const assignmentBytes = (topic, partitions) =>
  versioned(0, (w) => ConsumerProtocolAssignment.encode(w, { assignedPartitions: [{ topic, partitions }], userData: null }, 0));

/** Range assignment: member ids sorted, contiguous runs of partitions, the first ones get one more. */
function rangeAssign(memberIds, topic, partitions) {
  const ids = [...memberIds].sort();
  const per = Math.floor(partitions / ids.length);
  const extra = partitions % ids.length;
  let next = 0;
  return ids.map((memberId, i) => {
    const n = per + (i < extra ? 1 : 0);
    const mine = Array.from({ length: n }, (_, j) => next + j);
    next += n;
    return { memberId, assignment: assignmentBytes(topic, mine) };
  });
}

function decodeAssignment(bytes) {
  if (bytes.length === 0) return [];
  const r = new Reader(bytes);
  const v = r.int16();
  return ConsumerProtocolAssignment.decode(r, Math.min(v, ConsumerProtocolAssignment.maxVersion)).assignedPartitions.flatMap((t) => t.partitions);
}

/**
 * A consumer-group member on its own connection. It joins (JoinGroup with the MEMBER_ID_REQUIRED
 * round trip), computes the range assignment when it is the leader, syncs, and heartbeats every
 * `heartbeatMs`; a heartbeat answered REBALANCE_IN_PROGRESS (or a SyncGroup that is) sends it
 * back to JoinGroup at once. Each completed generation is recorded with the time its JoinGroup
 * was sent and the time its SyncGroup response arrived.
 */
class RawMember {
  memberId = '';
  generation = -1;
  partitions = [];
  leader = false;
  state = 'new';
  /** generation -> { joinSentAt, syncedAt, members } */
  completed = new Map();
  timer = null;
  error = null;

  constructor(client, { groupId, topic, partitions, heartbeatMs, onSynced }) {
    Object.assign(this, { client, groupId, topic, topicPartitions: partitions, heartbeatMs, onSynced });
  }

  static async connect(broker, config) {
    return new RawMember(await RawClient.connect(broker.port, broker.host), config);
  }

  start() {
    this.state = 'joining';
    this.joinLoop().catch((e) => {
      if (this.state === 'left') return;
      this.error = e;
      this.onSynced?.(this);
    });
  }

  async joinLoop() {
    for (;;) {
      if (this.state === 'left') return;
      this.state = 'joining';
      const joinSentAt = now();
      const join = await this.client.send(
        JoinGroupRequest,
        JoinGroupResponse,
        5,
        {
          groupId: this.groupId,
          sessionTimeoutMs: 30_000,
          rebalanceTimeoutMs: 60_000,
          memberId: this.memberId,
          groupInstanceId: null,
          protocolType: 'consumer',
          protocols: [{ name: 'range', metadata: subscription(this.topic) }],
        },
        { timeoutMs: 120_000 },
      );
      if (this.state === 'left') return;
      if (join.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
        this.memberId = join.memberId;
        continue;
      }
      if (join.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
        this.memberId = '';
        continue;
      }
      if (join.errorCode !== ErrorCode.NONE) throw new Error(`JoinGroup: ${errorName(join.errorCode)}`);
      this.memberId = join.memberId;
      this.leader = join.leader === join.memberId;
      const assignments = this.leader ? rangeAssign(join.members.map((m) => m.memberId), this.topic, this.topicPartitions) : [];
      this.state = 'syncing';
      const sync = await this.client.send(
        SyncGroupRequest,
        SyncGroupResponse,
        3,
        { groupId: this.groupId, generationId: join.generationId, memberId: this.memberId, groupInstanceId: null, assignments },
        { timeoutMs: 120_000 },
      );
      if (this.state === 'left') return;
      if (sync.errorCode === ErrorCode.REBALANCE_IN_PROGRESS || sync.errorCode === ErrorCode.ILLEGAL_GENERATION) continue;
      if (sync.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
        this.memberId = '';
        continue;
      }
      if (sync.errorCode !== ErrorCode.NONE) throw new Error(`SyncGroup: ${errorName(sync.errorCode)}`);
      this.generation = join.generationId;
      this.partitions = decodeAssignment(sync.assignment);
      this.completed.set(this.generation, { joinSentAt, syncedAt: now(), members: this.leader ? join.members.length : null });
      this.state = 'stable';
      this.scheduleHeartbeat();
      this.onSynced?.(this);
      return;
    }
  }

  scheduleHeartbeat() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.state !== 'stable') return;
      const generation = this.generation;
      this.client
        .send(HeartbeatRequest, HeartbeatResponse, 3, { groupId: this.groupId, generationId: generation, memberId: this.memberId, groupInstanceId: null })
        .then((r) => {
          if (this.state !== 'stable' || this.generation !== generation) return;
          if (r.errorCode === ErrorCode.NONE) return this.scheduleHeartbeat();
          if (r.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
          this.start();
        })
        .catch((e) => {
          if (this.state !== 'left') this.error = e;
        });
    }, this.heartbeatMs);
  }

  async leave() {
    this.state = 'left';
    clearTimeout(this.timer);
    const r = await this.client.send(LeaveGroupRequest, LeaveGroupResponse, 3, { groupId: this.groupId, members: [{ memberId: this.memberId, groupInstanceId: null }] });
    if (r.errorCode !== ErrorCode.NONE || r.members[0].errorCode !== ErrorCode.NONE) throw new Error(`LeaveGroup: ${errorName(r.errorCode || r.members[0].errorCode)}`);
    await this.client.close();
  }

  async close() {
    this.state = 'left';
    clearTimeout(this.timer);
    await this.client.close();
  }
}

/**
 * Waits until every member in `members` has completed the same generation, newer than `after`,
 * with that many members (the leader saw them all) and the partitions split among them.
 */
function settled(members, after, partitions) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const failed = members.find((m) => m.error);
      if (failed) return reject(failed.error);
      const g = members[0].generation;
      if (g <= after || members.some((m) => m.state !== 'stable' || m.generation !== g)) return;
      const leader = members.find((m) => m.leader);
      if (!leader || leader.completed.get(g).members !== members.length) return;
      if (members.reduce((n, m) => n + m.partitions.length, 0) !== partitions) return;
      for (const m of members) m.onSynced = null;
      clearTimeout(safety);
      resolve(g);
    };
    const safety = setTimeout(() => reject(new Error(`no settled generation after ${after} within 120 s`)), 120_000);
    for (const m of members) m.onSynced = check;
    check();
  });
}

async function describeState(client, groupId) {
  const d = (await client.send(DescribeGroupsRequest, DescribeGroupsResponse, 5, { groups: [groupId], includeAuthorizedOperations: false })).groups[0];
  return { state: d.groupState, members: d.members.length };
}

/**
 * One run of the rebalance measurement at one heartbeat interval: a group of `members - 1`,
 * then `samples` times: one member joins (measured), the same member leaves (measured).
 */
async function rebalanceRun(broker, admin, heartbeatMs, run) {
  const topic = `rebalance-${heartbeatMs}-${run}`;
  const groupId = `rebalance-g-${heartbeatMs}-${run}`;
  await createTopic(admin, topic, opts.partitions);
  const config = { groupId, topic, partitions: opts.partitions, heartbeatMs };
  const group = [];
  for (let i = 0; i < opts.members - 1; i++) group.push(await RawMember.connect(broker, config));
  for (const m of group) m.start();
  let generation = await settled(group, 0, opts.partitions);
  const samples = { join: [], leave: [] };
  const measure = async (kind, t0, members) => {
    const g = await settled(members, generation, opts.partitions);
    const lastJoinSent = Math.max(...members.map((m) => m.completed.get(g).joinSentAt));
    const lastSynced = Math.max(...members.map((m) => m.completed.get(g).syncedAt));
    const d = await describeState(admin, groupId);
    if (d.state !== 'Stable' || d.members !== members.length) throw new Error(`after the ${kind}: ${JSON.stringify(d)}`);
    samples[kind].push({ totalMs: lastSynced - t0, discoveryMs: lastJoinSent - t0, coordinatorMs: lastSynced - lastJoinSent, generations: g - generation });
    generation = g;
  };
  // Members that just synced heartbeat in step, so an event right after a rebalance would always
  // wait a whole interval to be noticed: each event comes at a random point of the cycle instead.
  const somewhereInTheCycle = () => new Promise((r) => setTimeout(r, Math.random() * heartbeatMs));
  for (let s = 0; s < opts.samples; s++) {
    const joiner = await RawMember.connect(broker, config);
    await somewhereInTheCycle();
    const t0 = now();
    joiner.start();
    await measure('join', t0, [...group, joiner]);
    await somewhereInTheCycle();
    const t1 = now();
    await joiner.leave();
    await measure('leave', t1, group);
  }
  await Promise.all(group.map((m) => m.close()));
  const summary = (xs) => ({
    totalMs: median(xs.map((x) => x.totalMs)),
    discoveryMs: median(xs.map((x) => x.discoveryMs)),
    coordinatorMs: median(xs.map((x) => x.coordinatorMs)),
    extraGenerations: xs.reduce((n, x) => n + x.generations - 1, 0),
    samples: xs,
  });
  return { join: summary(samples.join), leave: summary(samples.leave) };
}

// ---------------------------------------------------------------------------------------------
// offset commits

async function commitRun(broker, admin, partitionsPerCommit, inflight, run) {
  const topic = `commits-${partitionsPerCommit}-${inflight}-${run}`;
  const groupId = `commits-g-${partitionsPerCommit}-${inflight}-${run}`;
  const topicPartitions = Math.max(partitionsPerCommit, 1);
  await createTopic(admin, topic, topicPartitions);
  const member = await RawMember.connect(broker, { groupId, topic, partitions: topicPartitions, heartbeatMs: 3000 });
  member.start();
  const generation = await settled([member], 0, topicPartitions);
  const clients = [];
  for (let i = 0; i < opts.connections; i++) clients.push(await RawClient.connect(broker.port, broker.host));

  let offset = 0;
  let stop = false;
  let measuring = false;
  let commits = 0;
  let failed = null;
  const latencies = [];
  const body = () => {
    offset++;
    return {
      groupId,
      generationIdOrMemberEpoch: generation,
      memberId: member.memberId,
      groupInstanceId: null,
      topics: [
        {
          name: topic,
          partitions: Array.from({ length: partitionsPerCommit }, (_, p) => ({ partitionIndex: p, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: '' })),
        },
      ],
    };
  };
  const slot = async (client) => {
    while (!stop) {
      const sentAt = now();
      const r = await client.send(OffsetCommitRequest, OffsetCommitResponse, 8, body());
      const bad = r.topics[0].partitions.find((p) => p.errorCode !== ErrorCode.NONE);
      if (bad) {
        failed = new Error(`OffsetCommit: ${errorName(bad.errorCode)}`);
        stop = true;
      }
      if (measuring) {
        commits++;
        latencies.push(now() - sentAt);
      }
    }
  };
  const slots = clients.flatMap((c) => Array.from({ length: inflight }, () => slot(c)));
  await new Promise((r) => setTimeout(r, opts['commit-warmup-seconds'] * 1000));
  const cpu0 = procCpuSeconds(broker.pid);
  const client0 = process.cpuUsage();
  const t0 = now();
  measuring = true;
  await new Promise((r) => setTimeout(r, opts['commit-seconds'] * 1000));
  measuring = false;
  const seconds = (now() - t0) / 1000;
  const brokerCpu = (procCpuSeconds(broker.pid) - cpu0) / seconds;
  const c = process.cpuUsage(client0);
  const clientCpu = (c.user + c.system) / 1e6 / seconds;
  stop = true;
  await Promise.all(slots);
  if (failed) throw failed;
  await Promise.all(clients.map((cl) => cl.close()));
  await member.leave();
  latencies.sort((a, b) => a - b);
  return {
    commitsPerSec: commits / seconds,
    partitionsPerSec: (commits * partitionsPerCommit) / seconds,
    p50Ms: latencies[Math.floor(latencies.length * 0.5)] ?? null,
    p99Ms: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? null,
    brokerCpu,
    clientCpu,
  };
}

// ---------------------------------------------------------------------------------------------
// compaction (bench/compaction.mjs)

function compactionRun() {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'bench/compaction.mjs'), String(opts['compaction-mb'])], { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) return reject(err);
      const m = /pass ([\d.]+) s .*?: ([\d.]+) MiB\/s cleaned, ([\d.]+) -> ([\d.]+) MiB/.exec(stdout);
      if (!m) return reject(new Error(`unexpected output of compaction.mjs: ${stdout}`));
      resolve({ seconds: Number(m[1]), mibPerSec: Number(m[2]), mibIn: Number(m[3]), mibOut: Number(m[4]), line: stdout.trim() });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// main

async function measureAll() {
    const results = { options: opts, rebalance: {}, commits: {}, compaction: [] };
  const heartbeats = list(opts['heartbeat-ms']);
  const commitSizes = list(opts['commit-partitions']);
  const FLUSH = [
    ['default flush', {}],
    ['flush every message', { 'log.flush.interval.messages': 1 }],
  ];

  for (let run = 0; run < opts.runs; run++) {
    if (!opts['skip-rebalance']) {
      const broker = await startBroker();
      const admin = await RawClient.connect(broker.port, broker.host);
      try {
        for (const hb of heartbeats) {
          progress(`run ${run + 1}/${opts.runs}: rebalance, ${opts.members} members, ${opts.partitions} partitions, heartbeat ${hb} ms`);
          const r = await rebalanceRun(broker, admin, hb, run);
          (results.rebalance[hb] ??= []).push(r);
          progress(`  join ${r.join.totalMs.toFixed(1)} ms (coordinator ${r.join.coordinatorMs.toFixed(1)}), leave ${r.leave.totalMs.toFixed(1)} ms (coordinator ${r.leave.coordinatorMs.toFixed(1)})`);
        }
      } finally {
        await admin.close();
        await broker.stop();
      }
    }
    if (!opts['skip-commits']) {
      // A fresh broker per case: the log cleaner compacting what an earlier case wrote to
      // __consumer_offsets would otherwise share the CPU with the case being measured.
      for (const [flushName, overrides] of FLUSH) {
        for (const inflight of list(opts.inflight)) {
          for (const size of commitSizes) {
            progress(`run ${run + 1}/${opts.runs}: offset commits, ${size} partition(s) per commit, ${opts.connections} x ${inflight} in flight, ${flushName}`);
            const broker = await startBroker(overrides);
            const admin = await RawClient.connect(broker.port, broker.host);
            try {
              const r = await commitRun(broker, admin, size, inflight, run);
              (results.commits[`${size}|${inflight}|${flushName}`] ??= []).push(r);
              progress(`  ${Math.round(r.commitsPerSec)} commits/s, ${Math.round(r.partitionsPerSec)} partitions/s`);
            } finally {
              await admin.close();
              await broker.stop();
            }
          }
        }
      }
    }
    if (!opts['skip-compaction']) {
      progress(`run ${run + 1}/${opts.runs}: bench/compaction.mjs ${opts['compaction-mb']}`);
      results.compaction.push(await compactionRun());
    }
  }

  // medians over runs
  const med = (runs, f) => median(runs.map(f));
  results.medians = {
    rebalance: Object.fromEntries(
      Object.entries(results.rebalance).map(([hb, runs]) => [
        hb,
        Object.fromEntries(
          ['join', 'leave'].map((k) => [
            k,
            { totalMs: med(runs, (r) => r[k].totalMs), discoveryMs: med(runs, (r) => r[k].discoveryMs), coordinatorMs: med(runs, (r) => r[k].coordinatorMs), runsTotalMs: runs.map((r) => r[k].totalMs) },
          ]),
        ),
      ]),
    ),
    commits: Object.fromEntries(
      Object.entries(results.commits).map(([key, runs]) => [
        key,
        {
          commitsPerSec: med(runs, (r) => r.commitsPerSec),
          partitionsPerSec: med(runs, (r) => r.partitionsPerSec),
          p50Ms: med(runs, (r) => r.p50Ms),
          p99Ms: med(runs, (r) => r.p99Ms),
          brokerCpu: med(runs, (r) => r.brokerCpu),
          clientCpu: med(runs, (r) => r.clientCpu),
          runsCommitsPerSec: runs.map((r) => r.commitsPerSec),
        },
      ]),
    ),
    compaction: results.compaction.length ? { mibPerSec: median(results.compaction.map((c) => c.mibPerSec)), runs: results.compaction.map((c) => c.mibPerSec) } : null,
  };
  return results;
}

function printTables(results) {
  const o = results.options;
  const table = (header, rows) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('');
  };
  const f1 = (x) => (x === null ? '-' : x.toFixed(1));
  const f0 = (x) => (x === null ? '-' : Math.round(x).toLocaleString('en-US'));
  console.log(`Samsa consumer-group benchmark: ${o.runs} run(s), medians over runs\n`);
  if (Object.keys(results.medians.rebalance).length) {
    console.log(`Rebalance to Stable: ${o.members} raw members (range assignment), ${o.partitions} partitions; ${o.samples} joins and ${o.samples} leaves per run (a run's figure is its median)`);
    console.log('(to Stable: from the JoinGroup or LeaveGroup to the last member\'s SyncGroup response; discovery: until the last member sent its JoinGroup, bounded by the heartbeat; coordinator: the rest)');
    const rows = [];
    for (const [hb, m] of Object.entries(results.medians.rebalance)) {
      for (const k of ['join', 'leave']) {
        rows.push([`${k === 'join' ? `member joins (${o.members - 1} -> ${o.members})` : `member leaves (${o.members} -> ${o.members - 1})`}`, hb, f1(m[k].totalMs), f1(m[k].discoveryMs), f1(m[k].coordinatorMs), m[k].runsTotalMs.map(f1).join(' ')]);
      }
    }
    table(['event', 'heartbeat ms', 'to Stable ms', 'discovery ms', 'coordinator ms', 'runs (to Stable ms)'], rows);
  }
  if (Object.keys(results.medians.commits).length) {
    console.log(`Offset commits: OffsetCommit v8 from a group member on ${o.connections} connections, ${o['commit-seconds']} s measured; p50/p99: send to response`);
    const rows = Object.entries(results.medians.commits).map(([key, m]) => {
      const [size, inflight, flush] = key.split('|');
      return [`${size} partition${size === '1' ? '' : 's'}/commit, ${o.connections}x${inflight} in flight, ${flush}`, f0(m.commitsPerSec), f0(m.partitionsPerSec), m.p50Ms.toFixed(2), m.p99Ms.toFixed(2), `${Math.round(m.brokerCpu * 100)}%`, `${Math.round(m.clientCpu * 100)}%`, m.runsCommitsPerSec.map(f0).join(' ')];
    });
    table(['case', 'commits/s', 'partitions/s', 'p50 ms', 'p99 ms', 'broker CPU', 'client CPU', 'runs (commits/s)'], rows);
  }
  if (results.medians.compaction) {
    console.log(`Compaction (bench/compaction.mjs ${o['compaction-mb']}): ${f1(results.medians.compaction.mibPerSec)} MiB/s cleaned (runs ${results.medians.compaction.runs.map(f1).join(' ')})`);
    console.log(`  last run: ${results.compaction.at(-1).line}`);
  }
}

if (opts.report) {
  printTables(JSON.parse(fs.readFileSync(opts.report, 'utf8')));
} else {
  const results = await measureAll();
  if (opts.json) console.log(JSON.stringify(results, null, 2));
  else printTables(results);
}
