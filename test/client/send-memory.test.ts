// What sendMany and sendEach hold while they run, measured as heap after a full garbage collection (a count of
// bytes, not a time): sendMany keeps one compact outcome per message, sendEach nothing once an outcome is yielded.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import type { Transport } from '../../src/transport/transport.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap in use after a full collection (twice: the first may only queue finalisation). */
function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A transport that answers every message at once, from memory: what is measured is the client alone. */
function inMemoryTransport(): Transport {
  let sent = 0;
  return {
    async send(request) {
      sent++;
      const { clientMessageId } = JSON.parse(request.body) as { clientMessageId?: string };
      return {
        status: 200,
        headers: {},
        body: {
          // A fresh umid per message, as 8x8 answers: outcomes that hold it cannot share one string.
          umid: `3fa85f64-5717-4562-b3fc-${String(sent).padStart(12, '0')}`,
          clientMessageId,
          status: { state: 'queued', timestamp: '2026-12-02T05:00:00.000Z' },
          user: { msisdn: '+6512345678' },
        },
      };
    },
  };
}

function* messages(count: number) {
  for (let i = 0; i < count; i++) {
    yield {
      user: { msisdn: '+6512345678' },
      type: 'text',
      content: { text: 'Your order has shipped' },
      clientMessageId: `order-${i}`,
    } as const;
  }
}

describe('memory of sendMany and sendEach', () => {
  it('sendMany holds at most 300 bytes per outcome until the run ends', async () => {
    const count = 20_000;
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport: inMemoryTransport() });
    const before = heapUsed();
    const result = await client.sendMany(messages(count), { concurrency: 16 });
    const perOutcome = (heapUsed() - before) / count;
    expect(result.accepted).toBe(count);
    expect(result.outcomes[count - 1]).toEqual({
      ok: true,
      index: count - 1,
      umid: expect.stringMatching(/^3fa85f64-/),
      state: 'queued',
      clientMessageId: `order-${count - 1}`,
    });
    expect(perOutcome, `${perOutcome.toFixed(0)} bytes held per outcome`).toBeLessThanOrEqual(300);
  });

  it('sendEach holds nothing per message: heap stays flat over 1,000,000 messages', async () => {
    const count = 1_000_000;
    const sampleEvery = 100_000;
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport: inMemoryTransport() });
    let accepted = 0;
    let baseline = 0;
    let highest = 0;
    for await (const outcome of client.sendEach(messages(count), { concurrency: 16 })) {
      if (outcome.ok) accepted++;
      // After the first 100,000 every lazy structure has been created: from then on the heap must not grow.
      if (accepted === sampleEvery) baseline = heapUsed();
      else if (accepted % sampleEvery === 0) highest = Math.max(highest, heapUsed());
    }
    expect(accepted).toBe(count);
    const growth = highest - baseline;
    // 4 MB over 900,000 messages would be under 5 bytes a message: anything held per message breaks it.
    expect(growth, `heap grew ${(growth / 1e6).toFixed(2)} MB`).toBeLessThan(4_000_000);
  }, 600_000);
});
