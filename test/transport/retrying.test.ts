// withRetries, the retry loop of transports that make their own attempts (the Node transport), with attempts faked
// and time faked: how long it waits before each retry, and when it stops. What it retries over real HTTP is in
// transport-contract.test.ts, for every transport.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError, NetworkError, TimeoutError } from '../../src/errors/transport-errors.js';
import { DEFAULT_RETRY_POLICY, type RetryEvent } from '../../src/transport/retry-policy.js';
import { withRetries } from '../../src/transport/retrying.js';
import { Secret } from '../../src/transport/secret.js';
import type { TransportRequest, TransportResponse } from '../../src/transport/transport.js';

const URL = 'https://chatapps.8x8.com/api/v1/subaccounts/acme/messages';

function request(signal?: AbortSignal): TransportRequest {
  return { method: 'POST', url: URL, headers: {}, authorization: new Secret('Bearer k'), body: '{}', signal };
}

const answer = (status: number, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  body: undefined,
});

/** Runs withRetries over `outcomes` (an answer, or an error to throw), recording when each attempt started. */
function run(outcomes: (TransportResponse | Error)[], policy = DEFAULT_RETRY_POLICY, signal?: AbortSignal) {
  const startedAt: number[] = [];
  const retries: RetryEvent[] = [];
  const sending = withRetries(
    request(signal),
    policy,
    async () => {
      startedAt.push(Date.now());
      const outcome = outcomes[startedAt.length - 1];
      if (outcome === undefined) throw new Error('no more outcomes');
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    (event) => retries.push(event),
  );
  return { sending: sending.catch((error: unknown) => error), startedAt, retries };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('withRetries', () => {
  it('waits exactly Retry-After, without jitter, and reports each retry after its wait', async () => {
    const { sending, startedAt, retries } = run([
      answer(429, { 'retry-after': '2' }),
      answer(503, { 'retry-after': '0' }),
      answer(200),
    ]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(startedAt).toHaveLength(1);
    expect(retries).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedAt).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(await sending).toMatchObject({ status: 200 });
    // Retry-After: 0 retries at once (a 0 ms timer fires after 1 ms, as Node's timers do).
    expect(startedAt.map((at) => at - startedAt[0]!)).toEqual([0, 2_000, 2_001]);
    expect(retries).toEqual([
      { retryCount: 1, reason: 'status 429', url: URL },
      { retryCount: 2, reason: 'status 503', url: URL },
    ]);
  });

  it('backs off with full jitter: up to backoffMs · 2^(n−1), at most maxBackoffMs', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1); // the upper bound of the jitter
    const refused = () => new NetworkError('connection-refused', URL, { code: 'ECONNREFUSED' });
    const policy = { ...DEFAULT_RETRY_POLICY, limit: 4, backoffMs: 100, maxBackoffMs: 300 };
    const { sending, startedAt } = run([refused(), refused(), answer(429), refused(), answer(200)], policy);
    await vi.runAllTimersAsync();
    expect(await sending).toMatchObject({ status: 200 });
    const waits = startedAt.slice(1).map((at, i) => at - startedAt[i]!);
    expect(waits).toEqual([100, 200, 300, 300]);
  });

  it('returns an answer whose Retry-After is over the cap at once, and the last answer when retries run out', async () => {
    const longWait = run([answer(429, { 'retry-after': '31' })]);
    expect(await longWait.sending).toMatchObject({ status: 429 });
    expect(longWait.startedAt).toHaveLength(1);
    const policy = { ...DEFAULT_RETRY_POLICY, limit: 2 };
    const exhausted = run([answer(503), answer(503), answer(503, { 'x-last': 'yes' })], policy);
    await vi.runAllTimersAsync();
    expect(await exhausted.sending).toMatchObject({ status: 503, headers: { 'x-last': 'yes' } });
    expect(exhausted.startedAt).toHaveLength(3);
  });

  it('returns an answer whose Retry-After no timer can wait out, even when the cap allows any wait', async () => {
    // 30 days: beyond a timer's 2^31 − 1 ms, which would fire at once and retry right away.
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetryAfterMs: Number.POSITIVE_INFINITY };
    const monthLong = run([answer(429, { 'retry-after': '2592000' }), answer(200)], policy);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await monthLong.sending).toMatchObject({ status: 429 });
    expect(monthLong.startedAt).toHaveLength(1);
  });

  it('never retries what may have been accepted: other statuses, resets, time-outs, TLS', async () => {
    for (const outcome of [
      answer(500),
      answer(502),
      answer(400),
      new NetworkError('connection-reset', URL),
      new NetworkError('tls', URL),
      new NetworkError('other', URL),
      new TimeoutError(30_000, URL),
    ]) {
      const { sending, startedAt } = run([outcome, answer(200)]);
      await vi.runAllTimersAsync();
      expect(await sending).toBe(outcome);
      expect(startedAt).toHaveLength(1);
    }
  });

  it('an abort during a wait ends it at once; the AbortError says whether an attempt may have been accepted', async () => {
    const refusedOnly = new AbortController();
    const first = run([answer(429, { 'retry-after': '20' })], DEFAULT_RETRY_POLICY, refusedOnly.signal);
    await vi.advanceTimersByTimeAsync(10);
    refusedOnly.abort();
    const error = await first.sending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ mayHaveBeenAccepted: false });

    const afterA500 = new AbortController();
    const policy = { ...DEFAULT_RETRY_POLICY, statuses: [500], backoffMs: 60_000 };
    const second = run([answer(500)], policy, afterA500.signal);
    await vi.advanceTimersByTimeAsync(10);
    afterA500.abort();
    expect(await second.sending).toMatchObject({ name: 'AbortError', mayHaveBeenAccepted: true });
    expect(second.retries).toEqual([]);
  });

  it('an attempt aborted before it wrote anything still reports an earlier attempt that may have been accepted', async () => {
    const policy = { ...DEFAULT_RETRY_POLICY, statuses: [500] };
    const afterA500 = run([answer(500), new AbortError(false)], policy);
    await vi.runAllTimersAsync();
    expect(await afterA500.sending).toMatchObject({ name: 'AbortError', mayHaveBeenAccepted: true });
    const afterA429 = run([answer(429), new AbortError(false)]);
    await vi.runAllTimersAsync();
    expect(await afterA429.sending).toMatchObject({ name: 'AbortError', mayHaveBeenAccepted: false });
  });
});
