/**
 * The channel capability table: which content each 8x8 channel can carry.
 *
 * This is the one place that says so. The wire schema's channel check, the builders' compile-time rules and the
 * channel matrix of the docs all derive from it. Sources: 8x8's "supported content types" page, overridden by the
 * send-message reference where they disagree (rich cards and carousels are RCS-only; templates, interactive
 * messages, reply context and directSend are WhatsApp-only). See docs/decisions.md for the channels 8x8 does not
 * document (Facebook, Instagram, WeChat).
 */

/**
 * The channels of `channels[].channel`, spelled as the API spells them.
 *
 * @example
 * ```ts
 * import { CHANNELS } from '8x8-chatapps';
 *
 * console.log(CHANNELS.includes('RCS')); // true
 * ```
 */
export const CHANNELS = [
  'SMS',
  'WhatsApp',
  'Facebook',
  'RCS',
  'Viber',
  'Line',
  'WeChat',
  'Zalo',
  'Instagram',
] as const;

/**
 * A channel of the 8x8 Messaging Apps API.
 *
 * @example
 * ```ts
 * import type { Channel } from '8x8-chatapps';
 *
 * const first: Channel = 'WhatsApp';
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * The values of the request's `type` field (lowercase, as emitted), including Viber rich media (`buttons`),
 * which 8x8 accepts though its schema omits it.
 *
 * @example
 * ```ts
 * import { CONTENT_TYPES } from '8x8-chatapps';
 *
 * for (const type of CONTENT_TYPES) console.log(type);
 * ```
 */
export const CONTENT_TYPES = [
  'text',
  'image',
  'audio',
  'video',
  'file',
  'location',
  'interactive',
  'template',
  'carousel',
  'richCard',
  'buttons',
] as const;

/**
 * A value of the request's `type` field.
 *
 * @example
 * ```ts
 * import type { ContentType } from '8x8-chatapps';
 *
 * const type: ContentType = 'richCard';
 * ```
 */
export type ContentType = (typeof CONTENT_TYPES)[number];

/**
 * The values of `channels[].successStatus`: the status that counts as success on a channel, so the message does not
 * fall back to the next one.
 *
 * @example
 * ```ts
 * import { SUCCESS_STATUSES } from '8x8-chatapps';
 *
 * SUCCESS_STATUSES.includes('Delivered'); // true
 * ```
 */
export const SUCCESS_STATUSES = ['Accepted', 'Sent', 'Delivered', 'Read'] as const;

/**
 * A value of `channels[].successStatus`.
 *
 * @example
 * ```ts
 * import type { SuccessStatus } from '8x8-chatapps';
 *
 * const status: SuccessStatus = 'Read';
 * ```
 */
export type SuccessStatus = (typeof SUCCESS_STATUSES)[number];

/**
 * Message features that only some channels support, beyond the content type.
 * - `suggestions`: message-level suggested replies and actions (RCS).
 * - `context`: reply to an earlier message by its umid (WhatsApp).
 * - `directSend`: WhatsApp Direct Send, no pre-created template (WhatsApp).
 * - `lineUserId`: address the recipient by LINE user id (LINE Official Account).
 *
 * @example
 * ```ts
 * import { type ChannelFeature, supports } from '8x8-chatapps';
 *
 * const feature: ChannelFeature = 'suggestions';
 * supports('RCS', feature); // true
 * ```
 */
export type ChannelFeature = 'suggestions' | 'context' | 'directSend' | 'lineUserId';

/**
 * What one channel can carry.
 *
 * @example
 * ```ts
 * import { CHANNEL_CAPABILITIES, type ChannelCapability } from '8x8-chatapps';
 *
 * const viber: ChannelCapability = CHANNEL_CAPABILITIES.Viber;
 * viber.textMaxLength; // 1000
 * ```
 */
export interface ChannelCapability {
  /** The content types (request `type`) the channel can deliver. */
  readonly carries: readonly ContentType[];
  /** Features beyond the content type that the channel supports. */
  readonly features: readonly ChannelFeature[];
  /** Longest `content.text` of a text message the channel delivers, in characters. */
  readonly textMaxLength: number;
  /** The statuses 8x8 reports of a message on the channel: the only ones its `successStatus` may name. */
  readonly statuses: readonly SuccessStatus[];
}

const MEDIA = ['image', 'video', 'audio', 'file'] as const;
/** A channel that reports every status (8x8's status table; Facebook, WeChat and Instagram are not in it). */
const ALL_STATUSES = SUCCESS_STATUSES;

/**
 * What each channel can carry. Read it to build your own matrix, or let the builders and {@link parseMessage}
 * enforce it.
 *
 * @example
 * ```ts
 * import { CHANNEL_CAPABILITIES } from '8x8-chatapps';
 *
 * CHANNEL_CAPABILITIES.RCS.carries.includes('carousel'); // true
 * CHANNEL_CAPABILITIES.SMS.carries; // ['text']
 * ```
 */
export const CHANNEL_CAPABILITIES = {
  // SMS carries text only; no read receipts.
  SMS: {
    carries: ['text'],
    features: [],
    textMaxLength: 35_000,
    statuses: ['Accepted', 'Sent', 'Delivered'],
  },
  // WhatsApp: everything but RCS cards; templates, interactive, reply context and directSend are WhatsApp's own.
  WhatsApp: {
    carries: ['text', ...MEDIA, 'location', 'interactive', 'template'],
    features: ['context', 'directSend'],
    textMaxLength: 4096,
    statuses: ALL_STATUSES,
  },
  // Facebook Messenger: not in 8x8's content table; text and media (docs/decisions.md).
  Facebook: { carries: ['text', ...MEDIA], features: [], textMaxLength: 35_000, statuses: ALL_STATUSES },
  // RCS: rich cards, carousels and suggestions are RCS-only (send-message reference).
  RCS: {
    carries: ['text', ...MEDIA, 'location', 'richCard', 'carousel'],
    features: ['suggestions'],
    textMaxLength: 3072,
    statuses: ALL_STATUSES,
  },
  // Viber: text, templates (RU/UA/BY only), image, video, file, and rich media (text + image + one button).
  Viber: {
    carries: ['text', 'template', 'image', 'video', 'file', 'buttons'],
    features: [],
    textMaxLength: 1000,
    statuses: ALL_STATUSES,
  },
  // LINE Official Account: text, image, video, audio and location outbound; the only channel for lineUserId; no
  // delivery or read receipts.
  Line: {
    carries: ['text', 'image', 'video', 'audio', 'location'],
    features: ['lineUserId'],
    textMaxLength: 35_000,
    statuses: ['Accepted', 'Sent'],
  },
  // WeChat: not in 8x8's content table; text and media (docs/decisions.md).
  WeChat: { carries: ['text', ...MEDIA], features: [], textMaxLength: 35_000, statuses: ALL_STATUSES },
  // Zalo Notification Service: text, templates and images; no read receipts.
  Zalo: {
    carries: ['text', 'template', 'image'],
    features: [],
    textMaxLength: 35_000,
    statuses: ['Accepted', 'Sent', 'Delivered'],
  },
  // Instagram: not in 8x8's content table; text and media (docs/decisions.md).
  Instagram: { carries: ['text', ...MEDIA], features: [], textMaxLength: 35_000, statuses: ALL_STATUSES },
} as const satisfies Record<Channel, ChannelCapability>;

/**
 * The content types a channel can carry, as a type.
 *
 * @example
 * ```ts
 * import type { CarriedBy } from '8x8-chatapps';
 *
 * type SmsContent = CarriedBy<'SMS'>; // 'text'
 * ```
 */
export type CarriedBy<C extends Channel> = (typeof CHANNEL_CAPABILITIES)[C]['carries'][number];

/**
 * The features a channel supports, as a type.
 *
 * @example
 * ```ts
 * import type { FeaturesOf } from '8x8-chatapps';
 *
 * type RcsFeatures = FeaturesOf<'RCS'>; // 'suggestions'
 * ```
 */
export type FeaturesOf<C extends Channel> = (typeof CHANNEL_CAPABILITIES)[C]['features'][number];

/**
 * The statuses 8x8 reports of a message on a channel, as a type: the values its `successStatus` may take.
 *
 * @example
 * ```ts
 * import type { StatusesOf } from '8x8-chatapps';
 *
 * type LineStatuses = StatusesOf<'Line'>; // 'Accepted' | 'Sent'
 * ```
 */
export type StatusesOf<C extends Channel> = (typeof CHANNEL_CAPABILITIES)[C]['statuses'][number];

/**
 * Whether `channel` can carry content of `type`.
 *
 * @example
 * ```ts
 * import { canCarry } from '8x8-chatapps';
 *
 * canCarry('RCS', 'carousel'); // true
 * canCarry('WhatsApp', 'carousel'); // false
 * ```
 */
export function canCarry(channel: Channel, type: ContentType): boolean {
  return (CHANNEL_CAPABILITIES[channel].carries as readonly ContentType[]).includes(type);
}

/**
 * Whether `channel` supports `feature`.
 *
 * @example
 * ```ts
 * import { supports } from '8x8-chatapps';
 *
 * supports('WhatsApp', 'context'); // true
 * ```
 */
export function supports(channel: Channel, feature: ChannelFeature): boolean {
  return (CHANNEL_CAPABILITIES[channel].features as readonly ChannelFeature[]).includes(feature);
}

/**
 * The channels that can carry content of `type`, in {@link CHANNELS} order.
 *
 * @example
 * ```ts
 * import { channelsCarrying } from '8x8-chatapps';
 *
 * channelsCarrying('richCard'); // ['RCS']
 * ```
 */
export function channelsCarrying(type: ContentType): Channel[] {
  return CHANNELS.filter((channel) => canCarry(channel, type));
}
