// Pins what an app carries from the library: each app of the bundle benchmark (bench/fixtures/bundle.ts) bundles for
// the platform-neutral target (no Node built-ins reachable) and stays within its pinned gzipped sizes, what it
// loads at start and all its chunks (what it may load on demand too). Sizes are
// exact for a given esbuild version, so this is a count, never a time. Re-pin after an intended change with
// UPDATE_BUDGETS=1 npm run test:budget, and commit the diff of bundle-budgets.json.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version as esbuildVersion } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_APPS,
  type BundleSize,
  bundleApp,
  bundleSizes,
  writeChunks,
} from '../../bench/fixtures/bundle.js';

const BUDGETS_FILE = join(import.meta.dirname, 'bundle-budgets.json');

interface Pinned {
  readonly esbuild: string;
  readonly apps: Readonly<
    Record<
      string,
      {
        readonly measured: number;
        readonly budget: number;
        readonly measuredAllChunks: number;
        readonly budgetAllChunks: number;
      }
    >
  >;
}

/** Room over what was measured: 2 %, at least 200 bytes (a new rule's message, say), so growth is a decision. */
const budgetFor = (measured: number) => Math.max(measured + 200, Math.ceil(measured * 1.02));

let measured: Promise<BundleSize[]> | undefined;
/** The apps are bundled once for all the tests of this file. */
const sizesOnce = () => {
  measured ??= bundleSizes();
  return measured;
};

describe('bundle budgets', () => {
  it('every app bundles platform-neutral and within its pinned gzipped size', async () => {
    const sizes = await sizesOnce();
    if (process.env['UPDATE_BUDGETS'] === '1') {
      const apps = Object.fromEntries(
        sizes.map((size) => [
          size.name,
          {
            measured: size.gzipped,
            budget: budgetFor(size.gzipped),
            measuredAllChunks: size.gzippedAllChunks,
            budgetAllChunks: budgetFor(size.gzippedAllChunks),
          },
        ]),
      );
      writeFileSync(BUDGETS_FILE, `${JSON.stringify({ esbuild: esbuildVersion, apps }, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Pinned;
    expect(pinned.esbuild, 'esbuild version changed: re-pin with UPDATE_BUDGETS=1').toBe(esbuildVersion);
    expect(sizes.map((size) => size.name).sort()).toEqual(Object.keys(pinned.apps).sort());
    for (const size of sizes) {
      const pin = pinned.apps[size.name]!;
      const checks = [
        ['loaded at start', size.gzipped, pin.measured, pin.budget],
        ['all chunks', size.gzippedAllChunks, pin.measuredAllChunks, pin.budgetAllChunks],
      ] as const;
      for (const [what, gzipped, measured, budget] of checks) {
        expect(
          gzipped,
          `"${size.name}" (${what}) is ${gzipped} bytes gzipped, over its budget of ${budget} (pinned at ${measured}): ` +
            'find what it newly carries (npm run bench -- bundle --modules), or re-pin with UPDATE_BUDGETS=1 if intended',
        ).toBeLessThanOrEqual(budget);
        if (gzipped < measured * 0.9) {
          console.log(
            `"${size.name}" (${what}) is ${gzipped} bytes, well under ${measured}: re-pin to keep the gain`,
          );
        }
      }
    }
  }, 120_000);

  it('a text-only app carries the schemas of no other content (parseMessage carries them all)', async () => {
    const sizes = await sizesOnce();
    const sourcesOf = (name: string) => sizes.find((size) => size.name === name)!.sources;
    // The schemas of the content parts come with the part builders; the template step is on every chain.
    const PART_SCHEMAS = ['src/wire/interactive.ts', 'src/wire/rcs.ts'];
    expect(sourcesOf('builder only')).not.toContain(PART_SCHEMAS[0]);
    expect(sourcesOf('builder only')).not.toContain(PART_SCHEMAS[1]);
    expect(sourcesOf('parseMessage only')).toEqual(expect.arrayContaining(PART_SCHEMAS));
  }, 120_000);

  it('a text-only app carries only the groups of LIMITS it reads, and no RCS-only primitive', async () => {
    const dir = join(import.meta.dirname, '..', '..', '.bench-tmp', `bundle-limits-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const codeOf = async (name: string) => {
        const entry = join(dir, `${name.replace(/\W+/g, '-')}.ts`);
        writeFileSync(entry, BUNDLE_APPS.find((app) => app.name === name)!.source);
        const { chunks } = await bundleApp(entry, name);
        return chunks.map((chunk) => new TextDecoder().decode(chunk.code)).join('\n');
      };
      // Property names and sentences survive minification: a key of LIMITS.rcs, and e164's rule (RCS's dial action).
      const RCS_ONLY = ['postbackDataMaxLength', 'must be an E.164 phone number'];
      const text = await codeOf('builder only');
      const all = await codeOf('parseMessage only');
      for (const marker of RCS_ONLY) {
        expect(text, `"builder only" carries ${marker}`).not.toContain(marker);
        expect(all, `"parseMessage only" lacks ${marker}`).toContain(marker);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a bundled chain checks a part with the schema its builder brings, and refuses one it cannot check', async () => {
    const dir = join(import.meta.dirname, '..', '..', '.bench-tmp', `bundle-run-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const run = async (name: string, source: string) => {
        const entry = join(dir, `${name}.ts`);
        writeFileSync(entry, source);
        const { chunks, modules } = await bundleApp(entry, name);
        const out = join(dir, `${name}-out`);
        writeChunks(out, chunks);
        // The chunks are ES modules: a package.json says so to Node.
        writeFileSync(join(out, 'package.json'), '{"type":"module"}');
        const main = chunks.find((chunk) => chunk.entry)!;
        const { outcome } = (await import(pathToFileURL(join(out, main.file)).href)) as { outcome: unknown };
        const sources = modules
          .filter((module) => module.path.startsWith('src/'))
          .map((module) => module.path);
        return { outcome, sources };
      };
      const issuesOf = `(build) => { try { return build().type; } catch (error) { return error.issues; } }`;
      const card = (title: string) => `(c) => c.title('${title}').media('https://example.com/${title}.png')`;
      const withBuilder = await run(
        'with-builder',
        `import { Carousel, Message } from '8x8-chatapps';
const part = Carousel.medium().card(${card('a')}).card(${card('b')});
export const outcome = (${issuesOf})(() => Message.to('+6591234567').rcs().carousel(part).build());`,
      );
      expect(withBuilder.sources).toContain('src/wire/rcs.ts');
      expect(withBuilder.outcome).toBe('carousel');
      // From JavaScript, a hand-made part in an app that bundles no carousel schema: refused, never sent unchecked.
      const handMade = await run(
        'hand-made',
        `import { Message } from '8x8-chatapps';
const part = { kind: 'carousel', toWire: () => ({ cardWidth: 'medium', cards: [] }) };
export const outcome = (${issuesOf})(() => Message.to('+6591234567').rcs().carousel(part).build());`,
      );
      expect(handMade.sources).not.toContain('src/wire/rcs.ts');
      expect(handMade.outcome).toEqual([
        {
          path: 'content.carousel',
          message:
            'cannot be checked: its schema is not in this bundle (make it with Carousel, which brings it)',
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
