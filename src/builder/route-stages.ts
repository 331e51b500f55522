// The stages of the chain after its first channel step, one interface per first channel (and per recipient reached
// over one channel only). Completion marks a member deprecated per declaration, so each stage redeclares as deprecated
// what its first channel refuses: the content steps the channel cannot carry, and the channel itself (each channel
// appears once). Their types stay the rules of RouteStep (message-rules.ts), so calling one reports the rule on the
// step. The channel steps are redeclared, without documentation (editors show RouteStep's), to return the same stage.
// `.sms()` returns the stage's SMS variant, which strikes `.sms()` through too. Another channel repeated later in the
// chain (`.whatsapp().viber().viber()`) stays unmarked: every set of channels used would need its own declarations
// (docs/decisions.md).
import type { Channel } from '../channels.js';
import type { Refused, RefusedCall } from '../types/refusal.js';
import type { SmsSettings } from '../wire/index.js';
import type { ChannelAllowed, ChannelOnce, ContentAllowed, StepOrRefusal } from './message-rules.js';
import type { RouteOptions, RouteStep } from './message-steps.js';

/**
 * The stage after each first channel; a channel step of {@link RouteStep} indexes it.
 *
 * @example
 * ```ts
 * import type { RcsFirstRoute, RouteStages } from '8x8-chatapps';
 *
 * const same: RouteStages<'RCS' | 'SMS'>['RCS'] extends RcsFirstRoute<'RCS' | 'SMS'> ? true : false = true;
 * ```
 * @internal
 */
export interface RouteStages<Used extends Channel> {
  SMS: SmsFirstRoute<Used>;
  WhatsApp: WhatsAppFirstRoute<Used>;
  Facebook: FacebookFirstRoute<Used>;
  RCS: RcsFirstRoute<Used>;
  Viber: ViberFirstRoute<Used>;
  Line: LineFirstRoute<Used>;
  WeChat: WeChatFirstRoute<Used>;
  Zalo: ZaloFirstRoute<Used>;
  Instagram: InstagramFirstRoute<Used>;
}

/**
 * A message to a phone number before any step: add channels in fallback order, or go straight to the content (8x8
 * routes it, see {@link RouteStep}). Each channel step returns the stage of that first channel.
 *
 * @example
 * ```ts
 * import { Message, type PhoneStep } from '8x8-chatapps';
 *
 * const start: PhoneStep = Message.to('+6591234567');
 * start.whatsapp().sms().text('Your order has shipped');
 * ```
 */
export interface PhoneStep extends RouteStep<'phone', 'auto', never> {
  readonly sms: (options?: RouteOptions & SmsSettings) => SmsFirstRoute<'SMS'>;
  readonly whatsapp: (options?: RouteOptions) => WhatsAppFirstRoute<'WhatsApp'>;
  readonly facebook: (options?: RouteOptions) => FacebookFirstRoute<'Facebook'>;
  readonly rcs: (options?: RouteOptions) => RcsFirstRoute<'RCS'>;
  readonly viber: (options?: RouteOptions) => ViberFirstRoute<'Viber'>;
  readonly line: (options?: RouteOptions) => LineFirstRoute<'Line'>;
  readonly wechat: (options?: RouteOptions) => WeChatFirstRoute<'WeChat'>;
  readonly zalo: (options?: RouteOptions) => ZaloFirstRoute<'Zalo'>;
  readonly instagram: (options?: RouteOptions) => InstagramFirstRoute<'Instagram'>;
}

/**
 * The stage after the one channel of a recipient reached over one channel only.
 *
 * @example
 * ```ts
 * import { Message, type OneChannelRoutes } from '8x8-chatapps';
 *
 * const route: OneChannelRoutes['lineUser'] = Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line();
 * ```
 * @internal
 */
export interface OneChannelRoutes {
  lineUser: LineUserRoute;
  channelUser: ChannelUserRoute;
}

/**
 * The channel and content steps once SMS is the first channel: `.image`, `.video`, `.audio`, `.file`, `.location`, `.richMedia`, `.interactive`, `.template`, `.richCard` and `.carousel`, which SMS cannot
 * carry, and `.sms()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type SmsFirstRoute } from '8x8-chatapps';
 *
 * const route: SmsFirstRoute<'SMS'> = Message.to('+6591234567').sms();
 * route.text('Your code is 482910');
 * ```
 * @internal
 */
export interface SmsFirstRoute<Used extends Channel> extends RouteStep<'phone', 'SMS', Used> {
  /** @deprecated Refused: SMS is already in the chain (the first channel); each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => SmsFirstRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => SmsFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: SMS, the first channel, cannot carry images. */
  readonly image: RefusedCall<ContentAllowed<'SMS', 'image'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry videos. */
  readonly video: RefusedCall<ContentAllowed<'SMS', 'video'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry audio messages. */
  readonly audio: RefusedCall<ContentAllowed<'SMS', 'audio'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry files. */
  readonly file: RefusedCall<ContentAllowed<'SMS', 'file'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'SMS', 'location'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'SMS', 'buttons'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'SMS', 'interactive'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'SMS', 'template'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'SMS', 'richCard'>>;
  /** @deprecated Refused: SMS, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'SMS', 'carousel'>>;
}

/**
 * The channel and content steps once WhatsApp is the first channel: `.richMedia`, `.richCard` and `.carousel`, which WhatsApp cannot
 * carry, and `.whatsapp()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type WhatsAppFirstRoute } from '8x8-chatapps';
 *
 * const route: WhatsAppFirstRoute<'WhatsApp'> = Message.to('+6591234567').whatsapp();
 * route.template('order_update', 'en_US').body('A-1234');
 * ```
 * @internal
 */
export interface WhatsAppFirstRoute<Used extends Channel> extends RouteStep<'phone', 'WhatsApp', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => WhatsAppSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  /** @deprecated Refused: WhatsApp is already in the chain (the first channel); each channel appears once. */
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => WhatsAppFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'WhatsApp', 'buttons'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'WhatsApp', 'richCard'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'WhatsApp', 'carousel'>>;
}

/**
 * The chain once WhatsApp is the first channel and SMS follows it: as {@link WhatsAppFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type WhatsAppSmsRoute } from '8x8-chatapps';
 *
 * const route: WhatsAppSmsRoute<'WhatsApp' | 'SMS'> = Message.to('+6591234567').whatsapp().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface WhatsAppSmsRoute<Used extends Channel> extends WhatsAppFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => WhatsAppSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => WhatsAppSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once Facebook is the first channel: `.location`, `.richMedia`, `.interactive`, `.template`, `.richCard` and `.carousel`, which Facebook cannot
 * carry, and `.facebook()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type FacebookFirstRoute } from '8x8-chatapps';
 *
 * const route: FacebookFirstRoute<'Facebook'> = Message.to('+6591234567').facebook();
 * route.image('https://www.example.com/a.jpg');
 * ```
 * @internal
 */
export interface FacebookFirstRoute<Used extends Channel> extends RouteStep<'phone', 'Facebook', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => FacebookSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  /** @deprecated Refused: Facebook is already in the chain (the first channel); each channel appears once. */
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => FacebookFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: Facebook, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'Facebook', 'location'>>;
  /** @deprecated Refused: Facebook, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Facebook', 'buttons'>>;
  /** @deprecated Refused: Facebook, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Facebook', 'interactive'>>;
  /** @deprecated Refused: Facebook, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'Facebook', 'template'>>;
  /** @deprecated Refused: Facebook, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Facebook', 'richCard'>>;
  /** @deprecated Refused: Facebook, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Facebook', 'carousel'>>;
}

/**
 * The chain once Facebook is the first channel and SMS follows it: as {@link FacebookFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type FacebookSmsRoute } from '8x8-chatapps';
 *
 * const route: FacebookSmsRoute<'Facebook' | 'SMS'> = Message.to('+6591234567').facebook().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface FacebookSmsRoute<Used extends Channel> extends FacebookFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => FacebookSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => FacebookSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once RCS is the first channel: `.richMedia`, `.interactive` and `.template`, which RCS cannot
 * carry, and `.rcs()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type RcsFirstRoute } from '8x8-chatapps';
 *
 * const route: RcsFirstRoute<'RCS'> = Message.to('+10000000000').rcs();
 * route.text('See you tomorrow');
 * ```
 * @internal
 */
export interface RcsFirstRoute<Used extends Channel> extends RouteStep<'phone', 'RCS', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => RcsSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  /** @deprecated Refused: RCS is already in the chain (the first channel); each channel appears once. */
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => RcsFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: RCS, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'RCS', 'buttons'>>;
  /** @deprecated Refused: RCS, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'RCS', 'interactive'>>;
  /** @deprecated Refused: RCS, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'RCS', 'template'>>;
}

/**
 * The chain once RCS is the first channel and SMS follows it: as {@link RcsFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type RcsSmsRoute } from '8x8-chatapps';
 *
 * const route: RcsSmsRoute<'RCS' | 'SMS'> = Message.to('+10000000000').rcs().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface RcsSmsRoute<Used extends Channel> extends RcsFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => RcsSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => RcsSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once Viber is the first channel: `.audio`, `.location`, `.interactive`, `.richCard` and `.carousel`, which Viber cannot
 * carry, and `.viber()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type ViberFirstRoute } from '8x8-chatapps';
 *
 * const route: ViberFirstRoute<'Viber'> = Message.to('+380501234567').viber();
 * route.text('New arrivals are in store');
 * ```
 * @internal
 */
export interface ViberFirstRoute<Used extends Channel> extends RouteStep<'phone', 'Viber', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => ViberSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  /** @deprecated Refused: Viber is already in the chain (the first channel); each channel appears once. */
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => ViberFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: Viber, the first channel, cannot carry audio messages. */
  readonly audio: RefusedCall<ContentAllowed<'Viber', 'audio'>>;
  /** @deprecated Refused: Viber, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'Viber', 'location'>>;
  /** @deprecated Refused: Viber, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Viber', 'interactive'>>;
  /** @deprecated Refused: Viber, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Viber', 'richCard'>>;
  /** @deprecated Refused: Viber, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Viber', 'carousel'>>;
}

/**
 * The chain once Viber is the first channel and SMS follows it: as {@link ViberFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type ViberSmsRoute } from '8x8-chatapps';
 *
 * const route: ViberSmsRoute<'Viber' | 'SMS'> = Message.to('+380501234567').viber().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface ViberSmsRoute<Used extends Channel> extends ViberFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => ViberSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => ViberSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once LINE is the first channel: `.file`, `.richMedia`, `.interactive`, `.template`, `.richCard` and `.carousel`, which LINE cannot
 * carry, and `.line()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type LineFirstRoute } from '8x8-chatapps';
 *
 * const route: LineFirstRoute<'Line'> = Message.to('+66812345678').line();
 * route.text('Your parcel is ready');
 * ```
 * @internal
 */
export interface LineFirstRoute<Used extends Channel> extends RouteStep<'phone', 'Line', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => LineSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  /** @deprecated Refused: LINE is already in the chain (the first channel); each channel appears once. */
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => LineFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: LINE, the first channel, cannot carry files. */
  readonly file: RefusedCall<ContentAllowed<'Line', 'file'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Line', 'buttons'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Line', 'interactive'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'Line', 'template'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Line', 'richCard'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Line', 'carousel'>>;
}

/**
 * The chain once LINE is the first channel and SMS follows it: as {@link LineFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type LineSmsRoute } from '8x8-chatapps';
 *
 * const route: LineSmsRoute<'Line' | 'SMS'> = Message.to('+66812345678').line().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface LineSmsRoute<Used extends Channel> extends LineFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => LineSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => LineSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once WeChat is the first channel: `.location`, `.richMedia`, `.interactive`, `.template`, `.richCard` and `.carousel`, which WeChat cannot
 * carry, and `.wechat()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type WeChatFirstRoute } from '8x8-chatapps';
 *
 * const route: WeChatFirstRoute<'WeChat'> = Message.to('+8613812345678').wechat();
 * route.text('Your booking is confirmed');
 * ```
 * @internal
 */
export interface WeChatFirstRoute<Used extends Channel> extends RouteStep<'phone', 'WeChat', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => WeChatSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  /** @deprecated Refused: WeChat is already in the chain (the first channel); each channel appears once. */
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => WeChatFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: WeChat, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'WeChat', 'location'>>;
  /** @deprecated Refused: WeChat, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'WeChat', 'buttons'>>;
  /** @deprecated Refused: WeChat, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'WeChat', 'interactive'>>;
  /** @deprecated Refused: WeChat, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'WeChat', 'template'>>;
  /** @deprecated Refused: WeChat, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'WeChat', 'richCard'>>;
  /** @deprecated Refused: WeChat, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'WeChat', 'carousel'>>;
}

/**
 * The chain once WeChat is the first channel and SMS follows it: as {@link WeChatFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type WeChatSmsRoute } from '8x8-chatapps';
 *
 * const route: WeChatSmsRoute<'WeChat' | 'SMS'> = Message.to('+8613812345678').wechat().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface WeChatSmsRoute<Used extends Channel> extends WeChatFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => WeChatSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => WeChatSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once Zalo is the first channel: `.video`, `.audio`, `.file`, `.location`, `.richMedia`, `.interactive`, `.richCard` and `.carousel`, which Zalo cannot
 * carry, and `.zalo()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type ZaloFirstRoute } from '8x8-chatapps';
 *
 * const route: ZaloFirstRoute<'Zalo'> = Message.to('+84912345678').zalo();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface ZaloFirstRoute<Used extends Channel> extends RouteStep<'phone', 'Zalo', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => ZaloSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  /** @deprecated Refused: Zalo is already in the chain (the first channel); each channel appears once. */
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => ZaloFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: Zalo, the first channel, cannot carry videos. */
  readonly video: RefusedCall<ContentAllowed<'Zalo', 'video'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry audio messages. */
  readonly audio: RefusedCall<ContentAllowed<'Zalo', 'audio'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry files. */
  readonly file: RefusedCall<ContentAllowed<'Zalo', 'file'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'Zalo', 'location'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Zalo', 'buttons'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Zalo', 'interactive'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Zalo', 'richCard'>>;
  /** @deprecated Refused: Zalo, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Zalo', 'carousel'>>;
}

/**
 * The chain once Zalo is the first channel and SMS follows it: as {@link ZaloFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type ZaloSmsRoute } from '8x8-chatapps';
 *
 * const route: ZaloSmsRoute<'Zalo' | 'SMS'> = Message.to('+84912345678').zalo().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface ZaloSmsRoute<Used extends Channel> extends ZaloFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => ZaloSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => ZaloSmsRoute<Used | 'Instagram'>,
    'no arguments'
  >;
}

/**
 * The channel and content steps once Instagram is the first channel: `.location`, `.richMedia`, `.interactive`, `.template`, `.richCard` and `.carousel`, which Instagram cannot
 * carry, and `.instagram()` are refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type InstagramFirstRoute } from '8x8-chatapps';
 *
 * const route: InstagramFirstRoute<'Instagram'> = Message.to('+6591234567').instagram();
 * route.text('Thanks for following us');
 * ```
 * @internal
 */
export interface InstagramFirstRoute<Used extends Channel> extends RouteStep<'phone', 'Instagram', Used> {
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => InstagramSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'Zalo'>,
    'no arguments'
  >;
  /** @deprecated Refused: Instagram is already in the chain (the first channel); each channel appears once. */
  readonly instagram: StepOrRefusal<
    ChannelOnce<'Instagram', Used>,
    (options?: RouteOptions) => InstagramFirstRoute<Used | 'Instagram'>,
    'no arguments'
  >;
  /** @deprecated Refused: Instagram, the first channel, cannot carry locations. */
  readonly location: RefusedCall<ContentAllowed<'Instagram', 'location'>>;
  /** @deprecated Refused: Instagram, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Instagram', 'buttons'>>;
  /** @deprecated Refused: Instagram, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Instagram', 'interactive'>>;
  /** @deprecated Refused: Instagram, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'Instagram', 'template'>>;
  /** @deprecated Refused: Instagram, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Instagram', 'richCard'>>;
  /** @deprecated Refused: Instagram, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Instagram', 'carousel'>>;
}

/**
 * The chain once Instagram is the first channel and SMS follows it: as {@link InstagramFirstRoute}, with `.sms()` struck
 * through too.
 *
 * @example
 * ```ts
 * import { Message, type InstagramSmsRoute } from '8x8-chatapps';
 *
 * const route: InstagramSmsRoute<'Instagram' | 'SMS'> = Message.to('+6591234567').instagram().sms();
 * route.text('Your order has shipped');
 * ```
 * @internal
 */
export interface InstagramSmsRoute<Used extends Channel> extends InstagramFirstRoute<Used> {
  /** @deprecated Refused: SMS is already in the chain; each channel appears once. */
  readonly sms: StepOrRefusal<
    ChannelOnce<'SMS', Used>,
    (options?: RouteOptions & SmsSettings) => InstagramSmsRoute<Used | 'SMS'>,
    'no arguments'
  >;
  readonly whatsapp: StepOrRefusal<
    ChannelOnce<'WhatsApp', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'WhatsApp'>,
    'no arguments'
  >;
  readonly facebook: StepOrRefusal<
    ChannelOnce<'Facebook', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'Facebook'>,
    'no arguments'
  >;
  readonly rcs: StepOrRefusal<
    ChannelOnce<'RCS', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'RCS'>,
    'no arguments'
  >;
  readonly viber: StepOrRefusal<
    ChannelOnce<'Viber', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'Viber'>,
    'no arguments'
  >;
  readonly line: StepOrRefusal<
    ChannelOnce<'Line', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'Line'>,
    'no arguments'
  >;
  readonly wechat: StepOrRefusal<
    ChannelOnce<'WeChat', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'WeChat'>,
    'no arguments'
  >;
  readonly zalo: StepOrRefusal<
    ChannelOnce<'Zalo', Used>,
    (options?: RouteOptions) => InstagramSmsRoute<Used | 'Zalo'>,
    'no arguments'
  >;
}

/**
 * The recipient of a LINE message: only LINE reaches a LINE user id. Name it with `.line()` (the request then carries
 * `channels: [{ channel: 'Line' }]`), or go straight to the content: 8x8 routes the message on the sub-account's
 * channels and the request has no `channels` key. Either way the content is checked against LINE, and no other
 * channel can be added (the other channels and the content LINE cannot carry are struck through in completion).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line().text('Your coupon is ready');
 * Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').text('Your coupon is ready'); // no channels key
 * ```
 */
export interface LineUserStep extends RouteStep<'lineUser', 'Line', never> {
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly sms: Refused<ChannelAllowed<'lineUser', 'SMS', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly whatsapp: Refused<ChannelAllowed<'lineUser', 'WhatsApp', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly facebook: Refused<ChannelAllowed<'lineUser', 'Facebook', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly rcs: Refused<ChannelAllowed<'lineUser', 'RCS', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly viber: Refused<ChannelAllowed<'lineUser', 'Viber', never>>;
  readonly line: (options?: RouteOptions) => LineUserRoute;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly wechat: Refused<ChannelAllowed<'lineUser', 'WeChat', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly zalo: Refused<ChannelAllowed<'lineUser', 'Zalo', never>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly instagram: Refused<ChannelAllowed<'lineUser', 'Instagram', never>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry files. */
  readonly file: RefusedCall<ContentAllowed<'Line', 'file'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Line', 'buttons'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Line', 'interactive'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'Line', 'template'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Line', 'richCard'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Line', 'carousel'>>;
}

/**
 * A LINE user's chain after `.line()`: every channel step is refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type LineUserRoute } from '8x8-chatapps';
 *
 * const route: LineUserRoute = Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line();
 * route.text('Your coupon is ready');
 * ```
 * @internal
 */
export interface LineUserRoute extends RouteStep<'lineUser', 'Line', 'Line'> {
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly sms: Refused<ChannelAllowed<'lineUser', 'SMS', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly whatsapp: Refused<ChannelAllowed<'lineUser', 'WhatsApp', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly facebook: Refused<ChannelAllowed<'lineUser', 'Facebook', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly rcs: Refused<ChannelAllowed<'lineUser', 'RCS', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly viber: Refused<ChannelAllowed<'lineUser', 'Viber', 'Line'>>;
  /** @deprecated Refused: LINE is already in the chain; each channel appears once. */
  readonly line: Refused<ChannelAllowed<'lineUser', 'Line', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly wechat: Refused<ChannelAllowed<'lineUser', 'WeChat', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly zalo: Refused<ChannelAllowed<'lineUser', 'Zalo', 'Line'>>;
  /** @deprecated Refused: this recipient is reached over LINE only. */
  readonly instagram: Refused<ChannelAllowed<'lineUser', 'Instagram', 'Line'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry files. */
  readonly file: RefusedCall<ContentAllowed<'Line', 'file'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'Line', 'buttons'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry interactive messages. */
  readonly interactive: RefusedCall<ContentAllowed<'Line', 'interactive'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry templates. */
  readonly template: RefusedCall<ContentAllowed<'Line', 'template'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'Line', 'richCard'>>;
  /** @deprecated Refused: LINE, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'Line', 'carousel'>>;
}

/**
 * The recipient of a message addressed by WhatsApp business-scoped user id: only WhatsApp reaches it. Name it with
 * `.whatsapp()`, or go straight to the content (no `channels` key: 8x8 routes it); the content is checked against
 * WhatsApp either way, and no other channel can be added (the other channels and the content WhatsApp cannot carry
 * are struck through in completion).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * Message.toChannelUser('US.13491208655302741918').whatsapp().text('Hello from Acme support.');
 * Message.toChannelUser('US.13491208655302741918').text('Hello from Acme support.'); // no channels key
 * ```
 */
export interface ChannelUserStep extends RouteStep<'channelUser', 'WhatsApp', never> {
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly sms: Refused<ChannelAllowed<'channelUser', 'SMS', never>>;
  readonly whatsapp: (options?: RouteOptions) => ChannelUserRoute;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly facebook: Refused<ChannelAllowed<'channelUser', 'Facebook', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly rcs: Refused<ChannelAllowed<'channelUser', 'RCS', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly viber: Refused<ChannelAllowed<'channelUser', 'Viber', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly line: Refused<ChannelAllowed<'channelUser', 'Line', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly wechat: Refused<ChannelAllowed<'channelUser', 'WeChat', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly zalo: Refused<ChannelAllowed<'channelUser', 'Zalo', never>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly instagram: Refused<ChannelAllowed<'channelUser', 'Instagram', never>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'WhatsApp', 'buttons'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'WhatsApp', 'richCard'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'WhatsApp', 'carousel'>>;
}

/**
 * A WhatsApp channel user's chain after `.whatsapp()`: every channel step is refused and struck through in completion.
 *
 * @example
 * ```ts
 * import { Message, type ChannelUserRoute } from '8x8-chatapps';
 *
 * const route: ChannelUserRoute = Message.toChannelUser('US.13491208655302741918').whatsapp();
 * route.text('Hello from Acme support.');
 * ```
 * @internal
 */
export interface ChannelUserRoute extends RouteStep<'channelUser', 'WhatsApp', 'WhatsApp'> {
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly sms: Refused<ChannelAllowed<'channelUser', 'SMS', 'WhatsApp'>>;
  /** @deprecated Refused: WhatsApp is already in the chain; each channel appears once. */
  readonly whatsapp: Refused<ChannelAllowed<'channelUser', 'WhatsApp', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly facebook: Refused<ChannelAllowed<'channelUser', 'Facebook', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly rcs: Refused<ChannelAllowed<'channelUser', 'RCS', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly viber: Refused<ChannelAllowed<'channelUser', 'Viber', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly line: Refused<ChannelAllowed<'channelUser', 'Line', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly wechat: Refused<ChannelAllowed<'channelUser', 'WeChat', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly zalo: Refused<ChannelAllowed<'channelUser', 'Zalo', 'WhatsApp'>>;
  /** @deprecated Refused: this recipient is reached over WhatsApp only. */
  readonly instagram: Refused<ChannelAllowed<'channelUser', 'Instagram', 'WhatsApp'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry Viber rich media. */
  readonly richMedia: RefusedCall<ContentAllowed<'WhatsApp', 'buttons'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry rich cards. */
  readonly richCard: RefusedCall<ContentAllowed<'WhatsApp', 'richCard'>>;
  /** @deprecated Refused: WhatsApp, the first channel, cannot carry carousels. */
  readonly carousel: RefusedCall<ContentAllowed<'WhatsApp', 'carousel'>>;
}
