// What the fault server can do to a request, and what the client must make of it: the one table the server and the
// soak test both read.

/** How one fault plays out: whether the server recorded the message, and what the caller must be told. */
export interface FaultRule {
  /** The server recorded the message (as 8x8 would have accepted it) before the fault. */
  readonly recorded: boolean;
  /** The HTTP status answered, if any. */
  readonly status?: number;
  /** The client retries it (429 with `Retry-After: 0`, 503). */
  readonly retried: boolean;
  /**
   * What the outcome must say when this fault ends the message: `ok`, or the error's name and its
   * `mayHaveBeenAccepted` (true where the server may have it as far as the client can tell, false where it surely
   * has not).
   */
  readonly outcome:
    | { readonly ok: true }
    | { readonly ok: false; readonly error: string; readonly mayHaveBeenAccepted: boolean };
}

const refused = (error: string) => ({ ok: false, error, mayHaveBeenAccepted: false }) as const;
const mayHave = (error: string) => ({ ok: false, error, mayHaveBeenAccepted: true }) as const;

export const FAULTS = {
  ok: { recorded: true, status: 200, retried: false, outcome: { ok: true } },
  'rate-limit': { recorded: false, status: 429, retried: true, outcome: refused('ApiError') },
  // Retry-After beyond the client's maxRetryAfterMs: returned at once, not waited out.
  'rate-limit-long': { recorded: false, status: 429, retried: false, outcome: refused('ApiError') },
  unavailable: { recorded: false, status: 503, retried: true, outcome: refused('ApiError') },
  // The client cannot tell a 500 before accepting from one after.
  'server-error': { recorded: false, status: 500, retried: false, outcome: mayHave('ApiError') },
  'server-error-after-accept': { recorded: true, status: 500, retried: false, outcome: mayHave('ApiError') },
  'bad-request-as-text': { recorded: false, status: 400, retried: false, outcome: refused('ApiError') },
  'redirect-301': {
    recorded: false,
    status: 301,
    retried: false,
    outcome: refused('UnexpectedResponseError'),
  },
  'redirect-302': {
    recorded: false,
    status: 302,
    retried: false,
    outcome: mayHave('UnexpectedResponseError'),
  },
  'redirect-303': {
    recorded: false,
    status: 303,
    retried: false,
    outcome: mayHave('UnexpectedResponseError'),
  },
  'redirect-307': {
    recorded: false,
    status: 307,
    retried: false,
    outcome: refused('UnexpectedResponseError'),
  },
  'redirect-308': {
    recorded: false,
    status: 308,
    retried: false,
    outcome: refused('UnexpectedResponseError'),
  },
  // The connection closes without an answer: the client cannot tell before from after.
  'reset-before-read': { recorded: false, retried: false, outcome: mayHave('NetworkError') },
  'reset-after-record': { recorded: true, retried: false, outcome: mayHave('NetworkError') },
  // A success status whose body is cut, larger than the client reads, or not JSON.
  truncated: { recorded: true, status: 200, retried: false, outcome: mayHave('NetworkError') },
  oversized: { recorded: true, status: 200, retried: false, outcome: mayHave('UnexpectedResponseError') },
  malformed: { recorded: true, status: 200, retried: false, outcome: mayHave('UnexpectedResponseError') },
} as const satisfies Record<string, FaultRule>;

export type Fault = keyof typeof FAULTS;

/** One request as the server saw it: the message's clientMessageId (unknown when the body was never read). */
export interface FaultLogEntry {
  readonly id: string | undefined;
  readonly fault: Fault;
  /** The umid the server recorded the message under, when it recorded it. */
  readonly umid: string | undefined;
}

export interface FaultReport {
  readonly log: readonly FaultLogEntry[];
  /** Requests to the redirect targets: a client that never follows a redirect makes none. */
  readonly followedRedirects: number;
}
