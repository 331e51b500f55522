// Where the instantiations of a template registry go (issue 15): the projects of template-registry.bench.ts (30
// template chains, a registry of 500 templates) checked by a copy of TypeScript 6's compiler that records, for every
// instantiation it counts, the node being checked and what was instantiated. Each instantiation is put on the chain
// step whose call contains that node (`.template(…)`, `.header(…)`, …) and on its kind (a type parameter substituted,
// a conditional type, an indexed access, a type reference, …). Counts only, so one run is exact (TypeScript 7 counts
// the same: test/budget/template-registry.test.ts pins both). Also what is fixed and what is per chain: the chains
// checked one and thirty at a time, with a registry of 500 templates and with one of only the templates they name.
//
//   npm run bench -- template-registry-breakdown
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateRegistryFromList } from '../src/templates/list.js';
import { renderTemplateRegistry } from '../src/templates/render.js';
import { largeTemplateList, thirtyChains } from './fixtures/template-registry.js';
import {
  BENCH_TMP,
  emitLibraryDeclarations,
  ROOT,
  specifierFrom,
  writeProject,
} from './fixtures/typecheck.js';

const here = join(BENCH_TMP, 'template-registry-breakdown');
rmSync(here, { recursive: true, force: true });
const library = await emitLibraryDeclarations(join(here, 'lib'));

// The counting compiler: TypeScript 6's own, with one statement added where it counts an instantiation.
const compilerDir = join(ROOT, 'node_modules', '@typescript', 'old', 'lib');
const counting = join(here, 'tsc');
mkdirSync(counting, { recursive: true });
for (const name of readdirSync(compilerDir).filter((n) => /^lib\..*\.d\.ts$/.test(n)))
  copyFileSync(join(compilerDir, name), join(counting, name));
const COUNTED = '    totalInstantiationCount++;\n';
const source = readFileSync(join(compilerDir, '_tsc.js'), 'utf8');
if (source.split(COUNTED).length !== 2)
  throw new Error(`TypeScript 6 changed: no single "${COUNTED.trim()}"`);
const RECORD = `    globalThis.__counted?.push([currentNode && getSourceFileOfNode(currentNode).fileName, currentNode ? currentNode.end : -1, (type.flags & 524288) ? 'type parameter ' + (type.symbol ? type.symbol.escapedName : '') : (type.flags & 67108864) ? 'conditional type' : (type.flags & 33554432) ? 'indexed access' : (type.flags & 402653184) ? 'union or intersection' : (type.objectFlags & 4) ? 'type reference' : (type.flags & 1048576) ? 'object type' : 'other']);\n`;
writeFileSync(
  join(counting, '_tsc.cjs'),
  `globalThis.__counted = [];\nprocess.on('exit', () => require('fs').writeFileSync(process.env.COUNTED_TO, JSON.stringify(globalThis.__counted)));\n${source.replace(COUNTED, COUNTED + RECORD)}`,
);

type Counted = [file: string | undefined, end: number, kind: string];

function check(dir: string): Counted[] {
  const out = join(dir, 'counted.json');
  execFileSync(process.execPath, [join(counting, '_tsc.cjs'), '-p', join(dir, 'tsconfig.json')], {
    env: { ...process.env, COUNTED_TO: out },
  });
  return JSON.parse(readFileSync(out, 'utf8')) as Counted[];
}

const list = largeTemplateList();
const registryFile = (from: string, keep: (name: string) => boolean) =>
  renderTemplateRegistry(
    templateRegistryFromList({ templates: list.templates.filter((t) => keep(String(t['templateName']))) }),
    { module: from },
  );
const chainsText = thirtyChains(`'${specifierFrom(join(here, 'p'), library)}'`);
const chainLines = chainsText.split('\n').filter((line) => line.startsWith('  Message.'));
const named = new Set(chainLines.map((line) => /template\('([^']+)'/.exec(line)![1]!));
const withChains = (count: number) =>
  chainsText
    .split('\n')
    .filter((line) => !line.startsWith('  Message.') || chainLines.indexOf(line) < count)
    .join('\n');

function project(name: string, chains: string, registry: 'none' | 'named' | 'all'): string {
  const dir = join(here, name);
  const from = specifierFrom(dir, library);
  const files: Record<string, string> = { 'chains.ts': chains };
  if (registry !== 'none')
    files['whatsapp-templates.generated.ts'] = registryFile(
      from,
      registry === 'all' ? () => true : (n) => named.has(n),
    );
  writeProject(dir, files);
  return dir;
}

const [load1] = (await import('node:os')).loadavg();
console.log(`template registry breakdown: TypeScript 6 counting, load average ${load1!.toFixed(2)}\n`);

// Fixed and per chain.
console.log('instantiations             no registry   registry of the named templates   registry of 500');
for (const count of [0, 1, 30]) {
  const row = (['none', 'named', 'all'] as const).map(
    (r) => check(project(`n${count}-${r}`, withChains(count), r)).length,
  );
  console.log(
    `${`${count} chains`.padEnd(27)}${String(row[0]).padStart(11)}${String(row[1]).padStart(34)}${String(row[2]).padStart(18)}`,
  );
}

/** The chain step of the call whose node ends at `end` in chains.ts ('the array' outside a chain). */
function stepAt(end: number): string {
  const lineStart = chainsText.lastIndexOf('\n', end - 1) + 1;
  const line = chainsText.slice(lineStart, chainsText.indexOf('\n', lineStart));
  if (!line.startsWith('  Message.')) return '(the array of MessageBuilder)';
  let step = '(the array of MessageBuilder)';
  for (const match of line.matchAll(/\.([a-zA-Z]+)\(/g))
    if (match.index! <= end - 1 - lineStart) step = match[1]!;
  return `.${step}(…)`;
}

const calls = new Map<string, number>();
for (const line of chainLines)
  for (const match of line.matchAll(/\.([a-zA-Z]+)\(/g))
    calls.set(`.${match[1]}(…)`, (calls.get(`.${match[1]}(…)`) ?? 0) + 1);

const sides = {
  without: check(project('without', chainsText, 'none')),
  with: check(project('with', chainsText, 'all')),
};
const bySide = Object.fromEntries(
  Object.entries(sides).map(([side, counted]) => {
    const steps = new Map<string, number>();
    const kinds = new Map<string, number>();
    for (const [file, end, kind] of counted) {
      const step = file?.endsWith('chains.ts') ? stepAt(end) : '(elsewhere)';
      steps.set(step, (steps.get(step) ?? 0) + 1);
      const k = kind.startsWith('type parameter') ? 'type parameter substituted' : kind;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    return [side, { total: counted.length, steps, kinds, counted }];
  }),
);

console.log('\nby chain step (30 chains)       calls   without   a call      with   a call   share of with');
const stepNames = [...new Set([...bySide['with']!.steps.keys(), ...bySide['without']!.steps.keys()])].sort(
  (a, b) => (bySide['with']!.steps.get(b) ?? 0) - (bySide['with']!.steps.get(a) ?? 0),
);
for (const step of stepNames) {
  const n = calls.get(step) ?? 0;
  const w = bySide['with']!.steps.get(step) ?? 0;
  const wo = bySide['without']!.steps.get(step) ?? 0;
  const per = (x: number) => (n === 0 ? '' : (x / n).toFixed(1));
  console.log(
    `${step.padEnd(30)}${String(n || '').padStart(7)}${String(wo).padStart(10)}${per(wo).padStart(9)}${String(w).padStart(10)}${per(w).padStart(9)}${`${((100 * w) / bySide['with']!.total).toFixed(1)} %`.padStart(16)}`,
  );
}
console.log(
  `${'total'.padEnd(37)}${String(bySide['without']!.total).padStart(10)}${String(bySide['with']!.total).padStart(19)}`,
);

console.log('\nby kind                          without      with');
const kindNames = [...bySide['with']!.kinds.keys()].sort(
  (a, b) => bySide['with']!.kinds.get(b)! - bySide['with']!.kinds.get(a)!,
);
for (const kind of kindNames)
  console.log(
    `${kind.padEnd(30)}${String(bySide['without']!.kinds.get(kind) ?? 0).padStart(10)}${String(bySide['with']!.kinds.get(kind)).padStart(10)}`,
  );
const parameters = new Map<string, number>();
for (const [, , kind] of bySide['with']!.counted)
  if (kind.startsWith('type parameter '))
    parameters.set(kind.slice(15), (parameters.get(kind.slice(15)) ?? 0) + 1);
console.log(
  `type parameters substituted, with: ${[...parameters]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([n, c]) => `${n || '(anonymous)'} ${c}`)
    .join(', ')}`,
);
