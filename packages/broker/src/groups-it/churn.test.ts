/**
 * Rebalance under churn, against a real broker process. A producer keeps writing numbered
 * messages to a 12-partition topic while group members -- kafkajs consumers (node child
 * processes) and, when confluent-kafka is installed, librdkafka consumers (Python child
 * processes) in the same group, all using a `range` assignor -- join, get killed with SIGKILL
 * (no LeaveGroup: they linger until their session times out) or close cleanly, at random for
 * about a minute, from a seeded PRNG (the seed is printed; CHURN_SEED=<n> repeats a schedule;
 * CHURN_MS=<ms> changes the duration). Then production stops and the survivors drain the topic.
 *
 * Every member reports each assignment with the generation id and member id it came with.
 * Checked:
 * - at-least-once: every message the producer got an acknowledgement for was consumed;
 * - in no generation do two members own the same partition (the reported assignments of one
 *   generation are disjoint), and no member is told two different things in one generation;
 * - the broker agrees: each reported assignment is the one the coordinator recorded for that
 *   member and generation in `__consumer_offsets`, and the recorded assignments of every
 *   generation are disjoint too.
 *
 * The churn schedule's random pauses are the workload, not synchronisation: every wait is on
 * an event (a report from a member, an acknowledgement, a process exit).
 */
import { after, before, describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import type { Admin, Producer } from 'kafkajs';
import { BrokerProcess, missing, SYSTEM_PYTHON } from '@samsa/testkit';
import { prng, seedFrom } from '../integration/kafka-helpers.js';
import { RawClient } from '../integration/raw-client.js';
import type { ChurnChildMessage } from './churn-member.js';
import { RDKAFKA_CHURN_MEMBER } from './churn-rdkafka-member.js';
import { assignedPartitions, groupMetadataHistory } from './group-records.js';
import { brokerComplaints, Signal, uniqueName } from './support.js';

const { Kafka, logLevel } = kafkajs;

const PARTITIONS = 12;
const OFFSETS_PARTITIONS = 10;
const CHURN_MS = Number(process.env.CHURN_MS ?? 60_000);
/** Pause between churn events, uniformly distributed. */
const PAUSE_MS: [number, number] = [500, 3_500];
const MIN_LIVE = 1;
const MAX_LIVE = 6;
/** Messages per produce request, and the pause between requests: ~400 messages/s. */
const PRODUCE_BATCH = 20;
const PRODUCE_PAUSE_MS = 50;
/** The share of new members that are librdkafka ones (when confluent-kafka is installed). */
const RDKAFKA_SHARE = 1 / 3;
const RDKAFKA = missing({ pythonModule: 'confluent_kafka', debianPackage: 'python3-confluent-kafka' }) === false;

const CHILD = fileURLToPath(new URL('./churn-member.js', import.meta.url));

interface Report {
  member: string;
  generationId: number;
  memberId: string;
  partitions: number[];
}

/** A member in a child process: kafkajs (IPC messages) or librdkafka (JSON lines on stdout). */
class Member {
  readonly reports: Report[] = [];
  readonly errors: string[] = [];
  received = 0;
  /** How it ended: still running, SIGKILLed, or stopped with LeaveGroup. */
  fate: 'live' | 'killed' | 'closed' = 'live';
  readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    readonly kind: 'kafkajs' | 'librdkafka',
    readonly child: ChildProcess,
    onValues: (values: string[]) => void,
    signal: Signal,
  ) {
    const onMessage = (m: ChurnChildMessage): void => {
      if (m.type === 'assigned') this.reports.push({ member: name, generationId: m.generationId, memberId: m.memberId, partitions: m.partitions });
      else if (m.type === 'batch') {
        this.received += m.values.length;
        onValues(m.values);
      } else if (m.type === 'error') this.errors.push(m.message);
      signal.changed();
    };
    if (kind === 'kafkajs') {
      child.on('message', onMessage);
    } else {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          onMessage(JSON.parse(line) as ChurnChildMessage);
        } catch {
          this.errors.push(`stdout: ${line}`);
        }
      });
      child.stdin!.on('error', () => undefined);
    }
    child.stderr!.on('data', (c: Buffer) => this.errors.push(`stderr: ${c.toString()}`));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get assignment(): number[] | null {
    return this.reports.at(-1)?.partitions ?? null;
  }

  kill(): Promise<void> {
    this.fate = 'killed';
    if (this.alive) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** LeaveGroup and exit; SIGKILL if that takes more than 30 s. */
  async close(): Promise<void> {
    this.fate = 'closed';
    try {
      if (this.alive && this.kind === 'kafkajs') this.child.send({ type: 'stop' });
      if (this.alive && this.kind === 'librdkafka') this.child.stdin!.write('close\n');
    } catch {
      // it died on its own: the channel is gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }
}

describe('rebalance under churn', { timeout: 300_000 }, () => {
  let broker: BrokerProcess;
  let admin: Admin;
  let producer: Producer;
  let raw: RawClient;
  const members: Member[] = [];

  before(async () => {
    broker = await BrokerProcess.start({
      overrides: { 'group.initial.rebalance.delay.ms': 500, 'offsets.topic.num.partitions': OFFSETS_PARTITIONS },
    });
    const kafka = new Kafka({ clientId: 'churn-it', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
    raw = await RawClient.connect(broker.port, broker.host);
  });

  after(async () => {
    await Promise.allSettled(members.map((m) => (m.alive ? m.kill() : undefined)));
    await Promise.allSettled([admin?.disconnect(), producer?.disconnect(), raw?.close()]);
    await broker?.stop();
  });

  test('members join and die at random for a minute: nothing lost, no partition owned twice in a generation', async (t) => {
    const seed = seedFrom(process.env.CHURN_SEED);
    t.diagnostic(`churn seed ${seed} (CHURN_SEED=${seed} repeats the schedule)`);
    console.log(`churn seed ${seed} (CHURN_SEED=${seed} repeats the schedule)`);
    const random = prng(seed);
    const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo));

    const topic = uniqueName('churn');
    const groupId = uniqueName('churn-g');
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }] });
    const signal = new Signal();
    const received = new Set<string>();
    let deliveries = 0;
    const onValues = (values: string[]): void => {
      deliveries += values.length;
      for (const v of values) received.add(v);
    };
    let nextName = 0;
    const start = (kind: Member['kind'] = RDKAFKA && random() < RDKAFKA_SHARE ? 'librdkafka' : 'kafkajs'): Member => {
      const name = `${kind === 'kafkajs' ? 'js' : 'rd'}${nextName++}`;
      const child =
        kind === 'kafkajs'
          ? fork(CHILD, [broker.bootstrap, groupId, topic, name], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
          : spawn(SYSTEM_PYTHON, ['-c', RDKAFKA_CHURN_MEMBER, JSON.stringify({ bootstrap: broker.bootstrap, group: groupId, topic, name })], {
              stdio: ['pipe', 'pipe', 'pipe'],
              env: { ...process.env, PYTHONUNBUFFERED: '1' },
            });
      const m = new Member(name, kind, child, onValues, signal);
      members.push(m);
      return m;
    };
    const live = (): Member[] => members.filter((m) => m.fate === 'live');

    // The producer: numbered messages, partition = number % 12, until told to stop.
    const acked: string[] = [];
    let producing = true;
    let next = 0;
    const production = (async () => {
      while (producing) {
        const values = Array.from({ length: PRODUCE_BATCH }, () => String(next++));
        await producer.send({ topic, messages: values.map((value) => ({ value, partition: Number(value) % PARTITIONS })) });
        acked.push(...values);
        await new Promise((r) => setTimeout(r, PRODUCE_PAUSE_MS));
      }
    })();

    // The churn: start, SIGKILL or close members at random moments.
    const events: string[] = [];
    start('kafkajs');
    start('kafkajs');
    start(RDKAFKA ? 'librdkafka' : 'kafkajs');
    const churnEnd = Date.now() + CHURN_MS;
    const pending: Promise<void>[] = [];
    while (Date.now() < churnEnd) {
      await new Promise((r) => setTimeout(r, between(PAUSE_MS[0], PAUSE_MS[1])));
      const alive = live();
      const roll = random();
      if (alive.length <= MIN_LIVE || (alive.length < MAX_LIVE && roll < 0.45)) {
        events.push(`+${start().name}`);
      } else {
        const victim = alive[between(0, alive.length)]!;
        if (random() < 0.55) {
          events.push(`kill ${victim.name}`);
          pending.push(victim.kill());
        } else {
          events.push(`close ${victim.name}`);
          pending.push(victim.close());
        }
      }
    }
    producing = false;
    await production;
    await Promise.all(pending);
    t.diagnostic(`churn: ${events.join(', ')}`);

    // The survivors (at least two) drain the topic.
    while (live().length < 2) start();
    const survivors = live();
    const missing = (): string[] => acked.filter((v) => !received.has(v));
    const describe = (): string =>
      `${missing().length} of ${acked.length} missing (first ${missing().slice(0, 5).join(',')}); ` +
      survivors.map((m) => `${m.name}: gen ${m.reports.at(-1)?.generationId ?? '-'} [${m.assignment?.join(',') ?? '-'}] errors ${m.errors.length}`).join('; ');
    await signal.until(() => missing().length === 0, 'the survivors to consume everything produced', 90_000, describe);
    await Promise.all(survivors.map((m) => m.close()));

    // Per generation, the reported assignments are disjoint; a member is told one thing per generation.
    const reports = members.flatMap((m) => m.reports);
    const owners = new Map<number, Map<number, string>>();
    const told = new Map<string, string>();
    const conflicts: string[] = [];
    for (const r of reports) {
      const key = `${r.generationId}/${r.memberId}`;
      const previous = told.get(key);
      if (previous !== undefined && previous !== r.partitions.join()) conflicts.push(`${r.member} (${key}) told [${previous}] and [${r.partitions.join()}]`);
      told.set(key, r.partitions.join());
      let byPartition = owners.get(r.generationId);
      if (!byPartition) owners.set(r.generationId, (byPartition = new Map()));
      for (const p of r.partitions) {
        const owner = byPartition.get(p);
        if (owner !== undefined && owner !== r.memberId) conflicts.push(`generation ${r.generationId}: partition ${p} owned by ${owner} and ${r.memberId} (${r.member})`);
        byPartition.set(p, r.memberId);
      }
    }
    assert.deepEqual(conflicts, [], 'a partition owned by two members in one generation');

    // The broker's records agree with what the members were told, and are disjoint themselves.
    const history = await groupMetadataHistory(raw, groupId, OFFSETS_PARTITIONS);
    const recorded = new Map<string, number[]>();
    const recordConflicts: string[] = [];
    for (const g of history) {
      const seen = new Map<number, string>();
      for (const m of g.members) {
        const partitions = assignedPartitions(m.assignment, topic);
        recorded.set(`${g.generation}/${m.memberId}`, partitions);
        for (const p of partitions) {
          if (seen.has(p)) recordConflicts.push(`record of generation ${g.generation}: partition ${p} assigned to ${seen.get(p)} and ${m.memberId}`);
          seen.set(p, m.memberId);
        }
      }
    }
    assert.deepEqual(recordConflicts, []);
    const disagreements = reports
      .filter((r) => recorded.get(`${r.generationId}/${r.memberId}`)?.join() !== r.partitions.join())
      .map((r) => `${r.member} generation ${r.generationId}: told [${r.partitions.join()}], recorded [${recorded.get(`${r.generationId}/${r.memberId}`)?.join() ?? 'nothing'}]`);
    assert.deepEqual(disagreements, [], 'members were told what the coordinator recorded');

    const generations = [...owners.keys()].sort((a, b) => a - b);
    const summary =
      `${members.length} members (${members.filter((m) => m.kind === 'librdkafka').length} librdkafka; ${members.filter((m) => m.fate === 'killed').length} killed, ${members.filter((m) => m.fate === 'closed').length} closed), ` +
      `${events.length} churn events, generations ${generations[0]}..${generations.at(-1)} (${generations.length} with reports; ${reports.length} reports, ` +
      `${reports.filter((r) => r.member.startsWith('rd')).length} from librdkafka), ` +
      `${acked.length} messages produced, ${deliveries} deliveries (${deliveries - received.size} redelivered)`;
    t.diagnostic(summary);
    assert.ok(generations.at(-1)! >= 5, `the churn should cause many rebalances: ${summary}`);
    const crashes = members.flatMap((m) => m.errors.map((e) => `${m.name}: ${e}`));
    assert.deepEqual(crashes, [], 'members crashed or wrote to stderr');
    assert.deepEqual(brokerComplaints(broker.lines), []);
  });
});
