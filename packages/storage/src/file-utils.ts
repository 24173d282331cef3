/** Small file-system helpers shared by the log, its indexes and the checkpoint files. */
import fs from 'node:fs';
import path from 'node:path';
import { TMP_FILE_SUFFIX } from './file-names.js';

/** fsync a directory so creations, renames and deletions of its entries survive a crash. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await fs.promises.open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function fsyncDirSync(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `file` atomically: write `file.tmp`, fsync it, rename over `file`, fsync the folder.
 * A crash leaves either the old or the new content, never a mix (a stale .tmp may remain; it
 * is overwritten next time).
 */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = file + TMP_FILE_SUFFIX;
  const fh = await fs.promises.open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.promises.rename(tmp, file);
  await fsyncDir(path.dirname(file));
}

/** The synchronous twin, for the rare writes that sit on the append path (leader epoch changes). */
export function writeFileAtomicSync(file: string, data: string | Buffer): void {
  const tmp = file + TMP_FILE_SUFFIX;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDirSync(path.dirname(file));
}

/** Positional read of up to `length` bytes; fewer only at end of file. */
export function readAt(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = 0;
    const step = () => {
      fs.read(fd, buf, offset + done, length - done, position + done, (err, n) => {
        if (err) return reject(err);
        done += n;
        if (n === 0 || done >= length) resolve(done);
        else step();
      });
    };
    if (length <= 0) resolve(0);
    else step();
  });
}

/** Positional gathered write of all of `buffers`, retrying short writes. */
export function writevAt(fd: number, buffers: Buffer[], position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let bufs = buffers;
    let pos = position;
    const step = () => {
      fs.writev(fd, bufs, pos, (err, written) => {
        if (err) return reject(err);
        pos += written;
        // Drop what was written; a short write leaves a tail of the current buffer.
        let rest = written;
        let i = 0;
        while (i < bufs.length && rest >= bufs[i]!.length) rest -= bufs[i++]!.length;
        if (i >= bufs.length) return resolve();
        const next = bufs.slice(i);
        if (rest > 0) next[0] = next[0]!.subarray(rest);
        bufs = next;
        step();
      });
    };
    step();
  });
}

/** Synchronous positional write of the whole buffer. */
export function writeAllSync(fd: number, buf: Buffer, position: number): void {
  let done = 0;
  while (done < buf.length) done += fs.writeSync(fd, buf, done, buf.length - done, position + done);
}

export function fsyncFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));
}

export function existsSync(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch {
    return false;
  }
}
