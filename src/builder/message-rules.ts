// The compile-time rules of the message chain, all derived from the channel capability table (src/channels.ts) and
// LIMITS: what the first channel can carry, which features it supports, when SMS needs a fallback text. Each rule
// is a `this` type: `unknown` when the step is legal, otherwise a sentence saying what to do instead.
import type { CarriedBy, CHANNELS, Channel, ChannelFeature, ContentType, FeaturesOf } from '../channels.js';
import type { LIMITS } from '../limits.js';
import type { CountUpTo } from '../types/counts.js';
import type { Either } from '../types/refusal.js';

/**
 * The first channel of a chain, or `'auto'` when there is no channel step and 8x8 routes the message itself.
 *
 * @example
 * ```ts
 * import type { Routing } from '8x8-chatapps';
 *
 * const routing: Routing = 'auto';
 * ```
 */
export type Routing = Channel | 'auto';

/**
 * The content a message may have without a channel step (8x8 routes it): the content types of the reference that are
 * not tied to one messaging app. Templates, interactive messages, rich cards, carousels and Viber rich media name a
 * channel first (docs/decisions.md).
 *
 * @example
 * ```ts
 * import { ROUTED_CONTENT_TYPES } from '8x8-chatapps';
 *
 * ROUTED_CONTENT_TYPES.includes('image'); // true
 * ```
 */
export const ROUTED_CONTENT_TYPES = ['text', 'image', 'video', 'audio', 'file', 'location'] as const;

/**
 * A content type that needs no channel step.
 *
 * @example
 * ```ts
 * import type { RoutedContentType } from '8x8-chatapps';
 *
 * const type: RoutedContentType = 'location';
 * ```
 */
export type RoutedContentType = (typeof ROUTED_CONTENT_TYPES)[number];

/** The chain step that adds each channel. */
export const CHANNEL_STEPS = {
  SMS: 'sms',
  WhatsApp: 'whatsapp',
  Facebook: 'facebook',
  RCS: 'rcs',
  Viber: 'viber',
  Line: 'line',
  WeChat: 'wechat',
  Zalo: 'zalo',
  Instagram: 'instagram',
} as const satisfies Record<Channel, string>;

/** The chain step that sets each content type. */
const CONTENT_STEPS = {
  text: 'text',
  image: 'image',
  audio: 'audio',
  video: 'video',
  file: 'file',
  location: 'location',
  interactive: 'interactive',
  template: 'template',
  carousel: 'carousel',
  richCard: 'richCard',
  buttons: 'richMedia',
} as const satisfies Record<ContentType, string>;

/** Each content type in words, plural, for error messages. */
interface ContentNouns {
  text: 'text messages';
  image: 'images';
  audio: 'audio messages';
  video: 'videos';
  file: 'files';
  location: 'locations';
  interactive: 'interactive messages';
  template: 'templates';
  carousel: 'carousels';
  richCard: 'rich cards';
  buttons: 'Viber rich media messages';
}

type Step<C extends Channel> = `.${(typeof CHANNEL_STEPS)[C]}()`;

/** The steps of the channels, in CHANNELS order, that can carry `T` (one tuple walk, cached per content type). */
type StepsCarrying<
  T extends ContentType,
  List = typeof CHANNELS,
  Out extends string[] = [],
> = List extends readonly [infer C extends Channel, ...infer Rest]
  ? StepsCarrying<T, Rest, [T] extends [CarriedBy<C>] ? [...Out, Step<C>] : Out>
  : Out;

/** The steps of the channels, in CHANNELS order, that support `F`. */
type StepsSupporting<
  F extends ChannelFeature,
  List = typeof CHANNELS,
  Out extends string[] = [],
> = List extends readonly [infer C extends Channel, ...infer Rest]
  ? StepsSupporting<F, Rest, [F] extends [FeaturesOf<C>] ? [...Out, Step<C>] : Out>
  : Out;

/** What the first channel (or 8x8's routing) can carry. */
type CarriedOn<F extends Routing> = F extends Channel ? CarriedBy<F> : RoutedContentType;

/**
 * The rule of a content step: the content must suit the first channel (`CarriedBy<First>`); without a channel
 * step, only {@link RoutedContentType}.
 */
export type ContentAllowed<F extends Routing, T extends ContentType> = [T] extends [CarriedOn<F>]
  ? unknown
  : F extends Channel
    ? `✗ ${F}, the first channel, cannot carry ${ContentNouns[T]}: start the chain with ${Either<StepsCarrying<T>>}`
    : `✗ ${ContentNouns[T]} need a channel: add ${Either<StepsCarrying<T>>} before .${(typeof CONTENT_STEPS)[T]}()`;

/** The rule of a step that needs a channel feature (reply context, suggestions, direct send) on the first channel. */
export type FeatureAllowed<
  F extends Routing,
  Feature extends ChannelFeature,
  What extends string,
> = F extends Channel
  ? [Feature] extends [FeaturesOf<F>]
    ? unknown
    : `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, and ${F} is the first channel: start the chain with ${Either<StepsSupporting<Feature>>}`
  : `✗ ${What} need a channel: start the chain with ${Either<StepsSupporting<Feature>>}`;

/** The rule of a channel step: each channel once; a LINE or channel user id reaches its own channel only. */
export type ChannelAllowed<R extends Recipient, C extends Channel, Used extends Channel> = R extends 'phone'
  ? [C] extends [Used]
    ? `✗ ${C} is already in the chain: each channel appears once`
    : unknown
  : `✗ this recipient is reached over ${Used} only`;

/**
 * How the recipient is addressed: a phone number (any channel), a LINE user id (LINE only) or a WhatsApp
 * business-scoped user id (WhatsApp only).
 */
export type Recipient = 'phone' | 'lineUser' | 'channelUser';

/** SMS carries text only: when SMS is in the chain and the content is not text, a fallback text must be given. */
export type NeedsFallbackText<Used extends Channel> = 'SMS' extends Used ? true : false;

/** The rule of `.build()`: refused while SMS is waiting for its fallback text. */
export type BuildAllowed<Pending extends boolean> = Pending extends true
  ? '✗ SMS is a fallback channel and carries text only: add .fallbackText(…) before .build()'
  : unknown;

/** A template button index: 0–9 (`LIMITS.template.buttonIndexMax`). */
export type TemplateButtonIndex = CountUpTo<(typeof LIMITS)['template']['buttonIndexMax']>;

/** A button index inside a template carousel card: 0–1 (`LIMITS.template.cardButtonIndexMax`). */
export type CardButtonIndex = CountUpTo<(typeof LIMITS)['template']['cardButtonIndexMax']>;

/** At most 2 Url buttons on a template (`LIMITS.template.urlButtonsMaxCount`). */
export type UrlButtonsMax = (typeof LIMITS)['template']['urlButtonsMaxCount'];

/** At most 10 suggestions on a message (`LIMITS.message.suggestionsMaxCount`). */
export type SuggestionsMax = (typeof LIMITS)['message']['suggestionsMaxCount'];

/** The rule of a button step: each index once. */
export type IndexFree<I extends number, Used extends number> = [I] extends [Used]
  ? `✗ button index ${I} is already used: each button has its own index`
  : unknown;

/** The rule of a Url button: at most {@link UrlButtonsMax} on a template. */
export type UrlButtonAllowed<Urls extends number> = [Urls] extends [UrlButtonsMax]
  ? `✗ a template has at most ${UrlButtonsMax} Url buttons`
  : unknown;

/** The rule of `.suggestions(…)`: RCS first, and 1 to {@link SuggestionsMax} of them (counted for tuples). */
export type SuggestionsAllowed<F extends Routing, Count extends number> =
  FeatureAllowed<F, 'suggestions', 'message suggestions'> extends infer Rule
    ? unknown extends Rule
      ? number extends Count
        ? unknown
        : Count extends 0
          ? '✗ give at least one suggestion'
          : Count extends CountUpTo<SuggestionsMax>
            ? unknown
            : `✗ a message has at most ${SuggestionsMax} suggestions, got ${Count}`
      : Rule
    : never;
