/**
 * CRC-32C (Castagnoli), the checksum of record batch v2.
 *
 * Computed natively (SIMD/SSE4.2 through @node-rs/crc32): a table-driven JavaScript CRC runs
 * at a few hundred MB/s and is a known bottleneck of pure-JS Kafka clients, while the native
 * one runs at memory speed. `bench/crc32c.mjs` measures both.
 */
import { crc32c as nativeCrc32c } from '@node-rs/crc32';

/** CRC-32C of `data`, optionally continuing from a previous `crc`; an unsigned 32-bit number. */
export function crc32c(data: Uint8Array, crc = 0): number {
  return nativeCrc32c(data as Buffer, crc) >>> 0;
}
