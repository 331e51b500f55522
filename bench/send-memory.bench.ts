// What sending many messages holds in memory (issue 10's memory aims), as heap in use after a full garbage
// collection: a count of bytes, not a time, so it does not depend on the load.
// - sendMany: the heap it holds until the run ends, per outcome, for 50,000 messages (the issue's measure), through
//   the default transport (ky) over a stub `fetch` that answers at once with a real `Response`, and through an
//   in-memory transport (the client alone); interleaved rounds, median and spread. Aim: ≤ 300 bytes per outcome.
// - sendEach: 1,000,000 messages through the in-memory transport, the heap sampled every 100,000 outcomes; the
//   growth from the first sample to the highest later one. Aim: flat, judged as test/client/send-memory.test.ts
//   judges it: under 4 MB over the 900,000 messages after the first sample (under 5 bytes a message).
//
//   npm run bench -- send-memory
//   BENCH_MEMORY_MESSAGES=50000 BENCH_MEMORY_ROUNDS=5 BENCH_MEMORY_EACH=1000000 npx tsx bench/send-memory.bench.ts
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rangeOf, recordAim } from './fixtures/aims.js';
import { median } from './fixtures/rounds.js';

const MESSAGES = Number(process.env['BENCH_MEMORY_MESSAGES'] ?? 50_000);
const ROUNDS = Number(process.env['BENCH_MEMORY_ROUNDS'] ?? 5);
const EACH_MESSAGES = Number(process.env['BENCH_MEMORY_EACH'] ?? 1_000_000);
const EACH_SAMPLE_EVERY = EACH_MESSAGES / 10;
const CONCURRENCY = 50;
/** Issue 10's aims. */
const AIM_BYTES_PER_OUTCOME = 300;
/** "Flat": what test/client/send-memory.test.ts allows over 900,000 messages. */
const AIM_EACH_GROWTH_BYTES = 4_000_000;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Heap in use after full collections with the event loop turning between them. fetch's `Request` (undici) frees
 * what follows its abort signal from a FinalizationRegistry callback, which runs as a task after the collection that
 * found the `Request` dead, and what it held is freed by the next collection: over a stub fetch answering at once,
 * with no I/O to turn the loop, a run's `Request`s are otherwise still counted long after their sends ended
 * (~1.2 KB a request on Node 20, none of it held by the client). Over the network the loop turns on every answer.
 */
async function heapUsed(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

let answered = 0;
/** 8x8's answer to a send, with a fresh umid each time (outcomes that hold it cannot share one string). */
function answer(clientMessageId: string | undefined) {
  answered++;
  return {
    umid: `3fa85f64-5717-4562-b3fc-${String(answered).padStart(12, '0')}`,
    clientMessageId,
    status: { state: 'queued', timestamp: '2026-12-02T05:00:00.000Z' },
    user: { msisdn: '+6512345678' },
  };
}

// Before the library loads: the default transport takes globalThis.fetch when it is made.
globalThis.fetch = (async (_input: unknown, init?: { body?: unknown }) => {
  const { clientMessageId } = JSON.parse(String(init?.body)) as { clientMessageId?: string };
  return new Response(JSON.stringify(answer(clientMessageId)), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}) as typeof globalThis.fetch;
const { createClient } = await import('../src/index.js');
type Transport = import('../src/index.js').Transport;

/** Answers every message at once, from memory: what is measured is the client alone. */
const inMemoryTransport: Transport = {
  async send(request) {
    const { clientMessageId } = JSON.parse(request.body) as { clientMessageId?: string };
    return { status: 200, headers: {}, body: answer(clientMessageId) };
  },
};

function* messages(count: number) {
  for (let i = 0; i < count; i++) {
    yield {
      user: { msisdn: `+65${80_000_000 + (i % 10_000_000)}` },
      type: 'text',
      content: { text: `Your code is ${String(100_000 + (i % 900_000))}` },
      clientMessageId: `order-${i}`,
    } as const;
  }
}

const clients = {
  'default transport (ky) over a stub fetch': createClient({
    apiKey: 'k',
    subAccountId: 'acme',
    baseUrl: 'http://127.0.0.1:8080',
  }),
  'in-memory transport (the client alone)': createClient({
    apiKey: 'k',
    subAccountId: 'acme',
    transport: inMemoryTransport,
  }),
};
const DEFAULT_WAY = 'default transport (ky) over a stub fetch';

/** Bytes the result of one sendMany run holds, per outcome. */
async function bytesPerOutcome(client: (typeof clients)[keyof typeof clients]): Promise<number> {
  const before = await heapUsed();
  const result = await client.sendMany(messages(MESSAGES), { concurrency: CONCURRENCY });
  const held = (await heapUsed()) - before;
  if (result.accepted !== MESSAGES) throw new Error(`${MESSAGES - result.accepted} messages not accepted`);
  // Read after the measure, so the result is alive while the heap is measured.
  if (result.outcomes.length !== MESSAGES) throw new Error('outcomes missing');
  return held / MESSAGES;
}

const loadBefore = loadavg().map((l) => l.toFixed(1));
const names = Object.keys(clients) as (keyof typeof clients)[];
for (const name of names) await bytesPerOutcome(clients[name]); // warm-up: lazy structures, JIT
const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let turn = 0; turn < names.length; turn++) {
    const name = names[(round + turn) % names.length]!;
    samples[name]!.push(await bytesPerOutcome(clients[name]));
  }
}

console.log(
  `\n## sendMany: heap held until the run ends, per outcome (${MESSAGES.toLocaleString('en-US')} messages, ` +
    `concurrency ${CONCURRENCY}, ${ROUNDS} interleaved rounds after a warm-up, heap after a full GC, ${process.version})\n`,
);
console.log('| transport | bytes per outcome (median) | min–max |');
console.log('| --- | ---: | ---: |');
for (const name of names) {
  console.log(`| ${name} | ${median(samples[name]!).toFixed(0)} | ${rangeOf(samples[name]!, 0)} |`);
}
const perOutcome = median(samples[DEFAULT_WAY]!);
const manyMet = Math.max(...names.map((name) => median(samples[name]!))) <= AIM_BYTES_PER_OUTCOME;
console.log(
  `\nsendMany memory: ${perOutcome.toFixed(0)} bytes per outcome through the default transport, ` +
    `${median(samples[names[1]!]!).toFixed(0)} through the in-memory one (aim ≤ ${AIM_BYTES_PER_OUTCOME}) — ` +
    `${manyMet ? 'MET' : 'NOT MET'}`,
);
recordAim({
  issue: 10,
  id: 'memory-send-many',
  measure: 'sendMany memory per outcome',
  figure: `${perOutcome.toFixed(0)} B`,
  spread: rangeOf(samples[DEFAULT_WAY]!, 0, ' B'),
  aim: `≤ ${AIM_BYTES_PER_OUTCOME} B`,
  met: manyMet,
  floor: `heap after GC, ${MESSAGES.toLocaleString('en-US')} messages, default transport over a stub fetch (in-memory: ${median(samples[names[1]!]!).toFixed(0)} B)`,
  bench: 'send-memory.bench.ts',
});

// sendEach over a million messages: nothing may be held per message once its outcome is yielded.
const eachClient = clients['in-memory transport (the client alone)'];
const heapSamples: number[] = [];
let taken = 0;
for await (const outcome of eachClient.sendEach(messages(EACH_MESSAGES), { concurrency: CONCURRENCY })) {
  if (!outcome.ok) throw new Error(`message ${outcome.index} failed: ${outcome.error.message}`);
  taken++;
  if (taken % EACH_SAMPLE_EVERY === 0) heapSamples.push(await heapUsed());
}
const [first, ...later] = heapSamples as [number, ...number[]];
const growth = Math.max(...later) - first;
const eachMet = growth < AIM_EACH_GROWTH_BYTES;
console.log(
  `\n## sendEach: heap after a full GC every ${EACH_SAMPLE_EVERY.toLocaleString('en-US')} of ` +
    `${EACH_MESSAGES.toLocaleString('en-US')} messages (in-memory transport), MB\n`,
);
console.log(heapSamples.map((bytes) => (bytes / 1e6).toFixed(2)).join('  '));
console.log(
  `\nsendEach memory: heap grew ${(growth / 1e6).toFixed(2)} MB from the first sample to the highest later one ` +
    `(${(growth / (EACH_MESSAGES - EACH_SAMPLE_EVERY)).toFixed(2)} bytes a message; aim: flat, under ` +
    `${AIM_EACH_GROWTH_BYTES / 1e6} MB) — ${eachMet ? 'MET' : 'NOT MET'}`,
);
recordAim({
  issue: 10,
  id: 'memory-send-each',
  measure: `sendEach heap over ${EACH_MESSAGES.toLocaleString('en-US')} messages`,
  figure: `+${(growth / 1e6).toFixed(2)} MB`,
  spread: `samples ${rangeOf(
    heapSamples.map((bytes) => bytes / 1e6),
    1,
    ' MB',
  )}`,
  aim: `flat (< +${AIM_EACH_GROWTH_BYTES / 1e6} MB)`,
  met: eachMet,
  floor: `heap after GC every ${EACH_SAMPLE_EVERY.toLocaleString('en-US')} messages, in-memory transport`,
  bench: 'send-memory.bench.ts',
});
console.log(
  `\nload average (1, 5, 15 min) ${loadBefore.join(' ')} at the start, ` +
    `${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end (cores: ${availableParallelism()})`,
);
