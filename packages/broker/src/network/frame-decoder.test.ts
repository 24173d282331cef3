import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FrameDecoder, FrameTooLargeError } from './frame-decoder.js';

function frame(body: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

test('frames split at every byte boundary come out whole', () => {
  const bodies = [Buffer.from('a'), Buffer.alloc(0), Buffer.from('hello world'), Buffer.alloc(1000, 7)];
  const stream = Buffer.concat(bodies.map(frame));
  for (const step of [1, 2, 3, 5, 7, 64, stream.length]) {
    const d = new FrameDecoder(1 << 20);
    const out: Buffer[] = [];
    for (let i = 0; i < stream.length; i += step) out.push(...d.push(stream.subarray(i, i + step)));
    assert.deepEqual(out, bodies, `step ${step}`);
    assert.equal(d.pendingBytes, 0);
  }
});

test('a frame larger than the limit is refused before it is buffered', () => {
  const d = new FrameDecoder(100);
  const header = Buffer.alloc(4);
  header.writeInt32BE(101);
  assert.throws(() => d.push(header), FrameTooLargeError);
});

test('a negative size is refused', () => {
  const d = new FrameDecoder(100);
  assert.throws(() => d.push(Buffer.from([0xff, 0xff, 0xff, 0xfe])), /negative frame size/);
});
