// First contact, as a new user has it: `npm pack` from a fresh clone (prepack builds dist/), the tarball installed in
// a new `npm init -y` project (npm 11: "type": "commonjs"), then the README's first message sent to the sandbox by
// `import` (ESM) and by `require` (CommonJS), and compiled by TypeScript 5.9, 6 and 7 with nodenext and bundler
// resolution and run. Runs on the Node.js that runs the suite (CI runs it on 22, 24 and 26).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPoints, markdownExamples, ROOT } from '../docs/examples.js';
import {
  type CommandResult,
  newProject,
  packFreshClone,
  run,
  runOrThrow,
  type Tarball,
  workspace,
  write,
} from './fresh-project.js';

/** TypeScript versions a user may have, installed from npm under these aliases. */
const TYPESCRIPTS = {
  'TypeScript 5.9': 'ts59@npm:typescript@~5.9',
  'TypeScript 6': 'ts6@npm:typescript@^6',
  'TypeScript 7': 'ts7@npm:typescript@^7',
} as const;
const alias = (spec: string) => spec.slice(0, spec.indexOf('@'));

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
/**
 * The entries that need nothing but the package's own dependencies. An entry named after an optional peer
 * dependency (`8x8-chatapps/bullmq` needs the user's `bullmq`) is left out of the new project.
 */
const OWN_ENTRIES = [...entryPoints().keys()].filter(
  (specifier) =>
    !Object.keys(manifest.peerDependenciesMeta ?? {}).some((peer) => specifier.endsWith(`/${peer}`)),
);

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const firstMessage = markdownExamples('README.md', readme).examples[0]?.code ?? '';
const LIBRARY_IMPORT = /^import (\{[^}]*\}) from '(8x8-chatapps(?:\/[\w-]+)?)';$/;

/** The README's first message as a CommonJS module: its imports become `require`s, its body an async function. */
function asCommonJs(code: string, { typescript }: { typescript: boolean }): string {
  const lines = code.split('\n');
  const imports = lines.filter((line) => LIBRARY_IMPORT.test(line));
  const body = lines.filter((line) => !LIBRARY_IMPORT.test(line));
  const head = typescript
    ? imports // a .cts file: TypeScript turns the imports into require() calls
    : imports.map((line) => line.replace(LIBRARY_IMPORT, "const $1 = require('$2');"));
  const exported = typescript ? 'export const done =' : 'exports.done =';
  return [...head, `${exported} (async () => {`, ...body.map((line) => `  ${line}`), '})();', ''].join('\n');
}

// Starts the package's own sandbox, points the README's environment variables at it, runs a program, and prints what
// the sandbox accepted. A CommonJS program exports `done`, the promise of its async body.
const WITH_SANDBOX = `import { pathToFileURL } from 'node:url';
import { startSandbox } from '8x8-chatapps/sandbox';

const sandbox = await startSandbox();
const options = sandbox.clientOptions();
process.env.EIGHTX8_API_KEY = options.apiKey;
process.env.EIGHTX8_SUBACCOUNT_ID = options.subAccountId;
process.env.EIGHTX8_BASE_URL = options.baseUrl;
try {
  const program = await import(pathToFileURL(process.argv[2]).href);
  await (program.done ?? program.default?.done);
} finally {
  await sandbox.close();
}
console.log('ACCEPTED ' + JSON.stringify(sandbox.accepted.map((accepted) => accepted.message)));
`;

let space: ReturnType<typeof workspace>;
let tarball: Tarball;
let project: string;

beforeAll(async () => {
  space = workspace('pack-test-');
  tarball = await packFreshClone(space.directory);
  project = await newProject(join(space.directory, 'project'));
  await runOrThrow(
    'npm',
    ['install', tarball.file, '@types/node@22', ...Object.values(TYPESCRIPTS).map((spec) => spec)],
    project,
  );
  write(join(project, 'with-sandbox.mjs'), WITH_SANDBOX);
}, 600_000);

// Removing a project with three TypeScripts installed takes a while on a busy machine.
afterAll(() => space?.dispose(), 120_000);

function expectFirstMessageSent(result: CommandResult): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.stdout).toMatch(/^[0-9a-f-]{36} queued$/m); // the README's console.log(response.umid, state)
  const accepted = JSON.parse(/^ACCEPTED (.*)$/m.exec(result.stdout)?.[1] ?? '[]') as {
    content?: { text?: string };
  }[];
  expect(accepted).toHaveLength(1);
  expect(accepted[0]?.content?.text).toContain('Your order A-1234 has shipped');
}

const sendFirstMessage = (program: string) => run(process.execPath, ['with-sandbox.mjs', program], project);

describe('the packed package', () => {
  it('is built by prepack from a fresh clone, and holds what users need', () => {
    const paths = tarball.files.map(({ path }) => path);
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/sandbox/index.js',
      'dist/sandbox/index.d.ts',
      'cjs/index.cjs',
      'cjs/index.d.cts',
    ]) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((path) => /(^|\/)test\/|\.test\.ts$/.test(path))).toEqual([]);
    expect(readFileSync(join(project, 'node_modules/8x8-chatapps/LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('ships no source map without the sources it maps', () => {
    const installed = join(project, 'node_modules/8x8-chatapps');
    const maps = readdirSync(installed, { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.map'),
    );
    expect(maps.length).toBeGreaterThan(0);
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[] };
      return sources
        .map((source) => resolve(dirname(join(installed, map)), source))
        .filter((source) => !tarball.files.some(({ path }) => join(installed, path) === source))
        .map((source) => `${map} → ${relative(installed, source)}`);
    });
    expect(missing).toEqual([]);
  });

  it('has the size the README says (within 25 %)', () => {
    const said = /packed size[^\d]*([\d.]+) kB/i.exec(readme);
    expect(said, 'the README must say "packed size … N kB"').not.toBeNull();
    const kB = tarball.size / 1000;
    const stated = Number(said?.[1]);
    expect(
      Math.abs(kB - stated) / kB,
      `the README says ${stated} kB, npm pack makes ${kB.toFixed(1)} kB: update the README`,
    ).toBeLessThan(0.25);
  });
});

describe("the README's first message, from the installed tarball", () => {
  it('runs as an ES module (import)', async () => {
    write(join(project, 'readme.mjs'), firstMessage);
    expectFirstMessageSent(await sendFirstMessage('readme.mjs'));
  });

  it('runs as CommonJS (require) where Node.js can require() ES modules, and says why not elsewhere', async () => {
    write(join(project, 'readme.cjs'), asCommonJs(firstMessage, { typescript: false }));
    const result = await sendFirstMessage('readme.cjs');
    if (process.features.require_module) {
      expectFirstMessageSent(result);
    } else {
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('8x8-chatapps is an ES module, and this Node.js');
    }
  });

  it('without require(esm) (--no-experimental-require-module), require() fails with a clear message', async () => {
    write(join(project, 'require-only.cjs'), "require('8x8-chatapps');\n");
    const result = await run(
      process.execPath,
      ['--no-experimental-require-module', 'require-only.cjs'],
      project,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `8x8-chatapps is an ES module, and this Node.js (${process.version}) cannot require() ES modules`,
    );
    expect(result.stderr).toContain("await import('8x8-chatapps')");
    expect(result.stderr).not.toContain('No "exports" main defined');
  });

  describe.each(Object.entries(TYPESCRIPTS))('%s', (_, spec) => {
    const typescript = alias(spec);
    const compile = (config: object) => {
      const name = `tsconfig.${typescript}.${Math.random().toString(36).slice(2)}.json`;
      write(join(project, name), JSON.stringify(config, null, 2));
      return run(process.execPath, [join('node_modules', typescript, 'bin', 'tsc'), '-p', name], project);
    };
    // What `tsc --init` writes (skipLibCheck on); the published declarations are checked on their own below.
    const strict = { strict: true, target: 'es2022', types: ['node'], skipLibCheck: true };

    it('compiles and runs it with nodenext resolution, as ESM (.mts) and as CommonJS (.cts)', async () => {
      const source = `src-${typescript}-nodenext`;
      write(join(project, source, 'readme.mts'), firstMessage);
      write(join(project, source, 'readme.cts'), asCommonJs(firstMessage, { typescript: true }));
      const outDir = `out-${typescript}-nodenext`;
      const compiled = await compile({
        compilerOptions: {
          ...strict,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          outDir,
          rootDir: source,
        },
        include: [source],
      });
      expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);
      expectFirstMessageSent(await sendFirstMessage(`${outDir}/readme.mjs`));
      if (process.features.require_module)
        expectFirstMessageSent(await sendFirstMessage(`${outDir}/readme.cjs`));
    }, 300_000);

    it('compiles and runs it with bundler resolution', async () => {
      const source = `src-${typescript}-bundler`;
      write(join(project, source, 'readme.mts'), firstMessage);
      const outDir = `out-${typescript}-bundler`;
      const compiled = await compile({
        compilerOptions: {
          ...strict,
          module: 'preserve',
          moduleResolution: 'bundler',
          outDir,
          rootDir: source,
        },
        include: [source],
      });
      expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);
      expectFirstMessageSent(await sendFirstMessage(`${outDir}/readme.mjs`));
    }, 300_000);

    it('type-checks the published declarations of every entry (skipLibCheck off, as a strict user has it)', async () => {
      const source = `src-${typescript}-declarations`;
      write(
        join(project, source, 'entries.mts'),
        OWN_ENTRIES.map((specifier, index) => `import * as entry${index} from '${specifier}';`).join('\n') +
          `\nexport { ${OWN_ENTRIES.map((_, index) => `entry${index}`).join(', ')} };\n` +
          // The deepest wire type a user reads: TypeScript 7 once gave up on it (TS2589).
          "export const rowId = (receipt: import('8x8-chatapps').DeliveryReceiptWebhook) =>\n" +
          '  receipt.payload.outboundContent?.cards?.[0]?.actions?.list?.sections[0]?.rows[0]?.id;\n',
      );
      const compiled = await compile({
        compilerOptions: { ...strict, skipLibCheck: false, module: 'nodenext', noEmit: true },
        include: [source],
      });
      expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);
    }, 300_000);
  });
});
