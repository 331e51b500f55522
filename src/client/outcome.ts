// What one send ends in: the typed answer, or one of a closed set of errors a program can match exhaustively.
import type { ApiError, UnexpectedResponseError } from '../errors/api-error.js';
import type { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import type { ValidationError } from '../errors/validation-error.js';
import type { MessageRequest } from '../wire/index.js';
import type { MessageState, SendMessageResponse } from '../wire/response.js';

/**
 * Every error a send can end in. Each has a literal `name`, so `ts-pattern` can match them exhaustively:
 * - `ValidationError`: the message breaks a rule of the API; nothing was sent.
 * - `ApiError`: 8x8 answered with an HTTP error (status, 8x8 `code`, `errorId`).
 * - `UnexpectedResponseError`: 8x8 answered success with a body the API does not promise.
 * - `TimeoutError`, `NetworkError`, `AbortError`: no answer arrived.
 *
 * @example
 * ```ts
 * import { match } from 'ts-pattern';
 * import type { SendError } from '8x8-chatapps';
 *
 * const explain = (error: SendError) =>
 *   match(error)
 *     .with({ name: 'ValidationError' }, (e) => `fix the message: ${e.issues[0]?.path}`)
 *     .with({ name: 'ApiError' }, (e) => `8x8 said ${e.status} ${e.code}`)
 *     .with({ name: 'UnexpectedResponseError' }, () => 'check the message by its clientMessageId')
 *     .with({ name: 'TimeoutError' }, { name: 'NetworkError' }, { name: 'AbortError' }, (e) =>
 *       e.mayHaveBeenAccepted ? 'may have been sent' : 'not sent',
 *     )
 *     .exhaustive();
 * ```
 */
export type SendError =
  | ValidationError
  | ApiError
  | UnexpectedResponseError
  | TimeoutError
  | NetworkError
  | AbortError;

/**
 * How one message of `sendMany`/`sendEach` (or `trySend`) ended: `ok: true` with 8x8's answer, or `ok: false`
 * with the {@link SendError}. `index` is the message's position in the input; `request` is the validated wire
 * request (absent when validation failed).
 *
 * @example
 * ```ts
 * import { match, P } from 'ts-pattern';
 * import type { SendOutcome } from '8x8-chatapps';
 *
 * const line = (outcome: SendOutcome) =>
 *   match(outcome)
 *     .with({ ok: true }, ({ index, response }) => `#${index} ${response.umid}`)
 *     .with({ ok: false, error: { name: 'ApiError' } }, ({ index, error }) => `#${index} refused: ${error.code}`)
 *     .with({ ok: false }, ({ index, error }) => `#${index} ${error.name}`)
 *     .exhaustive();
 * ```
 */
export type SendOutcome =
  | {
      readonly ok: true;
      readonly index: number;
      readonly request: MessageRequest;
      readonly response: SendMessageResponse;
    }
  | {
      readonly ok: false;
      readonly index: number;
      readonly request: MessageRequest | undefined;
      readonly error: SendError;
    };

/**
 * How one message of `sendMany` ended, kept compact because `sendMany` holds one per message until the run ends:
 * the message's `index` in the input, and either 8x8's `umid`, the `state` it answered (`queued`) and the
 * `clientMessageId` it echoed, or the {@link SendError}. `sendEach` yields the full {@link SendOutcome}.
 *
 * @example
 * ```ts
 * import type { SendManyOutcome } from '8x8-chatapps';
 *
 * const line = (outcome: SendManyOutcome) =>
 *   outcome.ok ? `#${outcome.index} ${outcome.umid} ${outcome.state}` : `#${outcome.index} ${outcome.error.name}`;
 * ```
 */
export type SendManyOutcome =
  | {
      readonly ok: true;
      readonly index: number;
      readonly umid: string;
      readonly state: MessageState;
      readonly clientMessageId: string | undefined;
    }
  | {
      readonly ok: false;
      readonly index: number;
      readonly error: SendError;
    };

/** The compact form of `outcome`: what a caller of `sendMany` reads, without the request or the answer's body. */
export function compactOutcome(outcome: SendOutcome): SendManyOutcome {
  if (!outcome.ok) return { ok: false, index: outcome.index, error: outcome.error };
  const { umid, status, clientMessageId } = outcome.response;
  return { ok: true, index: outcome.index, umid, state: status.state, clientMessageId };
}
