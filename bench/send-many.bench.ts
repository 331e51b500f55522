// Throughput of client.sendMany through the default ky transport, side by side with a bare fetch loop at the same
// concurrency, against the sandbox running in another process. Rounds alternate between the two so a noisy machine
// slows both alike; the table shows medians and the ratio (aim: sendMany ≥ 0.8 × bare fetch).
//
// Two scenarios: a sandbox answering at once (the client's CPU is the bottleneck: the worst case for any client
// overhead, and what the aim is about) and one answering after 100 ms (a real server across a region, where the
// network sets the pace: 50 in flight / 100 ms = at most 500 messages a second for any client).
//
// The bare loop only serialises, posts and parses JSON. sendMany also validates each message and each answer
// against the schemas, keeps outcomes in input order, and runs the retry and timeout machinery: that is the cost
// being measured.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type ClientOptions, createClient, type MessageRequestInput } from '../src/index.js';

const MESSAGES_PER_ROUND = Number(process.env['BENCH_MESSAGES'] ?? 2_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const AIM = 0.8;

interface Round {
  readonly ms: number;
  readonly cpuMs: number;
  readonly accepted: number;
}

const messages: MessageRequestInput[] = Array.from({ length: MESSAGES_PER_ROUND }, (_, i) => ({
  user: { msisdn: `+65${80_000_000 + i}` },
  clientMessageId: `bench-${i}`,
  type: 'text',
  content: { text: `Your code is ${String(100_000 + i)}` },
  channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
}));

async function startSandboxProcess(latencyMs: number) {
  const script = fileURLToPath(new URL('./send-many-sandbox-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const options = JSON.parse(line) as ClientOptions & { baseUrl: string };
  return {
    options,
    stop: async () => {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

async function measure(run: () => Promise<number>): Promise<Round> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const accepted = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, accepted };
}

function bareFetchLoop(options: ClientOptions & { baseUrl: string }): () => Promise<number> {
  const url = `${options.baseUrl}/api/v1/subaccounts/${encodeURIComponent(options.subAccountId)}/messages`;
  const headers = {
    authorization: `Bearer ${options.apiKey}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  return async () => {
    let next = 0;
    let accepted = 0;
    const worker = async () => {
      while (next < messages.length) {
        const message = messages[next++];
        const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(message) });
        const body = (await response.json()) as { umid?: string };
        if (response.ok && typeof body.umid === 'string') accepted++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return accepted;
  };
}

function sendManyRun(options: ClientOptions): () => Promise<number> {
  const client = createClient(options);
  return async () => (await client.sendMany(messages, { concurrency: CONCURRENCY })).accepted;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs one scenario and prints its table; returns whether every message was accepted. */
async function scenario(latencyMs: number): Promise<boolean> {
  const sandbox = await startSandboxProcess(latencyMs);
  try {
    const contenders = [
      { name: 'bare fetch loop', run: bareFetchLoop(sandbox.options), rounds: [] as Round[] },
      { name: 'client.sendMany (ky)', run: sendManyRun(sandbox.options), rounds: [] as Round[] },
    ];
    // One warm-up round each (JIT, connection pool), not counted.
    for (const contender of contenders) await measure(contender.run);
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first, so a burst of load elsewhere does not always hit the same one.
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const contender of order) contender.rounds.push(await measure(contender.run));
    }

    console.log(
      `\n## Sandbox answering after ${latencyMs} ms: ${MESSAGES_PER_ROUND} messages a round, concurrency ${CONCURRENCY}, ` +
        `${ROUNDS} rounds each after a warm-up\n`,
    );
    console.log('| contender | msgs/s (median) | slowest | fastest | client CPU µs/msg (median) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const format = (value: number) => Math.round(value).toLocaleString('en-US');
    const rates = contenders.map(({ name, rounds }) => {
      const perSecond = rounds.map((round) => (MESSAGES_PER_ROUND * 1000) / round.ms);
      const cpuPerMessage = median(rounds.map((round) => (round.cpuMs * 1000) / MESSAGES_PER_ROUND));
      console.log(
        `| ${name} | ${format(median(perSecond))} | ${format(Math.min(...perSecond))} | ` +
          `${format(Math.max(...perSecond))} | ${format(cpuPerMessage)} |`,
      );
      return { perSecond: median(perSecond), cpuPerMessage };
    });
    const [bare, client] = rates as [(typeof rates)[0], (typeof rates)[0]];
    const ratio = client.perSecond / bare.perSecond;
    const [bareRounds, clientRounds] = contenders.map((contender) => contender.rounds) as [Round[], Round[]];
    const roundRatios = clientRounds.map((round, i) => bareRounds[i]!.ms / round.ms);
    console.log(
      `\nthroughput ratio sendMany / bare fetch: **${ratio.toFixed(2)}** (median of per-round ratios ` +
        `${median(roundRatios).toFixed(2)}; aim ≥ ${AIM})${ratio >= AIM ? '' : '  ← below the aim'}`,
    );
    console.log(
      `client CPU per message, sendMany / bare fetch: ${(client.cpuPerMessage / bare.cpuPerMessage).toFixed(2)}×`,
    );
    return contenders.every(({ rounds }) => rounds.every((round) => round.accepted === MESSAGES_PER_ROUND));
  } finally {
    await sandbox.stop();
  }
}

let allAccepted = true;
for (const latencyMs of [0, 100]) allAccepted = (await scenario(latencyMs)) && allAccepted;
if (!allAccepted) {
  console.error('Some messages were not accepted: the numbers above do not measure a working run.');
  process.exitCode = 1;
}
