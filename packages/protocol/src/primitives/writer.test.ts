import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Writer, ZERO_COPY_THRESHOLD } from './writer.js';
import { Reader } from './reader.js';

const hex = (w: Writer): string => w.toBuffer().toString('hex');

/** Reference zig-zag varlong encoding computed with BigInt. */
function refVarlong(v: bigint): string {
  let z = v >= 0n ? v << 1n : (-v << 1n) - 1n;
  const out: number[] = [];
  while (z >= 0x80n) {
    out.push(Number(z & 0x7fn) | 0x80);
    z >>= 7n;
  }
  out.push(Number(z));
  return Buffer.from(out).toString('hex');
}

test('fixed-width integers are big-endian', () => {
  assert.equal(hex(new Writer().int8(-1)), 'ff');
  assert.equal(hex(new Writer().int16(-2)), 'fffe');
  assert.equal(hex(new Writer().uint16(65535)), 'ffff');
  assert.equal(hex(new Writer().int32(0x01020304)), '01020304');
  assert.equal(hex(new Writer().int32(-2147483648)), '80000000');
  assert.equal(hex(new Writer().uint32(0xffffffff)), 'ffffffff');
  assert.equal(hex(new Writer().float64(1.5)), '3ff8000000000000');
  assert.equal(hex(new Writer().bool(true).bool(false)), '0100');
});

test('int64 matches a BigInt reference, negatives included', () => {
  const cases = [0, 1, -1, 2 ** 32, -(2 ** 32), 2 ** 32 - 1, -(2 ** 32) - 1, 2 ** 31, -(2 ** 31) - 1];
  cases.push(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e15, -1e15);
  for (const v of cases) {
    const ref = Buffer.alloc(8);
    ref.writeBigInt64BE(BigInt(v));
    assert.equal(hex(new Writer().int64(v)), ref.toString('hex'), `int64 ${v}`);
  }
  fc.assert(
    fc.property(fc.maxSafeInteger(), (v) => {
      const ref = Buffer.alloc(8);
      ref.writeBigInt64BE(BigInt(v));
      assert.equal(hex(new Writer().int64(v)), ref.toString('hex'));
    }),
  );
});

test('uvarint boundaries', () => {
  const cases: [number, string][] = [
    [0, '00'],
    [1, '01'],
    [127, '7f'],
    [128, '8001'],
    [300, 'ac02'],
    [16383, 'ff7f'],
    [16384, '808001'],
    [2 ** 21 - 1, 'ffff7f'],
    [2 ** 21, '80808001'],
    [2 ** 28 - 1, 'ffffff7f'],
    [2 ** 28, '8080808001'],
    [2 ** 31, '8080808008'],
    [2 ** 32 - 1, 'ffffffff0f'],
  ];
  for (const [v, h] of cases) assert.equal(hex(new Writer().uvarint(v)), h, `uvarint ${v}`);
});

test('varint zig-zag boundaries', () => {
  const cases: [number, string][] = [
    [0, '00'],
    [-1, '01'],
    [1, '02'],
    [-2, '03'],
    [63, '7e'],
    [-64, '7f'],
    [64, '8001'],
    [2147483647, 'feffffff0f'],
    [-2147483648, 'ffffffff0f'],
  ];
  for (const [v, h] of cases) assert.equal(hex(new Writer().varint(v)), h, `varint ${v}`);
});

test('varlong matches a BigInt reference around the 32-bit shortcut and at the safe limits', () => {
  const cases = [0, -1, 1, 0x3fffffff, 0x40000000, -0x40000000, -0x40000001, 2 ** 31, -(2 ** 31), 2 ** 32];
  cases.push(2 ** 35, -(2 ** 35), 2 ** 52, -(2 ** 52), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
  for (const v of cases) assert.equal(hex(new Writer().varlong(v)), refVarlong(BigInt(v)), `varlong ${v}`);
  fc.assert(
    fc.property(fc.maxSafeInteger(), (v) => {
      assert.equal(hex(new Writer().varlong(v)), refVarlong(BigInt(v)));
    }),
  );
});

test('strings and bytes: classic and compact, null encodings, UTF-8 lengths', () => {
  assert.equal(hex(new Writer().string(null)), 'ffff');
  assert.equal(hex(new Writer().string('')), '0000');
  assert.equal(hex(new Writer().string('é')), '0002c3a9');
  assert.equal(hex(new Writer().compactString(null)), '00');
  assert.equal(hex(new Writer().compactString('')), '01');
  assert.equal(hex(new Writer().compactString('ab')), '036162');
  assert.equal(hex(new Writer().bytes(null)), 'ffffffff');
  assert.equal(hex(new Writer().bytes(new Uint8Array([1, 2]))), '000000020102');
  assert.equal(hex(new Writer().compactBytes(null)), '00');
  assert.equal(hex(new Writer().compactBytes(Buffer.from([9]))), '0209');
  assert.equal(hex(new Writer().varintBytes(null)), '01');
  assert.equal(hex(new Writer().varintBytes(Buffer.from([7]))), '0207');
});

test('a string longer than an int16 length is refused', () => {
  assert.throws(() => new Writer().string('x'.repeat(40000)), RangeError);
});

test('uuid writes 16 bytes and rejects malformed ids', () => {
  assert.equal(hex(new Writer().uuid('AAAAAAAAAAAAAAAAAAAAAA')), '00'.repeat(16));
  const id = Buffer.from('00112233445566778899aabbccddeeff', 'hex').toString('base64url');
  assert.equal(hex(new Writer().uuid(id)), '00112233445566778899aabbccddeeff');
  assert.throws(() => new Writer().uuid('short'), RangeError);
});

test('arrays: classic and compact counts, null', () => {
  const each = (w: Writer, x: number): void => void w.int8(x);
  assert.equal(hex(new Writer().array([1, 2], each)), '000000020102');
  assert.equal(hex(new Writer().array(null, each)), 'ffffffff');
  assert.equal(hex(new Writer().compactArray([1, 2], each)), '030102');
  assert.equal(hex(new Writer().compactArray(null, each)), '00');
});

test('large payloads are referenced, not copied, and the order of chunks is kept', () => {
  const big = Buffer.alloc(ZERO_COPY_THRESHOLD, 7);
  const w = new Writer(8).int32(1).raw(big).int16(2);
  const chunks = w.chunks();
  assert.equal(chunks.length, 3);
  assert.equal(chunks[1], big);
  assert.equal(w.length, 4 + big.length + 2);
  const all = w.toBuffer();
  assert.equal(all.length, w.length);
  assert.equal(all.readInt32BE(0), 1);
  assert.equal(all.readInt16BE(4 + big.length), 2);
  // a non-Buffer Uint8Array is wrapped without copying either
  const u8 = new Uint8Array(ZERO_COPY_THRESHOLD);
  const c = new Writer().raw(u8).chunks();
  assert.equal(c[0]!.buffer, u8.buffer);
});

test('reserve and patch survive growth of the buffer', () => {
  const w = new Writer(4);
  const at = w.reserve(4);
  for (let i = 0; i < 100; i++) w.int32(i);
  w.patchInt32(at, w.length - 4);
  const b = w.toBuffer();
  assert.equal(b.readInt32BE(0), 400);
  assert.equal(b.readInt32BE(4 + 99 * 4), 99);
});

test('patching a position that moved into a referenced chunk is refused', () => {
  const w = new Writer();
  const at = w.reserve(4);
  w.raw(Buffer.alloc(ZERO_COPY_THRESHOLD));
  assert.throws(() => w.patchInt32(at, 1), RangeError);
});

test('an empty writer yields an empty buffer', () => {
  assert.equal(new Writer().toBuffer().length, 0);
});

test('random sequences of writes read back identically', () => {
  type Op =
    | { t: 'int8'; v: number }
    | { t: 'int16'; v: number }
    | { t: 'int32'; v: number }
    | { t: 'int64'; v: number }
    | { t: 'uvarint'; v: number }
    | { t: 'varint'; v: number }
    | { t: 'varlong'; v: number }
    | { t: 'float64'; v: number }
    | { t: 'string'; v: string | null }
    | { t: 'compactString'; v: string | null }
    | { t: 'bytes'; v: Buffer | null }
    | { t: 'compactBytes'; v: Buffer | null };
  const bytes = fc.option(fc.uint8Array({ maxLength: 40 }).map((u) => Buffer.from(u)), { nil: null });
  const str = fc.option(fc.string({ unit: 'grapheme', maxLength: 20 }), { nil: null });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.integer({ min: -128, max: 127 }).map((v) => ({ t: 'int8' as const, v })),
    fc.integer({ min: -32768, max: 32767 }).map((v) => ({ t: 'int16' as const, v })),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((v) => ({ t: 'int32' as const, v })),
    fc.maxSafeInteger().map((v) => ({ t: 'int64' as const, v })),
    fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((v) => ({ t: 'uvarint' as const, v })),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((v) => ({ t: 'varint' as const, v })),
    fc.maxSafeInteger().map((v) => ({ t: 'varlong' as const, v })),
    fc.double().map((v) => ({ t: 'float64' as const, v })),
    str.map((v) => ({ t: 'string' as const, v })),
    str.map((v) => ({ t: 'compactString' as const, v })),
    bytes.map((v) => ({ t: 'bytes' as const, v })),
    bytes.map((v) => ({ t: 'compactBytes' as const, v })),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (ops, size) => {
      const w = new Writer(size);
      for (const o of ops) {
        switch (o.t) {
          case 'int8': w.int8(o.v); break;
          case 'int16': w.int16(o.v); break;
          case 'int32': w.int32(o.v); break;
          case 'int64': w.int64(o.v); break;
          case 'uvarint': w.uvarint(o.v); break;
          case 'varint': w.varint(o.v); break;
          case 'varlong': w.varlong(o.v); break;
          case 'float64': w.float64(o.v); break;
          case 'string': w.string(o.v); break;
          case 'compactString': w.compactString(o.v); break;
          case 'bytes': w.bytes(o.v); break;
          case 'compactBytes': w.compactBytes(o.v); break;
        }
      }
      const r = new Reader(w.toBuffer());
      for (const o of ops) {
        let got: unknown;
        switch (o.t) {
          case 'int8': got = r.int8(); break;
          case 'int16': got = r.int16(); break;
          case 'int32': got = r.int32(); break;
          case 'int64': got = r.int64(); break;
          case 'uvarint': got = r.uvarint(); break;
          case 'varint': got = r.varint(); break;
          case 'varlong': got = r.varlong(); break;
          case 'float64': got = r.float64(); break;
          case 'string': got = r.nullableString(); break;
          case 'compactString': got = r.compactNullableString(); break;
          case 'bytes': got = r.nullableBytes(); break;
          case 'compactBytes': got = r.compactNullableBytes(); break;
        }
        assert.deepStrictEqual(got, o.v, o.t);
      }
      assert.equal(r.remaining, 0);
    }),
  );
});
