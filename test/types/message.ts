// Type tests of the message chain: for every rule a chain that compiles and one that must not (`@ts-expect-error`,
// which fails the run if the line compiles). Checked by `tsc` (7) and `tsc6`; nothing here runs.

import type {
  CarouselPart,
  ChannelUserRoute,
  DueNotDirect,
  FirstRoutes,
  InteractivePart,
  LaterStage,
  LaterStageSms,
  LineUserStep,
  MessageBuilder,
  PhoneStep,
  RcsFirstRoute,
  RcsLaterRoute,
  RcsLongRoute,
  RcsSmsRoute,
  ReadyNotDirect,
  ReadyStep,
  RichCardPart,
  RouteStep,
  SmsRoutes,
  SuggestionPart,
  TemplateNoReply,
  TemplateNoReplyFallbackTextDue,
  TemplateStep,
} from '../../src/builder/index.js';
import { Message, RichCard } from '../../src/builder/index.js';
import type { TemplateButtonIndex } from '../../src/builder/message-rules.js';
import type { Channel } from '../../src/channels.js';
import type { Client } from '../../src/client/index.js';
import type { Refused } from '../../src/types/refusal.js';
import type { MessageRequest } from '../../src/wire/index.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<_T extends true>(): void {}

declare const card: RichCardPart;
declare const carousel: CarouselPart;
declare const buttons: InteractivePart<true>;
declare const list: InteractivePart<false>;
declare const reply: SuggestionPart;
const phone = Message.to('+6591234567');
const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';

// ── Channels: fallback order, each once ──────────────────────────────────────────────────────────────────────────
expectType<Equal<typeof phone, PhoneStep>>();
expectType<Equal<typeof phone, RouteStep<'phone', 'auto', never>>>();
// Each first channel has its stage (route-stages.ts), the same steps as RouteStep's with that first channel.
expectType<Equal<ReturnType<typeof phone.rcs>, RcsFirstRoute>>();
expectType<Equal<ReturnType<typeof phone.rcs>, RouteStep<'phone', 'RCS', 'RCS'>>>();
expectType<Equal<ReturnType<ReturnType<typeof phone.rcs>['sms']>, RcsSmsRoute>>();
expectType<Equal<RcsSmsRoute, RouteStep<'phone', 'RCS', 'RCS' | 'SMS'>>>();
// `.text(…)` is written out on the generated stages (route-stages.ts, so that no rule is resolved for it): the same
// step as RouteStep's, for every first channel, with SMS after it, on a later stage and before any channel.
type SameText = {
  [C in Channel]:
    | Equal<FirstRoutes[C]['text'], RouteStep<'phone', C, C>['text']>
    | Equal<SmsRoutes[C]['text'], RouteStep<'phone', C, C | 'SMS'>['text']>;
};
expectType<SameText[Channel]>();
expectType<
  Equal<LaterStage<'Zalo', 'Line+Zalo'>['text'], RouteStep<'phone', 'Zalo', 'Zalo' | 'Line'>['text']>
>();
expectType<
  Equal<
    LaterStageSms<'RCS', 'SMS+RCS+Line'>['text'],
    RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Line'>['text']
  >
>();
expectType<Equal<PhoneStep['text'], RouteStep<'phone', 'auto', never>['text']>>();
expectType<Equal<LineUserStep['text'], RouteStep<'lineUser', 'Line', never>['text']>>();
expectType<Equal<ChannelUserRoute['text'], RouteStep<'channelUser', 'WhatsApp', 'WhatsApp'>['text']>>();
// Once another channel follows, the stage of that set of channels (the first channel's content steps and the set's
// channel steps, route-stages.ts): the same steps as RouteStep's with those channels, each way.
type Later = RcsLaterRoute<'RCS' | 'SMS' | 'Viber'>;
expectType<Equal<ReturnType<RcsSmsRoute['viber']>, Later>>();
expectType<Equal<Later, LaterStageSms<'RCS', 'SMS+RCS+Viber'>>>();
expectType<Equal<ReturnType<ReturnType<typeof phone.rcs>['viber']>, LaterStage<'RCS', 'RCS+Viber'>>>();
expectType<Later extends RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Viber'> ? true : false>();
expectType<RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Viber'> extends Later ? true : false>();
expectType<Equal<Later['whatsapp'], RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Viber'>['whatsapp']>>();
expectType<Equal<Later['viber'], RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Viber'>['viber']>>();
expectType<Equal<Later['template'], RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'Viber'>['template']>>();
// @ts-expect-error ✗ Viber is already in the chain (a later channel, struck through in completion)
phone.rcs().viber().sms().viber();
// @ts-expect-error ✗ SMS is already in the chain (struck through in completion once a later channel follows)
phone.whatsapp().sms().viber().sms();
// @ts-expect-error ✗ RCS is already in the chain (the first channel, struck through in completion)
phone.rcs().sms().rcs();
// @ts-expect-error ✗ RCS, the first channel, cannot carry templates (struck through in completion)
phone.rcs().whatsapp().template('welcome', 'en');
phone.rcs({ fallbackAfter: 60 }).sms().whatsapp().viber().line().facebook().wechat().zalo().instagram();
// Beyond the sets with a stage of their own (4 channels), the stage picks each channel step by whether it is used.
type Long = RcsLongRoute<'RCS' | 'SMS' | 'WhatsApp' | 'Viber' | 'Line'>;
expectType<Equal<ReturnType<RcsSmsRoute['whatsapp']>, LaterStageSms<'RCS', 'SMS+WhatsApp+RCS'>>>();
expectType<Equal<ReturnType<LaterStageSms<'RCS', 'SMS+WhatsApp+RCS+Viber'>['line']>, Long>>();
expectType<
  Long extends RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'WhatsApp' | 'Viber' | 'Line'> ? true : false
>();
expectType<
  RouteStep<'phone', 'RCS', 'RCS' | 'SMS' | 'WhatsApp' | 'Viber' | 'Line'> extends Long ? true : false
>();
// @ts-expect-error ✗ Viber is already in the chain (beyond the sets with a stage of their own)
phone.rcs().sms().whatsapp().viber().line().viber();
// @ts-expect-error ✗ RCS is already in the chain (the first channel, beyond the sets with a stage of their own)
phone.rcs().sms().whatsapp().viber().line().rcs();
// Every stage can be named in a declaration file, so a user's module may export one: the root tsconfig emits
// declarations, and \`npm run typecheck\` fails (TS4023) on a stage whose type names an unexported declaration.
export const laterStage = phone.rcs().viber();
export const laterStageSms = phone.whatsapp().sms().viber().line();
export const longStage = phone.whatsapp().sms().viber().line().zalo().wechat();
// @ts-expect-error ✗ WhatsApp is already in the chain
phone.whatsapp().sms().whatsapp();
// @ts-expect-error ✗ SMS is already in the chain
phone.sms().sms();
// @ts-expect-error successStatus is one of Accepted, Sent, Delivered, Read
phone.whatsapp({ successStatus: 'Seen' });

// ── successStatus: a status 8x8 reports on that channel (SMS and Zalo no Read, LINE neither Delivered nor Read) ────
phone
  .whatsapp({ successStatus: 'Read' })
  .viber({ successStatus: 'Read' })
  .rcs({ successStatus: 'Read' })
  .sms({ successStatus: 'Delivered', source: 'ACME' })
  .text('Hi');
phone
  .line({ successStatus: 'Sent' })
  .zalo({ successStatus: 'Delivered' })
  .sms({ successStatus: 'Accepted' })
  .text('Hi');
phone
  .facebook({ successStatus: 'Read' })
  .wechat({ successStatus: 'Read' })
  .instagram({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on Line must be a status Line reports: Accepted or Sent
phone.line({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on Line must be a status Line reports: Accepted or Sent
phone.line({ successStatus: 'Delivered' });
// @ts-expect-error ✗ successStatus on SMS must be a status SMS reports: Accepted, Sent or Delivered
phone.sms({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on SMS … (SMS after the first channel)
phone.whatsapp().sms({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on Zalo must be a status Zalo reports: Accepted, Sent or Delivered (a later stage)
phone.whatsapp().sms().zalo({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on Line … (a set of channels with a stage of its own)
phone.rcs().viber().line({ successStatus: 'Read' });
// @ts-expect-error ✗ successStatus on Line … (beyond the sets with a stage of their own)
phone.whatsapp().sms().viber().rcs().zalo().line({ successStatus: 'Delivered' });
// @ts-expect-error ✗ successStatus on SMS … (beyond the sets with a stage of their own)
phone.whatsapp().viber().rcs().zalo().line().sms({ successStatus: 'Read' });
// The last channel too (docs/decisions.md): 8x8 refuses the status whatever the channel's place.
// @ts-expect-error ✗ successStatus on SMS … (the last channel)
phone.whatsapp({ successStatus: 'Read' }).sms({ successStatus: 'Read' }).text('Hi');
Message.toLineUser('U1').line({ successStatus: 'Sent' }).text('Hi');
// @ts-expect-error ✗ successStatus on Line … (a LINE user's one channel)
Message.toLineUser('U1').line({ successStatus: 'Read' });
Message.toChannelUser('US.1').whatsapp({ successStatus: 'Read' }).text('Hi');
// Each channel step's successStatus, as 8x8's table of channels and statuses lists them (written out here, not read
// from src): on the first stage, on a later stage and beyond the sets with a stage of their own.
type StatusOf<Step> = Step extends (options?: infer O) => unknown
  ? O extends { successStatus?: infer S }
    ? Extract<S, string>
    : never
  : never;
type AllStatuses = 'Accepted' | 'Sent' | 'Delivered' | 'Read';
type Reported = {
  SMS: 'Accepted' | 'Sent' | 'Delivered';
  WhatsApp: AllStatuses;
  Facebook: AllStatuses;
  RCS: AllStatuses;
  Viber: AllStatuses;
  Line: 'Accepted' | 'Sent';
  WeChat: AllStatuses;
  Zalo: 'Accepted' | 'Sent' | 'Delivered';
  Instagram: AllStatuses;
};
type StepOf = {
  SMS: 'sms';
  WhatsApp: 'whatsapp';
  Facebook: 'facebook';
  RCS: 'rcs';
  Viber: 'viber';
  Line: 'line';
  WeChat: 'wechat';
  Zalo: 'zalo';
  Instagram: 'instagram';
};
type StatusesAgree = {
  [C in Channel]:
    | Equal<StatusOf<PhoneStep[StepOf[C]]>, Reported[C]>
    | Equal<StatusOf<RouteStep<'phone', 'auto', never>[StepOf[C]]>, Reported[C]>;
};
expectType<StatusesAgree[Channel]>();
type LaterAgree = {
  [C in Exclude<Channel, 'WhatsApp' | 'Viber'>]: Equal<
    StatusOf<LaterStage<'WhatsApp', 'WhatsApp+Viber'>[StepOf[C]]>,
    Reported[C]
  >;
};
expectType<LaterAgree[Exclude<Channel, 'WhatsApp' | 'Viber'>]>();
type LongWithout = RcsLongRoute<'RCS' | 'WhatsApp' | 'Viber' | 'Facebook' | 'WeChat'>;
type LongAgree = {
  [C in 'SMS' | 'Line' | 'Zalo' | 'Instagram']: Equal<StatusOf<LongWithout[StepOf[C]]>, Reported[C]>;
};
expectType<LongAgree['SMS' | 'Line' | 'Zalo' | 'Instagram']>();

// ── Recipients: a LINE user over LINE only, a channel user id over WhatsApp only ──────────────────────────────────
Message.toLineUser('U1').line().image('https://example.com/a.jpg');
// @ts-expect-error no other channel step than .line() for a LINE user
Message.toLineUser('U1').whatsapp();
// Without .line() 8x8 routes the message (no channels key); the content is still checked against LINE.
Message.toLineUser('U1').text('Hi').build();
Message.toLineUser('U1').image('https://example.com/a.jpg').build();
// @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry templates
Message.toLineUser('U1').template('welcome', 'en');
// The recipient's rule, not a first channel's: no other channel can start its chain.
expectType<
  Equal<
    Parameters<ReturnType<typeof Message.toLineUser>['template']>[0],
    '✗ this recipient is reached over Line only, which cannot carry templates'
  >
>();
expectType<
  Equal<
    Parameters<ReturnType<ReturnType<typeof Message.toChannelUser>['whatsapp']>['carousel']>[0],
    '✗ this recipient is reached over WhatsApp only, which cannot carry carousels'
  >
>();
// RouteStep written for such a recipient names the same rules, so the recipient's stages are assignable to it.
export const lineUserStep: RouteStep<'lineUser', 'Line', never> = Message.toLineUser('U1');
export const lineUserRoute: RouteStep<'lineUser', 'Line', 'Line'> = Message.toLineUser('U1').line();
export const channelUserStep: RouteStep<'channelUser', 'WhatsApp', never> = Message.toChannelUser('US.1');
expectType<
  Equal<
    Parameters<RouteStep<'lineUser', 'Line', never>['template']>[0],
    '✗ this recipient is reached over Line only, which cannot carry templates'
  >
>();
// @ts-expect-error ✗ this recipient is reached over Line only
Message.toLineUser('U1').sms();
// @ts-expect-error ✗ Line is already in the chain
Message.toLineUser('U1').line().line();
Message.toChannelUser('US.1').text('Hi').build();
Message.toChannelUser('US.1').template('welcome', 'en').body('Sam').build();
// @ts-expect-error ✗ this recipient is reached over WhatsApp only, which cannot carry rich cards
Message.toChannelUser('US.1').richCard(RichCard.vertical().media('https://example.com/a.jpg'));
// @ts-expect-error ✗ this recipient is reached over Line only
Message.toLineUser('U1').line().sms();
Message.toChannelUser('US.1').whatsapp().text('Hi');
// @ts-expect-error only .whatsapp() reaches a channel user id
Message.toChannelUser('US.1').sms();
// @ts-expect-error ✗ this recipient is reached over WhatsApp only
Message.toChannelUser('US.1').whatsapp().sms();
// After the content, a feature the recipient's one channel lacks reads the recipient's rule, with its channel step
// or without: no channel to start the chain with (issue 11). RouteStep written for the recipient names the same.
const lineText = Message.toLineUser('U1').text('Hi');
expectType<
  Equal<
    Parameters<typeof lineText.replyTo>[0],
    '✗ replies (.replyTo) only go over WhatsApp, and this recipient is reached over Line only'
  >
>();
const lineImage = Message.toLineUser('U1').line().image('https://example.com/a.jpg');
expectType<
  Equal<
    Parameters<typeof lineImage.suggestions>[0],
    '✗ message suggestions only go over RCS, and this recipient is reached over Line only'
  >
>();
expectType<
  Equal<
    Parameters<ReturnType<RouteStep<'lineUser', 'Line', 'Line'>['location']>['replyTo']>[0],
    '✗ replies (.replyTo) only go over WhatsApp, and this recipient is reached over Line only'
  >
>();
const bsuidTemplate = Message.toChannelUser('US.1').template('welcome', 'en').body('Sam');
expectType<
  Equal<
    Parameters<typeof bsuidTemplate.suggestions>[0],
    '✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only'
  >
>();
// @ts-expect-error ✗ replies (.replyTo) only go over WhatsApp, and this recipient is reached over Line only
lineText.replyTo(umid);
// @ts-expect-error ✗ Direct Send messages only go over WhatsApp, and this recipient is reached over Line only
lineText.directSend();
// @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over Line only
lineImage.suggestions(reply);
// LINE has no Direct Send at all: the recipient's rule comes before Direct Send's content rule (which an image breaks),
// with its channel step or without, after any content LINE carries.
/** The rule a refused step with no arguments (`Refused<'✗ …'>`) is typed as. */
type RuleOf<Step> = Step extends Refused<infer Rule> ? Rule : never;
type LineDirectSend =
  '✗ Direct Send messages only go over WhatsApp, and this recipient is reached over Line only';
expectType<Equal<RuleOf<typeof lineImage.directSend>, LineDirectSend>>();
expectType<
  Equal<
    RuleOf<ReturnType<ReturnType<LineUserStep['video']>['clientMessageId']>['directSend']>,
    LineDirectSend
  >
>();
expectType<Equal<RuleOf<ReturnType<LineUserStep['audio']>['directSend']>, LineDirectSend>>();
expectType<
  Equal<RuleOf<ReturnType<RouteStep<'lineUser', 'Line', 'Line'>['location']>['directSend']>, LineDirectSend>
>();
// @ts-expect-error ✗ Direct Send messages only go over WhatsApp, and this recipient is reached over Line only
lineImage.directSend();
// @ts-expect-error ✗ Direct Send messages only go over WhatsApp, and this recipient is reached over Line only
Message.toLineUser('U1').image('https://example.com/a.jpg').expiry('2026-12-01T12:00:00Z').directSend();
// A WhatsApp channel user's channel has Direct Send: there, an image breaks Direct Send's content rule.
expectType<
  Equal<
    RuleOf<ReturnType<ChannelUserRoute['image']>['directSend']>,
    '✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only'
  >
>();
// @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only
Message.toChannelUser('US.1').whatsapp().image('https://example.com/a.jpg').suggestions(reply);
Message.toChannelUser('US.1').text('Hi').replyTo(umid).directSend().build();
Message.toChannelUser('US.1').whatsapp().template('welcome', 'en').body('Sam').replyTo(umid).build();

// ── Content must suit the first channel (CarriedBy<First>) ───────────────────────────────────────────────────────
phone.rcs().whatsapp().richCard(card);
phone.rcs().sms().carousel(carousel).fallbackText('See our plans');
// @ts-expect-error ✗ WhatsApp, the first channel, cannot carry carousels
phone.whatsapp().rcs().carousel(carousel);
// @ts-expect-error ✗ WhatsApp, the first channel, cannot carry rich cards
phone.whatsapp().richCard(card);
phone.whatsapp().interactive(list);
// @ts-expect-error ✗ RCS, the first channel, cannot carry interactive messages
phone.rcs().whatsapp().interactive(list);
phone.whatsapp().template('t', 'en');
phone.viber().template('t', 'en');
phone.zalo().template('t', 'en');
// @ts-expect-error ✗ RCS, the first channel, cannot carry templates
phone.rcs().template('t', 'en');
phone.viber().richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } });
// @ts-expect-error ✗ WhatsApp, the first channel, cannot carry Viber rich media messages
phone.whatsapp().richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } });
phone.line().location({ latitude: 1, longitude: 2 });
// @ts-expect-error ✗ Viber, the first channel, cannot carry locations
phone.viber().location({ latitude: 1, longitude: 2 });
// @ts-expect-error ✗ Zalo, the first channel, cannot carry videos
phone.zalo().video('https://example.com/a.mp4');

// ── SMS carries text only ────────────────────────────────────────────────────────────────────────────────────────
phone.sms().text('Your code is 482910');
// @ts-expect-error ✗ SMS, the first channel, cannot carry images
phone.sms().image('https://example.com/a.jpg');
// @ts-expect-error ✗ SMS, the first channel, cannot carry files
phone.sms().whatsapp().file('https://example.com/a.pdf');

// ── Without a channel step 8x8 routes (the sub-account's fallback order): any content some channel carries ─────────
phone.text('Hi');
phone.image('https://example.com/a.jpg');
phone.video('https://example.com/a.mp4');
phone.audio('https://example.com/a.m4a');
phone.file('https://example.com/a.pdf');
phone.location({ latitude: 1, longitude: 2 });
phone.template('t', 'en').body('x').build();
phone.carousel(carousel).build();
phone.richCard(card).build();
phone.interactive(list).build();
phone.richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } }).build();
expectType<Equal<ReturnType<typeof phone.richCard>, ReadyStep<'auto:richCard', false, false>>>();
// Features must suit some channel that carries the content.
phone.template('t', 'en').replyTo(umid);
phone.interactive(buttons).directSend();
phone.carousel(carousel).suggestions(reply);
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), which cannot carry carousels
phone.carousel(carousel).replyTo(umid);
// @ts-expect-error ✗ message suggestions only go over .rcs(), which cannot carry templates
phone.template('t', 'en').suggestions(reply);
// @ts-expect-error ✗ message suggestions only go over .rcs(), which cannot carry interactive messages
phone.interactive(list).suggestions(reply);
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), which cannot carry Viber rich media messages
phone.richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } }).replyTo(umid);

// ── SMS later in the chain with non-text content: .fallbackText() before .build() ─────────────────────────────────
phone.whatsapp().sms().text('Hi').build();
phone.whatsapp().sms().image('https://example.com/a.jpg').fallbackText('See https://example.com/a').build();
phone.whatsapp().sms().template('t', 'en').body('x').fallbackText('x').build();
phone.whatsapp().image('https://example.com/a.jpg').build();
// @ts-expect-error ✗ SMS is a fallback channel and carries text only: add .fallbackText(…) before .build()
phone.whatsapp().sms().image('https://example.com/a.jpg').build();
// @ts-expect-error ✗ … add .fallbackText(…) before .build() (templates too)
phone.whatsapp().sms().template('t', 'en').body('x').build();
// @ts-expect-error ✗ … add .fallbackText(…) before .build() (interactive too)
phone.whatsapp().sms().interactive(list).clientMessageId('x').build();
// @ts-expect-error ✗ … and not even JSON.stringify's toJSON
phone.rcs().sms().richCard(card).toJSON();
// Wherever SMS sits after the first channel, and whatever follows the content (test/builder/chain-agreement.test.ts
// checks every first channel × later channels × content against build()):
phone
  .viber()
  .line()
  .sms()
  .richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } })
  // @ts-expect-error ✗ … SMS after two channels (a set's stage)
  .build();
// @ts-expect-error ✗ … SMS in the middle of five channels (past the sets' stages)
phone.rcs().whatsapp().sms().viber().line().location({ latitude: 1.28, longitude: 103.86 }).build();
// @ts-expect-error ✗ … SMS last of six channels
phone.whatsapp().viber().rcs().line().zalo().sms().video('https://example.com/a.mp4').build();
phone
  .zalo()
  .sms()
  .whatsapp()
  .image('https://example.com/a.jpg')
  .replyTo(umid)
  .dlrCallbackUrl('https://example.com/d')
  // @ts-expect-error ✗ … after a reply context and delivery options
  .build();
// @ts-expect-error ✗ … after Direct Send
phone.whatsapp().sms().interactive(buttons).directSend().build();
// @ts-expect-error ✗ … after message suggestions
phone.rcs().sms().carousel(carousel).suggestions(reply).build();
phone
  .whatsapp()
  .sms()
  .template('t', 'en')
  .card((c) => c.body('x'))
  // @ts-expect-error ✗ … a template carousel
  .build();
phone
  .rcs()
  .whatsapp()
  .sms()
  .viber()
  .line()
  .location({ latitude: 1.28, longitude: 103.86 })
  .fallbackText('x')
  .build();
phone.whatsapp().sms().interactive(buttons).directSend().fallbackText('x').build();
phone.rcs().sms().carousel(carousel).suggestions(reply).fallbackText('See our plans').build();
// SMS first carries text only, and nothing is due for text wherever SMS sits.
phone.sms().whatsapp().viber().text('Hi').build();
phone.viber().line().sms().text('Hi').build();

// ── Reply context and Direct Send: WhatsApp only ──────────────────────────────────────────────────────────────────
phone.whatsapp().text('Yes').replyTo(umid);
phone.whatsapp().sms().image('https://example.com/a.jpg').replyTo(umid).fallbackText('x');
phone.text('Yes').replyTo(umid); // 8x8 may route it over WhatsApp
// @ts-expect-error ✗ replies only go over .whatsapp(), and RCS is the first channel
phone.rcs().text('Yes').replyTo(umid);
// A later channel lends the message its features when it carries the content: 8x8 sends the message over it when the
// first channel fails (docs/decisions.md, "A feature needs a channel of the chain that carries the content").
phone.rcs().whatsapp().text('Yes').replyTo(umid);
phone.rcs().sms().whatsapp().text('Yes').replyTo(umid).directSend().build();
phone.zalo().whatsapp().template('t', 'vi').body('x').replyTo(umid).build();
phone.zalo().whatsapp().template('t', 'vi').quickReply(0, 'a').url(1, 'b').url(2, 'c').replyTo(umid);
phone.zalo().sms().whatsapp().template('t', 'vi').body('x').fallbackText('x').replyTo(umid).build();
phone.viber().line().whatsapp().template('t', 'uk').fallbackText('x').replyTo(umid);
phone.sms().whatsapp().text('Hi').directSend();
phone.line().whatsapp().image('https://example.com/a.jpg').replyTo(umid);
phone.whatsapp().rcs().text('Hi').suggestions(reply).replyTo(umid).directSend();
phone.viber().rcs().image('https://example.com/a.jpg').suggestions(reply);
phone.viber().rcs().whatsapp().text('Hi').suggestions(reply).replyTo(umid).directSend();
phone.zalo().line().facebook().whatsapp().rcs().text('Hi').suggestions(reply).replyTo(umid); // past four channels
phone.whatsapp().viber().line().facebook().rcs().text('Hi').suggestions(reply);
Message.toChannelUser('US.1').whatsapp().text('Hi').replyTo(umid);
// Not when the lending channel cannot carry the content: WhatsApp carries no carousels, RCS no templates.
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), and RCS is the first channel
phone.rcs().whatsapp().carousel(carousel).replyTo(umid);
// @ts-expect-error ✗ message suggestions only go over .rcs() (RCS cannot carry templates)
phone.whatsapp().rcs().template('t', 'en').body('x').suggestions(reply);
// @ts-expect-error ✗ message suggestions only go over .rcs(), and WhatsApp is the first channel (RCS carries no interactive)
phone.whatsapp().rcs().interactive(list).suggestions(reply);
const media = phone
  .viber()
  .whatsapp()
  .richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } });
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), and Viber is the first channel (WhatsApp carries no rich media)
media.replyTo(umid);
// Nor for a channel the chain does not have, or a feature no channel of it supports.
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), and Zalo is the first channel
phone.zalo().viber().sms().template('t', 'vi').body('x').fallbackText('x').replyTo(umid);
// @ts-expect-error ✗ message suggestions only go over .rcs(), and Zalo is the first channel
phone.zalo().whatsapp().text('Hi').suggestions(reply);
// @ts-expect-error ✗ Direct Send carries text … only (a later WhatsApp does not change the content)
phone.rcs().whatsapp().image('https://example.com/a.jpg').directSend();
// @ts-expect-error ✗ … a template is not a Direct Send message, whatever follows the first channel
phone.zalo().whatsapp().template('t', 'vi').directSend();
// The registry still reads WhatsApp-first chains only: a later RCS lends a template nothing.
expectType<
  Equal<ReturnType<LaterStage<'WhatsApp', 'WhatsApp+RCS'>['template']>, TemplateStep<'WhatsApp', never, 0>>
>();
phone.whatsapp().text('Delivered').directSend({ ttlSeconds: 600 });
phone.whatsapp().interactive(buttons).directSend();
// @ts-expect-error ✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons only
phone.whatsapp().interactive(list).directSend();
// @ts-expect-error ✗ Direct Send carries text … only (not images)
phone.whatsapp().image('https://example.com/a.jpg').directSend();
// @ts-expect-error ✗ Direct Send carries text … only (not templates)
phone.whatsapp().template('t', 'en').directSend();
// A template keeps the reply-context rule of its first channel: Viber and Zalo carry templates, not replies.
phone.whatsapp().template('t', 'en').body('x').replyTo(umid).build();
phone.whatsapp().viber().sms().template('t', 'en').url(0, 'a').replyTo(umid).fallbackText('x').build();
Message.toChannelUser('US.1').template('t', 'en').quickReply(0, 'a').replyTo(umid);
// @ts-expect-error ✗ replies (.replyTo) only go over .whatsapp(), and Viber is the first channel
phone.viber().template('t', 'uk').body('x').replyTo(umid);
// @ts-expect-error ✗ … and Zalo is the first channel (after its buttons and with the fallback text due)
phone.zalo().sms().template('t', 'vi').quickReply(0, 'a').url(1, 'b').url(2, 'c').replyTo(umid);
// @ts-expect-error ✗ … and Viber is the first channel (after a delivery option)
phone.viber().line().template('t', 'uk').fallbackText('x').replyTo(umid);
expectType<Equal<ReturnType<FirstRoutes['Viber']['template']>, TemplateNoReply<'Viber', never, 0>>>();
// The index of a generic step read from outside the chain is its constraint, every button index.
expectType<
  Equal<
    ReturnType<ReturnType<SmsRoutes['Zalo']['template']>['url']>,
    TemplateNoReplyFallbackTextDue<'Zalo', TemplateButtonIndex, 1>
  >
>();
expectType<Equal<ReturnType<FirstRoutes['WhatsApp']['template']>, TemplateStep<'WhatsApp', never, 0>>>();
phone.viber().template('t', 'uk').url(0, 'a').url(1, 'b').copyCode(2, 'X').build() satisfies MessageRequest;
// @ts-expect-error ✗ a template has at most 2 Url buttons (on Viber too)
phone.viber().template('t', 'uk').url(0, 'a').button(1, 'Url', { text: 'b' }).url(2, 'c');
// @ts-expect-error ✗ this button index is already used (on Zalo too)
phone.zalo().template('t', 'vi').voiceCall(3).flow(3);
// @ts-expect-error ✗ Direct Send messages only go over .whatsapp(), and Viber is the first channel
phone.viber().text('Hi').directSend();
phone.text('Hi').directSend();
// @ts-expect-error ✗ Direct Send once (the first one already used it up)
phone.whatsapp().text('Hi').directSend().directSend();
// Where the routing allows every feature (8x8 routes; WhatsApp and RCS in the chain), the stage after .directSend()
// strikes it through (ReadyNotDirect), as the fallback text's due stage of such a routing does (DueNotDirect).
expectType<
  Equal<
    ReturnType<ReturnType<typeof phone.text<'Hi'>>['directSend']>,
    ReadyNotDirect<'auto:text', false, false>
  >
>();
// @ts-expect-error ✗ Direct Send once (8x8 routes)
phone.text('Hi').directSend().clientMessageId('c-1').directSend();
const dueNotDirect = phone.whatsapp().rcs().sms().image('https://example.com/a.jpg');
expectType<Equal<typeof dueNotDirect, DueNotDirect<'WhatsApp+RCS', false>>>();
expectType<
  Equal<ReturnType<typeof dueNotDirect.fallbackText>, ReadyNotDirect<'WhatsApp+RCS', false, false>>
>();
// @ts-expect-error ✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only
dueNotDirect.directSend();
dueNotDirect
  .suggestions(reply)
  .replyTo(umid)
  .fallbackText('See https://example.com/a')
  .build() satisfies MessageRequest;

// ── Message suggestions: RCS only, 1 to LIMITS.message.suggestionsMaxCount (10) ──────────────────────────────────
phone.rcs().text('Hi').suggestions(reply);
phone.rcs().text('Hi').suggestions(reply, reply, reply, reply, reply, reply, reply, reply, reply, reply);
declare const many: SuggestionPart[];
phone
  .rcs()
  .text('Hi')
  .suggestions(...many); // an array of unknown length is counted at build time
phone
  .rcs()
  .text('Hi')
  // @ts-expect-error ✗ a message has at most 10 suggestions, got 11
  .suggestions(reply, reply, reply, reply, reply, reply, reply, reply, reply, reply, reply);
// @ts-expect-error at least one suggestion ("Expected 1 arguments, but got 0")
phone.rcs().text('Hi').suggestions();
// @ts-expect-error ✗ message suggestions only go over .rcs(), and WhatsApp is the first channel
phone.whatsapp().text('Hi').suggestions(reply);
phone.text('Hi').suggestions(reply); // 8x8 may route it over RCS

// ── Delivery options and the escape hatch ─────────────────────────────────────────────────────────────────────────
phone
  .text('Hi')
  .clientMessageId('a')
  .scheduled(new Date())
  .expiry('2026-12-01T12:00:00Z')
  .dlrCallbackUrl('https://example.com/dlr')
  .sms({ encoding: 'GSM7', source: 'ACME' })
  .extra({ content: { priority: 'high' }, campaign: 'winter' });
// @ts-expect-error encoding is AUTO, GSM7 or UCS2
phone.text('Hi').sms({ encoding: 'ASCII' });
// @ts-expect-error extra fields are JSON: no functions
phone.text('Hi').extra({ content: { callback: () => 1 } });
// @ts-expect-error extra content is an object of fields
phone.text('Hi').extra({ content: 'text' });
// @ts-expect-error no build before the content
phone.whatsapp().build();
// @ts-expect-error no delivery options before the content (they belong to a message)
phone.clientMessageId('a');

// ── One public type for every finished chain ─────────────────────────────────────────────────────────────────────
const finished: MessageBuilder[] = [
  phone.text('Hi'),
  phone.whatsapp().sms().text('Hi'),
  phone.whatsapp().sms().image('https://example.com/a.jpg').fallbackText('x'),
  phone.whatsapp().template('t', 'en').body('x').url(0, 'a').quickReply(1, 'b'),
  phone
    .whatsapp()
    .template('t', 'en')
    .card((c) => c.body('x').quickReply(0, 'a')),
  phone.whatsapp().interactive(buttons).directSend(),
  phone.rcs().carousel(carousel).suggestions(reply),
  phone.rcs().richCard(card),
  phone.viber().richMedia({ text: 'New', button: { caption: 'See', url: 'https://example.com' } }),
  phone
    .whatsapp()
    .text('Yes')
    .replyTo(umid)
    .$if(true, (m) => m.clientMessageId('x')),
  Message.toLineUser('U1').line().audio('https://example.com/a.m4a', { duration: 3 }),
  Message.toChannelUser('US.1').whatsapp().text('Hi'),
];
function notify(message: MessageBuilder): MessageRequest {
  return message.clientMessageId('n-1').scheduled('2026-12-01T08:30:00Z').build();
}
finished.map(notify);
expectType<Equal<ReturnType<ReadyStep<'WhatsApp', false, true>['build']>, MessageRequest>>();
// @ts-expect-error a chain still waiting for its fallback text is not a finished message
const pending: MessageBuilder = phone.whatsapp().sms().image('https://example.com/a.jpg');
// @ts-expect-error … and not a MessageSource for client.send either
const source: { build(): MessageRequest } = phone.whatsapp().sms().image('https://example.com/a.jpg');
// @ts-expect-error a chain without content is not a message
const empty: MessageBuilder = phone.whatsapp();
void pending;
void source;
void empty;

// ── client.send takes any finished chain, never a pending one ────────────────────────────────────────────────────
declare const client: Client;
void client.send(phone.whatsapp().sms().text('Hi'));
void client.send(phone.whatsapp().template('t', 'en').body('x'));
// @ts-expect-error a chain still waiting for its fallback text cannot be sent
void client.send(phone.whatsapp().sms().image('https://example.com/a.jpg'));
// @ts-expect-error a chain without content cannot be sent
void client.send(phone.whatsapp());

// ----- An empty text message is refused on its argument (content.text must not be empty), on every stage -----------
// @ts-expect-error ✗ a message text must not be empty
Message.to('+6591234567').text('');
// @ts-expect-error ✗ a message text must not be empty
Message.to('+6591234567').whatsapp().text('');
// @ts-expect-error ✗ a message text must not be empty
Message.to('+6591234567').whatsapp().sms().text('');
declare const textFromData: string;
Message.to('+6591234567').whatsapp().text(textFromData).build();
