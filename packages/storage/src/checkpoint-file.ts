/**
 * Kafka's offset checkpoint files, one per log directory:
 * `recovery-point-offset-checkpoint` and `log-start-offset-checkpoint` (and, per partition, the
 * leader epoch checkpoint, which has the same shape with other columns).
 *
 * Format: UTF-8 text, '\n'-terminated lines.
 *
 *   line 1      version, always "0"
 *   line 2      N, the number of entries
 *   N lines     "<topic> <partition> <offset>" (single spaces; topic names contain no spaces)
 *
 * Files are replaced atomically (temp file, fsync, rename, fsync of the folder), so a reader
 * sees a complete old or new file. A file that does not parse is reported as an error: the
 * caller decides whether to fall back to full recovery.
 */
import fs from 'node:fs';
import { writeFileAtomic, writeFileAtomicSync } from './file-utils.js';

export const CHECKPOINT_VERSION = 0;

export class CheckpointFormatError extends Error {
  override name = 'CheckpointFormatError';
}

/** Encodes entries (each a list of space-free columns) as a version-0 checkpoint. */
export function formatCheckpoint(rows: readonly (readonly (string | number)[])[]): string {
  let out = `${CHECKPOINT_VERSION}\n${rows.length}\n`;
  for (const row of rows) out += row.join(' ') + '\n';
  return out;
}

/** Decodes a version-0 checkpoint whose lines have `columns` columns. */
export function parseCheckpoint(text: string, columns: number, what = 'checkpoint'): string[][] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length < 2) throw new CheckpointFormatError(`${what}: missing header`);
  if (lines[0]!.trim() !== String(CHECKPOINT_VERSION)) throw new CheckpointFormatError(`${what}: unsupported version ${JSON.stringify(lines[0])}`);
  const count = Number(lines[1]!.trim());
  if (!Number.isInteger(count) || count < 0) throw new CheckpointFormatError(`${what}: bad entry count ${JSON.stringify(lines[1])}`);
  if (lines.length - 2 !== count) throw new CheckpointFormatError(`${what}: expected ${count} entries, found ${lines.length - 2}`);
  const rows: string[][] = [];
  for (let i = 2; i < lines.length; i++) {
    const cols = lines[i]!.trim().split(/\s+/);
    if (cols.length !== columns) throw new CheckpointFormatError(`${what}: malformed line ${i + 1}: ${JSON.stringify(lines[i])}`);
    rows.push(cols);
  }
  return rows;
}

function parseOffset(s: string, what: string): number {
  const n = Number(s);
  if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(n)) throw new CheckpointFormatError(`${what}: bad number ${JSON.stringify(s)}`);
  return n;
}

/** `topic partition offset` entries keyed by `<topic>-<partition>`. */
export class OffsetCheckpointFile {
  constructor(readonly path: string) {}

  /** The entries, or an empty map when the file does not exist. Throws CheckpointFormatError. */
  read(): Map<string, { topic: string; partition: number; offset: number }> {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw e;
    }
    const out = new Map<string, { topic: string; partition: number; offset: number }>();
    for (const [topic, p, o] of parseCheckpoint(text, 3, this.path)) {
      const partition = parseOffset(p!, this.path);
      out.set(`${topic}-${partition}`, { topic: topic!, partition, offset: parseOffset(o!, this.path) });
    }
    return out;
  }

  write(entries: Iterable<{ topic: string; partition: number; offset: number }>): Promise<void> {
    const rows = [...entries].map((e) => [e.topic, e.partition, e.offset]);
    return writeFileAtomic(this.path, formatCheckpoint(rows));
  }
}

/** Entries of the leader epoch checkpoint: `epoch startOffset`. */
export class LeaderEpochCheckpointFile {
  constructor(readonly path: string) {}

  read(): { epoch: number; startOffset: number }[] {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return parseCheckpoint(text, 2, this.path).map(([e, o]) => ({ epoch: parseOffset(e!, this.path), startOffset: parseOffset(o!, this.path) }));
  }

  writeSync(entries: readonly { epoch: number; startOffset: number }[]): void {
    writeFileAtomicSync(this.path, formatCheckpoint(entries.map((e) => [e.epoch, e.startOffset])));
  }
}
