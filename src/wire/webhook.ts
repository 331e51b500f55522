// What 8x8 posts to your webhook: delivery receipts (v9, and v8 without `version`), WhatsApp Business App messages
// (`external_app_message`) and inbound messages (v3, and v2 without `version`), each wrapped in the same envelope.
// Lenient the way a receiver must be: 8x8 adds fields (kept, never refused), enum values arrive in any letter case
// (matched case-insensitively, given back in one spelling; unknown values kept as sent), numbers may arrive as
// strings, a field that is not there may arrive as null. Strict only on what a program relies on: the envelope, the ids, the status's state and timestamp.
import * as v from 'valibot';
import { receivedValue } from '../errors/message-text.js';
import { refuseArrays } from './primitives.js';
import {
  KNOWN_MESSAGE_STATES,
  KNOWN_MESSAGE_STATUS_DETAILS,
  type MessageState,
  type MessageStatusDetail,
} from './response.js';
import {
  booleanFromText,
  canonicalSpelling,
  numberFromText,
  objectOrEmpty,
  optionalOrNull,
  sameEnumValue,
  wholeNumber,
} from './value-text.js';

/** `v.looseObject` that refuses arrays: unknown keys are kept in the output, as 8x8 adds fields over time. */
function looseObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return refuseArrays(v.looseObject(entries));
}

/** A non-empty string (ids, names): an empty one cannot identify anything. */
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/**
 * A string enum 8x8 may extend: a known value in any letter case comes out in its documented spelling, any other
 * string comes out as sent. The type still lists the documented values for editors.
 */
function openEnum<const T extends readonly [string, ...string[]]>(known: T) {
  return v.pipe(v.string(), canonicalSpelling(known));
}

/** A number, also when sent as a numeric string (`"15"`, `"1.3521"`, `"-3"`, `"1e-5"`). */
const lenientNumber = v.pipe(
  v.unknown(),
  v.transform((value) => (typeof value === 'string' ? (numberFromText(value) ?? value) : value)),
  v.check(
    (value) => typeof value === 'number' && Number.isFinite(value),
    (issue) => `must be a number, got ${receivedValue(issue.input, issue.received)}`,
  ),
  v.transform((value) => value as number),
);

/** A whole number, also when sent as a string (`"9"`). */
const lenientInteger = wholeNumber;

/** `true`/`false`, also when sent as the strings `"true"`/`"false"` in any letter case (`"True"`). */
const lenientBoolean = v.pipe(
  v.unknown(),
  v.transform((value) => (typeof value === 'string' ? (booleanFromText(value) ?? value) : value)),
  v.check((value) => typeof value === 'boolean', 'must be true or false'),
  v.transform((value) => value as boolean),
);

/** A string, also when 8x8 sends a number (provider error codes such as `131009`). */
const lenientString = v.pipe(
  v.unknown(),
  v.check(
    (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
    'must be a string',
  ),
  v.transform((value) => String(value)),
);

/**
 * The channel values webhooks carry, spelled as 8x8's receipts spell them (8x8's channel list writes `RCS`;
 * receipts write `rcs`: any letter case is accepted).
 *
 * @example
 * ```ts
 * import { WEBHOOK_CHANNELS } from '8x8-chatapps';
 *
 * WEBHOOK_CHANNELS.includes('whatsapp'); // true
 * ```
 */
export const WEBHOOK_CHANNELS = [
  'sms',
  'whatsapp',
  'viber',
  'rcs',
  'line',
  'ZaloNotification',
  'LineNotification',
] as const;

/**
 * A channel as a webhook names it: one of {@link WEBHOOK_CHANNELS}, or another string 8x8 adds later.
 *
 * @example
 * ```ts
 * import type { WebhookChannel } from '8x8-chatapps';
 *
 * const channel: WebhookChannel = 'viber';
 * ```
 */
export type WebhookChannel = (typeof WEBHOOK_CHANNELS)[number] | (string & {});

const channel = openEnum(WEBHOOK_CHANNELS);

/**
 * The `eventType` values 8x8 documents for Messaging Apps webhooks.
 *
 * @example
 * ```ts
 * import { WEBHOOK_EVENT_TYPES } from '8x8-chatapps';
 *
 * WEBHOOK_EVENT_TYPES.includes('inbound_message_received'); // true
 * ```
 */
export const WEBHOOK_EVENT_TYPES = [
  'outbound_message_status_changed',
  'external_app_message',
  'inbound_message_received',
] as const;

/**
 * The envelope every 8x8 webhook shares: `namespace`, `eventType`, `description`, `payload`, and from receipts v9
 * and inbound v3 on, `version`. Any body of this shape is an 8x8 webhook; its `eventType` says what the payload is.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { WebhookEnvelopeSchema } from '8x8-chatapps';
 *
 * const envelope = v.parse(WebhookEnvelopeSchema, {
 *   namespace: 'ChatApps',
 *   eventType: 'some_future_event',
 *   description: 'A future event',
 *   payload: { anything: 1 },
 * });
 * envelope.eventType; // 'some_future_event'
 * ```
 */
export const WebhookEnvelopeSchema = looseObject({
  // Rule: `version` is absent before receipts v9 and inbound v3; a number from then on.
  version: optionalOrNull(lenientInteger),
  namespace: v.string(),
  eventType: id,
  description: optionalOrNull(v.string()),
  payload: looseObject({}),
});

/**
 * Any 8x8 webhook body, before its `eventType` is known.
 *
 * @example
 * ```ts
 * import type { WebhookEnvelope } from '8x8-chatapps';
 *
 * const kind = (envelope: WebhookEnvelope) => envelope.eventType;
 * ```
 */
export interface WebhookEnvelope {
  version?: number | undefined;
  namespace: string;
  eventType: string;
  description?: string | undefined;
  payload: { [key: string]: unknown };
  [key: string]: unknown;
}

/** `eventType` with a fixed value, in any letter case. */
function eventType<const T extends string>(value: T) {
  return v.pipe(
    v.string(),
    v.check((sent) => sameEnumValue(sent, value), `must be "${value}"`),
    v.transform((): T => value),
  );
}

/** The message status inside a receipt: 8x8's universal status object. */
const ReceiptStatusSchema = looseObject({
  // Rule: `state` is mandatory and always has a value.
  state: v.pipe(v.string(), v.minLength(1, 'must not be empty'), canonicalSpelling(KNOWN_MESSAGE_STATES)),
  detail: optionalOrNull(openEnum(KNOWN_MESSAGE_STATUS_DETAILS)),
  // Rule: `timestamp` (ISO 8601, UTC) is mandatory and always has a value.
  timestamp: v.string(),
  errorCode: optionalOrNull(lenientInteger),
  errorMessage: optionalOrNull(v.string()),
});

/** The user a receipt or an inbound message is about; v9/v3 leave out what the channel does not have. */
const WebhookUserSchema = looseObject({
  // Rule: E.164; left out (v9, v3) on channels whose users have no phone number, such as LINE.
  msisdn: optionalOrNull(v.string()),
  // Rule: WhatsApp's business-scoped user id or the LINE user id in v9/v3; the phone number's digits in v8/v2.
  channelUserId: optionalOrNull(v.string()),
  // Rule: the WhatsApp profile name (inbound only).
  name: optionalOrNull(v.string()),
  // Rule: the WhatsApp username (inbound v3 only).
  username: optionalOrNull(v.string()),
});

/** The status inside a receipt ({@link ReceiptStatusSchema}'s output). */
interface ReceiptStatus {
  state: MessageState;
  detail?: MessageStatusDetail | undefined;
  timestamp: string;
  errorCode?: number | undefined;
  errorMessage?: string | undefined;
  [key: string]: unknown;
}

/** The user of a receipt or inbound message ({@link WebhookUserSchema}'s output). */
interface WebhookUser {
  msisdn?: string | undefined;
  channelUserId?: string | undefined;
  name?: string | undefined;
  username?: string | undefined;
  [key: string]: unknown;
}

/** WhatsApp's own information on a receipt. */
const ReceiptWhatsAppSchema = looseObject({
  // Rule: WhatsApp's error code, only when there was an error.
  providerErrorCode: optionalOrNull(lenientString),
  // Rule: Meta's pricing category, on `sent` and on one of `delivered` or `read`.
  pricingCategory: optionalOrNull(v.string()),
});

/** WhatsApp's own information on a receipt ({@link ReceiptWhatsAppSchema}'s output). */
interface ReceiptWhatsApp {
  providerErrorCode?: string | undefined;
  pricingCategory?: string | undefined;
  [key: string]: unknown;
}

const OutboundLocationSchema = looseObject({
  latitude: lenientNumber,
  longitude: lenientNumber,
  name: optionalOrNull(v.string()),
  address: optionalOrNull(v.string()),
});

const OutboundHeaderSchema = looseObject({
  type: openEnum(['text', 'image', 'video', 'audio', 'document', 'location']),
  text: optionalOrNull(v.string()),
  // Rule: `url`, and `filename` for documents.
  media: optionalOrNull(looseObject({ url: v.string(), filename: optionalOrNull(v.string()) })),
  location: optionalOrNull(OutboundLocationSchema),
});

const OutboundTextSchema = looseObject({ text: v.string() });

const OutboundActionsSchema = looseObject({
  buttons: optionalOrNull(
    v.array(
      looseObject({
        type: openEnum(['url', 'quick_reply', 'copy_code', 'phone', 'flow']),
        label: v.string(),
        // Rule: `null` for buttons that carry no value, such as quick replies.
        value: v.optional(v.nullable(v.string())),
      }),
    ),
  ),
  cta: optionalOrNull(looseObject({ displayText: v.string(), url: v.string() })),
  list: optionalOrNull(
    looseObject({
      buttonLabel: v.string(),
      sections: v.array(
        looseObject({
          title: optionalOrNull(v.string()),
          rows: v.array(
            looseObject({ id: v.string(), title: v.string(), description: optionalOrNull(v.string()) }),
          ),
        }),
      ),
    }),
  ),
  flow: optionalOrNull(
    looseObject({
      flowId: optionalOrNull(v.string()),
      cta: optionalOrNull(v.string()),
      action: optionalOrNull(v.string()),
      screen: optionalOrNull(v.string()),
    }),
  ),
});

/**
 * `payload.outboundContent` of a v9 WhatsApp receipt: a structured copy of the message that was delivered, on the
 * `delivered_to_recipient` receipt only. Redacted content keeps only `channel`, `contentType` and `meta`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { OutboundContentSchema } from '8x8-chatapps';
 *
 * const content = v.parse(OutboundContentSchema, {
 *   channel: 'whatsapp',
 *   contentType: 'text',
 *   body: { text: 'Your order A-1234 has shipped' },
 * });
 * content.body?.text; // 'Your order A-1234 has shipped'
 * ```
 */
export const OutboundContentSchema = looseObject({
  // Rule: always `whatsapp`.
  channel,
  contentType: openEnum([
    'text',
    'media',
    'location',
    'template',
    'template_auth',
    'carousel',
    'interactive',
  ]),
  // Rule: only for `template`, `template_auth` and `carousel`.
  template: optionalOrNull(
    looseObject({
      name: optionalOrNull(v.string()),
      language: optionalOrNull(v.string()),
      category: optionalOrNull(v.string()),
    }),
  ),
  // Rule: left out when the message has none, and for carousels (each card has its own).
  header: optionalOrNull(OutboundHeaderSchema),
  body: optionalOrNull(OutboundTextSchema),
  footer: optionalOrNull(OutboundTextSchema),
  // Rule: left out for carousels (each card has its own).
  actions: optionalOrNull(OutboundActionsSchema),
  // Rule: only for `carousel`, in order.
  cards: optionalOrNull(
    v.array(
      looseObject({
        index: lenientInteger,
        header: optionalOrNull(OutboundHeaderSchema),
        body: optionalOrNull(OutboundTextSchema),
        actions: optionalOrNull(OutboundActionsSchema),
      }),
    ),
  ),
  meta: optionalOrNull(
    looseObject({
      redacted: optionalOrNull(lenientBoolean),
      redactionReason: optionalOrNull(v.string()),
      interactiveType: optionalOrNull(openEnum(['button', 'list', 'cta_url', 'flow'])),
    }),
  ),
});

/**
 * The structured copy of a delivered WhatsApp message (see {@link OutboundContentSchema}).
 *
 * @example
 * ```ts
 * import type { OutboundContent } from '8x8-chatapps';
 *
 * const bodyText = (content: OutboundContent) => content.body?.text ?? '(no body)';
 * ```
 */
export type OutboundContent = v.InferOutput<typeof OutboundContentSchema>;

/**
 * The `type` values of inbound messages (and of WhatsApp Business App messages), as 8x8 spells them.
 *
 * @example
 * ```ts
 * import { INBOUND_MESSAGE_TYPES } from '8x8-chatapps';
 *
 * INBOUND_MESSAGE_TYPES.includes('Interactive'); // true
 * ```
 */
export const INBOUND_MESSAGE_TYPES = [
  'None',
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
  'Interactive',
] as const;

/**
 * The `content.interactive.type` values of inbound replies, as 8x8 spells them.
 *
 * @example
 * ```ts
 * import { INBOUND_INTERACTIVE_TYPES } from '8x8-chatapps';
 *
 * INBOUND_INTERACTIVE_TYPES.includes('nfmReply'); // true
 * ```
 */
export const INBOUND_INTERACTIVE_TYPES = [
  'button_reply',
  'list_reply',
  'nfmReply',
  'callPermissionReply',
] as const;

const InboundInteractiveSchema = looseObject({
  type: openEnum(INBOUND_INTERACTIVE_TYPES),
  // Rule: the tapped button, for `button_reply`.
  button_reply: optionalOrNull(looseObject({ id: v.string(), title: optionalOrNull(v.string()) })),
  // Rule: the chosen row, for `list_reply`.
  list_reply: optionalOrNull(
    looseObject({
      id: v.string(),
      title: optionalOrNull(v.string()),
      description: optionalOrNull(v.string()),
    }),
  ),
  // Rule: the completed Flow's data as a JSON string, for `nfmReply`.
  nfmReply: optionalOrNull(looseObject({ responseJson: v.string() })),
  // Rule: the user's answer to a call permission request, for `callPermissionReply`.
  callPermissionReply: optionalOrNull(
    looseObject({
      response: openEnum(['accept', 'reject']),
      // Rule: `false` for a temporary (7-day) permission, `true` for a permanent one.
      isPermanent: optionalOrNull(lenientBoolean),
      // Rule: when a temporary permission expires; only when `isPermanent` is false.
      expirationTimestamp: optionalOrNull(v.string()),
      // Rule: always `user_action`.
      responseSource: optionalOrNull(v.string()),
    }),
  ),
});

/**
 * `payload.content` of an inbound message: `text` for text, `url` for media, `location`, `interactive` for replies,
 * `payload` for other interactive content. Which fields are set depends on `payload.type`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InboundContentSchema } from '8x8-chatapps';
 *
 * const content = v.parse(InboundContentSchema, { location: { latitude: '1.2834', longitude: 103.8607 } });
 * content.location?.latitude; // 1.2834
 * ```
 */
export const InboundContentSchema = looseObject({
  text: optionalOrNull(v.string()),
  url: optionalOrNull(v.string()),
  payload: optionalOrNull(v.string()),
  location: optionalOrNull(looseObject({ latitude: lenientNumber, longitude: lenientNumber })),
  interactive: optionalOrNull(InboundInteractiveSchema),
});

/**
 * The content of an inbound message as 8x8 sends it (see {@link InboundContentSchema}).
 *
 * @example
 * ```ts
 * import type { InboundContentWire } from '8x8-chatapps';
 *
 * const content: InboundContentWire = { text: 'Where is my order?' };
 * ```
 */
export type InboundContentWire = v.InferOutput<typeof InboundContentSchema>;

const inboundMessageType = openEnum(INBOUND_MESSAGE_TYPES);

/** An inbound message's `type`: one of {@link INBOUND_MESSAGE_TYPES} or another string 8x8 adds later. */
type InboundMessageType = (typeof INBOUND_MESSAGE_TYPES)[number] | (string & {});

/**
 * A delivery receipt (`eventType` `outbound_message_status_changed`): v9 with `version: 9`, v8 without `version`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { DeliveryReceiptWebhookSchema } from '8x8-chatapps';
 *
 * const receipt = v.parse(DeliveryReceiptWebhookSchema, {
 *   version: 9,
 *   namespace: 'ChatApps',
 *   eventType: 'outbound_message_status_changed',
 *   description: 'ChatApps outbound message delivery receipt',
 *   payload: {
 *     umid: '6c9a2f50-1b7e-4d1a-9f0e-2a4b8c1d3e5f',
 *     subAccountId: 'acme_marketing',
 *     channel: 'whatsapp',
 *     user: { msisdn: '+6591234567' },
 *     status: { state: 'Queued', timestamp: '2026-07-03T03:23:21.90Z' },
 *   },
 * });
 * receipt.payload.status.state; // 'queued'
 * ```
 */
export const DeliveryReceiptWebhookSchema = looseObject({
  version: optionalOrNull(lenientInteger),
  namespace: v.string(),
  eventType: eventType('outbound_message_status_changed'),
  description: optionalOrNull(v.string()),
  payload: looseObject({
    // Rule: the unique id 8x8 generated for the message (a UUID).
    umid: id,
    // Rule: only when the message was sent through the batch endpoint.
    batchId: optionalOrNull(v.string()),
    clientMessageId: optionalOrNull(v.string()),
    clientBatchId: optionalOrNull(v.string()),
    subAccountId: v.string(),
    channel,
    user: objectOrEmpty(WebhookUserSchema),
    status: ReceiptStatusSchema,
    // Rule: only when the channel is WhatsApp.
    whatsapp: optionalOrNull(ReceiptWhatsAppSchema),
    // Rule: v9, WhatsApp only, on the `delivered_to_recipient` receipt.
    outboundContent: optionalOrNull(OutboundContentSchema),
  }),
});

/**
 * A delivery receipt webhook body (see {@link DeliveryReceiptWebhookSchema}).
 *
 * @example
 * ```ts
 * import type { DeliveryReceiptWebhook } from '8x8-chatapps';
 *
 * const umidOf = (receipt: DeliveryReceiptWebhook) => receipt.payload.umid;
 * ```
 */
export interface DeliveryReceiptWebhook {
  version?: number | undefined;
  namespace: string;
  eventType: 'outbound_message_status_changed';
  description?: string | undefined;
  payload: {
    umid: string;
    batchId?: string | undefined;
    clientMessageId?: string | undefined;
    clientBatchId?: string | undefined;
    subAccountId: string;
    channel: WebhookChannel;
    user: WebhookUser;
    status: ReceiptStatus;
    whatsapp?: ReceiptWhatsApp | undefined;
    outboundContent?: OutboundContent | undefined;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * A message your business sent from the WhatsApp Business App (`eventType` `external_app_message`): like a receipt,
 * but with the message's `timestamp`, `type` and `content` and without `status` or batch and client ids.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ExternalAppMessageWebhookSchema } from '8x8-chatapps';
 *
 * const message = v.parse(ExternalAppMessageWebhookSchema, {
 *   version: 9,
 *   namespace: 'ChatApps',
 *   eventType: 'external_app_message',
 *   description: 'External App Message',
 *   payload: {
 *     umid: 'a1b2c3d4-0000-4000-8000-00000000e001',
 *     subAccountId: 'acme_support',
 *     timestamp: '2026-01-28T09:16:53.00Z',
 *     channel: 'whatsapp',
 *     user: { msisdn: '+6591234567' },
 *     type: 'text',
 *     content: { text: 'Your table is booked for 8 pm' },
 *   },
 * });
 * message.payload.type; // 'Text'
 * ```
 */
export const ExternalAppMessageWebhookSchema = looseObject({
  version: optionalOrNull(lenientInteger),
  namespace: v.string(),
  eventType: eventType('external_app_message'),
  description: optionalOrNull(v.string()),
  payload: looseObject({
    umid: id,
    subAccountId: v.string(),
    // Rule: when the business sent the message (ISO 8601, UTC).
    timestamp: optionalOrNull(v.string()),
    channel,
    user: objectOrEmpty(WebhookUserSchema),
    type: inboundMessageType,
    content: objectOrEmpty(InboundContentSchema),
    whatsapp: optionalOrNull(ReceiptWhatsAppSchema),
  }),
});

/**
 * A WhatsApp Business App message webhook body (see {@link ExternalAppMessageWebhookSchema}).
 *
 * @example
 * ```ts
 * import type { ExternalAppMessageWebhook } from '8x8-chatapps';
 *
 * const textOf = (message: ExternalAppMessageWebhook) => message.payload.content.text;
 * ```
 */
export interface ExternalAppMessageWebhook {
  version?: number | undefined;
  namespace: string;
  eventType: 'external_app_message';
  description?: string | undefined;
  payload: {
    umid: string;
    subAccountId: string;
    timestamp?: string | undefined;
    channel: WebhookChannel;
    user: WebhookUser;
    type: InboundMessageType;
    content: InboundContentWire;
    whatsapp?: ReceiptWhatsApp | undefined;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * An inbound message (`eventType` `inbound_message_received`): v3 with `version: 3`, v2 without `version`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InboundMessageWebhookSchema } from '8x8-chatapps';
 *
 * const inbound = v.parse(InboundMessageWebhookSchema, {
 *   version: 3,
 *   namespace: 'ChatApps',
 *   eventType: 'inbound_message_received',
 *   description: 'ChatApps inbound message',
 *   payload: {
 *     umid: '0f4e6a2c-7d1b-4c3a-8e9f-1a2b3c4d5e6f',
 *     subAccountId: 'acme_support',
 *     timestamp: '2026-06-09T10:13:20.00Z',
 *     user: { msisdn: '+6591234567', name: 'Mei' },
 *     recipient: { channel: 'whatsapp', channelId: '904d1303-5754-e911-8154-020897df5459' },
 *     type: 'Text',
 *     content: { text: 'Where is my order?' },
 *   },
 * });
 * inbound.payload.content.text; // 'Where is my order?'
 * ```
 */
export const InboundMessageWebhookSchema = looseObject({
  version: optionalOrNull(lenientInteger),
  namespace: v.string(),
  eventType: eventType('inbound_message_received'),
  description: optionalOrNull(v.string()),
  payload: looseObject({
    // Rule: the unique id of the inbound message (a UUID); reply, mark as read or show typing with it.
    umid: id,
    // Rule: the sub-account that owns the number the user wrote to.
    subAccountId: v.string(),
    // Rule: when the message was received (ISO 8601, UTC).
    timestamp: v.string(),
    user: objectOrEmpty(WebhookUserSchema),
    recipient: looseObject({ channel, channelId: optionalOrNull(v.string()) }),
    type: inboundMessageType,
    content: objectOrEmpty(InboundContentSchema),
    // Rule: the message this one quotes, when there is one.
    replyToUmid: optionalOrNull(v.string()),
  }),
});

/**
 * An inbound message webhook body (see {@link InboundMessageWebhookSchema}).
 *
 * @example
 * ```ts
 * import type { InboundMessageWebhook } from '8x8-chatapps';
 *
 * const sender = (inbound: InboundMessageWebhook) => inbound.payload.user.msisdn ?? inbound.payload.user.channelUserId;
 * ```
 */
export interface InboundMessageWebhook {
  version?: number | undefined;
  namespace: string;
  eventType: 'inbound_message_received';
  description?: string | undefined;
  payload: {
    umid: string;
    subAccountId: string;
    timestamp: string;
    user: WebhookUser;
    recipient: { channel: WebhookChannel; channelId?: string | undefined; [key: string]: unknown };
    type: InboundMessageType;
    content: InboundContentWire;
    replyToUmid?: string | undefined;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
