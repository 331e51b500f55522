// Type tests of the RCS builders: for every rule a chain that compiles and one that must not (`@ts-expect-error`).
// Checked by `tsc` (7) and `tsc6`; nothing here runs.
import {
  Carousel,
  type CarouselBuilder,
  type CarouselCardBuilder,
  type CarouselPart,
  RichCard,
  type RichCardPart,
  Suggestion,
  type SuggestionPart,
  type VerticalRichCard,
} from '../../src/builder/parts-index.js';
import type * as Schema from '../../src/wire/types.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}
function takesRichCard(_part: RichCardPart): void {}
function takesCarousel(_part: CarouselPart): void {}

const media = 'https://example.com/a.png';
const chip = Suggestion.reply('Yes', 'yes');

// ----- Suggestions: exactly one reply or one action, by construction ----------------------------------------------
const chips: SuggestionPart[] = [
  chip,
  Suggestion.dial('Call', { phoneNumber: '+6512345678', postbackData: 'call' }),
  Suggestion.viewLocation('Map', { latitude: 1.29, longitude: 103.85, label: 'Office', postbackData: 'map' }),
  Suggestion.viewLocation('Search', { query: 'coffee near me', postbackData: 'search' }),
  Suggestion.calendarEvent('Remind me', {
    title: 'Check-up',
    startTime: new Date('2026-12-02T10:30:00Z'),
    endTime: '2026-12-02T11:00:00Z',
    postbackData: 'cal',
  }),
  Suggestion.openUrl('Open', { url: 'https://example.com', postbackData: 'open' }),
  Suggestion.openUrl('Plans', {
    url: 'https://example.com',
    application: 'WEBVIEW',
    webviewViewMode: 'HALF',
    postbackData: 'p',
  }),
];
// @ts-expect-error a location is a point or a query, not both
Suggestion.viewLocation('Map', { latitude: 1, longitude: 2, query: 'coffee', postbackData: 'map' });
// @ts-expect-error a label names a point, so it needs latitude and longitude
Suggestion.viewLocation('Map', { query: 'coffee', label: 'Coffee', postbackData: 'map' });
// @ts-expect-error a point needs both coordinates
Suggestion.viewLocation('Map', { latitude: 1, postbackData: 'map' });
const browser = {
  url: 'https://example.com',
  application: 'BROWSER',
  webviewViewMode: 'FULL',
  postbackData: 'o',
} as const;
// Every application of the reference; view mode and description with any of them (8x8's examples send them with BROWSER).
Suggestion.openUrl('Open', browser);
Suggestion.openUrl('Open', { url: 'https://example.com', application: 'WEBVIEW', postbackData: 'o' });
Suggestion.openUrl('Open', {
  url: 'https://example.com',
  application: 'OPEN_URL_APPLICATION_UNSPECIFIED',
  postbackData: 'o',
});
// @ts-expect-error application is BROWSER, WEBVIEW or OPEN_URL_APPLICATION_UNSPECIFIED
Suggestion.openUrl('Open', { url: 'https://example.com', application: 'APP', postbackData: 'o' });
// @ts-expect-error every action needs its postback data
Suggestion.dial('Call', { phoneNumber: '+6512345678' });
// @ts-expect-error a calendar event needs an end
Suggestion.calendarEvent('Remind me', {
  title: 'Check-up',
  startTime: '2026-12-02T10:30:00Z',
  postbackData: 'cal',
});

// ----- Rich cards: media required, ≤4 suggestions, thumbnailImageAlignment only on horizontal -----------------------
// @ts-expect-error a rich card needs media
takesRichCard(RichCard.vertical().title('No picture'));
expectType<
  Equal<ReturnType<typeof RichCard.vertical>['kind'], '✗ a rich card needs media: call .media(fileUrl)'>
>();
takesRichCard(RichCard.vertical().title('Sale').media(media, { height: 'tall' }));
takesRichCard(RichCard.horizontal().thumbnailImageAlignment('left').media(media));
// @ts-expect-error thumbnailImageAlignment applies to horizontal cards only
RichCard.vertical().thumbnailImageAlignment('left');
// @ts-expect-error an alignment is left or right
RichCard.horizontal().thumbnailImageAlignment('center');
// @ts-expect-error a media height is short, medium or tall
RichCard.vertical().media(media, { height: 'huge' });
const fourChips = RichCard.vertical()
  .media(media)
  .suggestion(chip)
  .suggestion(chip)
  .suggestion(chip)
  .suggestion(chip);
takesRichCard(fourChips);
// @ts-expect-error at most 4 suggestions on a card
fourChips.suggestion(chip);
expectType<Equal<Parameters<typeof fourChips.suggestion>[0], '✗ a card has at most 4 suggestions'>>();
// A full card stays full (and its .suggestion refused) through the other steps.
// @ts-expect-error at most 4 suggestions on a card, after .title() too
fourChips.title('Later').suggestion(chip);
// A count known only at run time (a loop) stays the general builder; build() checks it.
let chipsFromData: VerticalRichCard<true> = RichCard.vertical().media(media);
for (const part of [chip, chip]) chipsFromData = chipsFromData.suggestion(part);
takesRichCard(chipsFromData);
let cardsFromData: CarouselBuilder = Carousel.small();
for (const _ of [1, 2, 3]) cardsFromData = cardsFromData.card((builder) => builder.media(media));
takesCarousel(cardsFromData);
// Steps keep the orientation: a horizontal card stays horizontal after any step.
takesRichCard(
  RichCard.horizontal().title('A').media(media).suggestion(chip).thumbnailImageAlignment('right'),
);

// ----- Carousels: 2–10 cards, each with media and ≤4 suggestions --------------------------------------------------
const card = (builder: CarouselCardBuilder<false, 0>) => builder.title('Card').media(media);
const one = Carousel.medium().card(card);
// @ts-expect-error a carousel needs at least 2 cards
takesCarousel(one);
// @ts-expect-error a carousel needs at least 2 cards
takesCarousel(Carousel.small());
takesCarousel(one.card(card));
// @ts-expect-error a carousel card needs media
one.card((builder) => builder.title('No picture'));
const fourChipCard = (builder: CarouselCardBuilder<false, 0>) =>
  builder.media(media).suggestion(chip).suggestion(chip).suggestion(chip).suggestion(chip);
one.card(fourChipCard);
// @ts-expect-error at most 4 suggestions on a carousel card
one.card((builder) => fourChipCard(builder).suggestion(chip));
// @ts-expect-error carousel cards have no orientation of their own
one.card((builder) => builder.media(media).thumbnailImageAlignment('left'));
const ten = one
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card);
takesCarousel(ten);
// @ts-expect-error at most 10 cards
ten.card(card);
expectType<Equal<Parameters<typeof ten.card>[0], '✗ a carousel has at most 10 cards'>>();

// ----- Every finished part is one public type --------------------------------------------------------------------
const cards: RichCardPart[] = [
  RichCard.vertical().media(media),
  RichCard.horizontal().media(media).suggestion(chip),
];
const carousels: CarouselPart[] = [one.card(card), ten];

export { cards, carousels, chips };

// ----- Lengths of string literals ------------------------------------------------------------------------------------
declare const anyText: string;
Suggestion.reply('Twenty-five characters!!!', 'ok');
Suggestion.reply(anyText, 'ok');
// @ts-expect-error a suggestion text has at most 25 characters
Suggestion.reply('Twenty-six characters!!!!!', 'too long');
// @ts-expect-error a suggestion text has at most 25 characters
Suggestion.dial('Call our friendly team now', { phoneNumber: '+6512345678', postbackData: 'call' });

// ----- Empty literals of required strings are refused on the argument -------------------------------------------------
// @ts-expect-error ✗ a suggestion text must not be empty
Suggestion.reply('', 'ok');
// @ts-expect-error ✗ a suggestion text must not be empty
Suggestion.openUrl('', { url: media, postbackData: 'open' });
// @ts-expect-error ✗ a phone number must not be empty
Suggestion.dial('Call us', { phoneNumber: '', postbackData: 'call' });
// @ts-expect-error ✗ a URL must not be empty
Suggestion.openUrl('Open', { url: '', postbackData: 'open' });
Suggestion.calendarEvent('Add', {
  title: 'T',
  startTime: '2026-12-02T10:30:00Z',
  endTime: '2026-12-02T11:30:00Z',
  postbackData: 'c',
});
Suggestion.calendarEvent('Add', {
  // @ts-expect-error ✗ a calendar event title must not be empty
  title: '',
  startTime: '2026-12-02T10:30:00Z',
  endTime: '2026-12-02T11:30:00Z',
  postbackData: 'c',
});
// @ts-expect-error ✗ a media file URL must not be empty
RichCard.vertical().media('');
// @ts-expect-error ✗ a media file URL must not be empty, on a carousel card
Carousel.medium().card((c) => c.media(''));
// A card title may be empty (the wire takes an empty one), and a URL known only at run time passes.
RichCard.vertical().title('').media(anyText);
Suggestion.dial(anyText, { phoneNumber: anyText, postbackData: anyText });

// ----- The wire types the parts produce are exactly the schemas' types --------------------------------------------
expectType<Equal<RichCard, Schema.RichCard>>();
expectType<Equal<Carousel, Schema.Carousel>>();
expectType<Equal<Suggestion, Schema.Suggestion>>();
