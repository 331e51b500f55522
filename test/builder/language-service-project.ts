// The in-memory user project the language-service tests probe, and TypeScript 7's verdict on a file of refusals:
// shared by test/builder/language-service.test.ts and language-service-registry.test.ts.
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * A language service over `files` (path → text; anything else is read from disk), rooted at `directory`; services
 * given one `documents` registry share the files they parse alike (the default libraries, the library's declarations).
 */
export function createProbeService(
  files: ReadonlyMap<string, string>,
  directory: string,
  documents: ts.DocumentRegistry = ts.createDocumentRegistry(),
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
  return ts.createLanguageService(host, documents);
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
      { maxBuffer: 256 * 1024 * 1024 },
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

/** A position in a file as the language server takes it (0-based line, UTF-16 character). */
export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** One diagnostic of the language server, as an editor receives it to draw its squiggle. */
export interface LspDiagnostic {
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
  /** 1 error, 2 warning, 3 information, 4 hint. */
  readonly severity?: number;
  readonly code?: number | string;
  readonly message: string;
  /** 2: deprecated (the editor strikes the range through). */
  readonly tags?: readonly number[];
}

/** One completion item of the language server, reduced to what an editor draws. */
export interface LspCompletionItem {
  readonly label: string;
  readonly sortText?: string;
  /** 1: deprecated (the editor strikes the item through in the completion list). */
  readonly tags?: readonly number[];
}

/**
 * TypeScript 7's language server (`tsc --lsp --stdio`), asked what an editor asks: completion, hover and the file's
 * diagnostics.
 */
export interface LanguageServer7 {
  /** The completion items at `position` of `file`, as after typing a `.` there. */
  completion(file: string, position: LspPosition): Promise<LspCompletionItem[]>;
  /** The hover's text at `position` of `file` (markdown, as the editor renders it), or undefined without one. */
  hover(file: string, position: LspPosition): Promise<string | undefined>;
  /** The diagnostics the server reports for `file` (pull diagnostics, `textDocument/diagnostic`). */
  diagnostics(file: string): Promise<LspDiagnostic[]>;
  /** The server's process id, to see that it is gone. */
  readonly pid: number | undefined;
  /** Shuts the server down; kills it if it does not exit in time. Resolves once it has exited, however it ended. */
  close(): Promise<void>;
}

interface LspMessage {
  readonly id?: number;
  readonly method?: string;
  readonly params?: { readonly items?: readonly unknown[] };
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

/**
 * Starts TypeScript 7's language server on the project in `dir` (a tsconfig.json there) and opens `open` (path →
 * text) as an editor does: one server for every question, speaking the Language Server Protocol over stdio (the
 * framing is a Content-Length header; the server's own requests, such as configuration, get empty answers).
 */
export async function tsc7LanguageServer(
  dir: string,
  open: ReadonlyMap<string, string>,
): Promise<LanguageServer7> {
  // The native executable itself, as the package's bin finds it (its helper is not among the package's exports).
  const { default: getExePath } = (await import(
    pathToFileURL(join(ROOT, 'node_modules', '@typescript', 'native', 'lib', 'getExePath.js')).href
  )) as { default: () => string };
  const server = spawn(getExePath(), ['--lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let received = Buffer.alloc(0);
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  // Once the server is gone a request fails at once, rather than waiting for an answer that never comes (a write to
  // its closed stdin fails too: that error is reported through `exit`, not thrown at the test run).
  let running = true;
  server.stdin.on('error', () => {});
  const request = (method: string, params?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      if (!running) {
        reject(new Error(`the TypeScript 7 language server has exited (${method})`));
        return;
      }
      lastId += 1;
      pending.set(lastId, { resolve, reject });
      send(params === undefined ? { id: lastId, method } : { id: lastId, method, params });
    });
  const answer = (message: LspMessage) => {
    if (message.method !== undefined) {
      if (message.id === undefined) return; // a notification: logs, published diagnostics
      const result =
        message.method === 'workspace/configuration' ? message.params?.items?.map(() => null) : null;
      send({ id: message.id, result: result ?? null });
      return;
    }
    const waiting = pending.get(message.id!);
    pending.delete(message.id!);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result);
  };
  server.stdout.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    for (;;) {
      const headerEnd = received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(received.subarray(0, headerEnd).toString())![1]);
      const bodyStart = headerEnd + 4;
      if (received.length < bodyStart + length) return;
      answer(JSON.parse(received.subarray(bodyStart, bodyStart + length).toString()) as LspMessage);
      received = received.subarray(bodyStart + length);
    }
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.once('exit', () => {
    running = false;
    for (const { reject } of pending.values()) reject(new Error('the TypeScript 7 language server exited'));
  });
  /** Ends the server however it is: asked to shut down, and killed if it has not exited within `graceMs`. */
  const stop = async (graceMs: number) => {
    const late = (ms: number) => new Promise<'late'>((resolve) => setTimeout(resolve, ms, 'late').unref());
    if (running) {
      const shutdown = request('shutdown').then(() => send({ method: 'exit' }));
      await Promise.race([shutdown.then(() => exited), late(graceMs)]).catch(() => {});
    }
    if (running) server.kill('SIGKILL');
    await exited;
  };
  const uri = (file: string) => pathToFileURL(file).href;
  // A server that does not start leaves no process behind.
  await withTimeout(
    request('initialize', {
      processId: process.pid,
      rootUri: uri(dir),
      capabilities: {
        textDocument: {
          // Completion item tags: 1 deprecated (struck through in the list; TypeScript 7 sends them either way).
          completion: { completionItem: { tagSupport: { valueSet: [1] } } },
          hover: { contentFormat: ['markdown'] },
          // Tags: 1 unnecessary (faded), 2 deprecated (struck through).
          diagnostic: { tagSupport: { valueSet: [1, 2] } },
          publishDiagnostics: { tagSupport: { valueSet: [1, 2] } },
        },
      },
    }),
    SERVER_START_MS,
  ).catch(async (error: unknown) => {
    await stop(0);
    throw error;
  });
  send({ method: 'initialized', params: {} });
  for (const [file, text] of open)
    send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: uri(file), languageId: 'typescript', version: 1, text } },
    });
  return {
    async completion(file, position) {
      const list = (await request('textDocument/completion', {
        textDocument: { uri: uri(file) },
        position,
        context: { triggerKind: 2, triggerCharacter: '.' },
      })) as { items: LspCompletionItem[] } | LspCompletionItem[] | null;
      return Array.isArray(list) ? list : (list?.items ?? []);
    },
    async hover(file, position) {
      const hover = (await request('textDocument/hover', { textDocument: { uri: uri(file) }, position })) as {
        contents: { value: string };
      } | null;
      return hover?.contents.value;
    },
    async diagnostics(file) {
      const report = (await request('textDocument/diagnostic', { textDocument: { uri: uri(file) } })) as {
        items: LspDiagnostic[];
      };
      return report.items;
    },
    pid: server.pid,
    close: () => stop(SERVER_STOP_MS),
  };
}

/** How long the server may take to start and to shut down on a loaded machine before the test gives up on it. */
const SERVER_START_MS = 60_000;
const SERVER_STOP_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the TypeScript 7 language server did not answer in ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
