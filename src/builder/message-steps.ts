// The public stages of the message chain. Each stage is an interface over a small, flat type state (the first
// channel, the channels used, a few flags and bounded counts); one private class implements them all
// (message.ts). A refused step stays visible, typed as its rule (types/refusal.ts): calling it reports the rule on the
// step itself, not on the chain before it (message-rules.ts). Steps that never follow the content are deprecated.
import type { Channel } from '../channels.js';
import type { Successors } from '../types/counts.js';
import type { JsonValue } from '../types/json.js';
import type { Refused, RefusedCall } from '../types/refusal.js';
import type { ChannelRoute, Location, SmsSettings } from '../wire/index.js';
import type { ParseOptions } from '../wire/parse.js';
import type { MessageRequest } from '../wire/request.js';
import type {
  BuildAllowed,
  CardBodySet,
  CardButtonIndex,
  CardButtonsFull,
  CardHeaderSet,
  Carrying,
  ChannelAfterContent,
  ChannelAllowed,
  ContentAllowed,
  DirectSendAllowed,
  FeatureAllowed,
  FreeIndex,
  IndexUsed,
  LentTo,
  NeedsFallbackText,
  ReachedOver,
  Recipient,
  Relayed,
  RoutedWith,
  Routing,
  SecondContent,
  StepOrRefusal,
  SuccessStatusOf,
  SuggestionsWithin,
  TemplateBodySet,
  TemplateButtonIndex,
  TemplateCardsMax,
  TemplateFooterSet,
  TemplateGiven,
  TemplateHeaderSet,
  TooManyTemplateCards,
  TooManyUrlButtons,
  UrlButtonIndex,
  UrlButtonsMax,
} from './message-rules.js';
import type { CarouselPart, InteractivePart, RichCardPart, SuggestionPart } from './parts.js';
import type { HasRegistry, TemplateCall, TemplateStepFor } from './registered-template.js';
import type {
  DueFor,
  DueNotDirect,
  FirstRoutes,
  LaterRoutes,
  OneChannelRoutes,
  ReadyFor,
  ReadyNotDirect,
  SmsRoutes,
} from './route-stages.js';
import type {
  CardHeader,
  TemplateButtonParameter,
  TemplateButtonSubType,
  TemplateHeader,
  TemplateText,
} from './template.js';

/**
 * Options of a channel step: how long to wait before the next channel, and which status counts as success: one
 * that 8x8 reports on that channel (SMS and Zalo report no `Read`, LINE neither `Delivered` nor `Read`).
 *
 * @typeParam C - the channel of the step; without it, any channel (every status).
 *
 * @example
 * ```ts
 * import { Message, type RouteOptions } from '8x8-chatapps';
 *
 * const patient: RouteOptions<'WhatsApp'> = { fallbackAfter: 900, successStatus: 'Read' };
 * Message.to('+6591234567').whatsapp(patient).sms({ successStatus: 'Delivered' }).text('Your order has shipped');
 * ```
 */
export type RouteOptions<C extends Channel = Channel> = {
  fallbackAfter?: ChannelRoute['fallbackAfter'];
  successStatus?: SuccessStatusOf<C> | undefined;
};

/**
 * A finished message of any shape: what a function that takes "a message" should accept. Every complete chain is
 * assignable to it, so arrays of mixed messages work.
 *
 * @example
 * ```ts
 * import { Message, type MessageBuilder } from '8x8-chatapps';
 *
 * function tagged(message: MessageBuilder, id: string): MessageBuilder {
 *   return message.clientMessageId(id);
 * }
 * const messages: MessageBuilder[] = [
 *   Message.to('+6591234567').text('Hi'),
 *   Message.to('+6591234567').whatsapp().template('order_update', 'en_US').body('A-1234'),
 * ];
 * console.log(messages.map((message) => tagged(message, 'batch-7').build()));
 * ```
 */
export interface MessageBuilder {
  /**
   * Sets `clientMessageId`, your own reference for the message (see {@link ReadyStep.clientMessageId}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const tag = (message: MessageBuilder, orderId: string) => message.clientMessageId(`order-${orderId}`);
   * tag(Message.to('+6591234567').text('Your order has shipped'), 'A-1234');
   * ```
   */
  clientMessageId(id: string): MessageBuilder;
  /**
   * Sets `scheduled`, when to send (see {@link ReadyStep.scheduled}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const tomorrowAtNine = (message: MessageBuilder) => message.scheduled('2026-12-01T09:00:00+08:00');
   * tomorrowAtNine(Message.to('+6591234567').text('The store opens at 9 today.'));
   * ```
   */
  scheduled(at: Date | string): MessageBuilder;
  /**
   * Sets `expiry`, when to give up delivering (see {@link ReadyStep.expiry}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const untilNoon = (message: MessageBuilder) => message.expiry('2026-12-01T12:00:00Z');
   * untilNoon(Message.to('+6591234567').text('Flash sale until noon'));
   * ```
   */
  expiry(at: Date | string): MessageBuilder;
  /**
   * Sets `dlrCallbackUrl`, where 8x8 posts delivery receipts (see {@link ReadyStep.dlrCallbackUrl}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const withReceipts = (message: MessageBuilder) => message.dlrCallbackUrl('https://hooks.example.com/8x8');
   * withReceipts(Message.to('+6591234567').text('Hi'));
   * ```
   */
  dlrCallbackUrl(url: string): MessageBuilder;
  /**
   * The validated wire request; throws `ValidationError` (see {@link ReadyStep.build}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const message: MessageBuilder = Message.to('+6591234567').text('Hi');
   * console.log(message.build().type); // 'text'
   * ```
   */
  build(this: MessageBuilder, options?: ParseOptions): MessageRequest;
  /**
   * The wire request, for `JSON.stringify` (see {@link ReadyStep.toJSON}).
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const message: MessageBuilder = Message.to('+6591234567').text('Hi');
   * const body = JSON.stringify(message);
   * ```
   */
  toJSON(this: MessageBuilder): MessageRequest;
}

/**
 * Fields to add to the request as they are, for fields 8x8 supports before this library knows them. They are
 * merged over what the chain built (objects merged, everything else replaced), then the whole request is
 * validated: known fields keep their rules, unknown fields must be JSON.
 *
 * @example
 * ```ts
 * import type { ExtraFields } from '8x8-chatapps';
 *
 * const extra: ExtraFields = { content: { priority: 'high' }, campaign: 'winter-2026' };
 * ```
 */
export type ExtraFields = {
  readonly [field: string]: JsonValue | undefined;
  readonly content?: { readonly [field: string]: JsonValue };
};

/**
 * The stage after a channel step: for a phone number, the stage of the first channel (route-stages.ts), of the first
 * channel and SMS, or of the first channel once another channel follows; a LINE or channel user's one channel ends
 * the channel steps.
 *
 * @example
 * ```ts
 * import type { ChannelAdded, RcsLaterRoute } from '8x8-chatapps';
 *
 * const same: ChannelAdded<'phone', 'RCS', 'RCS', 'Viber'> extends RcsLaterRoute<'RCS' | 'Viber'> ? true : false = true;
 * ```
 * @internal
 */
export type ChannelAdded<
  R extends Recipient,
  F extends Routing,
  Used extends Channel,
  C extends Channel,
> = R extends keyof OneChannelRoutes
  ? OneChannelRoutes[R]
  : F extends Channel
    ? [Used | C] extends [F | 'SMS']
      ? SmsRoutes[F]
      : LaterRoutes<Used | C>[F]
    : FirstRoutes[C];

/**
 * The channel and content steps: add channels in fallback order (each once), then set the content. The content
 * must suit the first channel. Without a channel step the request carries no `channels`, so 8x8 applies the fallback
 * order configured on the sub-account; any content is allowed, and features (reply context, suggestions, Direct
 * Send) must suit a channel that can carry it.
 *
 * @typeParam R - how the recipient is addressed.
 * @typeParam F - the first channel, or `'auto'` before any channel step.
 * @typeParam Used - the channels in the chain so far.
 * @typeParam Lent - the routing of the content steps: `F` with the later channels that lend them their features
 * (`LentTo`), or the recipient reached over one channel only (`'lineUser'`, `'channelUser'`), whose rules they then
 * read; the chain's own stages name it.
 * @typeParam TemplateLent - `Lent` for `.template(…)`: without the later channels that carry no template, so a chain
 * with WhatsApp first reads the template registry whatever follows.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * const base = Message.to('+6591234567').whatsapp({ fallbackAfter: 60 }).sms();
 * const shipped = base.text('Your order has shipped');
 * const delivered = base.text('Your order was delivered');
 * ```
 */
export interface RouteStep<
  R extends Recipient,
  F extends Routing,
  Used extends Channel,
  Lent extends Routing = R extends keyof ReachedOver ? R : LentTo<F, Used>,
  TemplateLent extends Routing = TemplateRouting<Lent>,
> extends ContentSteps<Lent, Used, TemplateLent> {
  /**
   * Adds SMS to the fallback chain; SMS settings (sender id, encoding) may go here too.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp({ fallbackAfter: 900 }).sms({ source: 'ACMESHOP' }).text('Your code is 482910');
   * ```
   */
  readonly sms: StepOrRefusal<
    ChannelAllowed<R, 'SMS', Used>,
    (options?: RouteOptions<'SMS'> & SmsSettings) => ChannelAdded<R, F, Used, 'SMS'>,
    'no arguments'
  >;
  /**
   * Adds WhatsApp to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp({ fallbackAfter: 60, successStatus: 'Read' }).sms().text('Table booked');
   * ```
   */
  readonly whatsapp: StepOrRefusal<
    ChannelAllowed<R, 'WhatsApp', Used>,
    (options?: RouteOptions<'WhatsApp'>) => ChannelAdded<R, F, Used, 'WhatsApp'>,
    'no arguments'
  >;
  /**
   * Adds RCS to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+10000000000').rcs({ fallbackAfter: 60 }).sms().text('Your appointment is tomorrow');
   * ```
   */
  readonly rcs: StepOrRefusal<
    ChannelAllowed<R, 'RCS', Used>,
    (options?: RouteOptions<'RCS'>) => ChannelAdded<R, F, Used, 'RCS'>,
    'no arguments'
  >;
  /**
   * Adds Viber to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+380501234567').viber().sms().text('New arrivals are in store');
   * ```
   */
  readonly viber: StepOrRefusal<
    ChannelAllowed<R, 'Viber', Used>,
    (options?: RouteOptions<'Viber'>) => ChannelAdded<R, F, Used, 'Viber'>,
    'no arguments'
  >;
  /**
   * Adds LINE to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+66812345678').line().sms().text('Your parcel is ready for pickup');
   * ```
   */
  readonly line: StepOrRefusal<
    ChannelAllowed<R, 'Line', Used>,
    (options?: RouteOptions<'Line'>) => ChannelAdded<R, F, Used, 'Line'>,
    'no arguments'
  >;
  /**
   * Adds Facebook Messenger to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').facebook().text('Thanks for your message');
   * ```
   */
  readonly facebook: StepOrRefusal<
    ChannelAllowed<R, 'Facebook', Used>,
    (options?: RouteOptions<'Facebook'>) => ChannelAdded<R, F, Used, 'Facebook'>,
    'no arguments'
  >;
  /**
   * Adds WeChat to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+8613812345678').wechat().text('Your booking is confirmed');
   * ```
   */
  readonly wechat: StepOrRefusal<
    ChannelAllowed<R, 'WeChat', Used>,
    (options?: RouteOptions<'WeChat'>) => ChannelAdded<R, F, Used, 'WeChat'>,
    'no arguments'
  >;
  /**
   * Adds Zalo to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+84912345678').zalo().sms().text('Your order has shipped');
   * ```
   */
  readonly zalo: StepOrRefusal<
    ChannelAllowed<R, 'Zalo', Used>,
    (options?: RouteOptions<'Zalo'>) => ChannelAdded<R, F, Used, 'Zalo'>,
    'no arguments'
  >;
  /**
   * Adds Instagram to the fallback chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').instagram().text('Thanks for following us');
   * ```
   */
  readonly instagram: StepOrRefusal<
    ChannelAllowed<R, 'Instagram', Used>,
    (options?: RouteOptions<'Instagram'>) => ChannelAdded<R, F, Used, 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The rule of a text message written as an empty literal (`content.text` must not be empty): the type of `.text(…)`'s
 * parameter then, so the error is on the text.
 *
 * @example
 * ```ts
 * import type { EmptyMessageText } from '8x8-chatapps';
 *
 * const rule: EmptyMessageText = '✗ a message text must not be empty';
 * ```
 * @internal
 */
export type EmptyMessageText = '✗ a message text must not be empty';

/**
 * The content steps of the chain (part of {@link RouteStep}): one content per message, which must suit the first
 * channel. The stages after several channels (route-stages.ts) add their channel steps to these.
 *
 * @typeParam F - the first channel, or `'auto'` before any channel step, or the recipient reached over one channel
 * only (`'lineUser'`, `'channelUser'`).
 * @typeParam Used - the channels in the chain so far.
 * @typeParam Template - the routing `.template(…)` reads (`F` without the later channels that carry no template).
 *
 * @example
 * ```ts
 * import { Message, type ContentSteps } from '8x8-chatapps';
 *
 * const route: ContentSteps<'WhatsApp', 'WhatsApp' | 'SMS'> = Message.to('+6591234567').whatsapp().sms();
 * route.text('Your order has shipped');
 * ```
 */
export interface ContentSteps<F extends Routing, Used extends Channel, Template extends Routing = F> {
  /**
   * A text message (`type: 'text'`).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Reminder: the store opens at 9 today.');
   * ```
   */
  readonly text: StepOrRefusal<
    ContentAllowed<F, 'text'>,
    <Text extends string>(
      text: Text extends '' ? EmptyMessageText : Text,
    ) => ReadyFor<RoutedWith<F, 'text'>, false, true>
  >;
  /**
   * An image (`type: 'image'`), with an optional caption and (LINE) thumbnail.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').image('https://www.example.com/images/welcome.jpg', { text: 'Welcome aboard!' });
   * ```
   */
  readonly image: StepOrRefusal<
    ContentAllowed<F, 'image'>,
    (
      url: string,
      options?: { readonly text?: string; readonly thumbnail?: string },
    ) => AfterContent<RoutedWith<F, 'image'>, Used, false>
  >;
  /**
   * A video (`type: 'video'`), with an optional caption, thumbnail, size in bytes and duration in seconds.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').video('https://www.example.com/video/guide.mp4', { duration: 120 });
   * ```
   */
  readonly video: StepOrRefusal<
    ContentAllowed<F, 'video'>,
    (
      url: string,
      options?: {
        readonly text?: string;
        readonly thumbnail?: string;
        readonly filesize?: number;
        readonly duration?: number;
      },
    ) => AfterContent<RoutedWith<F, 'video'>, Used, false>
  >;
  /**
   * An audio message (`type: 'audio'`); LINE needs its duration in seconds.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line().audio('https://www.example.com/a.m4a', { duration: 300 });
   * ```
   */
  readonly audio: StepOrRefusal<
    ContentAllowed<F, 'audio'>,
    (
      url: string,
      options?: { readonly duration?: number },
    ) => AfterContent<RoutedWith<F, 'audio'>, Used, false>
  >;
  /**
   * A file (`type: 'file'`) with an optional caption.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('91234567', { country: 'SG' }).file('https://www.example.com/invoice.pdf', { text: 'Your invoice' });
   * ```
   */
  readonly file: StepOrRefusal<
    ContentAllowed<F, 'file'>,
    (url: string, options?: { readonly text?: string }) => AfterContent<RoutedWith<F, 'file'>, Used, false>
  >;
  /**
   * A location pin (`type: 'location'`).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').location({ latitude: 1.2834, longitude: 103.8607, name: 'Acme flagship store' });
   * ```
   */
  readonly location: StepOrRefusal<
    ContentAllowed<F, 'location'>,
    (location: Location) => AfterContent<RoutedWith<F, 'location'>, Used, false>
  >;
  /**
   * Viber rich media: text and/or an image above one button that opens a URL (`type: 'buttons'`).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+380501234567')
   *   .viber()
   *   .richMedia({ text: 'New arrivals', image: 'https://www.example.com/new.jpg', button: { caption: 'See more', url: 'https://www.example.com/new' } });
   * ```
   */
  readonly richMedia: StepOrRefusal<
    ContentAllowed<F, 'buttons'>,
    (media: {
      readonly text?: string;
      readonly image?: string;
      readonly button: { readonly caption: string; readonly url: string };
    }) => AfterContent<RoutedWith<F, 'buttons'>, Used, false>
  >;
  /**
   * A WhatsApp interactive message, built with `Interactive.…`.
   *
   * @example
   * ```ts
   * import { Interactive, Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp().interactive(Interactive.buttons('Confirm your slot?').button('yes', 'Yes'));
   * ```
   */
  readonly interactive: StepOrRefusal<
    ContentAllowed<F, 'interactive'>,
    <Direct extends boolean>(
      part: InteractivePart<Direct>,
    ) => Direct extends true // picked once Direct is known, so a generic call does not resolve every stage
      ? AfterContent<RoutedWith<F, 'interactive'>, Used, true>
      : AfterContent<RoutedWith<F, 'interactive'>, Used, false>
  >;
  /**
   * A pre-approved template by name and language; its components (header, body, buttons, carousel cards) follow on
   * the chain. With a template registry (`npx 8x8-chatapps templates pull`) and WhatsApp first, the name and language
   * must be registered and the components must fit the template.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').body('Sam').copyCode(0, 'WINTER25');
   * ```
   */
  readonly template: StepOrRefusal<
    ContentAllowed<F, 'template'>,
    // Resolved once per program (HasRegistry is not generic). Without a registry a plain call: the content rule above
    // is the only rule, and nothing is looked up by name or language, so nothing is inferred from them.
    HasRegistry extends true
      ? TemplateCall<Template, NeedsFallbackText<Used>>
      : (name: string, language: string) => TemplateStepFor<Template, NeedsFallbackText<Used>, string, string>
  >;
  /**
   * An RCS rich card, built with `RichCard.…`.
   *
   * @example
   * ```ts
   * import { Message, RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.vertical().title('Your order has shipped').media('https://www.example.com/parcel.jpg');
   * Message.to('+10000000000').rcs().richCard(card);
   * ```
   */
  readonly richCard: StepOrRefusal<
    ContentAllowed<F, 'richCard'>,
    (part: RichCardPart) => AfterContent<RoutedWith<F, 'richCard'>, Used, false>
  >;
  /**
   * An RCS carousel, built with `Carousel.…`.
   *
   * @example
   * ```ts
   * import { Carousel, Message } from '8x8-chatapps';
   *
   * const plans = Carousel.medium()
   *   .card((card) => card.title('Basic plan').media('https://www.example.com/plans/basic.png'))
   *   .card((card) => card.title('Plus plan').media('https://www.example.com/plans/plus.png'));
   * Message.to('+10000000000').rcs().carousel(plans);
   * ```
   */
  readonly carousel: StepOrRefusal<
    ContentAllowed<F, 'carousel'>,
    (part: CarouselPart) => AfterContent<RoutedWith<F, 'carousel'>, Used, false>
  >;
}

/**
 * What each step of a message with its content does (the delivery options, the fallback text, `.build()`): the
 * documentation that {@link ReadyStep} and the stages after the content show. Those stages declare the steps with
 * the types of their state; this base has no type parameters, so a stage that extends it resolves it once, not once
 * per state of every chain (type-check cost, bench/README.md).
 *
 * @example
 * ```ts
 * import type { ReadyStep, ReadySteps } from '8x8-chatapps';
 *
 * const documented: ReadyStep<'WhatsApp', false, true> extends ReadySteps ? true : false = true;
 * ```
 * @internal
 */
export interface ReadySteps {
  /**
   * The text SMS sends instead of content it cannot carry (required when SMS is a fallback for non-text
   * content), or a shorter text for SMS.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp().sms().image('https://www.example.com/a.jpg').fallbackText('See https://www.example.com/a');
   * ```
   */
  readonly fallbackText: unknown;
  /**
   * SMS settings (`content.sms`): encoding and sender id, used when the message goes or falls back to SMS.
   * To add the SMS channel, put `.sms()` before the content. Route options (`fallbackAfter`, `successStatus`) go on
   * that `.sms(…)` before the content: given here (from JavaScript) they throw a TypeError naming them, and nothing
   * of the call is applied.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp().text('Thanks for your feedback!').sms({ encoding: 'AUTO', source: 'ACMESHOP' });
   * ```
   */
  readonly sms: unknown;
  /**
   * Your own reference for the message (`clientMessageId`, at most 50 characters), echoed in receipts.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Your order has shipped').clientMessageId('order-A-1234-shipped');
   * ```
   */
  readonly clientMessageId: unknown;
  /**
   * When to send (`scheduled`): a `Date`, or an RFC 3339 string with a time zone.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('The store opens at 9 today.').scheduled(new Date('2026-12-01T00:30:00Z'));
   * ```
   */
  readonly scheduled: unknown;
  /**
   * When to give up delivering (`expiry`): a `Date`, or an RFC 3339 string with a time zone.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Flash sale until noon').expiry('2026-12-01T12:00:00Z');
   * ```
   */
  readonly expiry: unknown;
  /**
   * Where 8x8 posts this message's delivery receipts (`dlrCallbackUrl`).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Hi').dlrCallbackUrl('https://hooks.example.com/8x8/receipts');
   * ```
   */
  readonly dlrCallbackUrl: unknown;
  /**
   * Replies to an earlier message by its umid (`context.umid`, WhatsApp).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp().text('Yes, that order is on its way.').replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc');
   * ```
   */
  readonly replyTo: unknown;
  /**
   * Sends with WhatsApp Direct Send (a utility message without a pre-created template): text, a single-button
   * CTA URL or 1–3 reply buttons.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').whatsapp().text('Your parcel was delivered at 14:05.').directSend({ ttlSeconds: 600 });
   * ```
   */
  readonly directSend: unknown;
  /**
   * Suggested replies and actions under the message (RCS), built with `Suggestion.…`; at most 10. Replaces
   * earlier suggestions.
   *
   * @example
   * ```ts
   * import { Message, Suggestion } from '8x8-chatapps';
   *
   * Message.to('+10000000000').rcs().text('See you tomorrow at 10:30').suggestions(Suggestion.reply('Confirm', 'confirm'));
   * ```
   */
  readonly suggestions: unknown;
  /**
   * Adds fields this library does not know yet (see {@link ExtraFields}); the request is still validated.
   * The fields are copied as JSON at once: anything JSON cannot carry (a function, a Date, a circular reference,
   * a getter that throws, nesting deeper than `LIMITS.guards.nestingMaxDepth`) or fields that are not an object throw a
   * `ValidationError` naming `.extra()` and the path.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Hi').extra({ content: { priority: 'high' } });
   * ```
   */
  readonly extra: unknown;
  /**
   * Applies `step` when `condition` holds, else returns this builder: keeps conditional options in the chain.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * const urgent = true;
   * Message.to('+6591234567').text('Hi').$if(urgent, (message) => message.expiry('2026-12-01T12:00:00Z'));
   * ```
   */
  readonly $if: unknown;
  /**
   * Calls `step` with this builder and returns what it returns: reuse a helper without breaking the chain.
   *
   * @example
   * ```ts
   * import { Message, type MessageBuilder } from '8x8-chatapps';
   *
   * const tag = (message: MessageBuilder) => message.clientMessageId('campaign-7');
   * Message.to('+6591234567').text('Hi').$call(tag).build();
   * ```
   */
  readonly $call: unknown;
  /**
   * The wire request, validated against every rule of the API: throws `ValidationError` listing each broken
   * rule with its field path, never returns a half-built request.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * const request = Message.to('+6591234567').whatsapp().sms().text('Your order has shipped').build();
   * console.log(request.channels); // [{ channel: 'WhatsApp' }, { channel: 'SMS' }]
   * ```
   */
  readonly build: unknown;
  /**
   * Same as {@link ReadyStep.build}, so `JSON.stringify(builder)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * const body = JSON.stringify(Message.to('+6591234567').text('Hi'));
   * ```
   */
  readonly toJSON: unknown;
}

/**
 * A message with its content: delivery options, fallback text, then `.build()`.
 *
 * @typeParam F - the first channel, or `` `auto:${type}` `` when 8x8 routes the message (see {@link Routing}).
 * @typeParam Pending - `true` while SMS is a fallback and the content is not text: `.fallbackText(…)` is due; the
 * rule's text while a registered template still needs a value (see {@link RegisteredTemplateStep}).
 * @typeParam Direct - whether WhatsApp Direct Send can carry the content.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * const request = Message.to('+6591234567')
 *   .text('Reminder: the store opens at 9 today.')
 *   .clientMessageId('reminder-2026-12-01')
 *   .scheduled('2026-12-01T08:30:00+08:00')
 *   .build();
 * ```
 */
export interface ReadyStep<F extends Routing, Pending extends boolean | string, Direct extends boolean>
  extends StepsBeforeContent,
    ReadySteps {
  // No TSDoc on the steps below: editors and TypeDoc show ReadySteps'.
  fallbackText(text: string): ReadyStep<F, Pending extends string ? Pending : false, Direct>;
  sms(settings: SmsSettings): ReadyStep<F, Pending, Direct>;
  clientMessageId(id: string): ReadyStep<F, Pending, Direct>;
  scheduled(at: Date | string): ReadyStep<F, Pending, Direct>;
  expiry(at: Date | string): ReadyStep<F, Pending, Direct>;
  dlrCallbackUrl(url: string): ReadyStep<F, Pending, Direct>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyStep<F, Pending, Direct>
  >;
  // Direct Send is set once: the stage after it strikes `.directSend` through.
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, Direct>,
    (options?: { readonly ttlSeconds?: number }) => ReadyNotDirect<F, Pending, false>,
    'no arguments'
  >;
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyStep<F, Pending, Direct>
  >;
  extra(fields: ExtraFields): ReadyStep<F, Pending, Direct>;
  $if(
    condition: boolean,
    step: (builder: this) => ReadyStep<F, Pending, Direct>,
  ): ReadyStep<F, Pending, Direct>;
  $call<Result>(step: (builder: this) => Result): Result;
  readonly build: StepOrRefusal<
    BuildAllowed<Pending>,
    (options?: ParseOptions) => MessageRequest,
    'no arguments'
  >;
  readonly toJSON: StepOrRefusal<BuildAllowed<Pending>, () => MessageRequest, 'no arguments'>;
}

/**
 * The routing a template step reads: a {@link Relayed} one without the later channels that carry no template (RCS),
 * so a chain with WhatsApp first reads the template registry whatever follows.
 *
 * @example
 * ```ts
 * import type { TemplateRouting } from '8x8-chatapps';
 *
 * const whatsAppFirst: TemplateRouting<'WhatsApp+RCS'> = 'WhatsApp';
 * ```
 * @internal
 */
export type TemplateRouting<F extends Routing> = F extends Relayed ? Carrying<F, 'template'> : F;

/**
 * The stage after a content step: {@link FallbackTextDue} while SMS waits for its fallback text (SMS in the chain,
 * content not text), otherwise {@link ReadyStep}; each as the stage that strikes through the features the routing
 * refuses (route-stages.ts).
 *
 * @example
 * ```ts
 * import type { AfterContent, FallbackTextDue } from '8x8-chatapps';
 *
 * const due: AfterContent<'WhatsApp', 'WhatsApp' | 'SMS', false> extends FallbackTextDue<'WhatsApp', false> ? true : false = true;
 * ```
 * @internal
 */
export type AfterContent<F extends Routing, Used extends Channel, Direct extends boolean> =
  // NeedsFallbackText's rule, written out so that only the stage it picks is instantiated.
  'SMS' extends Used ? DueFor<F, Direct> : ReadyFor<F, false, Direct>;

/**
 * A message whose fallback text is due (SMS is a fallback and the content is not text): `.build()` and `.toJSON()`
 * are refused, and marked deprecated so the completion list strikes them through, until `.fallbackText(…)`. The
 * delivery options keep this stage; their documentation is {@link ReadyStep}'s.
 *
 * @example
 * ```ts
 * import { Message, type FallbackTextDue } from '8x8-chatapps';
 *
 * const due: FallbackTextDue<'WhatsApp', false> = Message.to('+6591234567').whatsapp().sms().image('https://example.com/a.jpg');
 * const request = due.fallbackText('See https://example.com/a').build();
 * ```
 * @internal
 */
export interface FallbackTextDue<F extends Routing, Direct extends boolean>
  extends ReadyStep<F, true, Direct> {
  // No TSDoc on the options below: editors and TypeDoc show ReadyStep's.
  sms(settings: SmsSettings): FallbackTextDue<F, Direct>;
  clientMessageId(id: string): FallbackTextDue<F, Direct>;
  scheduled(at: Date | string): FallbackTextDue<F, Direct>;
  expiry(at: Date | string): FallbackTextDue<F, Direct>;
  dlrCallbackUrl(url: string): FallbackTextDue<F, Direct>;
  extra(fields: ExtraFields): FallbackTextDue<F, Direct>;
  $if(condition: boolean, step: (builder: this) => FallbackTextDue<F, Direct>): FallbackTextDue<F, Direct>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => FallbackTextDue<F, Direct>
  >;
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => FallbackTextDue<F, Direct>
  >;
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, Direct>,
    (options?: { readonly ttlSeconds?: number }) => DueNotDirect<F, false>,
    'no arguments'
  >;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly build: Refused<BuildAllowed<true>>;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly toJSON: Refused<BuildAllowed<true>>;
}

/**
 * The steps that come before the content, refused once it is set: channels come first, and a message has one
 * content. Deprecated, so editor completion strikes them through; calling one reports the rule. (`.sms(settings)`
 * after the content sets the SMS settings, see {@link ReadyStep.sms}.)
 *
 * @example
 * ```ts
 * import type { ReadyStep, StepsBeforeContent } from '8x8-chatapps';
 *
 * const refused: ReadyStep<'WhatsApp', false, true> extends StepsBeforeContent ? true : false = true;
 * ```
 * @internal
 */
export interface StepsBeforeContent {
  /** @deprecated Refused here: channels come before the content; move `.whatsapp()` before the content step. */
  readonly whatsapp: Refused<ChannelAfterContent<'WhatsApp'>>;
  /** @deprecated Refused here: channels come before the content; move `.rcs()` before the content step. */
  readonly rcs: Refused<ChannelAfterContent<'RCS'>>;
  /** @deprecated Refused here: channels come before the content; move `.viber()` before the content step. */
  readonly viber: Refused<ChannelAfterContent<'Viber'>>;
  /** @deprecated Refused here: channels come before the content; move `.line()` before the content step. */
  readonly line: Refused<ChannelAfterContent<'Line'>>;
  /** @deprecated Refused here: channels come before the content; move `.facebook()` before the content step. */
  readonly facebook: Refused<ChannelAfterContent<'Facebook'>>;
  /** @deprecated Refused here: channels come before the content; move `.wechat()` before the content step. */
  readonly wechat: Refused<ChannelAfterContent<'WeChat'>>;
  /** @deprecated Refused here: channels come before the content; move `.zalo()` before the content step. */
  readonly zalo: Refused<ChannelAfterContent<'Zalo'>>;
  /** @deprecated Refused here: channels come before the content; move `.instagram()` before the content step. */
  readonly instagram: Refused<ChannelAfterContent<'Instagram'>>;
  /** @deprecated Refused here: a message has one content. */
  readonly text: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly image: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly video: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly audio: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly file: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly location: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly richMedia: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly interactive: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly template: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly richCard: RefusedCall<SecondContent>;
  /** @deprecated Refused here: a message has one content. */
  readonly carousel: RefusedCall<SecondContent>;
}

/**
 * What each component step of a template message does: the documentation that {@link TemplateStep} and the stages
 * after it show. Each stage declares the steps again, typed by its state (the button indexes used, the Url buttons,
 * whether the fallback text is due); here they are loosely typed. A base without type parameters: a stage resolves it
 * once, where a generic base is resolved again for every state of every chain (type-check cost, bench/README.md).
 *
 * @example
 * ```ts
 * import type { TemplateComponentSteps, TemplateStep } from '8x8-chatapps';
 *
 * const steps: TemplateStep<'WhatsApp', never, 0> extends TemplateComponentSteps ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateComponentSteps {
  /**
   * A button's value by index (0–9) and sub-type; the parameter's shape follows the sub-type.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('call_us', 'en').button(0, 'VoiceCall', { ttlMinutes: 60 });
   * ```
   */
  button(index: never, subType: TemplateButtonSubType, parameter: never): unknown;
  /**
   * A QuickReply button's payload.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('promo', 'en').quickReply(0, 'show-collection');
   * ```
   */
  quickReply(index: never, payload: string): unknown;
  /**
   * A Url button's dynamic URL suffix (at most 2 Url buttons).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').url(0, 'winter-sale');
   * ```
   */
  url(index: never, text: string): unknown;
  /**
   * A CopyCode button's coupon code.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').copyCode(1, 'WINTER25');
   * ```
   */
  copyCode(index: never, code: string): unknown;
  /**
   * A Flow button, optionally with its action data: the screen to open and its data. Without them the button's
   * parameter is the bare `{ type: 'action' }` and the flow opens as the template defines it.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('sign_up', 'en').flow(0, { screen: 'WELCOME', data: { plan: 'basic' } });
   * Message.to('+15551234567').whatsapp().template('feedback_survey', 'en').flow(0);
   * ```
   */
  flow(index: never, action?: TemplateButtonParameter['Flow']): unknown;
  /**
   * A VoiceCall button, optionally with how long the call link stays valid (`ttlMinutes`, VoiceCall buttons only)
   * and your `payload`, returned with the call; the parameters follow the order of the options' keys.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('call_us', 'en').voiceCall(0, { ttlMinutes: 60 });
   * Message.to('+15551234567').whatsapp().template('call_us', 'en').voiceCall(0, { payload: 'claim-7', ttlMinutes: 60 });
   * ```
   */
  voiceCall(index: never, options?: TemplateButtonParameter['VoiceCall']): unknown;
  /**
   * Adds the template's call permission request component.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('may_we_call', 'en').callPermissionRequest();
   * ```
   */
  callPermissionRequest(): unknown;
  /**
   * Adds the template's request-contact-info component (an approved Request Contact Info template asks the customer
   * to share their contact details).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('share_contact', 'en').requestContactInfo();
   * ```
   */
  requestContactInfo(): unknown;
}

// The keys of what a template stage's once-only steps lead to, and of its parts' key (type only: message.ts has one
// class, and these members exist on no value).
declare const nextHeader: unique symbol;
declare const nextBody: unique symbol;
declare const nextFooter: unique symbol;
declare const nextCard: unique symbol;
declare const partsKey: unique symbol;

/**
 * What a template stage's once-only steps lead to ({@link TemplateHeaderOpen} …): the stage with its header, body or
 * footer given, and with one more card. Each family of stages declares it for its own state.
 *
 * @example
 * ```ts
 * import type { TemplateStaged, TemplateStep } from '8x8-chatapps';
 *
 * const staged: TemplateStep<'WhatsApp', never, 0> extends TemplateStaged ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateStaged {
  /** @internal */
  readonly [nextHeader]: unknown;
  /** @internal */
  readonly [nextBody]: unknown;
  /** @internal */
  readonly [nextFooter]: unknown;
  /** @internal */
  readonly [nextCard]: unknown;
}

/**
 * `.header(…)` while the template has no header: it leads to the stage's own next stage (`this` is the stage).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').header('Order A-1234');
 * ```
 */
export interface TemplateHeaderOpen {
  /**
   * The header's value: a string for text (`{ name, text }` for a named placeholder), or
   * `{ image | gif | video | document: url }`, or `{ location }`.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').header({ document: 'https://example.com/invoice.pdf' });
   * ```
   */
  header<S extends TemplateStaged>(this: S, value: TemplateHeader): S[typeof nextHeader];
}

/**
 * `.body(…)` while the template has no body.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').body('A-1234');
 * ```
 */
export interface TemplateBodyOpen {
  /**
   * The body's placeholder values, in order; a named placeholder as `{ name, text }`.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6583334444').whatsapp().template('delivery_window', 'en_GB').body('A-1234', '10:00–12:00');
   * Message.to('+84912345678').zalo().template('otp_zns', 'vi').body({ name: 'otp', text: '482910' });
   * ```
   */
  body<S extends TemplateStaged>(this: S, ...texts: readonly TemplateText[]): S[typeof nextBody];
}

/**
 * `.footer(…)` while the template has no footer.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').footer();
 * ```
 */
export interface TemplateFooterOpen {
  /**
   * The template's footer component: its placeholder values, if any, as the body takes them; without values, the
   * bare component. 8x8 takes a footer component on a template; WhatsApp footers are fixed text, so most templates
   * need none.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').body('A-1234').footer();
   * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').footer('Reply STOP to opt out');
   * ```
   */
  footer<S extends TemplateStaged>(this: S, ...texts: readonly TemplateText[]): S[typeof nextFooter];
}

/**
 * `.card(…)` while the template carousel has room (at most ten cards).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((card) => card.body('Hiking boots'));
 * ```
 */
export interface TemplateCardOpen {
  /**
   * Adds a card to the template's carousel (cards are numbered in order, at most 10).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567')
   *   .whatsapp()
   *   .template('product_showcase', 'en')
   *   .body('Sam')
   *   .card((card) => card.header({ image: 'https://cdn.example.com/p/boots.jpg' }).body('Hiking boots').quickReply(0, 'boots'))
   *   .card((card) => card.header({ video: 'https://cdn.example.com/p/jacket.mp4' }).body('Rain jacket'));
   * ```
   */
  card<S extends TemplateStaged>(
    this: S,
    fill: (card: TemplateCardStep<never>) => TemplateCardPart,
  ): S[typeof nextCard];
}

/**
 * A template stage whose header is given: `.header` is refused, and marked deprecated so the completion list strikes
 * it through; calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import type { TemplateHeaderGiven } from '8x8-chatapps';
 *
 * const rule: Parameters<TemplateHeaderGiven['header']>[0] = '✗ the header is already set: a template has one header';
 * ```
 * @internal
 */
export interface TemplateHeaderGiven {
  /** @deprecated Refused: the header is already set; a template has one header (the parameter's type is the rule). */
  readonly header: RefusedCall<TemplateHeaderSet>;
}

/**
 * A template stage whose body is given: `.body` is refused, and marked deprecated so the completion list strikes
 * it through; it is not callable, so calling it, with values or without, reports the rule on its name.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven } from '8x8-chatapps';
 *
 * const rule: TemplateBodyGiven['body']['refused'] = '✗ the body is already set: a template has one body';
 * ```
 * @internal
 */
export interface TemplateBodyGiven {
  /** @deprecated Refused: the body is already set; a template has one body. */
  readonly body: Refused<TemplateBodySet>;
}

/**
 * A template stage whose footer is given: `.footer` is refused, and marked deprecated so the completion list strikes
 * it through; it is not callable, so calling it, with values or without, reports the rule on its name.
 *
 * @example
 * ```ts
 * import type { TemplateFooterGiven } from '8x8-chatapps';
 *
 * const rule: TemplateFooterGiven['footer']['refused'] = '✗ the footer is already set: a template has one footer';
 * ```
 * @internal
 */
export interface TemplateFooterGiven {
  /** @deprecated Refused: the footer is already set; a template has one footer. */
  readonly footer: Refused<TemplateFooterSet>;
}

/**
 * A template stage holding the most cards a template carousel can ({@link TemplateCardsMax}): `.card` is refused
 * and struck through, whatever steps follow the tenth card.
 *
 * @example
 * ```ts
 * import type { TemplateCardsFull } from '8x8-chatapps';
 *
 * const rule: Parameters<TemplateCardsFull['card']>[0] = '✗ a template carousel has at most 10 cards';
 * ```
 * @internal
 */
export interface TemplateCardsFull {
  /** @deprecated Refused: a template carousel has at most 10 cards (the parameter's type is the rule). */
  readonly card: RefusedCall<TooManyTemplateCards>;
}

/**
 * Which of a template's once-only steps are refused: the letters of the components given (`h` header, `b` body,
 * `f` footer) and `c` once the carousel holds {@link TemplateCardsMax} cards, in that order (`''` for none).
 *
 * @example
 * ```ts
 * import type { TemplatePartsKey } from '8x8-chatapps';
 *
 * const headerAndBody: TemplatePartsKey = 'hb';
 * ```
 * @internal
 */
export type TemplatePartsKey = keyof TemplatePartsByKey;

/**
 * The once-only steps of a template stage ({@link TemplatePartsNone} …), each live ({@link TemplateHeaderOpen} …) or
 * refused ({@link TemplateHeaderGiven} …), named by their {@link TemplatePartsKey}. A stage is its family's steps and
 * these: each refusal is a declaration of its own, marked deprecated, so completion strikes the step through once it
 * is refused, whatever steps follow. The steps pass them on as they are; only a once-only step looks up the next.
 *
 * @example
 * ```ts
 * import type { TemplatePartsHB, TemplatePartsKeyed } from '8x8-chatapps';
 *
 * const keyed: TemplatePartsHB extends TemplatePartsKeyed ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsKeyed {
  readonly [partsKey]: TemplatePartsKey;
}

/**
 * The once-only steps of a template stage with nothing given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardOpen, TemplateFooterOpen, TemplateHeaderOpen, TemplatePartsNone } from '8x8-chatapps';
 *
 * const parts: TemplatePartsNone extends TemplateHeaderOpen & TemplateBodyOpen & TemplateFooterOpen & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsNone
  extends TemplateHeaderOpen,
    TemplateBodyOpen,
    TemplateFooterOpen,
    TemplateCardOpen {
  readonly [partsKey]: '';
}

/**
 * The once-only steps of a template stage with the header given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardOpen, TemplateFooterOpen, TemplateHeaderGiven, TemplatePartsH } from '8x8-chatapps';
 *
 * const parts: TemplatePartsH extends TemplateHeaderGiven & TemplateBodyOpen & TemplateFooterOpen & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsH
  extends TemplateHeaderGiven,
    TemplateBodyOpen,
    TemplateFooterOpen,
    TemplateCardOpen {
  readonly [partsKey]: 'h';
}

/**
 * The once-only steps of a template stage with the body given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardOpen, TemplateFooterOpen, TemplateHeaderOpen, TemplatePartsB } from '8x8-chatapps';
 *
 * const parts: TemplatePartsB extends TemplateHeaderOpen & TemplateBodyGiven & TemplateFooterOpen & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsB
  extends TemplateHeaderOpen,
    TemplateBodyGiven,
    TemplateFooterOpen,
    TemplateCardOpen {
  readonly [partsKey]: 'b';
}

/**
 * The once-only steps of a template stage with the footer given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardOpen, TemplateFooterGiven, TemplateHeaderOpen, TemplatePartsF } from '8x8-chatapps';
 *
 * const parts: TemplatePartsF extends TemplateHeaderOpen & TemplateBodyOpen & TemplateFooterGiven & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsF
  extends TemplateHeaderOpen,
    TemplateBodyOpen,
    TemplateFooterGiven,
    TemplateCardOpen {
  readonly [partsKey]: 'f';
}

/**
 * The once-only steps of a template stage with nothing given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardsFull, TemplateFooterOpen, TemplateHeaderOpen, TemplatePartsC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsC extends TemplateHeaderOpen & TemplateBodyOpen & TemplateFooterOpen & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsC
  extends TemplateHeaderOpen,
    TemplateBodyOpen,
    TemplateFooterOpen,
    TemplateCardsFull {
  readonly [partsKey]: 'c';
}

/**
 * The once-only steps of a template stage with the header and the body given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardOpen, TemplateFooterOpen, TemplateHeaderGiven, TemplatePartsHB } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHB extends TemplateHeaderGiven & TemplateBodyGiven & TemplateFooterOpen & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHB
  extends TemplateHeaderGiven,
    TemplateBodyGiven,
    TemplateFooterOpen,
    TemplateCardOpen {
  readonly [partsKey]: 'hb';
}

/**
 * The once-only steps of a template stage with the header and the footer given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardOpen, TemplateFooterGiven, TemplateHeaderGiven, TemplatePartsHF } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHF extends TemplateHeaderGiven & TemplateBodyOpen & TemplateFooterGiven & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHF
  extends TemplateHeaderGiven,
    TemplateBodyOpen,
    TemplateFooterGiven,
    TemplateCardOpen {
  readonly [partsKey]: 'hf';
}

/**
 * The once-only steps of a template stage with the header given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardsFull, TemplateFooterOpen, TemplateHeaderGiven, TemplatePartsHC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHC extends TemplateHeaderGiven & TemplateBodyOpen & TemplateFooterOpen & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHC
  extends TemplateHeaderGiven,
    TemplateBodyOpen,
    TemplateFooterOpen,
    TemplateCardsFull {
  readonly [partsKey]: 'hc';
}

/**
 * The once-only steps of a template stage with the body and the footer given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardOpen, TemplateFooterGiven, TemplateHeaderOpen, TemplatePartsBF } from '8x8-chatapps';
 *
 * const parts: TemplatePartsBF extends TemplateHeaderOpen & TemplateBodyGiven & TemplateFooterGiven & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsBF
  extends TemplateHeaderOpen,
    TemplateBodyGiven,
    TemplateFooterGiven,
    TemplateCardOpen {
  readonly [partsKey]: 'bf';
}

/**
 * The once-only steps of a template stage with the body given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardsFull, TemplateFooterOpen, TemplateHeaderOpen, TemplatePartsBC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsBC extends TemplateHeaderOpen & TemplateBodyGiven & TemplateFooterOpen & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsBC
  extends TemplateHeaderOpen,
    TemplateBodyGiven,
    TemplateFooterOpen,
    TemplateCardsFull {
  readonly [partsKey]: 'bc';
}

/**
 * The once-only steps of a template stage with the footer given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardsFull, TemplateFooterGiven, TemplateHeaderOpen, TemplatePartsFC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsFC extends TemplateHeaderOpen & TemplateBodyOpen & TemplateFooterGiven & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsFC
  extends TemplateHeaderOpen,
    TemplateBodyOpen,
    TemplateFooterGiven,
    TemplateCardsFull {
  readonly [partsKey]: 'fc';
}

/**
 * The once-only steps of a template stage with the header, the body and the footer given.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardOpen, TemplateFooterGiven, TemplateHeaderGiven, TemplatePartsHBF } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHBF extends TemplateHeaderGiven & TemplateBodyGiven & TemplateFooterGiven & TemplateCardOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHBF
  extends TemplateHeaderGiven,
    TemplateBodyGiven,
    TemplateFooterGiven,
    TemplateCardOpen {
  readonly [partsKey]: 'hbf';
}

/**
 * The once-only steps of a template stage with the header and the body given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardsFull, TemplateFooterOpen, TemplateHeaderGiven, TemplatePartsHBC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHBC extends TemplateHeaderGiven & TemplateBodyGiven & TemplateFooterOpen & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHBC
  extends TemplateHeaderGiven,
    TemplateBodyGiven,
    TemplateFooterOpen,
    TemplateCardsFull {
  readonly [partsKey]: 'hbc';
}

/**
 * The once-only steps of a template stage with the header and the footer given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyOpen, TemplateCardsFull, TemplateFooterGiven, TemplateHeaderGiven, TemplatePartsHFC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHFC extends TemplateHeaderGiven & TemplateBodyOpen & TemplateFooterGiven & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHFC
  extends TemplateHeaderGiven,
    TemplateBodyOpen,
    TemplateFooterGiven,
    TemplateCardsFull {
  readonly [partsKey]: 'hfc';
}

/**
 * The once-only steps of a template stage with the body and the footer given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardsFull, TemplateFooterGiven, TemplateHeaderOpen, TemplatePartsBFC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsBFC extends TemplateHeaderOpen & TemplateBodyGiven & TemplateFooterGiven & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsBFC
  extends TemplateHeaderOpen,
    TemplateBodyGiven,
    TemplateFooterGiven,
    TemplateCardsFull {
  readonly [partsKey]: 'bfc';
}

/**
 * The once-only steps of a template stage with the header, the body and the footer given, ten cards.
 *
 * @example
 * ```ts
 * import type { TemplateBodyGiven, TemplateCardsFull, TemplateFooterGiven, TemplateHeaderGiven, TemplatePartsHBFC } from '8x8-chatapps';
 *
 * const parts: TemplatePartsHBFC extends TemplateHeaderGiven & TemplateBodyGiven & TemplateFooterGiven & TemplateCardsFull ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsHBFC
  extends TemplateHeaderGiven,
    TemplateBodyGiven,
    TemplateFooterGiven,
    TemplateCardsFull {
  readonly [partsKey]: 'hbfc';
}

/**
 * The once-only steps of a template stage by their {@link TemplatePartsKey}.
 *
 * @example
 * ```ts
 * import type { TemplatePartsByKey, TemplatePartsHB } from '8x8-chatapps';
 *
 * const same: TemplatePartsByKey['hb'] extends TemplatePartsHB ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsByKey {
  '': TemplatePartsNone;
  h: TemplatePartsH;
  b: TemplatePartsB;
  f: TemplatePartsF;
  c: TemplatePartsC;
  hb: TemplatePartsHB;
  hf: TemplatePartsHF;
  hc: TemplatePartsHC;
  bf: TemplatePartsBF;
  bc: TemplatePartsBC;
  fc: TemplatePartsFC;
  hbf: TemplatePartsHBF;
  hbc: TemplatePartsHBC;
  hfc: TemplatePartsHFC;
  bfc: TemplatePartsBFC;
  hbfc: TemplatePartsHBFC;
}

/**
 * The once-only steps of a template stage after `.header(…)`, by the {@link TemplatePartsKey} before it: one lookup, at
 * that step only.
 *
 * @example
 * ```ts
 * import type { TemplatePartsHB, TemplatePartsWithHeader } from '8x8-chatapps';
 *
 * const same: TemplatePartsWithHeader['b'] extends TemplatePartsHB ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsWithHeader {
  '': TemplatePartsH;
  h: TemplatePartsH;
  b: TemplatePartsHB;
  f: TemplatePartsHF;
  c: TemplatePartsHC;
  hb: TemplatePartsHB;
  hf: TemplatePartsHF;
  hc: TemplatePartsHC;
  bf: TemplatePartsHBF;
  bc: TemplatePartsHBC;
  fc: TemplatePartsHFC;
  hbf: TemplatePartsHBF;
  hbc: TemplatePartsHBC;
  hfc: TemplatePartsHFC;
  bfc: TemplatePartsHBFC;
  hbfc: TemplatePartsHBFC;
}

/**
 * The once-only steps of a template stage after `.body(…)`, by the {@link TemplatePartsKey} before it: one lookup, at
 * that step only.
 *
 * @example
 * ```ts
 * import type { TemplatePartsHB, TemplatePartsWithBody } from '8x8-chatapps';
 *
 * const same: TemplatePartsWithBody['h'] extends TemplatePartsHB ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsWithBody {
  '': TemplatePartsB;
  h: TemplatePartsHB;
  b: TemplatePartsB;
  f: TemplatePartsBF;
  c: TemplatePartsBC;
  hb: TemplatePartsHB;
  hf: TemplatePartsHBF;
  hc: TemplatePartsHBC;
  bf: TemplatePartsBF;
  bc: TemplatePartsBC;
  fc: TemplatePartsBFC;
  hbf: TemplatePartsHBF;
  hbc: TemplatePartsHBC;
  hfc: TemplatePartsHBFC;
  bfc: TemplatePartsBFC;
  hbfc: TemplatePartsHBFC;
}

/**
 * The once-only steps of a template stage after `.footer(…)`, by the {@link TemplatePartsKey} before it: one lookup, at
 * that step only.
 *
 * @example
 * ```ts
 * import type { TemplatePartsBF, TemplatePartsWithFooter } from '8x8-chatapps';
 *
 * const same: TemplatePartsWithFooter['b'] extends TemplatePartsBF ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsWithFooter {
  '': TemplatePartsF;
  h: TemplatePartsHF;
  b: TemplatePartsBF;
  f: TemplatePartsF;
  c: TemplatePartsFC;
  hb: TemplatePartsHBF;
  hf: TemplatePartsHF;
  hc: TemplatePartsHFC;
  bf: TemplatePartsBF;
  bc: TemplatePartsBFC;
  fc: TemplatePartsFC;
  hbf: TemplatePartsHBF;
  hbc: TemplatePartsHBFC;
  hfc: TemplatePartsHFC;
  bfc: TemplatePartsBFC;
  hbfc: TemplatePartsHBFC;
}

/**
 * The once-only steps of a template stage after the tenth `.card(…)`, by the {@link TemplatePartsKey} before it: one lookup, at
 * that step only.
 *
 * @example
 * ```ts
 * import type { TemplatePartsBC, TemplatePartsWithCardsFull } from '8x8-chatapps';
 *
 * const same: TemplatePartsWithCardsFull['b'] extends TemplatePartsBC ? true : false = true;
 * ```
 * @internal
 */
export interface TemplatePartsWithCardsFull {
  '': TemplatePartsC;
  h: TemplatePartsHC;
  b: TemplatePartsBC;
  f: TemplatePartsFC;
  c: TemplatePartsC;
  hb: TemplatePartsHBC;
  hf: TemplatePartsHFC;
  hc: TemplatePartsHC;
  bf: TemplatePartsBFC;
  bc: TemplatePartsBC;
  fc: TemplatePartsFC;
  hbf: TemplatePartsHBFC;
  hbc: TemplatePartsHBC;
  hfc: TemplatePartsHFC;
  bfc: TemplatePartsBFC;
  hbfc: TemplatePartsHBFC;
}

/**
 * The once-only steps of a template stage typed by hand: from the components given (`Given`) and its count of cards,
 * when the stage's type does not name them.
 *
 * @example
 * ```ts
 * import type { TemplatePartsHBC, TemplatePartsOf } from '8x8-chatapps';
 *
 * const same: TemplatePartsOf<'header' | 'body' | 0, 10> extends TemplatePartsHBC ? true : false = true;
 * ```
 * @internal
 */
export type TemplatePartsOf<
  Given extends TemplateGiven,
  Cards extends number,
> = TemplatePartsByKey[`${'header' extends Given ? 'h' : ''}${'body' extends Given ? 'b' : ''}${'footer' extends Given ? 'f' : ''}${Cards extends TemplateCardsMax ? 'c' : ''}` &
  TemplatePartsKey];

/**
 * A template message: its components follow on the chain, then the delivery options. Button indexes (0–9) are
 * unique, at most 2 buttons are Url buttons, the header, body and footer are given once each and a carousel has at
 * most 10 cards, checked as you type. `.suggestions` and `.directSend` are refused
 * after a template, and struck through in completion; so is `.replyTo` after a Viber or Zalo template
 * (`TemplateNoReply`), and `.header`, `.body`, `.footer` once given and `.card` once ten cards are, whatever follows.
 *
 * @typeParam F - the first channel, or `'auto:template'` when 8x8 routes the message (see {@link Routing}).
 * @typeParam Indexes - the button indexes used so far (a stage typed by hand may add the components given, `'header'`,
 *   `'body'`, `'footer'`, and leave `Parts` to follow from them).
 * @typeParam Urls - how many Url buttons so far.
 * @typeParam Cards - how many carousel cards so far (`number` for cards added in a loop, counted by `build()`).
 * @typeParam Parts - the once-only steps (`.header`, `.body`, `.footer`, `.card`), each live ({@link TemplateHeaderOpen} …)
 *   or refused and struck through; the other steps are {@link TemplateStepSteps}'.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('winter_collection_launch', 'en_US')
 *   .header({ image: 'https://cdn.example.com/campaigns/winter.jpg' })
 *   .body('Sam', 'WINTER25')
 *   .quickReply(0, 'show-collection')
 *   .quickReply(1, 'unsubscribe');
 * ```
 */
export type TemplateStep<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateStepSteps<F, Indexes, Urls, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateStep} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateStepSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateStep, TemplateStepSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateStep<'WhatsApp', never, 0, 0> extends TemplateStepSteps<'WhatsApp', never, 0, 0, TemplatePartsNone> ? true : false = true;
 * ```
 */
export interface TemplateStepSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateStepSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateStepSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateStepSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateStep<
    F,
    Indexes,
    Urls,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. The stages extend
  // those bases rather than ReadyStep<F, …>: a generic base costs every new state of a chain (type-check cost). The
  // steps that keep the state return `this`.
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? UrlButtonIndex<I, Indexes, Urls> : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url'
    ? TemplateAt<F, false, Indexes | I, Successors[Urls], Cards, Parts>
    : TemplateStepSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateStepSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  // No Url count in the index: the step that adds the last Url button gives the stage that refuses .url.
  url<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    text: string,
  ): Successors[Urls] extends UrlButtonsMax
    ? TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts
    : TemplateStepSteps<F, Indexes | I, Successors[Urls], Cards, Parts> & Parts;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateStepSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateStepSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateStepSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): ReadyFor<F, false, false>;
  clientMessageId(id: string): ReadyFor<F, false, false>;
  scheduled(at: Date | string): ReadyFor<F, false, false>;
  expiry(at: Date | string): ReadyFor<F, false, false>;
  dlrCallbackUrl(url: string): ReadyFor<F, false, false>;
  extra(fields: ExtraFields): ReadyFor<F, false, false>;
  $if(condition: boolean, step: (builder: this) => ReadyFor<F, false, false>): ReadyFor<F, false, false>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => ReadyFor<F, false, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  // Plain signatures: their types hold no type parameter, so checking a chain against MessageBuilder does not
  // instantiate them again for every new state.
  readonly build: (options?: ParseOptions) => MessageRequest;
  readonly toJSON: () => MessageRequest;
}

/**
 * A template message after a component step: {@link TemplateFallbackTextDue} while SMS waits for its fallback text,
 * otherwise {@link TemplateStep}; once it holds the most Url buttons a template can ({@link UrlButtonsMax}), their
 * stages without `.url` ({@link TemplateUrlsFull}, {@link TemplateFallbackTextDueUrlsFull}).
 *
 * @example
 * ```ts
 * import type { TemplateAt, TemplateFallbackTextDue, TemplateUrlsFull } from '8x8-chatapps';
 *
 * const due: TemplateAt<'WhatsApp', true, never, 0> extends TemplateFallbackTextDue<'WhatsApp', never, 0> ? true : false = true;
 * const full: TemplateAt<'WhatsApp', false, 0 | 1, 2> extends TemplateUrlsFull<'WhatsApp', 0 | 1> ? true : false = true;
 * ```
 * @internal
 */
export type TemplateAt<
  F extends Routing,
  Pending extends boolean,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = Pending extends true
  ? Urls extends UrlButtonsMax
    ? TemplateFallbackTextDueUrlsFull<F, Indexes, Cards, Parts>
    : TemplateFallbackTextDue<F, Indexes, Urls, Cards, Parts>
  : Urls extends UrlButtonsMax
    ? TemplateUrlsFull<F, Indexes, Cards, Parts>
    : TemplateStep<F, Indexes, Urls, Cards, Parts>;

/**
 * A template message holding the most Url buttons a template can ({@link UrlButtonsMax}): `.url` is refused, and
 * marked deprecated so the completion list strikes it through; calling it, or `.button(…, 'Url', …)`, reports the
 * rule on the index. The other steps are {@link TemplateStep}'s.
 *
 * @example
 * ```ts
 * import { Message, type TemplateUrlsFull } from '8x8-chatapps';
 *
 * const full: TemplateUrlsFull<'WhatsApp', 0 | 1> = Message.to('+15551234567').whatsapp().template('offer', 'en').url(0, 'a').url(1, 'b');
 * full.quickReply(2, 'more').build();
 * ```
 * @internal
 */
export type TemplateUrlsFull<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateUrlsFullSteps<F, Indexes, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateUrlsFull} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateUrlsFullSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateUrlsFull, TemplateUrlsFullSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateUrlsFull<'WhatsApp', never, 0> extends TemplateUrlsFullSteps<'WhatsApp', never, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateUrlsFullSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateUrlsFull<
    F,
    Indexes,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. The stages extend
  // those bases rather than ReadyStep<F, …>: a generic base costs every new state of a chain (type-check cost). The
  // steps that keep the state return `this`.
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? TooManyUrlButtons : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url' ? never : TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  /** @deprecated Refused: the template already has the most Url buttons it can hold (the parameter's type is the rule). */
  readonly url: RefusedCall<TooManyUrlButtons>;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): ReadyFor<F, false, false>;
  clientMessageId(id: string): ReadyFor<F, false, false>;
  scheduled(at: Date | string): ReadyFor<F, false, false>;
  expiry(at: Date | string): ReadyFor<F, false, false>;
  dlrCallbackUrl(url: string): ReadyFor<F, false, false>;
  extra(fields: ExtraFields): ReadyFor<F, false, false>;
  $if(condition: boolean, step: (builder: this) => ReadyFor<F, false, false>): ReadyFor<F, false, false>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => ReadyFor<F, false, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  // Plain signatures: their types hold no type parameter, so checking a chain against MessageBuilder does not
  // instantiate them again for every new state.
  readonly build: (options?: ParseOptions) => MessageRequest;
  readonly toJSON: () => MessageRequest;
}

/**
 * A template message whose fallback text is due (SMS is a fallback): `.build()` and `.toJSON()` are refused, and
 * marked deprecated so the completion list strikes them through, until `.fallbackText(…)`; the component steps keep
 * this stage, the delivery options give {@link FallbackTextDue}. The other steps are {@link TemplateStep}'s.
 *
 * @example
 * ```ts
 * import { Message, type TemplateFallbackTextDue } from '8x8-chatapps';
 *
 * const due: TemplateFallbackTextDue<'WhatsApp', never, 0> = Message.to('+6591234567').whatsapp().sms().template('order_update', 'en_US');
 * const request = due.body('A-1234').fallbackText('Your order A-1234 has shipped').build();
 * ```
 * @internal
 */
export type TemplateFallbackTextDue<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateFallbackTextDueSteps<F, Indexes, Urls, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateFallbackTextDue} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateFallbackTextDueSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateFallbackTextDue, TemplateFallbackTextDueSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateFallbackTextDue<'WhatsApp', never, 0, 0> extends TemplateFallbackTextDueSteps<'WhatsApp', never, 0, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateFallbackTextDueSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateFallbackTextDue<
    F,
    Indexes,
    Urls,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. The stages extend
  // those bases rather than ReadyStep<F, …>: a generic base costs every new state of a chain (type-check cost). The
  // steps that keep the state return `this`.
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? UrlButtonIndex<I, Indexes, Urls> : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url'
    ? TemplateAt<F, true, Indexes | I, Successors[Urls], Cards, Parts>
    : TemplateFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  // No Url count in the index: the step that adds the last Url button gives the stage that refuses .url.
  url<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    text: string,
  ): Successors[Urls] extends UrlButtonsMax
    ? TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts
    : TemplateFallbackTextDueSteps<F, Indexes | I, Successors[Urls], Cards, Parts> & Parts;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): DueFor<F, false>;
  clientMessageId(id: string): DueFor<F, false>;
  scheduled(at: Date | string): DueFor<F, false>;
  expiry(at: Date | string): DueFor<F, false>;
  dlrCallbackUrl(url: string): DueFor<F, false>;
  extra(fields: ExtraFields): DueFor<F, false>;
  $if(condition: boolean, step: (builder: this) => DueFor<F, false>): DueFor<F, false>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => DueFor<F, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(...parts: SuggestionsWithin<Parts>) => DueFor<F, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => DueFor<F, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly build: Refused<BuildAllowed<true>>;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly toJSON: Refused<BuildAllowed<true>>;
}

/**
 * A template message whose fallback text is due and that holds the most Url buttons a template can: `.url` is
 * refused and marked deprecated, as on {@link TemplateUrlsFull}, and `.build()` and `.toJSON()` as on
 * {@link TemplateFallbackTextDue}.
 *
 * @example
 * ```ts
 * import { Message, type TemplateFallbackTextDueUrlsFull } from '8x8-chatapps';
 *
 * const full: TemplateFallbackTextDueUrlsFull<'WhatsApp', 0 | 1> = Message.to('+6591234567').whatsapp().sms().template('offer', 'en').url(0, 'a').url(1, 'b');
 * full.fallbackText('See https://example.com/offer').build();
 * ```
 * @internal
 */
export type TemplateFallbackTextDueUrlsFull<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateFallbackTextDueUrlsFullSteps<F, Indexes, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateFallbackTextDueUrlsFull} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateFallbackTextDueUrlsFullSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateFallbackTextDueUrlsFull, TemplateFallbackTextDueUrlsFullSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateFallbackTextDueUrlsFull<'WhatsApp', never, 0> extends TemplateFallbackTextDueUrlsFullSteps<'WhatsApp', never, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateFallbackTextDueUrlsFullSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateFallbackTextDueUrlsFull<
    F,
    Indexes,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. The stages extend
  // those bases rather than ReadyStep<F, …>: a generic base costs every new state of a chain (type-check cost). The
  // steps that keep the state return `this`.
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? TooManyUrlButtons : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url' ? never : TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  /** @deprecated Refused: the template already has the most Url buttons it can hold (the parameter's type is the rule). */
  readonly url: RefusedCall<TooManyUrlButtons>;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): DueFor<F, false>;
  clientMessageId(id: string): DueFor<F, false>;
  scheduled(at: Date | string): DueFor<F, false>;
  expiry(at: Date | string): DueFor<F, false>;
  dlrCallbackUrl(url: string): DueFor<F, false>;
  extra(fields: ExtraFields): DueFor<F, false>;
  $if(condition: boolean, step: (builder: this) => DueFor<F, false>): DueFor<F, false>;
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => DueFor<F, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(...parts: SuggestionsWithin<Parts>) => DueFor<F, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => DueFor<F, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly build: Refused<BuildAllowed<true>>;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly toJSON: Refused<BuildAllowed<true>>;
}

/**
 * A template message whose first channel cannot carry a reply context (Viber, Zalo: `.replyTo` goes over WhatsApp
 * only): as {@link TemplateStep}, with `.replyTo` refused and marked deprecated, so the completion list strikes it
 * through; the button steps keep this family. `.template(…)` picks it by the first channel ({@link RepliesRefused}).
 *
 * @example
 * ```ts
 * import { Message, type TemplateNoReply } from '8x8-chatapps';
 *
 * const template: TemplateNoReply<'Viber', 0, 0> = Message.to('+380501234567').viber().template('order_update', 'uk').quickReply(0, 'track');
 * template.body('A-1234').build();
 * ```
 * @internal
 */
export type TemplateNoReply<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateNoReplySteps<F, Indexes, Urls, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateNoReply} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateNoReplySteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateNoReply, TemplateNoReplySteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateNoReply<'WhatsApp', never, 0, 0> extends TemplateNoReplySteps<'WhatsApp', never, 0, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateNoReplySteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateNoReplySteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateNoReplySteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateNoReplySteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateNoReply<
    F,
    Indexes,
    Urls,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. Declared again
  // rather than inherited from TemplateStep: overriding the steps that name their stage made checking the extension
  // recurse through both families (TS2589).
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? UrlButtonIndex<I, Indexes, Urls> : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url'
    ? TemplateNoReplyAt<F, false, Indexes | I, Successors[Urls], Cards, Parts>
    : TemplateNoReplySteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateNoReplySteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  // No Url count in the index: the step that adds the last Url button gives the stage that refuses .url.
  url<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    text: string,
  ): Successors[Urls] extends UrlButtonsMax
    ? TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts
    : TemplateNoReplySteps<F, Indexes | I, Successors[Urls], Cards, Parts> & Parts;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateNoReplySteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateNoReplySteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateNoReplySteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): ReadyFor<F, false, false>;
  clientMessageId(id: string): ReadyFor<F, false, false>;
  scheduled(at: Date | string): ReadyFor<F, false, false>;
  expiry(at: Date | string): ReadyFor<F, false, false>;
  dlrCallbackUrl(url: string): ReadyFor<F, false, false>;
  extra(fields: ExtraFields): ReadyFor<F, false, false>;
  $if(condition: boolean, step: (builder: this) => ReadyFor<F, false, false>): ReadyFor<F, false, false>;
  /** @deprecated Refused here: replies (`.replyTo`) go over WhatsApp only; its type is the rule. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => ReadyFor<F, false, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  // Plain signatures: their types hold no type parameter, so checking a chain against MessageBuilder does not
  // instantiate them again for every new state.
  readonly build: (options?: ParseOptions) => MessageRequest;
  readonly toJSON: () => MessageRequest;
}

/**
 * {@link TemplateNoReply} holding the most Url buttons a template can: `.url` refused and struck through as on
 * {@link TemplateUrlsFull}, and `.replyTo` as on {@link TemplateNoReply}.
 *
 * @example
 * ```ts
 * import { Message, type TemplateNoReplyUrlsFull } from '8x8-chatapps';
 *
 * const full: TemplateNoReplyUrlsFull<'Zalo', 0 | 1> = Message.to('+84912345678').zalo().template('offer', 'vi').url(0, 'a').url(1, 'b');
 * full.quickReply(2, 'more').build();
 * ```
 * @internal
 */
export type TemplateNoReplyUrlsFull<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateNoReplyUrlsFullSteps<F, Indexes, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateNoReplyUrlsFull} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateNoReplyUrlsFullSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateNoReplyUrlsFull, TemplateNoReplyUrlsFullSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateNoReplyUrlsFull<'WhatsApp', never, 0> extends TemplateNoReplyUrlsFullSteps<'WhatsApp', never, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateNoReplyUrlsFullSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateNoReplyUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateNoReplyUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateNoReplyUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateNoReplyUrlsFull<
    F,
    Indexes,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. Declared again
  // rather than inherited from TemplateUrlsFull: overriding the steps that name their stage made checking the extension
  // recurse through both families (TS2589).
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? TooManyUrlButtons : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url' ? never : TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  /** @deprecated Refused: the template already has the most Url buttons it can hold (the parameter's type is the rule). */
  readonly url: RefusedCall<TooManyUrlButtons>;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateNoReplyUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): ReadyFor<F, false, false>;
  clientMessageId(id: string): ReadyFor<F, false, false>;
  scheduled(at: Date | string): ReadyFor<F, false, false>;
  expiry(at: Date | string): ReadyFor<F, false, false>;
  dlrCallbackUrl(url: string): ReadyFor<F, false, false>;
  extra(fields: ExtraFields): ReadyFor<F, false, false>;
  $if(condition: boolean, step: (builder: this) => ReadyFor<F, false, false>): ReadyFor<F, false, false>;
  /** @deprecated Refused here: replies (`.replyTo`) go over WhatsApp only; its type is the rule. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyFor<F, false, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => ReadyFor<F, false, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  // Plain signatures: their types hold no type parameter, so checking a chain against MessageBuilder does not
  // instantiate them again for every new state.
  readonly build: (options?: ParseOptions) => MessageRequest;
  readonly toJSON: () => MessageRequest;
}

/**
 * {@link TemplateNoReply} while its fallback text is due: `.build()` and `.toJSON()` refused and struck through as on
 * {@link TemplateFallbackTextDue}, and `.replyTo` as on {@link TemplateNoReply}.
 *
 * @example
 * ```ts
 * import { Message, type TemplateNoReplyFallbackTextDue } from '8x8-chatapps';
 *
 * const due: TemplateNoReplyFallbackTextDue<'Viber', never, 0> = Message.to('+380501234567').viber().sms().template('order_update', 'uk');
 * due.body('A-1234').fallbackText('Your order A-1234 has shipped').build();
 * ```
 * @internal
 */
export type TemplateNoReplyFallbackTextDue<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateNoReplyFallbackTextDueSteps<F, Indexes, Urls, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateNoReplyFallbackTextDue} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateNoReplyFallbackTextDueSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateNoReplyFallbackTextDue, TemplateNoReplyFallbackTextDueSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateNoReplyFallbackTextDue<'WhatsApp', never, 0, 0> extends TemplateNoReplyFallbackTextDueSteps<'WhatsApp', never, 0, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateNoReplyFallbackTextDueSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateNoReplyFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateNoReplyFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateNoReplyFallbackTextDueSteps<
    F,
    Indexes,
    Urls,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateNoReplyFallbackTextDue<
    F,
    Indexes,
    Urls,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. Declared again
  // rather than inherited from TemplateFallbackTextDue: overriding the steps that name their stage made checking the extension
  // recurse through both families (TS2589).
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? UrlButtonIndex<I, Indexes, Urls> : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url'
    ? TemplateNoReplyAt<F, true, Indexes | I, Successors[Urls], Cards, Parts>
    : TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  // No Url count in the index: the step that adds the last Url button gives the stage that refuses .url.
  url<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    text: string,
  ): Successors[Urls] extends UrlButtonsMax
    ? TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts
    : TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Successors[Urls], Cards, Parts> & Parts;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateNoReplyFallbackTextDueSteps<F, Indexes | I, Urls, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): DueFor<F, false>;
  clientMessageId(id: string): DueFor<F, false>;
  scheduled(at: Date | string): DueFor<F, false>;
  expiry(at: Date | string): DueFor<F, false>;
  dlrCallbackUrl(url: string): DueFor<F, false>;
  extra(fields: ExtraFields): DueFor<F, false>;
  $if(condition: boolean, step: (builder: this) => DueFor<F, false>): DueFor<F, false>;
  /** @deprecated Refused here: replies (`.replyTo`) go over WhatsApp only; its type is the rule. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => DueFor<F, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(...parts: SuggestionsWithin<Parts>) => DueFor<F, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => DueFor<F, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly build: Refused<BuildAllowed<true>>;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly toJSON: Refused<BuildAllowed<true>>;
}

/**
 * {@link TemplateNoReplyFallbackTextDue} holding the most Url buttons a template can: `.url`, `.build()`,
 * `.toJSON()` and `.replyTo` refused and struck through.
 *
 * @example
 * ```ts
 * import { Message, type TemplateNoReplyFallbackTextDueUrlsFull } from '8x8-chatapps';
 *
 * const full: TemplateNoReplyFallbackTextDueUrlsFull<'Viber', 0 | 1> = Message.to('+380501234567').viber().sms().template('offer', 'uk').url(0, 'a').url(1, 'b');
 * full.fallbackText('See https://example.com/offer').build();
 * ```
 * @internal
 */
export type TemplateNoReplyFallbackTextDueUrlsFull<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes, Cards, Parts> & Parts;

/**
 * The steps of {@link TemplateNoReplyFallbackTextDueUrlsFull} but its once-only ones (`.header`, `.body`, `.footer`, `.card`), which its `Parts`
 * add: a stage is `TemplateNoReplyFallbackTextDueUrlsFullSteps<…, Parts> & Parts`.
 *
 * @example
 * ```ts
 * import type { TemplateNoReplyFallbackTextDueUrlsFull, TemplateNoReplyFallbackTextDueUrlsFullSteps, TemplatePartsNone } from '8x8-chatapps';
 *
 * const steps: TemplateNoReplyFallbackTextDueUrlsFull<'WhatsApp', never, 0> extends TemplateNoReplyFallbackTextDueUrlsFullSteps<'WhatsApp', never, 0, TemplatePartsNone> ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateNoReplyFallbackTextDueUrlsFullSteps<
  F extends Routing,
  Indexes extends TemplateGiven,
  Cards extends number,
  Parts extends TemplatePartsKeyed,
> extends StepsBeforeContent,
    ReadySteps,
    TemplateComponentSteps {
  /** @internal */
  readonly [nextHeader]: TemplateNoReplyFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithHeader[Parts[typeof partsKey]]
  > &
    TemplatePartsWithHeader[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextBody]: TemplateNoReplyFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithBody[Parts[typeof partsKey]]
  > &
    TemplatePartsWithBody[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextFooter]: TemplateNoReplyFallbackTextDueUrlsFullSteps<
    F,
    Indexes,
    Cards,
    TemplatePartsWithFooter[Parts[typeof partsKey]]
  > &
    TemplatePartsWithFooter[Parts[typeof partsKey]];
  /** @internal */
  readonly [nextCard]: TemplateNoReplyFallbackTextDueUrlsFull<
    F,
    Indexes,
    Successors[Cards],
    Successors[Cards] extends TemplateCardsMax ? TemplatePartsWithCardsFull[Parts[typeof partsKey]] : Parts
  >;
  // No TSDoc on the steps below: editors and TypeDoc show TemplateComponentSteps' and ReadySteps'. Declared again
  // rather than inherited from TemplateFallbackTextDueUrlsFull: overriding the steps that name their stage made checking the extension
  // recurse through both families (TS2589).
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: S extends 'Url' ? TooManyUrlButtons : FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): S extends 'Url'
    ? never
    : TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  quickReply<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    payload: string,
  ): TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  /** @deprecated Refused: the template already has the most Url buttons it can hold (the parameter's type is the rule). */
  readonly url: RefusedCall<TooManyUrlButtons>;
  copyCode<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    code: string,
  ): TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  flow<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    action?: TemplateButtonParameter['Flow'],
  ): TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  voiceCall<I extends TemplateButtonIndex>(
    index: I & Indexes extends never ? I : IndexUsed,
    options?: TemplateButtonParameter['VoiceCall'],
  ): TemplateNoReplyFallbackTextDueUrlsFullSteps<F, Indexes | I, Cards, Parts> & Parts;
  callPermissionRequest(): this;
  requestContactInfo(): this;
  fallbackText(text: string): ReadyFor<F, false, false>;
  sms(settings: SmsSettings): DueFor<F, false>;
  clientMessageId(id: string): DueFor<F, false>;
  scheduled(at: Date | string): DueFor<F, false>;
  expiry(at: Date | string): DueFor<F, false>;
  dlrCallbackUrl(url: string): DueFor<F, false>;
  extra(fields: ExtraFields): DueFor<F, false>;
  $if(condition: boolean, step: (builder: this) => DueFor<F, false>): DueFor<F, false>;
  /** @deprecated Refused here: replies (`.replyTo`) go over WhatsApp only; its type is the rule. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => DueFor<F, false>
  >;
  /** @deprecated Refused here: message suggestions go over RCS only; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(...parts: SuggestionsWithin<Parts>) => DueFor<F, false>
  >;
  /** @deprecated Refused here: a template is not a Direct Send message, which carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only. */
  readonly directSend: StepOrRefusal<
    DirectSendAllowed<F, false>,
    (options?: { readonly ttlSeconds?: number }) => DueFor<F, false>,
    'no arguments'
  >;
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly build: Refused<BuildAllowed<true>>;
  /** @deprecated Refused: SMS is a fallback and the content is not text; add `.fallbackText(…)` first. */
  readonly toJSON: Refused<BuildAllowed<true>>;
}

/**
 * {@link TemplateAt} for a first channel that cannot carry a reply context: the {@link TemplateNoReply} family.
 *
 * @example
 * ```ts
 * import type { TemplateNoReply, TemplateNoReplyAt } from '8x8-chatapps';
 *
 * const same: TemplateNoReplyAt<'Viber', false, never, 0> extends TemplateNoReply<'Viber', never, 0> ? true : false = true;
 * ```
 * @internal
 */
export type TemplateNoReplyAt<
  F extends Routing,
  Pending extends boolean,
  Indexes extends TemplateGiven,
  Urls extends number,
  Cards extends number = 0,
  Parts extends TemplatePartsKeyed = TemplatePartsOf<Indexes, Cards>,
> = Pending extends true
  ? Urls extends UrlButtonsMax
    ? TemplateNoReplyFallbackTextDueUrlsFull<F, Indexes, Cards, Parts>
    : TemplateNoReplyFallbackTextDue<F, Indexes, Urls, Cards, Parts>
  : Urls extends UrlButtonsMax
    ? TemplateNoReplyUrlsFull<F, Indexes, Cards, Parts>
    : TemplateNoReply<F, Indexes, Urls, Cards, Parts>;

/**
 * A finished card of a template carousel, as `.card(…)` takes it back from its callback.
 *
 * @example
 * ```ts
 * import { Message, type TemplateCardPart, type TemplateCardStep } from '8x8-chatapps';
 *
 * const boots = (card: TemplateCardStep<never>): TemplateCardPart => card.body('Hiking boots').quickReply(0, 'boots');
 * Message.to('+15551234567').whatsapp().template('product_showcase', 'en').card(boots);
 * ```
 */
export interface TemplateCardPart {
  readonly kind: 'templateCard';
}

// The keys of what a carousel card's header and body steps lead to (type only, as the template stage's).
declare const nextCardHeader: unique symbol;
declare const nextCardBody: unique symbol;

/**
 * What a template carousel card's header and body steps lead to ({@link TemplateCardHeaderOpen} …): the card with
 * that component given. {@link TemplateCardSteps} and {@link FullTemplateCardSteps} declare it for their state.
 *
 * @example
 * ```ts
 * import type { TemplateCardStaged, TemplateCardStep } from '8x8-chatapps';
 *
 * const staged: TemplateCardStep<never> extends TemplateCardStaged ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardStaged {
  /** @internal */
  readonly [nextCardHeader]: unknown;
  /** @internal */
  readonly [nextCardBody]: unknown;
}

/**
 * `.header(…)` while the carousel card has no header: it leads to the card's own next stage (`this` is the card).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.header({ image: 'https://cdn.example.com/a.jpg' }));
 * ```
 */
export interface TemplateCardHeaderOpen {
  /**
   * The card's header value: text, or `{ image | video | document: url }`, or `{ location }`.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.header({ image: 'https://cdn.example.com/a.jpg' }));
   * ```
   */
  header<S extends TemplateCardStaged>(this: S, value: CardHeader): S[typeof nextCardHeader];
}

/**
 * `.body(…)` while the carousel card has no body.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.body('Hiking boots', '€89'));
 * ```
 */
export interface TemplateCardBodyOpen {
  /**
   * The card body's placeholder values, in order.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.body('Hiking boots', '€89'));
   * ```
   */
  body<S extends TemplateCardStaged>(this: S, ...texts: readonly TemplateText[]): S[typeof nextCardBody];
}

/**
 * A carousel card whose header is given: `.header` is refused, and marked deprecated so the completion list strikes
 * it through; calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import type { TemplateCardHeaderGiven } from '8x8-chatapps';
 *
 * const rule: Parameters<TemplateCardHeaderGiven['header']>[0] = '✗ the header is already set: a carousel card has one header';
 * ```
 * @internal
 */
export interface TemplateCardHeaderGiven {
  /** @deprecated Refused: the header is already set; a carousel card has one header (the parameter's type is the rule). */
  readonly header: RefusedCall<CardHeaderSet>;
}

/**
 * A carousel card whose body is given: `.body` is refused, and marked deprecated so the completion list strikes it
 * through; it is not callable, so calling it, with values or without, reports the rule on its name.
 *
 * @example
 * ```ts
 * import type { TemplateCardBodyGiven } from '8x8-chatapps';
 *
 * const rule: TemplateCardBodyGiven['body']['refused'] = '✗ the body is already set: a carousel card has one body';
 * ```
 * @internal
 */
export interface TemplateCardBodyGiven {
  /** @deprecated Refused: the body is already set; a carousel card has one body. */
  readonly body: Refused<CardBodySet>;
}

// What a carousel card's parts become with a header or a body given (type only).
declare const cardWithHeader: unique symbol;
declare const cardWithBody: unique symbol;

/**
 * A carousel card's header and body steps ({@link TemplateCardPartsNone} …), each live ({@link TemplateCardHeaderOpen}
 * …) or refused ({@link TemplateCardHeaderGiven} …). A card is its button steps and these: each refusal is a
 * declaration of its own, marked deprecated, so completion strikes the step through once it is refused, whatever
 * buttons follow. Each names the parts that follow a header or a body (no conditional type: one lookup per step).
 *
 * @example
 * ```ts
 * import type { TemplateCardParts, TemplateCardPartsHB } from '8x8-chatapps';
 *
 * const parts: TemplateCardPartsHB extends TemplateCardParts ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardParts {
  /** @internal */
  readonly [cardWithHeader]: TemplateCardParts;
  /** @internal */
  readonly [cardWithBody]: TemplateCardParts;
}

/**
 * A carousel card's header and body steps, neither given.
 *
 * @example
 * ```ts
 * import type { TemplateCardBodyOpen, TemplateCardHeaderOpen, TemplateCardPartsNone } from '8x8-chatapps';
 *
 * const parts: TemplateCardPartsNone extends TemplateCardHeaderOpen & TemplateCardBodyOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardPartsNone extends TemplateCardHeaderOpen, TemplateCardBodyOpen {
  /** @internal */
  readonly [cardWithHeader]: TemplateCardPartsH;
  /** @internal */
  readonly [cardWithBody]: TemplateCardPartsB;
}

/**
 * A carousel card's header and body steps, the header given.
 *
 * @example
 * ```ts
 * import type { TemplateCardBodyOpen, TemplateCardHeaderGiven, TemplateCardPartsH } from '8x8-chatapps';
 *
 * const parts: TemplateCardPartsH extends TemplateCardHeaderGiven & TemplateCardBodyOpen ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardPartsH extends TemplateCardHeaderGiven, TemplateCardBodyOpen {
  /** @internal */
  readonly [cardWithHeader]: TemplateCardPartsH;
  /** @internal */
  readonly [cardWithBody]: TemplateCardPartsHB;
}

/**
 * A carousel card's header and body steps, the body given.
 *
 * @example
 * ```ts
 * import type { TemplateCardBodyGiven, TemplateCardHeaderOpen, TemplateCardPartsB } from '8x8-chatapps';
 *
 * const parts: TemplateCardPartsB extends TemplateCardHeaderOpen & TemplateCardBodyGiven ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardPartsB extends TemplateCardHeaderOpen, TemplateCardBodyGiven {
  /** @internal */
  readonly [cardWithHeader]: TemplateCardPartsHB;
  /** @internal */
  readonly [cardWithBody]: TemplateCardPartsB;
}

/**
 * A carousel card's header and body steps, both given.
 *
 * @example
 * ```ts
 * import type { TemplateCardBodyGiven, TemplateCardHeaderGiven, TemplateCardPartsHB } from '8x8-chatapps';
 *
 * const parts: TemplateCardPartsHB extends TemplateCardHeaderGiven & TemplateCardBodyGiven ? true : false = true;
 * ```
 * @internal
 */
export interface TemplateCardPartsHB extends TemplateCardHeaderGiven, TemplateCardBodyGiven {
  /** @internal */
  readonly [cardWithHeader]: TemplateCardPartsHB;
  /** @internal */
  readonly [cardWithBody]: TemplateCardPartsHB;
}

/**
 * One card of a template carousel: header, body and up to two buttons (index 0–1, QuickReply, Url or CopyCode). It is
 * its button steps ({@link TemplateCardSteps}) and its header and body steps (`TemplateCardParts`).
 *
 * @typeParam Indexes - the card button indexes used so far.
 * @typeParam Parts - its header and body steps, live or refused by the components given (`TemplateCardParts`).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('product_showcase', 'en')
 *   .card((card) => card.header({ image: 'https://cdn.example.com/p/boots.jpg' }).body('Hiking boots').url(1, 'boots'));
 * ```
 */
export type TemplateCardStep<
  Indexes extends CardButtonIndex,
  Parts extends TemplateCardParts = TemplateCardPartsNone,
> = TemplateCardSteps<Indexes, Parts> & Parts;

/**
 * A template carousel card's button steps while it has a free button index (see {@link TemplateCardStep}).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.quickReply(0, 'boots').url(1, 'boots'));
 * ```
 */
export interface TemplateCardSteps<
  Indexes extends CardButtonIndex,
  Parts extends TemplateCardParts = TemplateCardPartsNone,
> extends TemplateCardPart,
    TemplateCardStaged {
  /** @internal */
  readonly [nextCardHeader]: TemplateCardStep<Indexes, Parts[typeof cardWithHeader]>;
  /** @internal */
  readonly [nextCardBody]: TemplateCardStep<Indexes, Parts[typeof cardWithBody]>;
  /**
   * A card button by index (0–1) and sub-type (QuickReply, Url or CopyCode).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.button(0, 'Url', { text: 'boots' }));
   * ```
   */
  button<I extends CardButtonIndex, S extends 'QuickReply' | 'Url' | 'CopyCode'>(
    index: FreeIndex<I, Indexes>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): TemplateCardAt<Indexes, I, Parts>;
  /**
   * A QuickReply card button's payload.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.quickReply(0, 'boots'));
   * ```
   */
  quickReply<I extends CardButtonIndex>(
    index: FreeIndex<I, Indexes>,
    payload: string,
  ): TemplateCardAt<Indexes, I, Parts>;
  /**
   * A Url card button's dynamic URL suffix.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.url(1, 'boots'));
   * ```
   */
  url<I extends CardButtonIndex>(
    index: FreeIndex<I, Indexes>,
    text: string,
  ): TemplateCardAt<Indexes, I, Parts>;
  /**
   * A CopyCode card button's coupon code.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.copyCode(1, 'BOOTS10'));
   * ```
   */
  copyCode<I extends CardButtonIndex>(
    index: FreeIndex<I, Indexes>,
    code: string,
  ): TemplateCardAt<Indexes, I, Parts>;
}

/**
 * A template carousel card after a button: {@link FullTemplateCard} once every card button index is used, so
 * editor completion strikes the button steps through; otherwise {@link TemplateCardStep}. A card has two button
 * indexes (0 and 1, `LIMITS.template.cardButtonIndexMax`; test/types/template.ts pins it) and a used one is refused,
 * so the button after the first fills the card: asking whether the card had a button costs nothing measurable,
 * asking whether `Indexes | I` covers every index cost template-carousel (3 cards, 5 buttons) 48 instantiations.
 *
 * @example
 * ```ts
 * import type { FullTemplateCard, TemplateCardAt, TemplateCardStep } from '8x8-chatapps';
 *
 * const first: TemplateCardAt<never, 0> extends TemplateCardStep<0> ? true : false = true;
 * const full: TemplateCardAt<0, 1> extends FullTemplateCard ? true : false = true;
 * ```
 * @internal
 */
export type TemplateCardAt<
  Indexes extends CardButtonIndex,
  I extends CardButtonIndex,
  Parts extends TemplateCardParts = TemplateCardPartsNone,
> = [Indexes] extends [never] ? TemplateCardStep<I, Parts> : FullTemplateCard<Parts>;

/**
 * A template carousel card holding a button at every index a card has: `.button`, `.quickReply`, `.url` and
 * `.copyCode` are refused, and marked deprecated so the completion list strikes them through; calling one reports the rule on its
 * first argument. Its header and body steps are {@link TemplateCardParts}, as on {@link TemplateCardStep}.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('product_showcase', 'en')
 *   .card((card) => card.quickReply(0, 'boots').url(1, 'boots').body('Hiking boots'));
 * ```
 * @internal
 */
export type FullTemplateCard<Parts extends TemplateCardParts = TemplateCardPartsNone> =
  FullTemplateCardSteps<Parts> & Parts;

/**
 * A full template carousel card's refused button steps (see {@link FullTemplateCard}).
 *
 * @example
 * ```ts
 * import type { FullTemplateCardSteps } from '8x8-chatapps';
 *
 * const rule: Parameters<FullTemplateCardSteps['url']>[0] = '✗ a carousel card has button indexes 0–1 only, each once: all are used';
 * ```
 * @internal
 */
export interface FullTemplateCardSteps<Parts extends TemplateCardParts = TemplateCardPartsNone>
  extends TemplateCardPart,
    TemplateCardStaged {
  /** @internal */
  readonly [nextCardHeader]: FullTemplateCard<Parts[typeof cardWithHeader]>;
  /** @internal */
  readonly [nextCardBody]: FullTemplateCard<Parts[typeof cardWithBody]>;
  /** @deprecated Refused: the card already has a button at every index it has (the parameter's type is the rule). */
  readonly button: RefusedCall<CardButtonsFull>;
  /** @deprecated Refused: the card already has a button at every index it has (the parameter's type is the rule). */
  readonly quickReply: RefusedCall<CardButtonsFull>;
  /** @deprecated Refused: the card already has a button at every index it has (the parameter's type is the rule). */
  readonly url: RefusedCall<CardButtonsFull>;
  /** @deprecated Refused: the card already has a button at every index it has (the parameter's type is the rule). */
  readonly copyCode: RefusedCall<CardButtonsFull>;
}
