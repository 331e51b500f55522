// Type-check budgets: how many type instantiations TypeScript 7 needs for a few typical chains (test/budget/chains),
// pinned in budgets.json so a type-level regression fails here, loudly, instead of slowing every user's editor.
//
// Each chain is checked as a user's project checks it: against the library's emitted declarations, as its own
// project (one `tsc -b --extendedDiagnostics --singleThreaded` builds them all, each with its own checker:
// deterministic counts; time is never asserted). Every project also holds primer.ts, one plain chain and one wire literal, so a chain's count is what it costs beyond resolving the
// types every message shares; the primer's own count is pinned too.
//
// To re-pin after an intended change: UPDATE_BUDGETS=1 npm run test:budget, then commit test/budget/budgets.json.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BENCH_TMP,
  compilerVersion,
  emitLibraryDeclarations,
  specifierFrom,
  typecheckAll,
  writeProject,
} from '../../bench/fixtures/typecheck.js';

interface Budget {
  /** Instantiations measured when the budget was pinned. */
  readonly measured: number;
  /** The most this chain may cost. */
  readonly budget: number;
}
interface BudgetFile {
  readonly typescript: string;
  readonly headroom: string;
  readonly update: string;
  readonly budgets: Readonly<Record<string, Budget>>;
}

const here = new URL('.', import.meta.url).pathname;
const chainsDir = join(here, 'chains');
const budgetsPath = join(here, 'budgets.json');
const PRIMER = 'primer';
/** Headroom over the measured count: 15 %, and never less than 50 instantiations. */
const withHeadroom = (measured: number): number => Math.max(Math.ceil(measured * 1.15), measured + 50);
const SOURCE_IMPORT = `'../../../src/index.js'`;

const chains = readdirSync(chainsDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();
const pinned = JSON.parse(readFileSync(budgetsPath, 'utf8')) as BudgetFile;
const update = process.env['UPDATE_BUDGETS'] === '1';
// Per process: several test runs may share this working tree.
const work = join(BENCH_TMP, `budget-${process.pid}`);

/** primer.ts: the types every message shares (the chain root, MessageBuilder, the wire request type). */
const primer = (from: string) =>
  [
    `import { Message, type MessageBuilder, type MessageRequestInput } from ${from};`,
    `export const primerChain: MessageBuilder = Message.to('+6591234567').text('Hi');`,
    `export const primerLiteral: MessageRequestInput = { user: { msisdn: '+6591234567' }, type: 'text', content: { text: 'Hi' } };`,
    '',
  ].join('\n');

let measured: Record<string, number> = {};
let version = '';

beforeAll(async () => {
  version = await compilerVersion('tsc');
  const library = await emitLibraryDeclarations(join(work, 'lib'));
  const project = (name: string, chain: string | undefined) => {
    const dir = join(work, name);
    const from = `'${specifierFrom(dir, library)}'`;
    const files: Record<string, string> = { 'primer.ts': primer(from) };
    if (chain !== undefined) {
      const source = readFileSync(join(chainsDir, `${chain}.ts`), 'utf8');
      if (!source.includes(SOURCE_IMPORT)) throw new Error(`${chain}.ts must import from ${SOURCE_IMPORT}`);
      files[`${chain}.ts`] = source.replaceAll(SOURCE_IMPORT, from);
    }
    writeProject(dir, files, { composite: true });
    return dir;
  };
  const dirs = [project(PRIMER, undefined), ...chains.map((chain) => project(chain, chain))];
  const counts = await typecheckAll(work, dirs);
  const primerCount = counts.get(dirs[0]!)!;
  measured = { [PRIMER]: primerCount };
  chains.forEach((chain, i) => {
    measured[chain] = counts.get(dirs[i + 1]!)! - primerCount;
  });
  if (update) {
    const budgets = Object.fromEntries(
      Object.entries(measured).map(([name, count]) => [
        name,
        { measured: count, budget: withHeadroom(count) },
      ]),
    );
    const file: BudgetFile = { ...pinned, typescript: version, budgets };
    writeFileSync(budgetsPath, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`budgets.json re-pinned on TypeScript ${version}:`, measured);
  }
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('type-check instantiation budgets (TypeScript 7, tsc --singleThreaded)', () => {
  it('has a budget for every chain and a chain for every budget', () => {
    expect(Object.keys(update ? measured : pinned.budgets).sort()).toEqual([PRIMER, ...chains].sort());
  });

  it.each([PRIMER, ...chains])('%s stays within its pinned budget', (name) => {
    const count = measured[name];
    const pin = (update ? JSON.parse(readFileSync(budgetsPath, 'utf8')) : pinned).budgets[name] as
      | Budget
      | undefined;
    expect(count, `${name} was not measured`).toBeTypeOf('number');
    if (pin === undefined) throw new Error(`${name} has no budget: run UPDATE_BUDGETS=1 npm run test:budget`);
    const versionNote =
      version === pinned.typescript ? '' : ` (pinned on TypeScript ${pinned.typescript}, now ${version})`;
    if (count! > pin.budget) {
      throw new Error(
        `${name}: ${count} type instantiations, over its budget of ${pin.budget} ` +
          `(pinned at ${pin.measured}, +${(((count! - pin.measured) / pin.measured) * 100).toFixed(0)} %)${versionNote}.\n` +
          'A type-level change made this chain costlier to check. Find the hot signature with ' +
          '`npx tsc -p <project> --generateTrace <dir>` (see bench/README.md); if the cost is intended, re-pin with ' +
          '`UPDATE_BUDGETS=1 npm run test:budget` and commit test/budget/budgets.json.',
      );
    }
    if (count !== pin.measured) console.info(`${name}: ${count} instantiations (pinned at ${pin.measured})`);
    if (count! < pin.measured * 0.7) {
      console.warn(
        `${name}: ${count} instantiations, well under the ${pin.measured} pinned${versionNote}: ` +
          're-pin (UPDATE_BUDGETS=1 npm run test:budget) so the gain is kept.',
      );
    }
  });
});
