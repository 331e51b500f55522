// Pins what an app carries from the library: each app of the bundle benchmark (bench/fixtures/bundle.ts) bundles for
// the platform-neutral target (no Node built-ins reachable) and stays within its pinned gzipped size. Sizes are
// exact for a given esbuild version, so this is a count, never a time. Re-pin after an intended change with
// UPDATE_BUDGETS=1 npm run test:budget, and commit the diff of bundle-budgets.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version as esbuildVersion } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/fixtures/bundle.js';

const BUDGETS_FILE = join(import.meta.dirname, 'bundle-budgets.json');

interface Pinned {
  readonly esbuild: string;
  readonly apps: Readonly<Record<string, { readonly measured: number; readonly budget: number }>>;
}

/** Room over what was measured: 2 %, at least 200 bytes (a new rule's message, say), so growth is a decision. */
const budgetFor = (measured: number) => Math.max(measured + 200, Math.ceil(measured * 1.02));

describe('bundle budgets', () => {
  it('every app bundles platform-neutral and within its pinned gzipped size', async () => {
    const sizes = await bundleSizes();
    if (process.env['UPDATE_BUDGETS'] === '1') {
      const apps = Object.fromEntries(
        sizes.map((size) => [size.name, { measured: size.gzipped, budget: budgetFor(size.gzipped) }]),
      );
      writeFileSync(BUDGETS_FILE, `${JSON.stringify({ esbuild: esbuildVersion, apps }, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Pinned;
    expect(pinned.esbuild, 'esbuild version changed: re-pin with UPDATE_BUDGETS=1').toBe(esbuildVersion);
    expect(sizes.map((size) => size.name).sort()).toEqual(Object.keys(pinned.apps).sort());
    for (const size of sizes) {
      const { measured, budget } = pinned.apps[size.name]!;
      expect(
        size.gzipped,
        `"${size.name}" is ${size.gzipped} bytes gzipped, over its budget of ${budget} (pinned at ${measured}): ` +
          'find what it newly carries (esbuild --metafile), or re-pin with UPDATE_BUDGETS=1 if intended',
      ).toBeLessThanOrEqual(budget);
      if (size.gzipped < measured * 0.9) {
        console.log(
          `"${size.name}" is ${size.gzipped} bytes, well under ${measured}: re-pin to keep the gain`,
        );
      }
    }
  }, 120_000);
});
