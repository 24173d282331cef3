import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ProtocolDecodeError, Reader } from './reader.js';
import { Writer } from './writer.js';

const r = (h: string): Reader => new Reader(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const throwsDecode = (fn: () => unknown, what?: string): void =>
  assert.throws(fn, ProtocolDecodeError, what);

test('fixed-width integers, including int64 negatives', () => {
  assert.equal(r('ff').int8(), -1);
  assert.equal(r('ff').uint8(), 255);
  assert.equal(r('fffe').int16(), -2);
  assert.equal(r('ffff').uint16(), 65535);
  assert.equal(r('80000000').int32(), -2147483648);
  assert.equal(r('ffffffff').uint32(), 4294967295);
  assert.equal(r('ffffffffffffffff').int64(), -1);
  assert.equal(r('ffffffff00000000').int64(), -(2 ** 32));
  assert.equal(r('fffffffeffffffff').int64(), -(2 ** 32) - 1);
  assert.equal(r('001fffffffffffff').int64(), Number.MAX_SAFE_INTEGER);
  assert.equal(r('ffe0000000000001').int64(), Number.MIN_SAFE_INTEGER);
  fc.assert(
    fc.property(fc.maxSafeInteger(), (v) => {
      const b = Buffer.alloc(8);
      b.writeBigInt64BE(BigInt(v));
      assert.equal(new Reader(b).int64(), v);
    }),
  );
});

test('uvarint and varint boundaries', () => {
  assert.equal(r('00').uvarint(), 0);
  assert.equal(r('7f').uvarint(), 127);
  assert.equal(r('8001').uvarint(), 128);
  assert.equal(r('ffffffff0f').uvarint(), 2 ** 32 - 1);
  assert.equal(r('8080808008').uvarint(), 2 ** 31);
  assert.equal(r('01').varint(), -1);
  assert.equal(r('feffffff0f').varint(), 2147483647);
  assert.equal(r('ffffffff0f').varint(), -2147483648);
  // non-minimal encodings are accepted, as Kafka accepts them
  assert.equal(r('8000').uvarint(), 0);
});

test('varints longer than 32 bits are rejected', () => {
  throwsDecode(() => r('ffffffff10').uvarint(), 'fifth byte above 0x0f');
  throwsDecode(() => r('ffffffffff01').uvarint(), 'six bytes');
  throwsDecode(() => r('ffffffff1f').varint());
});

test('varlong: boundaries, and more than 10 bytes is rejected', () => {
  assert.equal(r('01').varlong(), -1);
  assert.equal(r('02').varlong(), 1);
  assert.equal(new Reader(new Writer().varlong(Number.MAX_SAFE_INTEGER).toBuffer()).varlong(), Number.MAX_SAFE_INTEGER);
  assert.equal(new Reader(new Writer().varlong(Number.MIN_SAFE_INTEGER).toBuffer()).varlong(), Number.MIN_SAFE_INTEGER);
  throwsDecode(() => r('ff'.repeat(10) + '01').varlong());
  fc.assert(
    fc.property(fc.maxSafeInteger(), (v) => {
      assert.equal(new Reader(new Writer().varlong(v).toBuffer()).varlong(), v);
    }),
  );
});

test('truncated input throws ProtocolDecodeError for every type', () => {
  throwsDecode(() => r('').int8());
  throwsDecode(() => r('00').int16());
  throwsDecode(() => r('00').uint16());
  throwsDecode(() => r('000000').int32());
  throwsDecode(() => r('00000000000000').int64());
  throwsDecode(() => r('00000000000000').float64());
  throwsDecode(() => r('80').uvarint());
  throwsDecode(() => r('').varint());
  throwsDecode(() => r('8080').varlong());
  throwsDecode(() => r('0003616263'.slice(0, 8)).string());
  throwsDecode(() => r('04616263'.slice(0, 6)).compactString());
  throwsDecode(() => r('0000000301').bytes());
  throwsDecode(() => r('0301').compactBytes());
  throwsDecode(() => r('00'.repeat(15)).uuid());
  throwsDecode(() => r('0401').varintBytes());
  throwsDecode(() => r('00000002 01').array((x) => x.int8()));
  throwsDecode(() => r('03 01').compactArray((x) => x.int8()));
});

test('a reader respects its end even when the buffer continues', () => {
  const rd = new Reader(Buffer.from('0001020304', 'hex'), 1, 3);
  assert.equal(rd.int16(), 0x0102);
  throwsDecode(() => rd.int8());
});

test('null and non-null variants', () => {
  assert.equal(r('ffff').nullableString(), null);
  throwsDecode(() => r('ffff').string());
  assert.equal(r('00').compactNullableString(), null);
  throwsDecode(() => r('00').compactString());
  assert.equal(r('ffffffff').nullableBytes(), null);
  throwsDecode(() => r('ffffffff').bytes());
  assert.equal(r('00').compactNullableBytes(), null);
  throwsDecode(() => r('00').compactBytes());
  assert.equal(r('01').varintBytes(), null);
  assert.equal(r('ffffffff').nullableArray((x) => x.int8()), null);
  throwsDecode(() => r('ffffffff').array((x) => x.int8()));
  assert.equal(r('00').compactNullableArray((x) => x.int8()), null);
  throwsDecode(() => r('00').compactArray((x) => x.int8()));
});

test('negative lengths other than -1 are rejected', () => {
  throwsDecode(() => r('fffe').nullableString());
  throwsDecode(() => r('fffffffe').nullableBytes());
  throwsDecode(() => r('fffffffe').nullableArray((x) => x.int8()));
  throwsDecode(() => r('03').varintBytes(), 'zig-zag -2');
});

test('huge counts and lengths are rejected before anything is allocated', () => {
  // 7,000 hostile lengths of up to 4 GiB each: allocating for them would show in memory
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 1000; i++) {
    throwsDecode(() => r('7fffffff 00').array((x) => x.int8()));
    throwsDecode(() => r('ffffffff0f 00').compactArray((x) => x.int8()));
    throwsDecode(() => r('7fffffff 00').bytes());
    throwsDecode(() => r('ffffffff0f 00').compactBytes());
    throwsDecode(() => r('7fff 00').string());
    throwsDecode(() => r('ffffffff0f 00').compactString());
    throwsDecode(() => r('ffffffff0f 00').taggedFields());
  }
  assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024);
});

test('uuid reads 16 bytes as unpadded base64url', () => {
  assert.equal(r('00'.repeat(16)).uuid(), 'AAAAAAAAAAAAAAAAAAAAAA');
  const id = r('00112233445566778899aabbccddeeff').uuid();
  assert.equal(id.length, 22);
  assert.equal(Buffer.from(id, 'base64url').toString('hex'), '00112233445566778899aabbccddeeff');
});

test('bytes are views into the input, not copies', () => {
  const buf = Buffer.from('0000000201020304', 'hex');
  const b = new Reader(buf).bytes();
  assert.equal(b.buffer, buf.buffer);
  assert.deepEqual([...b], [1, 2]);
});

test('tagged fields: known tags read through a bounded reader, unknown ones skipped', () => {
  // two fields: tag 0 (int32 7), tag 5 (3 opaque bytes); then a trailing int8
  const rd = r('02 00 04 00000007 05 03 aabbcc 2a');
  const seen: number[] = [];
  rd.taggedFields((tag, sub) => {
    seen.push(tag);
    if (tag === 0) {
      assert.equal(sub.int32(), 7);
      throwsDecode(() => sub.int8(), 'cannot read past the field');
      return true;
    }
    return false;
  });
  assert.deepEqual(seen, [0, 5]);
  assert.equal(rd.int8(), 42);
});

test('tagged fields: a known tag must consume exactly its size; sizes are bounded', () => {
  throwsDecode(() =>
    r('01 00 04 00000007').taggedFields((_t, sub) => {
      sub.int16();
      return true;
    }),
  );
  throwsDecode(() => r('01 00 09 0000').taggedFields());
  throwsDecode(() => r('05 00 00').taggedFields(), 'count beyond the input');
});

test('random bytes never crash a reader with anything but ProtocolDecodeError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (u) => {
      const rd = new Reader(Buffer.from(u));
      const ops = [
        () => rd.nullableString(),
        () => rd.compactNullableString(),
        () => rd.nullableBytes(),
        () => rd.compactNullableBytes(),
        () => rd.nullableArray((x) => x.compactNullableString()),
        () => rd.compactNullableArray((x) => x.int32()),
        () => rd.taggedFields(),
        () => rd.varlong(),
        () => rd.uvarint(),
      ];
      try {
        for (let i = 0; rd.remaining > 0; i++) ops[i % ops.length]!();
      } catch (e) {
        assert.ok(e instanceof ProtocolDecodeError, String(e));
      }
    }),
  );
});
