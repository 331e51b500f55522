// The pool behind sendMany/sendEach/sendBatch: bounded read-ahead with a slow consumer, early stop, and a task
// that breaks its promise not to reject.
import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/client/pool.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runPool', () => {
  it('never pulls more than `concurrency` items ahead of what the consumer took, however slow it is', async () => {
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield i;
      }
    }
    let taken = 0;
    for await (const value of runPool(endless(), 3, async (item) => item * 2)) {
      expect(value % 2).toBe(0);
      taken++;
      // A slow consumer: every task settles meanwhile, but no new item may be pulled for them.
      for (let i = 0; i < 5; i++) await tick();
      expect(pulled - taken).toBeLessThanOrEqual(3);
      if (taken === 20) break;
    }
    expect(pulled).toBeLessThanOrEqual(23);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    function* source() {
      try {
        for (let i = 0; i < 100; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const _ of runPool(source(), 2, async (item) => item)) break;
    expect(closed).toBe(true);
  });

  it('rethrows a rejected task after the running ones settle, and starts no new task', async () => {
    const started: number[] = [];
    const results: number[] = [];
    const run = async () => {
      for await (const value of runPool([0, 1, 2, 3, 4, 5], 2, async (item) => {
        started.push(item);
        await tick();
        if (item === 1) throw new Error('task 1 broke');
        return item;
      })) {
        results.push(value);
      }
    };
    await expect(run()).rejects.toThrow('task 1 broke');
    expect(started.length).toBeLessThan(6);
  });
});
