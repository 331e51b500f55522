// Where a queue worker's CPU goes, one part at a time, in one worker process (concurrency 32) against Redis and the
// sandbox in its own process: BullMQ alone (a processor that does nothing), BullMQ with this library's records (the
// attempt with its turn, and the outcome: two Lua scripts), BullMQ with `client.send` over HTTP (no records), and
// `createMessageWorker` with all of it. Then one `client.send` alone in a loop of the same concurrency, without
// BullMQ. The HTTP rows come twice: the default transport (ky over fetch) and `createNodeTransport` of
// `8x8-chatapps/node` (node:http keep-alive). Each row: CPU per message of the worker process and of Redis.
// `queue.bench.ts` measures the whole (4 workers, the limit); this says which part of a worker's CPU is whose.
//
//   npm run bench -- queue-parts                 # 4,000 messages per part, 2 rounds (~2 min on a quiet machine)
//   BENCH_PARTS_MESSAGES=10000 BENCH_PARTS_ROUNDS=3 npx tsx bench/queue-parts.bench.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createMessageWorker, enqueueMessages, type MessageJobData } from '../src/bullmq/index.js';
import { beginAttempt, recordOutcome } from '../src/bullmq/records.js';
import { type ClientOptions, createClient } from '../src/client/client.js';
import type { MessageRequestInput } from '../src/index.js';
import { createNodeTransport } from '../src/node/index.js';
import { REDIS_SERVER, TestRedis } from '../test/bullmq/redis-server.js';

const MESSAGES = Number(process.env['BENCH_PARTS_MESSAGES'] ?? 4_000);
const ROUNDS = Number(process.env['BENCH_PARTS_ROUNDS'] ?? 2);
const CONCURRENCY = 32;

if (REDIS_SERVER === undefined) {
  console.log('redis-server is not installed (apt-get install redis-server): queue parts benchmark skipped');
  process.exit(0);
}

const loadAverage = () =>
  `${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (cores: ${availableParallelism()})`;
console.log(`load average at the start: ${loadAverage()}`);

const redis = await TestRedis.start();
const sandboxProcess: ChildProcess = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./send-many-sandbox-process.ts', import.meta.url)), '0'],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const [line] = (await once(createInterface({ input: sandboxProcess.stdout! }), 'line')) as [string];
const sandboxOptions = JSON.parse(line) as ClientOptions;
const admin = redis.connect();

function message(i: number): MessageRequestInput {
  return {
    user: { msisdn: `+65${80_000_000 + i}` },
    clientMessageId: `m-${i}`,
    type: 'text',
    content: { text: `Your code is ${String(100_000 + i)}` },
  };
}

async function redisCpuMicros(): Promise<number> {
  const info = await admin.info('cpu');
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
  return (field('used_cpu_user') + field('used_cpu_sys')) * 1e6;
}

let queues = 0;
async function filledQueue(count: number): Promise<string> {
  const name = `parts-${++queues}`;
  const queue = new Queue<MessageJobData>(name, { connection: admin });
  await enqueueMessages(
    queue,
    Array.from({ length: count }, (_, i) => message(i)),
    { chunkSize: 1_000 },
  );
  await queue.close();
  return name;
}

interface Part {
  readonly name: string;
  /** Starts consuming `queueName` (`count` messages); calls `done` once per message finished. */
  start(
    queueName: string,
    connection: Redis,
    done: () => void,
    count: number,
  ): Promise<{ close(): Promise<void> }>;
  readonly rows: { workerMicros: number; redisMicros: number }[];
}

const kyClient = () => createClient({ ...sandboxOptions, retry: false });
const nodeClient = () =>
  createClient({ ...sandboxOptions, transport: createNodeTransport({ retry: false }) });
const sent = (clientMessageId: string, umid: string) =>
  ({ outcome: 'sent', clientMessageId, umid, state: 'queued', at: new Date().toISOString() }) as const;

const parts: Part[] = [
  {
    name: 'BullMQ alone (processor does nothing)',
    rows: [],
    start: async (queueName, connection, done) =>
      new Worker(
        queueName,
        async () => {
          done();
          return { outcome: 'sent' };
        },
        { connection, concurrency: CONCURRENCY },
      ),
  },
  {
    name: 'BullMQ + records (attempt, outcome)',
    rows: [],
    start: async (queueName, connection, done) => {
      const worker: Worker<MessageJobData> = new Worker<MessageJobData>(
        queueName,
        async (job) => {
          const id = job.id ?? '';
          await beginAttempt(worker, id, `${new Date().toISOString()} ${crypto.randomUUID()}`, 10);
          const recorded = await recordOutcome(
            worker,
            id,
            sent(job.data.request.clientMessageId, crypto.randomUUID()),
          );
          done();
          return recorded.outcome;
        },
        { connection, concurrency: CONCURRENCY },
      );
      return worker;
    },
  },
  ...(['ky', 'node'] as const).flatMap((transport): Part[] => {
    const client = transport === 'ky' ? kyClient : nodeClient;
    const label = transport === 'ky' ? 'ky' : 'node transport';
    return [
      {
        name: `BullMQ + client.send (${label}, HTTP)`,
        rows: [],
        start: async (queueName, connection, done) => {
          const sender = client();
          return new Worker<MessageJobData>(
            queueName,
            async (job) => {
              const response = await sender.send(job.data.request);
              done();
              return sent(job.data.request.clientMessageId, response.umid);
            },
            { connection, concurrency: CONCURRENCY },
          );
        },
      },
      {
        name: `createMessageWorker (all of it, ${label})`,
        rows: [],
        start: async (queueName, connection, done) =>
          createMessageWorker(queueName, {
            connection,
            client: client(),
            concurrency: CONCURRENCY,
            // Far above what one process sends: the turns are taken, never waited for.
            rateLimit: { max: 1_000_000 },
            onOutcome: done,
          }),
      },
      {
        name: `client.send alone (no queue, ${label})`,
        rows: [],
        start: async (_queueName, _connection, done, count) => {
          const sender = client();
          let next = 0;
          const loop = async () => {
            while (next < count) {
              await sender.send(message(next++));
              done();
            }
          };
          void Promise.all(Array.from({ length: CONCURRENCY }, loop));
          return { close: async () => {} };
        },
      },
    ];
  }),
];

// Round 0 warms up (JIT, connections, each part's first use of the HTTP client) and is not counted.
for (let round = 0; round <= ROUNDS; round++) {
  const count = round === 0 ? Math.min(MESSAGES, 1_000) : MESSAGES;
  for (const part of parts) {
    const queueName = await filledQueue(count);
    const connection = new Redis({ port: redis.port, maxRetriesPerRequest: null });
    let finished = 0;
    let allDone!: () => void;
    const done = new Promise<void>((resolve) => {
      allDone = resolve;
    });
    const redisBefore = await redisCpuMicros();
    const cpuBefore = process.cpuUsage();
    const running = await part.start(
      queueName,
      connection,
      () => {
        if (++finished === count) allDone();
      },
      count,
    );
    await done;
    const cpu = process.cpuUsage(cpuBefore);
    const redisAfter = await redisCpuMicros();
    await running.close();
    connection.disconnect();
    if (round > 0) {
      part.rows.push({
        workerMicros: (cpu.user + cpu.system) / count,
        redisMicros: (redisAfter - redisBefore) / count,
      });
    }
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
console.log(
  `\nOne worker process, concurrency ${CONCURRENCY}, ${MESSAGES} messages a part, ${ROUNDS} rounds after a warm-up (median, min–max); ` +
    'sandbox in its own process, answering at once\n',
);
console.log('| part | worker CPU µs/msg | min–max | Redis CPU µs/msg |');
console.log('| --- | ---: | ---: | ---: |');
for (const part of parts) {
  const worker = part.rows.map((row) => row.workerMicros);
  console.log(
    `| ${part.name} | ${median(worker).toFixed(0)} | ${Math.min(...worker).toFixed(0)}–${Math.max(...worker).toFixed(0)} ` +
      `| ${median(part.rows.map((row) => row.redisMicros)).toFixed(0)} |`,
  );
}
console.log(`\nload average at the end: ${loadAverage()}`);

admin.disconnect();
sandboxProcess.stdin?.end();
await once(sandboxProcess, 'exit');
await redis.dispose();
