// The fault soak: thousands of messages through sendMany → ky → HTTP → the sandbox, with random latency, 429s with
// Retry-After, 503s, 500s (before and after accepting) and dropped connections (before and after accepting).
// Whatever happens, every message gets exactly one outcome, none is accepted twice, and none is lost: an outcome
// that says "not accepted" really was not, and every accepted message is one the client reports as accepted or as
// "may have been accepted".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import type { SendManyOutcome } from '../../src/client/outcome.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { createKyTransport, type RetryEvent } from '../../src/transport/ky-transport.js';

const MESSAGES = 3_000;
const CONCURRENCY = 50;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ subAccountId: 'acme_soak' });
});
afterAll(() => sandbox.close());

function* messages() {
  for (let i = 0; i < MESSAGES; i++) {
    yield {
      user: { msisdn: `+65${80_000_000 + i}` },
      clientMessageId: `soak-${i}`,
      type: 'text',
      content: { text: `Message ${i}` },
    } as const;
  }
}

function clientMessageIdOf(outcome: SendManyOutcome): string {
  return `soak-${outcome.index}`;
}

describe('sendMany under random faults', () => {
  it('gives every message one outcome, accepts none twice and loses none', async () => {
    sandbox.setFaults({
      seed: 2026,
      latencyMs: [0, 3],
      probability: 0.2,
      faults: [
        // Retry-After: 0 keeps the run short; the wait itself is covered by the integration tests.
        { kind: 'rate-limit', retryAfterSeconds: 0 },
        { kind: 'rate-limit', retryAfterSeconds: 0 },
        { kind: 'unavailable' },
        { kind: 'server-error' },
        { kind: 'server-error', afterAccept: true },
        { kind: 'drop' },
        { kind: 'drop', afterAccept: true },
      ],
    });
    const retries: RetryEvent[] = [];
    const client = createClient({
      ...sandbox.clientOptions(),
      transport: createKyTransport({
        retry: { limit: 3, backoffMs: 1, maxBackoffMs: 5 },
        onRetry: (event) => retries.push(event),
      }),
    });
    let progressCalls = 0;
    const result = await client.sendMany(messages(), {
      concurrency: CONCURRENCY,
      onProgress: () => progressCalls++,
    });

    // One outcome per message, in input order; the counts add up.
    expect(result.outcomes).toHaveLength(MESSAGES);
    expect(result.outcomes.map((outcome) => outcome.index)).toEqual(
      Array.from({ length: MESSAGES }, (_, i) => i),
    );
    expect(result.accepted + result.failed).toBe(MESSAGES);
    expect(progressCalls).toBe(MESSAGES);

    // No duplicates: each clientMessageId accepted at most once, although many requests were retried.
    const acceptedById = new Map<string, string>();
    for (const { message, umid } of sandbox.accepted) {
      const id = message.clientMessageId ?? '';
      expect(acceptedById.has(id), `${id} accepted twice`).toBe(false);
      acceptedById.set(id, umid);
    }

    // None lost: "accepted" means the sandbox has it under the same umid; "surely not accepted" means it does not.
    const uncertain: string[] = [];
    for (const outcome of result.outcomes) {
      const id = clientMessageIdOf(outcome);
      if (outcome.ok) {
        expect(acceptedById.get(id)).toBe(outcome.umid);
        expect(outcome.clientMessageId).toBe(id);
      } else if (outcome.error.name === 'ValidationError' || !outcome.error.mayHaveBeenAccepted) {
        expect(acceptedById.has(id), `${id} reported as not accepted, but was`).toBe(false);
      } else {
        uncertain.push(id);
      }
    }
    // Every message the sandbox accepted is reported as accepted or as "may have been accepted".
    const reported = new Set([
      ...result.outcomes.filter((outcome) => outcome.ok).map(clientMessageIdOf),
      ...uncertain,
    ]);
    for (const id of acceptedById.keys())
      expect(reported.has(id), `${id} accepted but reported lost`).toBe(true);

    // The faults really happened, and only the safe ones were retried.
    const answers = sandbox.requests.map((request) => request.answer);
    const count = (answer: number | string) => answers.filter((seen) => seen === answer).length;
    expect(count(429)).toBeGreaterThan(50);
    expect(count(503)).toBeGreaterThan(20);
    expect(count(500)).toBeGreaterThan(20);
    expect(count('dropped')).toBeGreaterThan(20);
    expect(count('pending')).toBe(0);
    expect(new Set(retries.map((event) => event.reason))).toEqual(new Set(['status 429', 'status 503']));
    expect(retries.length).toBe(count(429) + count(503) - countExhausted(result.outcomes));
    expect(sandbox.requests.length).toBe(MESSAGES + retries.length);
    // Failures that are not retried end the message: 500s and drops are reported, never resent.
    expect(result.failed).toBeGreaterThanOrEqual(count(500) + count('dropped'));
    expect(uncertain.length).toBe(
      result.outcomes.filter(
        (outcome) =>
          !outcome.ok && outcome.error.name !== 'ValidationError' && outcome.error.mayHaveBeenAccepted,
      ).length,
    );
  }, 60_000);
});

/** Messages whose retries ran out: their last 429/503 was answered but not retried. */
function countExhausted(outcomes: readonly SendManyOutcome[]): number {
  return outcomes.filter(
    (outcome) =>
      !outcome.ok &&
      outcome.error.name === 'ApiError' &&
      (outcome.error.status === 429 || outcome.error.status === 503),
  ).length;
}
