// Starting the sandbox and worker processes from a test or the benchmark, and talking to them over IPC.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientOptions } from '../../../src/client/client.js';
import type { SandboxCounts, SandboxReport } from './sandbox-process.js';
import type { WorkerProcessOptions } from './worker-process.js';

const here = dirname(fileURLToPath(import.meta.url));

function launch(file: string, options: object): ChildProcess {
  // BENCH_CPU_PROF_DIR=<dir>: each process writes a CPU profile there when it exits (not when SIGKILLed).
  const profileDir = process.env['BENCH_CPU_PROF_DIR'];
  const profile = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
  // --expose-gc: a worker collects garbage before it reports its memory, so the figure is what it retains.
  return spawn(
    process.execPath,
    [...profile, '--expose-gc', '--import', 'tsx', join(here, file), JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
}

/** Sends `type` and waits for the first message of type `reply`. */
function ask<T>(child: ChildProcess, type: string, reply: string, extra: object = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: { type: string } & T) => {
      if (message.type !== reply) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`process exited (${code}) before answering ${type}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ type, ...extra });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface SandboxProcess {
  readonly clientOptions: ClientOptions;
  report(): Promise<SandboxReport>;
  counts(): Promise<SandboxCounts>;
  stop(): Promise<void>;
}

export async function startSandboxProcess(options: {
  requestsPerSecond?: number;
  faults?: object;
  countOnly?: boolean;
  warmUpPrefix?: string;
}): Promise<SandboxProcess> {
  const child = launch('sandbox-process.ts', options);
  const clientOptions = await new Promise<ClientOptions>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line !== undefined) resolve(JSON.parse(line) as ClientOptions);
    });
    child.once('exit', (code) => reject(new Error(`sandbox process exited (${code})`)));
  });
  return {
    clientOptions,
    report: async () => (await ask<{ report: SandboxReport }>(child, 'report', 'report')).report,
    counts: async () => (await ask<{ counts: SandboxCounts }>(child, 'counts', 'counts')).counts,
    stop: async () => {
      child.disconnect();
      await exited(child);
    },
  };
}

export interface WorkerStats {
  readonly counts: Record<string, number>;
  /** Memory, in bytes: after a full garbage collection when the stats were asked with `collect`. */
  readonly rss: number;
  readonly heapUsed: number;
  /** CPU time used so far (user + system), in microseconds. */
  readonly cpuMicros: number;
  /** Commands sent to Redis so far (ioredis pipelines those issued in the same tick into one write). */
  readonly redisCommands: number;
}

export interface WorkerProcess {
  readonly pid: number | undefined;
  /** Its counts, CPU and commands so far, and its memory (after a full GC when `collect`, as the heap figures are). */
  stats(options: { readonly collect: boolean }): Promise<WorkerStats>;
  /** Graceful: in-flight messages finish, then the process exits. */
  close(): Promise<void>;
  /** SIGKILL: no chance to record anything. */
  kill(): Promise<void>;
}

export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const child = launch('worker-process.ts', options);
  child.stdout?.resume();
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`worker process exited (${code}) before it was ready`)));
  });
  return {
    pid: child.pid,
    stats: ({ collect }) => ask<WorkerStats>(child, 'stats', 'stats', { collect }),
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await ask(child, 'close', 'closed');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
