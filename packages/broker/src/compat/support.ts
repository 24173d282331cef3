/**
 * Shared by the compatibility tests: running kcat and the Debian Python clients against a
 * broker process, and reading what they print.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { missing, run, SYSTEM_PYTHON, type RunResult } from '@samsa/testkit';

/** Safety net for one client run; every run normally ends on its own much sooner. */
export const CLIENT_TIMEOUT_MS = 45_000;

export const KCAT_MISSING = missing({ command: 'kcat', debianPackage: 'kcat' });

/** A unique topic name per test run (tests share nothing but still keep names apart). */
export function uniqueTopic(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

function describe(what: string, r: RunResult): string {
  return `${what} exited with ${r.code}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`;
}

/** Runs kcat with `-b bootstrap` prepended; fails the test unless it exits with 0. */
export async function kcat(bootstrap: string, args: string[], input?: string): Promise<RunResult> {
  const r = await run('kcat', ['-b', bootstrap, ...args], { input: input ?? '', timeoutMs: CLIENT_TIMEOUT_MS });
  assert.equal(r.code, 0, describe(`kcat ${args.join(' ')}`, r));
  return r;
}

/** One record as `kcat -C -J` prints it. */
export interface KcatRecord {
  topic: string;
  partition: number;
  offset: number;
  tstype: string;
  ts: number;
  key: string | null;
  payload: string | null;
  headers?: (string | null)[];
}

/**
 * Everything in `topic` (or one partition) from `offset` to the end, as kcat's JSON envelope
 * (`-C -J -e`): kcat exits once every partition it reads has reached its end.
 */
export async function kcatConsume(
  bootstrap: string,
  topic: string,
  options: { partition?: number; offset?: string; extra?: string[] } = {},
): Promise<KcatRecord[]> {
  // fetch.wait.max.ms: kcat -e stops at an empty fetch, which a broker parks for this long
  const args = ['-C', '-t', topic, '-J', '-e', '-q', '-o', options.offset ?? 'beginning', '-X', 'fetch.wait.max.ms=100'];
  if (options.partition !== undefined) args.push('-p', String(options.partition));
  const r = await kcat(bootstrap, [...args, ...(options.extra ?? [])]);
  return r.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as KcatRecord);
}

/** Records grouped by partition, each group in the order it was read. */
export function byPartition<T extends { partition: number }>(records: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of records) {
    const list = out.get(r.partition) ?? [];
    list.push(r);
    out.set(r.partition, list);
  }
  return out;
}

/** Where the Python helper scripts are: packages/broker/test-scripts (from dist/compat). */
const SCRIPTS = new URL('../../test-scripts/', import.meta.url);

/**
 * Runs one of packages/broker/test-scripts/*.py with the system Python as `python3 -c <source>
 * args...`, with `spec` as JSON on stdin (it can be larger than a command line allows). The
 * script prints one JSON document as its last stdout line.
 */
export async function python<T = unknown>(script: string, args: string[], spec: unknown, timeoutMs = CLIENT_TIMEOUT_MS): Promise<T> {
  const source = readFileSync(new URL(script, SCRIPTS), 'utf8');
  const r = await run(SYSTEM_PYTHON, ['-c', source, ...args], { input: JSON.stringify(spec), timeoutMs, env: { PYTHONUNBUFFERED: '1' } });
  assert.equal(r.code, 0, describe(`${script} ${args.join(' ')}`, r));
  const lines = r.stdout.trim().split('\n');
  try {
    return JSON.parse(lines[lines.length - 1]!) as T;
  } catch {
    assert.fail(describe(`${script} ${args.join(' ')} printed no JSON;`, r));
  }
}

/**
 * The broker's log lines at warn level or above. A well-behaved client causes none: a
 * "closing connection" warning means we could not read one of its requests, an error means a
 * handler failed. Anything the process wrote to stderr (Node warnings) is passed to `note`.
 */
export function brokerComplaints(
  lines: readonly { level?: unknown; msg?: string }[],
  note: (message: string) => void = () => undefined,
): string[] {
  for (const l of lines) if (l.level === 'stderr') note(`broker stderr: ${String(l.msg).trim()}`);
  return lines
    .filter((l) => l.level === 'warn' || l.level === 'error' || l.level === 'fatal' || (typeof l.level === 'number' && l.level >= 40))
    .map((l) => JSON.stringify(l));
}
