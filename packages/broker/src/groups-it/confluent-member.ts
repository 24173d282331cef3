/**
 * A confluent-kafka (librdkafka) group consumer in a child process of the system Python, driven
 * line by line: the parent writes commands on stdin (`commit`, `close`), the child prints one
 * JSON event per line on stdout (`started`, `assign`, `revoke`, `message`, `committed`, `error`,
 * `closed`). Used by the static membership tests: with `group.instance.id` set, `close()` does
 * not send LeaveGroup, so closing and starting again is a static member's restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { SYSTEM_PYTHON } from '@samsa/testkit';
import type { Signal } from './support.js';

const CONFLUENT_MEMBER = String.raw`
import json, queue, sys, threading
from confluent_kafka import Consumer, KafkaError
spec = json.loads(sys.argv[1])
lock = threading.Lock()
def emit(obj):
    with lock:
        sys.stdout.write(json.dumps(obj) + '\n')
        sys.stdout.flush()
commands = queue.Queue()
def read_commands():
    for line in sys.stdin:
        commands.put(line.strip())
    commands.put('eof')
threading.Thread(target=read_commands, daemon=True).start()
def on_assign(consumer, partitions):
    consumer.assign(partitions)
    emit({'event': 'assign', 'partitions': sorted(p.partition for p in partitions)})
def on_revoke(consumer, partitions):
    emit({'event': 'revoke', 'partitions': sorted(p.partition for p in partitions)})
def on_error(err):
    emit({'event': 'error', 'name': err.name(), 'fatal': err.fatal(), 'text': err.str()})
config = {'bootstrap.servers': spec['bootstrap'], 'group.id': spec['group'], 'client.id': spec['name'],
          'auto.offset.reset': 'earliest', 'enable.auto.commit': False, 'session.timeout.ms': spec['session_ms'],
          'heartbeat.interval.ms': 500, 'fetch.wait.max.ms': 100, 'partition.assignment.strategy': 'range',
          'error_cb': on_error}
if spec.get('instance') is not None:
    config['group.instance.id'] = spec['instance']
c = Consumer(config)
c.subscribe([spec['topic']], on_assign=on_assign, on_revoke=on_revoke)
emit({'event': 'started'})
while True:
    m = c.poll(0.05)
    if m is not None:
        if m.error():
            err = m.error()
            emit({'event': 'error', 'name': err.name(), 'fatal': err.fatal(), 'text': err.str()})
        else:
            emit({'event': 'message', 'partition': m.partition(), 'offset': m.offset(), 'value': m.value().decode()})
    try:
        command = commands.get_nowait()
    except queue.Empty:
        continue
    if command == 'commit':
        try:
            c.commit(asynchronous=False)
            emit({'event': 'committed'})
        except Exception as e:
            emit({'event': 'error', 'name': 'commit', 'fatal': False, 'text': str(e)})
    elif command in ('close', 'eof'):
        c.close()
        emit({'event': 'closed'})
        break
`;

export type ConfluentEvent =
  | { event: 'started' | 'committed' | 'closed' }
  | { event: 'assign' | 'revoke'; partitions: number[] }
  | { event: 'message'; partition: number; offset: number; value: string }
  | { event: 'error'; name: string; fatal: boolean; text: string };

export interface ConfluentMemberSpec {
  name: string;
  bootstrap: string;
  group: string;
  topic: string;
  /** group.instance.id; null for a dynamic member. */
  instance: string | null;
  sessionMs: number;
}

export class ConfluentMember {
  readonly events: ConfluentEvent[] = [];
  readonly stderr: string[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly spec: ConfluentMemberSpec,
    readonly child: ChildProcess,
    private readonly signal: Signal,
  ) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.events.push(JSON.parse(line) as ConfluentEvent);
      } catch {
        this.stderr.push(`stdout: ${line}`);
      }
      signal.changed();
    });
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        resolve(code);
        signal.changed();
      }),
    );
  }

  static start(spec: ConfluentMemberSpec, signal: Signal): ConfluentMember {
    const json = JSON.stringify({ name: spec.name, bootstrap: spec.bootstrap, group: spec.group, topic: spec.topic, instance: spec.instance, session_ms: spec.sessionMs });
    const child = spawn(SYSTEM_PYTHON, ['-c', CONFLUENT_MEMBER, json], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONUNBUFFERED: '1' } });
    child.stdin!.on('error', () => undefined);
    return new ConfluentMember(spec, child, signal);
  }

  get name(): string {
    return this.spec.name;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Partitions of the latest `assign` (null before the first), per librdkafka's callbacks. */
  get assignment(): number[] | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      if (e.event === 'assign') return e.partitions;
    }
    return null;
  }

  count(kind: ConfluentEvent['event']): number {
    return this.events.filter((e) => e.event === kind).length;
  }

  received(): { partition: number; offset: number; value: string }[] {
    return this.events.flatMap((e) => (e.event === 'message' ? [{ partition: e.partition, offset: e.offset, value: e.value }] : []));
  }

  errors(): Extract<ConfluentEvent, { event: 'error' }>[] {
    return this.events.filter((e): e is Extract<ConfluentEvent, { event: 'error' }> => e.event === 'error');
  }

  private command(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }

  /** A synchronous commit of the consumed positions; resolves on the child's `committed`. */
  async commit(): Promise<void> {
    const before = this.count('committed');
    const errorsBefore = this.errors().length;
    this.command('commit');
    await this.signal.until(() => this.count('committed') > before || this.errors().length > errorsBefore || !this.alive, `${this.name} committing`, 20_000, () => this.describe());
    if (this.count('committed') === before) throw new Error(`${this.name} could not commit: ${this.describe()}`);
  }

  /** consumer.close(): a static member does not leave the group. Resolves when the process has exited. */
  async close(): Promise<void> {
    this.command('close');
    await this.exited;
  }

  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  describe(): string {
    const tail = this.events.filter((e) => e.event !== 'message').slice(-8);
    return `${this.name}: ${JSON.stringify(tail)} received ${this.received().length}${this.stderr.length ? ` stderr ${this.stderr.join('').slice(-500)}` : ''}`;
  }
}
