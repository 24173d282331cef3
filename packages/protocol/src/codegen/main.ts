/**
 * `npm run generate`: regenerates src/generated from Kafka's JSON message definitions.
 *
 * Only files whose content changed are rewritten. Generated files that no longer have a
 * definition are deleted; hand-written files in the folder (`*.test.ts`) are left alone.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generateAll } from './generate.js';
import { generatedSourceDir, loadDefinitions, messagesDir } from './sources.js';

function listGenerated(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...listGenerated(join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(prefix + e.name);
  }
  return out;
}

function main(): void {
  const messages = loadDefinitions();
  const files = generateAll(messages);
  const wanted = new Set(files.map((f) => f.path));
  let written = 0;
  for (const f of files) {
    const path = join(generatedSourceDir, f.path);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (old === f.content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
    written++;
  }
  let removed = 0;
  for (const p of listGenerated(generatedSourceDir)) {
    if (!wanted.has(p)) {
      rmSync(join(generatedSourceDir, p));
      removed++;
    }
  }
  const rel = relative(process.cwd(), generatedSourceDir) || '.';
  console.log(
    `generated ${files.length} files from ${messages.length} definitions in ${messagesDir()} into ${rel}: ` +
      `${written} written, ${removed} removed, ${files.length - written} unchanged`,
  );
}

main();
