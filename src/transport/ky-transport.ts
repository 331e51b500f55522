// The default transport: ky over the platform's fetch, with per-attempt timeouts and retries limited to answers and
// failures that prove 8x8 did not accept the message (see retry-policy.ts).
import ky, { type Hooks, HTTPError, isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { answerOf, type BodyText, MAX_BODY_BYTES } from './answer-body.js';
import { classifyNetworkFailure, findErrorCode, sanitizeCause } from './network-failure.js';
import { markRetryLimit } from './retry-mark.js';
import {
  parseRetryAfter,
  RETRIED_NETWORK_FAILURES,
  type ResolvedRetryPolicy,
  type RetryEvent,
  type RetryPolicy,
  resolveRetryPolicy,
  SAFE_RETRY_STATUSES,
} from './retry-policy.js';
import { withRetries } from './retrying.js';
import { checkTimer, MAX_TIMER_MS } from './timer-option.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';
import { unsendable } from './unsendable-url.js';

export type { RetryEvent } from './retry-policy.js';

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
  /**
   * Time limit of one attempt, from sending to the end of the answer, in milliseconds [30,000]; from 1 to
   * 2^31 − 1, the longest a timer keeps (a `RangeError` otherwise).
   */
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
  /**
   * The fetch to use [globalThis.fetch]; for proxies, custom agents or test doubles. The time limit and the caller's
   * signal end an attempt even when this fetch, or the body of its answer, does not follow the signal it is given.
   */
  readonly fetch?: typeof globalThis.fetch;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The answer as the transport hands it over, from fetch's status and headers and the body as read. */
function answerOfFetch(status: number, headers: Headers, body: BodyText): TransportResponse {
  return answerOf(status, headersToRecord(headers), body);
}

function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

const BODY_READ_TIMED_OUT = 'body read timed out';

/**
 * ky read the body of an answer it retried (429, 503) into `data`: JSON when the content type said so, text
 * otherwise, `undefined` when empty or over ky's own 10 MiB limit.
 */
function kyErrorBody(data: unknown): BodyText | undefined {
  if (typeof data !== 'string') return undefined;
  const bytes = new TextEncoder().encode(data);
  if (bytes.byteLength <= MAX_BODY_BYTES) return { text: data, tooLarge: false };
  return { text: new TextDecoder().decode(bytes.subarray(0, MAX_BODY_BYTES)), tooLarge: true };
}

/**
 * The default transport, built on ky over the platform's `fetch`. Each attempt has a time limit (`timeoutMs`, from
 * sending the request to the end of the answer's body). It reads at most 1 MiB of an answer's body (8x8's answers
 * are far smaller; see {@link TransportResponse.bodyTooLarge}), parses it as JSON whatever its content type says,
 * and never follows a redirect: 8x8's send endpoint does not redirect, and following one would post the message
 * elsewhere, or turn it into a GET that posts nothing, and report success. A redirect is returned as it is (the
 * client reports it as an `UnexpectedResponseError`).
 *
 * It retries only what 8x8 has surely not accepted, so a retry never sends a message twice (the send endpoint has
 * no idempotency key):
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
 * | HTTP 3xx (a redirect) | no | the send endpoint does not redirect; see `UnexpectedResponseError` |
 * | A URL fetch cannot request (a blocked port such as 9, credentials in it) | no | it fails the same way again; nothing was sent (`NetworkError` reason `not-sent`) |
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
  const timeoutMs = checkTimer('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const policy = resolveRetryPolicy(options.retry);
  const baseFetch = options.fetch ?? globalThis.fetch;
  // Only hooks can see the Request ky builds, and only ky's own retries run their beforeRetry hooks: with hooks, ky
  // makes the attempts and the retries; without them, ky makes single attempts and the transport retries them.
  const transport = hasHooks(options.hooks)
    ? hookedTransport(options, timeoutMs, policy, baseFetch)
    : plainTransport(options, timeoutMs, policy, baseFetch);
  return markRetryLimit(transport, policy.limit);
}

/** The URL check, worked out once per URL: a client sends to the same few URLs. */
function urlCheck(): (url: string) => void {
  let lastChecked: { readonly url: string; readonly refused: string | undefined } | undefined;
  return (url) => {
    const refused = lastChecked?.url === url ? lastChecked.refused : unsendable(url);
    lastChecked = { url, refused };
    if (refused !== undefined) throw new NetworkError('not-sent', url, { cause: new Error(refused) });
  };
}

/**
 * The transport without ky hooks. ky makes one attempt per call, with nothing it would redo or undo on every request
 * for a feature unused here: no retries (ky would normalise its retry options twice and clone its `Request` for a
 * retry on every request), no time limit of its own (a timer and a promise race per request, and a second timer for
 * the body), no errors thrown for statuses (every answer is read once, here). The retries are the transport's, by
 * the same rules (retrying.ts, as the Node transport makes them), and one timer per attempt covers the request and
 * the whole answer. ky's `Request` carries only the URL and the method: the headers and the body go to fetch as they
 * are, so no body stream is built and no header list copied.
 */
function plainTransport(
  options: KyTransportOptions,
  timeoutMs: number,
  policy: ResolvedRetryPolicy,
  baseFetch: typeof globalThis.fetch,
): Transport {
  const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
  const check = urlCheck();
  // The platform's fetch ends the request and the answer's body on the attempt's signal; a fetch of the caller's (a
  // proxy's, a test double) may not, so then the attempt stops waiting for it on the signal itself.
  const followsSignal = options.fetch === undefined;
  return {
    send(request: TransportRequest): Promise<TransportResponse> {
      if (request.signal?.aborted) return Promise.reject(new AbortError(false, request.signal.reason));
      try {
        check(request.url);
      } catch (error) {
        return Promise.reject(error);
      }
      const headers = { ...request.headers, authorization: request.authorization.reveal() };
      const attempt = () => attemptOnce(client, request, headers, timeoutMs, baseFetch, followsSignal);
      return policy.limit === 0 ? attempt() : withRetries(request, policy, attempt, options.onRetry);
    },
  };
}

/**
 * One attempt through ky: resolves with the answer whatever its status, rejects with a `TimeoutError`, a
 * `NetworkError` or (the caller's signal fired) an `AbortError`.
 */
async function attemptOnce(
  client: KyInstance,
  request: TransportRequest,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
  baseFetch: typeof globalThis.fetch,
  followsSignal: boolean,
): Promise<TransportResponse> {
  const { url, signal: callerSignal } = request;
  // One signal ends the attempt, on the caller's abort or at the time limit; fetch follows it to the answer's end.
  const limit = new AbortController();
  const signal = callerSignal === undefined ? limit.signal : AbortSignal.any([callerSignal, limit.signal]);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    limit.abort();
  }, timeoutMs);
  let fetched = false;
  try {
    const response = await client(url, {
      method: request.method,
      fetch: (input) => {
        fetched = true;
        // ky's Request is not sent: fetch builds its own from the URL and the caller's headers and body. Redirects
        // are not followed: the answer is returned as it is (see createKyTransport).
        const answer = baseFetch(input instanceof Request ? input.url : String(input), {
          method: request.method,
          headers,
          body: request.body === '' ? null : request.body,
          signal,
          redirect: 'manual',
        });
        return followsSignal ? answer : untilAborted(answer, signal);
      },
    });
    const text = await readText(response, undefined, followsSignal ? undefined : signal);
    return answerOfFetch(response.status, response.headers, text);
  } catch (error) {
    if (timedOut) throw new TimeoutError(timeoutMs, url);
    // Once fetch was called the request may have been written.
    if (callerSignal?.aborted) throw new AbortError(fetched, callerSignal.reason);
    // Failing before fetch (ky refusing the request) wrote nothing.
    if (!fetched) throw new NetworkError('not-sent', url, { cause: sanitizeCause(error) });
    throw toTransportError(error, url, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `answer`, or a rejection with the signal's reason as soon as it fires: for a fetch that may not follow the signal.
 * An answer that comes after that has its body cancelled, so its connection is not left open.
 */
function untilAborted(answer: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) response.body?.cancel().catch(() => undefined);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Reads a body as text, at most {@link MAX_BODY_BYTES} of it, in as many reads as it arrives in and one decoding.
 * Once the body is too large, `timeoutMs` has passed or `signal` fired (when given: for a body the attempt's signal
 * does not end by itself), it cancels the stream, which makes fetch close the connection.
 */
async function readText(response: Response, timeoutMs?: number, signal?: AbortSignal): Promise<BodyText> {
  const body = response.body;
  if (body === null) return { text: '', tooLarge: false };
  const reader = body.getReader();
  // Why the reading stopped early: the time limit, or the signal's reason.
  let stopped: { readonly reason: unknown } | undefined;
  const stop = (reason: unknown) => {
    stopped ??= { reason };
    reader.cancel().catch(() => undefined);
  };
  const timer =
    timeoutMs === undefined ? undefined : setTimeout(() => stop(new Error(BODY_READ_TIMED_OUT)), timeoutMs);
  const onAbort = () => stop(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (stopped !== undefined) throw stopped.reason;
      if (done) return { text: decode(chunks, bytes), tooLarge: false };
      if (bytes + value.byteLength > MAX_BODY_BYTES) {
        reader.cancel().catch(() => undefined);
        chunks.push(value.subarray(0, MAX_BODY_BYTES - bytes));
        return { text: decode(chunks, MAX_BODY_BYTES), tooLarge: true };
      }
      bytes += value.byteLength;
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** One decoder for every answer: decoding without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder();

/** UTF-8 text of the chunks (`bytes` long in all), as `Response.text()` decodes it (a byte order mark dropped). */
function decode(chunks: readonly Uint8Array[], bytes: number): string {
  if (chunks.length === 0) return '';
  if (chunks.length === 1) return UTF8.decode(chunks[0]);
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return UTF8.decode(all);
}

/** The transport with ky hooks: ky makes the attempts and the retries, so its hooks see every one. */
function hookedTransport(
  options: KyTransportOptions,
  timeoutMs: number,
  policy: ResolvedRetryPolicy,
  baseFetch: typeof globalThis.fetch,
): Transport {
  const client = ky.create({
    timeout: timeoutMs,
    // Without retries, the number: ky normalises its retry options on every request (twice), and an object costs
    // it a copy of every key and array each time.
    retry: policy.limit === 0 ? 0 : kyRetryOptions(policy),
    // ky reads the body of an error answer itself (JSON only for a JSON content type, up to 10 MiB): only the
    // answers it may retry go through it; every other answer is read by readText.
    throwHttpErrors: (status) => policy.limit > 0 && policy.statuses.includes(status),
    hooks: {
      ...options.hooks,
      beforeRetry: [
        ...(options.hooks?.beforeRetry ?? []),
        ({ request, error, retryCount }) =>
          options.onRetry?.({ retryCount, reason: retryReason(error), url: request.url }),
      ],
    },
  });
  const check = urlCheck();

  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      // Whether some attempt may have been accepted: one in flight, or one that ended in anything but a refusal.
      // An abort reports it, so the caller knows whether sending again is safe.
      let inFlight = false;
      let someAttemptMayHaveBeenAccepted = false;
      if (request.signal?.aborted) throw new AbortError(false, request.signal.reason);
      check(request.url);
      let attempts = 0;
      // When the last attempt began (or the send, for an answer a hook gave): ky's time limit ends at the answer's
      // headers, the body gets what is left.
      let attemptStartedAt = Date.now();

      const trackingFetch: typeof globalThis.fetch = async (input, init) => {
        attempts++;
        attemptStartedAt = Date.now();
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

      const headers = { ...request.headers, authorization: request.authorization.reveal() };
      try {
        const response = await client(request.url, {
          method: request.method,
          headers,
          ...(request.body === '' ? {} : { body: request.body }),
          ...(request.signal === undefined ? {} : { signal: request.signal }),
          fetch: trackingFetch,
        });
        const leftMs = Math.max(0, timeoutMs - (Date.now() - attemptStartedAt));
        return answerOfFetch(response.status, response.headers, await readText(response, leftMs));
      } catch (error) {
        if (error instanceof HTTPError) {
          const text = kyErrorBody(error.data);
          const { status, headers } = error.response;
          return text === undefined
            ? { status, headers: headersToRecord(headers), body: error.data }
            : answerOfFetch(status, headers, text);
        }
        if (request.signal?.aborted) {
          throw new AbortError(inFlight || someAttemptMayHaveBeenAccepted, request.signal.reason);
        }
        // Failing before the first fetch (ky refusing the request, a hook throwing) wrote nothing.
        if (attempts === 0) {
          throw new NetworkError('not-sent', request.url, { cause: sanitizeCause(error) });
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
  requestBody: string,
): [string, RequestInit] {
  // '' is a request without a body (GET, DELETE): fetch refuses a body on GET.
  const body = requestBody === '' ? null : requestBody;
  // Redirects are not followed: the answer is returned as it is (see createKyTransport).
  if (!(input instanceof Request)) return [String(input), { ...init, body, redirect: 'manual' }];
  return [
    input.url,
    { ...init, method: input.method, headers: input.headers, body, signal: input.signal, redirect: 'manual' },
  ];
}

function hasHooks(hooks: Hooks | undefined): boolean {
  if (hooks === undefined) return false;
  return Object.values(hooks).some((list: unknown) => Array.isArray(list) && list.length > 0);
}

function kyRetryOptions(policy: ResolvedRetryPolicy) {
  return {
    limit: policy.limit,
    methods: ['get' as const, 'post' as const, 'delete' as const],
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
        if (retryAfterMs > Math.min(policy.maxRetryAfterMs, MAX_TIMER_MS)) return false;
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
