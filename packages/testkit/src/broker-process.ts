/**
 * Starts Samsa brokers as real child processes for integration tests: an ephemeral port on
 * 127.0.0.1, a fresh temp data dir, readiness taken from the broker's own "started" log line
 * (no sleeping), and cleanup by PID — also when the test process exits early.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The compiled `samsa` entry point, found relative to this package (no import: no cycle). */
export const SAMSA_MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/dist/main.js');

export interface StartBrokerOptions {
  /** Broker configs; listeners and log.dirs are filled in unless given. */
  overrides?: Record<string, string | number | boolean>;
  /** Reuse a data dir (for restarts); by default a new temp dir that stop() removes. */
  dataDir?: string;
  /** Milliseconds to wait for the started line before failing (a safety net, not a sleep). */
  startTimeoutMs?: number;
}

export interface BrokerLogLine {
  level?: string;
  msg?: string;
  [key: string]: unknown;
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export class BrokerProcess {
  readonly lines: BrokerLogLine[] = [];
  private readonly exited: Promise<number | null>;
  private lineWaiters: { match: (l: BrokerLogLine) => boolean; resolve: (l: BrokerLogLine) => void }[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
    private readonly options: StartBrokerOptions,
    public host = '127.0.0.1',
    public port = 0,
  ) {
    live.add(child);
    this.exited = new Promise((resolveExit) => child.once('exit', (code, signal) => {
      live.delete(child);
      resolveExit(code ?? (signal ? -1 : null));
    }));
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (text) => {
      let line: BrokerLogLine;
      try {
        line = JSON.parse(text) as BrokerLogLine;
      } catch {
        line = { msg: text };
      }
      this.lines.push(line);
      this.lineWaiters = this.lineWaiters.filter((w) => {
        if (!w.match(line)) return true;
        w.resolve(line);
        return false;
      });
    });
    child.stderr!.on('data', (chunk: Buffer) => this.lines.push({ level: 'stderr', msg: chunk.toString() }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get bootstrap(): string {
    return `${this.host}:${this.port}`;
  }

  static async start(options: StartBrokerOptions = {}): Promise<BrokerProcess> {
    const ownsDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samsa-test-'));
    const overrides: Record<string, string> = {
      listeners: 'PLAINTEXT://127.0.0.1:0',
      'log.dirs': dataDir,
    };
    for (const [k, v] of Object.entries(options.overrides ?? {})) overrides[k] = String(v);
    const args = [SAMSA_MAIN, 'broker'];
    for (const [k, v] of Object.entries(overrides)) args.push('--override', `${k}=${v}`);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const broker = new BrokerProcess(child, dataDir, ownsDataDir, options);
    const started = broker.waitForLog((l) => l.msg === 'Samsa broker started');
    const outcome = await Promise.race([
      started.then((l) => ({ started: l })),
      broker.exited.then((code) => ({ exited: code })),
      new Promise<{ timeout: true }>((r) => setTimeout(() => r({ timeout: true }), options.startTimeoutMs ?? 30_000).unref()),
    ]);
    if (!('started' in outcome)) {
      child.kill('SIGKILL');
      throw new Error(`broker did not start (${JSON.stringify(outcome)}):\n${broker.logText()}`);
    }
    const [advertised] = outcome.started['advertised'] as string[];
    const at = advertised!.lastIndexOf(':');
    broker.host = advertised!.slice(0, at);
    broker.port = Number(advertised!.slice(at + 1));
    return broker;
  }

  /** Resolves with the first log line (past or future) that matches. */
  waitForLog(match: (l: BrokerLogLine) => boolean): Promise<BrokerLogLine> {
    const seen = this.lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolveLine) => this.lineWaiters.push({ match, resolve: resolveLine }));
  }

  logText(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }

  /** Clean shutdown (SIGTERM); resolves with the exit code. Keeps the data dir. */
  async shutdown(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  /** kill -9; keeps the data dir. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A new process on the same data dir (and, unless overridden, the same port). */
  async restart(overrides: Record<string, string | number | boolean> = {}): Promise<BrokerProcess> {
    await this.shutdown();
    return BrokerProcess.start({
      ...this.options,
      dataDir: this.dataDir,
      overrides: { listeners: `PLAINTEXT://127.0.0.1:${this.port}`, ...this.options.overrides, ...overrides },
    });
  }

  /** Stops the process (SIGTERM, or SIGKILL if it is still there) and removes the temp data dir. */
  async stop(): Promise<void> {
    await this.shutdown();
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export function startBroker(options?: StartBrokerOptions): Promise<BrokerProcess> {
  return BrokerProcess.start(options);
}
