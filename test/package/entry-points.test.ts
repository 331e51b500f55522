// The main entry is platform-neutral: the module graph of the built `8x8-chatapps` (dist/index.js and every file it
// reaches) imports nothing from Node, so it runs on Bun, Deno, Workers and in browser bundles. What needs Node lives
// behind a subpath export (`8x8-chatapps/sandbox`). Checked on the compiled JavaScript, as a bundler would see it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTarget, ROOT } from '../docs/examples.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
};
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'entry-points-'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.build.json', '--outDir', out, '--declaration', 'false', '--declarationMap', 'false'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }), 60_000);

/** The bare specifiers (packages, Node built-ins) reached from a built file, and the files that import each. */
function reachedPackages(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) {
        queue.push(resolve(dirname(file), specifier));
        continue;
      }
      packages.set(specifier, [...(packages.get(specifier) ?? []), relative(out, file)]);
    }
  }
  return packages;
}

/** The built file of an `exports` entry, in the test's build directory. */
function builtEntry(subpath: string): string {
  const path = importTarget(manifest.exports[subpath]);
  if (path === undefined) throw new Error(`package.json has no exports["${subpath}"] for import`);
  return join(out, path.replace(/^\.\/dist\//, ''));
}

describe('the main entry (8x8-chatapps)', () => {
  it('reaches no Node built-in module, and no package but its dependencies', () => {
    const packages = reachedPackages(builtEntry('.'));
    const builtins = [...packages].filter(([name]) => NODE_BUILTINS.has(name));
    expect(
      builtins.map(([name, files]) => `${name} (imported by ${files.join(', ')})`),
      'the main entry must run outside Node: move what needs Node behind a subpath export',
    ).toEqual([]);
    const dependencies = Object.keys(manifest.dependencies);
    const strangers = [...packages.keys()].filter(
      (name) => !dependencies.some((dependency) => name === dependency || name.startsWith(`${dependency}/`)),
    );
    expect(strangers).toEqual([]);
  });
});

describe('the compiled package', () => {
  it('imports and builds a message: the JavaScript tsc emits runs, not only the sources', async () => {
    const main = (await import(pathToFileURL(builtEntry('.')).href)) as typeof import('../../src/index.js');
    const message = main.Message.to('+6591234567')
      .rcs()
      .carousel(
        main.Carousel.medium()
          .card((card) => card.title('Tent').media('https://acme.example/tent.png'))
          .card((card) => card.title('Stove').media('https://acme.example/stove.png')),
      )
      .build();
    expect(message.type).toBe('carousel');
    const list = main.Interactive.list('Pick a slot', { button: 'Slots' })
      .section('Morning')
      .row('9', '9:00');
    expect(main.Message.to('+6591234567').whatsapp().interactive(list).build().type).toBe('interactive');
  });
});

describe('the sandbox entry (8x8-chatapps/sandbox)', () => {
  it('is built, and is where Node is needed (the graph walk sees node:http)', () => {
    const entry = builtEntry('./sandbox');
    expect(existsSync(entry)).toBe(true);
    expect([...reachedPackages(entry).keys()]).toContain('node:http');
  });
});

describe('the BullMQ entry (8x8-chatapps/bullmq)', () => {
  it('is built, and reaches bullmq (an optional peer dependency) but no other package outside the dependencies', () => {
    const entry = builtEntry('./bullmq');
    expect(existsSync(entry)).toBe(true);
    const packages = [...reachedPackages(entry).keys()];
    expect(packages).toContain('bullmq');
    const allowed = [...Object.keys(manifest.dependencies), 'bullmq'];
    expect(packages.filter((name) => !allowed.includes(name) && !NODE_BUILTINS.has(name))).toEqual([]);
  });

  it('bullmq is an optional peer dependency, never a dependency', () => {
    const full = manifest as typeof manifest & {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['ky', 'ts-pattern', 'valibot']);
    expect(full.peerDependencies?.['bullmq']).toBeDefined();
    expect(full.peerDependenciesMeta?.['bullmq']?.optional).toBe(true);
  });
});
