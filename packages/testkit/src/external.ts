/**
 * Running third-party programs from tests (kcat, the Debian Python clients) and skipping
 * clearly when one is not installed.
 */
import { spawn, spawnSync } from 'node:child_process';

/** Debian's python, which has python3-kafka and python3-confluent-kafka (not a pyenv one). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function hasPythonModule(module: string): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

/** A reason to skip when a required package is missing, or false. */
export function missing(what: { command?: string; pythonModule?: string; debianPackage: string }): string | false {
  if (what.command && !hasCommand(what.command)) return `${what.command} is not installed (apt-get install ${what.debianPackage})`;
  if (what.pythonModule && !hasPythonModule(what.pythonModule)) {
    return `python module ${what.pythonModule} is not installed (apt-get install ${what.debianPackage})`;
  }
  return false;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs a program to completion, with optional stdin and a hard time limit. */
export function run(
  command: string,
  args: string[],
  options: { input?: string | Buffer; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolveRun({ code, stdout: stdoutBytes.toString(), stderr: Buffer.concat(err).toString(), stdoutBytes });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
