// The in-memory user project the language-service tests probe, and TypeScript 7's verdict on a file of refusals:
// shared by test/builder/language-service.test.ts and language-service-registry.test.ts.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
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
