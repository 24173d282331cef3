/**
 * The four compression codecs of record batch v2. A compressed batch compresses its records
 * section (everything after the 61-byte header) as one payload; the header stays plain.
 *
 * Framing, chosen so that every client can read what we write and we can read every client:
 *
 * - gzip: a gzip stream (RFC 1952) via node:zlib. Multi-member streams are read.
 * - snappy: two framings exist in the wild. Java writes snappy-java's (xerial) stream format:
 *       magic 82 53 4E 41 50 50 59 00 ("\x82SNAPPY\0"), int32 version (1),
 *       int32 minimum compatible version (1), then blocks of [int32 length][raw snappy block],
 *   all integers big-endian. librdkafka and kafkajs-snappy write one raw snappy block.
 *   Java (snappy-java falls back to raw when the magic is absent), librdkafka and kafkajs-snappy
 *   all read both, so decoding detects the magic and encoding writes xerial framing with
 *   32 KiB blocks, byte-for-byte what the Java producer does.
 * - lz4: the standard LZ4 frame format (magic 04 22 4D 18). Java's reader supports only a
 *   subset: version 1, independent blocks, block size id 4-7 (64 KiB-4 MiB); it skips a content
 *   size and checks block/content checksums. lz4-napi (lz4_flex) writes FLG 0x60 (version 1,
 *   independent blocks, no checksums, no content size) with a block size picked from the input
 *   (64 KiB, 256 KiB or 4 MiB), which Java and liblz4 (librdkafka) accept. Its decoder reads
 *   everything liblz4 writes, including linked blocks, checksums and content sizes.
 * - zstd: a standard zstd frame via zstd-napi (libzstd), with the content size in the header.
 *
 * Decompression is guarded against bombs: output beyond `maxOutputSize` (default 256 MiB)
 * fails with a `DecompressionError` whose code is ERR_DECOMPRESSED_TOO_LARGE, before the memory
 * is allocated wherever the format lets us know the size up front (snappy's length preamble,
 * zstd's content size, the LZ4 block structure) and while streaming otherwise (gzip, zstd
 * without a content size). LZ4 frames whose worst case (from the block sizes) fits the limit go
 * to lz4-napi's frame decoder in one call; others are decoded block by block into buffers
 * capped by what the limit still allows.
 */
import { createRequire } from 'node:module';
import { constants as bufferConstants } from 'node:buffer';
import * as zlib from 'node:zlib';
import * as snappy from 'snappy';
import * as lz4 from 'lz4-napi';
import type * as ZstdBinding from 'zstd-napi/binding.js';
import { CompressionType } from './batch-header.js';
import { DecompressionError } from './errors.js';

// zstd-napi's high-level decompress trusts the frame's declared content size and silently
// returns partial output for a truncated frame, so we drive the low-level context ourselves.
const require = createRequire(import.meta.url);
const zstd = require('zstd-napi') as typeof import('zstd-napi');
const zstdBinding = require('zstd-napi/binding') as typeof ZstdBinding;

/** Default cap on the decompressed size of one payload. */
export const DEFAULT_MAX_DECOMPRESSED_SIZE = 256 * 1024 * 1024;

export interface CompressOptions {
  /** Codec-specific level (gzip 1-9, zstd -7..22); ignored by snappy and lz4. */
  level?: number;
}

export interface DecompressOptions {
  /** Largest output accepted, in bytes (default `DEFAULT_MAX_DECOMPRESSED_SIZE`). */
  maxOutputSize?: number;
}

const NAMES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type CompressionName = (typeof NAMES)[number];

/** Kafka's name for a codec (`compression.type` values): none, gzip, snappy, lz4, zstd. */
export function compressionName(type: CompressionType): CompressionName {
  const name = NAMES[type];
  if (name === undefined) throw new RangeError(`unknown compression type ${type}`);
  return name;
}

/** The codec for a `compression.type` name (case-insensitive); throws on unknown names. */
export function compressionTypeFromName(name: string): CompressionType {
  const i = NAMES.indexOf(name.toLowerCase() as CompressionName);
  if (i < 0) throw new RangeError(`unknown compression type "${name}" (none, gzip, snappy, lz4, zstd)`);
  return i as CompressionType;
}

// ---------------------------------------------------------------------------------------------
// helpers

function limitOf(options: DecompressOptions | undefined): number {
  return options?.maxOutputSize ?? DEFAULT_MAX_DECOMPRESSED_SIZE;
}

function tooLarge(codec: string, size: number | string, limit: number): DecompressionError {
  return new DecompressionError(
    'ERR_DECOMPRESSED_TOO_LARGE',
    `${codec} payload decompresses to ${size} bytes, more than the limit of ${limit}`,
  );
}

function corrupt(codec: string, detail: string, cause?: unknown): DecompressionError {
  return new DecompressionError(
    'ERR_CORRUPT_COMPRESSED_DATA',
    `invalid ${codec} data: ${detail}`,
    cause === undefined ? undefined : { cause },
  );
}

function unknownType(type: number): DecompressionError {
  return new DecompressionError('ERR_UNKNOWN_COMPRESSION', `unknown compression type ${type}`);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

// ---------------------------------------------------------------------------------------------
// gzip

function gzipLimitError(e: unknown, limit: number): DecompressionError {
  if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge('gzip', `more than ${limit}`, limit);
  return corrupt('gzip', messageOf(e), e);
}

/** zlib's own cap, which must lie in [1, buffer.constants.MAX_LENGTH]. */
function zlibMaxOutput(limit: number): number {
  return Math.max(1, Math.min(limit, bufferConstants.MAX_LENGTH));
}

function gunzipSync(data: Buffer, limit: number): Buffer {
  try {
    return zlib.gunzipSync(data, { maxOutputLength: zlibMaxOutput(limit) });
  } catch (e) {
    throw gzipLimitError(e, limit);
  }
}

function gunzipAsync(data: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zlib.gunzip(data, { maxOutputLength: zlibMaxOutput(limit) }, (err, out) => {
      if (err) reject(gzipLimitError(err, limit));
      else resolve(out);
    });
  });
}

function gzipOptions(options: CompressOptions | undefined): zlib.ZlibOptions {
  return options?.level === undefined ? {} : { level: options.level };
}

// ---------------------------------------------------------------------------------------------
// snappy

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
/** magic + version + minimum compatible version */
const XERIAL_HEADER_SIZE = 16;
/** snappy-java's default block size, used by the Java producer. */
const XERIAL_BLOCK_SIZE = 32 * 1024;
const XERIAL_HEADER = Buffer.concat([XERIAL_MAGIC, Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])]);

function isXerial(data: Buffer): boolean {
  return data.length >= XERIAL_HEADER_SIZE && data.compare(XERIAL_MAGIC, 0, 8, 0, 8) === 0;
}

/** The uncompressed length a raw snappy block declares in its uvarint preamble. */
function snappyDeclaredLength(block: Buffer, start: number, end: number): number {
  let result = 0;
  for (let i = 0, shift = 0; i < 5; i++, shift += 7) {
    if (start + i >= end) throw corrupt('snappy', 'truncated length preamble');
    const b = block[start + i]!;
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return result;
  }
  throw corrupt('snappy', 'length preamble longer than 5 bytes');
}

/** The raw blocks of a xerial stream (views into `data`) with their total declared length. */
function xerialBlocks(data: Buffer): { blocks: Buffer[]; total: number } {
  const blocks: Buffer[] = [];
  let total = 0;
  let at = XERIAL_HEADER_SIZE;
  while (at < data.length) {
    if (at + 4 > data.length) throw corrupt('snappy', `truncated xerial block length at byte ${at}`);
    const len = data.readInt32BE(at);
    at += 4;
    if (len < 0 || at + len > data.length) {
      throw corrupt('snappy', `xerial block of ${len} bytes at byte ${at - 4} exceeds the ${data.length - at} bytes left`);
    }
    total += snappyDeclaredLength(data, at, at + len);
    blocks.push(data.subarray(at, at + len));
    at += len;
  }
  if (blocks.length === 0) throw corrupt('snappy', 'xerial stream without blocks');
  return { blocks, total };
}

function snappyUncompressBlockSync(block: Buffer): Buffer {
  try {
    return snappy.uncompressSync(block, { asBuffer: true }) as Buffer;
  } catch (e) {
    throw corrupt('snappy', messageOf(e), e);
  }
}

async function snappyUncompressBlock(block: Buffer): Promise<Buffer> {
  try {
    return (await snappy.uncompress(block, { asBuffer: true })) as Buffer;
  } catch (e) {
    throw corrupt('snappy', messageOf(e), e);
  }
}

function checkSnappyOutput(out: Buffer, expected: number): Buffer {
  if (out.length !== expected) throw corrupt('snappy', `decoded ${out.length} bytes, preamble says ${expected}`);
  return out;
}

function snappyDecompressSync(data: Buffer, limit: number): Buffer {
  if (!isXerial(data)) {
    const declared = snappyDeclaredLength(data, 0, data.length);
    if (declared > limit) throw tooLarge('snappy', declared, limit);
    return checkSnappyOutput(snappyUncompressBlockSync(data), declared);
  }
  const { blocks, total } = xerialBlocks(data);
  if (total > limit) throw tooLarge('snappy', total, limit);
  const parts = blocks.map(snappyUncompressBlockSync);
  return checkSnappyOutput(parts.length === 1 ? parts[0]! : Buffer.concat(parts, total), total);
}

async function snappyDecompress(data: Buffer, limit: number): Promise<Buffer> {
  if (!isXerial(data)) {
    const declared = snappyDeclaredLength(data, 0, data.length);
    if (declared > limit) throw tooLarge('snappy', declared, limit);
    return checkSnappyOutput(await snappyUncompressBlock(data), declared);
  }
  const { blocks, total } = xerialBlocks(data);
  if (total > limit) throw tooLarge('snappy', total, limit);
  const parts = await Promise.all(blocks.map(snappyUncompressBlock));
  return checkSnappyOutput(parts.length === 1 ? parts[0]! : Buffer.concat(parts, total), total);
}

function xerialFrame(compressedBlocks: Buffer[]): Buffer {
  let size = XERIAL_HEADER_SIZE;
  for (const b of compressedBlocks) size += 4 + b.length;
  const out = Buffer.allocUnsafe(size);
  XERIAL_HEADER.copy(out, 0);
  let at = XERIAL_HEADER_SIZE;
  for (const b of compressedBlocks) {
    out.writeInt32BE(b.length, at);
    b.copy(out, at + 4);
    at += 4 + b.length;
  }
  return out;
}

/** Splits into 32 KiB blocks; an empty input still yields one (empty) block, as Java needs one. */
function xerialInputBlocks(data: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  for (let at = 0; at < data.length; at += XERIAL_BLOCK_SIZE) blocks.push(data.subarray(at, at + XERIAL_BLOCK_SIZE));
  if (blocks.length === 0) blocks.push(data);
  return blocks;
}

function snappyCompressSync(data: Buffer): Buffer {
  return xerialFrame(xerialInputBlocks(data).map((b) => snappy.compressSync(b)));
}

async function snappyCompress(data: Buffer): Promise<Buffer> {
  return xerialFrame(await Promise.all(xerialInputBlocks(data).map((b) => snappy.compress(b))));
}

// ---------------------------------------------------------------------------------------------
// lz4

const LZ4_MAGIC = 0x184d2204;
const LZ4_UNCOMPRESSED_BLOCK = 0x80000000;
/** One input byte of an LZ4 block yields at most 255 output bytes (a match-length extension). */
const LZ4_MAX_RATIO = 255;
/** Linked blocks may refer back this far into earlier output. */
const LZ4_WINDOW = 64 * 1024;

interface Lz4Frame {
  maxBlock: number;
  linked: boolean;
  /** Declared content size, or -1. */
  contentSize: number;
  blocks: { start: number; length: number; stored: boolean }[];
  /** Upper bound of the output: no block decodes beyond maxBlock or 255 times its size. */
  bound: number;
}

/**
 * Walks an LZ4 frame without decompressing it, rejecting malformed structure:
 *
 *   magic u32le | FLG u8 | BD u8 | [content size u64le] | [dict id u32le] | HC u8
 *   { block size u32le (bit 31: stored uncompressed; 0 ends the frame) | data | [checksum u32le] }
 *   [content checksum u32le]
 */
function parseLz4Frame(data: Buffer): Lz4Frame {
  if (data.length < 7) throw corrupt('lz4', 'frame shorter than its header');
  if (data.readUInt32LE(0) !== LZ4_MAGIC) throw corrupt('lz4', 'not an LZ4 frame (bad magic)');
  const flg = data[4]!;
  const bd = data[5]!;
  if (flg >> 6 !== 1) throw corrupt('lz4', `unsupported frame version ${flg >> 6}`);
  const sizeId = (bd >> 4) & 7;
  if (sizeId < 4) throw corrupt('lz4', `invalid block size id ${sizeId}`);
  const maxBlock = 1 << (2 * sizeId + 8);
  const blockChecksum = (flg & 0x10) !== 0;
  let at = 6;
  let contentSize = -1;
  if (flg & 0x08) {
    if (at + 8 > data.length) throw corrupt('lz4', 'truncated frame header');
    contentSize = data.readUInt32LE(at) + data.readUInt32LE(at + 4) * 2 ** 32;
    at += 8;
  }
  if (flg & 0x01) at += 4; // dictionary id
  at += 1; // header checksum, verified by the frame decoder
  const blocks: Lz4Frame['blocks'] = [];
  let bound = 0;
  for (;;) {
    if (at + 4 > data.length) throw corrupt('lz4', 'truncated frame (no end mark)');
    const word = data.readUInt32LE(at);
    at += 4;
    if (word === 0) break;
    const length = (word & ~LZ4_UNCOMPRESSED_BLOCK) >>> 0;
    const stored = (word & LZ4_UNCOMPRESSED_BLOCK) !== 0;
    if (length > maxBlock) throw corrupt('lz4', `block of ${length} bytes exceeds the frame's maximum of ${maxBlock}`);
    if (at + length + (blockChecksum ? 4 : 0) > data.length) throw corrupt('lz4', 'truncated block');
    blocks.push({ start: at, length, stored });
    bound += stored ? length : Math.min(maxBlock, length * LZ4_MAX_RATIO);
    at += length + (blockChecksum ? 4 : 0);
  }
  if (flg & 0x04) at += 4; // content checksum
  if (at > data.length) throw corrupt('lz4', 'truncated content checksum');
  if (at !== data.length) throw corrupt('lz4', `${data.length - at} bytes after the end of the frame`);
  if (contentSize >= 0) {
    if (contentSize > bound) throw corrupt('lz4', `content size ${contentSize} cannot come out of these blocks`);
    bound = contentSize;
  }
  return { maxBlock, linked: (flg & 0x20) === 0, contentSize, blocks, bound };
}

/** The last `LZ4_WINDOW` bytes of the output so far, the dictionary of a linked block. */
function lz4Window(parts: Buffer[]): Buffer {
  const last = parts[parts.length - 1]!;
  if (last.length >= LZ4_WINDOW || parts.length === 1) return last.subarray(Math.max(0, last.length - LZ4_WINDOW));
  const tail: Buffer[] = [];
  let n = 0;
  for (let i = parts.length - 1; i >= 0 && n < LZ4_WINDOW; i--) {
    tail.unshift(parts[i]!);
    n += parts[i]!.length;
  }
  const joined = Buffer.concat(tail, n);
  return joined.subarray(Math.max(0, n - LZ4_WINDOW));
}

/**
 * Block-by-block decoding that never produces more than `limit` bytes: each block is decoded
 * into a buffer no larger than what the limit still allows. Used when the frame's worst case
 * exceeds the limit, where the real output may still fit. Checksums are not verified on this
 * path; the batch CRC already covers the compressed bytes.
 */
function lz4DecompressBounded(data: Buffer, frame: Lz4Frame, limit: number): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (const b of frame.blocks) {
    let out: Buffer;
    if (b.stored) {
      out = data.subarray(b.start, b.start + b.length);
    } else {
      const capacity = Math.min(frame.maxBlock, limit - total + 1);
      const input = Buffer.allocUnsafe(4 + b.length);
      input.writeUInt32LE(capacity, 0);
      data.copy(input, 4, b.start, b.start + b.length);
      try {
        out = frame.linked && parts.length > 0 ? lz4.uncompressSync(input, lz4Window(parts)) : lz4.uncompressSync(input);
      } catch (e) {
        if (capacity < frame.maxBlock) throw tooLarge('lz4', `more than ${limit}`, limit);
        throw corrupt('lz4', messageOf(e), e);
      }
    }
    total += out.length;
    if (total > limit) throw tooLarge('lz4', `more than ${limit}`, limit);
    parts.push(out);
  }
  if (frame.contentSize >= 0 && frame.contentSize !== total) {
    throw corrupt('lz4', `decoded ${total} bytes, frame header says ${frame.contentSize}`);
  }
  return Buffer.concat(parts, total);
}

function lz4DecompressSync(data: Buffer, limit: number): Buffer {
  const frame = parseLz4Frame(data);
  if (frame.bound > limit) return lz4DecompressBounded(data, frame, limit);
  try {
    return lz4.decompressFrameSync(data);
  } catch (e) {
    throw corrupt('lz4', messageOf(e), e);
  }
}

async function lz4Decompress(data: Buffer, limit: number): Promise<Buffer> {
  const frame = parseLz4Frame(data);
  if (frame.bound > limit) return lz4DecompressBounded(data, frame, limit);
  try {
    return await lz4.decompressFrame(data);
  } catch (e) {
    throw corrupt('lz4', messageOf(e), e);
  }
}

// ---------------------------------------------------------------------------------------------
// zstd

let zstdContext: ZstdBinding.DCtx | undefined;
const ZSTD_CHUNK = 128 * 1024;

function zstdDecompressSync(data: Buffer, limit: number): Buffer {
  const dctx = (zstdContext ??= new zstdBinding.DCtx());
  try {
    dctx.reset(zstdBinding.ResetDirective.sessionOnly);
    // Fast path: a single frame that declares its size (what every Kafka client writes).
    const declared = zstdBinding.getFrameContentSize(data);
    if (declared !== null && zstdBinding.findFrameCompressedSize(data) === data.length) {
      if (declared > limit) throw tooLarge('zstd', declared, limit);
      const out = Buffer.allocUnsafe(declared);
      const n = dctx.decompress(out, data);
      if (n !== declared) throw corrupt('zstd', `decoded ${n} bytes, frame header says ${declared}`);
      return out;
    }
    // Streaming: bounded chunks, stopping as soon as the limit is passed.
    const parts: Buffer[] = [];
    let total = 0;
    let src = data;
    for (;;) {
      const room = Math.min(Math.max(ZSTD_CHUNK, src.length * 4), limit - total + 1);
      const dst = Buffer.allocUnsafe(room);
      const [hint, produced, consumed] = dctx.decompressStream(dst, src);
      if (produced > 0) parts.push(dst.subarray(0, produced));
      total += produced;
      if (total > limit) throw tooLarge('zstd', `more than ${limit}`, limit);
      src = src.subarray(consumed);
      if (hint === 0 && src.length === 0) break; // last frame complete, input used up
      if (produced === 0 && consumed === 0) throw corrupt('zstd', 'truncated frame');
    }
    return Buffer.concat(parts, total);
  } catch (e) {
    if (e instanceof DecompressionError) throw e;
    throw corrupt('zstd', messageOf(e), e);
  }
}

function zstdCompressSync(data: Buffer, options: CompressOptions | undefined): Buffer {
  return zstd.compress(data, options?.level === undefined ? {} : { compressionLevel: options.level });
}

// ---------------------------------------------------------------------------------------------
// public API

/** Compresses `data` with the codec (None returns the input). Runs on the calling thread. */
export function compressSync(type: CompressionType, data: Uint8Array, options?: CompressOptions): Buffer {
  const buf = asBuffer(data);
  switch (type) {
    case CompressionType.None:
      return buf;
    case CompressionType.Gzip:
      return zlib.gzipSync(buf, gzipOptions(options));
    case CompressionType.Snappy:
      return snappyCompressSync(buf);
    case CompressionType.Lz4:
      return lz4.compressFrameSync(buf);
    case CompressionType.Zstd:
      return zstdCompressSync(buf, options);
    default:
      throw new RangeError(`unknown compression type ${type as number}`);
  }
}

/**
 * Compresses `data` off the main thread where the binding allows it (gzip, snappy, lz4 use the
 * libuv pool); zstd-napi has no asynchronous API, so zstd runs synchronously.
 */
export async function compress(type: CompressionType, data: Uint8Array, options?: CompressOptions): Promise<Buffer> {
  const buf = asBuffer(data);
  switch (type) {
    case CompressionType.Gzip:
      return new Promise((resolve, reject) =>
        zlib.gzip(buf, gzipOptions(options), (err, out) => (err ? reject(err) : resolve(out))),
      );
    case CompressionType.Snappy:
      return snappyCompress(buf);
    case CompressionType.Lz4:
      return lz4.compressFrame(buf);
    default:
      return compressSync(type, buf, options);
  }
}

/** Decompresses `data`; throws `DecompressionError` for bad input or output over the limit. */
export function decompressSync(type: CompressionType, data: Uint8Array, options?: DecompressOptions): Buffer {
  const buf = asBuffer(data);
  const limit = limitOf(options);
  switch (type) {
    case CompressionType.None:
      if (buf.length > limit) throw tooLarge('uncompressed', buf.length, limit);
      return buf;
    case CompressionType.Gzip:
      return gunzipSync(buf, limit);
    case CompressionType.Snappy:
      return snappyDecompressSync(buf, limit);
    case CompressionType.Lz4:
      return lz4DecompressSync(buf, limit);
    case CompressionType.Zstd:
      return zstdDecompressSync(buf, limit);
    default:
      throw unknownType(type);
  }
}

/** As `decompressSync`, off the main thread for gzip, snappy and lz4. */
export async function decompress(type: CompressionType, data: Uint8Array, options?: DecompressOptions): Promise<Buffer> {
  const buf = asBuffer(data);
  const limit = limitOf(options);
  switch (type) {
    case CompressionType.Gzip:
      return gunzipAsync(buf, limit);
    case CompressionType.Snappy:
      return snappyDecompress(buf, limit);
    case CompressionType.Lz4:
      return lz4Decompress(buf, limit);
    default:
      return decompressSync(type, buf, options);
  }
}
