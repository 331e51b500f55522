// One queue worker in a process of its own, as a deployment runs it: for the multi-process tests (which SIGKILL it)
// and the benchmark. Options as JSON in argv[2]. IPC: `stats` answers its counts and memory; `close` closes it
// gracefully and exits. It tells the parent `ready` once it takes jobs.

import { Redis } from 'ioredis';
import { createMessageWorker } from '../../../src/bullmq/index.js';
import type { ClientOptions } from '../../../src/client/client.js';
import { createClient } from '../../../src/client/client.js';
import { createNodeTransport } from '../../../src/node/index.js';

/** The workers' HTTP transport: `ky` (the default, ky over fetch) or `node` (`createNodeTransport`, node:http). */
export type WorkerTransport = 'ky' | 'node';

export interface WorkerProcessOptions {
  readonly redisPort: number;
  readonly queueName: string;
  readonly client: ClientOptions;
  /** ['ky'] */
  readonly transport?: WorkerTransport;
  readonly concurrency: number;
  readonly rateLimit: number;
  readonly timeoutMs?: number;
  readonly lockDuration?: number;
  readonly stalledInterval?: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerProcessOptions;
// Counts every command this process sends to Redis (each a request and its reply), for the benchmark.
let redisCommands = 0;
const sendCommand = Redis.prototype.sendCommand;
Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<typeof sendCommand>) {
  redisCommands++;
  return sendCommand.apply(this, args);
};
const connection = new Redis({ host: '127.0.0.1', port: options.redisPort, maxRetriesPerRequest: null });
const messageWorker = await createMessageWorker(options.queueName, {
  connection,
  client:
    options.transport === 'node'
      ? createClient({
          ...options.client,
          transport: createNodeTransport({ retry: false, timeoutMs: options.timeoutMs ?? 5_000 }),
        })
      : createClient({ ...options.client, retry: false, timeoutMs: options.timeoutMs ?? 5_000 }),
  concurrency: options.concurrency,
  rateLimit: { max: options.rateLimit },
  workerOptions: {
    ...(options.lockDuration === undefined ? {} : { lockDuration: options.lockDuration }),
    ...(options.stalledInterval === undefined ? {} : { stalledInterval: options.stalledInterval }),
  },
});

process.on('message', (message: { type: string; collect?: boolean }) => {
  if (message.type === 'stats') {
    if (message.collect === true) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    process.send?.({
      type: 'stats',
      counts: messageWorker.counts(),
      rss,
      heapUsed,
      cpuMicros: user + system,
      redisCommands,
    });
  } else if (message.type === 'close') {
    void messageWorker.close().then(() => {
      connection.disconnect();
      process.send?.({ type: 'closed', counts: messageWorker.counts() });
      process.exit(0);
    });
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
