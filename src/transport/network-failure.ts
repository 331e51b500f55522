// Tells apart the ways a fetch can fail without an answer, from the system error codes Node attaches.
import { withoutCredentials } from '../errors/message-text.js';
import type { NetworkFailure } from '../errors/transport-errors.js';

const FAILURE_BY_CODE: Readonly<Record<string, NetworkFailure>> = {
  ECONNREFUSED: 'connection-refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
  // ETIMEDOUT also ends established connections (TCP retransmission timeout) after the request was written, so it
  // cannot prove nothing was sent: a reset, never retried. undici reports its own connect timeout separately.
  ETIMEDOUT: 'connection-reset',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  UND_ERR_CLOSED: 'connection-reset',
};

/** The first system error code (`ECONNREFUSED`, …) found on an error, its causes, or an AggregateError's errors. */
export function findErrorCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const code: unknown = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = findErrorCode(inner, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return findErrorCode((error as { cause?: unknown }).cause, depth + 1);
}

/** Classifies a network failure by its system error code. */
export function classifyNetworkFailure(code: string | undefined): NetworkFailure {
  if (code === undefined) return 'other';
  const known = FAILURE_BY_CODE[code];
  if (known !== undefined) return known;
  if (/^(ERR_TLS_|ERR_SSL_)|CERT|SSL/.test(code)) return 'tls';
  return 'other';
}

/** Keeps only the fields of a system error that help diagnose it; nothing that could hold a header. */
export function sanitizeCause(cause: unknown): Error | undefined {
  if (!(cause instanceof Error)) return undefined;
  const copy = new Error(withoutCredentials(cause.message));
  copy.name = cause.name;
  const code = findErrorCode(cause);
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
