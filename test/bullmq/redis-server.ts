// A real Redis for the queue tests: Debian's redis-server on a loopback port of our own, AOF on (as production runs
// it), in a temporary directory, stopped at the end. Where redis-server is missing the tests are skipped, except in
// CI (CI=true), where a missing Redis fails the suite: .ci/run installs it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

function findRedisServer(): string | undefined {
  for (const candidate of ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe' });
      return candidate;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

export const REDIS_SERVER = findRedisServer();

/** Whether the Redis tests run here; in CI a missing redis-server is an error, not a skip. */
export function redisAvailable(): boolean {
  if (REDIS_SERVER !== undefined) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(
      'redis-server is not installed: CI must install it (apt-get install redis-server, see .ci/run)',
    );
  }
  return false;
}

/** A free loopback port, chosen by the system. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * When Redis writes its AOF to disk: `everysec` (Redis's default with AOF on) or `always` (each write is on disk
 * before Redis answers it, so even a crash loses nothing it acknowledged).
 */
export type AppendFsync = 'everysec' | 'always';

/** A redis-server child process with AOF on, restartable on the same port and data directory. */
export class TestRedis {
  readonly port: number;
  readonly dir: string;
  readonly appendfsync: AppendFsync;
  #process: ChildProcess | undefined;

  private constructor(port: number, appendfsync: AppendFsync) {
    this.port = port;
    this.appendfsync = appendfsync;
    this.dir = mkdtempSync(join(tmpdir(), 'x8x8-redis-'));
  }

  static async start(options: { readonly appendfsync?: AppendFsync } = {}): Promise<TestRedis> {
    const redis = new TestRedis(await freePort(), options.appendfsync ?? 'everysec');
    await redis.#launch();
    return redis;
  }

  /** A connection as the workers use it (commands wait while Redis is away, instead of failing). */
  connect(): Redis {
    return new Redis({ host: '127.0.0.1', port: this.port, maxRetriesPerRequest: null, lazyConnect: false });
  }

  async #launch(): Promise<void> {
    const child = spawn(
      REDIS_SERVER ?? 'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        this.appendfsync,
        '--save',
        '',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.#process = child;
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('Ready to accept connections')) {
          child.stdout?.off('data', onData);
          child.stdout?.resume();
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.resume();
      child.once('exit', (code) =>
        reject(new Error(`redis-server exited (${code}) before it was ready:\n${log}`)),
      );
    });
  }

  /** Stops Redis the way a restart does (SIGTERM: it writes the AOF and exits). */
  async stop(): Promise<void> {
    const child = this.#process;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    this.#process = undefined;
  }

  /** Stops and starts Redis again on the same port; its data comes back from the AOF. */
  async restart(): Promise<void> {
    await this.stop();
    await this.#launch();
  }

  /**
   * Kills Redis with SIGKILL (a crash: no AOF rewrite, no goodbye to the clients) and starts it again on the same
   * port; its data comes back from the AOF as far as it was written.
   */
  async crash(): Promise<void> {
    const child = this.#process;
    if (child !== undefined && child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    }
    this.#process = undefined;
    await this.#launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
