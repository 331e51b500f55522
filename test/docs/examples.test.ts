// Every code example of README.md, docs/*.md and the TSDoc of src/ compiles, and the runnable ones run (against the
// sandbox they start) and print what the guide shows. The rules are in test/docs/examples.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  collectExamples,
  type Example,
  type ExampleError,
  ExampleWorkspace,
  formatError,
  type LibraryExport,
  libraryExports,
  markdownExamples,
  tsdocExamples,
} from './examples.js';

const { examples, problems } = collectExamples();

// A deliberately broken example, compiled with the others: proves that a failure is detected and placed in its file.
const CANARY: Example = {
  file: 'test/docs/examples.test.ts (canary)',
  line: 3,
  code: [
    "import { CHANNELS } from '8x8-chatapps';",
    '',
    'const count: string = CHANNELS.length;',
    '// @ts-expect-error ✗ words that are not in the error',
    "const other: number = 'not a number';",
  ].join('\n'),
  lines: [1, 2, 3, 4, 5],
  run: false,
  source: 'markdown',
};

/** Printed JSON text is compared as the value it encodes; any other printed string as that string. */
function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

let workspace: ExampleWorkspace;
let registryWorkspace: ExampleWorkspace;
let exports: Map<string, LibraryExport>;
const names = new Map<Example, string>();
let result: { errors: ExampleError[]; output: string };

/** The template registry the ```ts registry examples are compiled with. */
const REGISTRY = 'test/fixtures/templates/whatsapp-templates.generated.ts';

beforeAll(async () => {
  exports = libraryExports();
  workspace = new ExampleWorkspace(exports);
  registryWorkspace = new ExampleWorkspace(exports, [REGISTRY]);
  for (const example of [...examples, CANARY]) {
    names.set(example, (example.registry === true ? registryWorkspace : workspace).add(example));
  }
  const [plain, withRegistry] = await Promise.all([workspace.typeCheck(), registryWorkspace.typeCheck()]);
  result = { errors: [...plain.errors, ...withRegistry.errors], output: plain.output + withRegistry.output };
}, 120_000);

afterAll(() => {
  workspace?.dispose();
  registryWorkspace?.dispose();
});

describe('code examples', () => {
  it('are found in the README, the guides and the TSDoc', () => {
    const files = new Set(examples.map(({ file }) => file));
    expect(files).toContain('README.md');
    expect([...files].some((file) => file.startsWith('docs/'))).toBe(true);
    expect(examples.filter(({ source }) => source === 'tsdoc').length).toBeGreaterThan(100);
  });

  it('cover every export of the library (an @example on each)', () => {
    const missing = [...exports]
      .filter(([, { hasExample }]) => !hasExample)
      .map(([name, { file }]) => `${name} (${file})`);
    expect(missing, `exports without an @example:\n${missing.join('\n')}`).toEqual([]);
  });

  it('are well formed (every ```json block is the checked output of the ```ts run block before it)', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([]);
  });

  it('a broken example, or a documented error that reads otherwise, fails the check at its file and line', () => {
    const canary = result.errors.filter(({ file }) => file === CANARY.file);
    expect(canary.map(({ line, code }) => `${line} ${code}`)).toEqual(['3 TS2322', '4 DOC']);
  });

  it('all type-check', () => {
    const failures = result.errors.filter(({ file }) => file !== CANARY.file).map(formatError);
    expect(failures, `examples that do not compile:\n${failures.join('\n')}`).toEqual([]);
  });

  const runnable = examples.filter(({ run }) => run);
  describe.each(runnable.map((example) => [`${example.file}:${example.line}`, example] as const))(
    'runnable example %s',
    (_, example) => {
      it('runs and prints what the guide shows', async () => {
        const logged: unknown[][] = [];
        const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
          logged.push(args);
        });
        try {
          const where = example.registry === true ? registryWorkspace : workspace;
          await import(where.runnable(names.get(example) ?? ''));
        } finally {
          log.mockRestore();
        }
        if (example.expectedOutput !== undefined) {
          const last = logged.at(-1);
          expect(
            last,
            `${example.file}:${example.line} prints nothing, but a json block follows it`,
          ).toBeDefined();
          const value = last?.[0];
          const printed =
            typeof value === 'string' ? parseOrKeep(value) : JSON.parse(JSON.stringify(value) ?? 'null');
          const where = `${example.file}:${example.expectedOutput.line}`;
          expect(printed, `the output shown at ${where} differs from what the example prints`).toEqual(
            JSON.parse(example.expectedOutput.json),
          );
        }
      });
    },
  );
});

describe('example extraction', () => {
  it('reads ```ts blocks, run flags and the json output after a run block, with their lines', () => {
    const markdown = [
      '# Title', // 1
      '', // 2
      '```ts run', // 3
      'console.log({ a: 1 });', // 4
      '```', // 5
      '', // 6
      '```json', // 7
      '{ "a": 1 }', // 8
      '```', // 9
      '```ts', // 10
      'const x = 1;', // 11
      '```', // 12
      '```json', // 13
      '{}', // 14
      '```', // 15
      'Text.', // 16
      '```json', // 17
      '{}', // 18
      '```', // 19
    ].join('\n');
    const { examples: found, problems: issues } = markdownExamples('x.md', markdown);
    expect(found.map(({ line, run, expectedOutput }) => [line, run, expectedOutput?.line])).toEqual([
      [4, true, 8],
      [11, false, undefined],
    ]);
    expect(issues.map(({ line }) => line)).toEqual([13, 17]);
  });

  it('reads fenced, inline and plain @example tags, mapping each code line to its line in the file', () => {
    const source = [
      '/**', // 1
      ' * Does a thing.', // 2
      ' *', // 3
      ' * @example', // 4
      ' * ```ts', // 5
      " * import { x } from 'y';", // 6
      ' * x();', // 7
      ' * ```', // 8
      ' * @see elsewhere', // 9
      ' */', // 10
      '/** One line. @example `const a: A = 1;` */', // 11
      '/**', // 12
      ' * @example', // 13
      ' * plain(1);', // 14
      ' */', // 15
    ].join('\n');
    const found = tsdocExamples('x.ts', source);
    expect(found.map(({ code, lines }) => [code, lines])).toEqual([
      ["import { x } from 'y';\nx();", [6, 7]],
      ['const a: A = 1;', [11]],
      ['plain(1);', [14]],
    ]);
  });
});
