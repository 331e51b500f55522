// Type-check cost of builder chains against the same messages written as object literals typed with the wire type.
//
// N varied messages (bench/fixtures/messages.ts) are written twice, each set in its own project checked against
// the library's emitted declarations, as a user's project is: `export const m: MessageBuilder = Message.to(…)…`
// and `export const m: MessageRequestInput = { … }` (the literal is the chain's own build output). A third project
// only imports the library: its cost is subtracted, so the ratio is about the messages. Then the same per kind of
// message, to find a pathological chain.
//
//   npm run bench -- typecheck                     (defaults: 200 messages, 5 rounds)
//   npx tsx bench/typecheck.bench.ts --count 1000 --rounds 5 --compiler tsc
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rangeOf, recordAim } from './fixtures/aims.js';
import {
  type BenchMessage,
  benchMessages,
  builtRequest,
  literalSource,
  MESSAGE_KINDS,
} from './fixtures/messages.js';
import {
  BENCH_TMP,
  type Compiler,
  compilerVersion,
  type Diagnostics,
  emitLibraryDeclarations,
  specifierFrom,
  typecheck,
  typecheckAll,
  writeProject,
} from './fixtures/typecheck.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '8' },
    compiler: { type: 'string', multiple: true, default: ['tsc', 'tsc6'] },
  },
});
const compilers = values.compiler.map((name) => {
  if (name !== 'tsc' && name !== 'tsc6')
    throw new Error(`--compiler is tsc (TypeScript 7) or tsc6, got ${name}`);
  return name;
});
const count = Number(values.count);
const rounds = Number(values.rounds);
// Issue 10's aims: the chains at most 1.4× the instantiations of the same messages as typed wire literals (net of
// the baseline), and no kind of chain more than 100 instantiations per further message beyond its literal.
const AIM_RATIO = 1.4;
const AIM_EACH_MORE_OVER_LITERAL = 100;
if (!(count >= 2 * MESSAGE_KINDS.length) || !(rounds >= 1)) {
  throw new Error(
    `--count must be at least ${2 * MESSAGE_KINDS.length} (two of each kind), --rounds at least 1`,
  );
}

const here = join(BENCH_TMP, 'typecheck');
const library = await emitLibraryDeclarations(join(BENCH_TMP, 'lib'));

type Side = 'baseline' | 'builders' | 'literals';
const BUILDER_IMPORTS = 'Carousel, Interactive, Message, type MessageBuilder, RichCard, Suggestion';

/** The three files; every side sits at the same depth, so one specifier of the library serves them all. */
function sources(from: string, messages: readonly BenchMessage[]): Record<Side, string> {
  const builders = messages.map((m, i) => `export const message${i}: MessageBuilder = ${m.builder};`);
  const literals = messages.map(
    (m, i) => `export const message${i}: MessageRequestInput = ${literalSource(builtRequest(m))};`,
  );
  return {
    baseline: `export { ${BUILDER_IMPORTS}, type MessageRequestInput } from ${from};\n`,
    builders: `import { ${BUILDER_IMPORTS} } from ${from};\n\n${builders.join('\n')}\n`,
    literals: `import type { MessageRequestInput } from ${from};\n\n${literals.join('\n\n')}\n`,
  };
}

function writeSides(
  name: string,
  messages: readonly BenchMessage[],
  composite = false,
): Record<Side, string> {
  const dirs = {} as Record<Side, string>;
  const from = JSON.stringify(specifierFrom(join(here, name, 'baseline'), library));
  for (const [side, text] of Object.entries(sources(from, messages))) {
    const dir = join(here, name, side);
    writeProject(dir, { 'messages.ts': text }, { composite });
    dirs[side as Side] = dir;
  }
  return dirs;
}

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs every side `rounds` times, interleaved; keeps the fastest time and the median of the other counters. */
async function measure(
  compiler: Compiler,
  dirs: Record<Side, string>,
): Promise<Record<Side, Diagnostics> & { readonly runs: Record<Side, Diagnostics[]> }> {
  const runs: Record<Side, Diagnostics[]> = { baseline: [], builders: [], literals: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of Object.keys(runs) as Side[]) runs[side].push(await typecheck(compiler, dirs[side]));
  }
  const result = {} as Record<Side, Diagnostics>;
  for (const [side, list] of Object.entries(runs)) {
    const counts = new Set(list.map((run) => run.instantiations));
    if (compiler === 'tsc' && counts.size > 1)
      console.warn(`  note: ${side} instantiations varied: ${[...counts]}`);
    const keys = Object.keys(list[0]!) as (keyof Diagnostics)[];
    result[side as Side] = Object.fromEntries(
      // Times: the fastest round, the one least disturbed by other work on the machine; the rest: the median.
      keys.map((key) => {
        const values = list.map((run) => run[key]);
        return [key, key.endsWith('Seconds') ? Math.min(...values) : median(values)];
      }),
    ) as unknown as Diagnostics;
  }
  return { ...result, runs };
}

const pad = (text: string, width: number) => text.padStart(width);
const integer = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

interface Row {
  readonly label: string;
  readonly key: keyof Diagnostics;
  readonly format: (n: number) => string;
}
const ROWS: readonly Row[] = [
  { label: 'instantiations', key: 'instantiations', format: integer },
  { label: 'types', key: 'types', format: integer },
  { label: 'check time (ms)', key: 'checkSeconds', format: (n) => integer(n * 1000) },
  { label: 'CPU time (ms)', key: 'cpuSeconds', format: (n) => integer(n * 1000) },
  { label: 'memory (MB)', key: 'memoryKb', format: (n) => (n / 1024).toFixed(1) },
];

function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : pad(cell, widths[i]!))).join('  '),
    )
    .join('\n');
}

/** Totals and their net of the baseline for all N, and the cost of each message beyond one of each kind. */
function table(all: Record<Side, Diagnostics>, few: Record<Side, Diagnostics>, extra: number): string {
  const rows = [
    [
      '',
      'baseline',
      'builders',
      'literals',
      'builders−base',
      'literals−base',
      'ratio',
      'builder/msg',
      'literal/msg',
      'ratio/msg',
    ],
  ];
  for (const { label, key, format } of ROWS) {
    const net = (side: Side) => all[side][key] - all.baseline[key];
    const perMessage = (side: Side) => (all[side][key] - few[side][key]) / extra;
    rows.push([
      label,
      format(all.baseline[key]),
      format(all.builders[key]),
      format(all.literals[key]),
      format(net('builders')),
      format(net('literals')),
      ratio(net('builders'), net('literals')),
      key === 'memoryKb'
        ? `${integer(perMessage('builders'))} KB`
        : perMessage('builders').toFixed(key.endsWith('Seconds') ? 5 : 1),
      key === 'memoryKb'
        ? `${integer(perMessage('literals'))} KB`
        : perMessage('literals').toFixed(key.endsWith('Seconds') ? 5 : 1),
      ratio(perMessage('builders'), perMessage('literals')),
    ]);
  }
  return formatTable(rows);
}

const messages = benchMessages(count, Number(values.seed));
// One message of each kind: what the N messages cost beyond it is the cost per message, without the one-time cost of
// first resolving the library's types (paid by the first message of a project, whatever its size).
const firstOfEach = messages.slice(0, MESSAGE_KINDS.length);
const allDirs = writeSides('all', messages);
const fewDirs = writeSides('one-of-each-kind', firstOfEach);
const extra = messages.length - firstOfEach.length;
const versions = { tsc: await compilerVersion('tsc'), tsc6: await compilerVersion('tsc6') };
console.log(
  `Type-check cost of ${count} messages (${MESSAGE_KINDS.length} kinds): builder chains vs the same messages as ` +
    `MessageRequestInput literals.\nAgainst the library's emitted declarations; ${rounds} runs: fastest time, median counts. ` +
    `"−base" subtracts a project that only imports the library; ratio = builders−base / literals−base.\n` +
    `"/msg": (cost of all ${count} − cost of one message of each kind) / ${extra}, i.e. what one more message ` +
    `costs once the library's types are resolved.\n`,
);
const verdicts: string[] = [];
for (const compiler of compilers) {
  const all = await measure(compiler, allDirs);
  const few = await measure(compiler, fewDirs);
  const label = `TypeScript ${versions[compiler]} (${compiler}${compiler === 'tsc' ? ' --singleThreaded' : ''})`;
  console.log(`${label}\n${table(all, few, extra)}\n`);
  const net = (side: Side, key: keyof Diagnostics) => all[side][key] - all.baseline[key];
  const instantiations = net('builders', 'instantiations') / net('literals', 'instantiations');
  const check = net('builders', 'checkSeconds') / net('literals', 'checkSeconds');
  const cpu = net('builders', 'cpuSeconds') / net('literals', 'cpuSeconds');
  // The aim is on the counts (deterministic); CPU and wall-clock check time are printed beside it, what a user waits.
  const met = instantiations <= AIM_RATIO;
  // Round by round (the counts do not vary, so neither does this: shown to prove it).
  const roundRatios = all.runs.builders.map(
    (run, round) =>
      (run.instantiations - all.runs.baseline[round]!.instantiations) /
      (all.runs.literals[round]!.instantiations - all.runs.baseline[round]!.instantiations),
  );
  recordAim({
    issue: 10,
    id: `typecheck-ratio-${compiler}`,
    measure: `type-check chains ÷ literals (TS ${versions[compiler]})`,
    figure: `${instantiations.toFixed(2)}×`,
    spread: `${rangeOf(roundRatios, 2, '×')} (counts exact)`,
    aim: `≤ ${AIM_RATIO}×`,
    met,
    floor: `the same ${count} messages as typed wire literals, instantiations net of the baseline (chains ${integer(net('builders', 'instantiations'))}, literals ${integer(net('literals', 'instantiations'))})`,
    bench: 'typecheck.bench.ts',
  });
  verdicts.push(
    `${label}: instantiations ${instantiations.toFixed(2)}× (net of the baseline; aim ≤ ${AIM_RATIO}×: ` +
      `${met ? 'MET' : 'NOT MET'}); CPU time ${cpu.toFixed(2)}×, check time ${check.toFixed(2)}×. ` +
      `The ${count} chains: ${integer(net('builders', 'instantiations'))} instantiations, ` +
      `${integer(net('builders', 'checkSeconds') * 1000)} ms check, ${integer(net('builders', 'cpuSeconds') * 1000)} ms CPU; ` +
      `the literals: ${integer(net('literals', 'instantiations'))}, ${integer(net('literals', 'checkSeconds') * 1000)} ms, ` +
      `${integer(net('literals', 'cpuSeconds') * 1000)} ms`,
  );
}
// Per kind (TypeScript 7, counts only): the first message of a kind, and each further one.
const byKind = MESSAGE_KINDS.map((kind) => ({ kind, messages: messages.filter((m) => m.kind === kind) }));
// One `tsc -b` process checks them all, each project with its own checker (same counts as separate runs).
const kindDirs = byKind.flatMap(({ kind, messages: some }) => {
  const many = writeSides(`kind-${kind}`, some, true);
  const one = writeSides(`kind-${kind}-first`, some.slice(0, 1), true);
  return [many.builders, many.literals, one.builders, one.literals];
});
const kindCounts = await typecheckAll(join(here, 'kinds'), kindDirs);
const kindRuns = kindDirs.map((dir) => ({ instantiations: kindCounts.get(dir)! }));
const rows = [
  [
    'kind',
    'messages',
    'builder: first',
    'literal: first',
    'builder: each more',
    'literal: each more',
    'ratio',
  ],
];
const overAim: string[] = [];
let worst = { kind: '', over: Number.NEGATIVE_INFINITY };
byKind.forEach(({ kind, messages: some }, i) => {
  const [manyBuilders, manyLiterals, oneBuilder, oneLiteral] = kindRuns
    .slice(4 * i, 4 * i + 4)
    .map((run) => run.instantiations) as [number, number, number, number];
  const builder = (manyBuilders - oneBuilder) / (some.length - 1);
  const literal = (manyLiterals - oneLiteral) / (some.length - 1);
  if (builder - literal > AIM_EACH_MORE_OVER_LITERAL)
    overAim.push(`${kind} (+${integer(builder - literal)})`);
  if (builder - literal > worst.over) worst = { kind, over: builder - literal };
  rows.push([
    kind,
    String(some.length),
    integer(oneBuilder),
    integer(oneLiteral),
    integer(builder),
    integer(literal),
    literal >= 10 ? ratio(builder, literal) : '—',
  ]);
});
console.log(
  `Per kind: instantiations (TypeScript ${versions.tsc}); "first" includes resolving the library's types once.`,
);
console.log(formatTable(rows));
verdicts.push(
  `Per kind (TypeScript ${versions.tsc}): each more chain at most ${AIM_EACH_MORE_OVER_LITERAL} instantiations beyond ` +
    `its literal: ${overAim.length === 0 ? 'MET' : `NOT MET: ${overAim.join(', ')}`}`,
);
console.log(`\n${verdicts.join('\n')}`);
recordAim({
  issue: 10,
  id: 'typecheck-per-kind',
  measure: 'each more chain beyond its literal, worst kind',
  figure: `+${integer(worst.over)} (${worst.kind})`,
  spread: 'exact (TS 7 counts)',
  aim: `≤ +${AIM_EACH_MORE_OVER_LITERAL}`,
  met: overAim.length === 0,
  floor: `each more literal of the kind, instantiations, ${MESSAGE_KINDS.length} kinds`,
  bench: 'typecheck.bench.ts',
});
