// The send-message request body: recipient, content type, content, and delivery options,
// with the rules that tie `type`, `content` and `channels` together.
import * as v from 'valibot';
import {
  CHANNEL_CAPABILITIES,
  CHANNELS,
  type Channel,
  CONTENT_TYPES,
  type ContentType,
  canCarry,
  channelsCarrying,
  SUCCESS_STATUSES,
  type SuccessStatus,
  supports,
} from '../channels.js';
import { MESSAGE_LIMITS } from '../limits.js';
import { ContentSchema } from './content.js';
import type { ChannelRouteInput, ContentInput, OtherSpelling } from './input-types.js';
import { caseInsensitivePicklist } from './lenient.js';
import {
  asArray,
  asRecord,
  dateTime,
  either,
  guid,
  has,
  httpUrl,
  integerIn,
  type Loose,
  list,
  msisdn,
  nonEmpty,
  object,
  type Report,
  rules,
  text,
} from './primitives.js';
import { featureBeyondReach, type ReachedOnly, reachedOnly, reachedOnlyOver } from './reach.js';
import type {
  Carousel,
  DirectSend,
  Interactive,
  Location,
  RichCard,
  SmsSettings,
  Suggestion,
  Template,
  ViberButton,
} from './types.js';

const M = MESSAGE_LIMITS;

/**
 * The recipient.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { UserSchema } from '8x8-chatapps';
 *
 * v.is(UserSchema, { msisdn: '+6591234567' }); // true
 * ```
 */
export const UserSchema = v.pipe(
  object({
    msisdn: v.optional(msisdn),
    // Default country for national numbers: a 2-letter code such as SG or UK.
    country: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          new RegExp(`^[A-Za-z]{${M.countryLength}}$`),
          `must be a ${M.countryLength}-letter country code such as SG`,
        ),
      ),
    ),
    lineUserId: v.optional(nonEmpty),
    // WhatsApp business-scoped user id (BSUID): uppercase ISO country code, '.', up to 128 letters and digits.
    channelUserId: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          new RegExp(`^[A-Z]{2}\\.[A-Za-z0-9]{1,${M.channelUserIdMaxLength}}$`),
          'must be a WhatsApp business-scoped user id: uppercase country code, ".", then up to 128 letters and digits (e.g. US.13491208655302741918)',
        ),
      ),
    ),
  }),
  rules((user, report) => {
    // A recipient is addressed by phone number, LINE user id or channel user id.
    if (!has(user, 'msisdn') && !has(user, 'lineUserId') && !has(user, 'channelUserId')) {
      report([], 'needs a recipient: msisdn, lineUserId or channelUserId');
    }
    // country qualifies a national msisdn.
    if (has(user, 'country') && !has(user, 'msisdn'))
      report(['country'], 'is only allowed together with msisdn');
  }),
);

/**
 * The request's `type`: accepted in any letter case (8x8's own material writes "Text"), emitted lowercase.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageTypeSchema } from '8x8-chatapps';
 *
 * v.parse(MessageTypeSchema, 'Text'); // 'text'
 * ```
 */
export const MessageTypeSchema = caseInsensitivePicklist(CONTENT_TYPES);

/**
 * A channel name: accepted in any letter case (8x8's tables write "whatsapp"), emitted as the API spells it.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ChannelSchema } from '8x8-chatapps';
 *
 * v.parse(ChannelSchema, 'whatsapp'); // 'WhatsApp'
 * ```
 */
export const ChannelSchema = caseInsensitivePicklist(CHANNELS);

/**
 * One step of the channel fallback chain.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ChannelRouteSchema } from '8x8-chatapps';
 *
 * v.is(ChannelRouteSchema, { channel: 'WhatsApp', fallbackAfter: 60, successStatus: 'Delivered' }); // true
 * ```
 */
export const ChannelRouteSchema = object({
  channel: ChannelSchema,
  // Seconds before falling back to the next channel: 10 seconds to 1 day.
  fallbackAfter: v.optional(integerIn(M.fallbackAfterMinSeconds, M.fallbackAfterMaxSeconds)),
  successStatus: v.optional(v.picklist(SUCCESS_STATUSES)),
});

/** The content field that each `type` requires. */
const REQUIRED_CONTENT: Record<ContentType, readonly string[]> = {
  text: ['text'],
  image: ['url'],
  audio: ['url'],
  video: ['url'],
  file: ['url'],
  location: ['location'],
  interactive: ['interactive'],
  template: ['template'],
  carousel: ['carousel'],
  richCard: ['richCard'],
  buttons: ['button'],
};

/** Structured content that belongs to exactly one type. */
const OWNED_CONTENT: Readonly<Record<string, ContentType>> = {
  location: 'location',
  interactive: 'interactive',
  template: 'template',
  carousel: 'carousel',
  richCard: 'richCard',
  button: 'buttons',
};

function normalized<T extends readonly string[]>(value: unknown, options: T): T[number] | undefined {
  if (typeof value !== 'string') return undefined;
  return options.find((option) => option.toLowerCase() === value.toLowerCase());
}

function checkContentForType(
  type: ContentType,
  content: Loose,
  only: ReachedOnly | undefined,
  report: Report,
) {
  // The content object carries what its type needs ("if the type is X, content should contain Y").
  for (const field of REQUIRED_CONTENT[type]) {
    if (!has(content, field)) report(['content', field], `is required when type is "${type}"`);
  }
  if (type === 'text' && content['text'] === '')
    report(['content', 'text'], 'must not be empty when type is "text"');
  // Viber rich media shows text and/or an image above its button.
  if (type === 'buttons' && !has(content, 'text') && !has(content, 'url')) {
    report(['content'], 'needs text or url (the image) beside the button when type is "buttons"');
  }
  for (const [field, owner] of Object.entries(OWNED_CONTENT)) {
    if (owner !== type && has(content, field))
      report(['content', field], `is only used when type is "${owner}"`);
  }
  // Direct Send supports text, cta_url with a single button and 1–3 reply buttons, with text headers only. For a
  // recipient whose one channel has no Direct Send at all (a LINE user), the channel rules report the recipient's rule
  // instead: no content would do.
  const directSend = asRecord(content['whatsApp'])?.['directSend'];
  if (directSend !== undefined && (only === undefined || supports(only.channel, 'directSend'))) {
    const at = ['content', 'whatsApp', 'directSend'];
    const interactive = asRecord(content['interactive']);
    if (type !== 'text' && type !== 'interactive') {
      report(at, `is only available for type "text" or "interactive", not "${type}"`);
    } else if (type === 'interactive' && interactive) {
      const kind = interactive['type'];
      if (kind !== 'cta_url' && kind !== 'button') {
        report(at, `supports interactive "cta_url" and "button" messages only, not "${String(kind)}"`);
      }
      const headerType = asRecord(interactive['header'])?.['type'];
      if (headerType !== undefined && headerType !== 'text') {
        report(
          ['content', 'interactive', 'header', 'type'],
          'must be "text" with directSend (Direct Send takes text headers only)',
        );
      }
    }
  }
}

function checkChannels(
  request: Loose,
  type: ContentType | undefined,
  only: ReachedOnly | undefined,
  report: Report,
) {
  const routes = asArray(request['channels']);
  const channels = routes.map((route) => normalized(asRecord(route)?.['channel'], CHANNELS));
  const seen = new Set<Channel>();
  channels.forEach((channel, index) => {
    if (channel === undefined) return;
    // Each channel appears at most once in the fallback chain.
    if (seen.has(channel))
      report(['channels', index, 'channel'], `must not repeat: "${channel}" is already in the chain`);
    seen.add(channel);
  });
  routes.forEach((route, index) => {
    const channel = channels[index];
    const status = asRecord(route)?.['successStatus'];
    if (channel === undefined || !SUCCESS_STATUSES.includes(status as SuccessStatus)) return;
    // A channel's successStatus is a status 8x8 reports on it (error codes 3025, 3026 for Delivered and Read).
    const statuses: readonly SuccessStatus[] = CHANNEL_CAPABILITIES[channel].statuses;
    if (!statuses.includes(status as SuccessStatus))
      report(
        ['channels', index, 'successStatus'],
        `must be a status ${channel} reports (${either(statuses.map((s) => `"${s}"`))}), got "${String(status)}"`,
      );
  });
  const content = asRecord(request['content']);
  const first = channels[0];
  const known = channels.filter((channel): channel is Channel => channel !== undefined);
  if (routes.length > 0 && first !== undefined && type !== undefined && !canCarry(first, type)) {
    // The first channel must be able to carry the content (carousels and rich cards: RCS only, …). For a recipient
    // reached over one channel only, the channels to name are that one (when it carries the content), or none.
    report(
      ['channels', 0, 'channel'],
      `is "${first}", which cannot carry "${type}" content; ${
        only === undefined
          ? `"${type}" goes over ${either(channelsCarrying(type))}`
          : canCarry(only.channel, type)
            ? `"${type}" goes over ${only.channel}`
            : reachedOnlyOver(only)
      }`,
    );
  }
  // Without channels 8x8 routes the message: for a recipient reached over one channel only, over that channel, which
  // must carry the content and have the features asked for.
  const reaching = routes.length === 0 && only !== undefined ? [only.channel] : known;
  if (routes.length === 0 && only !== undefined && type !== undefined && !canCarry(only.channel, type)) {
    report(['type'], `is "${type}", which ${only.channel} cannot carry; ${reachedOnlyOver(only)}`);
  }
  const needs = (
    feature: 'suggestions' | 'context' | 'directSend',
    at: (string | number)[],
    what: string,
  ) => {
    if (reaching.length > 0 && !reaching.some((channel) => supports(channel, feature))) {
      const able = CHANNELS.filter((channel) => supports(channel, feature));
      // For a recipient reached over one channel only that lacks the feature, no channel can be added: its rule.
      report(
        at,
        only === undefined || able.includes(only.channel)
          ? `${what} only on ${either(able)}, which is not in channels`
          : featureBeyondReach(able, only),
      );
    }
  };
  if (has(content, 'suggestions')) needs('suggestions', ['content', 'suggestions'], 'are delivered');
  if (has(request, 'context')) needs('context', ['context'], 'is supported');
  if (has(asRecord(content?.['whatsApp']), 'directSend'))
    needs('directSend', ['content', 'whatsApp', 'directSend'], 'is available');
  // A channel's own user id is reached over that channel only: a LINE user id over LINE, a WhatsApp business-scoped
  // user id (BSUID) without a phone number over WhatsApp (the other channels address the recipient by phone number).
  if (only !== undefined) {
    known.forEach((channel, index) => {
      if (channel !== only.channel)
        report(
          ['channels', index, 'channel'],
          `is "${channel}", which cannot reach ${only.field}; it is reached over ${only.channel} only`,
        );
    });
  }
  // Each channel's own text limit (WhatsApp 4,096, RCS 3,072, Viber 1,000); SMS sends fallbackText when given.
  if (type === 'text' && content) {
    known.forEach((channel, index) => {
      const field =
        channel === 'SMS' && typeof content['fallbackText'] === 'string' ? 'fallbackText' : 'text';
      const value = content[field];
      const max = CHANNEL_CAPABILITIES[channel].textMaxLength;
      if (typeof value === 'string' && value.length > max) {
        report(
          ['content', field],
          `must be at most ${max} characters to go over ${channel} (channels[${index}]), got ${value.length}`,
        );
      }
    });
  }
}

/**
 * The request schema around a content schema: the envelope's fields and the rules that tie `type`, `content` and
 * `channels` together. {@link MessageRequestSchema} wraps the whole content schema; a built message wraps only the
 * structured content it carries (message-schema.ts), so its bundle holds no other content schema.
 */
export function messageRequestSchema<const TContent extends v.GenericSchema>(content: TContent) {
  return v.pipe(
    object({
      user: UserSchema,
      // Your own unique reference: at most 50 characters.
      clientMessageId: v.optional(text(M.clientMessageIdMaxLength)),
      type: MessageTypeSchema,
      content,
      scheduled: v.optional(dateTime),
      expiry: v.optional(dateTime),
      dlrCallbackUrl: v.optional(httpUrl),
      channels: v.optional(list(ChannelRouteSchema, 'channels', 1, M.channelsMaxCount)),
      context: v.optional(object({ umid: guid })),
    }),
    rules((request, report) => {
      const type = normalized(request['type'], CONTENT_TYPES);
      const content = asRecord(request['content']);
      const only = reachedOnly(asRecord(request['user']));
      if (type !== undefined && content) checkContentForType(type, content, only, report);
      checkChannels(request, type, only, report);
      // A message expires after it is scheduled.
      const { scheduled, expiry } = request;
      if (typeof scheduled === 'string' && typeof expiry === 'string') {
        const start = Date.parse(scheduled);
        const end = Date.parse(expiry);
        if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
          report(['expiry'], 'must be later than scheduled');
      }
    }),
  );
}

// Pure: a bundle that never reads it (a builder-only app) leaves it out, and with it every structured schema.
/**
 * The body of `POST /api/v1/subaccounts/{subAccountId}/messages`. Objects are checked field by field; fields the
 * reference does not know are passed through unchanged (see docs/decisions.md).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageRequestSchema } from '8x8-chatapps';
 *
 * v.is(MessageRequestSchema, {
 *   user: { msisdn: '+6591234567' },
 *   type: 'text',
 *   content: { text: 'Your order has shipped' },
 *   channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
 * }); // true
 * ```
 */
export const MessageRequestSchema = /* @__PURE__ */ messageRequestSchema(ContentSchema);

// The request's types are written out, not inferred from the schemas (see types.ts: why, and the test that keeps them
// equal to the schemas' output).

/**
 * A validated send-message request: exactly what goes on the wire.
 *
 * @example
 * ```ts
 * import type { MessageRequest } from '8x8-chatapps';
 *
 * const request: MessageRequest = {
 *   user: { msisdn: '+6512345678' },
 *   type: 'text',
 *   content: { text: 'Your order A-1234 has shipped', sms: { encoding: 'AUTO' } },
 *   channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
 * };
 * ```
 */
export type MessageRequest = {
  user: User;
  clientMessageId?: string | undefined;
  type: MessageType;
  content: Content;
  scheduled?: string | undefined;
  expiry?: string | undefined;
  dlrCallbackUrl?: string | undefined;
  channels?: ChannelRoute[] | undefined;
  context?: { umid: string } | undefined;
};

/**
 * What {@link parseMessage} and a send of a plain object accept: a {@link MessageRequest} as 8x8's own examples write
 * it. Every enum value may be in any letter case (`"Text"`, `"Button"`, `"url"`, `"quickreply"`, channel
 * `"whatsapp"`; editors still offer the reference's spellings), every number may be written as a string (`"index":
 * "0"`, `"latitude": "38.8693"`) and every boolean too (`"forceRefresh": "True"`), a product list may leave out
 * `interactive.type`, and arrays may be readonly (a body written `as const`). parseMessage returns the
 * {@link MessageRequest}: the reference's spellings, numbers and booleans, which every send also takes. A value no
 * type can tell from a good one (`"Buton"`, an index `"1e3"`) is refused at run time, at its path.
 *
 * @example
 * ```ts
 * import { type MessageRequestInput, parseMessage } from '8x8-chatapps';
 *
 * const input: MessageRequestInput = {
 *   user: { msisdn: '+6512345678' },
 *   type: 'Template',
 *   content: {
 *     template: {
 *       name: 'order_update',
 *       language: 'en_US',
 *       components: [{ type: 'Button', subType: 'url', index: '0', parameters: [{ type: 'text', text: 'A-1234' }] }],
 *     },
 *   },
 *   channels: [{ channel: 'whatsapp' }],
 * };
 * parseMessage(input).content.template?.components?.[0]?.subType; // 'Url'
 * ```
 */
export type MessageRequestInput = {
  user: User;
  clientMessageId?: string | undefined;
  type: ContentType | OtherSpelling;
  content: ContentInput;
  scheduled?: string | undefined;
  expiry?: string | undefined;
  dlrCallbackUrl?: string | undefined;
  channels?: readonly ChannelRouteInput[] | undefined;
  context?: { umid: string } | undefined;
};

/**
 * The recipient of a message.
 *
 * @example
 * ```ts
 * import type { User } from '8x8-chatapps';
 *
 * const national: User = { msisdn: '91234567', country: 'SG' };
 * ```
 */
export type User = {
  msisdn?: string | undefined;
  country?: string | undefined;
  lineUserId?: string | undefined;
  channelUserId?: string | undefined;
};

/**
 * The `content` object of a message.
 *
 * @example
 * ```ts
 * import type { Content } from '8x8-chatapps';
 *
 * const content: Content = { url: 'https://example.com/receipt.pdf', text: 'Your receipt' };
 * ```
 */
export type Content = {
  text?: string | undefined;
  whatsApp?: { directSend?: DirectSend | undefined } | undefined;
  url?: string | undefined;
  fallbackText?: string | undefined;
  sms?: SmsSettings | undefined;
  location?: Location | undefined;
  interactive?: Interactive | undefined;
  video?:
    | { thumbnail?: string | undefined; filesize?: number | undefined; duration?: number | undefined }
    | undefined;
  image?: { thumbnail?: string | undefined } | undefined;
  audio?: { duration: number } | undefined;
  template?: Template | undefined;
  richCard?: RichCard | undefined;
  carousel?: Carousel | undefined;
  suggestions?: Suggestion[] | undefined;
  button?: ViberButton | undefined;
};

/**
 * One step of a channel fallback chain.
 *
 * @example
 * ```ts
 * import type { ChannelRoute } from '8x8-chatapps';
 *
 * const route: ChannelRoute = { channel: 'RCS', fallbackAfter: 60, successStatus: 'Delivered' };
 * ```
 */
export type ChannelRoute = {
  channel: Channel;
  fallbackAfter?: number | undefined;
  successStatus?: SuccessStatus | undefined;
};

/**
 * The request `type` (lowercase).
 *
 * @example
 * ```ts
 * import type { MessageType } from '8x8-chatapps';
 *
 * const type: MessageType = 'interactive';
 * ```
 */
export type MessageType = ContentType;
