/**
 * The time index of one segment: `<baseOffset>.timeindex`.
 *
 * It answers "from which offset on can records have a timestamp >= T?" (ListOffsets by
 * timestamp) and tells retention the newest timestamp of an inactive segment without reading
 * it. Like the offset index it is sparse: when an offset index entry is added, a time entry is
 * added too, but only if the largest timestamp seen so far in the segment has grown since the
 * last time entry. A final entry with the segment's largest timestamp is added when the segment
 * stops being active (roll, close, recovery), so the last entry of an inactive segment always
 * holds its largest timestamp.
 *
 * File format: a flat array of 12-byte entries, big-endian, no header, no padding:
 *
 *   bytes   field
 *   0..7    timestamp       int64   largest timestamp in the segment up to this entry
 *   8..11   relativeOffset  int32   last offset of the batch that first reached that timestamp,
 *                                   minus the segment base offset
 *
 * Timestamps strictly increase from entry to entry; offsets never decrease. Entry (T, O) means
 * every record at an offset <= O has a timestamp <= T, so a search for the first record with a
 * timestamp >= target may start right after the offset of the last entry whose T < target.
 *
 * Derived data like the offset index: rebuilt by recovery and whenever it fails validation.
 */
import { IndexCorruptError, IndexFile } from './index-file.js';

export const TIME_INDEX_ENTRY_SIZE = 12;

const TWO_32 = 2 ** 32;

export interface TimestampOffset {
  timestamp: number;
  offset: number;
}

export class TimeIndex extends IndexFile {
  constructor(path: string, baseOffset: number, maxIndexBytes: number, initial?: Buffer) {
    super(path, baseOffset, TIME_INDEX_ENTRY_SIZE, Math.floor(maxIndexBytes / TIME_INDEX_ENTRY_SIZE), initial);
  }

  static decodeEntry(data: Buffer, at: number, baseOffset: number): TimestampOffset {
    return { timestamp: data.readInt32BE(at) * TWO_32 + data.readUInt32BE(at + 4), offset: baseOffset + data.readInt32BE(at + 8) };
  }

  /** Validates file content; throws IndexCorruptError. */
  static validate(data: Buffer, file: string): void {
    let lastTs = -Infinity;
    let lastRel = 0;
    for (let at = 0; at < data.length; at += TIME_INDEX_ENTRY_SIZE) {
      const ts = data.readInt32BE(at) * TWO_32 + data.readUInt32BE(at + 4);
      const rel = data.readInt32BE(at + 8);
      if (ts <= lastTs || rel < lastRel || ts < 0) {
        throw new IndexCorruptError(`${file}: entry ${at / TIME_INDEX_ENTRY_SIZE} (${ts}, ${rel}) is out of order`);
      }
      lastTs = ts;
      lastRel = rel;
    }
  }

  entryAt(i: number): TimestampOffset {
    return TimeIndex.decodeEntry(this.buf, i * TIME_INDEX_ENTRY_SIZE, this.baseOffset);
  }

  lastEntry(): TimestampOffset | null {
    return this.count ? this.entryAt(this.count - 1) : null;
  }

  /**
   * Adds (timestamp, offset) if the timestamp is larger than the last entry's. A full index
   * refuses unless `force` (the final entry of a segment may exceed the limit by one).
   */
  maybeAppend(timestamp: number, offset: number, force = false): void {
    if (timestamp < 0) return;
    if (this.isFull && !force) return;
    const last = this.lastEntry();
    if (last && (timestamp <= last.timestamp || offset < last.offset)) return;
    const at = this.nextSlot();
    const hi = Math.floor(timestamp / TWO_32);
    this.buf.writeInt32BE(hi, at);
    this.buf.writeUInt32BE(timestamp - hi * TWO_32, at + 4);
    this.buf.writeInt32BE(offset - this.baseOffset, at + 8);
  }

  /** The last entry whose timestamp is strictly below `target`, or null. */
  lookupBelow(target: number): TimestampOffset | null {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entryAt(mid).timestamp < target) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : this.entryAt(found);
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    let n = this.count;
    while (n > 0 && this.entryAt(n - 1).offset >= offset) n--;
    this.truncateEntries(n);
  }

  /** Number of entries whose offset is below `offset` (those safe to persist). */
  countBelowOffset(offset: number): number {
    let n = this.count;
    while (n > 0 && this.entryAt(n - 1).offset >= offset) n--;
    return n;
  }
}

