// parseWebhook: an 8x8 webhook body in, one typed event out. The events form a discriminated union on `kind`, and
// a receipt's `state` and an inbound message's `content.kind` are closed unions, so `match(event)…exhaustive()`
// proves every case handled; what 8x8 adds later arrives as `'other'` instead of failing.

import { match, P } from 'ts-pattern';
import * as v from 'valibot';
import { ValidationError } from '../errors/validation-error.js';
import { type SafeResult, toValidationIssues } from '../wire/validate.js';
import { sameEnumValue } from '../wire/value-text.js';
import {
  type DeliveryReceiptWebhook,
  DeliveryReceiptWebhookSchema,
  type ExternalAppMessageWebhook,
  ExternalAppMessageWebhookSchema,
  type InboundContentWire,
  type InboundMessageWebhook,
  InboundMessageWebhookSchema,
  WEBHOOK_EVENT_TYPES,
  type WebhookEnvelope,
  WebhookEnvelopeSchema,
} from '../wire/webhook.js';

/**
 * The states a delivery receipt's event reports in {@link DeliveryReceiptEvent.state}. Any other state 8x8 sends
 * (`unknown`, or one it adds later) is reported as `'other'`; `payload.status.state` always has the state as sent.
 *
 * @example
 * ```ts
 * import { RECEIPT_STATES } from '8x8-chatapps';
 *
 * RECEIPT_STATES.includes('undelivered'); // true
 * ```
 */
export const RECEIPT_STATES = [
  'queued',
  'sent',
  'delivered',
  'undelivered',
  'read',
  'rejected',
  'failed',
] as const;

/**
 * What became of a message, as a receipt reports it: one of {@link RECEIPT_STATES}, or `'other'`.
 *
 * @example
 * ```ts
 * import type { ReceiptState } from '8x8-chatapps';
 *
 * const finished = (state: ReceiptState) => state === 'read' || state === 'undelivered' || state === 'rejected';
 * ```
 */
export type ReceiptState = (typeof RECEIPT_STATES)[number] | 'other';

/**
 * A delivery receipt: the state of a message you sent, on one channel of its chain.
 *
 * @example
 * ```ts
 * import type { DeliveryReceiptEvent } from '8x8-chatapps';
 *
 * const line = (event: DeliveryReceiptEvent) =>
 *   `${event.payload.umid} on ${event.payload.channel}: ${event.state} (${event.payload.status.detail ?? '-'})`;
 * ```
 */
export interface DeliveryReceiptEvent {
  readonly kind: 'deliveryReceipt';
  /** Identifies this event among 8x8's retries of it: the same receipt posted again has the same `id`. */
  readonly id: string;
  /** The receipt format: 9, or 8 for a body without `version`. */
  readonly version: number;
  readonly state: ReceiptState;
  readonly payload: DeliveryReceiptWebhook['payload'];
  /** The whole body as parsed, with any fields this library does not know. */
  readonly body: DeliveryReceiptWebhook;
}

/**
 * A message your business sent from the WhatsApp Business App, which 8x8 forwards so you see the whole
 * conversation.
 *
 * @example
 * ```ts
 * import type { ExternalAppMessageEvent } from '8x8-chatapps';
 *
 * const text = (event: ExternalAppMessageEvent) => (event.content.kind === 'text' ? event.content.text : '');
 * ```
 */
export interface ExternalAppMessageEvent {
  readonly kind: 'externalAppMessage';
  readonly id: string;
  /** 9, or 8 for a body without `version`. */
  readonly version: number;
  /** The message's content by kind (the wire content is in `payload.content`). */
  readonly content: InboundContent;
  readonly payload: ExternalAppMessageWebhook['payload'];
  readonly body: ExternalAppMessageWebhook;
}

/**
 * A message a user sent you: text, media, a location, or a reply to your buttons, list, Flow or call permission
 * request.
 *
 * @example
 * ```ts
 * import type { InboundMessageEvent } from '8x8-chatapps';
 *
 * const from = (event: InboundMessageEvent) => event.payload.user.msisdn ?? event.payload.user.channelUserId;
 * ```
 */
export interface InboundMessageEvent {
  readonly kind: 'inbound';
  readonly id: string;
  /** 3, or 2 for a body without `version`. */
  readonly version: number;
  /** The message's content by kind (the wire content is in `payload.content`). */
  readonly content: InboundContent;
  readonly payload: InboundMessageWebhook['payload'];
  readonly body: InboundMessageWebhook;
}

/**
 * A webhook whose `eventType` this library does not know yet: 8x8's envelope, payload untouched.
 *
 * @example
 * ```ts
 * import type { OtherWebhookEvent } from '8x8-chatapps';
 *
 * const log = (event: OtherWebhookEvent) => console.log('unhandled 8x8 event', event.eventType);
 * ```
 */
export interface OtherWebhookEvent {
  readonly kind: 'other';
  readonly id: string;
  readonly version: number | undefined;
  readonly eventType: string;
  readonly payload: WebhookEnvelope['payload'];
  readonly body: WebhookEnvelope;
}

/**
 * Every event an 8x8 webhook can carry, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { match } from 'ts-pattern';
 * import type { WebhookEvent } from '8x8-chatapps';
 *
 * const describe = (event: WebhookEvent) =>
 *   match(event)
 *     .with({ kind: 'deliveryReceipt' }, (receipt) => `receipt: ${receipt.state}`)
 *     .with({ kind: 'inbound' }, (inbound) => `inbound ${inbound.content.kind}`)
 *     .with({ kind: 'externalAppMessage' }, () => 'sent from the WhatsApp Business App')
 *     .with({ kind: 'other' }, (other) => `other: ${other.eventType}`)
 *     .exhaustive();
 * ```
 */
export type WebhookEvent =
  | DeliveryReceiptEvent
  | ExternalAppMessageEvent
  | InboundMessageEvent
  | OtherWebhookEvent;

/**
 * The content of an inbound message by kind. `media` covers images, audio, video and files; `other` covers what
 * has no kind of its own (`None`, `Carousel`, `List`, `Buttons`, `Template`, an interactive reply of a type this
 * library does not know) — its wire content is in the event's `payload.content`.
 *
 * @example
 * ```ts
 * import { match } from 'ts-pattern';
 * import type { InboundContent } from '8x8-chatapps';
 *
 * const summary = (content: InboundContent) =>
 *   match(content)
 *     .with({ kind: 'text' }, ({ text }) => text)
 *     .with({ kind: 'media' }, ({ mediaType, url }) => `${mediaType} at ${url ?? '?'}`)
 *     .with({ kind: 'location' }, ({ latitude, longitude }) => `at ${latitude},${longitude}`)
 *     .with({ kind: 'buttonReply' }, ({ id }) => `tapped ${id}`)
 *     .with({ kind: 'listReply' }, ({ id }) => `chose ${id}`)
 *     .with({ kind: 'flowReply' }, ({ responseJson }) => `flow answered: ${responseJson}`)
 *     .with({ kind: 'callPermissionReply' }, ({ response }) => `call permission: ${response}`)
 *     .with({ kind: 'other' }, ({ type }) => `a ${type} message`)
 *     .exhaustive();
 * ```
 */
export type InboundContent =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'media';
      readonly mediaType: 'image' | 'audio' | 'video' | 'file';
      /** Where to download the media. */
      readonly url: string | undefined;
      /** Text sent with the media, if any. */
      readonly caption: string | undefined;
    }
  | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number }
  | { readonly kind: 'buttonReply'; readonly id: string; readonly title: string | undefined }
  | {
      readonly kind: 'listReply';
      readonly id: string;
      readonly title: string | undefined;
      readonly description: string | undefined;
    }
  | {
      readonly kind: 'flowReply';
      /** The Flow's answer as 8x8 sent it: a JSON string. */
      readonly responseJson: string;
      /** `responseJson` parsed; `undefined` when it is not valid JSON. */
      readonly response: unknown;
    }
  | {
      readonly kind: 'callPermissionReply';
      readonly response: 'accept' | 'reject' | (string & {});
      /** `false` for a temporary (7-day) permission, `true` for a permanent one. */
      readonly isPermanent: boolean | undefined;
      /** When a temporary permission expires (ISO 8601, UTC). */
      readonly expirationTimestamp: string | undefined;
    }
  | { readonly kind: 'other'; readonly type: string };

/** The value of `key` in `record`, also under another spelling of the key (`nfm_reply` for `nfmReply`). */
function field(record: object | undefined, key: string): unknown {
  if (record === undefined) return undefined;
  const entries = record as Record<string, unknown>;
  if (entries[key] !== undefined) return entries[key];
  const spelling = Object.keys(entries).find((name) => sameEnumValue(name, key));
  return spelling === undefined ? undefined : entries[spelling];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The content kind of a message of `type` with wire `content` (inbound and WhatsApp Business App messages). */
function inboundContent(type: string, content: InboundContentWire): InboundContent {
  const other = { kind: 'other', type } as const;
  return match(type)
    .with('Text', () => ({ kind: 'text', text: content.text ?? '' }) as const)
    .with('Image', 'Audio', 'Video', 'File', (media) => ({
      kind: 'media' as const,
      mediaType: media.toLowerCase() as 'image' | 'audio' | 'video' | 'file',
      url: content.url,
      caption: content.text,
    }))
    .with('Location', () =>
      content.location === undefined
        ? other
        : ({
            kind: 'location',
            latitude: content.location.latitude,
            longitude: content.location.longitude,
          } as const),
    )
    .with('Interactive', () => interactiveContent(content.interactive) ?? other)
    .otherwise(() => other);
}

/** The reply an interactive inbound message carries, or `undefined` when its type or object is missing. */
function interactiveContent(interactive: InboundContentWire['interactive']): InboundContent | undefined {
  if (interactive === undefined) return undefined;
  return match(interactive.type)
    .with('button_reply', () => {
      const reply = field(interactive, 'button_reply') as { id?: unknown; title?: unknown } | undefined;
      return typeof reply?.id === 'string'
        ? ({ kind: 'buttonReply', id: reply.id, title: optionalString(reply.title) } as const)
        : undefined;
    })
    .with('list_reply', () => {
      const reply = field(interactive, 'list_reply') as
        | { id?: unknown; title?: unknown; description?: unknown }
        | undefined;
      return typeof reply?.id === 'string'
        ? ({
            kind: 'listReply',
            id: reply.id,
            title: optionalString(reply.title),
            description: optionalString(reply.description),
          } as const)
        : undefined;
    })
    .with('nfmReply', () => {
      const reply = field(interactive, 'nfmReply') as { responseJson?: unknown } | undefined;
      return typeof reply?.responseJson === 'string'
        ? ({
            kind: 'flowReply',
            responseJson: reply.responseJson,
            response: parseJson(reply.responseJson),
          } as const)
        : undefined;
    })
    .with('callPermissionReply', () => {
      const reply = interactive.callPermissionReply;
      return reply === undefined
        ? undefined
        : ({
            kind: 'callPermissionReply',
            response: reply.response,
            isPermanent: reply.isPermanent,
            expirationTimestamp: reply.expirationTimestamp,
          } as const);
    })
    .otherwise(() => undefined);
}

function receiptState(state: string): ReceiptState {
  return (RECEIPT_STATES as readonly string[]).includes(state) ? (state as ReceiptState) : 'other';
}

function receiptEvent(body: DeliveryReceiptWebhook): DeliveryReceiptEvent {
  const { payload } = body;
  const { status } = payload;
  return {
    kind: 'deliveryReceipt',
    // One receipt per state and detail of one channel of the message: a retry repeats all of them.
    id: [
      'receipt',
      payload.subAccountId,
      payload.umid,
      payload.channel,
      status.state,
      status.detail ?? '',
      status.timestamp,
    ].join('|'),
    // Rule: receipts without `version` are v8.
    version: body.version ?? 8,
    state: receiptState(status.state),
    payload,
    body,
  };
}

/**
 * What a message event (a user's inbound message, or one sent from the WhatsApp Business App) has besides its kind
 * and version: it is identified by its umid, and its content is read by kind.
 */
function messageEventFields<B extends ExternalAppMessageWebhook | InboundMessageWebhook>(
  idPrefix: string,
  body: B,
) {
  const payload: B['payload'] = body.payload;
  return {
    id: [idPrefix, payload.subAccountId, payload.umid].join('|'),
    content: inboundContent(payload.type, payload.content),
    payload,
    body,
  };
}

function externalAppMessageEvent(body: ExternalAppMessageWebhook): ExternalAppMessageEvent {
  // Rule: WhatsApp Business App messages without `version` are in the v8 receipt format.
  return { kind: 'externalAppMessage', version: body.version ?? 8, ...messageEventFields('external', body) };
}

function inboundEvent(body: InboundMessageWebhook): InboundMessageEvent {
  // Rule: inbound messages without `version` are v2.
  return { kind: 'inbound', version: body.version ?? 2, ...messageEventFields('inbound', body) };
}

function otherEvent(body: WebhookEnvelope): OtherWebhookEvent {
  return {
    kind: 'other',
    // Nothing in an unknown payload is known to identify it: the payload as a whole does.
    id: ['other', body.eventType, JSON.stringify(body.payload)].join('|'),
    version: body.version,
    eventType: body.eventType,
    payload: body.payload,
    body,
  };
}

type Checked<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly error: ValidationError };

function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success
    ? { success: true, output: result.output }
    : { success: false, error: new ValidationError(toValidationIssues(result.issues), '8x8 webhook') };
}

function event<S extends v.GenericSchema, E extends WebhookEvent>(
  schema: S,
  input: unknown,
  toEvent: (body: v.InferOutput<S>) => E,
): SafeResult<WebhookEvent> {
  const checked = check(schema, input);
  return checked.success ? { success: true, output: toEvent(checked.output) } : checked;
}

/**
 * Reads an 8x8 webhook body (the request's JSON text, or the value it parses to) into a {@link WebhookEvent},
 * without throwing. It fails only when the body is not an 8x8 webhook (not JSON, no envelope) or is a known event
 * whose payload lacks what identifies it; an `eventType` this library does not know is an `'other'` event.
 *
 * @example
 * ```ts
 * import { safeParseWebhook } from '8x8-chatapps';
 *
 * const result = safeParseWebhook('{"namespace":"ChatApps","eventType":"future_event","payload":{}}');
 * if (result.success) console.log(result.output.kind); // 'other'
 * else console.log(result.error.issues);
 * ```
 */
export function safeParseWebhook(body: unknown): SafeResult<WebhookEvent> {
  let input = body;
  if (typeof body === 'string') {
    try {
      input = JSON.parse(body);
    } catch {
      return {
        success: false,
        error: new ValidationError([{ path: '', message: 'must be JSON' }], '8x8 webhook'),
      };
    }
  }
  const envelope = check(WebhookEnvelopeSchema, input);
  if (!envelope.success) return envelope;
  const eventType = WEBHOOK_EVENT_TYPES.find((known) => sameEnumValue(known, envelope.output.eventType));
  return match(eventType)
    .with('outbound_message_status_changed', () => event(DeliveryReceiptWebhookSchema, input, receiptEvent))
    .with('external_app_message', () =>
      event(ExternalAppMessageWebhookSchema, input, externalAppMessageEvent),
    )
    .with('inbound_message_received', () => event(InboundMessageWebhookSchema, input, inboundEvent))
    .with(P.nullish, () => ({ success: true, output: otherEvent(envelope.output) }) as const)
    .exhaustive();
}

/**
 * Reads an 8x8 webhook body into a {@link WebhookEvent} (see {@link safeParseWebhook}).
 *
 * @throws {@link ValidationError} when the body is not an 8x8 webhook, naming every problem with its path.
 * @example
 * ```ts
 * import { parseWebhook } from '8x8-chatapps';
 *
 * const event = parseWebhook({
 *   namespace: 'ChatApps',
 *   eventType: 'outbound_message_status_changed',
 *   description: 'ChatApps outbound message delivery receipt',
 *   payload: {
 *     umid: '6c9a2f50-1b7e-4d1a-9f0e-2a4b8c1d3e5f',
 *     subAccountId: 'acme_marketing',
 *     channel: 'whatsapp',
 *     user: { msisdn: '+6591234567', channelUserId: '6591234567' },
 *     status: { state: 'delivered', detail: 'delivered_to_recipient', timestamp: '2026-05-05T09:15:57.00Z' },
 *   },
 * });
 * if (event.kind === 'deliveryReceipt') console.log(event.version, event.state); // 8 'delivered'
 * ```
 */
export function parseWebhook(body: unknown): WebhookEvent {
  const result = safeParseWebhook(body);
  if (!result.success) throw result.error;
  return result.output;
}
