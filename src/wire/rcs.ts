// RCS content: suggestions (replies and actions), rich cards and carousels.
import * as v from 'valibot';
import { MESSAGE_LIMITS, RCS_LIMITS } from '../limits.js';
import {
  dateTime,
  e164,
  exactlyOne,
  has,
  httpUrl,
  isDateTime,
  label,
  latitude,
  list,
  longitude,
  object,
  rules,
  text,
  webPageUrlOfMaxLength,
} from './primitives.js';

const R = RCS_LIMITS;

/** Suggestion text: at most 25 characters, shown on the chip. */
const suggestionText = label(R.suggestionTextMaxLength);
/** Postback data: at most 2,048 characters, returned to you when the user taps. */
const postbackData = text(R.postbackDataMaxLength);

/**
 * A suggested reply: a chip whose text the user sends back.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SuggestedReplySchema } from '8x8-chatapps';
 *
 * v.is(SuggestedReplySchema, { text: 'Yes', postbackData: 'yes' }); // true
 * ```
 */
export const SuggestedReplySchema = object({
  text: suggestionText,
  postbackData,
});

/**
 * Opens the phone app with the number filled in.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { DialActionSchema } from '8x8-chatapps';
 *
 * v.is(DialActionSchema, { phoneNumber: '+6561234567' }); // true
 * ```
 */
export const DialActionSchema = object({
  // Phone number to dial, in E.164 format.
  phoneNumber: e164,
});

/**
 * Opens the map app at a point (latLong, optionally labelled) or searching for a query.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ViewLocationActionSchema } from '8x8-chatapps';
 *
 * v.is(ViewLocationActionSchema, { latLong: { latitude: 1.2834, longitude: 103.8607 }, label: 'Acme Dental' }); // true
 * ```
 */
export const ViewLocationActionSchema = v.pipe(
  object({
    latLong: v.optional(object({ latitude, longitude })),
    label: v.optional(text(R.locationLabelMaxLength)),
    query: v.optional(text(R.locationQueryMaxLength)),
  }),
  rules((action, report) => {
    // A location is given either as latLong (with an optional label) or as a search query.
    exactlyOne(action, ['latLong', 'query'], report);
    if (has(action, 'label') && !has(action, 'latLong'))
      report(['label'], 'is only allowed together with latLong');
  }),
);

/**
 * Opens the calendar app with an event prefilled.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CreateCalendarEventActionSchema } from '8x8-chatapps';
 *
 * v.is(CreateCalendarEventActionSchema, {
 *   startTime: '2026-12-02T10:30:00+08:00',
 *   endTime: '2026-12-02T11:00:00+08:00',
 *   title: 'Dental check-up',
 * }); // true
 * ```
 */
export const CreateCalendarEventActionSchema = v.pipe(
  object({
    title: label(R.calendarTitleMaxLength),
    description: v.optional(text(R.calendarDescriptionMaxLength)),
    startTime: dateTime,
    endTime: dateTime,
  }),
  rules((event, report) => {
    // An event ends after it starts.
    const { startTime, endTime } = event;
    if (
      typeof startTime === 'string' &&
      typeof endTime === 'string' &&
      isDateTime(startTime) &&
      isDateTime(endTime)
    ) {
      if (Date.parse(endTime) <= Date.parse(startTime)) report(['endTime'], 'must be later than startTime');
    }
  }),
);

/**
 * Where an opened URL is shown.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { OpenUrlApplicationSchema } from '8x8-chatapps';
 *
 * v.is(OpenUrlApplicationSchema, 'WEBVIEW'); // true
 * ```
 */
export const OpenUrlApplicationSchema = v.picklist([
  'OPEN_URL_APPLICATION_UNSPECIFIED',
  'BROWSER',
  'WEBVIEW',
]);
/**
 * How much of the screen a webview takes.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { WebviewViewModeSchema } from '8x8-chatapps';
 *
 * v.is(WebviewViewModeSchema, 'HALF'); // true
 * ```
 */
export const WebviewViewModeSchema = v.picklist([
  'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED',
  'FULL',
  'HALF',
  'TALL',
]);

/**
 * Opens a URL in the browser or a webview.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { OpenUrlActionSchema } from '8x8-chatapps';
 *
 * v.is(OpenUrlActionSchema, { url: 'https://www.example.com/plans' }); // true
 * ```
 */
export const OpenUrlActionSchema = object({
  // Rule: a URI (RFC 3986) of at most 2,048 characters; we take http(s) only (docs/decisions.md, URLs).
  url: webPageUrlOfMaxLength(R.openUrlMaxLength),
  application: v.optional(OpenUrlApplicationSchema),
  webviewViewMode: v.optional(WebviewViewModeSchema),
  description: v.optional(text(R.openUrlDescriptionMaxLength)),
});

/**
 * The four kinds of suggested action, exactly one of which an action carries.
 *
 * @example
 * ```ts
 * import { SUGGESTED_ACTION_KINDS } from '8x8-chatapps';
 *
 * SUGGESTED_ACTION_KINDS.includes('dialAction'); // true
 * ```
 */
export const SUGGESTED_ACTION_KINDS = [
  'dialAction',
  'viewLocationAction',
  'createCalendarEventAction',
  'openUrlAction',
] as const;

/**
 * A suggested action: a chip that dials, shows a location, creates a calendar event or opens a URL.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SuggestedActionSchema } from '8x8-chatapps';
 *
 * v.is(SuggestedActionSchema, { text: 'Call us', postbackData: 'call', dialAction: { phoneNumber: '+6561234567' } }); // true
 * ```
 */
export const SuggestedActionSchema = v.pipe(
  object({
    text: suggestionText,
    postbackData,
    fallbackUrl: v.optional(httpUrl),
    dialAction: v.optional(DialActionSchema),
    viewLocationAction: v.optional(ViewLocationActionSchema),
    createCalendarEventAction: v.optional(CreateCalendarEventActionSchema),
    openUrlAction: v.optional(OpenUrlActionSchema),
  }),
  rules((action, report) => {
    // Only one of dialAction, viewLocationAction, createCalendarEventAction, openUrlAction can be specified.
    exactlyOne(action, SUGGESTED_ACTION_KINDS, report);
  }),
);

/**
 * One suggestion: a reply or an action, never both.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SuggestionSchema } from '8x8-chatapps';
 *
 * v.is(SuggestionSchema, { reply: { text: 'Yes', postbackData: 'yes' } }); // true
 * ```
 */
export const SuggestionSchema = v.pipe(
  object({
    reply: v.optional(SuggestedReplySchema),
    action: v.optional(SuggestedActionSchema),
  }),
  rules((suggestion, report) => {
    // A suggestion is either a reply or an action.
    exactlyOne(suggestion, ['reply', 'action'], report);
  }),
);

/**
 * Height of the media in a card.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MediaHeightSchema } from '8x8-chatapps';
 *
 * v.is(MediaHeightSchema, 'medium'); // true
 * ```
 */
export const MediaHeightSchema = v.picklist(['short', 'medium', 'tall']);

/**
 * The media of a rich card or carousel card.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CardMediaSchema } from '8x8-chatapps';
 *
 * v.is(CardMediaSchema, { height: 'medium', contentInfo: { fileUrl: 'https://www.example.com/a.png' } }); // true
 * ```
 */
export const CardMediaSchema = object({
  height: v.optional(MediaHeightSchema),
  contentInfo: object({
    fileUrl: httpUrl,
    thumbnailUrl: v.optional(httpUrl),
    forceRefresh: v.optional(v.boolean()),
  }),
});

/** Suggestions on one card: at most 4. */
const cardSuggestions = list(SuggestionSchema, 'suggestions on a card', 0, R.cardSuggestionsMaxCount);

/**
 * A card of an RCS carousel.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CarouselCardSchema } from '8x8-chatapps';
 *
 * v.is(CarouselCardSchema, { title: 'Blue', media: { contentInfo: { fileUrl: 'https://www.example.com/blue.png' } } }); // true
 * ```
 */
export const CarouselCardSchema = object({
  title: v.optional(text(R.cardTitleMaxLength)),
  description: v.optional(text(R.cardDescriptionMaxLength)),
  media: CardMediaSchema,
  suggestions: v.optional(cardSuggestions),
});

/**
 * An RCS rich card (`content.richCard`, type `richCard`).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { RichCardSchema } from '8x8-chatapps';
 *
 * v.is(RichCardSchema, {
 *   cardOrientation: 'vertical',
 *   title: 'Summer sale',
 *   media: { height: 'medium', contentInfo: { fileUrl: 'https://www.example.com/sale.png' } },
 * }); // true
 * ```
 */
export const RichCardSchema = v.pipe(
  object({
    cardOrientation: v.picklist(['horizontal', 'vertical']),
    thumbnailImageAlignment: v.optional(v.picklist(['left', 'right'])),
    title: v.optional(text(R.cardTitleMaxLength)),
    description: v.optional(text(R.cardDescriptionMaxLength)),
    media: CardMediaSchema,
    suggestions: v.optional(cardSuggestions),
  }),
  rules((card, report) => {
    // thumbnailImageAlignment is applicable for horizontal cards only.
    if (has(card, 'thumbnailImageAlignment') && card['cardOrientation'] !== 'horizontal') {
      report(['thumbnailImageAlignment'], 'is only allowed when cardOrientation is "horizontal"');
    }
  }),
);

/**
 * An RCS carousel (`content.carousel`, type `carousel`): 2–10 cards.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CarouselSchema } from '8x8-chatapps';
 *
 * v.is(CarouselSchema, {
 *   cardWidth: 'medium',
 *   cards: [
 *     { title: 'Blue', media: { contentInfo: { fileUrl: 'https://www.example.com/blue.png' } } },
 *     { title: 'Red', media: { contentInfo: { fileUrl: 'https://www.example.com/red.png' } } },
 *   ],
 * }); // true
 * ```
 */
export const CarouselSchema = object({
  cardWidth: v.picklist(['small', 'medium']),
  cards: list(CarouselCardSchema, 'carousel cards', R.carouselCardsMinCount, R.carouselCardsMaxCount),
});

/**
 * Message-level suggestions (`content.suggestions`): at most 10.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { MessageSuggestionsSchema } from '8x8-chatapps';
 *
 * v.is(MessageSuggestionsSchema, [{ reply: { text: 'Yes', postbackData: 'yes' } }]); // true
 * ```
 */
export const MessageSuggestionsSchema = list(
  SuggestionSchema,
  'suggestions on a message',
  0,
  MESSAGE_LIMITS.suggestionsMaxCount,
);
