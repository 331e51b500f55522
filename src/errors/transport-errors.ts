// Errors where no answer from 8x8 arrived: the request timed out, the network failed, or the caller aborted.
// Each says whether 8x8 may have received (and accepted) the message, because that decides whether resending is safe.
import { urlForMessage } from './message-text.js';

/**
 * No answer arrived within the client's `timeout`. The request had been written, so 8x8 may have accepted the
 * message: this is never retried automatically. Look the message up by its `clientMessageId` before resending.
 *
 * @example
 * ```ts
 * import { createClient, TimeoutError } from '8x8-chatapps';
 *
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme' });
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * try {
 *   await client.send(message);
 * } catch (error) {
 *   if (error instanceof TimeoutError) console.log(`no answer after ${error.timeoutMs} ms`);
 * }
 * ```
 */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError' as const;
  /** The time limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** Always `true`: the request may have reached 8x8 before the time ran out. */
  readonly mayHaveBeenAccepted = true as const;

  constructor(timeoutMs: number, url: string) {
    super(
      `No answer from ${urlForMessage(url)} within ${timeoutMs} ms; the message may or may not have been accepted`,
    );
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Why the network failed:
 * - `connection-refused`: nothing listened at the address; the request was never written.
 * - `dns`: the host name did not resolve; the request was never written.
 * - `connect-timeout`: the connection could not be opened in time; the request was never written.
 * - `connection-reset`: the connection closed before an answer arrived; the request may have been received.
 * - `tls`: the TLS handshake failed; the request was never written.
 * - `not-sent`: the request was refused before any connection was opened (a port that fetch blocks, such as 9 or
 *   6000; a URL fetch cannot request); the request was never written.
 * - `other`: any other failure; the request may have been received.
 *
 * @example
 * ```ts
 * import type { NetworkFailure } from '8x8-chatapps';
 *
 * const reason: NetworkFailure = 'connection-refused';
 * ```
 */
export type NetworkFailure =
  | 'connection-refused'
  | 'dns'
  | 'connect-timeout'
  | 'tls'
  | 'not-sent'
  | 'connection-reset'
  | 'other';

/**
 * The connection to 8x8 failed. {@link NetworkError.mayHaveBeenAccepted} says whether the request could have
 * reached 8x8 (a reset after writing it) or surely did not (connection refused, DNS, TLS).
 *
 * @example
 * ```ts
 * import { createClient, NetworkError } from '8x8-chatapps';
 *
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme' });
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * try {
 *   await client.send(message);
 * } catch (error) {
 *   if (error instanceof NetworkError && !error.mayHaveBeenAccepted) {
 *     // safe to send again later
 *   }
 * }
 * ```
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError' as const;
  /** What failed; see {@link NetworkFailure}. */
  readonly reason: NetworkFailure;
  /** The system error code when there was one (`ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, …). */
  readonly code: string | undefined;
  /** Whether the request may have reached 8x8: `false` only when it was surely never written. */
  readonly mayHaveBeenAccepted: boolean;

  constructor(
    reason: NetworkFailure,
    url: string,
    options: { code?: string | undefined; cause?: unknown } = {},
  ) {
    const code = options.code === undefined ? '' : ` (${options.code})`;
    super(`Network failure talking to ${urlForMessage(url)}: ${reason}${code}`, { cause: options.cause });
    this.reason = reason;
    this.code = options.code;
    this.mayHaveBeenAccepted = reason === 'connection-reset' || reason === 'other';
  }
}

/**
 * The caller's `AbortSignal` fired. If it fired before the request was written, nothing was sent; otherwise
 * 8x8 may have accepted the message.
 *
 * @example
 * ```ts
 * import { AbortError, createClient } from '8x8-chatapps';
 *
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme' });
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * const controller = new AbortController();
 * const sending = client.send(message, { signal: controller.signal });
 * controller.abort();
 * await sending.catch((error: unknown) => error instanceof AbortError); // true
 * ```
 */
export class AbortError extends Error {
  override readonly name = 'AbortError' as const;
  /** Whether the request had already started when the signal fired. */
  readonly mayHaveBeenAccepted: boolean;

  constructor(mayHaveBeenAccepted: boolean, reason?: unknown) {
    super(
      mayHaveBeenAccepted
        ? 'Aborted while the request was in flight; the message may or may not have been accepted'
        : 'Aborted before the request was sent; nothing was sent',
      { cause: reason },
    );
    this.mayHaveBeenAccepted = mayHaveBeenAccepted;
  }
}
