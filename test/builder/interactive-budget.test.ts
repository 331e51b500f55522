// The type-checking budget of the content-part builders, pinned like the message chain's (message-budget.test.ts):
// ten typical parts (test/types/interactive-budget.ts) may cost the checker at most BUDGET instantiations beyond the
// baseline of loading the library (interactive-budget-base.ts). Counts are deterministic for one compiler version;
// times are not, so they are not asserted.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parts-budget-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Instantiations TypeScript 7 needs to check one file of test/types (and its imports) with the root options. */
async function instantiationsOf(file: string): Promise<number> {
  const project = join(scratch, `${file}.json`);
  const options = { noEmit: true, declaration: false, declarationMap: false, sourceMap: false };
  const typeRoots = [join(root, 'node_modules/@types')];
  writeFileSync(
    project,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { ...options, typeRoots },
      include: [],
      files: [join(root, 'test/types', `${file}.ts`)],
    }),
  );
  const tsc = join(root, 'node_modules/.bin/tsc');
  const args = ['-p', project, '--extendedDiagnostics', '--singleThreaded'];
  const { stdout } = await promisify(execFile)(tsc, args, { cwd: root, encoding: 'utf8' });
  const count = /Instantiations:\s+(\d+)/.exec(stdout)?.[1];
  if (count === undefined) throw new Error(`tsc printed no instantiation count:\n${stdout}`);
  return Number(count);
}

/**
 * Ten typical parts measured 2,794 instantiations on TypeScript 7.0.2 (the same parts as wire literals: 460), about
 * 1,100 for the builders' stages and 1,700 for the compile-time length checks of their ~20 literal labels; the budget
 * leaves room for small changes.
 */
const BUDGET = 3500;

describe('content parts: type-checking budget', () => {
  it(`ten typical parts cost at most ${BUDGET} instantiations beyond loading the library`, async () => {
    const [base, withParts, withLiterals] = await Promise.all(
      ['interactive-budget-base', 'interactive-budget', 'interactive-budget-literals'].map(instantiationsOf),
    );
    const parts = withParts! - base!;
    const literals = withLiterals! - base!;
    expect(
      parts,
      `parts cost ${parts} instantiations, the same parts as wire literals ${literals}`,
    ).toBeLessThan(BUDGET);
    // The checker does real work for the builders (a budget of nothing would pass trivially).
    expect(parts).toBeGreaterThan(literals);
  }, 60_000);
});
