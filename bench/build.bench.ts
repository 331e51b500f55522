// Runtime cost of the builders: the same N messages (bench/fixtures/messages.ts) sent three ways, in one process:
//   chain + build + stringify   write the chain, `.build()` (validates with the wire schemas), JSON.stringify
//   build + stringify           `.build()` and JSON.stringify a chain written once (a reused template)
//   literal + parse + stringify write the object literal, `parseMessage` (the same schemas), JSON.stringify
// The literal is the chain's own build output, so all three produce the same JSON (checked before timing).
// Each round runs every way over all N messages for a fixed time, the ways interleaved; the median round counts.
//
//   npm run bench -- build                         (defaults: 200 messages, 9 rounds of 250 ms per way)
//   npx tsx bench/build.bench.ts --count 500 --rounds 15 --ms 400
import { parseArgs } from 'node:util';
import { parseMessage } from '../src/wire/index.js';
import {
  benchMessages,
  builtRequest,
  chainFunction,
  literalSource,
  MESSAGE_KINDS,
} from './fixtures/messages.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '9' },
    ms: { type: 'string', default: '250' },
    seed: { type: 'string', default: '8' },
  },
});
const count = Number(values.count);
const rounds = Number(values.rounds);
const roundMs = Number(values.ms);
if (!(count >= 1 && rounds >= 1 && roundMs > 0))
  throw new Error('--count, --rounds and --ms must be positive');

interface Case {
  readonly kind: string;
  readonly chain: () => { build(): unknown };
  readonly built: { build(): unknown };
  readonly literal: () => unknown;
}

const cases: Case[] = benchMessages(count, Number(values.seed)).map((message) => {
  const chain = chainFunction(message.builder);
  const literal = new Function(`return () => (${literalSource(builtRequest(message))});`)() as () => unknown;
  return { kind: message.kind, chain, built: chain(), literal };
});

type Way = (item: Case) => string;
const WAYS: Readonly<Record<string, Way>> = {
  'chain + build + stringify': (item) => JSON.stringify(item.chain().build()),
  'build + stringify': (item) => JSON.stringify(item.built.build()),
  'literal + parse + stringify': (item) => JSON.stringify(parseMessage(item.literal())),
};
const names = Object.keys(WAYS);
const LITERAL = 'literal + parse + stringify';

// Like with like: every way writes the same JSON for every message.
for (const item of cases) {
  const outputs = new Set(names.map((name) => WAYS[name]!(item)));
  if (outputs.size !== 1)
    throw new Error(`the ways disagree on a ${item.kind} message:\n${[...outputs].join('\n')}`);
}

let sink = 0; // every result's length is added here and printed, so no work can be optimised away

/** Messages per second of `way` over `items`, running whole passes for about `ms` milliseconds. */
function throughput(way: Way, items: readonly Case[], ms: number): number {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const item of items) sink += way(item).length;
    done += items.length;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (done / elapsed) * 1000;
}

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The median throughput of every way over `items`, rounds interleaved so drift hits every way alike. */
function measure(items: readonly Case[], roundCount: number, ms: number): Record<string, number> {
  for (const name of names) throughput(WAYS[name]!, items, Math.min(ms, 200)); // warm-up
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < roundCount; round++) {
    for (const name of names) samples[name]!.push(throughput(WAYS[name]!, items, ms));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name]!)]));
}

function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}

const perSecond = (n: number) => Math.round(n).toLocaleString('en-US');
const micros = (n: number) => (1e6 / n).toFixed(1);

console.log(
  `Runtime cost of ${count} messages (${MESSAGE_KINDS.length} kinds), Node ${process.version}: median of ${rounds} ` +
    `rounds of ${roundMs} ms per way; ratio = time per message / literal + parse + stringify.\n`,
);
const overall = measure(cases, rounds, roundMs);
const rows = [['', 'messages/s', 'µs/message', 'ratio']];
for (const name of names) {
  rows.push([
    name,
    perSecond(overall[name]!),
    micros(overall[name]!),
    `${(overall[LITERAL]! / overall[name]!).toFixed(2)}×`,
  ]);
}
console.log(`${formatTable(rows)}\n`);

const kindRows = [['kind (µs/message)', 'chain+build', 'build', 'literal+parse', 'ratio chain+build']];
for (const kind of MESSAGE_KINDS) {
  const some = cases.filter((item) => item.kind === kind);
  const result = measure(some, 5, Math.max(50, roundMs / 2));
  kindRows.push([
    kind,
    micros(result[names[0]!]!),
    micros(result[names[1]!]!),
    micros(result[LITERAL]!),
    `${(result[LITERAL]! / result[names[0]!]!).toFixed(2)}×`,
  ]);
}
console.log(formatTable(kindRows));
console.log(`\n(checksum ${sink})`);
