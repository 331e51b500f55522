// Throughput and client CPU of client.sendMany through the default ky transport, side by side with a bare fetch loop
// at the same concurrency, against the sandbox running in another process. Rounds interleave every contender (the
// order rotating each round) so a noisy machine slows them alike; the tables show medians, the spread and the ratios
// to the bare loop (aims at 0 ms latency: throughput ≥ 0.9×, client CPU ≤ 1.3×).
//
// Four contenders, each adding one layer to the one before, so each layer's cost is measured apart:
// - bare fetch loop: `fetch` with a string body, `response.json()`: the floor;
// - ky alone: one ky instance created once, `api.post(url, { headers, body })`, `response.text()`, JSON.parse, no
//   retries: what ky itself costs per request over fetch, which this library cannot change;
// - the transport alone: `createKyTransport().send()` with the default policy (retries armed, time limits, the 1 MiB
//   cap, redirects not followed), no validation;
// - client.sendMany: the above plus validating each message and each answer, outcomes in input order.
// Then the Node transport of `8x8-chatapps/node` (node:http, keep-alive agent) in the same two layers: its
// `createNodeTransport().send()` with the default policy, and `client.sendMany` over it.
//
// Under the first table, where each contender's wall time went (Linux only, from /proc): the client's main thread
// running and waiting for a core (its run-queue time), the client's other threads (V8's garbage-collection helpers,
// libuv), garbage-collection pauses on the main thread, the event loop's utilisation, and the sandbox's CPU. At 0 ms
// the main thread is never idle, so its messages a second are 1 / (running + waiting): how much of a core the
// scheduler gives it on a shared machine sets the throughput, not the client's CPU alone.
//
// Two scenarios: a sandbox answering at once (the client's CPU is the bottleneck: the worst case for any client
// overhead, and what the aims are about) and one answering after 100 ms (a server across a region, where the network
// sets the pace: 50 in flight / 100 ms = at most 500 messages a second for any client). BENCH_LATENCIES=0 runs the
// first only.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ky from 'ky';
import {
  type ClientOptions,
  createClient,
  createKyTransport,
  type MessageRequestInput,
  Secret,
  type Transport,
} from '../src/index.js';
import { createNodeTransport } from '../src/node/index.js';
import { rangeOf, recordAim } from './fixtures/aims.js';
import { BEFORE_SRC, importBeforeSrc } from './fixtures/before-src.js';
import { sendConcurrently } from './fixtures/concurrent.js';
import { textRequests } from './fixtures/text-requests.js';

const before = await importBeforeSrc();
const MESSAGES_PER_ROUND = Number(process.env['BENCH_MESSAGES'] ?? 2_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const LATENCIES = (process.env['BENCH_LATENCIES'] ?? '0,100').split(',').map(Number);
const THROUGHPUT_AIM = 0.9;
const CPU_AIM = 1.3;

interface Round {
  readonly ms: number;
  readonly cpuMs: number;
  readonly accepted: number;
  /** Where the wall time went; undefined where /proc cannot say (not Linux). */
  readonly threads: ThreadTimes | undefined;
  /** Event-loop utilisation over the round (0–1). */
  readonly eventLoop: number;
  /** Garbage-collection pauses on the main thread, in ms. */
  readonly gcMs: number;
}

/** Milliseconds over a round, from the kernel's scheduler statistics. */
interface ThreadTimes {
  /** The client's main thread on a core. */
  readonly mainRunning: number;
  /** The client's main thread runnable but waiting for a core (its run-queue time). */
  readonly mainWaiting: number;
  /** Every thread of the sandbox process on a core. */
  readonly sandboxRunning: number;
}

/** Running and run-queue time of the threads of `pid` (all of them, or only the main one), in ms; Linux only. */
function schedulerTimes(pid: number, mainOnly: boolean): { running: number; waiting: number } | undefined {
  try {
    const tasks = mainOnly ? [String(pid)] : readdirSync(`/proc/${pid}/task`);
    let running = 0;
    let waiting = 0;
    for (const task of tasks) {
      // schedstat: nanoseconds on a core, nanoseconds waiting on a run queue, time slices.
      const [onCore, onQueue] = readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8')
        .split(' ')
        .map(Number);
      running += onCore! / 1e6;
      waiting += onQueue! / 1e6;
    }
    return { running, waiting };
  } catch {
    return undefined;
  }
}

/** Every garbage-collection pause of this process, to be summed over each round's window. */
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

const messages: MessageRequestInput[] = textRequests(MESSAGES_PER_ROUND);

type SandboxOptions = ClientOptions & { baseUrl: string };

async function startSandboxProcess(latencyMs: number) {
  const script = fileURLToPath(new URL('./send-many-sandbox-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const options = JSON.parse(line) as SandboxOptions;
  return {
    options,
    pid: child.pid,
    stop: async () => {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

async function measure(run: () => Promise<number>, sandboxPid: number | undefined): Promise<Round> {
  const main = schedulerTimes(process.pid, true);
  const sandbox = sandboxPid === undefined ? undefined : schedulerTimes(sandboxPid, false);
  const eventLoop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const accepted = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const eventLoopUsed = performance.eventLoopUtilization(eventLoop).utilization;
  const mainAfter = schedulerTimes(process.pid, true);
  const sandboxAfter = sandboxPid === undefined ? undefined : schedulerTimes(sandboxPid, false);
  // The observer hears of the last pauses a turn later.
  await new Promise((resolve) => setImmediate(resolve));
  const end = start + ms;
  const gcMs = gcPauses
    .filter((p) => p.start >= start && p.start < end)
    .reduce((sum, p) => sum + p.duration, 0);
  const threads =
    main && mainAfter && sandbox && sandboxAfter
      ? {
          mainRunning: mainAfter.running - main.running,
          mainWaiting: mainAfter.waiting - main.waiting,
          sandboxRunning: sandboxAfter.running - sandbox.running,
        }
      : undefined;
  return { ms, cpuMs: (used.user + used.system) / 1000, accepted, threads, eventLoop: eventLoopUsed, gcMs };
}

function messagesUrl(options: SandboxOptions): string {
  return `${options.baseUrl}/api/v1/subaccounts/${encodeURIComponent(options.subAccountId)}/messages`;
}

/** `send` over every message, CONCURRENCY at a time; resolves with how many answers carried a umid. */
function loop(send: (message: MessageRequestInput) => Promise<unknown>): Promise<number> {
  return sendConcurrently(messages, CONCURRENCY, send);
}

function bareFetchLoop(options: SandboxOptions): () => Promise<number> {
  const url = messagesUrl(options);
  const headers = {
    authorization: `Bearer ${options.apiKey}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  return () =>
    loop(async (message) => {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(message) });
      return response.json();
    });
}

function kyAloneLoop(options: SandboxOptions): () => Promise<number> {
  const url = messagesUrl(options);
  const api = ky.create({
    retry: 0,
    headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
  });
  const headers = { 'content-type': 'application/json' };
  return () =>
    loop(async (message) => {
      const response = await api.post(url, { headers, body: JSON.stringify(message) });
      return JSON.parse(await response.text()) as unknown;
    });
}

function transportLoop(
  options: SandboxOptions,
  transport: Transport = createKyTransport(),
): () => Promise<number> {
  const url = messagesUrl(options);
  const authorization = new Secret(`Bearer ${options.apiKey}`);
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  return () =>
    loop(async (message) => {
      const response = await transport.send({
        method: 'POST',
        url,
        headers,
        authorization,
        body: JSON.stringify(message),
      });
      return response.body;
    });
}

function sendManyRun(
  options: SandboxOptions,
  transport?: Transport,
  create: typeof createClient = createClient,
): () => Promise<number> {
  const client = create(transport === undefined ? options : { ...options, transport });
  return async () => (await client.sendMany(messages, { concurrency: CONCURRENCY })).accepted;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const format = (value: number) => Math.round(value).toLocaleString('en-US');

/** Runs one scenario and prints its table; returns whether every message was accepted. */
async function scenario(latencyMs: number): Promise<boolean> {
  const loadBefore = loadNow();
  const sandbox = await startSandboxProcess(latencyMs);
  try {
    const contenders = [
      { name: 'bare fetch loop (floor)', run: bareFetchLoop(sandbox.options), rounds: [] as Round[] },
      { name: 'ky alone (no retries)', run: kyAloneLoop(sandbox.options), rounds: [] as Round[] },
      { name: 'createKyTransport().send', run: transportLoop(sandbox.options), rounds: [] as Round[] },
      { name: 'client.sendMany (ky)', run: sendManyRun(sandbox.options), rounds: [] as Round[] },
      {
        name: 'createNodeTransport().send',
        run: transportLoop(sandbox.options, createNodeTransport()),
        rounds: [] as Round[],
      },
      {
        name: 'client.sendMany (node transport)',
        run: sendManyRun(sandbox.options, createNodeTransport()),
        rounds: [] as Round[],
      },
      ...(before === undefined
        ? []
        : [
            {
              name: `client.sendMany (ky), ${BEFORE_SRC}`,
              run: sendManyRun(sandbox.options, undefined, before.createClient),
              rounds: [] as Round[],
            },
          ]),
    ];
    // One warm-up round each (JIT, connection pool), not counted.
    for (const contender of contenders) await measure(contender.run, sandbox.pid);
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate who goes first, so a burst of load elsewhere does not always hit the same one.
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) contender.rounds.push(await measure(contender.run, sandbox.pid));
    }

    console.log(
      `\n## Sandbox answering after ${latencyMs} ms: ${MESSAGES_PER_ROUND} messages a round, concurrency ` +
        `${CONCURRENCY}, ${ROUNDS} interleaved rounds after a warm-up\n`,
    );
    console.log(
      '| contender | msgs/s (median) | slowest–fastest | ÷ bare | client CPU µs/msg (median) | min–max | ÷ bare |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const [bare] = contenders as [(typeof contenders)[0]];
    // Ratios are taken round by round (both sides ran back to back), then the median of those.
    const ratios = contenders.map(({ name, rounds }) => {
      const perSecond = rounds.map((round) => (MESSAGES_PER_ROUND * 1000) / round.ms);
      const cpu = rounds.map((round) => (round.cpuMs * 1000) / MESSAGES_PER_ROUND);
      const throughputRatios = rounds.map((round, i) => bare.rounds[i]!.ms / round.ms);
      const cpuRatios = rounds.map((round, i) => round.cpuMs / bare.rounds[i]!.cpuMs);
      const throughputRatio = median(throughputRatios);
      const cpuRatio = median(cpuRatios);
      console.log(
        `| ${name} | ${format(median(perSecond))} | ${format(Math.min(...perSecond))}–${format(Math.max(...perSecond))} ` +
          `| ${throughputRatio.toFixed(2)}× | ${format(median(cpu))} | ${format(Math.min(...cpu))}–${format(Math.max(...cpu))} ` +
          `| ${cpuRatio.toFixed(2)}× |`,
      );
      return { throughputRatio, cpuRatio, throughputRatios, cpuRatios };
    });
    const client = ratios[3]!;
    const kyAlone = ratios[1]!;
    const nodeTransport = ratios[4]!;
    const nodeClient = ratios[5]!;
    // What this library adds over ky used plainly, round by round against the ky-alone run next to it.
    const [, kyRounds, transportRounds, clientRounds] = contenders.map(({ rounds }) => rounds) as [
      Round[],
      Round[],
      Round[],
      Round[],
      Round[],
      Round[],
    ];
    const overKy = (rounds: Round[]) => median(rounds.map((round, i) => round.cpuMs / kyRounds[i]!.cpuMs));
    const perMessageOverKy = (rounds: Round[]) =>
      median(rounds.map((round, i) => ((round.cpuMs - kyRounds[i]!.cpuMs) * 1000) / MESSAGES_PER_ROUND));
    console.log(
      `\nsendMany ÷ bare fetch: throughput **${client.throughputRatio.toFixed(2)}×** ` +
        `(rounds ${rangeOf(client.throughputRatios, 2, '×')}; aim ≥ ${THROUGHPUT_AIM}) ` +
        `${client.throughputRatio >= THROUGHPUT_AIM ? 'MET' : 'NOT MET'}, client CPU **${client.cpuRatio.toFixed(2)}×** ` +
        `(rounds ${rangeOf(client.cpuRatios, 2, '×')}; aim ≤ ${CPU_AIM}) ${client.cpuRatio <= CPU_AIM ? 'MET' : 'NOT MET'}` +
        (latencyMs === 0 ? '' : ' (the aims are about 0 ms; here the network sets the pace)'),
    );
    console.log(
      `ky alone ÷ bare fetch: throughput ${kyAlone.throughputRatio.toFixed(2)}×, client CPU ${kyAlone.cpuRatio.toFixed(2)}× ` +
        '(ky’s own per-request work, before anything of this library)',
    );
    console.log(
      `this library over ky alone, client CPU: the transport ${overKy(transportRounds).toFixed(2)}× ` +
        `(${format(perMessageOverKy(transportRounds))} µs/msg), client.sendMany ${overKy(clientRounds).toFixed(2)}× ` +
        `(${format(perMessageOverKy(clientRounds))} µs/msg: the transport's wrapper, validating the message and the ` +
        'answer, the pool and the outcomes)',
    );
    console.log(
      `sendMany over the Node transport ÷ bare fetch: throughput **${nodeClient.throughputRatio.toFixed(2)}×** ` +
        `(aim ≥ ${THROUGHPUT_AIM}) ${nodeClient.throughputRatio >= THROUGHPUT_AIM ? 'MET' : 'NOT MET'}, client CPU ` +
        `**${nodeClient.cpuRatio.toFixed(2)}×** (aim ≤ ${CPU_AIM}) ${nodeClient.cpuRatio <= CPU_AIM ? 'MET' : 'NOT MET'}; ` +
        `createNodeTransport().send alone: throughput ${nodeTransport.throughputRatio.toFixed(2)}×, client CPU ` +
        `${nodeTransport.cpuRatio.toFixed(2)}×`,
    );
    if (latencyMs === 0) {
      // Issue 10's aims are about the default transport at 0 ms, where the client's CPU is the bottleneck.
      const against = `bare fetch loop, same rounds, concurrency ${CONCURRENCY}, ${MESSAGES_PER_ROUND} messages, sandbox in its own process at 0 ms, Node ${process.version}`;
      recordAim({
        issue: 10,
        id: 'send-many-throughput',
        measure: 'sendMany (ky) throughput ÷ bare fetch',
        figure: `${client.throughputRatio.toFixed(2)}×`,
        spread: rangeOf(client.throughputRatios, 2, '×'),
        aim: `≥ ${THROUGHPUT_AIM}×`,
        met: client.throughputRatio >= THROUGHPUT_AIM,
        floor: against,
        bench: 'send-many.bench.ts',
      });
      recordAim({
        issue: 10,
        id: 'send-many-cpu',
        measure: 'sendMany (ky) client CPU ÷ bare fetch',
        figure: `${client.cpuRatio.toFixed(2)}×`,
        spread: rangeOf(client.cpuRatios, 2, '×'),
        aim: `≤ ${CPU_AIM}×`,
        met: client.cpuRatio <= CPU_AIM,
        floor: `${against} (ky alone: ${kyAlone.cpuRatio.toFixed(2)}×)`,
        bench: 'send-many.bench.ts',
      });
    }
    printWhereTheTimeWent(contenders);
    console.log(
      `load average (1, 5, 15 min) ${loadBefore} at the start, ${loadNow()} at the end (cores: ${availableParallelism()})`,
    );
    return contenders.every(({ rounds }) => rounds.every((round) => round.accepted === MESSAGES_PER_ROUND));
  } finally {
    await sandbox.stop();
  }
}

function loadNow(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/**
 * Where each contender's wall time went, per message (medians over the rounds): the main thread running and waiting
 * for a core, the client's other threads, its garbage-collection pauses, its event loop's utilisation, the sandbox's
 * CPU. Without /proc (not Linux) only the last three columns but one are known.
 */
function printWhereTheTimeWent(contenders: readonly { name: string; rounds: Round[] }[]): void {
  const perMessage = (ms: number) => (ms * 1000) / MESSAGES_PER_ROUND;
  const column = (rounds: Round[], pick: (round: Round) => number | undefined, digits = 0) => {
    const values = rounds.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? 'n/a' : median(values).toFixed(digits);
  };
  console.log(
    '\nWhere the wall time went, µs a message (medians; /proc scheduler statistics): the client main thread on a core ' +
      'and waiting for one, the client’s other threads (GC helpers, libuv), GC pauses on the main thread, event-loop ' +
      'utilisation, the sandbox process on a core\n',
  );
  console.log(
    '| contender | wall | main running | main waiting | other threads | GC pauses | event loop | sandbox |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, rounds } of contenders) {
    console.log(
      `| ${name} | ${column(rounds, (r) => perMessage(r.ms))} ` +
        `| ${column(rounds, (r) => r.threads && perMessage(r.threads.mainRunning))} ` +
        `| ${column(rounds, (r) => r.threads && perMessage(r.threads.mainWaiting))} ` +
        `| ${column(rounds, (r) => r.threads && perMessage(r.cpuMs - r.threads.mainRunning))} ` +
        `| ${column(rounds, (r) => perMessage(r.gcMs))} | ${column(rounds, (r) => r.eventLoop, 2)} ` +
        `| ${column(rounds, (r) => r.threads && perMessage(r.threads.sandboxRunning))} |`,
    );
  }
}

let allAccepted = true;
for (const latencyMs of LATENCIES) allAccepted = (await scenario(latencyMs)) && allAccepted;
if (!allAccepted) {
  console.error('Some messages were not accepted: the numbers above do not measure a working run.');
  process.exitCode = 1;
}
