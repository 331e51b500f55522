// The type-checking budget of the message chain, pinned as Kysely pins its attest budgets: ten typical chains
// (test/types/message-budget.ts) may cost the checker at most BUDGET instantiations beyond the baseline of loading
// the library (message-budget-base.ts). A type-level change that makes chains expensive fails here, loudly, with
// the numbers. Instantiation counts are deterministic for one compiler version; check times are not, so they are
// not asserted (see bench/ for times).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'message-budget-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Instantiations TypeScript 7 needs to check one file of test/types (and what it imports) with the root options. */
async function instantiations(file: string): Promise<number> {
  const project = join(scratch, `${file}.json`);
  writeFileSync(
    project,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: {
        noEmit: true,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        typeRoots: [join(root, 'node_modules/@types')],
      },
      include: [],
      files: [join(root, 'test/types', `${file}.ts`)],
    }),
  );
  const { stdout: output } = await promisify(execFile)(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', project, '--extendedDiagnostics', '--singleThreaded'],
    { cwd: root, encoding: 'utf8' },
  );
  const match = /Instantiations:\s+(\d+)/.exec(output);
  if (!match) throw new Error(`no instantiation count in tsc's output:\n${output}`);
  return Number(match[1]);
}

/** Ten typical chains measured 4,787 instantiations on TypeScript 7.0.2: the budget leaves room for small changes. */
const BUDGET = 6000;

describe('message chain: type-checking budget', () => {
  it(`ten typical chains cost at most ${BUDGET} instantiations beyond loading the library`, async () => {
    const [base, withChains, withLiterals] = await Promise.all(
      ['message-budget-base', 'message-budget', 'message-budget-literals'].map(instantiations),
    );
    const chains = withChains! - base!;
    const literals = withLiterals! - base!;
    expect(
      chains,
      `chains cost ${chains} instantiations, the same messages as wire literals ${literals}`,
    ).toBeLessThan(BUDGET);
    // The checker does real work for the chains (a budget of nothing would pass trivially).
    expect(chains).toBeGreaterThan(literals);
  }, 60_000);
});
