// Regenerates the codecs in memory and compares them with the committed files in
// src/generated, so a change to the generator or the definitions cannot land without
// `npm run generate`.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAll } from './generate.js';
import { definitionsAvailable, generatedSourceDir, loadDefinitions, messagesDir } from './sources.js';

function committedFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...committedFiles(join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(prefix + e.name);
  }
  return out.sort();
}

const skip = definitionsAvailable()
  ? false
  : `Kafka definitions not found at ${messagesDir()} (set SAMSA_KAFKA_PROTOCOL_DIR); drift check skipped`;

test('generated codecs match the Kafka definitions (run `npm run generate` if this fails)', { skip }, () => {
  const files = generateAll(loadDefinitions());
  const expected = files.map((f) => f.path).sort();
  assert.deepEqual(committedFiles(generatedSourceDir), expected, 'set of generated files differs');
  const stale: string[] = [];
  for (const f of files) {
    const committed = readFileSync(join(generatedSourceDir, f.path), 'utf8');
    if (committed !== f.content) stale.push(f.path);
  }
  assert.deepEqual(stale, [], `out of date: ${stale.join(', ')}`);
});

test('generation is deterministic', { skip }, () => {
  const a = generateAll(loadDefinitions());
  const b = generateAll(loadDefinitions());
  assert.deepEqual(a, b);
});
