// The compile-time rules of the message chain, all derived from the channel capability table (src/channels.ts) and
// LIMITS: what the first channel can carry, which features it supports, when SMS needs a fallback text. Each rule
// is a `this` type: `unknown` when the step is legal, otherwise a sentence saying what to do instead.
import type { CarriedBy, CHANNELS, Channel, ChannelFeature, ContentType, FeaturesOf } from '../channels.js';
import type { LIMITS } from '../limits.js';
import type { CountUpTo } from '../types/counts.js';
import type { Either } from '../types/refusal.js';

/**
 * Who picks the channel: the first channel of the chain; `'auto'` when there is no channel step, so 8x8 applies the
 * fallback order configured on the sub-account; after the content of such a chain, `` `auto:${type}` ``, 8x8's
 * routing narrowed to the channels that can carry that content (the features it allows are checked against them).
 *
 * @example
 * ```ts
 * import type { Routing } from '8x8-chatapps';
 *
 * const routing: Routing = 'auto';
 * const afterTemplate: Routing = 'auto:template';
 * ```
 */
export type Routing = Channel | 'auto' | `auto:${ContentType}`;

/** The routing once the content is set: a named first channel stays; 8x8's routing remembers the content type. */
export type RoutedWith<F extends Routing, T extends ContentType> = F extends 'auto' ? `auto:${T}` : F;

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

/**
 * The rule of a content step: the content must suit the first channel (`CarriedBy<First>`). Without a channel step
 * 8x8 routes the message, and any content that some channel carries is allowed (every content type is).
 */
export type ContentAllowed<F extends Routing, T extends ContentType> = F extends Channel
  ? [T] extends [CarriedBy<F>]
    ? unknown
    : `✗ ${F}, the first channel, cannot carry ${ContentNouns[T]}: start the chain with ${Either<StepsCarrying<T>>}`
  : unknown;

/** The channels that carry content `T` and support `Feature`: where 8x8's routing can deliver both. */
type CarryingWith<T extends ContentType, Feature extends ChannelFeature> = {
  [C in Channel]: [T] extends [CarriedBy<C>] ? ([Feature] extends [FeaturesOf<C>] ? C : never) : never;
}[Channel];

/**
 * The rule of a step that needs a channel feature (reply context, suggestions, direct send): on the first channel;
 * without a channel step, on some channel that can carry the content.
 */
export type FeatureAllowed<
  F extends Routing,
  Feature extends ChannelFeature,
  What extends string,
> = F extends Channel
  ? [Feature] extends [FeaturesOf<F>]
    ? unknown
    : `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, and ${F} is the first channel: start the chain with ${Either<StepsSupporting<Feature>>}`
  : F extends `auto:${infer T extends ContentType}`
    ? [CarryingWith<T, Feature>] extends [never]
      ? `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, which cannot carry ${ContentNouns[T]}`
      : unknown
    : unknown;

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

/** The rule of `.build()`: refused while a registered template needs a value (`Pending` is that rule's text) or SMS is waiting for its fallback text. */
export type BuildAllowed<Pending extends boolean | string> = Pending extends string
  ? Pending
  : Pending extends true
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
