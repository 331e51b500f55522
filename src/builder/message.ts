// The message chain: `Message.to(…)` and one immutable implementation behind every public stage
// (message-steps.ts). Each step copies what its caller hands in, once, reads it as 8x8 reads it (lenient.ts), and
// returns a new frozen chain over a new state that shares everything else with the chain it came from (structural
// sharing), so a partial chain is a reusable template (the part builders read their callers' values at their steps
// too); `build()` assembles the wire request from a copy and validates it with the wire schemas. The state is private and never handed
// out, and no step changes an object it holds, so the shared objects stay as made.

import type * as v from 'valibot';
import { CHANNELS, type Channel, type ContentType, canCarry, supports } from '../channels.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import type { ChannelRoute, Location, SmsSettings, TemplateComponent, User } from '../wire/index.js';
import { copyJsonValue } from '../wire/json-value.js';
import { schemaAt } from '../wire/lenient.js';
import { messageSchemaFor } from '../wire/message-schema.js';
import { type ParseOptions, safeParseRequest } from '../wire/parse.js';
import { isPlainObject } from '../wire/primitives.js';
import { reachedOnly } from '../wire/reach.js';
import type { MessageRequest } from '../wire/request.js';
import { registerContentSchema, structuredContentSchema } from '../wire/structured-content.js';
import { TemplateSchema } from '../wire/template.js';
import { trustBuild } from '../wire/trusted-build.js';
import { markUnread, ownAs, partWireAs, takeUnread } from './interactive-copy.js';
import { CHANNEL_STEPS, type Recipient } from './message-rules.js';
import type { ExtraFields, RouteOptions } from './message-steps.js';
import type { CarouselPart, InteractivePart, RichCardPart, SuggestionPart } from './parts.js';
import type { ChannelUserStep, LineUserStep, PhoneStep } from './route-stages.js';
import { guardSteps, misuse } from './step-guard.js';
import {
  buttonComponent,
  cardUnread,
  headerParameter,
  MESSAGE_COMPONENT,
  type TemplateButtonSubType,
  TemplateCardChain,
  type TemplateHeader,
  type TemplateText,
  textParameter,
} from './template.js';

type Fields = Readonly<Record<string, unknown>>;

/** The route options of a channel step (`channels[i]`), every one (a key missing here fails to compile). */
const ROUTE_OPTIONS: { readonly [K in keyof RouteOptions]-?: true } = {
  fallbackAfter: true,
  successStatus: true,
};
const ROUTE_OPTION_KEYS = Object.keys(ROUTE_OPTIONS) as readonly (keyof RouteOptions)[];

/** The delivery options written after the content, in the reference's order. */
const DELIVERY_KEYS = ['scheduled', 'expiry', 'dlrCallbackUrl'] as const;

/**
 * The request schema of a message without structured content (message-schema.ts): each step reads the values its
 * caller hands in with the part of it where they go (ownAs), and the part builders (interactive, rich cards,
 * carousels, suggestions) theirs, so build() reads nothing again.
 */
const REQUEST = messageSchemaFor({});

/** The schema at `path` of the request; every path here exists (a missing one is a library bug, found at import). */
function requestAt(...path: readonly (string | number)[]): v.GenericSchema {
  const schema = schemaAt(REQUEST, ...path);
  if (schema === undefined) throw new Error(`message chain: the request schema has no ${path.join('.')}`);
  return schema;
}

function templateAt(key: string): v.GenericSchema {
  const schema = schemaAt(TemplateSchema, key);
  if (schema === undefined) throw new Error(`message chain: the template schema has no ${key}`);
  return schema;
}

/** Where the steps' values go. */
const AT = {
  msisdn: requestAt('user', 'msisdn'),
  country: requestAt('user', 'country'),
  lineUserId: requestAt('user', 'lineUserId'),
  channelUserId: requestAt('user', 'channelUserId'),
  fallbackAfter: requestAt('channels', 0, 'fallbackAfter'),
  successStatus: requestAt('channels', 0, 'successStatus'),
  text: requestAt('content', 'text'),
  url: requestAt('content', 'url'),
  fallbackText: requestAt('content', 'fallbackText'),
  smsEncoding: requestAt('content', 'sms', 'encoding'),
  smsSource: requestAt('content', 'sms', 'source'),
  location: requestAt('content', 'location'),
  content: requestAt('content'),
  image: requestAt('content', 'image'),
  video: requestAt('content', 'video'),
  audio: requestAt('content', 'audio'),
  buttonCaption: requestAt('content', 'button', 'caption'),
  buttonAction: requestAt('content', 'button', 'action'),
  directSend: requestAt('content', 'whatsApp', 'directSend'),
  clientMessageId: requestAt('clientMessageId'),
  scheduled: requestAt('scheduled'),
  expiry: requestAt('expiry'),
  dlrCallbackUrl: requestAt('dlrCallbackUrl'),
  umid: requestAt('context', 'umid'),
  templateName: templateAt('name'),
  templateLanguage: templateAt('language'),
} as const;

/** build()'s reading of its copy when every step read what it received (ownAs, partWireAs): nothing left to read. */
function readNothing(_schema: v.GenericSchema, request: unknown): unknown {
  return request;
}

/** The `keys` of a caller's object that are set, each value copied and read where it goes in `into` (ownAs). */
function pick(
  from: Fields | undefined,
  keys: readonly string[],
  into: v.GenericSchema | undefined,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    if (from?.[key] !== undefined) picked[key] = ownAs(into && schemaAt(into, key), from[key]);
  }
  return picked;
}

function dateTime(at: Date | string): string {
  return at instanceof Date ? at.toISOString() : at;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges `extra` over `base`: objects merge key by key, anything else replaces. */
function mergeJson(base: Fields, extra: Fields): Record<string, unknown> {
  const merged = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    const current = merged.get(key);
    merged.set(key, isRecord(current) && isRecord(value) ? mergeJson(current, value) : value);
  }
  // fromEntries defines keys, so a "__proto__" key of the JSON stays a key instead of replacing the prototype.
  return Object.fromEntries(merged);
}

/** The one implementation of every stage. Private: the public types are the step interfaces. */
class MessageChain {
  // The state, field by field on the chain itself (one object a step, not two), private to the chain and never handed
  // out (build() copies it): shared as it is with the chains that follow, and not frozen (freezing an object made by a
  // spread is slow on some engines, Node 20: ~0.5 µs each), since nothing outside could observe it.
  readonly #recipient: Recipient;
  readonly #user: User;
  readonly #channels: readonly ChannelRoute[];
  readonly #type: ContentType | undefined;
  /** The request's `content`. */
  readonly #fields: Fields;
  /** Top-level delivery options: clientMessageId, scheduled, expiry, dlrCallbackUrl, context. */
  readonly #options: Fields;
  readonly #extras: readonly ExtraFields[];
  /** Whether a step kept a value unread (not plain JSON, see ownAs): build() then reads the whole request. */
  readonly #unread: boolean;

  // A chain's `build()` validates, so the client sends what it builds without validating it again.
  static {
    // biome-ignore lint/complexity/noThisInStatic: TypeScript 7 emits the class's name here as an unassigned alias
    trustBuild(this.prototype, (source) => (#user in source ? source.build() : undefined));
  }

  /** The chain itself is frozen, so no step or build can be replaced on it. */
  constructor(
    recipient: Recipient,
    user: User,
    channels: readonly ChannelRoute[],
    type: ContentType | undefined,
    fields: Fields,
    options: Fields,
    extras: readonly ExtraFields[],
    unread: boolean,
  ) {
    this.#recipient = recipient;
    this.#user = user;
    this.#channels = channels;
    this.#type = type;
    this.#fields = fields;
    this.#options = options;
    this.#extras = extras;
    // A step that kept a value unread marked it (ownAs); the chain it makes takes the mark.
    this.#unread = takeUnread() || unread;
    Object.freeze(this);
  }

  // Each step makes one new chain, sharing every field it does not change.
  #withChannels(channels: readonly ChannelRoute[]): MessageChain {
    return new MessageChain(
      this.#recipient,
      this.#user,
      channels,
      this.#type,
      this.#fields,
      this.#options,
      this.#extras,
      this.#unread,
    );
  }
  #withContent(type: ContentType | undefined, fields: Fields): MessageChain {
    return new MessageChain(
      this.#recipient,
      this.#user,
      this.#channels,
      type,
      fields,
      this.#options,
      this.#extras,
      this.#unread,
    );
  }
  #withOptions(options: Fields): MessageChain {
    return new MessageChain(
      this.#recipient,
      this.#user,
      this.#channels,
      this.#type,
      this.#fields,
      options,
      this.#extras,
      this.#unread,
    );
  }
  #withExtras(extras: readonly ExtraFields[]): MessageChain {
    return new MessageChain(
      this.#recipient,
      this.#user,
      this.#channels,
      this.#type,
      this.#fields,
      this.#options,
      extras,
      this.#unread,
    );
  }

  #route(channel: Channel, options: Fields | undefined): MessageChain {
    // Channels come first: the content is checked against the first one.
    if (this.#type !== undefined) {
      throw misuse(`.${CHANNEL_STEPS[channel]}() must come before the content of the message`);
    }
    const route: Record<string, unknown> = { channel };
    for (const key of ROUTE_OPTION_KEYS) {
      const value = options?.[key];
      if (value === undefined) continue;
      const read = ownAs(AT[key], value);
      // A status in another spelling ("read") is kept as written, for build() to read as parseMessage does: an issue
      // then quotes it as the caller wrote it (quotedAsWritten in parse.ts).
      const respelled = typeof read === 'string' && read !== value;
      if (respelled) markUnread();
      route[key] = respelled ? value : read;
    }
    return this.#withChannels([...this.#channels, route as ChannelRoute]);
  }

  #content(type: ContentType, content: Fields): MessageChain {
    if (this.#type !== undefined) {
      throw misuse(`the content is already set (type "${this.#type}"): a message has one content`);
    }
    // `content` is made by the step: it is the whole content unless some field came before it (from JavaScript).
    const before = this.#fields;
    return this.#withContent(type, before === EMPTY ? content : { ...before, ...content });
  }

  /** `fields` holds values the step owns (copied with {@link own}, or made by the chain). */
  #setContent(fields: Fields): MessageChain {
    return this.#withContent(this.#type, { ...this.#fields, ...fields });
  }

  #option(fields: Fields): MessageChain {
    return this.#withOptions({ ...this.#options, ...fields });
  }

  /** `component` is owned: copied from what the caller handed in (see {@link own}), or made here. */
  #templateComponent(component: unknown): MessageChain {
    const template = this.#fields['template'] as { readonly components?: readonly unknown[] } | undefined;
    if (this.#type !== 'template' || template === undefined) {
      throw misuse('template components follow .template(name, language)');
    }
    const components = [...(template.components ?? []), component];
    return this.#setContent({ template: { ...template, components } });
  }

  // Channel steps. On a chain with content, `.sms(settings)` sets the SMS settings instead.
  sms(options?: RouteOptions<'SMS'> & SmsSettings): MessageChain {
    // Route options after the content have no channel to go on: refused whole, not dropped (nothing is applied).
    if (this.#type !== undefined) {
      const given = ROUTE_OPTION_KEYS.filter((key) => options?.[key] !== undefined);
      if (given.length > 0) {
        throw misuse(
          `.sms(…) after the content takes the SMS settings (encoding, source) only: ${given.join(', ')} ${given.length === 1 ? 'is a route option' : 'are route options'}; route options go on .sms(…) before the content`,
        );
      }
    }
    const encoding = options?.encoding;
    const source = options?.source;
    const chain = this.#type === undefined ? this.#route('SMS', options) : this;
    if (encoding === undefined && source === undefined) return chain;
    const sms: Record<string, unknown> = { ...(chain.#fields['sms'] as Fields) };
    if (encoding !== undefined) sms['encoding'] = ownAs(AT.smsEncoding, encoding);
    if (source !== undefined) sms['source'] = ownAs(AT.smsSource, source);
    return chain.#setContent({ sms });
  }
  whatsapp(options?: RouteOptions<'WhatsApp'>): MessageChain {
    return this.#route('WhatsApp', options);
  }
  rcs(options?: RouteOptions<'RCS'>): MessageChain {
    return this.#route('RCS', options);
  }
  viber(options?: RouteOptions<'Viber'>): MessageChain {
    return this.#route('Viber', options);
  }
  line(options?: RouteOptions<'Line'>): MessageChain {
    return this.#route('Line', options);
  }
  facebook(options?: RouteOptions<'Facebook'>): MessageChain {
    return this.#route('Facebook', options);
  }
  wechat(options?: RouteOptions<'WeChat'>): MessageChain {
    return this.#route('WeChat', options);
  }
  zalo(options?: RouteOptions<'Zalo'>): MessageChain {
    return this.#route('Zalo', options);
  }
  instagram(options?: RouteOptions<'Instagram'>): MessageChain {
    return this.#route('Instagram', options);
  }

  // Content steps.
  text(text: string): MessageChain {
    return this.#content('text', { text: ownAs(AT.text, text) });
  }
  image(url: string, options?: { readonly text?: string; readonly thumbnail?: string }): MessageChain {
    const image = pick(options, ['thumbnail'], AT.image);
    return this.#content('image', {
      url: ownAs(AT.url, url),
      ...pick(options, ['text'], AT.content),
      ...(Object.keys(image).length > 0 ? { image } : {}),
    });
  }
  video(url: string, options?: Fields): MessageChain {
    const video = pick(options, ['thumbnail', 'filesize', 'duration'], AT.video);
    return this.#content('video', {
      url: ownAs(AT.url, url),
      ...pick(options, ['text'], AT.content),
      ...(Object.keys(video).length > 0 ? { video } : {}),
    });
  }
  audio(url: string, options?: { readonly duration?: number }): MessageChain {
    const audio = pick(options, ['duration'], AT.audio);
    return this.#content('audio', {
      url: ownAs(AT.url, url),
      ...(Object.keys(audio).length > 0 ? { audio } : {}),
    });
  }
  file(url: string, options?: { readonly text?: string }): MessageChain {
    return this.#content('file', { url: ownAs(AT.url, url), ...pick(options, ['text'], AT.content) });
  }
  location(location: Location): MessageChain {
    return this.#content('location', { location: ownAs(AT.location, location) });
  }
  richMedia(media: {
    readonly text?: string;
    readonly image?: string;
    readonly button: { readonly caption: string; readonly url: string };
  }): MessageChain {
    // Viber rich media is `type: 'buttons'`: the button's `action` is the URL it opens.
    const button =
      media?.button === undefined
        ? undefined
        : {
            caption: ownAs(AT.buttonCaption, media.button.caption),
            action: ownAs(AT.buttonAction, media.button.url),
          };
    const content: Record<string, unknown> = pick(media, ['text'], AT.content);
    if (media?.image !== undefined) content['url'] = ownAs(AT.url, media.image);
    content['button'] = button;
    return this.#content('buttons', content);
  }
  interactive(part: InteractivePart): MessageChain {
    return this.#content('interactive', {
      interactive: partWireAs(structuredContentSchema('interactive'), part),
    });
  }
  template(name: string, language: string): MessageChain {
    return this.#content('template', {
      template: {
        name: ownAs(AT.templateName, name),
        language: ownAs(AT.templateLanguage, language),
      },
    });
  }
  richCard(part: RichCardPart): MessageChain {
    return this.#content('richCard', { richCard: partWireAs(structuredContentSchema('richCard'), part) });
  }
  carousel(part: CarouselPart): MessageChain {
    return this.#content('carousel', { carousel: partWireAs(structuredContentSchema('carousel'), part) });
  }

  // Template components.
  header(value: TemplateHeader): MessageChain {
    return this.#templateComponent({
      type: 'header',
      parameters: [headerParameter(value, MESSAGE_COMPONENT)],
    });
  }
  body(...texts: readonly TemplateText[]): MessageChain {
    return this.#templateComponent({
      type: 'body',
      parameters: texts.map((text) => textParameter(text, MESSAGE_COMPONENT)),
    });
  }
  footer(...texts: readonly TemplateText[]): MessageChain {
    // Without values, the bare component (parameters are optional on a component).
    if (texts.length === 0) return this.#templateComponent({ type: 'footer' });
    return this.#templateComponent({
      type: 'footer',
      parameters: texts.map((text) => textParameter(text, MESSAGE_COMPONENT)),
    });
  }
  button(index: number, subType: TemplateButtonSubType, parameter: unknown): MessageChain {
    return this.#templateComponent(buttonComponent(index, subType, parameter, MESSAGE_COMPONENT));
  }
  quickReply(index: number, payload: string): MessageChain {
    return this.button(index, 'QuickReply', { payload });
  }
  url(index: number, text: string): MessageChain {
    return this.button(index, 'Url', { text });
  }
  copyCode(index: number, couponCode: string): MessageChain {
    return this.button(index, 'CopyCode', { couponCode });
  }
  flow(index: number, action?: Fields): MessageChain {
    return this.button(index, 'Flow', action);
  }
  voiceCall(index: number, options?: { readonly ttlMinutes?: number }): MessageChain {
    return this.button(index, 'VoiceCall', options);
  }
  callPermissionRequest(): MessageChain {
    return this.#templateComponent(CALL_PERMISSION_REQUEST);
  }
  requestContactInfo(): MessageChain {
    return this.#templateComponent(REQUEST_CONTACT_INFO);
  }
  card(fill: (card: TemplateCardChain) => unknown): MessageChain {
    const filled = fill(new TemplateCardChain());
    if (!(filled instanceof TemplateCardChain)) {
      throw misuse('.card(fill): fill must return the card it was given, with its steps applied');
    }
    const template = this.#fields['template'] as
      | { readonly components?: readonly TemplateComponent[] }
      | undefined;
    const components = [...(template?.components ?? [])];
    let at = -1;
    for (let index = 0; index < components.length && at === -1; index++) {
      if (components[index]!.type === 'carousel') at = index;
    }
    const carousel = at === -1 ? { type: 'carousel' as const, cards: [] } : components[at]!;
    // The card's steps copied what the caller handed them: its components are shared as they are.
    const card = { cardIndex: carousel.cards?.length ?? 0, components: filled.components() };
    // A card that kept a value unread hands the mark on to the chain this step makes.
    if (cardUnread(filled)) markUnread();
    // Typed as the wire's (mutable) card list it becomes in build()'s copy.
    const cards = [...(carousel.cards ?? []), card] as TemplateComponent['cards'];
    if (at === -1) return this.#templateComponent({ ...carousel, cards });
    components[at] = { ...carousel, cards };
    return this.#setContent({ template: { ...template, components } });
  }

  // Delivery options.
  fallbackText(text: string): MessageChain {
    return this.#setContent({ fallbackText: ownAs(AT.fallbackText, text) });
  }
  clientMessageId(id: string): MessageChain {
    return this.#option({ clientMessageId: ownAs(AT.clientMessageId, id) });
  }
  scheduled(at: Date | string): MessageChain {
    return this.#option({ scheduled: ownAs(AT.scheduled, dateTime(at)) });
  }
  expiry(at: Date | string): MessageChain {
    return this.#option({ expiry: ownAs(AT.expiry, dateTime(at)) });
  }
  dlrCallbackUrl(url: string): MessageChain {
    return this.#option({ dlrCallbackUrl: ownAs(AT.dlrCallbackUrl, url) });
  }
  replyTo(umid: string): MessageChain {
    return this.#option({ context: { umid: ownAs(AT.umid, umid) } });
  }
  directSend(options?: { readonly ttlSeconds?: number }): MessageChain {
    const directSend = {
      category: 'utility',
      ...pick(options, ['ttlSeconds'], AT.directSend),
    };
    const whatsApp = this.#fields['whatsApp'] as Fields | undefined;
    return this.#setContent({ whatsApp: { ...whatsApp, directSend } });
  }
  suggestions(...parts: readonly SuggestionPart[]): MessageChain {
    const list = structuredContentSchema('suggestions');
    const item = list && schemaAt(list, 0);
    return this.#setContent({ suggestions: parts.map((part) => partWireAs(item, part)) });
  }
  extra(fields: ExtraFields): MessageChain {
    if (!isPlainObject(fields)) {
      const got = fields === null ? 'null' : Array.isArray(fields) ? 'an array' : `a ${typeof fields}`;
      throw new ValidationError(
        [{ path: '', message: `must be an object of fields to add to the request, got ${got}` }],
        '.extra() fields',
      );
    }
    // Checked and copied here, at the step that received them: a cycle or a value JSON cannot carry is the
    // caller's to fix. The copy is the chain's own, shared by the chains that follow.
    const copy = copyJsonValue(fields);
    if (copy.issues.length > 0) throw new ValidationError(copy.issues, '.extra() fields');
    return this.#withExtras([...this.#extras, copy.value as ExtraFields]);
  }
  $if(condition: boolean, step: (builder: MessageChain) => MessageChain): MessageChain {
    return condition ? step(this) : this;
  }
  $call<Result>(step: (builder: MessageChain) => Result): Result {
    return step(this);
  }

  /** The request as the chain describes it, before validation. */
  #wire(): Record<string, unknown> {
    const user = this.#user;
    const type = this.#type;
    const content = this.#fields;
    const options = this.#options;
    const channels = this.#channels;
    const extras = this.#extras;
    // In the reference's key order; assigned one by one, as build() runs once per message sent.
    let wire: Record<string, unknown> = { user };
    if (options['clientMessageId'] !== undefined) wire['clientMessageId'] = options['clientMessageId'];
    if (type !== undefined) wire['type'] = type;
    wire['content'] = content;
    for (const key of DELIVERY_KEYS) if (options[key] !== undefined) wire[key] = options[key];
    if (channels.length > 0) wire['channels'] = channels;
    if (options['context'] !== undefined) wire['context'] = options['context'];
    for (const extra of extras) wire = mergeJson(wire, extra);
    return wire;
  }

  /**
   * Rules of the chain that the wire format leaves open (the compile-time rules, for JavaScript callers); `undefined`
   * when it breaks none, so a message that is fine makes no list (build() runs once per message sent).
   */
  #chainIssues(): ValidationIssue[] | undefined {
    const recipient = this.#recipient;
    const channels = this.#channels;
    const type = this.#type;
    const content = this.#fields;
    const options = this.#options;
    if (type === undefined) {
      return [{ path: 'type', message: 'is missing: set the content with .text(…), .image(…), …' }];
    }
    let issues: ValidationIssue[] | undefined;
    const report = (path: string, message: string) => {
      issues ??= [];
      issues.push({ path, message });
    };
    // A LINE user id is reached over LINE only, a WhatsApp business-scoped user id over WhatsApp only: the wire schema
    // refuses any other channel in channels and, without channels (8x8 routes the message over that one channel),
    // content or a feature that channel lacks.
    const only = recipient === 'phone' ? undefined : reachedOnly(this.#user);
    const directSend = (content['whatsApp'] as Fields | undefined)?.['directSend'];
    if (
      content['suggestions'] !== undefined ||
      options['context'] !== undefined ||
      directSend !== undefined
    ) {
      // A feature needs a channel that supports it and carries the content (replies and Direct Send go over
      // WhatsApp, suggestions over RCS): one of the chain's, since 8x8 sends the message over the next channel when
      // one fails; without channels, one 8x8's routing can pick (the sub-account's fallback order; for a LINE or
      // channel user id, the one channel that reaches it).
      const features = [
        ['suggestions', 'content.suggestions', content['suggestions']],
        ['context', 'context', options['context']],
        ['directSend', 'content.whatsApp.directSend', directSend],
      ] as const;
      const reaching: readonly (Channel | undefined)[] =
        channels.length > 0
          ? channels.map((route) => route.channel)
          : only === undefined
            ? CHANNELS
            : [only.channel];
      for (const [feature, path, value] of features) {
        if (value === undefined) continue;
        const able = CHANNELS.filter((channel) => supports(channel, feature));
        // The wire schema reports a chain with no channel that supports the feature at all (for a recipient reached
        // over one channel only, without channels too).
        if (
          (channels.length > 0 || only !== undefined) &&
          !reaching.some((channel) => channel !== undefined && able.includes(channel))
        )
          continue;
        if (
          reaching.some(
            (channel) => channel !== undefined && able.includes(channel) && canCarry(channel, type),
          )
        )
          continue;
        // A recipient reached over one channel only whose channel has the feature but not the content (a carousel to
        // a channel user): the content's rule, as for a phone number.
        report(path, `only goes over ${able.join(' or ')}, which cannot carry "${type}" content`);
      }
    }
    // SMS carries text only: it sends fallbackText when the content is anything else.
    if (type !== 'text' && content['fallbackText'] === undefined) {
      let sms = 0;
      while (sms < channels.length && channels[sms]!.channel !== 'SMS') sms++;
      if (sms > 0 && sms < channels.length) {
        report(
          'content.fallbackText',
          `is required: SMS (channels[${sms}]) carries text only and cannot send "${type}" content; add .fallbackText(…) before sending`,
        );
      }
    }
    return issues;
  }

  build(options?: ParseOptions): MessageRequest {
    const chainIssues = this.#chainIssues();
    // The steps (the chain's and the parts') read what their callers handed in (ownAs): nothing is read here, unless
    // a step kept a value unread or .extra() fields may have put anything anywhere, when the whole request is read, as
    // parseMessage does.
    const whole = this.#unread || this.#extras.length > 0;
    const result = safeParseRequest(messageSchemaFor, this.#wire(), options, whole ? undefined : readNothing);
    if (result.success && chainIssues === undefined) return result.output;
    throw new ValidationError(
      [...(chainIssues ?? []), ...(result.success ? [] : result.error.issues)],
      'message',
    );
  }

  toJSON(): MessageRequest {
    return this.build();
  }
}

// The template step makes template content: its schema comes with the chain (the parts bring their own).
registerContentSchema('template', TemplateSchema);

const NONE: readonly never[] = Object.freeze([]);
const CALL_PERMISSION_REQUEST = Object.freeze({ type: 'call_permission_request' });
const REQUEST_CONTACT_INFO = Object.freeze({ type: 'request_contact_info' });
const EMPTY: Fields = Object.freeze({});

// Steps that run the caller's own callback pass its errors through.
guardSteps(MessageChain.prototype, ['$if', '$call', 'card']);

/** `user` is made by the step from what its caller handed in, each value owned. */
function start(recipient: Recipient, user: User): MessageChain {
  return new MessageChain(recipient, user, NONE, undefined, EMPTY, EMPTY, NONE, false);
}

/**
 * Where every message starts: pick the recipient, then the channels in fallback order, then the content.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * const request = Message.to('+6591234567')
 *   .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
 *   .sms({ encoding: 'AUTO', source: 'ACMESHOP' })
 *   .text('Hi Alice, your order A-1234 has shipped.')
 *   .fallbackText('Order A-1234 shipped.')
 *   .build();
 * ```
 * @namespace
 */
export const Message = {
  /**
   * A message to a phone number: E.164 (`+6591234567`), or a national number with its country. `channelUserId`
   * adds the recipient's WhatsApp business-scoped user id beside it, as 8x8's WhatsApp examples send both (8x8 uses
   * the phone number when both are given).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6591234567').text('Hi');
   * Message.to('91234567', { country: 'SG' }).text('Hi');
   * Message.to('+15551234567', { channelUserId: 'US.13491208655302741918' }).whatsapp().text('Hi');
   * ```
   */
  to(msisdn: string, options?: { readonly country?: string; readonly channelUserId?: string }): PhoneStep {
    // With both, 8x8 addresses the phone number (msisdn takes precedence), so every channel stays open.
    const user: Record<string, unknown> = { msisdn: ownAs(AT.msisdn, msisdn) };
    if (options?.country !== undefined) user['country'] = ownAs(AT.country, options.country);
    if (options?.channelUserId !== undefined)
      user['channelUserId'] = ownAs(AT.channelUserId, options.channelUserId);
    return start('phone', user as User) as unknown as PhoneStep;
  },
  /**
   * A message to a LINE user id; LINE is then the only channel.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line().text('Your coupon is ready');
   * ```
   */
  toLineUser(lineUserId: string): LineUserStep {
    return start('lineUser', {
      lineUserId: ownAs(AT.lineUserId, lineUserId),
    }) as unknown as LineUserStep;
  },
  /**
   * A message to a WhatsApp business-scoped user id (BSUID, e.g. `US.13491208655302741918`); WhatsApp is then
   * the only channel.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.toChannelUser('US.13491208655302741918').whatsapp().text('Hello from Acme support.');
   * ```
   */
  toChannelUser(channelUserId: string): ChannelUserStep {
    return start('channelUser', {
      channelUserId: ownAs(AT.channelUserId, channelUserId),
    }) as unknown as ChannelUserStep;
  },
};
// Frozen in place rather than through `Object.freeze({ … })`, whose `Readonly<…>` type would turn the three methods
// into plain properties in the API reference; `@namespace` gives each its own section there.
Object.freeze(guardSteps(Message));
