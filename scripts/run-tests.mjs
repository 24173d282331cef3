// Runs every compiled test file (packages/*/dist/**/*.test.js) with node's test runner.
// Node 20's runner takes no globs, so the files are listed here. Arguments narrow the set:
// `npm test -- storage` runs the files whose path contains "storage".
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.test.js')) yield path;
  }
}

const filters = process.argv.slice(2);
const files = [];
for (const pkg of readdirSync('packages')) {
  const dist = join('packages', pkg, 'dist');
  try { statSync(dist); } catch { continue; }
  for (const f of walk(dist)) if (filters.length === 0 || filters.some((x) => f.includes(x))) files.push(f);
}
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// Integration tests mostly wait on child processes and sockets, so run a few files at once
// even on two cores.
const concurrency = process.env.TEST_CONCURRENCY ?? String(Math.max(2, availableParallelism()));
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
