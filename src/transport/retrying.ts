// The retry policy (retry-policy.ts) for a transport that makes its own attempts, as createKyTransport gets it from ky:
// which answers and failures are retried, how long to wait, and what an abort says about the attempts so far.
import { AbortError, NetworkError } from '../errors/transport-errors.js';
import {
  parseRetryAfter,
  RETRIED_NETWORK_FAILURES,
  type ResolvedRetryPolicy,
  type RetryEvent,
  SAFE_RETRY_STATUSES,
} from './retry-policy.js';
import { MAX_TIMER_MS } from './timer-option.js';
import type { TransportRequest, TransportResponse } from './transport.js';

/**
 * One attempt at a request: resolves with the answer whatever its status, rejects with the library's
 * `TimeoutError`, `NetworkError` or `AbortError` (in flight, so `mayHaveBeenAccepted`) when none arrived.
 */
export type Attempt = () => Promise<TransportResponse>;

/**
 * Makes attempts until one is not to be retried, by the rules `createKyTransport` documents: `policy.statuses`
 * (429 and 503) and the failures before the request was written (RETRIED_NETWORK_FAILURES) are retried, up to
 * `policy.limit` times; a `Retry-After` is waited out exactly (an answer asking for more than
 * `policy.maxRetryAfterMs` is returned at once), anything else waits a full-jitter backoff. `onRetry` is called after
 * the wait, right before the retry. An abort between attempts ends in an `AbortError` that says whether some attempt
 * may have been accepted.
 */
export async function withRetries(
  request: TransportRequest,
  policy: ResolvedRetryPolicy,
  attempt: Attempt,
  onRetry: ((event: RetryEvent) => void) | undefined,
): Promise<TransportResponse> {
  const { signal } = request;
  // Whether an attempt ended in anything but a refusal (an answer other than 429/503, a failure after writing).
  let someAttemptMayHaveBeenAccepted = false;
  for (let retryCount = 0; ; retryCount++) {
    if (signal?.aborted) throw new AbortError(someAttemptMayHaveBeenAccepted, signal.reason);
    let waitMs: number;
    let reason: string;
    try {
      const response = await attempt();
      // 429 and 503 refuse the request; any other answer (even a 500 the caller chose to retry) may follow an
      // acceptance.
      if (!SAFE_RETRY_STATUSES.includes(response.status)) someAttemptMayHaveBeenAccepted = true;
      if (retryCount >= policy.limit || !policy.statuses.includes(response.status)) return response;
      // Rule: honour Retry-After; a wait longer than the cap is returned to the caller instead of cut short (as is
      // one longer than a timer keeps, which would fire at once).
      const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
      if (retryAfterMs !== undefined && retryAfterMs > Math.min(policy.maxRetryAfterMs, MAX_TIMER_MS))
        return response;
      waitMs = retryAfterMs ?? backoffMs(policy, retryCount + 1);
      reason = `status ${response.status}`;
    } catch (error) {
      // An abort while an attempt could not yet have written anything still says what the earlier attempts did.
      if (error instanceof AbortError && !error.mayHaveBeenAccepted && someAttemptMayHaveBeenAccepted)
        throw new AbortError(true, signal?.reason);
      if (!(error instanceof NetworkError)) throw error; // a time-out or an abort: the request may have arrived
      if (error.mayHaveBeenAccepted) someAttemptMayHaveBeenAccepted = true;
      if (retryCount >= policy.limit || !RETRIED_NETWORK_FAILURES.includes(error.reason)) throw error;
      waitMs = backoffMs(policy, retryCount + 1);
      reason = error.reason;
    }
    await wait(waitMs, signal, someAttemptMayHaveBeenAccepted);
    onRetry?.({ retryCount: retryCount + 1, reason, url: request.url });
  }
}

/** Before retry `n`: a random delay up to `min(backoffMs · 2^(n−1), maxBackoffMs)` ("full jitter"). */
function backoffMs(policy: ResolvedRetryPolicy, retry: number): number {
  return Math.random() * Math.min(policy.backoffMs * 2 ** (retry - 1), policy.maxBackoffMs);
}

/** Waits `ms`, or rejects with an `AbortError` as soon as `signal` fires. */
function wait(ms: number, signal: AbortSignal | undefined, mayHaveBeenAccepted: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(mayHaveBeenAccepted, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
