// The main entry runs anywhere, and the sandbox wherever `node:http` exists: the guides' runnable examples (the same
// ```ts run blocks the docs test runs on Node) run on Bun and on Deno, both installed from npm, against the packed
// package and its sandbox, and print what the guides show. The webhook handler runs unchanged on Node.js 22+, Bun
// and Deno, driven by nothing but Request and Response (webhook-handler-check.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExamples, type Example } from '../docs/examples.js';
import { WEBHOOK_CORPUS } from '../webhooks/corpus.js';
import { newProject, packFreshClone, run, runOrThrow, workspace, write } from './fresh-project.js';

/** Packages an example may import: the library's entries and what it brings along. */
const IMPORTABLE = /^(8x8-chatapps(\/[\w-]+)?|ts-pattern)$/;

/** Runnable guide examples that import nothing else (those that need vitest are left to the docs test). */
const examples = collectExamples().examples.filter(
  (example) =>
    example.run &&
    [...example.code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].every(([, from]) =>
      IMPORTABLE.test(from ?? ''),
    ),
);

// Imports each example in turn, as its own module, keeping what it printed last; prints all results as one JSON line.
const RUNNER = `const files = JSON.parse(await (await import('node:fs/promises')).readFile('examples.json', 'utf8'));
const log = console.log;
const results = [];
for (const file of files) {
  let last;
  console.log = (...args) => { last = args[0]; };
  try {
    await import('./' + file);
    results.push({ file, ok: true, printed: typeof last === 'string' ? { text: last } : { json: JSON.stringify(last) ?? 'null' } });
  } catch (error) {
    results.push({ file, ok: false, error: String(error?.stack ?? error) });
  } finally {
    console.log = log;
  }
}
log('RESULTS ' + JSON.stringify(results));
`;

interface Result {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly printed?: { readonly text: string } | { readonly json: string };
}

/**
 * The package needs Node.js 22 or later: the checks run on the Node.js running the tests when it is one (CI runs them
 * on 22, 24 and 26), else on Node.js 22 installed from npm.
 */
const NODE_IS_SUPPORTED = Number(process.versions.node.split('.')[0]) >= 22;

let space: ReturnType<typeof workspace>;
let project: string;
const files = new Map<string, Example>();

beforeAll(async () => {
  space = workspace('runtimes-test-');
  const tarball = await packFreshClone(space.directory);
  project = await newProject(join(space.directory, 'project'));
  await runOrThrow(
    'npm',
    ['install', tarball.file, 'bun', 'deno', ...(NODE_IS_SUPPORTED ? [] : ['node@22'])],
    project,
  );
  examples.forEach((example, index) => {
    const name = `examples/${example.file.replace(/[^\w.-]+/g, '_')}_L${example.line}_${index}.ts`;
    write(join(project, name), example.code);
    files.set(name, example);
  });
  write(join(project, 'examples.json'), JSON.stringify([...files.keys()]));
  write(join(project, 'run-examples.mjs'), RUNNER);
  write(
    join(project, 'webhook-handler-check.mjs'),
    readFileSync(fileURLToPath(new URL('webhook-handler-check.mjs', import.meta.url)), 'utf8'),
  );
  write(
    join(project, 'webhooks.json'),
    JSON.stringify({
      receipt: WEBHOOK_CORPUS.get('receipt-v9-whatsapp-read'),
      inbound: WEBHOOK_CORPUS.get('inbound-v3-whatsapp-button-reply'),
    }),
  );
}, 600_000);

// Removing a project with three TypeScripts installed takes a while on a busy machine.
afterAll(() => space?.dispose(), 120_000);

/** What a printed value reads as, the way the docs test compares it: JSON text as its value, other text as is. */
function printedValue(printed: Result['printed']): unknown {
  if (printed === undefined) return undefined;
  if ('json' in printed) return JSON.parse(printed.json);
  try {
    return JSON.parse(printed.text);
  } catch {
    return printed.text;
  }
}

describe.each([
  ['Bun', ['node_modules/.bin/bun', 'run-examples.mjs']],
  ['Deno', ['node_modules/.bin/deno', 'run', '--allow-all', 'run-examples.mjs']],
] as const)('the runnable examples on %s', (_, [command, ...args]) => {
  it('run against the sandbox and print what the guides show', async () => {
    expect(examples.length).toBeGreaterThan(20);
    const result = await run(join(project, command), args, project);
    const line = /^RESULTS (.*)$/m.exec(result.stdout)?.[1];
    expect(line, `${result.stdout}\n${result.stderr}`).toBeDefined();
    const results = JSON.parse(line ?? '[]') as Result[];
    expect(results).toHaveLength(files.size);
    const failures = results.flatMap((outcome) => {
      const example = files.get(outcome.file);
      const where = `${example?.file}:${example?.line}`;
      if (!outcome.ok) return [`${where} threw: ${outcome.error}`];
      const expected = example?.expectedOutput;
      if (expected === undefined) return [];
      const printed = printedValue(outcome.printed);
      return isDeepEqual(printed, JSON.parse(expected.json))
        ? []
        : [`${where} printed ${JSON.stringify(printed)}, the guide shows ${expected.json}`];
    });
    expect(failures).toEqual([]);
  }, 300_000);
});

describe.each([
  ['Node.js', () => [NODE_IS_SUPPORTED ? process.execPath : join(project, 'node_modules/.bin/node')]],
  ['Bun', () => [join(project, 'node_modules/.bin/bun')]],
  ['Deno', () => [join(project, 'node_modules/.bin/deno'), 'run', '--allow-read']],
] as const)('the webhook handler on %s', (_, command) => {
  it('answers by Request and Response alone: 2xx after the callback, 401, 400, retries handled once, 5xx when the callback throws', async () => {
    const [executable = '', ...args] = command();
    const result = await run(executable, [...args, 'webhook-handler-check.mjs'], project);
    const line = /^HANDLER_CHECKS (.*)$/m.exec(result.stdout)?.[1];
    expect(line, `${result.stdout}\n${result.stderr}`).toBeDefined();
    const checks = JSON.parse(line ?? '[]') as { check: string; ok: boolean; detail?: string }[];
    expect(checks.map((check) => check.check)).toHaveLength(5);
    expect(checks.filter((check) => !check.ok)).toEqual([]);
  }, 120_000);
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

// The project is what a user has: nothing of this checkout but the installed tarball.
it('installs the package from the tarball, not from this checkout', () => {
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(manifest.dependencies['8x8-chatapps']).toMatch(/^file:.*\.tgz$/);
});
