import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import * as snappy from 'snappy';
import * as lz4 from 'lz4-napi';
import fc from 'fast-check';
import { CompressionType } from './batch-header.js';
import {
  compress,
  compressionName,
  compressionTypeFromName,
  compressSync,
  decompress,
  decompressSync,
} from './compression.js';
import { DecompressionError } from './errors.js';

const require = createRequire(import.meta.url);
const zstd = require('zstd-napi') as typeof import('zstd-napi');

const CODECS = [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd] as const;
const FIXTURES = new URL('../../test-fixtures/records/', import.meta.url);

function fixture(name: string): Buffer {
  return Buffer.from(readFileSync(new URL(name, FIXTURES), 'utf8').trim(), 'hex');
}

/** The input the lz4/zstd CLI fixtures were made from (see test-fixtures/records/README.md). */
function cliFixtureInput(): Buffer {
  let s = '';
  for (let i = 0; i < 3000; i++) s += `record ${i % 50} ${'abcdefgh'.repeat(10)}\n`;
  return Buffer.from(s);
}

function isDecompressionError(code: DecompressionError['code']) {
  return (e: unknown) => e instanceof DecompressionError && e.code === code;
}

test('every codec round-trips random data, sync and async', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...CODECS), fc.uint8Array({ maxLength: 100_000 }), async (type, bytes) => {
      const data = Buffer.from(bytes);
      const c1 = compressSync(type, data);
      const c2 = await compress(type, data);
      assert.deepEqual(decompressSync(type, c1), data);
      assert.deepEqual(await decompress(type, c2), data);
      assert.deepEqual(decompressSync(type, c2), data);
    }),
    { numRuns: 60 },
  );
});

test('compressible multi-block inputs round-trip (several MiB)', async () => {
  const data = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31) % 251 < 200 ? 97 : i & 0xff;
  for (const type of CODECS) {
    const c = compressSync(type, data, { level: 1 });
    assert.ok(c.length < data.length, compressionName(type));
    assert.ok(decompressSync(type, c).equals(data), compressionName(type));
    assert.ok((await decompress(type, await compress(type, data))).equals(data), compressionName(type));
  }
});

test('None passes data through', () => {
  const data = Buffer.from('plain');
  assert.equal(compressSync(CompressionType.None, data), data);
  assert.equal(decompressSync(CompressionType.None, data), data);
});

test('codec names follow compression.type', () => {
  assert.equal(compressionTypeFromName('LZ4'), CompressionType.Lz4);
  assert.equal(compressionTypeFromName('none'), CompressionType.None);
  assert.equal(compressionName(CompressionType.Zstd), 'zstd');
  assert.throws(() => compressionTypeFromName('brotli'), /unknown compression type "brotli"/);
  assert.throws(() => decompressSync(6 as CompressionType, Buffer.alloc(1)), isDecompressionError('ERR_UNKNOWN_COMPRESSION'));
});

// --- snappy ------------------------------------------------------------------------------------

test('snappy encodes xerial framing with 32 KiB blocks, like the Java producer', () => {
  const data = Buffer.alloc(100_000, 'x');
  const c = compressSync(CompressionType.Snappy, data);
  assert.equal(c.subarray(0, 16).toString('hex'), '82534e41505059000000000100000001');
  // blocks of 32768, 32768, 32768 and 1696 input bytes
  let at = 16;
  const sizes: number[] = [];
  while (at < c.length) {
    const len = c.readInt32BE(at);
    sizes.push((snappy.uncompressSync(c.subarray(at + 4, at + 4 + len)) as Buffer).length);
    at += 4 + len;
  }
  assert.deepEqual(sizes, [32768, 32768, 32768, 1696]);
});

test('snappy decodes the raw format librdkafka and kafkajs-snappy write', () => {
  const data = Buffer.from('hello hello hello hello raw snappy');
  const raw = snappy.compressSync(data);
  assert.notEqual(raw.subarray(0, 8).toString('latin1'), '\x82SNAPPY\0');
  assert.deepEqual(decompressSync(CompressionType.Snappy, raw), data);
});

test('snappy refuses a declared length over the limit before decompressing', () => {
  // preamble: uvarint 0xffffffff, then a few garbage bytes
  const bomb = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0]);
  assert.throws(() => decompressSync(CompressionType.Snappy, bomb), isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'));
  const data = Buffer.alloc(200_000);
  const xerial = compressSync(CompressionType.Snappy, data);
  assert.throws(
    () => decompressSync(CompressionType.Snappy, xerial, { maxOutputSize: 100_000 }),
    isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'),
  );
  assert.equal(decompressSync(CompressionType.Snappy, xerial, { maxOutputSize: 200_000 }).length, 200_000);
});

test('snappy rejects broken xerial streams', async () => {
  const c = compressSync(CompressionType.Snappy, Buffer.alloc(50_000, 'a'));
  const cases = [
    c.subarray(0, c.length - 1), // truncated block
    Buffer.concat([c, Buffer.from([0, 0])]), // partial block length
    c.subarray(0, 16), // header without blocks
    (() => {
      const b = Buffer.from(c);
      b.writeInt32BE(0x7ffffff0, 16);
      return b;
    })(),
  ];
  for (const bad of cases) {
    assert.throws(() => decompressSync(CompressionType.Snappy, bad), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
    await assert.rejects(decompress(CompressionType.Snappy, bad), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
  }
});

// --- lz4 ---------------------------------------------------------------------------------------

test('lz4 frames are what Java and librdkafka read: version 1, independent blocks, 64 KiB-4 MiB', () => {
  for (const size of [0, 10, 70_000, 300_000, 5_000_000]) {
    const c = compressSync(CompressionType.Lz4, Buffer.alloc(size, 'z'));
    assert.equal(c.readUInt32LE(0), 0x184d2204);
    const flg = c[4]!;
    const bd = c[5]!;
    assert.equal(flg >> 6, 1, 'version 1');
    assert.equal(flg & 0x20, 0x20, 'independent blocks (Java rejects linked ones)');
    assert.equal(flg & 0x03, 0, 'reserved bits and dictionary id clear');
    assert.ok(((bd >> 4) & 7) >= 4 && ((bd >> 4) & 7) <= 7, 'block size id 4-7');
    assert.equal(bd & 0x8f, 0, 'reserved BD bits clear');
  }
});

test('lz4 reads frames written by the reference lz4 CLI (liblz4, as librdkafka uses)', () => {
  const input = cliFixtureInput();
  for (const name of [
    'lz4cli-linked-blocks.hex',
    'lz4cli-block-checksum-content-size.hex',
    'lz4cli-no-checksums.hex',
    'lz4cli-large-blocks.hex',
  ]) {
    assert.ok(decompressSync(CompressionType.Lz4, fixture(name)).equals(input), name);
  }
});

test('lz4 frames we write are read by the reference lz4 CLI', { skip: !hasTool('lz4') }, () => {
  const input = cliFixtureInput();
  const r = spawnSync('lz4', ['-d', '-c'], { input: compressSync(CompressionType.Lz4, input) });
  assert.equal(r.status, 0, String(r.stderr));
  assert.ok(r.stdout.equals(input));
});

test('lz4 bounds output by block structure before decompressing', () => {
  const c = compressSync(CompressionType.Lz4, Buffer.alloc(1024 * 1024));
  assert.throws(
    () => decompressSync(CompressionType.Lz4, c, { maxOutputSize: 64 * 1024 }),
    isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'),
  );
  assert.equal(decompressSync(CompressionType.Lz4, c, { maxOutputSize: 1024 * 1024 }).length, 1024 * 1024);
});

test('lz4 output exactly at the limit passes, one byte over fails, for every kind of frame', async () => {
  const text = cliFixtureInput();
  const frames = [
    compressSync(CompressionType.Lz4, text),
    fixture('lz4cli-linked-blocks.hex'),
    fixture('lz4cli-block-checksum-content-size.hex'),
    fixture('lz4cli-no-checksums.hex'),
  ];
  for (const frame of frames) {
    assert.ok(decompressSync(CompressionType.Lz4, frame, { maxOutputSize: text.length }).equals(text));
    assert.ok((await decompress(CompressionType.Lz4, frame, { maxOutputSize: text.length })).equals(text));
    assert.throws(
      () => decompressSync(CompressionType.Lz4, frame, { maxOutputSize: text.length - 1 }),
      isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'),
    );
  }
});

test('lz4 rejects a block that expands past the frame block maximum', () => {
  // A raw block of 1 MiB of zeros in a frame that declares 64 KiB blocks.
  const block = lz4.compressSync(Buffer.alloc(1 << 20)).subarray(4);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(block.length);
  const frame = Buffer.concat([Buffer.from('04224d18604082', 'hex'), len, block, Buffer.alloc(4)]);
  assert.throws(() => decompressSync(CompressionType.Lz4, frame), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
});

test('lz4 rejects truncated frames, garbage and trailing bytes', async () => {
  const c = compressSync(CompressionType.Lz4, Buffer.alloc(100_000, 'q'));
  for (const bad of [c.subarray(0, c.length - 2), c.subarray(0, 5), Buffer.from('garbage garbage'), Buffer.concat([c, c])]) {
    assert.throws(() => decompressSync(CompressionType.Lz4, bad), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
    await assert.rejects(decompress(CompressionType.Lz4, bad), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
  }
});

// --- zstd --------------------------------------------------------------------------------------

test('zstd reads frames without a content size (streaming), e.g. from the zstd CLI', () => {
  assert.ok(decompressSync(CompressionType.Zstd, fixture('zstdcli-no-content-size.hex')).equals(cliFixtureInput()));
  const data = Buffer.alloc(1_000_000, 'y');
  const c = zstd.compress(data, { contentSizeFlag: false });
  assert.ok(decompressSync(CompressionType.Zstd, c).equals(data));
  assert.throws(
    () => decompressSync(CompressionType.Zstd, c, { maxOutputSize: 300_000 }),
    isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'),
  );
});

test('zstd enforces the limit from the declared content size', () => {
  const c = compressSync(CompressionType.Zstd, Buffer.alloc(1_000_000));
  assert.throws(
    () => decompressSync(CompressionType.Zstd, c, { maxOutputSize: 999_999 }),
    isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'),
  );
  assert.equal(decompressSync(CompressionType.Zstd, c, { maxOutputSize: 1_000_000 }).length, 1_000_000);
});

test('zstd reads concatenated frames and rejects truncated ones', () => {
  const a = compressSync(CompressionType.Zstd, Buffer.from('first '));
  const b = compressSync(CompressionType.Zstd, Buffer.from('second'));
  assert.equal(decompressSync(CompressionType.Zstd, Buffer.concat([a, b])).toString(), 'first second');
  const big = zstd.compress(Buffer.alloc(500_000, 'w'), { contentSizeFlag: false });
  for (const bad of [a.subarray(0, a.length - 1), big.subarray(0, big.length - 3), Buffer.from('garbage!garbage!')]) {
    assert.throws(() => decompressSync(CompressionType.Zstd, bad), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
  }
  // the shared context recovers after an error
  assert.equal(decompressSync(CompressionType.Zstd, a).toString(), 'first ');
});

// --- gzip --------------------------------------------------------------------------------------

test('gzip enforces the limit while inflating and reads multi-member streams', async () => {
  const c = compressSync(CompressionType.Gzip, Buffer.alloc(1_000_000));
  assert.throws(() => decompressSync(CompressionType.Gzip, c, { maxOutputSize: 1000 }), isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'));
  await assert.rejects(decompress(CompressionType.Gzip, c, { maxOutputSize: 1000 }), isDecompressionError('ERR_DECOMPRESSED_TOO_LARGE'));
  const two = Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')]);
  assert.equal(decompressSync(CompressionType.Gzip, two).toString(), 'abcd');
  assert.throws(() => decompressSync(CompressionType.Gzip, c.subarray(0, 20)), isDecompressionError('ERR_CORRUPT_COMPRESSED_DATA'));
});

// --- fuzz --------------------------------------------------------------------------------------

test('random and mutated input never crashes a decoder: it decodes or throws DecompressionError', async () => {
  const samples = new Map(CODECS.map((t) => [t, compressSync(t, Buffer.from('some sample text '.repeat(200)))]));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...CODECS),
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((b) => ({ kind: 'random' as const, b })),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((m) => ({ kind: 'mutate' as const, m })),
      ),
      async (type, input) => {
        let data: Buffer;
        if (input.kind === 'random') data = Buffer.from(input.b);
        else {
          data = Buffer.from(samples.get(type)!);
          for (const [pos, v] of input.m) data[pos % data.length] = v;
        }
        for (const run of [() => decompressSync(type, data, { maxOutputSize: 1 << 20 }), () => decompress(type, data, { maxOutputSize: 1 << 20 })]) {
          try {
            const out = await run();
            assert.ok(out.length <= 1 << 20);
          } catch (e) {
            assert.ok(e instanceof DecompressionError, `${compressionName(type)}: ${String(e)}`);
          }
        }
      },
    ),
    { numRuns: 400 },
  );
});

function hasTool(name: string): boolean {
  return spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0;
}
