// The numbers of the API, one table per group: each group is a constant of its own, which the modules that check
// it import, so a bundle carries only the groups its code reads (a bundler keeps a whole object literal, never
// some of its keys). LIMITS, the public table, joins them; only the docs and what a user writes read it whole.

/** `LIMITS.subAccountId`. */
export const SUB_ACCOUNT_ID_LIMITS = {
  /** `subAccountId` path parameter: 3–50 characters of `A-Z a-z 0-9 - . _ &`. */
  minLength: 3,
  maxLength: 50,
} as const;

/** `LIMITS.message`. */
export const MESSAGE_LIMITS = {
  /** `clientMessageId`: your own reference, at most 50 characters. */
  clientMessageIdMaxLength: 50,
  /** `content.text` and `content.fallbackText`: at most 35,000 characters. */
  textMaxLength: 35_000,
  /** `content.sms.source`: the SMS sender id, at most 16 characters. */
  smsSourceMaxLength: 16,
  /** `user.country`: a 2-letter country code. */
  countryLength: 2,
  /** `user.channelUserId` (WhatsApp BSUID): at most 128 letters and digits after the country code and '.'. */
  channelUserIdMaxLength: 128,
  /** `channels[].fallbackAfter`: 10 seconds to 1 day. */
  fallbackAfterMinSeconds: 10,
  fallbackAfterMaxSeconds: 86_400,
  /** `content.suggestions`: at most 10 suggestions on a message. */
  suggestionsMaxCount: 10,
  /** `channels`: each of the 9 channels at most once. */
  channelsMaxCount: 9,
} as const;

/** `LIMITS.directSend`. */
export const DIRECT_SEND_LIMITS = {
  /** `content.whatsApp.directSend.ttlSeconds`: 30 seconds to 12 hours. */
  ttlMinSeconds: 30,
  ttlMaxSeconds: 43_200,
} as const;

/** `LIMITS.interactive`. */
export const INTERACTIVE_LIMITS = {
  /** `interactive.action.buttons`: 1–3 reply buttons. */
  replyButtonsMinCount: 1,
  replyButtonsMaxCount: 3,
  /** `interactive.action.buttons[].reply.id`: at most 256 characters. */
  buttonIdMaxLength: 256,
  /** `interactive.action.buttons[].reply.title`: at most 20 characters. */
  buttonTitleMaxLength: 20,
  /** `interactive.action.button` (the list's menu button): at most 20 characters. */
  listButtonMaxLength: 20,
  /** `interactive.action.sections`: 1–10 sections. */
  sectionsMinCount: 1,
  sectionsMaxCount: 10,
  /** `interactive.action.sections[].title`: at most 24 characters. */
  sectionTitleMaxLength: 24,
  /** List rows: at most 10 across all sections. */
  rowsMaxTotal: 10,
  /** `rows[].id`: at most 200 characters. */
  rowIdMaxLength: 200,
  /** `rows[].title`: at most 24 characters. */
  rowTitleMaxLength: 24,
  /** `rows[].description`: at most 72 characters. */
  rowDescriptionMaxLength: 72,
  /** Multi-product: at most 30 products across all sections. */
  productItemsMaxTotal: 30,
  /** `interactive.header.text`: at most 60 characters. */
  headerTextMaxLength: 60,
  /** `interactive.body.text`: at most 1,024 characters. */
  bodyTextMaxLength: 1024,
  /** `interactive.footer.text`: at most 60 characters. */
  footerTextMaxLength: 60,
  /** `interactive.action.parameters.display_text` (CTA URL / voice call label): at most 20 characters. */
  displayTextMaxLength: 20,
  /** `interactive.action.parameters.payload` (voice call): at most 512 characters. */
  voiceCallPayloadMaxLength: 512,
  /** `interactive.action.parameters.flowCta`: at most 30 characters. */
  flowCtaMaxLength: 30,
  /** `ttlMinutes` of a voice call, in an interactive message or a template parameter: 1 minute to 30 days. */
  ttlMinutesMin: 1,
  ttlMinutesMax: 43_200,
} as const;

/** `LIMITS.template`. */
export const TEMPLATE_LIMITS = {
  /** Template button `index`: 0–9, so at most 10 buttons. */
  buttonIndexMin: 0,
  buttonIndexMax: 9,
  /** At most 2 buttons of sub-type `Url`. */
  urlButtonsMaxCount: 2,
  /** Template carousel `cardIndex`: 0–9, so at most 10 cards. */
  carouselCardIndexMin: 0,
  carouselCardIndexMax: 9,
  /** Template carousel `cards`: 1–10 cards. */
  carouselCardsMinCount: 1,
  carouselCardsMaxCount: 10,
  /** Button `index` inside a template carousel card: 0–1, so at most 2 buttons a card. */
  cardButtonIndexMin: 0,
  cardButtonIndexMax: 1,
} as const;

/** `LIMITS.rcs`. */
export const RCS_LIMITS = {
  /** Rich card and carousel card `title`: at most 200 characters. */
  cardTitleMaxLength: 200,
  /** Rich card and carousel card `description`: at most 2,000 characters. */
  cardDescriptionMaxLength: 2000,
  /** `suggestions` on one card: at most 4. */
  cardSuggestionsMaxCount: 4,
  /** `carousel.cards`: 2–10 cards. */
  carouselCardsMinCount: 2,
  carouselCardsMaxCount: 10,
  /** Suggestion `text` (reply or action): at most 25 characters. */
  suggestionTextMaxLength: 25,
  /** Suggestion `postbackData`: at most 2,048 characters. */
  postbackDataMaxLength: 2048,
  /** `viewLocationAction.label`: at most 100 characters. */
  locationLabelMaxLength: 100,
  /** `viewLocationAction.query`: at most 200 characters. */
  locationQueryMaxLength: 200,
  /** `createCalendarEventAction.title`: at most 100 characters. */
  calendarTitleMaxLength: 100,
  /** `createCalendarEventAction.description`: at most 500 characters. */
  calendarDescriptionMaxLength: 500,
  /** `openUrlAction.url` and `openUrlAction.description`: at most 2,048 characters. */
  openUrlMaxLength: 2048,
  openUrlDescriptionMaxLength: 2048,
} as const;

/** `LIMITS.viber`. */
export const VIBER_LIMITS = {
  /** Viber rich media `content.button.caption`: at most 30 characters. */
  buttonCaptionMaxLength: 30,
} as const;

/** `LIMITS.geo`. */
export const GEO_LIMITS = {
  /** Latitude in degrees. */
  latitudeMin: -90,
  latitudeMax: 90,
  /** Longitude in degrees. */
  longitudeMin: -180,
  longitudeMax: 180,
} as const;

/** `LIMITS.guards`. */
export const GUARD_LIMITS = {
  /** Objects and arrays read from you (`.extra()`, `parseMessage`, every send): at most 64 levels deep; the wire format nests about 10. */
  nestingMaxDepth: 64,
  /** Arrays read from you: at most 100,000 items, checked before reading, since a proxy or sparse array can claim billions. */
  arrayMaxItems: 100_000,
  /** Answer bodies read by the default transport: at most 1 MiB; 8x8's answers are a few KB, so the rest is not read. */
  answerBodyMaxBytes: 1_048_576,
  /** Webhook bodies read by `createWebhookHandler` unless `maxBodyBytes` says otherwise: at most 1 MiB; a receipt or an inbound message is a few KB. */
  webhookBodyMaxBytes: 1_048_576,
} as const;

/**
 * Every number of the 8x8 send-message API in one table: lengths, counts and ranges; and, in `guards`, the bounds
 * the library itself sets on what it reads (nesting, array length, answer size), which no real message reaches.
 *
 * The wire schemas, the builders' compile-time counts and the generated limits page of the docs all read this table,
 * so when 8x8 or Meta changes a limit it changes here and nowhere else.
 * Keys are grouped by the part of the message they constrain; `max…`/`min…` are inclusive.
 *
 * @example
 * ```ts
 * import { LIMITS } from '8x8-chatapps';
 *
 * const title = 'Track my order';
 * if (title.length > LIMITS.interactive.buttonTitleMaxLength) throw new Error('too long');
 * ```
 */
export const LIMITS = {
  subAccountId: SUB_ACCOUNT_ID_LIMITS,
  message: MESSAGE_LIMITS,
  directSend: DIRECT_SEND_LIMITS,
  interactive: INTERACTIVE_LIMITS,
  template: TEMPLATE_LIMITS,
  rcs: RCS_LIMITS,
  viber: VIBER_LIMITS,
  geo: GEO_LIMITS,
  guards: GUARD_LIMITS,
} as const;

/**
 * The type of {@link LIMITS}: every number as a literal type, for compile-time counts.
 *
 * @example
 * ```ts
 * import type { Limits } from '8x8-chatapps';
 *
 * type MaxReplyButtons = Limits['interactive']['replyButtonsMaxCount']; // 3
 * ```
 */
export type Limits = typeof LIMITS;
