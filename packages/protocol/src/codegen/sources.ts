/**
 * Where the Kafka definitions live and how they are loaded, shared by the generator's entry
 * point and the tests that regenerate in memory.
 *
 * Default: `<repo root>/../shared/kafka-protocol/messages`, found relative to this file (in
 * src/ or dist/, both four levels below the repo root). `SAMSA_KAFKA_PROTOCOL_DIR` overrides
 * the messages directory; the coordinator record definitions are read from `../internal`
 * beside it (or `SAMSA_KAFKA_PROTOCOL_INTERNAL_DIR`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDirectory, type MessageDef } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

/** packages/protocol (works from src/codegen and dist/codegen alike). */
export const packageDir = resolve(here, '../..');
export const repoRoot = resolve(packageDir, '../..');
/** The committed generated sources. */
export const generatedSourceDir = resolve(packageDir, 'src/generated');

export function messagesDir(): string {
  return process.env['SAMSA_KAFKA_PROTOCOL_DIR'] ?? resolve(repoRoot, '../shared/kafka-protocol/messages');
}

export function internalDir(): string {
  return process.env['SAMSA_KAFKA_PROTOCOL_INTERNAL_DIR'] ?? resolve(messagesDir(), '../internal');
}

export function definitionsAvailable(): boolean {
  return existsSync(messagesDir());
}

/** Loads every message (and the internal records when their directory exists). */
export function loadDefinitions(): MessageDef[] {
  const out = loadDirectory(messagesDir(), 'messages');
  if (existsSync(internalDir())) out.push(...loadDirectory(internalDir(), 'internal'));
  return out;
}
