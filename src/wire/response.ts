// What 8x8 answers: the success body of a send, the status object inside it, and the error body of every 4xx/5xx.
// Lenient where 8x8 may add values (unknown keys are ignored, unknown states and details are kept as strings, an
// optional field written as null is absent), strict on the shapes a program relies on (a umid, a status with a state,
// an error code).
import * as v from 'valibot';
import { object } from './primitives.js';
import { canonicalSpelling, optionalOrNull, wholeNumber } from './value-text.js';

/**
 * Every `status.state` 8x8 documents. The send reference lists `unknown`, `queued`, `failed`, `sent`, `delivered`,
 * `undelivered`, `read`, `ok` and `error`; the status reference and batch answers also use `rejected`.
 *
 * @example
 * ```ts
 * import { KNOWN_MESSAGE_STATES } from '8x8-chatapps';
 *
 * KNOWN_MESSAGE_STATES.includes('queued'); // true
 * ```
 */
export const KNOWN_MESSAGE_STATES = [
  'unknown',
  'queued',
  'rejected',
  'failed',
  'sent',
  'delivered',
  'undelivered',
  'read',
  'ok',
  'error',
] as const;

/**
 * A documented message state (see {@link KNOWN_MESSAGE_STATES}).
 *
 * @example
 * ```ts
 * import type { KnownMessageState } from '8x8-chatapps';
 *
 * const state: KnownMessageState = 'queued';
 * ```
 */
export type KnownMessageState = (typeof KNOWN_MESSAGE_STATES)[number];

/**
 * `status.state`: a documented state, or any other string 8x8 may add later (kept, not rejected).
 * Editors still suggest the documented values.
 *
 * @example
 * ```ts
 * import type { MessageState } from '8x8-chatapps';
 *
 * const state: MessageState = 'delivered';
 * ```
 */
export type MessageState = KnownMessageState | (string & {});

/**
 * Every `status.detail` 8x8 documents; other strings are kept as they are.
 *
 * @example
 * ```ts
 * import { KNOWN_MESSAGE_STATUS_DETAILS } from '8x8-chatapps';
 *
 * KNOWN_MESSAGE_STATUS_DETAILS.includes('delivered_to_recipient'); // true
 * ```
 */
export const KNOWN_MESSAGE_STATUS_DETAILS = [
  'delivered_to_operator',
  'delivered_to_recipient',
  'rejected_by_operator',
  'undelivered_to_recipient',
] as const;

/**
 * `status.detail`: a documented detail or any other string 8x8 sends.
 *
 * @example
 * ```ts
 * import type { MessageStatusDetail } from '8x8-chatapps';
 *
 * const detail: MessageStatusDetail = 'delivered_to_operator';
 * ```
 */
export type MessageStatusDetail = (typeof KNOWN_MESSAGE_STATUS_DETAILS)[number] | (string & {});

// Read as webhooks read them: a documented value in any letter case in its documented spelling, another as sent.
const messageState = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  canonicalSpelling(KNOWN_MESSAGE_STATES),
);
const messageStatusDetail = v.pipe(v.string(), canonicalSpelling(KNOWN_MESSAGE_STATUS_DETAILS));

/**
 * The status object 8x8 attaches to a message: `state` and `timestamp` always, `detail`, `errorCode` and
 * `errorMessage` when they apply.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageStatusSchema } from '8x8-chatapps';
 *
 * const status = v.parse(MessageStatusSchema, { state: 'queued', timestamp: '2021-01-04T08:19:45.99Z' });
 * status.state; // 'queued'
 * ```
 */
export const MessageStatusSchema = object({
  // Rule: `state` is mandatory and always has a value.
  state: messageState,
  detail: optionalOrNull(messageStatusDetail),
  // Rule: `timestamp` (ISO 8601, UTC) is mandatory and always has a value.
  timestamp: v.string(),
  // Rule: a whole number; written as a string ("0") it is read as one, as a request's numbers are.
  errorCode: optionalOrNull(wholeNumber),
  errorMessage: optionalOrNull(v.string()),
});

/**
 * The status of a message, as 8x8 reports it.
 *
 * @example
 * ```ts
 * import type { MessageStatus } from '8x8-chatapps';
 *
 * const status: MessageStatus = { state: 'queued', timestamp: '2021-01-04T08:19:45.99Z' };
 * ```
 */
export type MessageStatus = v.InferOutput<typeof MessageStatusSchema>;

/** The recipient as 8x8 echoes it back: any of these may be present. */
const RecipientEchoSchema = object({
  msisdn: optionalOrNull(v.string()),
  country: optionalOrNull(v.string()),
  lineUserId: optionalOrNull(v.string()),
  channelUserId: optionalOrNull(v.string()),
});

/**
 * The success body of `POST …/messages`: the `umid` 8x8 generated, the message's status, the recipient and
 * your `clientMessageId`. Also the shape of each entry of a batch answer's `messages`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SendMessageResponseSchema } from '8x8-chatapps';
 *
 * const response = v.parse(SendMessageResponseSchema, {
 *   umid: '82188ee0-109f-e811-8150-020897df5459',
 *   user: { msisdn: '+6512341234' },
 *   clientMessageId: '1234_id',
 *   status: { state: 'queued', timestamp: '2021-01-04T08:19:45.99Z' },
 * });
 * response.umid; // '82188ee0-109f-e811-8150-020897df5459'
 * ```
 */
export const SendMessageResponseSchema = object({
  // Rule: `umid` is the unique message id (a GUID) 8x8 generates on submission.
  umid: v.pipe(v.string(), v.uuid('must be a GUID')),
  status: MessageStatusSchema,
  user: RecipientEchoSchema,
  clientMessageId: optionalOrNull(v.string()),
});

/**
 * What `client.send()` resolves with.
 *
 * @example
 * ```ts
 * import type { SendMessageResponse } from '8x8-chatapps';
 *
 * function log(response: SendMessageResponse) {
 *   console.log(response.umid, response.status.state);
 * }
 * ```
 */
export type SendMessageResponse = v.InferOutput<typeof SendMessageResponseSchema>;

/**
 * The body of every 8x8 answer with HTTP status 400 or above: a numeric `code` (see `API_ERROR_CODES`), a
 * `message` for people, the `errorId` to quote to 8x8 support, and when it happened.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ErrorResponseSchema } from '8x8-chatapps';
 *
 * const body = v.parse(ErrorResponseSchema, {
 *   code: 1002,
 *   message: 'Invalid MSISDN format',
 *   errorId: 'b4478860-b76c-e811-814e-022a35cc1c71',
 *   timestamp: '2018-08-04T09:25:40.9235752+00:00',
 * });
 * body.code; // 1002
 * ```
 */
export const ErrorResponseSchema = object({
  // Rule: `code` (integer) is required in every error body.
  code: wholeNumber,
  message: optionalOrNull(v.string()),
  // Rule: `errorId` (a UUID) is required; 8x8 support finds the error by it.
  errorId: v.string(),
  // Rule: `timestamp` (date-time) is required.
  timestamp: v.string(),
});

/**
 * The error body 8x8 sends with HTTP 4xx/5xx.
 *
 * @example
 * ```ts
 * import type { ErrorResponse } from '8x8-chatapps';
 *
 * const body: ErrorResponse = {
 *   code: 1200,
 *   message: 'Request was not authenticated properly',
 *   errorId: 'db9dced4-3534-4d86-9d18-6b448af0d621',
 *   timestamp: '2018-08-02T09:42:38.8988997+00:00',
 * };
 * ```
 */
export type ErrorResponse = v.InferOutput<typeof ErrorResponseSchema>;
