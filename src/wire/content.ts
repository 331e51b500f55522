// The `content` object of a send-message request: every sub-object of the reference, plus Viber rich media.
import * as v from 'valibot';
import { DIRECT_SEND_LIMITS, MESSAGE_LIMITS, VIBER_LIMITS } from '../limits.js';
import { InteractiveSchema } from './interactive.js';
import { httpUrl, integerIn, label, latitude, longitude, object, text } from './primitives.js';
import { CarouselSchema, MessageSuggestionsSchema, RichCardSchema } from './rcs.js';
import { registerStructuredContent } from './structured-content.js';
import { TemplateSchema } from './template.js';

/**
 * WhatsApp Direct Send: a business-initiated utility message without a pre-created template.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { DirectSendSchema } from '8x8-chatapps';
 *
 * v.is(DirectSendSchema, { category: 'utility', ttlSeconds: 600 }); // true
 * ```
 */
export const DirectSendSchema = object({
  // Only the utility category is supported.
  category: v.picklist(['utility']),
  // TTL: 30 seconds to 12 hours.
  ttlSeconds: v.optional(integerIn(DIRECT_SEND_LIMITS.ttlMinSeconds, DIRECT_SEND_LIMITS.ttlMaxSeconds)),
});

/**
 * SMS settings used when the message falls back to SMS.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SmsSettingsSchema } from '8x8-chatapps';
 *
 * v.is(SmsSettingsSchema, { encoding: 'AUTO', source: 'ACMESHOP' }); // true
 * ```
 */
export const SmsSettingsSchema = object({
  encoding: v.optional(v.picklist(['AUTO', 'GSM7', 'UCS2'])),
  // Sender id: at most 16 characters.
  source: v.optional(label(MESSAGE_LIMITS.smsSourceMaxLength)),
});

/**
 * A location pin (`content.location`, type `location`).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { LocationSchema } from '8x8-chatapps';
 *
 * v.is(LocationSchema, { latitude: 1.2834, longitude: 103.8607, name: 'Acme Marina Bay' }); // true
 * ```
 */
export const LocationSchema = object({
  latitude,
  longitude,
  name: v.optional(v.string()),
  address: v.optional(v.string()),
});

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * Viber rich media button: its caption and the URL it opens.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ViberButtonSchema } from '8x8-chatapps';
 *
 * v.is(ViberButtonSchema, { caption: 'See more', action: 'https://www.example.com/new' }); // true
 * ```
 */
export const ViberButtonSchema = object({
  caption: label(VIBER_LIMITS.buttonCaptionMaxLength),
  action: httpUrl,
});

const contentText = v.optional(text(MESSAGE_LIMITS.textMaxLength));
const whatsApp = v.optional(object({ directSend: v.optional(DirectSendSchema) }));
const url = v.optional(httpUrl);
const fallbackText = v.optional(text(MESSAGE_LIMITS.textMaxLength));
const sms = v.optional(SmsSettingsSchema);
const location = v.optional(LocationSchema);
const video = v.optional(
  object({
    thumbnail: v.optional(httpUrl),
    filesize: v.optional(nonNegative),
    duration: v.optional(nonNegative),
  }),
);
// LINE image thumbnail.
const image = v.optional(object({ thumbnail: v.optional(httpUrl) }));
// LINE audio duration, in seconds.
const audio = v.optional(object({ duration: nonNegative }));
const button = v.optional(ViberButtonSchema);

/**
 * The fields of `content` any message may carry, each with its schema. The structured content of one type
 * (interactive, template, rich card, carousel, suggestions) has schemas of its own modules: {@link ContentSchema}
 * adds them all, and a built message checks only those it carries (message-schema.ts), so an app that sends text
 * does not bundle the others.
 */
export const BASIC_CONTENT = {
  text: contentText,
  whatsApp,
  url,
  fallbackText,
  sms,
  location,
  video,
  image,
  audio,
  button,
};

/**
 * Every field of `content` in the order the schemas check them, so a message's issues come in the same order
 * whichever schema checks it.
 */
export const CONTENT_FIELD_ORDER = [
  'text',
  'whatsApp',
  'url',
  'fallbackText',
  'sms',
  'location',
  'interactive',
  'video',
  'image',
  'audio',
  'template',
  'richCard',
  'carousel',
  'suggestions',
  'button',
] as const;

// Pure at every call (esbuild does not carry purity across modules): a bundle that never reads it (a builder-only
// app) leaves it out, and with it every structured schema.
/**
 * The `content` of a message. Which fields are required depends on the request's `type`; those rules live with
 * the request schema.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ContentSchema } from '8x8-chatapps';
 *
 * v.is(ContentSchema, { text: 'Your order has shipped', sms: { encoding: 'AUTO' } }); // true
 * ```
 */
export const ContentSchema = /* @__PURE__ */ registerStructuredContent(
  /* @__PURE__ */ object({
    text: contentText,
    whatsApp,
    url,
    fallbackText,
    sms,
    location,
    interactive: /* @__PURE__ */ v.optional(InteractiveSchema),
    video,
    image,
    audio,
    template: /* @__PURE__ */ v.optional(TemplateSchema),
    richCard: /* @__PURE__ */ v.optional(RichCardSchema),
    carousel: /* @__PURE__ */ v.optional(CarouselSchema),
    suggestions: /* @__PURE__ */ v.optional(MessageSuggestionsSchema),
    button,
  }),
);
