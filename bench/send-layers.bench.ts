// The sending layers' own CPU per request, apart from the network: the ky rows of send-many.bench.ts in one process,
// over a `fetch` that answers at once with a real `Response` (its body a web stream, read as over the network). No
// sockets, no sandbox, no other process: what is left is each layer's own work and the garbage it makes, so the
// figures stay steady on a busy machine where the over-the-network ratios swing. Contenders, each adding one layer:
// - the stub `fetch` and `response.text()`, JSON.parse: the floor (no HTTP, so the ratios to it are not the aims');
// - ky alone: one ky instance made once, `api.post(url, { headers, body })`, `text()`, JSON.parse, no retries;
// - ky as the transport calls it: single attempts, no time limit of ky's, no status errors, the URL and method
//   through ky and the headers and body straight to fetch (see ky-transport.ts), `text()`: ky's own part of the
//   transport's work;
// - `createKyTransport().send` with its defaults (retries armed, time limit, 1 MiB cap, redirects not followed):
//   the row above plus the transport's own work;
// - `client.sendMany` over that transport: validating each message and each answer, the pool, the outcomes.
// 50 requests in flight, interleaved rounds (the order rotating), medians, the spread, and the minor garbage
// collections (scavenges) per 10,000 requests: how much short-lived garbage each layer makes.
//
//   npm run bench -- send-layers
//   BENCH_LAYER_REQUESTS=20000 BENCH_LAYER_ROUNDS=9 npx tsx bench/send-layers.bench.ts
import { availableParallelism, loadavg } from 'node:os';
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { BEFORE_SRC, importBeforeSrc } from './fixtures/before-src.js';
import { sendConcurrently } from './fixtures/concurrent.js';
import { textRequests } from './fixtures/text-requests.js';

const REQUESTS = Number(process.env['BENCH_LAYER_REQUESTS'] ?? 20_000);
const ROUNDS = Number(process.env['BENCH_LAYER_ROUNDS'] ?? 7);
const CONCURRENCY = 50;
const URL_ = 'http://127.0.0.1:8080/api/v1/subaccounts/bench/messages';

const ANSWER = JSON.stringify({
  umid: 'a7b1c2d3-0000-4000-8000-000000000001',
  clientMessageId: 'bench-1',
  status: { state: 'queued', timestamp: '2026-12-02T10:00:00.000Z' },
  user: { msisdn: '+6580000000' },
});
const answerHeaders = { 'content-type': 'application/json', 'content-length': String(ANSWER.length) };
/** Answers at once, with a real Response whose body is read through a web stream as fetch's would be. */
const stubFetch = async (): Promise<Response> =>
  new Response(ANSWER, { status: 200, headers: answerHeaders });

// Before the library loads: createKyTransport takes globalThis.fetch when it is made.
globalThis.fetch = stubFetch as typeof globalThis.fetch;
const { default: ky } = await import('ky');
const { createClient, createKyTransport, Secret } = await import('../src/index.js');
// Another version's `src/` measured beside this one (bench/fixtures/before-src.ts), after the stub fetch is in place.
const before = await importBeforeSrc();

const messages = textRequests(REQUESTS);

/** When each minor garbage collection (scavenge) began, to be counted over each round's window. */
const scavengeStarts: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
    if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavengeStarts.push(entry.startTime);
  }
}).observe({ entryTypes: ['gc'] });

/** `send` over every message, CONCURRENCY at a time; resolves with how many answers carried a umid. */
function loop(send: (message: (typeof messages)[number]) => Promise<unknown>): Promise<number> {
  return sendConcurrently(messages, CONCURRENCY, send);
}

const headers = { 'content-type': 'application/json', accept: 'application/json' };
const api = ky.create({ retry: 0, headers: { authorization: 'Bearer key', accept: 'application/json' } });
const singleAttempt = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
const transport = createKyTransport();
const authorization = new Secret('Bearer key');
const client = createClient({ apiKey: 'key', subAccountId: 'bench', baseUrl: 'http://127.0.0.1:8080' });
const beforeClient = before?.createClient({
  apiKey: 'key',
  subAccountId: 'bench',
  baseUrl: 'http://127.0.0.1:8080',
});

const contenders: { name: string; run: () => Promise<number>; cpu: number[]; scavenges: number[] }[] = [
  {
    name: 'stub fetch + text() (floor)',
    run: () =>
      loop(async (message) =>
        JSON.parse(await (await fetch(URL_, { body: JSON.stringify(message) })).text()),
      ),
  },
  {
    name: 'ky alone (no retries)',
    run: () =>
      loop(async (message) => {
        const response = await api.post(URL_, { headers, body: JSON.stringify(message) });
        return JSON.parse(await response.text()) as unknown;
      }),
  },
  {
    // What createKyTransport asks of ky per attempt, and nothing of its own: the floor under the transport's row.
    name: 'ky as the transport calls it',
    run: () =>
      loop(async (message) => {
        const body = JSON.stringify(message);
        const response = await singleAttempt(URL_, {
          method: 'POST',
          fetch: () => fetch(URL_, { method: 'POST', headers, body, redirect: 'manual' }),
        });
        return JSON.parse(await response.text()) as unknown;
      }),
  },
  {
    name: 'createKyTransport().send',
    run: () =>
      loop(
        async (message) =>
          (
            await transport.send({
              method: 'POST',
              url: URL_,
              headers,
              authorization,
              body: JSON.stringify(message),
            })
          ).body,
      ),
  },
  {
    name: 'client.sendMany (ky)',
    run: async () => (await client.sendMany(messages, { concurrency: CONCURRENCY })).accepted,
  },
  ...(before === undefined
    ? []
    : [
        {
          name: `client.sendMany (ky), ${BEFORE_SRC}`,
          run: async () => {
            const old = beforeClient!;
            return (await old.sendMany(messages, { concurrency: CONCURRENCY })).accepted;
          },
        },
      ]),
].map((contender) => ({ ...contender, cpu: [] as number[], scavenges: [] as number[] }));

const loadBefore = loadavg().map((l) => l.toFixed(1));
let allAccepted = true;
for (const contender of contenders) await contender.run(); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < contenders.length; i++) {
    const contender = contenders[(i + round) % contenders.length]!;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const accepted = await contender.run();
    const used = process.cpuUsage(cpu);
    const end = performance.now();
    // The observer hears of the last collections a little later.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const collections = scavengeStarts.filter((at) => at >= start && at < end).length;
    contender.cpu.push((used.user + used.system) / REQUESTS);
    contender.scavenges.push((collections * 10_000) / REQUESTS);
    if (accepted !== REQUESTS) allAccepted = false;
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
console.log(
  `\n## The sending layers in one process, a stub fetch answering at once: ${REQUESTS} requests a round, ` +
    `${CONCURRENCY} in flight, ${ROUNDS} interleaved rounds after a warm-up, ${process.version}\n`,
);
console.log(
  '| contender | client CPU µs/request (median) | min–max | ÷ floor | over the row above | scavenges / 10,000 |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const floor = contenders[0]!;
contenders.forEach(({ name, cpu, scavenges: collections }, i) => {
  const ratio = median(cpu.map((value, round) => value / floor.cpu[round]!));
  const previous = contenders[i - 1];
  const added = previous && median(cpu.map((value, round) => value - previous.cpu[round]!));
  const over = added === undefined ? '' : `${added < 0 ? '−' : '+'}${Math.abs(added).toFixed(1)} µs`;
  console.log(
    `| ${name} | ${median(cpu).toFixed(1)} | ${Math.min(...cpu).toFixed(1)}–${Math.max(...cpu).toFixed(1)} ` +
      `| ${ratio.toFixed(2)}× | ${over} | ${median(collections).toFixed(1)} |`,
  );
});
console.log(
  `\nload average (1, 5, 15 min) ${loadBefore.join(' ')} at the start, ` +
    `${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end (cores: ${availableParallelism()})`,
);
if (!allAccepted) {
  console.error('Some requests did not carry a umid: the numbers above do not measure a working run.');
  process.exitCode = 1;
}
