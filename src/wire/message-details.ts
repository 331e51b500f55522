// What 8x8 answers about a message after it was sent: its details per channel attempted (GET …/messages/{umid}),
// and how many scheduled messages a cancel stopped (DELETE …/messages/{umid}, DELETE …/messages/batch/{batchId}).
// Lenient like the webhook schemas: 8x8 adds fields (kept), writes enum values in varying case (`WhatsApp`,
// `Outbound`), may send numbers as strings, and may write a field that is not there as null.
import * as v from 'valibot';
import { CHANNELS } from '../channels.js';
import { guid, refuseArrays } from './primitives.js';
import { MessageStatusSchema } from './response.js';
import { canonicalSpelling, optionalOrNull, wholeNumber } from './value-text.js';

/** A known value in any letter case comes out in its documented spelling; any other string as sent. */
function openEnum<const T extends readonly [string, ...string[]]>(known: T) {
  return v.pipe(v.string(), canonicalSpelling(known));
}

/**
 * One channel attempt of a message, as `client.getMessage` reports it. A message sent with fallback has one
 * record per channel attempted; `step` says which attempt it was (1 for the first channel).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageAttemptSchema } from '8x8-chatapps';
 *
 * const attempt = v.parse(MessageAttemptSchema, {
 *   umid: 'dec02e44-c76f-4a0a-b69f-6ac2a4386eb9',
 *   subAccountId: 'acme_marketing',
 *   channel: 'whatsapp',
 *   channelId: '904d1303-5754-e911-8154-020897df5459',
 *   direction: 'Outbound',
 *   status: { state: 'read', timestamp: '2026-06-17T04:25:21.06Z' },
 *   contentType: 'Text',
 *   createdAt: '2026-06-17T04:15:21.06Z',
 *   step: 1,
 * });
 * attempt.channel; // 'WhatsApp'
 * attempt.direction; // 'outbound'
 * ```
 */
export const MessageAttemptSchema = refuseArrays(
  v.looseObject({
    umid: v.string(),
    subAccountId: v.string(),
    // Rule: the channel of this attempt (`SMS`, `WhatsApp`, `RCS`, `Viber`, `Line`, …); `Kakao` too.
    channel: openEnum([...CHANNELS, 'Kakao']),
    // Rule: identifies the channel when a sub-account has several of one type.
    channelId: v.string(),
    // Rule: `outbound` (mobile terminated) or `inbound` (mobile originated).
    direction: openEnum(['outbound', 'inbound']),
    // Rule: two-letter ISO 3166 country code.
    country: optionalOrNull(v.string()),
    status: MessageStatusSchema,
    // Rule: phone number and channel user id are masked unless 8x8 support unmasked them for the account.
    user: optionalOrNull(
      refuseArrays(
        v.looseObject({ msisdn: optionalOrNull(v.string()), channelUserId: optionalOrNull(v.string()) }),
      ),
    ),
    contentType: openEnum([
      'Text',
      'Audio',
      'Video',
      'Image',
      'Location',
      'File',
      'Carousel',
      'List',
      'Buttons',
      'Template',
    ]),
    // Rule: the content, masked (`**MASKED**`) unless unmasked for the account.
    content: optionalOrNull(v.string()),
    createdAt: v.string(),
    clientMessageId: optionalOrNull(v.string()),
    clientBatchId: optionalOrNull(v.string()),
    batchId: optionalOrNull(v.string()),
    // Rule: which attempt of the fallback chain this channel was, from 1.
    step: wholeNumber,
  }),
);

/**
 * One channel attempt of a message (see {@link MessageAttemptSchema}).
 *
 * @example
 * ```ts
 * import type { MessageAttempt } from '8x8-chatapps';
 *
 * const line = (attempt: MessageAttempt) => `${attempt.step}. ${attempt.channel}: ${attempt.status.state}`;
 * ```
 */
export type MessageAttempt = v.InferOutput<typeof MessageAttemptSchema>;

/**
 * The answer of `GET …/messages/{umid}`: every channel attempt of the message.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageDetailsSchema } from '8x8-chatapps';
 *
 * const details = v.parse(MessageDetailsSchema, { data: [] });
 * details.data.length; // 0
 * ```
 */
export const MessageDetailsSchema = refuseArrays(v.looseObject({ data: v.array(MessageAttemptSchema) }));

/**
 * What `client.getMessage` resolves with: `data` has one record per channel attempted, in 8x8's order (sort by
 * `step` for the chain's order).
 *
 * @example
 * ```ts
 * import type { MessageDetails } from '8x8-chatapps';
 *
 * const lastAttempt = (details: MessageDetails) => details.data.toSorted((a, b) => a.step - b.step).at(-1);
 * ```
 */
export type MessageDetails = v.InferOutput<typeof MessageDetailsSchema>;

/**
 * The answer of a cancel (one scheduled message, or a scheduled batch): how many messages were cancelled.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CancelResultSchema } from '8x8-chatapps';
 *
 * v.parse(CancelResultSchema, { cancelledCount: 1 }).cancelledCount; // 1
 * ```
 */
export const CancelResultSchema = refuseArrays(v.looseObject({ cancelledCount: wholeNumber }));

/**
 * What `client.cancelMessage` and `client.cancelBatch` resolve with.
 *
 * @example
 * ```ts
 * import type { CancelResult } from '8x8-chatapps';
 *
 * const nothingLeft = (result: CancelResult) => result.cancelledCount === 0;
 * ```
 */
export type CancelResult = v.InferOutput<typeof CancelResultSchema>;

/**
 * The channels that show a typing indicator.
 *
 * @example
 * ```ts
 * import { TYPING_INDICATOR_CHANNELS } from '8x8-chatapps';
 *
 * TYPING_INDICATOR_CHANNELS.includes('rcs'); // true
 * ```
 */
export const TYPING_INDICATOR_CHANNELS = ['whatsapp', 'rcs'] as const;

/**
 * The body of `POST …/events`: a typing indicator in reply to an inbound message (received within the last two
 * hours). The channel is accepted in any letter case and sent lowercase.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TypingIndicatorSchema } from '8x8-chatapps';
 *
 * v.parse(TypingIndicatorSchema, { channel: 'WhatsApp', type: 'typing', umid: 'cf3cbbf5-3e2d-ea11-815d-020897df5459' });
 * ```
 */
export const TypingIndicatorSchema = v.object({
  // Rule: only WhatsApp and RCS show typing indicators.
  channel: v.pipe(
    v.string(),
    v.check(
      (value) => (TYPING_INDICATOR_CHANNELS as readonly string[]).includes(value.toLowerCase()),
      'must be "whatsapp" or "rcs" (in any letter case): only they show typing indicators',
    ),
    v.transform((value) => value.toLowerCase() as (typeof TYPING_INDICATOR_CHANNELS)[number]),
  ),
  // Rule: the only event type is `typing`.
  type: v.literal('typing'),
  // Rule: the umid of the inbound message you are answering.
  umid: guid,
});

/**
 * A typing indicator request body (see {@link TypingIndicatorSchema}).
 *
 * @example
 * ```ts
 * import type { TypingIndicator } from '8x8-chatapps';
 *
 * const body: TypingIndicator = { channel: 'rcs', type: 'typing', umid: 'cf3cbbf5-3e2d-ea11-815d-020897df5459' };
 * ```
 */
export type TypingIndicator = v.InferOutput<typeof TypingIndicatorSchema>;
