// A transport on node:http / node:https with keep-alive agents, for workers and servers where the client's CPU sets
// the pace: no fetch, no Request/Response objects, no web streams, no abort signals per request. It keeps the contract
// of the default transport (what is retried, how failures are classified, the 1 MiB cap, no redirects followed),
// sharing its pieces: the retry loop, the URL check, the answer's body, the failure classification.
import {
  type ClientRequest,
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type RequestOptions,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { urlToHttpOptions } from 'node:url';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { answerOf, MAX_BODY_BYTES } from '../transport/answer-body.js';
import { classifyNetworkFailure, findErrorCode, sanitizeCause } from '../transport/network-failure.js';
import { markRetryLimit } from '../transport/retry-mark.js';
import { type RetryEvent, type RetryPolicy, resolveRetryPolicy } from '../transport/retry-policy.js';
import { withRetries } from '../transport/retrying.js';
import { checkTimer } from '../transport/timer-option.js';
import type { Transport, TransportRequest, TransportResponse } from '../transport/transport.js';
import { unsendable } from '../transport/unsendable-url.js';

/**
 * Options of {@link createNodeTransport}.
 *
 * @example
 * ```ts
 * import { Agent } from 'node:https';
 * import { createNodeTransport } from '8x8-chatapps/node';
 *
 * const transport = createNodeTransport({
 *   timeoutMs: 10_000,
 *   retry: { limit: 2 },
 *   onRetry: (event) => console.warn(event.reason),
 *   agent: new Agent({ keepAlive: true, maxSockets: 64 }),
 * });
 * ```
 */
export interface NodeTransportOptions {
  /** Time limit of one attempt, from sending to the end of the answer, in milliseconds [30,000]. */
  readonly timeoutMs?: number;
  /**
   * Time limit for opening a connection (TCP, and TLS for `https:`), in milliseconds [10,000, as fetch's]. A
   * connection not opened in time is a `NetworkError` of reason `connect-timeout`: nothing was written, so it is
   * retried like a refused connection.
   */
  readonly connectTimeoutMs?: number;
  /** Retry policy, or `false` for none: the same as the default transport's (see `RetryPolicy`). */
  readonly retry?: RetryPolicy | false;
  /** Called before each retry. */
  readonly onRetry?: (event: RetryEvent) => void;
  /**
   * The agent that holds the connections [a keep-alive agent of the transport's own, per protocol, whose idle
   * connections close after 4 s and never keep the process alive]. Pass a `node:https` `Agent` for an `https:` base
   * URL (8x8's), a `node:http` one for a plain-HTTP sandbox; for a proxy, an agent that tunnels through it.
   */
  readonly agent?: HttpAgent;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** fetch's (undici's) default connect time-out. */
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** How long an idle connection stays open: undici's default, under the 5 s most servers keep one. */
const IDLE_CONNECTION_MS = 4_000;
/** What fetch sends on Node.js when the request does not say, so 8x8 sees the same request from either transport. */
const DEFAULT_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'user-agent': 'node',
  'accept-encoding': 'gzip, deflate',
});

/** Where a URL is sent, worked out once per URL; `refused` says why it cannot be requested at all. */
interface Target {
  readonly url: string;
  readonly refused: string | undefined;
  readonly secure: boolean;
  readonly options: RequestOptions;
}

function targetOf(url: string): Target {
  const refused = unsendable(url);
  if (refused !== undefined) return { url, refused, secure: false, options: {} };
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return {
      url,
      refused: `only http: and https: URLs can be requested, not ${parsed.protocol}`,
      secure: false,
      options: {},
    };
  }
  const { protocol, hostname, port, path } = urlToHttpOptions(parsed);
  return {
    url,
    refused: undefined,
    secure: protocol === 'https:',
    options:
      port === undefined || port === '' ? { protocol, hostname, path } : { protocol, hostname, port, path },
  };
}

/**
 * A transport on Node.js's own `node:http` and `node:https`, with keep-alive connections: for queue workers and
 * servers that send at volume, where the client's CPU sets the pace. It does per request what the default transport
 * does through ky and `fetch`, without their per-request objects (ky's options merge, `Request`, abort signals, web
 * streams): about a quarter of a bare `fetch` call's client CPU per request (bench/README.md). Node.js only (22+); the
 * default transport stays `createKyTransport`, which runs everywhere.
 *
 * It keeps the default transport's contract, so switching changes nothing else:
 * - the same retry policy, by the same rules (see `createKyTransport`): 429 and 503 and the failures before the
 *   request was written (connection refused, DNS, connect time-out) are retried, `Retry-After` is waited out exactly
 *   (longer than `retry.maxRetryAfterMs`: the answer is returned at once), otherwise full-jitter backoff; nothing 8x8
 *   may have accepted is ever retried; the client (and the queue worker) reads its retry limit;
 * - the same errors: `TimeoutError` when `timeoutMs` runs out before the end of the answer (never retried),
 *   `NetworkError` with the same reasons and `mayHaveBeenAccepted`, `AbortError` that says whether an attempt may
 *   have been accepted; no error carries the `Authorization` header;
 * - the same answers: every status resolves; redirects are returned, never followed; at most 1 MiB of a body is
 *   read (then `bodyTooLarge`, and the connection is closed); the body is parsed as JSON whatever its content type
 *   says, kept as text when it is not JSON; a gzip or deflate body is decoded, as fetch does;
 * - the same URLs: those fetch refuses (a blocked port such as 9, credentials in the URL) are refused without a
 *   connection (`NetworkError` reason `not-sent`); the same headers on the wire (`user-agent: node` and
 *   `accept-encoding: gzip, deflate` unless the request sets them).
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient } from '8x8-chatapps';
 * import { createNodeTransport } from '8x8-chatapps/node';
 *
 * const client = createClient({
 *   ...clientOptionsFromEnv(),
 *   transport: createNodeTransport({ timeoutMs: 10_000, retry: { limit: 5 } }),
 * });
 * ```
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const timeoutMs = checkTimer('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const connectTimeoutMs = checkTimer(
    'connectTimeoutMs',
    options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  );
  const policy = resolveRetryPolicy(options.retry);
  const { onRetry } = options;
  const agents: { http?: HttpAgent; https?: HttpAgent } =
    options.agent === undefined ? {} : { http: options.agent, https: options.agent };
  function agentFor(secure: boolean): HttpAgent {
    if (secure) {
      agents.https ??= new HttpsAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS });
      return agents.https;
    }
    agents.http ??= new HttpAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS });
    return agents.http;
  }

  // A client sends to the same few URLs with the same headers: the request options are worked out once for them.
  let target: Target | undefined;
  let prepared:
    | {
        readonly url: string;
        readonly method: string;
        readonly headers: TransportRequest['headers'];
        readonly authorization: TransportRequest['authorization'];
        readonly options: RequestOptions;
      }
    | undefined;
  function requestOptions(request: TransportRequest, to: Target): RequestOptions {
    const { url, method, headers, authorization } = request;
    if (
      prepared?.url === url &&
      prepared.method === method &&
      prepared.headers === headers &&
      prepared.authorization === authorization
    ) {
      return prepared.options;
    }
    const options: RequestOptions = {
      ...to.options,
      method,
      headers: { ...DEFAULT_HEADERS, ...headers, authorization: authorization.reveal() },
      agent: agentFor(to.secure),
      // Repeated answer headers joined with ', ', as fetch's Headers join them.
      joinDuplicateHeaders: true,
    };
    prepared = { url, method, headers, authorization, options };
    return options;
  }

  const transport: Transport = {
    send(request: TransportRequest): Promise<TransportResponse> {
      if (request.signal?.aborted) return Promise.reject(new AbortError(false, request.signal.reason));
      if (target?.url !== request.url) target = targetOf(request.url);
      const to = target;
      if (to.refused !== undefined) {
        return Promise.reject(new NetworkError('not-sent', request.url, { cause: new Error(to.refused) }));
      }
      const sendOptions = requestOptions(request, to);
      const attempt = () => attemptOnce(request, to.secure, sendOptions, timeoutMs, connectTimeoutMs);
      return policy.limit === 0 ? attempt() : withRetries(request, policy, attempt, onRetry);
    },
  };
  return markRetryLimit(transport, policy.limit);
}

/** One attempt: resolves with the answer, or rejects with a TimeoutError, NetworkError or AbortError (in flight). */
function attemptOnce(
  request: TransportRequest,
  secure: boolean,
  options: RequestOptions,
  timeoutMs: number,
  connectTimeoutMs: number,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const { url, signal } = request;
    let outgoing: ClientRequest;
    try {
      outgoing = (secure ? httpsRequest : httpRequest)(options);
    } catch (error) {
      // Refused before a connection was opened (a header value Node will not send, an agent of the other protocol).
      reject(new NetworkError('not-sent', url, { code: findErrorCode(error), cause: sanitizeCause(error) }));
      return;
    }
    let settled = false;
    let connectTimer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      clearTimeout(connectTimer);
      signal?.removeEventListener('abort', onAbort);
    };
    // Ends the attempt with an error and closes its connection, so nothing more is read or written on it.
    const fail = (error: Error) => {
      if (settled) return;
      settle();
      outgoing.destroy();
      reject(error);
    };
    const onAbort = () => fail(new AbortError(true, signal?.reason));
    const timer = setTimeout(() => fail(new TimeoutError(timeoutMs, url)), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    outgoing.on('error', (error) => fail(networkError(error, url)));
    outgoing.on('socket', (socket: Socket) => {
      // A kept-alive connection is already open; a new one must open within connectTimeoutMs.
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => fail(new NetworkError('connect-timeout', url)), connectTimeoutMs);
      socket.once((socket as { encrypted?: boolean }).encrypted === true ? 'secureConnect' : 'connect', () =>
        clearTimeout(connectTimer),
      );
    });
    outgoing.on('response', (incoming: IncomingMessage) => {
      const status = incoming.statusCode ?? 0;
      const source = decoded(incoming);
      const chunks: Buffer[] = [];
      let bytes = 0;
      const answer = (tooLarge: boolean) =>
        answerOf(status, headersOf(incoming), { text: textOf(chunks, bytes), tooLarge });
      source.on('data', (chunk: Buffer) => {
        if (settled) return;
        if (bytes + chunk.byteLength > MAX_BODY_BYTES) {
          chunks.push(chunk.subarray(0, MAX_BODY_BYTES - bytes));
          bytes = MAX_BODY_BYTES;
          settle();
          // Stop reading: closing the connection stops a server that keeps writing.
          outgoing.destroy();
          resolve(answer(true));
          return;
        }
        bytes += chunk.byteLength;
        chunks.push(chunk);
      });
      source.on('end', () => {
        if (settled) return;
        settle();
        resolve(answer(false));
      });
      source.on('error', (error: Error) => fail(networkError(error, url)));
      if (source !== incoming) incoming.on('error', (error: Error) => fail(networkError(error, url)));
      incoming.on('close', () => {
        // The connection closed before the whole answer arrived.
        if (!incoming.complete) fail(new NetworkError('connection-reset', url, { code: 'ECONNRESET' }));
      });
    });
    outgoing.end(request.body === '' ? undefined : request.body);
  });
}

/** The body as fetch hands it over: decoded when the server compressed it. */
function decoded(incoming: IncomingMessage): Readable {
  const encoding = incoming.headers['content-encoding']?.trim().toLowerCase();
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return incoming.pipe(createGunzip());
    case 'deflate':
      return incoming.pipe(createInflate());
    case 'br':
      return incoming.pipe(createBrotliDecompress());
    default:
      return incoming;
  }
}

/** The body's bytes as text (UTF-8, without a byte order mark, as `TextDecoder` reads it). */
function textOf(chunks: readonly Buffer[], bytes: number): string {
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, bytes)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function headersOf(incoming: IncomingMessage): Readonly<Record<string, string>> {
  const { headers } = incoming;
  const cookies = headers['set-cookie'];
  if (cookies === undefined) return headers as Readonly<Record<string, string>>;
  return { ...headers, 'set-cookie': cookies.join(', ') } as Readonly<Record<string, string>>;
}

function networkError(error: unknown, url: string): NetworkError {
  const code = findErrorCode(error);
  return new NetworkError(classifyNetworkFailure(code), url, { code, cause: sanitizeCause(error) });
}
