// docs/getting-started.md, followed word for word in a new folder: its ```sh run blocks are run in order, its
// ```ts run file=NAME blocks are saved as NAME first, and a command that runs such a file must print the ```json block
// shown after it. `npm install 8x8-chatapps` installs the package as `npm pack` makes it from this checkout.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packFreshClone, run, type Tarball, workspace, write } from '../package/fresh-project.js';
import { LIBRARY, markdownExamples, ROOT } from './examples.js';

const PAGE = 'docs/getting-started.md';
const text = readFileSync(join(ROOT, PAGE), 'utf8');
const lines = text.split('\n');

/** The page's steps, in order: commands to run and files to save. */
type Step =
  | { readonly kind: 'command'; readonly line: number; readonly words: readonly string[] }
  | { readonly kind: 'file'; readonly line: number; readonly name: string; readonly code: string };

function steps(): Step[] {
  const found: Step[] = [];
  const files = new Map(
    markdownExamples(PAGE, text).examples.flatMap((example) => {
      const flags = /^\s*```ts\s+(.*)$/.exec(lines[example.line - 2] ?? '')?.[1]?.split(/\s+/) ?? [];
      const name = flags.find((flag) => flag.startsWith('file='))?.slice('file='.length);
      return name === undefined ? [] : [[example.line - 1, { name, example }] as const];
    }),
  );
  for (let index = 0; index < lines.length; index++) {
    const file = files.get(index + 1);
    if (file !== undefined) {
      found.push({ kind: 'file', line: index + 1, name: file.name, code: file.example.code });
      continue;
    }
    if (!/^```sh\s+run\s*$/.test(lines[index] ?? '')) continue;
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith('```'); index++) {
      const command = (lines[index] ?? '').replace(/#.*$/, '').trim();
      if (command !== '') found.push({ kind: 'command', line: index + 1, words: command.split(/\s+/) });
    }
  }
  return found;
}

/** What the page says a file prints: the ```json block after its ```ts run block. */
function expectedOutput(name: string): unknown {
  const example = markdownExamples(PAGE, text).examples.find((candidate) =>
    (lines[candidate.line - 2] ?? '').includes(`file=${name}`),
  );
  return example?.expectedOutput === undefined ? undefined : JSON.parse(example.expectedOutput.json);
}

let space: ReturnType<typeof workspace>;
let tarball: Tarball;

beforeAll(async () => {
  space = workspace('getting-started-');
  tarball = await packFreshClone(space.directory);
}, 600_000);

// Removing a project with three TypeScripts installed takes a while on a busy machine.
afterAll(() => space?.dispose(), 120_000);

describe(PAGE, () => {
  it('has commands to run and a first program to save', () => {
    const found = steps();
    expect(found.filter(({ kind }) => kind === 'command').length).toBeGreaterThanOrEqual(3);
    expect(found.some((step) => step.kind === 'file' && step.name === 'first.mts')).toBe(true);
  });

  it('followed word for word in a new folder, sends its first message', async () => {
    const project = join(space.directory, 'my-app');
    mkdirSync(project);
    const written = new Set<string>();
    for (const step of steps()) {
      if (step.kind === 'file') {
        write(join(project, step.name), step.code);
        written.add(step.name);
        continue;
      }
      // The package is not on npm from this checkout: the page's `npm install 8x8-chatapps` installs its tarball.
      const [command = '', ...args] = step.words;
      const installsLibrary = command === 'npm' && args[0] === 'install';
      const words = installsLibrary ? args.map((word) => (word === LIBRARY ? tarball.file : word)) : args;
      const result = await run(command, words, project);
      const where = `${PAGE}:${step.line} \`${step.words.join(' ')}\``;
      expect(result.code, `${where} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
      const ran = args.find((word) => written.has(word));
      if (ran !== undefined) {
        const printed = result.stdout.trim().split('\n').at(-1) ?? '';
        const value = (() => {
          try {
            return JSON.parse(printed) as unknown;
          } catch {
            return printed;
          }
        })();
        expect(value, `${where} printed otherwise than the page shows`).toEqual(expectedOutput(ran));
      }
    }
    expect(written).toContain('first.mts');
  }, 600_000);
});
