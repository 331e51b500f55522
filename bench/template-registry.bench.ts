// What a template registry costs the user's type check: a file of 30 template chains checked with a registry of
// 500 templates (bench/fixtures/template-registry.ts) against the same file without one, as a user's project is
// (against the library's emitted declarations). Issue 15's aim is at most 1.5× for the registry. Reported per
// compiler: instantiations (deterministic), and the medians over the rounds of the check time (`Check time` of
// --extendedDiagnostics), the whole run's time and its CPU time (user + system), which is what the user waits for.
// A third project, the registry file alone (no chains), shows what the registry costs before any chain reads it.
//
//   npm run bench -- template-registry                     (defaults: 7 rounds, tsc and tsc6)
//   npx tsx bench/template-registry.bench.ts --rounds 3 --compiler tsc
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { largeRegistryFile, thirtyChains } from './fixtures/template-registry.js';
import {
  BENCH_TMP,
  type Compiler,
  compilerVersion,
  type Diagnostics,
  emitLibraryDeclarations,
  specifierFrom,
  typecheck,
  writeProject,
} from './fixtures/typecheck.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    compiler: { type: 'string', multiple: true, default: ['tsc', 'tsc6'] },
  },
});
const compilers = values.compiler.map((name) => {
  if (name !== 'tsc' && name !== 'tsc6')
    throw new Error(`--compiler is tsc (TypeScript 7) or tsc6, got ${name}`);
  return name as Compiler;
});
const rounds = Number(values.rounds);
if (!(rounds >= 1)) throw new Error('--rounds must be at least 1');
const TARGET_RATIO = 1.5;

const here = join(BENCH_TMP, 'template-registry');
const library = await emitLibraryDeclarations(join(here, 'lib'));

type Side = 'without' | 'with' | 'registryOnly';
const SIDES: readonly Side[] = ['without', 'with', 'registryOnly'];
const dirs = Object.fromEntries(
  SIDES.map((side) => {
    const dir = join(here, side);
    const from = specifierFrom(dir, library);
    const files: Record<string, string> = {};
    if (side !== 'registryOnly') files['chains.ts'] = thirtyChains(`'${from}'`);
    else files['chains.ts'] = `import { Message } from '${from}';\nexport const m = Message;\n`;
    if (side !== 'without') files['whatsapp-templates.generated.ts'] = largeRegistryFile(from);
    writeProject(dir, files);
    return [side, dir];
  }),
) as Record<Side, string>;

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Summary {
  readonly instantiations: number;
  readonly types: number;
  readonly checkSeconds: number;
  readonly totalSeconds: number;
  readonly cpuSeconds: number;
}

function summarize(runs: readonly Diagnostics[]): Summary {
  return {
    instantiations: runs[0]!.instantiations,
    types: runs[0]!.types,
    checkSeconds: median(runs.map((r) => r.checkSeconds)),
    totalSeconds: median(runs.map((r) => r.totalSeconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
  };
}

const [load1] = (await import('node:os')).loadavg();
console.log(
  `template registry: 500 templates, 30 chains, ${rounds} rounds, load average ${load1!.toFixed(2)}`,
);
for (const compiler of compilers) {
  const version = await compilerVersion(compiler);
  const runs: Record<Side, Diagnostics[]> = { without: [], with: [], registryOnly: [] };
  // Interleaved, so a change of load on the machine falls on every side alike.
  for (let round = 0; round < rounds; round++) {
    for (const side of SIDES) runs[side].push(await typecheck(compiler, dirs[side]));
  }
  const s = Object.fromEntries(SIDES.map((side) => [side, summarize(runs[side])])) as Record<Side, Summary>;
  const ratio = (field: keyof Summary) => (s.with[field] / s.without[field]).toFixed(2);
  const label = compiler === 'tsc' ? `TypeScript ${version} --singleThreaded` : `TypeScript ${version}`;
  console.log(`\n${label} (medians of ${rounds})`);
  console.log('                    without       with   registry only   with ÷ without');
  const row = (name: string, field: keyof Summary, digits: number) =>
    console.log(
      `${name.padEnd(16)}${s.without[field].toFixed(digits).padStart(11)}${s.with[field].toFixed(digits).padStart(11)}` +
        `${s.registryOnly[field].toFixed(digits).padStart(16)}${`${ratio(field)}×`.padStart(17)}`,
    );
  row('instantiations', 'instantiations', 0);
  row('types', 'types', 0);
  row('check time (s)', 'checkSeconds', 3);
  row('total time (s)', 'totalSeconds', 2);
  row('CPU time (s)', 'cpuSeconds', 2);
  console.log(`aim: at most ${TARGET_RATIO}× with ÷ without`);
}
