/**
 * The cleaner's key -> latest offset map: for every key in the dirty part of a log, the offset
 * of its last record there. Cleaning then drops each record whose key maps to a higher offset.
 *
 * It must hold millions of keys in a fixed, predictable amount of memory, so keys are not
 * stored: each is reduced to its 16-byte MD5 digest, kept with the offset in an open-addressing
 * table of fixed capacity (linear probing). Two keys with the same digest would make the
 * cleaner treat them as one key; at 128 bits that chance is negligible (Kafka's cleaner makes
 * the same trade).
 *
 * Layout: `digests` holds 4 uint32 per slot, `offsets` one float64 per slot (offsets are safe
 * integers, exact in a double). An empty slot has offset -1.
 *
 * The map is filled up to `loadFactor` of its slots (more would make probing slow); the caller
 * asks `isFull` and stops mapping there, cleaning only up to `latestOffset`.
 */
import crypto from 'node:crypto';

const SLOT_BYTES = 4 * 4 + 8;

export class CleanerOffsetMap {
  readonly slots: number;
  private readonly digests: Uint32Array;
  private readonly offsets: Float64Array;
  private count = 0;
  /** The last offset the map covers: records above it were never looked at. */
  latestOffset = -1;
  /** Lookups and inserts, for statistics. */
  lookups = 0;
  probes = 0;

  /** A map using about `memoryBytes` (24 bytes per slot). */
  constructor(
    memoryBytes: number,
    readonly loadFactor = 0.9,
  ) {
    this.slots = Math.max(2, Math.floor(memoryBytes / SLOT_BYTES));
    this.digests = new Uint32Array(this.slots * 4);
    this.offsets = new Float64Array(this.slots).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** Whether another new key would take the table past its load factor. */
  get isFull(): boolean {
    return this.count + 1 > this.slots * this.loadFactor;
  }

  /** Share of the slots in use. */
  get utilization(): number {
    return this.count / this.slots;
  }

  clear(): void {
    this.offsets.fill(-1);
    this.count = 0;
    this.latestOffset = -1;
    this.lookups = 0;
    this.probes = 0;
  }

  /**
   * Records `offset` as the latest for `key` (offsets only move forward for a key). Returns
   * false, changing nothing, if the key is new and the map is full.
   */
  put(key: Uint8Array, offset: number): boolean {
    const d = digest(key);
    const slot = this.find(d);
    if (this.offsets[slot]! < 0) {
      if (this.isFull) return false;
      this.digests.set(d, slot * 4);
      this.count++;
    }
    this.offsets[slot] = offset;
    if (offset > this.latestOffset) this.latestOffset = offset;
    return true;
  }

  /** The latest offset recorded for `key`, or -1. */
  get(key: Uint8Array): number {
    return this.offsets[this.find(digest(key))]!;
  }

  /** The slot holding digest `d`, or the empty slot where it would go. */
  private find(d: Uint32Array): number {
    this.lookups++;
    const n = this.slots;
    let slot = d[0]! % n;
    for (;;) {
      this.probes++;
      if (this.offsets[slot]! < 0) return slot;
      const at = slot * 4;
      const g = this.digests;
      if (g[at] === d[0] && g[at + 1] === d[1] && g[at + 2] === d[2] && g[at + 3] === d[3]) return slot;
      slot = slot + 1 === n ? 0 : slot + 1;
    }
  }
}

const scratch = new Uint32Array(4);

/** MD5 of a key: the one-shot crypto.hash (Node >= 20.12, about 3x faster) when there is one. */
const md5: (key: Uint8Array) => Buffer =
  typeof crypto.hash === 'function' ? (key) => crypto.hash('md5', key, 'buffer') : (key) => crypto.createHash('md5').update(key).digest();

/** The key's MD5 as 4 uint32 (a shared scratch array: copy before the next call). */
function digest(key: Uint8Array): Uint32Array {
  const h = md5(key);
  scratch[0] = h.readUInt32LE(0);
  scratch[1] = h.readUInt32LE(4);
  scratch[2] = h.readUInt32LE(8);
  scratch[3] = h.readUInt32LE(12);
  return scratch;
}
