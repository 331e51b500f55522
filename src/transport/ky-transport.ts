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
  SAFE_RETRY_STATUSES,
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

/**
 * Reads a body as text within `timeoutMs`. On time-out it cancels the stream, which makes fetch close the
 * connection, and rejects: no AbortController per request needed for that.
 */
async function readTextWithin(response: Response, timeoutMs: number): Promise<string> {
  const body = response.body;
  if (body === null) return '';
  const reader = body.getReader();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => undefined);
  }, timeoutMs);
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) throw new Error(BODY_READ_TIMED_OUT);
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
  }
}

const BODY_READ_TIMED_OUT = 'body read timed out';

/**
 * The default transport, built on ky over the platform's `fetch`. Each attempt has a time limit (`timeoutMs`, from
 * sending the request to the end of the answer's body). It retries only what 8x8 has surely not accepted, so a
 * retry never sends a message twice (the send endpoint has no idempotency key):
 *
 * | Case | Retried? | Why |
 * | --- | --- | --- |
 * | HTTP 429 Too Many Requests | yes | 8x8's rate limit refused the request |
 * | HTTP 503 Service Unavailable | yes | the service refused the request |
 * | Connection refused (`ECONNREFUSED`), DNS failure (`ENOTFOUND`, `EAI_AGAIN`, …), connect timeout (`UND_ERR_CONNECT_TIMEOUT`) | yes | the request was never written |
 * | HTTP 500, 502, 504 and every other 5xx | no | 8x8 may have accepted the message before failing |
 * | No answer within `timeoutMs` (`TimeoutError`) | no | the request was written; 8x8 may have accepted it |
 * | Connection reset or closed (`ECONNRESET`, `EPIPE`, `ETIMEDOUT`, undici socket errors), any other network failure | no | the request may have been received |
 * | TLS failure | no | retrying does not fix a certificate |
 * | HTTP 4xx other than 429 | no | the request itself is wrong, or the key is |
 * | A success status with an unexpected body | no | 8x8 answered, so it probably accepted the message |
 *
 * `retry.statuses` replaces the two retried statuses (429, 503); the network failures retried are always the three
 * above (see {@link RETRIED_NETWORK_FAILURES}).
 *
 * How long it waits before retry `n` (1, 2, …, at most `retry.limit`, default 3: at most 4 attempts in all):
 * - the answer has a `Retry-After` header (delay-seconds such as `2`, or an HTTP date): exactly that long, without
 *   jitter. `Retry-After: 0` retries at once. When it asks for more than `retry.maxRetryAfterMs` (default 30 s),
 *   there is no retry: that answer is returned at once (as an `ApiError` with `retryAfterMs`), never cut short;
 * - otherwise (no header, an unreadable header, a network failure): a random delay between 0 and
 *   `min(retry.backoffMs · 2^(n−1), retry.maxBackoffMs)` ("full jitter"; defaults 200 ms and 5 s).
 *
 * Other rate-limit headers (`RateLimit-Reset`, `X-RateLimit-Reset`) are ignored. When the retries run out, the last
 * answer is returned (a 429 or 503 becomes an `ApiError`) or the last network failure thrown (a `NetworkError`).
 * `onRetry` is called before each retry. An aborted signal stops a retry wait at once and ends in an `AbortError`
 * whose `mayHaveBeenAccepted` is `false` (every attempt so far was refused).
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, createKyTransport } from '8x8-chatapps';
 *
 * const client = createClient({
 *   ...clientOptionsFromEnv(),
 *   transport: createKyTransport({ timeoutMs: 10_000, retry: { limit: 5 } }),
 * });
 * ```
 */
export function createKyTransport(options: KyTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = resolveRetryPolicy(options.retry);
  const baseFetch = options.fetch ?? globalThis.fetch;
  // Everything that does not change between requests is merged once.
  const client = ky.create({
    timeout: timeoutMs,
    retry: kyRetryOptions(policy),
    hooks: {
      ...options.hooks,
      beforeRetry: [
        ...(options.hooks?.beforeRetry ?? []),
        ({ request, error, retryCount }) =>
          options.onRetry?.({ retryCount, reason: retryReason(error), url: request.url }),
      ],
    },
  });

  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      // Whether some attempt may have been accepted: one in flight, or one that ended in anything but a refusal.
      // An abort reports it, so the caller knows whether sending again is safe.
      let inFlight = false;
      let someAttemptMayHaveBeenAccepted = false;
      if (request.signal?.aborted) throw new AbortError(false, request.signal.reason);

      const trackingFetch: typeof globalThis.fetch = async (input, init) => {
        inFlight = true;
        try {
          const response = await baseFetch(...plainFetchArguments(input, init, request.body));
          // 429 and 503 refuse the request; any other answer (even a 500 the caller chose to retry) may follow
          // an acceptance.
          if (!SAFE_RETRY_STATUSES.includes(response.status)) someAttemptMayHaveBeenAccepted = true;
          return response;
        } catch (error) {
          const failure = classifyNetworkFailure(findErrorCode(error));
          if (!RETRIED_NETWORK_FAILURES.includes(failure) && failure !== 'tls')
            someAttemptMayHaveBeenAccepted = true;
          throw error;
        } finally {
          inFlight = false;
        }
      };

      try {
        const response = await client(request.url, {
          method: request.method,
          headers: { ...request.headers, authorization: request.authorization.reveal() },
          body: request.body,
          ...(request.signal === undefined ? {} : { signal: request.signal }),
          fetch: trackingFetch,
        });
        const text = await readTextWithin(response, timeoutMs);
        return { status: response.status, headers: headersToRecord(response.headers), body: parseBody(text) };
      } catch (error) {
        if (error instanceof HTTPError) {
          return {
            status: error.response.status,
            headers: headersToRecord(error.response.headers),
            body: error.data === '' ? undefined : error.data,
          };
        }
        if (request.signal?.aborted) {
          throw new AbortError(inFlight || someAttemptMayHaveBeenAccepted, request.signal.reason);
        }
        throw toTransportError(error, request.url, timeoutMs);
      }
    },
  };
}

/**
 * ky hands fetch a `Request` whose body is a stream; fetch would rebuild that Request and stream the body. The
 * body is a string we already hold, so fetch gets the URL, method, headers (as ky's hooks left them), signal and
 * that string: the same request on the wire, at a fraction of the cost.
 */
function plainFetchArguments(
  input: Parameters<typeof globalThis.fetch>[0],
  init: RequestInit | undefined,
  body: string,
): [string, RequestInit] {
  if (!(input instanceof Request)) return [String(input), { ...init, body }];
  return [input.url, { ...init, method: input.method, headers: input.headers, body, signal: input.signal }];
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
        if (retryAfterMs === undefined) return true; // backoff; ky would otherwise read other rate-limit headers
        if (retryAfterMs > policy.maxRetryAfterMs) return false;
        return undefined; // ky waits exactly Retry-After
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
  if (error instanceof Error && error.message === BODY_READ_TIMED_OUT)
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
