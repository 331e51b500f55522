// The compile-time rules of the message chain, all derived from the channel capability table (src/channels.ts) and
// LIMITS: what the first channel can carry, which features it supports, when SMS needs a fallback text. Each rule
// is `unknown` when the step is legal, otherwise a sentence saying what to do instead; `StepOrRefusal` then types
// the step as that sentence, so calling it reports the rule on the step itself (src/types/refusal.ts).
import type {
  CarriedBy,
  CHANNEL_CAPABILITIES,
  CHANNELS,
  Channel,
  ChannelFeature,
  ContentType,
  FeaturesOf,
  StatusesOf,
  SuccessStatus,
} from '../channels.js';
import type { LIMITS } from '../limits.js';
import type { CountsBelow, CountUpTo } from '../types/counts.js';
import type { Either, Refused, RefusedCall, RefusedValue } from '../types/refusal.js';
import type { SuggestionPart } from './parts.js';

/**
 * Who picks the channel: the first channel of the chain; `'auto'` when there is no channel step, so 8x8 applies the
 * fallback order configured on the sub-account; after the content of such a chain, `` `auto:${type}` ``, 8x8's
 * routing narrowed to the channels that can carry that content (the features it allows are checked against them).
 * For a recipient reached over one channel only, the recipient (`'lineUser'`, `'channelUser'`): its content and
 * features are checked against that channel, and a refusal names no other channel to start with.
 *
 * @example
 * ```ts
 * import type { Routing } from '8x8-chatapps';
 *
 * const routing: Routing = 'auto';
 * const afterTemplate: Routing = 'auto:template';
 * const lineUser: Routing = 'lineUser';
 * ```
 */
export type Routing = Channel | 'auto' | `auto:${ContentType}` | Relayed | keyof ReachedOver;

/**
 * After the content, a first channel with later channels that lend the message features the first channel lacks:
 * `+WhatsApp` (reply context, Direct Send) and `+RCS` (suggestions), when that channel is in the chain and carries the
 * content. 8x8 sends the message over it when the first channel fails, with the feature (the reference's reply context
 * is "only supported for WhatsApp messages", and such a message is one once it falls back): `'Zalo+WhatsApp'` after
 * `.zalo().whatsapp().template(…)`. Only WhatsApp and RCS have such features (the capability table). The later
 * stages' content steps name it (route-stages.ts, generated): the content is still checked against the first channel.
 *
 * @example
 * ```ts
 * import type { Relayed } from '8x8-chatapps';
 *
 * const zaloThenWhatsApp: Relayed = 'Zalo+WhatsApp';
 * ```
 */
export type Relayed = `${Channel}+WhatsApp` | `${Channel}+RCS` | `${Channel}+WhatsApp+RCS`;

/**
 * The routing once the content is set: a named first channel stays; 8x8's routing remembers the content type; a
 * {@link Relayed} routing keeps the lenders that carry the content ({@link Carrying}).
 */
export type RoutedWith<F extends Routing, T extends ContentType> = F extends 'auto'
  ? `auto:${T}`
  : F extends Relayed
    ? Carrying<F, T>
    : F;

/**
 * A {@link Relayed} routing for content `T`: the later channels that cannot carry `T` lend nothing (WhatsApp carries
 * no carousels, RCS no templates), so a feature needs a channel of the chain that supports it and carries the content.
 * Any other routing stays.
 */
export type Carrying<
  F extends Routing,
  T extends ContentType,
> = F extends `${infer First extends Channel}+WhatsApp+RCS`
  ? T extends CarriedBy<'WhatsApp'>
    ? T extends CarriedBy<'RCS'>
      ? F
      : `${First}+WhatsApp`
    : T extends CarriedBy<'RCS'>
      ? `${First}+RCS`
      : First
  : F extends `${infer First extends Channel}+${infer Lender extends Channel}`
    ? T extends CarriedBy<Lender>
      ? F
      : First
    : F;

/**
 * First channel `F` with the channels among `Used` that lend it their features (a {@link Relayed} routing), as the
 * later stages of the chain name it for their content steps. Any other routing stays.
 *
 * @example
 * ```ts
 * import type { LentTo } from '8x8-chatapps';
 *
 * const zaloThenWhatsApp: LentTo<'Zalo', 'Zalo' | 'SMS' | 'WhatsApp'> = 'Zalo+WhatsApp';
 * ```
 * @internal
 */
export type LentTo<F extends Routing, Used extends Channel> = [Used] extends [F | 'SMS']
  ? F // no channel step, the first channel alone, or with SMS: nothing lent
  : F extends Channel
    ? Lends<F, Used, 'WhatsApp'> extends true
      ? Lends<F, Used, 'RCS'> extends true
        ? `${F}+WhatsApp+RCS`
        : `${F}+WhatsApp`
      : Lends<F, Used, 'RCS'> extends true
        ? `${F}+RCS`
        : F
    : F;

/** Whether `Lender` follows first channel `F` among the channels `Used`. */
type Lends<F extends Channel, Used extends Channel, Lender extends Channel> = Lender extends F
  ? false
  : Lender extends Used
    ? true
    : false;

/** The features of a {@link Relayed} routing: its first channel's and those its later channels lend. */
type RelayedFeatures<F extends Routing> = F extends `${infer First extends Channel}+${infer Lent}`
  ?
      | FeaturesOf<First>
      | (Lent extends `WhatsApp${string}` ? FeaturesOf<'WhatsApp'> : never)
      | (Lent extends `${string}RCS` ? FeaturesOf<'RCS'> : never)
  : never;

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
 * 8x8 routes the message, and any content that some channel carries is allowed (every content type is). For a
 * recipient reached over one channel only (the routing `'lineUser'` or `'channelUser'`), the recipient's rule.
 */
export type ContentAllowed<F extends Routing, T extends ContentType> = F extends Channel
  ? T extends CarriedBy<F>
    ? unknown
    : `✗ ${F}, the first channel, cannot carry ${ContentNouns[T]}: start the chain with ${Either<StepsCarrying<T>>}`
  : F extends keyof ReachedOver
    ? RecipientContentAllowed<F, T>
    : F extends `${infer First extends Channel}+${string}`
      ? ContentAllowed<First, T>
      : unknown;

/** The channels that carry content `T` and support `Feature`: where 8x8's routing can deliver both. */
type CarryingWith<T extends ContentType, Feature extends ChannelFeature> = {
  [C in Channel]: [T] extends [CarriedBy<C>] ? ([Feature] extends [FeaturesOf<C>] ? C : never) : never;
}[Channel];

/**
 * The rule of a step that needs a channel feature (reply context, suggestions, direct send): on the first channel or
 * a later one that carries the content (a {@link Relayed} routing); without a channel step, on some channel that can
 * carry the content; for a recipient reached over one channel only, on that channel
 * ({@link RecipientFeatureAllowed}).
 */
export type FeatureAllowed<
  F extends Routing,
  Feature extends ChannelFeature,
  What extends string,
> = F extends Channel
  ? Feature extends FeaturesOf<F>
    ? unknown
    : `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, and ${F} is the first channel: start the chain with ${Either<StepsSupporting<Feature>>}`
  : F extends `${infer First extends Channel}+${string}`
    ? Feature extends RelayedFeatures<F>
      ? unknown
      : `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, and ${First} is the first channel: start the chain with ${Either<StepsSupporting<Feature>>}`
    : F extends `auto:${infer T extends ContentType}`
      ? [CarryingWith<T, Feature>] extends [never]
        ? `✗ ${What} only go over ${Either<StepsSupporting<Feature>>}, which cannot carry ${ContentNouns[T]}`
        : unknown
      : F extends keyof ReachedOver
        ? RecipientFeatureAllowed<F, Feature, What>
        : unknown;

/**
 * The rule of `.directSend()`: the content must be one Direct Send carries (`Direct`), and WhatsApp in the chain
 * (first, or later carrying the content; without a channel step, some channel that can carry the content).
 */
export type DirectSendAllowed<F extends Routing, Direct extends boolean> = Direct extends true
  ? FeatureAllowed<F, 'directSend', 'Direct Send messages'>
  : '✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only';

/**
 * A step under a rule: `Step` while the rule allows it (`unknown`), otherwise the rule's sentence as the step's type:
 * a call whose first parameter is the sentence ("Argument of type … is not assignable to parameter of type '"✗ …"'"),
 * or, for a step usually called without arguments, a `Refused<'✗ …'>` that cannot be called ("Type
 * 'Refused<"✗ …">' has no call signatures"). Either way the error is reported on the refused step.
 */
export type StepOrRefusal<
  Rule,
  Step,
  Takes extends 'arguments' | 'no arguments' = 'arguments',
> = Rule extends string ? (Takes extends 'arguments' ? RefusedCall<Rule> : Refused<Rule>) : Step;

/** The rule of a channel step after the content: channels come first, the content is checked against them. */
export type ChannelAfterContent<C extends Channel> =
  `✗ channels come before the content: move ${Step<C>} before the content step`;

/** The rule of a second content step: one content per message. */
export type SecondContent = '✗ a message has one content: start another message with Message.to(…)';

/** The one channel that reaches a recipient addressed by a channel's own user id. */
export interface ReachedOver {
  lineUser: 'Line';
  channelUser: 'WhatsApp';
}

/**
 * The rule of a content step for a recipient reached over one channel only (a LINE or WhatsApp channel user id): the
 * content must suit that channel. No other channel can reach the recipient, so the sentence names none to start with
 * (a phone number's {@link ContentAllowed} does).
 */
export type RecipientContentAllowed<R extends keyof ReachedOver, T extends ContentType> =
  T extends CarriedBy<ReachedOver[R]>
    ? unknown
    : `✗ this recipient is reached over ${ReachedOver[R]} only, which cannot carry ${ContentNouns[T]}`;

/** The channels, in CHANNELS order, that support `F`, by name. */
type ChannelsSupporting<
  F extends ChannelFeature,
  List = typeof CHANNELS,
  Out extends string[] = [],
> = List extends readonly [infer C extends Channel, ...infer Rest]
  ? ChannelsSupporting<F, Rest, [F] extends [FeaturesOf<C>] ? [...Out, C] : Out>
  : Out;

/**
 * The rule of a step that needs a channel feature, for a recipient reached over one channel only: that channel must
 * support it. The sentence names the channels that do, but no step: none can reach the recipient (a phone number's
 * {@link FeatureAllowed} says to start the chain with one).
 */
export type RecipientFeatureAllowed<
  R extends keyof ReachedOver,
  Feature extends ChannelFeature,
  What extends string,
> =
  Feature extends FeaturesOf<ReachedOver[R]>
    ? unknown
    : `✗ ${What} only go over ${Either<ChannelsSupporting<Feature>>}, and this recipient is reached over ${ReachedOver[R]} only`;

/** The rule of a channel step for a phone number: each channel once. */
export type ChannelOnce<C extends Channel, Used extends Channel> = C extends Used
  ? `✗ ${C} is already in the chain: each channel appears once`
  : unknown;

/**
 * The rule of a channel step: a LINE or channel user id reaches its own channel only; each channel once. For a phone
 * number this is {@link ChannelOnce} itself, which lets the stages of a first channel (route-stages.ts) redeclare the
 * steps with it.
 */
export type ChannelAllowed<
  R extends Recipient,
  C extends Channel,
  Used extends Channel,
> = R extends keyof ReachedOver
  ? C extends ReachedOver[R]
    ? ChannelOnce<C, Used>
    : `✗ this recipient is reached over ${ReachedOver[R]} only`
  : ChannelOnce<C, Used>;

/**
 * The values of a channel step's `successStatus`: a status 8x8 reports on channel `C` (its table of channels and
 * statuses; error codes 3025 and 3026, "Invalid Fallback Status Delivered/Read"). A channel that reports fewer than
 * all four also lists the rule, so another status reads as the rule.
 */
export type SuccessStatusOf<C extends Channel> = [SuccessStatus] extends [StatusesOf<C>]
  ? StatusesOf<C>
  :
      | StatusesOf<C>
      | RefusedValue<`✗ successStatus on ${C} must be a status ${C} reports: ${Either<(typeof CHANNEL_CAPABILITIES)[C]['statuses']>}`>;

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

/** A template carousel card's buttons take the indexes 0–1 each once (`LIMITS.template`): with all used, no more. */
export type CardButtonsFull =
  `✗ a carousel card has button indexes ${(typeof LIMITS)['template']['cardButtonIndexMin']}–${(typeof LIMITS)['template']['cardButtonIndexMax']} only, each once: all are used`;

/** At most 2 Url buttons on a template (`LIMITS.template.urlButtonsMaxCount`). */
export type UrlButtonsMax = (typeof LIMITS)['template']['urlButtonsMaxCount'];

/** At most 10 suggestions on a message (`LIMITS.message.suggestionsMaxCount`). */
export type SuggestionsMax = (typeof LIMITS)['message']['suggestionsMaxCount'];

/**
 * The rule of a button index already used on the template or card: each button has its own index. The diagnostic
 * names the index already ("Argument of type '1' is not assignable…"); a sentence repeating it would be built again
 * for every new state of a template chain, ~7 instantiations a message (bench/README.md).
 */
export type IndexUsed = '✗ this button index is already used: each button has its own index';

/** The rule of a Url button past {@link UrlButtonsMax}. */
export type TooManyUrlButtons = `✗ a template has at most ${UrlButtonsMax} Url buttons`;

/** At most 10 cards in a template carousel (`LIMITS.template.carouselCardsMaxCount`: card indexes 0–9). */
export type TemplateCardsMax = (typeof LIMITS)['template']['carouselCardsMaxCount'];

/** The rule of a template carousel card past {@link TemplateCardsMax}. */
export type TooManyTemplateCards = `✗ a template carousel has at most ${TemplateCardsMax} cards`;

/** The components a template takes once each: a second one is refused, as the wire schema refuses it. */
export type TemplateComponentOnce = 'header' | 'body' | 'footer';

/**
 * What a template stage's `Indexes` holds: the button indexes used (each once); a stage typed by hand may add the
 * components given ({@link TemplateComponentOnce}), from which its once-only steps follow (the chain carries those in
 * its `Parts`).
 */
export type TemplateGiven = number | TemplateComponentOnce;

/** The rule of a second `.header(…)` on a template (one header component; with a registry too). */
export type TemplateHeaderSet = '✗ the header is already set: a template has one header';

/** The rule of a second `.body(…)` on a template (one body component; with a registry too). */
export type TemplateBodySet = '✗ the body is already set: a template has one body';

/** The rule of a second `.footer(…)` on a template (one footer component; with a registry too). */
export type TemplateFooterSet = '✗ the footer is already set: a template has one footer';

/** The rule of a second header on a template carousel card (the wire schema refuses a repeated component). */
export type CardHeaderSet = '✗ the header is already set: a carousel card has one header';

/** The rule of a second body on a template carousel card. */
export type CardBodySet = '✗ the body is already set: a carousel card has one body';

/**
 * A button index parameter: the index while it is free, otherwise the rule (each index once). An index typed as a
 * union is refused when any of its members is used. The template's own button steps write this conditional out in
 * place: as an alias it costs each step about 6 instantiations more (resolving its arguments at every step).
 */
export type FreeIndex<I extends number, Used extends TemplateGiven> = I & Used extends never ? I : IndexUsed;

/** The index parameter of a Url button: at most {@link UrlButtonsMax} on a template, each index once. */
export type UrlButtonIndex<
  I extends number,
  Used extends TemplateGiven,
  Urls extends number,
> = Urls extends UrlButtonsMax ? TooManyUrlButtons : FreeIndex<I, Used>;

/**
 * The parameters of `.suggestions(…)`: 1 to {@link SuggestionsMax} suggestions (counted for tuples; an array of
 * unknown length is counted when the message builds). None is an arity error ("Expected 1 arguments, but got 0");
 * each suggestion past the limit is typed as the rule, so the error lands on the first one too many.
 */
export type SuggestionsWithin<Parts extends readonly unknown[]> = number extends Parts['length']
  ? Parts
  : Parts extends readonly []
    ? [suggestion: SuggestionPart]
    : Parts['length'] extends CountUpTo<SuggestionsMax>
      ? Parts
      : {
          [K in keyof Parts]: K extends `${CountsBelow<SuggestionsMax>}`
            ? Parts[K]
            : `✗ a message has at most ${SuggestionsMax} suggestions, got ${Parts['length']}`;
        };
