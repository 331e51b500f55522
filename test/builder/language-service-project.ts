// The in-memory user project the language-service tests probe, and TypeScript 7's verdict on a file of refusals:
// shared by test/builder/language-service.test.ts and language-service-registry.test.ts.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API } from '@typescript/native/unstable/async';
import ts from 'typescript';
import { expect } from 'vitest';
import { ROOT } from '../../bench/fixtures/typecheck.js';

/** A strict user project (the repository's own strictness), without Node's types: the main entry is neutral. */
export const OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'DOM'],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
} as const;

/** A language service over `files` (path → text; anything else is read from disk), rooted at `directory`. */
export function createProbeService(
  files: ReadonlyMap<string, string>,
  directory: string,
): ts.LanguageService {
  const { options, errors } = ts.convertCompilerOptionsFromJson(OPTIONS, directory);
  expect(errors).toEqual([]);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = files.get(file) ?? ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => directory,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (file) => files.has(file) || ts.sys.fileExists(file),
    readFile: (file) => files.get(file) ?? ts.sys.readFile(file),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** One error TypeScript 7 reported in `refusals.mts`, continuation lines joined with a newline. */
export interface RefusalError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Runs TypeScript 7 (`tsc --pretty false`) on the project in `dir` and returns its output and the errors in `refusals.mts`. */
export async function tsc7Refusals(dir: string): Promise<{ output: string; errors: RefusalError[] }> {
  const output = await new Promise<string>((resolve) => {
    execFile(
      join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['-p', dir, '--pretty', 'false'],
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
  // "refusals.mts(12,5): error TS2345: Argument of type …", continuation lines indented.
  const errors = [
    ...output.matchAll(/^\S*refusals\.mts\((\d+),(\d+)\): error TS\d+: (.*(?:\n {2}.*)*)/gm),
  ].map((match) => ({
    line: Number(match[1]),
    column: Number(match[2]),
    message: match[3]!.replace(/\n\s+/g, '\n'),
  }));
  return { output, errors };
}

/** One completion entry as TypeScript 7's language service gives it, reduced to what an editor shows. */
export interface Completion7 {
  readonly name: string;
  readonly sortText: string;
  /** Struck through and sorted last: TypeScript 7 prefixes a deprecated member's sort text with `z`. */
  readonly deprecated: boolean;
  /** The JSDoc tags of the member's symbol (`deprecated` among them when it is marked). */
  readonly tags: readonly string[];
}

/**
 * TypeScript 7's completion at the end of each probe: the probes are written to `dir` as `<name>.mts` (and `others`
 * as they are named) with a tsconfig of {@link OPTIONS}, and asked through TypeScript 7's own language service (its API, which runs the native
 * compiler in a child process), as an editor on TypeScript 7 asks it.
 */
export async function tsc7Completions(
  dir: string,
  probes: ReadonlyMap<string, string>,
  others: Readonly<Record<string, string>> = {},
): Promise<Map<string, Completion7[]>> {
  for (const [name, text] of probes) writeFileSync(join(dir, `${name}.mts`), text);
  for (const [file, text] of Object.entries(others)) writeFileSync(join(dir, file), text);
  const files = [...[...probes.keys()].map((name) => `${name}.mts`), ...Object.keys(others)];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: OPTIONS, files }));
  const api = new API({ cwd: dir });
  try {
    const snapshot = await api.updateSnapshot({ openProjects: [join(dir, 'tsconfig.json')] });
    const { checker } = snapshot.getProjects()[0]!;
    const result = new Map<string, Completion7[]>();
    for (const [name, text] of probes) {
      const info = await checker.getCompletionsAtPosition(join(dir, `${name}.mts`), text.length, {
        includeSymbol: true,
      });
      const entries: Completion7[] = [];
      for (const entry of info?.entries ?? []) {
        const sortText = entry.sortText ?? '';
        const tags = entry.symbol ? (await entry.symbol.getJsDocTags(checker)).map((tag) => tag.name) : [];
        entries.push({ name: entry.name, sortText, deprecated: sortText.startsWith('z'), tags });
      }
      result.set(name, entries);
    }
    return result;
  } finally {
    await api.close();
  }
}
