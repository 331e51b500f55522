// The seam between the client and HTTP: one request in, one response out. The client builds the request and
// interprets the response; a transport only moves bytes, so anyone can write one (fetch, undici, a test double).
import type { Secret } from './secret.js';

/**
 * The HTTP methods the client uses: `POST` to send, mark as read and show typing, `GET` for a message's details,
 * `DELETE` to cancel scheduled messages. A transport passes `method` on, and sends no body when `body` is `''`.
 *
 * @example
 * ```ts
 * import type { TransportMethod } from '8x8-chatapps';
 *
 * const hasBody = (method: TransportMethod) => method === 'POST';
 * ```
 */
export type TransportMethod = 'GET' | 'POST' | 'DELETE';

/**
 * One HTTP request the client wants sent. `body` is the JSON text to send; `authorization` holds the
 * `Authorization` header value as a {@link Secret}, so logging or serialising a request never shows the API key.
 *
 * @example
 * ```ts
 * import { Secret, type TransportRequest } from '8x8-chatapps';
 *
 * const request: TransportRequest = {
 *   method: 'POST',
 *   url: 'https://chatapps.8x8.com/api/v1/subaccounts/acme/messages',
 *   headers: { 'content-type': 'application/json', accept: 'application/json' },
 *   authorization: new Secret('Bearer my-api-key'),
 *   body: '{"user":{"msisdn":"+6512345678"},"type":"text","content":{"text":"Hi"}}',
 * };
 * ```
 */
export interface TransportRequest {
  /** `POST` to send; `GET` for a message's details; `DELETE` to cancel scheduled messages. */
  readonly method: TransportMethod;
  readonly url: string;
  /** Headers other than `Authorization`, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The `Authorization` header value (`Bearer <apiKey>`); call `reveal()` only to put it on the wire. */
  readonly authorization: Secret;
  /**
   * The JSON body, already serialised; `''` for a request without one (`GET`, `DELETE`, mark as read). Send no
   * body then: `fetch` refuses a body on `GET`.
   */
  readonly body: string;
  /** Aborts the request (and any retry wait) when it fires. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The answer to a {@link TransportRequest}, whatever its status: a transport resolves with 4xx and 5xx answers
 * too and lets the client interpret them.
 *
 * @example
 * ```ts
 * import type { TransportResponse } from '8x8-chatapps';
 *
 * const response: TransportResponse = {
 *   status: 429,
 *   headers: { 'retry-after': '1' },
 *   body: { code: 1100, message: 'Too many requests', errorId: '…', timestamp: '…' },
 * };
 * ```
 */
export interface TransportResponse {
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; the raw text when it was not JSON; `undefined` when empty. */
  readonly body: unknown;
  /**
   * `true` when the body was longer than the transport reads (1 MiB for the default transport): `body` is then its
   * beginning, as text. The client reports it without trying to parse it.
   */
  readonly bodyTooLarge?: boolean | undefined;
}

/**
 * Sends requests for the client. Resolve with the response for every HTTP status; reject only when no response
 * arrived, with the library's `TimeoutError`, `NetworkError` or `AbortError` (any other rejection is reported
 * as a `NetworkError` of reason `other`).
 *
 * A transport may retry, but must never retry a request 8x8 may have accepted: see `createKyTransport`.
 *
 * @example
 * ```ts
 * import { createClient, type Transport } from '8x8-chatapps';
 *
 * const fetchTransport: Transport = {
 *   async send(request) {
 *     const response = await fetch(request.url, {
 *       method: request.method,
 *       headers: { ...request.headers, authorization: request.authorization.reveal() },
 *       body: request.body === '' ? null : request.body,
 *       signal: request.signal ?? null,
 *     });
 *     const text = await response.text();
 *     return {
 *       status: response.status,
 *       headers: Object.fromEntries(response.headers),
 *       body: text === '' ? undefined : JSON.parse(text),
 *     };
 *   },
 * };
 * const client = createClient({ apiKey: 'key', subAccountId: 'acme', transport: fetchTransport });
 * ```
 */
export interface Transport {
  /** Sends one request; resolves with the answer whatever its HTTP status, rejects only when none arrived. */
  send(request: TransportRequest): Promise<TransportResponse>;
}
