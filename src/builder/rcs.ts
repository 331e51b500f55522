// RCS content parts as immutable builders: suggestions (one reply or exactly one action each, by construction),
// rich cards (vertical or horizontal) and carousels of 2–10 cards. Counts come from `typeof LIMITS`; lengths, URLs
// and date-times are checked by the wire schemas when the message builds.

import type * as v from 'valibot';
import { ValidationError } from '../errors/validation-error.js';
import { type Limits, RCS_LIMITS } from '../limits.js';
import type { CountUpTo, Increment, IsBelow, IsFull } from '../types/counts.js';
import type { ExceedsLength } from '../types/length.js';
import { schemaAt } from '../wire/lenient.js';
import { CarouselSchema, MessageSuggestionsSchema, RichCardSchema, SuggestionSchema } from '../wire/rcs.js';
import type { MessageRequest } from '../wire/request.js';
import { registerContentSchema } from '../wire/structured-content.js';
import {
  copyWire,
  markUnread,
  ownAs,
  partSchemaAt,
  partTakesUnread,
  partWireAs,
  sharesWire,
  takeUnread,
} from './interactive-copy.js';
import type { SuggestionPart } from './parts.js';
import { guardedFactories, guardSteps } from './step-guard.js';

const R = RCS_LIMITS;

// The parts bring the schemas the message's build() checks them with (an app without them does not bundle them).
registerContentSchema('richCard', RichCardSchema);
registerContentSchema('carousel', CarouselSchema);
registerContentSchema('suggestions', MessageSuggestionsSchema);

/** Where the steps' values go in the RCS schemas: each step reads what it receives with it (ownAs). */
const ACTION = partSchemaAt(SuggestionSchema, 'action');
const AT = {
  replyText: partSchemaAt(SuggestionSchema, 'reply', 'text'),
  replyPostbackData: partSchemaAt(SuggestionSchema, 'reply', 'postbackData'),
  text: partSchemaAt(ACTION, 'text'),
  postbackData: partSchemaAt(ACTION, 'postbackData'),
  fallbackUrl: partSchemaAt(ACTION, 'fallbackUrl'),
  phoneNumber: partSchemaAt(ACTION, 'dialAction', 'phoneNumber'),
  latitude: partSchemaAt(ACTION, 'viewLocationAction', 'latLong', 'latitude'),
  longitude: partSchemaAt(ACTION, 'viewLocationAction', 'latLong', 'longitude'),
  label: partSchemaAt(ACTION, 'viewLocationAction', 'label'),
  query: partSchemaAt(ACTION, 'viewLocationAction', 'query'),
  eventTitle: partSchemaAt(ACTION, 'createCalendarEventAction', 'title'),
  eventDescription: partSchemaAt(ACTION, 'createCalendarEventAction', 'description'),
  startTime: partSchemaAt(ACTION, 'createCalendarEventAction', 'startTime'),
  endTime: partSchemaAt(ACTION, 'createCalendarEventAction', 'endTime'),
  url: partSchemaAt(ACTION, 'openUrlAction', 'url'),
  application: partSchemaAt(ACTION, 'openUrlAction', 'application'),
  webviewViewMode: partSchemaAt(ACTION, 'openUrlAction', 'webviewViewMode'),
  urlDescription: partSchemaAt(ACTION, 'openUrlAction', 'description'),
  messageSuggestion: partSchemaAt(MessageSuggestionsSchema, 0),
  carouselCard: partSchemaAt(CarouselSchema, 'cards', 0),
} as const;

/** Where a card's step values go, by the schema of the card: a carousel's or a rich card's. */
function cardFields(card: v.GenericSchema) {
  return {
    title: partSchemaAt(card, 'title'),
    description: partSchemaAt(card, 'description'),
    height: partSchemaAt(card, 'media', 'height'),
    fileUrl: partSchemaAt(card, 'media', 'contentInfo', 'fileUrl'),
    thumbnailUrl: partSchemaAt(card, 'media', 'contentInfo', 'thumbnailUrl'),
    forceRefresh: partSchemaAt(card, 'media', 'contentInfo', 'forceRefresh'),
    suggestion: partSchemaAt(card, 'suggestions', 0),
    // A carousel card has none: kept as it is, as build() would (the card's wire leaves it out anyway).
    thumbnailImageAlignment: schemaAt(card, 'thumbnailImageAlignment'),
  };
}
const CARD_AT = { carousel: cardFields(AT.carouselCard), rich: cardFields(RichCardSchema) } as const;

/** Why a part cannot be sent yet (its `kind` until it is complete) or why a step is refused (a parameter type). */
const REASONS = {
  richCardWithoutMedia: '✗ a rich card needs media: call .media(fileUrl)',
  carouselCardWithoutMedia: '✗ a carousel card needs media: call .media(fileUrl)',
  tooManyCardSuggestions: `✗ a card has at most ${R.cardSuggestionsMaxCount} suggestions`,
  tooFewCards: `✗ a carousel needs at least ${R.carouselCardsMinCount} cards: call .card(…)`,
  tooManyCards: `✗ a carousel has at most ${R.carouselCardsMaxCount} cards`,
} as const;

type Reasons = typeof REASONS;

/** The rules of texts written as literals, type-only (see interactive.ts's TextRules: written out where used). */
interface TextRules {
  suggestionEmpty: '✗ a suggestion text must not be empty';
  suggestionTooLong: `✗ a suggestion text has at most ${Limits['rcs']['suggestionTextMaxLength']} characters`;
  phoneNumberEmpty: '✗ a phone number must not be empty';
  urlEmpty: '✗ a URL must not be empty';
  calendarTitleEmpty: '✗ a calendar event title must not be empty';
  mediaUrlEmpty: '✗ a media file URL must not be empty';
}

// ---------------------------------------------------------------------------------------------------------------
// Suggestions

/**
 * What every suggested action carries besides its action: the data you get back when it is tapped, and a URL
 * opened instead on devices that cannot perform the action.
 *
 * @example
 * ```ts
 * import type { SuggestedActionOptions } from '8x8-chatapps';
 *
 * const options: SuggestedActionOptions = { postbackData: 'call_us', fallbackUrl: 'https://example.com/contact' };
 * ```
 */
export interface SuggestedActionOptions {
  /** Returned to you when the user taps (≤2,048 characters; 8x8 expects base64). */
  readonly postbackData: string;
  /** Opened when the device does not support the action (http or https). */
  readonly fallbackUrl?: string;
}

/**
 * A place to show: a point (with an optional label) or, on Android Messages, a search query.
 *
 * @example
 * ```ts
 * import type { LocationTarget } from '8x8-chatapps';
 *
 * const clinic: LocationTarget = { latitude: 40.7128, longitude: -74.006, label: 'Wellness Dental' };
 * const nearby: LocationTarget = { query: 'phone stores near me' };
 * ```
 */
export type LocationTarget =
  | {
      readonly latitude: number;
      readonly longitude: number;
      /** ≤100 characters. */
      readonly label?: string;
      readonly query?: never;
    }
  | {
      /** ≤200 characters. */
      readonly query: string;
      readonly latitude?: never;
      readonly longitude?: never;
      readonly label?: never;
    };

/**
 * A calendar event to prefill. Times are RFC 3339 strings with a zone (`2026-12-02T10:30:00-05:00`) or `Date`s;
 * the event must end after it starts.
 *
 * @example
 * ```ts
 * import type { CalendarEvent } from '8x8-chatapps';
 *
 * const event: CalendarEvent = {
 *   title: 'Dental check-up',
 *   startTime: '2026-12-02T10:30:00-05:00',
 *   endTime: new Date('2026-12-02T16:15:00Z'),
 * };
 * ```
 */
export interface CalendarEvent {
  /** ≤100 characters. */
  readonly title: string;
  /** ≤500 characters. */
  readonly description?: string;
  readonly startTime: string | Date;
  readonly endTime: string | Date;
}

/**
 * Where a URL opens: `application` is any value of the reference (`BROWSER`, `WEBVIEW`,
 * `OPEN_URL_APPLICATION_UNSPECIFIED`); the webview's view mode and accessibility description may be given with any of
 * them (the reference does not restrict them, and 8x8's examples send them with `BROWSER`).
 *
 * @example
 * ```ts
 * import type { UrlTarget } from '8x8-chatapps';
 *
 * const webview: UrlTarget = { url: 'https://example.com/plans', application: 'WEBVIEW', webviewViewMode: 'HALF' };
 * const browser: UrlTarget = { url: 'https://example.com', application: 'BROWSER', description: 'Our website' };
 * ```
 */
export interface UrlTarget {
  /** Any absolute URI (≤2,048 characters). */
  readonly url: string;
  /** 8x8's default: `OPEN_URL_APPLICATION_UNSPECIFIED`. */
  readonly application?: 'BROWSER' | 'WEBVIEW' | 'OPEN_URL_APPLICATION_UNSPECIFIED';
  /** 8x8's default: `FULL`. */
  readonly webviewViewMode?: 'FULL' | 'HALF' | 'TALL' | 'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED';
  /** Accessibility description of the webview (≤2,048 characters). */
  readonly description?: string;
}

/**
 * The text of a suggestion chip: a literal of 1–25 characters, or any `string` (checked when the message builds); an
 * empty or longer literal is refused with the rule as the expected type.
 *
 * @example
 * ```ts
 * import type { SuggestionText } from '8x8-chatapps';
 *
 * const text: SuggestionText<'Confirm'> = 'Confirm';
 * ```
 * @internal
 */
export type SuggestionText<Text extends string> = Text extends ''
  ? TextRules['suggestionEmpty']
  : ExceedsLength<Text, Limits['rcs']['suggestionTextMaxLength']> extends true
    ? TextRules['suggestionTooLong']
    : Text;

type SuggestedAction = NonNullable<Suggestion['action']>;

class SuggestionValue implements SuggestionPart {
  readonly kind = 'suggestion';
  /** Made by a factory from its caller's values, each owned: shared with the chains and cards that hold it. */
  readonly #wire: Suggestion;

  static {
    // biome-ignore lint/complexity/noThisInStatic: TypeScript 7 emits the class's name here as an unassigned alias
    sharesWire(this.prototype, (part) => (#wire in part ? part.#wire : undefined));
  }

  constructor(wire: Suggestion) {
    this.#wire = wire;
    partTakesUnread(this);
    Object.freeze(this);
  }

  toWire(): Suggestion {
    return copyWire(this.#wire);
  }

  toJSON(): Suggestion {
    return this.toWire();
  }
}

function action(
  text: string,
  options: SuggestedActionOptions,
  kind: Omit<SuggestedAction, 'text' | 'postbackData' | 'fallbackUrl'>,
): SuggestionPart {
  const { postbackData, fallbackUrl } = options;
  const wire: Record<string, unknown> = {
    text: ownAs(AT.text, text),
    postbackData: ownAs(AT.postbackData, postbackData),
  };
  if (fallbackUrl !== undefined) wire['fallbackUrl'] = ownAs(AT.fallbackUrl, fallbackUrl);
  for (const key of Object.keys(kind)) wire[key] = kind[key as keyof typeof kind];
  return new SuggestionValue({ action: wire as SuggestedAction });
}

/** `Date`s become RFC 3339 in UTC; an invalid `Date` is left for the schema to report at its path. */
function dateTime(value: string | Date): string {
  if (typeof value === 'string') return value;
  return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
}

/**
 * RCS suggestions: chips under a card or a message. Each factory makes one suggestion with exactly one reply or
 * action, so a suggestion with two actions cannot be written. Chip text is at most 25 characters.
 *
 * @example
 * ```ts
 * import { Suggestion } from '8x8-chatapps';
 *
 * const chips = [
 *   Suggestion.reply('Confirm', 'Y29uZmlybQ=='),
 *   Suggestion.dial('Call the clinic', { phoneNumber: '+10000000002', postbackData: 'Y2FsbA==' }),
 * ];
 * ```
 */
export const Suggestion = Object.freeze(
  guardSteps({
    /**
     * A suggested reply: tapping it sends `text` back, and you receive `postbackData`.
     *
     * @example
     * ```ts
     * import { Suggestion } from '8x8-chatapps';
     *
     * const yes = Suggestion.reply('Yes', 'answer_yes');
     * ```
     */
    reply<Text extends string>(text: SuggestionText<Text>, postbackData: string): SuggestionPart {
      return new SuggestionValue({
        reply: { text: ownAs(AT.replyText, text), postbackData: ownAs(AT.replyPostbackData, postbackData) },
      });
    },

    /**
     * Opens the phone app with `phoneNumber` (E.164) filled in.
     *
     * @example
     * ```ts
     * import { Suggestion } from '8x8-chatapps';
     *
     * const call = Suggestion.dial('Call us', { phoneNumber: '+6512345678', postbackData: 'call_us' });
     * ```
     */
    dial<Text extends string, Phone extends string>(
      text: SuggestionText<Text>,
      options: SuggestedActionOptions & {
        readonly phoneNumber: Phone extends '' ? TextRules['phoneNumberEmpty'] : Phone;
      },
    ): SuggestionPart {
      return action(text, options, {
        dialAction: { phoneNumber: ownAs(AT.phoneNumber, options.phoneNumber) },
      });
    },

    /**
     * Opens the map app at a point, or searching for a query.
     *
     * @example
     * ```ts
     * import { Suggestion } from '8x8-chatapps';
     *
     * const directions = Suggestion.viewLocation('Directions', {
     *   latitude: 40.7128,
     *   longitude: -74.006,
     *   label: 'Wellness Dental',
     *   postbackData: 'directions',
     * });
     * const stores = Suggestion.viewLocation('Find a store', { query: 'phone stores near me', postbackData: 'stores' });
     * ```
     */
    viewLocation<Text extends string>(
      text: SuggestionText<Text>,
      options: SuggestedActionOptions & LocationTarget,
    ): SuggestionPart {
      // Everything given is sent, so a JavaScript caller who passes both a point and a query hears about it.
      const { latitude, longitude, label, query } = options;
      const viewLocationAction: Record<string, unknown> = {};
      if (latitude !== undefined || longitude !== undefined)
        viewLocationAction['latLong'] = {
          latitude: ownAs(AT.latitude, latitude),
          longitude: ownAs(AT.longitude, longitude),
        };
      if (label !== undefined) viewLocationAction['label'] = ownAs(AT.label, label);
      if (query !== undefined) viewLocationAction['query'] = ownAs(AT.query, query);
      return action(text, options, {
        viewLocationAction: viewLocationAction as NonNullable<SuggestedAction['viewLocationAction']>,
      });
    },

    /**
     * Opens the calendar app with an event prefilled.
     *
     * @example
     * ```ts
     * import { Suggestion } from '8x8-chatapps';
     *
     * const remind = Suggestion.calendarEvent('Add to calendar', {
     *   title: 'Dental check-up',
     *   startTime: '2026-12-02T10:30:00-05:00',
     *   endTime: '2026-12-02T11:15:00-05:00',
     *   postbackData: 'calendar',
     * });
     * ```
     */
    calendarEvent<Text extends string, Title extends string>(
      text: SuggestionText<Text>,
      options: SuggestedActionOptions &
        CalendarEvent & { readonly title: Title extends '' ? TextRules['calendarTitleEmpty'] : Title },
    ): SuggestionPart {
      const { title, description, startTime, endTime } = options;
      const event: Record<string, unknown> = { title: ownAs(AT.eventTitle, title) };
      if (description !== undefined) event['description'] = ownAs(AT.eventDescription, description);
      event['startTime'] = ownAs(AT.startTime, dateTime(startTime));
      event['endTime'] = ownAs(AT.endTime, dateTime(endTime));
      return action(text, options, {
        createCalendarEventAction: event as NonNullable<SuggestedAction['createCalendarEventAction']>,
      });
    },

    /**
     * Opens a URL in the browser, or in a webview.
     *
     * @example
     * ```ts
     * import { Suggestion } from '8x8-chatapps';
     *
     * const track = Suggestion.openUrl('Track order', { url: 'https://example.com/track/1', postbackData: 'track' });
     * const plans = Suggestion.openUrl('Compare plans', {
     *   url: 'https://example.com/plans',
     *   application: 'WEBVIEW',
     *   webviewViewMode: 'FULL',
     *   description: 'Plan comparison',
     *   postbackData: 'compare',
     * });
     * ```
     */
    openUrl<Text extends string, Url extends string>(
      text: SuggestionText<Text>,
      options: SuggestedActionOptions &
        UrlTarget & { readonly url: Url extends '' ? TextRules['urlEmpty'] : Url },
    ): SuggestionPart {
      const { url, application, webviewViewMode, description } = options;
      const target: Record<string, unknown> = { url: ownAs(AT.url, url) };
      if (application !== undefined) target['application'] = ownAs(AT.application, application);
      if (webviewViewMode !== undefined)
        target['webviewViewMode'] = ownAs(AT.webviewViewMode, webviewViewMode);
      if (description !== undefined) target['description'] = ownAs(AT.urlDescription, description);
      return action(text, options, {
        openUrlAction: target as NonNullable<SuggestedAction['openUrlAction']>,
      });
    },
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// Cards

/**
 * The counts of suggestions a card can be at (0–4).
 *
 * @example
 * ```ts
 * import type { CardSuggestionCount } from '8x8-chatapps';
 *
 * const count: CardSuggestionCount = 4;
 * ```
 * @internal
 */
export type CardSuggestionCount = CountUpTo<Limits['rcs']['cardSuggestionsMaxCount']>;
/**
 * The counts of cards a carousel can be at (0–10).
 *
 * @example
 * ```ts
 * import type { CarouselCardCount } from '8x8-chatapps';
 *
 * const count: CarouselCardCount = 2;
 * ```
 * @internal
 */
export type CarouselCardCount = CountUpTo<Limits['rcs']['carouselCardsMaxCount']>;

/**
 * How a card shows its media: the height, a thumbnail shown while the file loads, and whether RCS should fetch the
 * file again even if cached.
 *
 * @example
 * ```ts
 * import type { CardMediaOptions } from '8x8-chatapps';
 *
 * const options: CardMediaOptions = { height: 'medium', thumbnailUrl: 'https://example.com/thumb.jpg' };
 * ```
 */
export interface CardMediaOptions {
  readonly height?: 'short' | 'medium' | 'tall';
  readonly thumbnailUrl?: string;
  readonly forceRefresh?: boolean;
}

/**
 * A finished carousel card, as returned by the callback of `.card(…)`.
 *
 * @example
 * ```ts
 * import { Carousel, type CarouselCardBuilder, type CarouselCardPart } from '8x8-chatapps';
 *
 * const plan = (name: string) => (card: CarouselCardBuilder<false, 0>): CarouselCardPart =>
 *   card.title(name).media(`https://example.com/${name}.png`);
 * const plans = Carousel.medium().card(plan('basic')).card(plan('plus'));
 * ```
 */
export interface CarouselCardPart {
  readonly kind: 'carouselCard';
  /** The wire card (validated when the message builds). */
  toWire(): Carousel['cards'][number];
}

/**
 * The card builder a card of each shape continues with, at the given state.
 *
 * @example
 * ```ts
 * import type { CardOf, HorizontalRichCard } from '8x8-chatapps';
 *
 * const same: CardOf<'horizontal', true, 0> extends HorizontalRichCard<true, 0> ? true : false = true;
 * ```
 * @internal
 */
export type CardOf<
  Shape extends CardShape,
  HasMedia extends boolean,
  Count extends CardSuggestionCount,
> = Shape extends 'vertical'
  ? VerticalRichCard<HasMedia, Count>
  : Shape extends 'horizontal'
    ? HorizontalRichCard<HasMedia, Count>
    : CarouselCardBuilder<HasMedia, Count>;

/**
 * The card a `.suggestion(…)` continues with: once the card holds the most suggestions it can, the shape's full
 * card ({@link FullVerticalRichCard} and its siblings), whose `.suggestion` completion strikes through; otherwise
 * {@link CardOf}. (Only this step changes the count, so only it pays for the check; a count known only as a range
 * stays a {@link CardOf}.)
 *
 * @example
 * ```ts
 * import type { FullVerticalRichCard, SuggestedCardOf } from '8x8-chatapps';
 *
 * const full: SuggestedCardOf<'vertical', true, 4> extends FullVerticalRichCard<true> ? true : false = true;
 * ```
 * @internal
 */
export type SuggestedCardOf<
  Shape extends CardShape,
  HasMedia extends boolean,
  Count extends CardSuggestionCount,
> = [Count] extends [Limits['rcs']['cardSuggestionsMaxCount']]
  ? Shape extends 'vertical'
    ? FullVerticalRichCard<HasMedia>
    : Shape extends 'horizontal'
      ? FullHorizontalRichCard<HasMedia>
      : FullCarouselCard<HasMedia>
  : CardOf<Shape, HasMedia, Count>;

/**
 * The file URL of a card's media: any `string` but an empty literal (the URL itself is checked when the message
 * builds).
 *
 * @example
 * ```ts
 * import type { MediaUrl } from '8x8-chatapps';
 *
 * const url: MediaUrl<'https://example.com/a.png'> = 'https://example.com/a.png';
 * ```
 * @internal
 */
export type MediaUrl<Url extends string> = Url extends '' ? TextRules['mediaUrlEmpty'] : Url;

/**
 * The three kinds of card: a vertical or horizontal rich card, or a carousel card.
 *
 * @example
 * ```ts
 * import type { CardShape } from '8x8-chatapps';
 *
 * const shape: CardShape = 'horizontal';
 * ```
 * @internal
 */
export type CardShape = 'vertical' | 'horizontal' | 'carousel';

/**
 * The steps every card shares: title, description, media and up to 4 suggestions.
 *
 * @typeParam Shape - a vertical or horizontal rich card, or a carousel card.
 * @typeParam HasMedia - whether `.media(…)` was called (cards need media).
 * @typeParam Count - suggestions so far (0–4).
 * @example
 * ```ts
 * import { RichCard } from '8x8-chatapps';
 *
 * const card = RichCard.vertical().title('Your order has shipped').media('https://example.com/parcel.jpg');
 * ```
 */
export interface CardSteps<
  Shape extends CardShape,
  HasMedia extends boolean,
  Count extends CardSuggestionCount,
> {
  /**
   * Sets the title (≤200 characters).
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.vertical().title('Summer sale').media('https://example.com/sale.png');
   * ```
   */
  title(title: string): CardOf<Shape, HasMedia, Count>;
  /**
   * Sets the description (≤2,000 characters).
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.vertical().description('Arrives tomorrow by 6 PM.').media('https://example.com/parcel.jpg');
   * ```
   */
  description(description: string): CardOf<Shape, HasMedia, Count>;
  /**
   * Sets the media: a public http(s) file URL, with optional height, thumbnail and refresh.
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.vertical().media('https://example.com/parcel.jpg', {
   *   height: 'medium',
   *   thumbnailUrl: 'https://example.com/parcel-thumb.jpg',
   * });
   * ```
   */
  media<Url extends string>(fileUrl: MediaUrl<Url>, options?: CardMediaOptions): CardOf<Shape, true, Count>;
  /**
   * Adds a suggestion under the card (at most 4).
   *
   * @example
   * ```ts
   * import { RichCard, Suggestion } from '8x8-chatapps';
   *
   * const card = RichCard.vertical()
   *   .media('https://example.com/parcel.jpg')
   *   .suggestion(Suggestion.reply('Thanks!', 'dGhhbmtz'));
   * ```
   */
  suggestion(
    suggestion: IsFull<Count, Limits['rcs']['cardSuggestionsMaxCount']> extends true
      ? Reasons['tooManyCardSuggestions']
      : SuggestionPart,
  ): SuggestedCardOf<Shape, HasMedia, Increment<Count, Limits['rcs']['cardSuggestionsMaxCount']>>;
}

/**
 * What both rich-card orientations end with: the `kind` that says whether the card is complete, and its wire form.
 *
 * @typeParam HasMedia - whether `.media(…)` was called; the card is complete once it has media.
 * @example
 * ```ts
 * import { RichCard, type RichCardEnd } from '8x8-chatapps';
 *
 * const card: RichCardEnd<true> = RichCard.vertical().media('https://example.com/a.png');
 * ```
 */
export interface RichCardEnd<HasMedia extends boolean> {
  /** `'richCard'` once the card has media; until then, what is missing. */
  readonly kind: HasMedia extends true ? 'richCard' : Reasons['richCardWithoutMedia'];
  /**
   * The `content.richCard` wire object (validated when the message builds).
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const wire = RichCard.vertical().media('https://example.com/a.png').toWire();
   * ```
   */
  toWire(): RichCard;
  /**
   * The wire object, so `JSON.stringify(card)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const json = JSON.stringify(RichCard.horizontal().media('https://example.com/a.png'));
   * ```
   */
  toJSON(): RichCard;
}

/**
 * A vertical rich card: media on top, then title, description and suggestions.
 *
 * @typeParam HasMedia - whether `.media(…)` was called; the card is complete once it has media.
 * @typeParam Count - suggestions so far (0–4).
 * @example
 * ```ts
 * import { RichCard } from '8x8-chatapps';
 *
 * const card = RichCard.vertical().title('Your order has shipped').media('https://example.com/parcel.jpg');
 * ```
 */
export interface VerticalRichCard<
  HasMedia extends boolean = boolean,
  Count extends CardSuggestionCount = CardSuggestionCount,
> extends CardSteps<'vertical', HasMedia, Count>,
    RichCardEnd<HasMedia> {}

/**
 * A horizontal rich card: media beside the text, on the left or the right.
 *
 * @typeParam HasMedia - whether `.media(…)` was called; the card is complete once it has media.
 * @typeParam Count - suggestions so far (0–4).
 * @example
 * ```ts
 * import { RichCard } from '8x8-chatapps';
 *
 * const card = RichCard.horizontal().thumbnailImageAlignment('right').media('https://example.com/clinic.png');
 * ```
 */
export interface HorizontalRichCard<
  HasMedia extends boolean = boolean,
  Count extends CardSuggestionCount = CardSuggestionCount,
> extends CardSteps<'horizontal', HasMedia, Count>,
    RichCardEnd<HasMedia> {
  /**
   * Which side the media sits on (horizontal cards only).
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.horizontal().thumbnailImageAlignment('left').media('https://example.com/a.png');
   * ```
   */
  thumbnailImageAlignment(alignment: 'left' | 'right'): HorizontalRichCard<HasMedia, Count>;
}

/**
 * One card of a carousel, given to the callback of `.card(…)`.
 *
 * @typeParam HasMedia - whether `.media(…)` was called; the card is complete once it has media.
 * @typeParam Count - suggestions so far (0–4).
 * @example
 * ```ts
 * import { Carousel } from '8x8-chatapps';
 *
 * const plans = Carousel.medium()
 *   .card((card) => card.title('Basic').media('https://example.com/basic.png'))
 *   .card((card) => card.title('Plus').media('https://example.com/plus.png'));
 * ```
 */
export interface CarouselCardBuilder<
  HasMedia extends boolean = boolean,
  Count extends CardSuggestionCount = CardSuggestionCount,
> extends CardSteps<'carousel', HasMedia, Count> {
  /** `'carouselCard'` once the card has media; until then, what is missing. */
  readonly kind: HasMedia extends true ? 'carouselCard' : Reasons['carouselCardWithoutMedia'];
  /**
   * The wire card (validated when the message builds).
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const wire = Carousel.small().card((card) => card.media('https://example.com/a.png')).toWire().cards[0];
   * ```
   */
  toWire(): Carousel['cards'][number];
}

/**
 * A vertical rich card holding the most suggestions a card can have: `.suggestion` is refused, and marked
 * deprecated so the completion list strikes it through; calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import { RichCard, Suggestion, type FullVerticalRichCard } from '8x8-chatapps';
 *
 * const yes = Suggestion.reply('Yes', 'yes');
 * const card: FullVerticalRichCard<false> = RichCard.vertical().suggestion(yes).suggestion(yes).suggestion(yes).suggestion(yes);
 * ```
 * @internal
 */
export interface FullVerticalRichCard<HasMedia extends boolean>
  extends VerticalRichCard<HasMedia, Limits['rcs']['cardSuggestionsMaxCount']> {
  // No TSDoc on the steps below: editors and TypeDoc show the card's.
  title(title: string): FullVerticalRichCard<HasMedia>;
  description(description: string): FullVerticalRichCard<HasMedia>;
  media<Url extends string>(fileUrl: MediaUrl<Url>, options?: CardMediaOptions): FullVerticalRichCard<true>;
  /** @deprecated Refused: the card already has the most suggestions it can hold (the parameter's type is the rule). */
  suggestion(refused: Reasons['tooManyCardSuggestions'], ...rest: readonly unknown[]): never;
}

/**
 * A horizontal rich card holding the most suggestions a card can have: `.suggestion` is refused (see
 * {@link FullVerticalRichCard}).
 *
 * @example
 * ```ts
 * import { RichCard, Suggestion, type FullHorizontalRichCard } from '8x8-chatapps';
 *
 * const yes = Suggestion.reply('Yes', 'yes');
 * const card: FullHorizontalRichCard<false> = RichCard.horizontal().suggestion(yes).suggestion(yes).suggestion(yes).suggestion(yes);
 * ```
 * @internal
 */
export interface FullHorizontalRichCard<HasMedia extends boolean>
  extends HorizontalRichCard<HasMedia, Limits['rcs']['cardSuggestionsMaxCount']> {
  // No TSDoc on the steps below: editors and TypeDoc show the card's.
  title(title: string): FullHorizontalRichCard<HasMedia>;
  description(description: string): FullHorizontalRichCard<HasMedia>;
  media<Url extends string>(fileUrl: MediaUrl<Url>, options?: CardMediaOptions): FullHorizontalRichCard<true>;
  thumbnailImageAlignment(alignment: 'left' | 'right'): FullHorizontalRichCard<HasMedia>;
  /** @deprecated Refused: the card already has the most suggestions it can hold (the parameter's type is the rule). */
  suggestion(refused: Reasons['tooManyCardSuggestions'], ...rest: readonly unknown[]): never;
}

/**
 * A carousel card holding the most suggestions a card can have: `.suggestion` is refused (see
 * {@link FullVerticalRichCard}).
 *
 * @example
 * ```ts
 * import { Carousel, Suggestion, type CarouselCardPart, type FullCarouselCard } from '8x8-chatapps';
 *
 * const yes = Suggestion.reply('Yes', 'yes');
 * const write = (card: FullCarouselCard<false>): CarouselCardPart => card.media('https://example.com/a.png');
 * ```
 * @internal
 */
export interface FullCarouselCard<HasMedia extends boolean>
  extends CarouselCardBuilder<HasMedia, Limits['rcs']['cardSuggestionsMaxCount']> {
  // No TSDoc on the steps below: editors and TypeDoc show the card's.
  title(title: string): FullCarouselCard<HasMedia>;
  description(description: string): FullCarouselCard<HasMedia>;
  media<Url extends string>(fileUrl: MediaUrl<Url>, options?: CardMediaOptions): FullCarouselCard<true>;
  /** @deprecated Refused: the card already has the most suggestions it can hold (the parameter's type is the rule). */
  suggestion(refused: Reasons['tooManyCardSuggestions'], ...rest: readonly unknown[]): never;
}

/** The state of one card; every step makes a new one. */
interface CardState {
  readonly shape: CardShape;
  readonly thumbnailImageAlignment?: 'left' | 'right' | undefined;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly media?: Carousel['cards'][number]['media'] | undefined;
  /** The suggestions' wire objects, taken at the step that received each (see {@link partWireAs}). */
  readonly suggestions: readonly Suggestion[];
}

/** The one implementation behind the three card interfaces. */
class CardDraft {
  readonly #state: CardState;
  /** The wire card, made from the state the first time a chain or carousel holds the card, then shared. */
  #wire: Carousel['cards'][number] | RichCard | undefined;

  static {
    // biome-ignore lint/complexity/noThisInStatic: TypeScript 7 emits the class's name here as an unassigned alias
    sharesWire(this.prototype, (part) => (#state in part ? part.#shared() : undefined));
  }

  /** `from`: the draft this one grows from, whose unread values (see ownAs) it holds too. */
  constructor(state: CardState, from?: CardDraft) {
    // The state is private: toWire() hands out a copy, and the chains that share it change nothing. Only the draft
    // itself is frozen.
    this.#state = state;
    partTakesUnread(this, from);
    Object.freeze(this);
  }

  /** Where this card's step values go. */
  get #at() {
    return this.#state.shape === 'carousel' ? CARD_AT.carousel : CARD_AT.rich;
  }

  get kind(): string {
    const { shape, media } = this.#state;
    if (shape === 'carousel') return media === undefined ? REASONS.carouselCardWithoutMedia : 'carouselCard';
    return media === undefined ? REASONS.richCardWithoutMedia : 'richCard';
  }

  /** A new draft with one field set (to what the step owns), sharing the others. */
  #with<K extends Exclude<keyof CardState, 'shape'>>(key: K, value: CardState[K]): CardDraft {
    // Field by field rather than a spread, so every state has one shape.
    const state = this.#state;
    const next: { -readonly [F in keyof CardState]: CardState[F] } = {
      shape: state.shape,
      thumbnailImageAlignment: state.thumbnailImageAlignment,
      title: state.title,
      description: state.description,
      media: state.media,
      suggestions: state.suggestions,
    };
    next[key] = value;
    return new CardDraft(next, this);
  }

  title(title: string): CardDraft {
    return this.#with('title', ownAs(this.#at.title, title));
  }

  description(description: string): CardDraft {
    return this.#with('description', ownAs(this.#at.description, description));
  }

  media(fileUrl: string, options: CardMediaOptions = {}): CardDraft {
    const { height, thumbnailUrl, forceRefresh } = options;
    const at = this.#at;
    const contentInfo: Record<string, unknown> = { fileUrl: ownAs(at.fileUrl, fileUrl) };
    if (thumbnailUrl !== undefined) contentInfo['thumbnailUrl'] = ownAs(at.thumbnailUrl, thumbnailUrl);
    if (forceRefresh !== undefined) contentInfo['forceRefresh'] = ownAs(at.forceRefresh, forceRefresh);
    const media = (
      height === undefined ? { contentInfo } : { height: ownAs(at.height, height), contentInfo }
    ) as NonNullable<CardState['media']>;
    return this.#with('media', media);
  }

  suggestion(suggestion: SuggestionPart): CardDraft {
    return this.#with('suggestions', [
      ...this.#state.suggestions,
      partWireAs(this.#at.suggestion, suggestion),
    ]);
  }

  thumbnailImageAlignment(alignment: 'left' | 'right'): CardDraft {
    return this.#with('thumbnailImageAlignment', ownAs(this.#at.thumbnailImageAlignment, alignment));
  }

  /**
   * The wire card, sharing the state's objects (nothing changes them); a card without media gets none, for the
   * schema to report as missing. Fields are assigned in the wire's order, without temporary objects.
   */
  #shared(): Carousel['cards'][number] | RichCard {
    if (this.#wire !== undefined) return this.#wire;
    const { shape, thumbnailImageAlignment, title, description, media, suggestions } = this.#state;
    const card: Record<string, unknown> = {};
    if (shape !== 'carousel') {
      card['cardOrientation'] = shape;
      if (thumbnailImageAlignment !== undefined) card['thumbnailImageAlignment'] = thumbnailImageAlignment;
    }
    if (title !== undefined) card['title'] = title;
    if (description !== undefined) card['description'] = description;
    if (media !== undefined) card['media'] = media;
    if (suggestions.length > 0) card['suggestions'] = suggestions;
    this.#wire = card as Carousel['cards'][number] | RichCard;
    return this.#wire;
  }

  toWire(): Carousel['cards'][number] | RichCard {
    return copyWire(this.#shared());
  }

  toJSON(): Carousel['cards'][number] | RichCard {
    return this.toWire();
  }
}
guardSteps(CardDraft.prototype);

/**
 * RCS rich cards: a vertical or horizontal card with media, an optional title and description, and up to 4
 * suggestions. Pass the finished card to `.richCard(…)` on an RCS message chain.
 *
 * @example
 * ```ts
 * import { RichCard, Suggestion } from '8x8-chatapps';
 *
 * const shipped = RichCard.vertical()
 *   .title('Your order has shipped')
 *   .media('https://example.com/parcel.jpg', { height: 'medium' })
 *   .suggestion(Suggestion.openUrl('Track order', { url: 'https://example.com/track/1', postbackData: 'track' }));
 * ```
 */
export const RichCard = guardedFactories({
  /**
   * A vertical card: media on top.
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.vertical().media('https://example.com/a.png');
   * ```
   */
  vertical(): VerticalRichCard<false, 0> {
    return new CardDraft({ shape: 'vertical', suggestions: [] }) as unknown as VerticalRichCard<false, 0>;
  },
  /**
   * A horizontal card: media beside the text.
   *
   * @example
   * ```ts
   * import { RichCard } from '8x8-chatapps';
   *
   * const card = RichCard.horizontal().thumbnailImageAlignment('right').media('https://example.com/a.png');
   * ```
   */
  horizontal(): HorizontalRichCard<false, 0> {
    return new CardDraft({ shape: 'horizontal', suggestions: [] }) as unknown as HorizontalRichCard<false, 0>;
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Carousels

/**
 * A carousel after a step: {@link FullCarousel} once it holds the most cards a carousel can, so editor completion
 * strikes `.card` through; otherwise {@link CarouselBuilder}. A count known only as a range (a variable typed
 * `CarouselBuilder`, filled in a loop) stays a `CarouselBuilder`.
 *
 * @example
 * ```ts
 * import type { CarouselAt, FullCarousel } from '8x8-chatapps';
 *
 * const full: CarouselAt<10> extends FullCarousel ? true : false = true;
 * ```
 * @internal
 */
export type CarouselAt<Count extends CarouselCardCount> = [Count] extends [
  Limits['rcs']['carouselCardsMaxCount'],
]
  ? FullCarousel
  : CarouselBuilder<Count>;

/**
 * A carousel holding the most cards a carousel can have: `.card` is refused, and marked deprecated so the
 * completion list strikes it through; calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import type { FullCarousel } from '8x8-chatapps';
 *
 * const send = (carousel: FullCarousel) => carousel.toWire().cards.length; // 10
 * ```
 * @internal
 */
export interface FullCarousel extends CarouselBuilder<Limits['rcs']['carouselCardsMaxCount']> {
  /** @deprecated Refused: the carousel already has the most cards it can hold (the parameter's type is the rule). */
  card(refused: Reasons['tooManyCards'], ...rest: readonly unknown[]): never;
}

/**
 * An RCS carousel of 2–10 cards, all of one width. Complete (assignable to `CarouselPart`) from the second card.
 *
 * @typeParam Count - cards so far (0–10).
 * @example
 * ```ts
 * import { Carousel, Suggestion } from '8x8-chatapps';
 *
 * const plans = Carousel.medium()
 *   .card((card) => card.title('Basic plan').media('https://example.com/basic.png', { height: 'short' }))
 *   .card((card) =>
 *     card
 *       .title('Plus plan')
 *       .media('https://example.com/plus.png', { height: 'short' })
 *       .suggestion(Suggestion.reply('Choose Plus', 'cGx1cw==')),
 *   );
 * ```
 */
export interface CarouselBuilder<Count extends CarouselCardCount = CarouselCardCount> {
  /** `'carousel'` from the second card on; until then, what is missing. */
  readonly kind: IsBelow<Count, Limits['rcs']['carouselCardsMinCount']> extends true
    ? Reasons['tooFewCards']
    : 'carousel';
  /**
   * Adds a card, written by the callback from an empty card (it needs media).
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const two = Carousel.small()
   *   .card((card) => card.title('Red').media('https://example.com/red.png'))
   *   .card((card) => card.title('Blue').media('https://example.com/blue.png'));
   * ```
   */
  card(
    write: IsFull<Count, Limits['rcs']['carouselCardsMaxCount']> extends true
      ? Reasons['tooManyCards']
      : (card: CarouselCardBuilder<false, 0>) => CarouselCardPart,
  ): CarouselAt<Increment<Count, Limits['rcs']['carouselCardsMaxCount']>>;
  /**
   * The `content.carousel` wire object (validated when the message builds).
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const wire = Carousel.small().card((card) => card.media('https://example.com/a.png')).toWire();
   * ```
   */
  toWire(): Carousel;
  /**
   * The wire object, so `JSON.stringify(carousel)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Carousel.small().card((card) => card.media('https://example.com/a.png')));
   * ```
   */
  toJSON(): Carousel;
}

class CarouselDraft {
  readonly #cardWidth: Carousel['cardWidth'];
  readonly #cards: readonly CarouselCardPart[];
  /** The wire carousel, made the first time a chain holds the carousel, then shared (see {@link partWireAs}). */
  #wire: Carousel | undefined;

  static {
    // biome-ignore lint/complexity/noThisInStatic: TypeScript 7 emits the class's name here as an unassigned alias
    sharesWire(this.prototype, (part) => (#cards in part ? part.#shared() : undefined));
  }

  constructor(cardWidth: Carousel['cardWidth'], cards: readonly CarouselCardPart[]) {
    this.#cardWidth = cardWidth;
    this.#cards = cards;
    Object.freeze(this);
  }

  get kind(): string {
    return this.#cards.length < R.carouselCardsMinCount ? REASONS.tooFewCards : 'carousel';
  }

  card(write: (card: CarouselCardBuilder<false, 0>) => CarouselCardPart): CarouselDraft {
    if (typeof write !== 'function') {
      throw new ValidationError(
        [
          {
            path: '',
            message: `must be a function that writes the card, got ${write === null ? 'null' : typeof write}`,
          },
        ],
        'arguments of .card()',
      );
    }
    const empty = new CardDraft({ shape: 'carousel', suggestions: [] }) as unknown as CarouselCardBuilder<
      false,
      0
    >;
    return new CarouselDraft(this.#cardWidth, [...this.#cards, write(empty)]);
  }

  #shared(): Carousel {
    // The cards' wire objects are taken here, in the chain's step (whose errors it reports), not in `.card()`.
    if (this.#wire !== undefined) return this.#wire;
    // A card holding a value kept unread (or one that is not a library card, read here) marks the carousel.
    const pending = takeUnread();
    this.#wire = {
      cardWidth: this.#cardWidth,
      cards: this.#cards.map((card) => partWireAs(AT.carouselCard, card)),
    };
    partTakesUnread(this);
    if (pending) markUnread();
    return this.#wire;
  }

  toWire(): Carousel {
    return copyWire(this.#shared());
  }

  toJSON(): Carousel {
    return this.toWire();
  }
}
// `card` runs the caller's callback: its errors are the caller's and pass through.
guardSteps(CarouselDraft.prototype, ['card']);

/**
 * RCS carousels: 2–10 cards side by side, each with media and up to 4 suggestions. Pass the finished carousel to
 * `.carousel(…)` on an RCS message chain.
 *
 * @example
 * ```ts
 * import { Carousel } from '8x8-chatapps';
 *
 * const colours = Carousel.small()
 *   .card((card) => card.title('Red').media('https://example.com/red.png'))
 *   .card((card) => card.title('Blue').media('https://example.com/blue.png'));
 * ```
 */
export const Carousel = guardedFactories({
  /**
   * A carousel of small cards.
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const empty = Carousel.small();
   * ```
   */
  small(): CarouselBuilder<0> {
    return new CarouselDraft('small', []) as unknown as CarouselBuilder<0>;
  },
  /**
   * A carousel of medium cards.
   *
   * @example
   * ```ts
   * import { Carousel } from '8x8-chatapps';
   *
   * const empty = Carousel.medium();
   * ```
   */
  medium(): CarouselBuilder<0> {
    return new CarouselDraft('medium', []) as unknown as CarouselBuilder<0>;
  },
});

/**
 * The wire object a suggestion part turns into (the same name as the builder, so one import gives both).
 *
 * @example
 * ```ts
 * import { Suggestion } from '8x8-chatapps';
 *
 * const wire: Suggestion = Suggestion.reply('Yes', 'yes').toWire();
 * ```
 */
export type Suggestion = NonNullable<MessageRequest['content']['suggestions']>[number];

/**
 * The wire object a rich card part turns into (the same name as the builder, so one import gives both).
 *
 * @example
 * ```ts
 * import { RichCard } from '8x8-chatapps';
 *
 * const wire: RichCard = RichCard.vertical().media('https://example.com/a.png').toWire();
 * ```
 */
export type RichCard = NonNullable<MessageRequest['content']['richCard']>;

/**
 * The wire object a carousel part turns into (the same name as the builder, so one import gives both).
 *
 * @example
 * ```ts
 * import { Carousel } from '8x8-chatapps';
 *
 * const wire: Carousel = Carousel.small().toWire();
 * ```
 */
export type Carousel = NonNullable<MessageRequest['content']['carousel']>;
