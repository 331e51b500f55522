// The fault soak: thousands of messages through sendMany → each HTTP transport (ky; node:http) → a hostile server in another process
// (fault-server/), which answers a third of the requests with a fault: redirects (301, 302, 303, 307, 308), resets
// before it read the message and after it recorded it, cut, oversized (over the 1 MiB read cap) and malformed
// success bodies, an error body without a JSON content type, 429s (retried, and one with a wait too long to retry),
// 503s and 500s (before and after recording). The caller's own code throws too: onProgress in the first run, the
// input iterator in the second; each run resumes where the last one stopped, as a caller would.
//
// Per message: the server recorded it at most once; it has exactly one outcome; `ok` means the server has it under
// that umid; `mayHaveBeenAccepted` is true wherever the server may have it as far as the client can tell, and false
// where the server surely has not (every attempt refused). `npm run soak` runs 20,000 messages; npm test 2,000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import type { SendManyOutcome } from '../../src/client/outcome.js';
import { SendManyError } from '../../src/client/send-many-error.js';
import type { RetryEvent } from '../../src/transport/retry-policy.js';
import { TRANSPORTS } from '../transport/transports.js';
import {
  FAULTS,
  type Fault,
  type FaultLogEntry,
  type FaultReport,
  type FaultRule,
} from './fault-server/faults.js';
import { type FaultServer, startFaultServer } from './fault-server/start.js';

const MESSAGES = Number(process.env['SOAK_MESSAGES'] ?? 2_000);
const CONCURRENCY = 32;
const RETRY_LIMIT = 3;

const idOf = (index: number) => `soak-${index}`;
const messageAt = (index: number) =>
  ({
    user: { msisdn: `+65${80_000_000 + index}` },
    clientMessageId: idOf(index),
    type: 'text',
    content: { text: `Message ${index}` },
  }) as const;

function* messagesFrom(first: number, throwAfter = Number.POSITIVE_INFINITY) {
  for (let index = first; index < MESSAGES; index++) {
    if (index - first === throwAfter) throw new Error('the input failed');
    yield messageAt(index);
  }
}

/** What the caller must be told about a message whose last attempt the server saw as `entry`. */
function expectedOutcome(entry: FaultLogEntry) {
  return FAULTS[entry.fault].outcome;
}

describe.each(TRANSPORTS)('sendMany over $name against a hostile server in another process', ({ create }) => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer({ seed: Number(process.env['SOAK_SEED'] ?? 2026), faultRate: 0.35 });
  }, 60_000);
  afterAll(() => server?.stop());

  it('records each message at most once, gives each one outcome, and says honestly whether it may be accepted', async () => {
    const retries: RetryEvent[] = [];
    const client = createClient({
      apiKey: 'soak-key',
      subAccountId: 'acme_soak',
      baseUrl: server.url,
      transport: create({
        // Generous: no fault here waits for a timeout, and a loaded machine must not turn a slow answer into one.
        timeoutMs: 120_000,
        retry: { limit: RETRY_LIMIT, backoffMs: 1, maxBackoffMs: 5, maxRetryAfterMs: 1_000 },
        onRetry: (event) => retries.push(event),
      }),
    });
    const outcomes: (SendManyOutcome | undefined)[] = new Array(MESSAGES);
    /** Takes the outcomes of a run that started at `first`; returns the index of the first message it did not read. */
    const take = (first: number, runOutcomes: readonly (SendManyOutcome | undefined)[]): number => {
      let read = 0;
      runOutcomes.forEach((outcome, index) => {
        if (outcome === undefined) return;
        expect(outcome.index).toBe(index);
        expect(outcomes[first + index], `${idOf(first + index)} has two outcomes`).toBeUndefined();
        outcomes[first + index] = { ...outcome, index: first + index };
        read++;
      });
      // The messages read are a prefix of the input, each with its outcome.
      expect(Object.keys(runOutcomes).length).toBe(read);
      expect(runOutcomes.length).toBe(read);
      return first + read;
    };

    // Run 1: onProgress throws a third of the way: the messages already read are sent to their end.
    const progressFailure = new Error('the progress callback failed');
    const stopAt = Math.floor(MESSAGES / 3);
    const first = await client
      .sendMany(messagesFrom(0), {
        concurrency: CONCURRENCY,
        onProgress: ({ done }) => {
          if (done === stopAt) throw progressFailure;
        },
      })
      .catch((error: unknown) => error);
    expect(first).toBeInstanceOf(SendManyError);
    expect((first as SendManyError).cause).toBe(progressFailure);
    const afterFirst = take(0, (first as SendManyError).result.outcomes);
    expect(afterFirst).toBeGreaterThanOrEqual(stopAt);
    expect(afterFirst).toBeLessThan(MESSAGES);

    // Run 2: the input iterator throws after another third.
    const second = await client
      .sendMany(messagesFrom(afterFirst, stopAt), { concurrency: CONCURRENCY })
      .catch((error: unknown) => error);
    expect(second).toBeInstanceOf(SendManyError);
    expect(((second as SendManyError).cause as Error).message).toBe('the input failed');
    const afterSecond = take(afterFirst, (second as SendManyError).result.outcomes);
    expect(afterSecond).toBe(afterFirst + stopAt);

    // Run 3: the rest, to the end.
    let progressCalls = 0;
    const third = await client.sendMany(messagesFrom(afterSecond), {
      concurrency: CONCURRENCY,
      onProgress: () => progressCalls++,
    });
    expect(take(afterSecond, third.outcomes)).toBe(MESSAGES);
    expect(progressCalls).toBe(MESSAGES - afterSecond);

    const report: FaultReport = await server.report();
    const problems = checkEveryMessage(outcomes, report);
    expect(problems.slice(0, 20), `${problems.length} messages misreported`).toEqual([]);

    // No redirect was followed; only 429s and 503s were retried, each retry counted in the server's log.
    expect(report.followedRedirects).toBe(0);
    expect(new Set(retries.map((event) => event.reason))).toEqual(new Set(['status 429', 'status 503']));
    expect(retries.length).toBe(retriesIn(outcomes, report));
    // Every fault really happened.
    const seen = new Map<Fault, number>();
    for (const { fault } of report.log) seen.set(fault, (seen.get(fault) ?? 0) + 1);
    for (const fault of Object.keys(FAULTS) as Fault[])
      expect(seen.get(fault) ?? 0, fault).toBeGreaterThan(0);
    const accepted = outcomes.filter((outcome) => outcome?.ok).length;
    console.info(
      `${MESSAGES} messages, ${report.log.length} requests logged, ${retries.length} retries, ${accepted} accepted; faults: ${[...seen].map(([fault, count]) => `${fault} ${count}`).join(', ')}`,
    );
  }, 300_000);
});

function entriesById(report: FaultReport): Map<string, FaultLogEntry[]> {
  const byId = new Map<string, FaultLogEntry[]>();
  for (const entry of report.log) {
    if (entry.id === undefined) continue;
    const entries = byId.get(entry.id) ?? [];
    entries.push(entry);
    byId.set(entry.id, entries);
  }
  return byId;
}

const lostConnection = (name: string) => name === 'NetworkError' || name === 'TimeoutError';

/** Every message checked against what the server did; one line per message misreported. */
function checkEveryMessage(
  outcomes: readonly (SendManyOutcome | undefined)[],
  report: FaultReport,
): string[] {
  const byId = entriesById(report);
  const problems: string[] = [];
  for (let index = 0; index < MESSAGES; index++) {
    const id = idOf(index);
    const outcome = outcomes[index];
    // Requests whose body the server never read have no id: a message may have had one more attempt than these.
    const entries = byId.get(id) ?? [];
    const recorded = entries.filter((entry) => entry.umid !== undefined);
    const last = entries.at(-1);
    const problem = (text: string) =>
      problems.push(
        `${id}: ${text} (server saw ${entries.map((entry) => entry.fault).join(', ') || 'nothing'})`,
      );
    if (outcome === undefined) {
      problem('has no outcome');
      continue;
    }
    if (recorded.length > 1) problem(`recorded ${recorded.length} times`);
    if (entries.length > RETRY_LIMIT + 1) problem(`sent ${entries.length} times`);
    if (entries.slice(0, -1).some((entry) => !FAULTS[entry.fault].retried))
      problem('resent after a final answer');
    if (outcome.ok) {
      if (recorded.length !== 1 || recorded[0]?.umid !== outcome.umid || last?.fault !== 'ok')
        problem(`reported accepted as ${outcome.umid}`);
      continue;
    }
    const { name, mayHaveBeenAccepted } = outcome.error as { name: string; mayHaveBeenAccepted?: boolean };
    if (recorded.length > 0 && mayHaveBeenAccepted !== true) problem(`recorded, but ${name} says surely not`);
    if (last === undefined || (FAULTS[last.fault].retried && lostConnection(name))) {
      // The last attempt (or the only one) never reached the server's log: the connection closed before it read
      // the body. The client cannot know whether it was read.
      if (!lostConnection(name) || mayHaveBeenAccepted !== true) problem(`unlogged attempt ended in ${name}`);
      continue;
    }
    const expected = expectedOutcome(last);
    if (expected.ok || expected.error !== name || expected.mayHaveBeenAccepted !== mayHaveBeenAccepted) {
      problem(`${last.fault} ended in ${name} with mayHaveBeenAccepted ${mayHaveBeenAccepted}`);
    }
    const { status, code } = outcome.error as { status?: number; code?: number };
    const rule: FaultRule = FAULTS[last.fault];
    if (rule.status !== undefined && rule.status !== 200 && status !== rule.status)
      problem(`status ${status}`);
    // 8x8's error JSON is read whatever the content type says.
    if (last.fault === 'bad-request-as-text' && code !== 1002) problem(`lost 8x8's code (${code})`);
    // A retried 429 or 503 ends the message only when the retries ran out.
    if (rule.retried && entries.length !== RETRY_LIMIT + 1) problem('retries stopped early');
  }
  return problems;
}

/** Retries the client must have made: every attempt after a message's first. */
function retriesIn(outcomes: readonly (SendManyOutcome | undefined)[], report: FaultReport): number {
  let retries = 0;
  for (const [id, entries] of entriesById(report)) {
    retries += entries.length - 1;
    const outcome = outcomes[Number(id.slice('soak-'.length))];
    const last = entries.at(-1);
    // A retry whose connection closed before the server read it is not in the log.
    if (outcome !== undefined && !outcome.ok && last !== undefined && FAULTS[last.fault].retried) {
      if (lostConnection(outcome.error.name)) retries++;
    }
  }
  return retries;
}
