// The sandbox in a process of its own, for the multi-process queue tests and the benchmark: the workers talk to it
// over HTTP as they would to 8x8. Its options come as JSON in argv[2]; it prints its client options as one JSON line,
// then answers IPC requests: `report` (every request's clientMessageId and answer, every acceptance), `counts`
// (totals only, for long runs), `faults` (a new fault plan), and exits when the parent goes away.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { SandboxFaultPlan } from '../../../src/sandbox/engine.js';
import { startSandbox } from '../../../src/sandbox/server.js';

interface SandboxProcessOptions {
  readonly requestsPerSecond?: number;
  readonly faults?: SandboxFaultPlan;
  /** Keep only totals (benchmark): forget requests and acceptances as they are counted. */
  readonly countOnly?: boolean;
  /** Requests whose clientMessageId starts with this are the benchmark's warm-up, counted apart (`phases`). */
  readonly warmUpPrefix?: string;
}

/** Requests of one phase of a benchmark (its warm-up, or the timed part): first and last arrival, answers. */
export interface SandboxPhase {
  readonly requests: number;
  readonly accepted: number;
  readonly rateLimited: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

/** What `report` answers. */
export interface SandboxReport {
  readonly requests: readonly { readonly id: string | undefined; readonly answer: number | string }[];
  readonly accepted: readonly { readonly id: string | undefined; readonly umid: string }[];
}

/** What `counts` answers. */
export interface SandboxCounts {
  readonly requests: number;
  readonly byAnswer: Readonly<Record<string, number>>;
  readonly accepted: number;
  /** clientMessageIds accepted more than once. */
  readonly duplicates: number;
  readonly firstAt: number;
  readonly lastAt: number;
  /** CPU time of the sandbox process (user + system), in microseconds. */
  readonly cpuMicros: number;
  /** The most requests let through (not answered 429) in one sliding second: how close the run came to the limit. */
  readonly busiestSecond: number;
  /**
   * How late the sandbox's event loop ran (ms, p99 and max): requests that arrive while it is held up are stamped
   * together when it runs again, so a stall of d ms puts d ms' worth of sends into one sliding second.
   */
  readonly eventLoopDelayMs: { readonly p99: number; readonly max: number };
  /**
   * Second by second from the first request (by arrival time): requests let through, answered 429, the busiest
   * sliding second ending in it, and how late the event loop ran at most in it (ms).
   */
  readonly perSecond: readonly SandboxSecond[];
  /** The warm-up's requests (clientMessageId starting with `warmUpPrefix`) and the others, apart. */
  readonly phases: { readonly warmUp: SandboxPhase; readonly timed: SandboxPhase };
}

/** One second of `perSecond`. */
export interface SandboxSecond {
  readonly through: number;
  readonly refused: number;
  readonly busiest: number;
  readonly loopLateMs: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as SandboxProcessOptions;
const sandbox = await startSandbox({
  subAccountId: 'acme_queue',
  ...(options.requestsPerSecond === undefined
    ? {}
    : { rateLimit: { requestsPerSecond: options.requestsPerSecond } }),
});
if (options.faults !== undefined) sandbox.setFaults(options.faults);

const idOf = (body: unknown) => (body as { clientMessageId?: string } | undefined)?.clientMessageId;
const totals = {
  requests: 0,
  byAnswer: {} as Record<string, number>,
  accepted: 0,
  duplicates: 0,
  firstAt: 0,
  lastAt: 0,
};
const acceptedIds = new Set<string>();
const newPhase = () => ({ requests: 0, accepted: 0, rateLimited: 0, firstAt: 0, lastAt: 0 });
const phases = { warmUp: newPhase(), timed: newPhase() };
const phaseOf = (id: string | undefined) =>
  options.warmUpPrefix !== undefined && id?.startsWith(options.warmUpPrefix) === true
    ? phases.warmUp
    : phases.timed;
/** Arrival times of the requests let through in the last second, oldest at `windowStart` (for `busiestSecond`). */
let window: number[] = [];
let windowStart = 0;
let busiestSecond = 0;
const eventLoopDelay = monitorEventLoopDelay({ resolution: 5 });
eventLoopDelay.enable();
/** Per wall-clock second (Date.now() / 1000): what `perSecond` reports, from the first request's second on. */
const seconds = new Map<number, { through: number; refused: number; busiest: number; loopLateMs: number }>();
const secondOf = (at: number) => {
  const key = Math.floor(at / 1000);
  let second = seconds.get(key);
  if (second === undefined) {
    second = { through: 0, refused: 0, busiest: 0, loopLateMs: 0 };
    seconds.set(key, second);
  }
  return second;
};
// How late a 5 ms timer fires, noted in the second it fires in (the histogram above gives no time series).
let tickDue = performance.now() + 5;
setInterval(() => {
  const late = performance.now() - tickDue;
  const second = secondOf(Date.now());
  second.loopLateMs = Math.max(second.loopLateMs, late);
  tickDue = performance.now() + 5;
}, 5).unref();

/** Moves what is settled into the totals (benchmark mode), keeping memory flat over 100,000 messages. */
function count(): void {
  for (const request of sandbox.requests) {
    if (request.answer === 'pending') continue;
    totals.requests++;
    totals.byAnswer[String(request.answer)] = (totals.byAnswer[String(request.answer)] ?? 0) + 1;
    if (totals.firstAt === 0) totals.firstAt = request.receivedAt;
    totals.lastAt = Math.max(totals.lastAt, request.receivedAt);
    const phase = phaseOf(idOf(request.body));
    phase.requests++;
    if (phase.firstAt === 0) phase.firstAt = request.receivedAt;
    phase.lastAt = Math.max(phase.lastAt, request.receivedAt);
    if (request.answer === 429) phase.rateLimited++;
    const second = secondOf(request.receivedAt);
    if (request.answer === 429) {
      second.refused++;
      continue;
    }
    second.through++;
    window.push(request.receivedAt);
    while ((window[windowStart] ?? Infinity) <= request.receivedAt - 1000) windowStart++;
    busiestSecond = Math.max(busiestSecond, window.length - windowStart);
    second.busiest = Math.max(second.busiest, window.length - windowStart);
    if (windowStart > 10_000) {
      window = window.slice(windowStart);
      windowStart = 0;
    }
  }
  for (const accepted of sandbox.accepted) {
    totals.accepted++;
    const id = accepted.message.clientMessageId ?? '';
    phaseOf(id).accepted++;
    if (acceptedIds.has(id)) totals.duplicates++;
    acceptedIds.add(id);
  }
}

if (options.countOnly === true) {
  // reset() forgets pending requests too; the benchmark's sandbox has no latency, so few are pending at any time,
  // and those are counted by their acceptance (which is what the figures use).
  setInterval(() => {
    count();
    sandbox.reset();
  }, 500).unref();
}

function perSecondSince(firstAt: number): SandboxSecond[] {
  if (firstAt === 0) return [];
  const first = Math.floor(firstAt / 1000);
  const last = Math.floor(totals.lastAt / 1000);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const { through, refused, busiest, loopLateMs } = seconds.get(first + i) ?? secondOf((first + i) * 1000);
    return { through, refused, busiest, loopLateMs: Math.round(loopLateMs) };
  });
}

process.on('message', (message: { type: string; faults?: SandboxFaultPlan }) => {
  if (message.type === 'report') {
    process.send?.({
      type: 'report',
      report: {
        requests: sandbox.requests.map((request) => ({ id: idOf(request.body), answer: request.answer })),
        accepted: sandbox.accepted.map((accepted) => ({
          id: accepted.message.clientMessageId,
          umid: accepted.umid,
        })),
      } satisfies SandboxReport,
    });
  } else if (message.type === 'counts') {
    count();
    sandbox.reset();
    const { user, system } = process.cpuUsage();
    process.send?.({
      type: 'counts',
      counts: {
        ...totals,
        cpuMicros: user + system,
        busiestSecond,
        eventLoopDelayMs: { p99: eventLoopDelay.percentile(99) / 1e6, max: eventLoopDelay.max / 1e6 },
        perSecond: perSecondSince(totals.firstAt),
        phases,
      } satisfies SandboxCounts,
    });
  } else if (message.type === 'faults') {
    sandbox.setFaults(message.faults ?? {});
  }
});
process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
process.stdout.write(`${JSON.stringify(sandbox.clientOptions())}\n`);
