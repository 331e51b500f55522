// Which failures the default transport retries, and how long it waits. The one rule behind every choice: retry only
// what 8x8 has surely not accepted, because the send endpoint has no idempotency key and a retry of an accepted
// message is a second message on the customer's phone.
import type { NetworkFailure } from '../errors/transport-errors.js';

/**
 * Why a transport is about to retry, given to the `onRetry` option of `createKyTransport` (and of
 * `createNodeTransport` in `8x8-chatapps/node`).
 *
 * @example
 * ```ts
 * import type { RetryEvent } from '8x8-chatapps';
 *
 * const log = (event: RetryEvent) => console.warn(`retry ${event.retryCount}: ${event.reason}`);
 * ```
 */
export interface RetryEvent {
  /** 1 for the first retry, 2 for the second, … */
  readonly retryCount: number;
  /** `status 429`, `status 503`, `connection-refused`, `dns` or `connect-timeout`. */
  readonly reason: string;
  readonly url: string;
}

/**
 * HTTP statuses the default transport may retry, each one an answer saying 8x8 did not take the request:
 * - `429` Too Many Requests: 8x8's rate limit (about 1,800 requests a second per sub-account) refused it.
 * - `503` Service Unavailable: the service refused to take requests.
 *
 * Deliberately not retried, because 8x8 may have accepted the message before failing:
 * - `500` (8x8 code 2000, internal error): the failure can come after the message was queued.
 * - `502` Bad Gateway and `504` Gateway Timeout: a gateway lost or gave up on the upstream answer; the upstream may
 *   have accepted the message.
 * Opt in to them with `retry.statuses` only if duplicates are acceptable for your use.
 *
 * @example
 * ```ts
 * import { SAFE_RETRY_STATUSES } from '8x8-chatapps';
 *
 * SAFE_RETRY_STATUSES.includes(429); // true
 * ```
 */
export const SAFE_RETRY_STATUSES: readonly number[] = Object.freeze([429, 503]);

/**
 * Network failures the default transport retries: those that happen before a single byte of the request is
 * written (nothing listened, the name did not resolve, the connection could not be opened in time).
 * A reset connection, a timeout or a TLS failure is never retried.
 *
 * @example
 * ```ts
 * import { RETRIED_NETWORK_FAILURES } from '8x8-chatapps';
 *
 * RETRIED_NETWORK_FAILURES.includes('connection-refused'); // true
 * ```
 */
export const RETRIED_NETWORK_FAILURES: readonly NetworkFailure[] = Object.freeze([
  'connection-refused',
  'dns',
  'connect-timeout',
]);

/**
 * How the default transport retries. Every field is optional; defaults in brackets.
 *
 * @example
 * ```ts
 * import { createKyTransport } from '8x8-chatapps';
 *
 * const transport = createKyTransport({ retry: { limit: 5, maxRetryAfterMs: 10_000 } });
 * ```
 */
export interface RetryPolicy {
  /** Retries after the first attempt [3]. `0` disables retries. */
  readonly limit?: number;
  /** HTTP statuses to retry [{@link SAFE_RETRY_STATUSES}]. */
  readonly statuses?: readonly number[];
  /**
   * Longest `Retry-After` honoured, in milliseconds [30,000]. A longer wait is not shortened: the 429 is returned
   * as an `ApiError` with `retryAfterMs`, so the caller decides.
   */
  readonly maxRetryAfterMs?: number;
  /** First backoff delay when the answer gave no `Retry-After`, in milliseconds [200]; doubles each retry, full jitter. */
  readonly backoffMs?: number;
  /** Longest backoff delay, in milliseconds [5,000]. */
  readonly maxBackoffMs?: number;
}

/**
 * {@link RetryPolicy} with every default filled in.
 *
 * @example
 * ```ts
 * import { DEFAULT_RETRY_POLICY, type ResolvedRetryPolicy } from '8x8-chatapps';
 *
 * const patient: ResolvedRetryPolicy = { ...DEFAULT_RETRY_POLICY, limit: 6 };
 * ```
 */
export type ResolvedRetryPolicy = Required<RetryPolicy>;

/**
 * The default retry policy.
 *
 * @example
 * ```ts
 * import { DEFAULT_RETRY_POLICY } from '8x8-chatapps';
 *
 * DEFAULT_RETRY_POLICY.limit; // 3
 * ```
 */
export const DEFAULT_RETRY_POLICY: ResolvedRetryPolicy = Object.freeze({
  limit: 3,
  statuses: SAFE_RETRY_STATUSES,
  maxRetryAfterMs: 30_000,
  backoffMs: 200,
  maxBackoffMs: 5_000,
});

/** Fills in the defaults of a retry policy; `false` means no retries. */
export function resolveRetryPolicy(policy: RetryPolicy | false | undefined): ResolvedRetryPolicy {
  if (policy === false) return { ...DEFAULT_RETRY_POLICY, limit: 0 };
  const resolved = { ...DEFAULT_RETRY_POLICY, ...policy };
  if (!Number.isInteger(resolved.limit) || resolved.limit < 0) {
    throw new RangeError(`retry.limit must be a non-negative integer, got ${resolved.limit}`);
  }
  return resolved;
}

/**
 * Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP date. Returns milliseconds from `now`
 * (never negative), or `undefined` when the header is absent or unreadable.
 *
 * @example
 * ```ts
 * import { parseRetryAfter } from '8x8-chatapps';
 *
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:58 GMT')); // 2000
 * ```
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || !/[a-z]/i.test(trimmed)) return undefined;
  return Math.max(0, date - now);
}
