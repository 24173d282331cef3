import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReadBufferPool } from './read-buffer-pool.js';

test('a released buffer is handed out again for the same size class', () => {
  const pool = new ReadBufferPool(1 << 20);
  const a = pool.acquire(100_000);
  assert.equal(a.buf.length, 128 * 1024);
  a.release();
  a.release(); // a second release is ignored
  assert.equal(pool.size, 128 * 1024);
  const b = pool.acquire(70_000);
  assert.equal(b.buf, a.buf);
  assert.equal(pool.size, 0);
  const c = pool.acquire(70_000);
  assert.notEqual(c.buf, a.buf, 'a buffer in use is never handed out twice');
});

test('the pool keeps at most its byte budget of free buffers', () => {
  const pool = new ReadBufferPool(256 * 1024);
  const held = Array.from({ length: 4 }, () => pool.acquire(100 * 1024));
  for (const h of held) h.release();
  assert.equal(pool.size, 256 * 1024);
});

test('buffers larger than the largest class are not pooled', () => {
  const pool = new ReadBufferPool();
  const big = pool.acquire(17 * 1024 * 1024);
  assert.equal(big.buf.length, 17 * 1024 * 1024);
  big.release();
  assert.equal(pool.size, 0);
});
