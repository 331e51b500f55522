// The default transport: ky over the platform's fetch, with per-attempt timeouts and retries limited to answers and
// failures that prove 8x8 did not accept the message (see retry-policy.ts).
import ky, { type Hooks, HTTPError, isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { classifyNetworkFailure, findErrorCode } from './network-failure.js';
import {
  parseRetryAfter,
  RETRIED_NETWORK_FAILURES,
  type ResolvedRetryPolicy,
  type RetryPolicy,
  resolveRetryPolicy,
} from './retry-policy.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/**
 * Why the transport is about to retry, given to {@link KyTransportOptions.onRetry}.
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
 * Options of {@link createKyTransport}.
 *
 * @example
 * ```ts
 * import { createKyTransport } from '8x8-chatapps';
 *
 * const transport = createKyTransport({
 *   timeoutMs: 10_000,
 *   retry: { limit: 2 },
 *   onRetry: (event) => console.warn(event.reason),
 * });
 * ```
 */
export interface KyTransportOptions {
  /** Time limit of one attempt, from sending to the end of the answer, in milliseconds [30,000]. */
  readonly timeoutMs?: number;
  /** Retry policy, or `false` for none. See {@link RetryPolicy} for what is retried and why. */
  readonly retry?: RetryPolicy | false;
  /** Called before each retry. */
  readonly onRetry?: (event: RetryEvent) => void;
  /**
   * ky hooks, for tracing or metrics. They see ky's `Request`, which carries the `Authorization` header:
   * do not log its headers.
   */
  readonly hooks?: Hooks;
  /** The fetch to use [globalThis.fetch]; for proxies, custom agents or test doubles. */
  readonly fetch?: typeof globalThis.fetch;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Where the current attempt stands, so an abort can say whether 8x8 may have received the request. */
type AttemptState = 'not-started' | 'in-flight' | 'refused';

function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function readWithin<T>(promise: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error('body read timed out'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The default transport, built on ky. Each attempt has a time limit (`timeoutMs`). It retries only what 8x8 has
 * surely not accepted, so a retry never sends a message twice:
 *
 * | Case | Retried? | Why |
 * | --- | --- | --- |
 * | 429 Too Many Requests | yes, after `Retry-After` (up to `maxRetryAfterMs`; longer waits are returned, not shortened) or backoff | 8x8 refused the request |
 * | 503 Service Unavailable | yes, same | the service refused the request |
 * | Connection refused, DNS failure, connect timeout | yes, with backoff | the request was never written |
 * | 500, 502, 504 | no | 8x8 may have accepted the message before failing |
 * | Timeout waiting for the answer | no | the request was written; 8x8 may have accepted it |
 * | Connection reset, other network failures | no | the request may have been received |
 * | TLS failure | no | retrying does not fix a certificate |
 * | Other 4xx | no | the request itself is wrong |
 *
 * Backoff without `Retry-After`: `backoffMs · 2^(retry−1)` with full jitter, capped at `maxBackoffMs`. An aborted
 * signal stops retry waits at once.
 *
 * @example
 * ```ts
 * import { createClient, createKyTransport } from '8x8-chatapps';
 *
 * const client = createClient({
 *   apiKey: process.env.EIGHTX8_API_KEY ?? '',
 *   subAccountId: 'acme_marketing',
 *   transport: createKyTransport({ timeoutMs: 10_000, retry: { limit: 5 } }),
 * });
 * ```
 */
export function createKyTransport(options: KyTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = resolveRetryPolicy(options.retry);
  const baseFetch = options.fetch ?? globalThis.fetch;

  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      let attempt = 'not-started' as AttemptState;
      const abortController = new AbortController();
      const signal =
        request.signal === undefined
          ? abortController.signal
          : AbortSignal.any([request.signal, abortController.signal]);
      if (request.signal?.aborted) throw new AbortError(false, request.signal.reason);

      const trackingFetch: typeof globalThis.fetch = async (input, init) => {
        attempt = 'in-flight';
        try {
          const response = await baseFetch(input, init);
          // A retryable status is an answer refusing the request, so nothing was accepted by this attempt.
          if (policy.statuses.includes(response.status)) attempt = 'refused';
          return response;
        } catch (error) {
          const failure = classifyNetworkFailure(findErrorCode(error));
          if (RETRIED_NETWORK_FAILURES.includes(failure) || failure === 'tls') attempt = 'refused';
          throw error;
        }
      };

      try {
        const response = await ky(request.url, {
          method: request.method,
          headers: { ...request.headers, authorization: request.authorization.reveal() },
          body: request.body,
          signal,
          timeout: timeoutMs,
          fetch: trackingFetch,
          retry: kyRetryOptions(policy),
          hooks: {
            ...options.hooks,
            beforeRetry: [
              ...(options.hooks?.beforeRetry ?? []),
              ({ error, retryCount }) =>
                options.onRetry?.({ retryCount, reason: retryReason(error), url: request.url }),
            ],
          },
        });
        const text = await readWithin(response.text(), timeoutMs, () => abortController.abort());
        return { status: response.status, headers: headersToRecord(response.headers), body: parseBody(text) };
      } catch (error) {
        if (error instanceof HTTPError) {
          return {
            status: error.response.status,
            headers: headersToRecord(error.response.headers),
            body: error.data === '' ? undefined : error.data,
          };
        }
        if (request.signal?.aborted) throw new AbortError(attempt === 'in-flight', request.signal.reason);
        throw toTransportError(error, request.url, timeoutMs);
      }
    },
  };
}

function kyRetryOptions(policy: ResolvedRetryPolicy) {
  return {
    limit: policy.limit,
    methods: ['post' as const],
    statusCodes: [...policy.statuses],
    afterStatusCodes: [...policy.statuses],
    maxRetryAfter: policy.maxRetryAfterMs,
    delay: (attemptCount: number) => policy.backoffMs * 2 ** (attemptCount - 1),
    backoffLimit: policy.maxBackoffMs,
    jitter: true,
    retryOnTimeout: false,
    shouldRetry: ({ error }: { error: Error }): boolean | undefined => {
      if (isHTTPError(error)) {
        if (!policy.statuses.includes(error.response.status)) return false;
        // Rule: honour Retry-After; a wait longer than the cap is returned to the caller instead of cut short.
        const retryAfterMs = parseRetryAfter(error.response.headers.get('retry-after') ?? undefined);
        if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return false;
        return undefined; // ky waits for Retry-After, or backs off when there is none
      }
      if (isNetworkError(error)) {
        return RETRIED_NETWORK_FAILURES.includes(classifyNetworkFailure(findErrorCode(error)));
      }
      return false; // timeouts and anything unknown: the request may have been received
    },
  };
}

function retryReason(error: Error): string {
  if (isHTTPError(error)) return `status ${error.response.status}`;
  return classifyNetworkFailure(findErrorCode(error));
}

function toTransportError(error: unknown, url: string, timeoutMs: number): Error {
  if (isTimeoutError(error)) return new TimeoutError(timeoutMs, url);
  if (error instanceof Error && error.message === 'body read timed out')
    return new TimeoutError(timeoutMs, url);
  const code = findErrorCode(error);
  // The cause is the system error, never ky's error: ky's carries the Request and its Authorization header.
  const systemError = isNetworkError(error)
    ? (error.cause as { cause?: unknown } | undefined)?.cause
    : undefined;
  return new NetworkError(classifyNetworkFailure(code), url, { code, cause: sanitizeCause(systemError) });
}

/** Keeps only the fields of a system error that help diagnose it; nothing that could hold a header. */
function sanitizeCause(cause: unknown): Error | undefined {
  if (!(cause instanceof Error)) return undefined;
  const copy = new Error(cause.message);
  copy.name = cause.name;
  const code = findErrorCode(cause);
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
