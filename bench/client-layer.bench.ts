// The client's own layer of a send, without HTTP: what `client.sendMany` and `client.sendEach` cost over a transport
// that answers at once from memory (the answer parsed from JSON text, as a transport hands it over), split by loops
// that each do one step more, in one process. CPU time, interleaved rounds (the order rotating), medians and spread.
// With BENCH_BEFORE_SRC (another version's `src/`, see bench/fixtures/before-src.ts) its sendMany and sendEach run in the
// same rounds, and their ratios to this version's are printed.
//
//   npm run bench -- client-layer
//   BENCH_CLIENT_REQUESTS=20000 BENCH_CLIENT_ROUNDS=15 npx tsx bench/client-layer.bench.ts
import { availableParallelism, loadavg } from 'node:os';
import { createClient, parseMessage, SendMessageResponseSchema, safeValidate } from '../src/index.js';
import type { Transport } from '../src/transport/transport.js';
import { rangeOf } from './fixtures/aims.js';
import { BEFORE_SRC, importBeforeSrc } from './fixtures/before-src.js';
import { sendConcurrently } from './fixtures/concurrent.js';
import { median } from './fixtures/rounds.js';
import { textRequests } from './fixtures/text-requests.js';

const REQUESTS = Number(process.env['BENCH_CLIENT_REQUESTS'] ?? 20_000);
const ROUNDS = Number(process.env['BENCH_CLIENT_ROUNDS'] ?? 15);
const CONCURRENCY = 50;
const before = await importBeforeSrc();

let answered = 0;
/** 8x8's answer as text, a fresh umid each time, parsed as a transport parses it. */
function answer() {
  answered++;
  return JSON.parse(
    JSON.stringify({
      umid: `a7b1c2d3-0000-4000-8000-${String(answered).padStart(12, '0')}`,
      clientMessageId: 'bench-1',
      status: { state: 'queued', timestamp: '2026-12-02T10:00:00.000Z' },
      user: { msisdn: '+6580000000' },
    }),
  ) as unknown;
}
const transport: Transport = {
  async send() {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: answer() };
  },
};
const request = (body: string) => transport.send({ body } as Parameters<Transport['send']>[0]);

const messages = textRequests(REQUESTS);

const client = createClient({ apiKey: 'key', subAccountId: 'bench', transport });
const beforeClient = before?.createClient({ apiKey: 'key', subAccountId: 'bench', transport });
const loop = (send: (message: (typeof messages)[number]) => Promise<unknown>) =>
  sendConcurrently(messages, CONCURRENCY, send);

const ways: Record<string, () => Promise<unknown>> = {
  'stringify, the transport answering (the floor)': () =>
    loop(async (message) => (await request(JSON.stringify(message))).body),
  '+ parseMessage of the request': () =>
    loop(async (message) => (await request(JSON.stringify(parseMessage(message)))).body),
  '+ the answer checked': () =>
    loop(async (message) => {
      const checked = safeValidate(
        SendMessageResponseSchema,
        (await request(JSON.stringify(parseMessage(message)))).body,
      );
      return checked.success ? checked.output : undefined;
    }),
  'client.trySend in a plain loop': () => loop((message) => client.trySend(message)),
  'client.sendEach': async () => {
    for await (const outcome of client.sendEach(messages, { concurrency: CONCURRENCY })) {
      if (!outcome.ok) throw outcome.error;
    }
  },
  'client.sendMany': async () => client.sendMany(messages, { concurrency: CONCURRENCY }),
  ...(beforeClient === undefined
    ? {}
    : {
        [`client.sendEach, ${BEFORE_SRC}`]: async () => {
          for await (const outcome of beforeClient.sendEach(messages, { concurrency: CONCURRENCY })) {
            if (!outcome.ok) throw outcome.error;
          }
        },
        [`client.sendMany, ${BEFORE_SRC}`]: async () =>
          beforeClient.sendMany(messages, { concurrency: CONCURRENCY }),
      }),
};

const names = Object.keys(ways);
const loadBefore = loadavg().map((l) => l.toFixed(1));
for (const name of names) await ways[name]!(); // warm-up
const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let turn = 0; turn < names.length; turn++) {
    const name = names[(round + turn) % names.length]!;
    const cpu = process.cpuUsage();
    await ways[name]!();
    const used = process.cpuUsage(cpu);
    samples[name]!.push((used.user + used.system) / REQUESTS);
  }
}

console.log(
  `\n## The client layer: ${REQUESTS} plain text requests a round over an in-memory transport, ${CONCURRENCY} in ` +
    `flight, ${ROUNDS} interleaved rounds after a warm-up, ${process.version}\n`,
);
console.log('| way | CPU µs/message (median) | min–max |');
console.log('| --- | ---: | ---: |');
for (const name of names) {
  console.log(`| ${name} | ${median(samples[name]!).toFixed(2)} | ${rangeOf(samples[name]!, 2)} |`);
}
if (beforeClient !== undefined) {
  // Round by round, this version over the other.
  for (const way of ['client.sendMany', 'client.sendEach']) {
    const ratios = samples[way]!.map((value, round) => value / samples[`${way}, ${BEFORE_SRC}`]![round]!);
    console.log(
      `\n${way}: this version ÷ ${BEFORE_SRC} ${median(ratios).toFixed(3)}× (rounds ${rangeOf(ratios, 3, '×')})`,
    );
  }
}
console.log(
  `\nload average (1, 5, 15 min) ${loadBefore.join(' ')} at the start, ` +
    `${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end (cores: ${availableParallelism()})`,
);
