/**
 * The offset index of one segment: `<baseOffset>.index`.
 *
 * It lets a read start close to the batch it wants instead of at the beginning of a segment
 * that may be a gigabyte long. The index is sparse: an entry is added only once more than
 * `index.interval.bytes` of batches were appended since the previous one, so looking up an
 * offset yields a batch at or before the one holding it, and the reader walks forward through
 * batch headers (each header gives the batch length, so this is a few small hops).
 *
 * File format: a flat array of 8-byte entries, big-endian, no header, no padding:
 *
 *   bytes  field
 *   0..3   relativeOffset  int32   last offset of the indexed batch minus the segment base offset
 *   4..7   position        int32   byte position of that batch in the segment's .log file
 *
 * Both fields strictly increase from entry to entry. Offsets are stored relative to the base
 * offset (taken from the file name) to halve the entry size; that is why a segment is rolled
 * before its offsets reach base + 2^31, and the int32 position is why a segment stays under
 * 2 GiB. An entry names the batch by its *last* offset, so "the largest entry whose offset is
 * <= the target" always points at a batch that starts at or before the target's batch. The
 * first batch of a segment (position 0) never gets an entry: a lookup below every entry
 * answers (baseOffset, 0).
 *
 * The index is derived data, rebuildable from the .log file. Recovery rebuilds it for every
 * segment it re-reads, and loading rebuilds any index that fails validation (partial entry,
 * entries not increasing, a position beyond the end of the log).
 */
import { IndexCorruptError, IndexFile } from './index-file.js';

export const OFFSET_INDEX_ENTRY_SIZE = 8;

export interface OffsetPosition {
  offset: number;
  position: number;
}

export class OffsetIndex extends IndexFile {
  constructor(path: string, baseOffset: number, maxIndexBytes: number, initial?: Buffer) {
    super(path, baseOffset, OFFSET_INDEX_ENTRY_SIZE, Math.floor(maxIndexBytes / OFFSET_INDEX_ENTRY_SIZE), initial);
  }

  /** Validates file content against the segment it indexes; throws IndexCorruptError. */
  static validate(data: Buffer, logSize: number, file: string): void {
    let lastRel = -1;
    let lastPos = 0;
    for (let at = 0; at < data.length; at += OFFSET_INDEX_ENTRY_SIZE) {
      const rel = data.readInt32BE(at);
      const pos = data.readInt32BE(at + 4);
      if (rel <= lastRel || pos <= lastPos || pos >= logSize) {
        throw new IndexCorruptError(`${file}: entry ${at / OFFSET_INDEX_ENTRY_SIZE} (${rel}, ${pos}) is out of order or beyond the log (size ${logSize})`);
      }
      lastRel = rel;
      lastPos = pos;
    }
  }

  offsetAt(i: number): number {
    return this.baseOffset + this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE);
  }

  positionAt(i: number): number {
    return this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE + 4);
  }

  lastEntry(): OffsetPosition | null {
    return this.count ? { offset: this.offsetAt(this.count - 1), position: this.positionAt(this.count - 1) } : null;
  }

  append(offset: number, position: number): void {
    const rel = offset - this.baseOffset;
    if (this.count && (rel <= this.buf.readInt32BE((this.count - 1) * OFFSET_INDEX_ENTRY_SIZE) || position <= this.positionAt(this.count - 1))) {
      throw new Error(`offset index ${this.path}: entry (${offset}, ${position}) does not follow ${JSON.stringify(this.lastEntry())}`);
    }
    const at = this.nextSlot();
    this.buf.writeInt32BE(rel, at);
    this.buf.writeInt32BE(position, at + 4);
  }

  /** Index of the largest entry with offset <= target, or -1. */
  private floorSlot(target: number): number {
    const rel = target - this.baseOffset;
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.buf.readInt32BE(mid * OFFSET_INDEX_ENTRY_SIZE) <= rel) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Where to start scanning for `target`: the largest entry <= target, else (baseOffset, 0). */
  lookup(target: number): OffsetPosition {
    const slot = this.floorSlot(target);
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : { offset: this.offsetAt(slot), position: this.positionAt(slot) };
  }

  /** Removes the entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    this.truncateEntries(this.floorSlot(offset - 1) + 1);
  }

  /** Removes the entries whose batch starts after `position`. */
  truncateAfterPosition(position: number): void {
    let n = this.count;
    while (n > 0 && this.positionAt(n - 1) > position) n--;
    this.truncateEntries(n);
  }

  /** Number of entries whose batch starts before `position` (those safe to persist). */
  countBelowPosition(position: number): number {
    let n = this.count;
    while (n > 0 && this.positionAt(n - 1) >= position) n--;
    return n;
  }
}
