// What a new user has: the package as `npm pack` makes it from a fresh clone, installed in a new `npm init -y`
// project. Shared by the packaging tests (test/package/) and the getting-started test (test/docs/).
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ROOT } from '../docs/examples.js';

/** The environment of every command: the Node.js running the tests comes first on PATH, so `npm` and `npx` use it. */
export const COMMAND_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true', // registry packages already in npm's cache are not fetched again
};

/** Output and exit code of a command; never throws, so a test can show what went wrong. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command (no shell) in `cwd` with {@link COMMAND_ENV} and extra variables. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 300_000,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...COMMAND_ENV, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Like {@link run}, but throws with the command's output when it fails. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.code}) in ${cwd}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** A file of the tarball, as `npm pack --json` lists it. */
export interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** The packed package. */
export interface Tarball {
  /** Absolute path of the `.tgz`. */
  readonly file: string;
  /** Bytes of the `.tgz`. */
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly PackedFile[];
}

/**
 * Packs the package as a fresh clone would: the files git tracks (and new files not ignored), without dist/ or
 * node_modules (node_modules is linked, as after `npm ci`), so `npm pack` must build dist/ through `prepack`.
 */
export async function packFreshClone(workspace: string): Promise<Tarball> {
  const clone = join(workspace, 'clone');
  const listed = await runOrThrow(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    ROOT,
  );
  for (const path of listed.stdout.split('\0')) {
    if (path === '' || !existsSync(join(ROOT, path))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    copyFileSync(join(ROOT, path), join(clone, path));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const packed = await runOrThrow('npm', ['pack', '--json', '--pack-destination', workspace], clone);
  // Lifecycle scripts (prepack) print before the JSON report.
  const report = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[/m))) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: PackedFile[];
  }[];
  const [only] = report;
  if (only === undefined) throw new Error(`npm pack reported nothing:\n${packed.stdout}`);
  return {
    file: join(workspace, only.filename),
    size: only.size,
    unpackedSize: only.unpackedSize,
    files: only.files,
  };
}

/** A new project in `directory`, as `npm init -y` makes it (npm 11 writes `"type": "commonjs"`). */
export async function newProject(directory: string): Promise<string> {
  mkdirSync(directory, { recursive: true });
  await runOrThrow('npm', ['init', '-y'], directory);
  return directory;
}

/** A temporary workspace removed by `dispose()`. */
export function workspace(prefix: string): { readonly directory: string; dispose(): void } {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  return { directory, dispose: () => rmSync(directory, { recursive: true, force: true }) };
}

/** Writes a file, creating its folder. */
export function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
