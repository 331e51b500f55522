// Finds every code example of the project, writes each as its own module and type-checks them all in one `tsc` run.
//
// The rules, also stated in docs/contributing-docs.md:
// - Markdown (README.md, docs/*.md): every ```ts (or ```typescript) block is an example. ```ts run marks one that is
//   also executed; a ```json block right after a run block is the output it must print (its last console.log, a
//   value or JSON text, compared as JSON). Markdown examples are complete programs: they import what they use.
// - TSDoc (src/**/*.ts): every `@example` of a doc comment; its ```ts blocks, else its inline `code` spans, else its
//   whole text. A TSDoc example that imports nothing from the library gets the library names it uses imported, each
//   from the entry point that exports it.
// - Each example is its own ES module (top-level await works, names never clash) compiled with the project's
//   tsconfig; '8x8-chatapps' and its subpaths ('8x8-chatapps/sandbox', …: every entry of package.json's `exports`)
//   resolve to their sources. Show a compile error with `// @ts-expect-error`: the example then fails if the error
//   goes away.
// - ```ts registry marks an example that needs a template registry: those are compiled in a program of their own
//   with the fixture registry (test/fixtures/templates), since a registry changes `.template(…)` for every file.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LIBRARY = '8x8-chatapps';

/** The ES module an `exports` target loads with `import` (conditions may nest: `{ import: { default } }`). */
export function importTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return undefined;
  const conditions = target as Record<string, unknown>;
  return importTarget(conditions['import']) ?? importTarget(conditions['default']);
}

/**
 * The package's entry points, from package.json's `exports`: the specifier a user imports (`8x8-chatapps`,
 * `8x8-chatapps/sandbox`, …) and its source file, relative to the root (`./dist/x/index.js` is built from
 * `src/x/index.ts`). The main entry comes first.
 */
export function entryPoints(): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const entries = new Map<string, string>();
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const built = importTarget(target);
    if (built === undefined || !/^\.\/dist\/.+\.js$/.test(built)) continue;
    const specifier = subpath === '.' ? LIBRARY : `${LIBRARY}/${subpath.slice(2)}`;
    entries.set(specifier, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
  }
  if (!entries.has(LIBRARY)) throw new Error('package.json: no exports["."] pointing at ./dist/*.js');
  return entries;
}

/** One code example and where it was written. */
export interface Example {
  /** File it comes from, relative to the repository root. */
  readonly file: string;
  /** 1-based line, in `file`, of the example's first code line. */
  readonly line: number;
  readonly code: string;
  /** For each line of `code`, its 1-based line in `file` (TSDoc lines and inline examples do not map one to one). */
  readonly lines: readonly number[];
  /** Executed by the test suite (```ts run). */
  readonly run: boolean;
  /** Compiled with the fixture template registry (```ts registry). */
  readonly registry?: boolean;
  /** The JSON the example must print, from the ```json block after it. */
  readonly expectedOutput?: { readonly json: string; readonly line: number };
  readonly source: 'markdown' | 'tsdoc';
}

/** A problem with the examples themselves (e.g. a ```json block with no run block to check it). */
export interface ExampleProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;
const TS_LANGUAGES = new Set(['ts', 'typescript']);

interface Fence {
  readonly language: string;
  readonly flags: readonly string[];
  /** 1-based line of the opening fence. */
  readonly openLine: number;
  /** 1-based line of the closing fence. */
  readonly closeLine: number;
  readonly body: readonly string[];
}

function fencedBlocks(lines: readonly string[], firstLine = 1): Fence[] {
  const fences: Fence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (open === null) continue;
    const [, indent = '', marker = '', language = '', rest = ''] = open;
    const body: string[] = [];
    let close = index + 1;
    for (; close < lines.length; close++) {
      const text = lines[close] ?? '';
      if (text.trim().startsWith(marker) && text.trim().replaceAll(marker[0] ?? '`', '') === '') break;
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    fences.push({
      language: language.toLowerCase(),
      flags: rest.trim().split(/\s+/).filter(Boolean),
      openLine: firstLine + index,
      closeLine: firstLine + close,
      body,
    });
    index = close;
  }
  return fences;
}

/** The examples of one Markdown file. */
export function markdownExamples(
  file: string,
  text: string,
): { examples: Example[]; problems: ExampleProblem[] } {
  const lines = text.split('\n');
  const fences = fencedBlocks(lines);
  const examples: Example[] = [];
  const problems: ExampleProblem[] = [];
  fences.forEach((fence, index) => {
    const previous = fences[index - 1];
    const between = previous === undefined ? [] : lines.slice(previous.closeLine, fence.openLine - 1);
    const followsCode = previous !== undefined && between.every((line) => line.trim() === '');
    // Every JSON block shows what a runnable example prints, so the test suite checks it.
    if (fence.language === 'json') {
      const afterTs = followsCode && TS_LANGUAGES.has(previous.language);
      if (!afterTs || !previous.flags.includes('run')) {
        problems.push({
          file,
          line: fence.openLine,
          message: afterTs
            ? 'a ```json block right after a ```ts block is its output: mark the ts block ```ts run so it is checked'
            : 'a ```json block must directly follow the ```ts run block that prints it, so the test checks it',
        });
      }
    }
    if (!TS_LANGUAGES.has(fence.language)) return;
    const next = fences[index + 1];
    const gap = next === undefined ? [] : lines.slice(fence.closeLine, next.openLine - 1);
    const output =
      next?.language === 'json' && gap.every((line) => line.trim() === '')
        ? { json: next.body.join('\n'), line: next.openLine + 1 }
        : undefined;
    const run = fence.flags.includes('run');
    examples.push({
      file,
      line: fence.openLine + 1,
      code: fence.body.join('\n'),
      lines: fence.body.map((_, offset) => fence.openLine + 1 + offset),
      run,
      ...(fence.flags.includes('registry') ? { registry: true } : {}),
      ...(run && output !== undefined ? { expectedOutput: output } : {}),
      source: 'markdown',
    });
  });
  return { examples, problems };
}

const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;
const BLOCK_TAG = /^@[a-zA-Z]+/;

/** The `@example`s of the doc comments of one TypeScript file. */
export function tsdocExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  for (const match of text.matchAll(DOC_COMMENT)) {
    const firstLine = text.slice(0, match.index).split('\n').length;
    // Comment lines without the `/**`, `*/` and leading ` * `, each with its line in the file.
    const lines = match[0].split('\n').map((raw, offset) => ({
      text: raw
        .replace(/^\s*\/\*\*\s?/, '')
        .replace(/\s*\*\/\s*$/, '')
        .replace(/^\s*\* ?/, ''),
      line: firstLine + offset,
    }));
    for (let index = 0; index < lines.length; index++) {
      const at = lines[index]?.text.indexOf('@example') ?? -1;
      if (at === -1) continue;
      const content = [
        { text: lines[index]?.text.slice(at + '@example'.length).trim() ?? '', line: firstLine + index },
      ];
      let end = index + 1;
      for (; end < lines.length && !BLOCK_TAG.test(lines[end]?.text.trim() ?? ''); end++) {
        content.push(lines[end] ?? { text: '', line: 0 });
      }
      index = end - 1;
      examples.push(...examplesOfTag(file, content));
    }
  }
  return examples;
}

function examplesOfTag(file: string, content: readonly { text: string; line: number }[]): Example[] {
  const texts = content.map(({ text }) => text);
  const fences = fencedBlocks(texts);
  const tsdoc = (code: readonly string[], lines: readonly number[]): Example => ({
    file,
    line: lines[0] ?? 0,
    code: code.join('\n'),
    lines,
    run: false,
    source: 'tsdoc',
  });
  if (fences.length > 0) {
    return fences
      .filter((fence) => TS_LANGUAGES.has(fence.language) || fence.language === '')
      .map((fence) =>
        tsdoc(
          fence.body,
          fence.body.map((_, offset) => content[fence.openLine + offset]?.line ?? 0),
        ),
      );
  }
  // `@example \`code\``: each inline code span is one line of the example.
  const spans = content.flatMap(({ text, line }) =>
    [...text.matchAll(/`([^`]+)`/g)].map(([, code]) => ({ code: code ?? '', line })),
  );
  if (spans.length > 0) {
    return [
      tsdoc(
        spans.map(({ code }) => code),
        spans.map(({ line }) => line),
      ),
    ];
  }
  const body = content.filter(({ text }) => text.trim() !== '');
  return body.length === 0
    ? []
    : [
        tsdoc(
          body.map(({ text }) => text),
          body.map(({ line }) => line),
        ),
      ];
}

function walk(directory: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter(keep)
    .sort();
}

/** Every example of README.md, docs/*.md and the TSDoc of src/**\/*.ts, and any problem found while reading them. */
export function collectExamples(): { examples: Example[]; problems: ExampleProblem[] } {
  const examples: Example[] = [];
  const problems: ExampleProblem[] = [];
  const markdown = ['README.md', ...walk('docs', (path) => /^docs\/[^/]+\.md$/.test(path))];
  for (const file of markdown) {
    const found = markdownExamples(file, readFileSync(join(ROOT, file), 'utf8'));
    examples.push(...found.examples);
    problems.push(...found.problems);
  }
  for (const file of walk('src', (path) => path.endsWith('.ts'))) {
    examples.push(...tsdocExamples(file, readFileSync(join(ROOT, file), 'utf8')));
  }
  return { examples, problems };
}

/** One export of the library, as the type checker sees it. */
export interface LibraryExport {
  /** A value (else type-only: imported with `import type`). */
  readonly isValue: boolean;
  /** Whether its declaration's TSDoc has an `@example`. */
  readonly hasExample: boolean;
  /** Where it is declared, relative to the repository root. */
  readonly file: string;
  /** The entry point a user imports it from: `8x8-chatapps` or a subpath such as `8x8-chatapps/sandbox`. */
  readonly specifier: string;
}

/**
 * The library's exports over all its entry points, read with the TypeScript 6 API (TypeScript 7 has none). A name
 * exported by two entry points is listed once, from the first (the main entry).
 */
export function libraryExports(): Map<string, LibraryExport> {
  const entries = entryPoints();
  const files = [...entries.values()].map((file) => join(ROOT, file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const hasExampleTag = (node: ts.Node) =>
    ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
  const exports = new Map<string, LibraryExport>();
  for (const [specifier, file] of entries) {
    const source = program.getSourceFile(join(ROOT, file));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${file}: cannot read its exports`);
    for (const symbol of checker.getExportsOfModule(module)) {
      if (exports.has(symbol.name)) continue;
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.declarations ?? [];
      exports.set(symbol.name, {
        isValue: (target.flags & ts.SymbolFlags.Value) !== 0,
        // A `const` carries its TSDoc on the statement, two levels up from the declaration.
        hasExample: declarations.some(
          (declaration) =>
            hasExampleTag(declaration) || hasExampleTag(declaration.parent?.parent ?? declaration),
        ),
        file: relative(ROOT, declarations[0]?.getSourceFile().fileName ?? join(ROOT, file))
          .split('\\')
          .join('/'),
        specifier,
      });
    }
  }
  return exports;
}

/** `// @ts-expect-error ✗ the words of the error`: the directive of an example that shows a rule's compile error. */
const EXPECTED_RULE = /^\s*\/\/\s*@ts-expect-error\s+(✗.*)$/;

const IMPORTS_LIBRARY = new RegExp(`from\\s+['"]${LIBRARY}(/[\\w/-]+)?['"]`);
const IS_MODULE = /^\s*(import|export)\b/m;

/** An example as a module: the import a TSDoc one-liner leaves implicit, and `export {}` when it has no import. */
export function moduleText(
  example: Example,
  exports: ReadonlyMap<string, LibraryExport>,
): { text: string; offset: number } {
  let prelude = '';
  if (example.source === 'tsdoc' && !IMPORTS_LIBRARY.test(example.code)) {
    const used = [...exports].filter(([name]) =>
      new RegExp(`(?<![\\w.$'"])${name}(?![\\w$'"])`).test(example.code),
    );
    const bySpecifier = new Map<string, string[]>();
    for (const [name, { isValue, specifier }] of used) {
      bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), isValue ? name : `type ${name}`]);
    }
    prelude = [...bySpecifier]
      .map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';\n`)
      .join('');
  }
  const suffix = IS_MODULE.test(example.code) || prelude !== '' ? '' : '\nexport {};';
  return { text: `${prelude}${example.code}\n${suffix}`, offset: prelude.split('\n').length - 1 };
}

/** A compile error, placed in the original file. */
export interface ExampleError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** A workspace of generated example modules under `.docs-examples/` (gitignored), removed by `dispose()`. */
export class ExampleWorkspace {
  readonly directory: string;
  readonly #files = new Map<string, { example: Example; offset: number }>();
  readonly #exports: ReadonlyMap<string, LibraryExport>;
  readonly #probes = new Map<
    string,
    { example: Example; offset: number; expectations: readonly { index: number; expected: string }[] }
  >();

  /** `also`: more files of the program, relative to the repository root (the fixture template registry). */
  constructor(exports: ReadonlyMap<string, LibraryExport> = libraryExports(), also: readonly string[] = []) {
    this.#exports = exports;
    this.directory = join(ROOT, '.docs-examples', `run-${process.pid}-${Date.now()}-${also.length}`);
    rmSync(this.directory, { recursive: true, force: true });
    mkdirSync(this.directory, { recursive: true });
    const fromHere = relative(this.directory, ROOT).split('\\').join('/');
    const paths = Object.fromEntries(
      [...entryPoints()].map(([specifier, file]) => [specifier, [`${fromHere}/${file}`]]),
    );
    const tsconfig = {
      extends: `${fromHere}/tsconfig.json`,
      compilerOptions: { noEmit: true, paths },
      include: ['**/*.ts', ...also.map((file) => `${fromHere}/${file}`)],
      exclude: ['**/*.run.ts'],
    };
    writeFileSync(join(this.directory, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  }

  /** Writes the example as a module for the type check, and returns its name there. */
  add(example: Example): string {
    const name = `${example.file.replace(/[^\w.-]+/g, '_')}_L${example.line}_${this.#files.size}.ts`;
    const { text, offset } = moduleText(example, this.#exports);
    writeFileSync(join(this.directory, name), text);
    this.#files.set(name, { example, offset });
    // A probe copy without the `@ts-expect-error ✗ …` directives, to check that each error reads as documented.
    const lines = text.split('\n');
    const expectations = lines.flatMap((line, index) => {
      const match = EXPECTED_RULE.exec(line);
      return match === null ? [] : [{ index, expected: (match[1] ?? '').trim() }];
    });
    if (expectations.length > 0) {
      const probe = lines
        .map((line, index) => (expectations.some((e) => e.index === index) ? '' : line))
        .join('\n');
      const probeName = name.replace(/\.ts$/, '.probe.ts');
      writeFileSync(join(this.directory, probeName), probe);
      this.#probes.set(probeName, { example, offset, expectations });
    }
    return name;
  }

  /** Writes a runnable copy of an added example, importing the library by path, and returns its file URL. */
  runnable(name: string): string {
    const entry = this.#files.get(name);
    if (entry === undefined) throw new Error(`${name} was not added`);
    const entries = entryPoints();
    const text = readFileSync(join(this.directory, name), 'utf8').replace(
      new RegExp(`(from\\s+)(['"])(${LIBRARY}(?:/[\\w/-]+)?)\\2`, 'g'),
      (whole, from: string, _quote: string, specifier: string) => {
        const file = entries.get(specifier);
        return file === undefined ? whole : `${from}'${join(ROOT, file).split('\\').join('/')}'`;
      },
    );
    const path = join(this.directory, name.replace(/\.ts$/, '.run.ts'));
    writeFileSync(path, text);
    return `file://${path.split('\\').join('/')}`;
  }

  /** Type-checks every added example in one `tsc` run; errors of example files only, placed in the originals. */
  async typeCheck(): Promise<{ errors: ExampleError[]; output: string }> {
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const { output } = await run(tsc, ['-p', 'tsconfig.json', '--pretty', 'false'], this.directory);
    const errors: ExampleError[] = [];
    const probeErrors = new Map<string, { line: number; text: string }[]>();
    // Continuation lines (indented) elaborate the error above them.
    let elaborate: ((line: string) => void) | undefined;
    for (const line of output.split('\n')) {
      const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
      if (match === null) {
        if (/^\s+\S/.test(line)) elaborate?.(line);
        continue;
      }
      const [, path = '', lineText = '0', column = '0', code = '', message = ''] = match;
      const entry = this.#files.get(path);
      if (entry !== undefined) {
        const index = Number(lineText) - 1 - entry.offset;
        const original = entry.example.lines[index] ?? entry.example.line;
        const error = { file: entry.example.file, line: original, column: Number(column), code, message };
        errors.push(error);
        elaborate = (more) => {
          error.message += `\n${more}`;
        };
      } else if (this.#probes.has(path)) {
        const found = { line: Number(lineText) - 1, text: message };
        probeErrors.set(path, [...(probeErrors.get(path) ?? []), found]);
        elaborate = (more) => {
          found.text += `\n${more}`;
        };
      } else {
        elaborate = undefined; // an error in src/ or elsewhere: the typecheck step reports those
      }
    }
    // Each `@ts-expect-error ✗ …` must be the error TypeScript gives on the next line, in the words shown.
    for (const [path, { example, offset, expectations }] of this.#probes) {
      for (const { index, expected } of expectations) {
        const words = expected.split('…')[0]?.trim() ?? '';
        const found = (probeErrors.get(path) ?? []).filter((error) => error.line === index + 1);
        if (found.some((error) => error.text.includes(words))) continue;
        errors.push({
          file: example.file,
          line: example.lines[index - offset] ?? example.line,
          column: 1,
          code: 'DOC',
          message:
            found.length === 0
              ? `the next line has no compile error, but the comment shows "${expected}"`
              : `the next line's error does not read "${words}": ${found.map((error) => error.text).join(' / ')}`,
        });
      }
    }
    return { errors, output };
  }

  dispose(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}

/** `file:line:column TScode message`, the way editors link to a place. */
export function formatError(error: ExampleError): string {
  return `${error.file}:${error.line}:${error.column} ${error.code} ${error.message}`;
}
