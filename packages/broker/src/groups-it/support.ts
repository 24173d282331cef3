/**
 * Shared by the consumer-group integration tests: waiting on conditions that events make true
 * (never on time), consumer members that record what they were assigned and received, and
 * a kafkajs member running in a child process so a test can SIGKILL it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Consumer, Kafka } from 'kafkajs';

export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Conditions over state that changes on events: whoever changes the state calls `changed()`,
 * and `until` re-checks its predicate then. The timeout is only a safety net that turns a hang
 * into a failure with a description of the state.
 */
export class Signal {
  private waiters = new Set<() => void>();

  changed(): void {
    for (const w of [...this.waiters]) w();
  }

  until(predicate: () => boolean, what: string, timeoutMs = 30_000, describe: () => string = () => ''): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describe() ? `: ${describe()}` : ''}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }
}

/** What a group member saw: its current assignment (of one topic) and every value it received. */
export interface MemberView {
  readonly name: string;
  /** Partitions of the latest assignment; null before the first. */
  assignment: number[] | null;
  /** How many assignments it has had. */
  assignments: number;
  readonly received: string[];
}

export const sameSet = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** True when the members' assignments are disjoint, cover `partitions` and give each `counts[i]`. */
export function balanced(members: readonly MemberView[], partitions: number, perMember: number): boolean {
  const all: number[] = [];
  for (const m of members) {
    if (m.assignment === null || m.assignment.length !== perMember) return false;
    all.push(...m.assignment);
  }
  return sameSet(all, Array.from({ length: partitions }, (_, i) => i));
}

export const describeMembers = (members: readonly MemberView[]): string =>
  members.map((m) => `${m.name}: [${m.assignment?.join(',') ?? '-'}] received ${m.received.length}`).join('; ');

/** A kafkajs consumer in this process, recording into a MemberView. */
export class KafkajsMember implements MemberView {
  assignment: number[] | null = null;
  assignments = 0;
  readonly received: string[] = [];
  readonly consumer: Consumer;

  private constructor(
    readonly name: string,
    kafka: Kafka,
    groupId: string,
    private readonly topic: string,
    private readonly signal: Signal,
  ) {
    this.consumer = kafka.consumer({ groupId, ...KAFKAJS_MEMBER_OPTIONS });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (e) => {
      this.assignment = e.payload.memberAssignment[this.topic] ?? [];
      this.assignments++;
      signal.changed();
    });
  }

  static async start(name: string, kafka: Kafka, groupId: string, topic: string, signal: Signal): Promise<KafkajsMember> {
    const m = new KafkajsMember(name, kafka, groupId, topic, signal);
    await m.consumer.connect();
    await m.consumer.subscribe({ topic, fromBeginning: true });
    await m.consumer.run({
      eachMessage: async ({ message }) => {
        m.received.push(message.value!.toString());
        m.signal.changed();
      },
    });
    return m;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

/**
 * Short timings so rebalances settle quickly: the session timeout is the smallest the broker
 * allows by default (group.min.session.timeout.ms = 6000); heartbeats and empty fetches return
 * often, since a kafkajs member notices a rebalance only between fetches.
 */
export const KAFKAJS_MEMBER_OPTIONS = {
  sessionTimeout: 6_000,
  rebalanceTimeout: 10_000,
  heartbeatInterval: 500,
  maxWaitTimeInMs: 250,
  retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 1_000 },
} as const;

/** The compiled child-process member (kafkajs-member.ts). */
const CHILD_MEMBER = fileURLToPath(new URL('./kafkajs-member.js', import.meta.url));

/** Messages the child member sends over IPC. */
export type ChildMessage = { type: 'assigned'; partitions: number[] } | { type: 'message'; value: string } | { type: 'error'; message: string };

/** A kafkajs member in a child process, so it can die without a LeaveGroup. */
export class ChildMember implements MemberView {
  assignment: number[] | null = null;
  assignments = 0;
  readonly received: string[] = [];
  readonly errors: string[] = [];
  private readonly exited: Promise<void>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    signal: Signal,
  ) {
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'assigned') {
        this.assignment = m.partitions;
        this.assignments++;
      } else if (m.type === 'message') {
        this.received.push(m.value);
      } else {
        this.errors.push(m.message);
      }
      signal.changed();
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static start(name: string, bootstrap: string, groupId: string, topic: string, signal: Signal): ChildMember {
    const child = fork(CHILD_MEMBER, [bootstrap, groupId, topic, name], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return new ChildMember(name, child, signal);
  }

  /** kill -9: the member leaves nothing behind but its session on the broker. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}

/**
 * The broker's log lines at warn level or above. Well-behaved clients cause none: a warning
 * means a request could not be read, a write failed, or a leader sent a partial assignment.
 */
export function brokerComplaints(lines: readonly { level?: unknown; msg?: string }[]): string[] {
  return lines
    .filter((l) => l.level === 'warn' || l.level === 'error' || l.level === 'fatal' || l.level === 'stderr' || (typeof l.level === 'number' && l.level >= 40))
    .map((l) => JSON.stringify(l));
}
