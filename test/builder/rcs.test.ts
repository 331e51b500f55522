// The RCS builders: suggestions, rich cards and carousels produce exactly the parts of real request bodies, the
// wrapped messages parse, every step returns a new builder, and invalid values from JavaScript end in a
// ValidationError at the right path.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Carousel,
  type CarouselCardBuilder,
  RichCard,
  Suggestion,
  type SuggestionPart,
} from '../../src/builder/parts-index.js';
import { LIMITS } from '../../src/limits.js';
import { parseMessage } from '../../src/wire/index.js';
import { issuesOf } from '../validation-issues.js';

const R = LIMITS.rcs;

interface Fixture {
  content: { richCard?: unknown; carousel?: unknown; suggestions?: unknown[] };
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8'));
}

const user = { msisdn: '+10000000000' };
const rcs = [{ channel: 'RCS' }];

function wrapCard(part: { toWire(): unknown }) {
  return { user, type: 'richCard', content: { richCard: part.toWire() }, channels: rcs };
}
function wrapCarousel(part: { toWire(): unknown }) {
  return { user, type: 'carousel', content: { carousel: part.toWire() }, channels: rcs };
}
function wrapSuggestions(parts: readonly SuggestionPart[]) {
  return {
    user,
    type: 'text',
    content: { text: 'Hi', suggestions: parts.map((part) => part.toWire()) },
    channels: rcs,
  };
}

/** The paths of the issues parseMessage reports (none when the message parses). */
function issuePaths(message: unknown): string[] {
  return issuesOf(() => parseMessage(message)).map((issue) => issue.path);
}

describe('suggestions', () => {
  it('produce the message-level suggestions of a real request body', () => {
    const parts = [
      Suggestion.reply('Confirm', 'Y29uZmlybQ=='),
      Suggestion.reply('Reschedule', 'cmVzY2hlZHVsZQ=='),
      Suggestion.dial('Call the clinic', {
        phoneNumber: '+10000000002',
        postbackData: 'Y2FsbA==',
        fallbackUrl: 'https://www.example.com/contact',
      }),
    ];
    expect(parts.map((part) => part.toWire())).toEqual(fixture('rcs-text-suggestions').content.suggestions);
    expect(issuePaths(wrapSuggestions(parts))).toEqual([]);
  });

  it('each carries exactly one reply or one action', () => {
    const all = [
      Suggestion.reply('Yes', 'yes'),
      Suggestion.dial('Call', { phoneNumber: '+6512345678', postbackData: 'call' }),
      Suggestion.viewLocation('Map', { latitude: 1.29, longitude: 103.85, postbackData: 'map' }),
      Suggestion.viewLocation('Search', { query: 'coffee', postbackData: 'search' }),
      Suggestion.calendarEvent('Remind me', {
        title: 'Check-up',
        startTime: new Date('2026-12-02T10:30:00Z'),
        endTime: '2026-12-02T11:00:00Z',
        postbackData: 'cal',
      }),
      Suggestion.openUrl('Open', {
        url: 'https://example.com',
        application: 'BROWSER',
        postbackData: 'open',
      }),
    ];
    for (const part of all) {
      const wire = part.toWire();
      const actions = Object.keys(wire.action ?? {}).filter((key) => key.endsWith('Action'));
      expect(Object.keys(wire)).toHaveLength(1);
      expect(wire.reply === undefined ? actions : ['reply']).toHaveLength(1);
      expect(part.kind).toBe('suggestion');
    }
    expect(issuePaths(wrapSuggestions(all))).toEqual([]);
  });

  it('a Date becomes RFC 3339 in UTC', () => {
    const part = Suggestion.calendarEvent('Remind me', {
      title: 'Check-up',
      startTime: new Date('2026-12-02T10:30:00Z'),
      endTime: new Date('2026-12-02T11:00:00Z'),
      postbackData: 'cal',
    });
    expect(part.toWire().action?.createCalendarEventAction).toEqual({
      title: 'Check-up',
      startTime: '2026-12-02T10:30:00.000Z',
      endTime: '2026-12-02T11:00:00.000Z',
    });
  });
});

describe('rich cards', () => {
  it('a vertical card produces the richCard of a real request body', () => {
    const card = RichCard.vertical()
      .title('Your order has shipped')
      .description('Order #ORD-8821 arrives tomorrow by 6 PM.')
      .media('https://www.example.com/images/parcel.jpg', {
        height: 'medium',
        thumbnailUrl: 'https://www.example.com/images/parcel-thumb.jpg',
        forceRefresh: false,
      })
      .suggestion(
        Suggestion.openUrl('Track order', {
          url: 'https://www.example.com/track/ORD-8821',
          postbackData: 'dHJhY2tfb3JkZXI=',
        }),
      )
      .suggestion(Suggestion.dial('Call us', { phoneNumber: '+10000000001', postbackData: 'Y2FsbF91cw==' }))
      .suggestion(Suggestion.reply('Thanks!', 'dGhhbmtz'));
    expect(card.kind).toBe('richCard');
    expect(card.toWire()).toEqual(fixture('rcs-rich-card').content.richCard);
    expect(issuePaths(wrapCard(card))).toEqual([]);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card.toWire());
  });

  it('a horizontal card produces the richCard of a real request body', () => {
    const card = RichCard.horizontal()
      .thumbnailImageAlignment('right')
      .title('Dental check-up')
      .description('Tomorrow 10:30 AM at Wellness Dental, 12 Main St.')
      .media('https://www.example.com/images/clinic.png', { height: 'short' })
      .suggestion(
        Suggestion.calendarEvent('Add to calendar', {
          title: 'Dental check-up',
          description: 'Wellness Dental, 12 Main St.',
          startTime: '2026-12-02T10:30:00-05:00',
          endTime: '2026-12-02T11:15:00-05:00',
          postbackData: 'Y2FsZW5kYXI=',
        }),
      )
      .suggestion(
        Suggestion.viewLocation('Directions', {
          latitude: 40.7128,
          longitude: -74.006,
          label: 'Wellness Dental',
          postbackData: 'ZGlyZWN0aW9ucw==',
        }),
      );
    expect(card.toWire()).toEqual(fixture('rcs-rich-card-horizontal').content.richCard);
    expect(issuePaths(wrapCard(card))).toEqual([]);
  });

  it('a card without media says so, and the schema reports the missing media', () => {
    const card = RichCard.vertical().title('No picture');
    expect(card.kind).toMatch(/^✗ a rich card needs media/);
    expect(issuePaths(wrapCard(card))).toContain('content.richCard.media');
  });
});

describe('carousels', () => {
  it('produce the carousel of a real request body', () => {
    const plan = (name: string, image: string) => (card: CarouselCardBuilder<false, 0>) =>
      card.title(name).media(`https://www.example.com/plans/${image}.png`, { height: 'short' });
    const carousel = Carousel.medium()
      .card((card) =>
        plan(
          'Basic plan',
          'basic',
        )(card)
          .description('10 GB data, unlimited calls')
          .suggestion(Suggestion.reply('Choose Basic', 'cGxhbl9iYXNpYw==')),
      )
      .card((card) =>
        plan(
          'Plus plan',
          'plus',
        )(card)
          .description('50 GB data, unlimited calls')
          .suggestion(Suggestion.reply('Choose Plus', 'cGxhbl9wbHVz'))
          .suggestion(
            Suggestion.openUrl('Compare plans', {
              url: 'https://www.example.com/plans',
              application: 'WEBVIEW',
              webviewViewMode: 'FULL',
              description: 'Plan comparison',
              postbackData: 'Y29tcGFyZQ==',
            }),
          ),
      )
      .card(plan('Max plan', 'max'));
    expect(carousel.kind).toBe('carousel');
    const expected = fixture('rcs-carousel');
    expect(carousel.toWire()).toEqual(expected.content.carousel);
    expect(issuePaths(wrapCarousel(carousel))).toEqual([]);
    const chips = [
      Suggestion.reply('Talk to sales', 'c2FsZXM='),
      Suggestion.viewLocation('Find a store', { query: 'phone stores near me', postbackData: 'c3RvcmVz' }),
    ];
    expect(chips.map((chip) => chip.toWire())).toEqual(expected.content.suggestions);
  });

  it('is complete from the second card on', () => {
    const one = Carousel.small().card((card) => card.media('https://example.com/a.png'));
    expect(one.kind).toMatch(/^✗ a carousel needs at least 2 cards/);
    expect(issuePaths(wrapCarousel(one))).toContain('content.carousel.cards');
    expect(one.card((card) => card.media('https://example.com/b.png')).kind).toBe('carousel');
  });
});

describe('immutability', () => {
  it('every step returns a new builder and leaves the previous one as it was', () => {
    const base = RichCard.vertical().media('https://example.com/a.png');
    const titled = base.title('A');
    const retitled = base.title('B');
    expect(base.toWire().title).toBeUndefined();
    expect(titled.toWire().title).toBe('A');
    expect(retitled.toWire().title).toBe('B');
    const carousel = Carousel.small().card((card) => card.media('https://example.com/a.png'));
    const two = carousel.card((card) => card.media('https://example.com/b.png'));
    expect(carousel.toWire().cards).toHaveLength(1);
    expect(two.toWire().cards).toHaveLength(2);
    expect(Object.isFrozen(base)).toBe(true);
  });

  it('the wire object is a copy: mutating it changes nothing', () => {
    const chip = Suggestion.reply('Yes', 'yes');
    const wire = chip.toWire();
    if (wire.reply) wire.reply.text = 'No';
    expect(chip.toWire().reply?.text).toBe('Yes');
  });
});

describe('invalid values from JavaScript end in a ValidationError at the right path', () => {
  // biome-ignore lint/suspicious/noExplicitAny: these cases bypass the types on purpose, as JavaScript callers do.
  const loose = (value: unknown) => value as any;
  const media = 'https://example.com/a.png';

  it.each([
    [
      'a 5th suggestion on a card',
      () => {
        let card = loose(RichCard.vertical().media(media));
        for (let n = 0; n <= R.cardSuggestionsMaxCount; n += 1)
          card = card.suggestion(Suggestion.reply(`S${n}`, 'x'));
        return wrapCard(card);
      },
      'content.richCard.suggestions',
    ],
    [
      'thumbnailImageAlignment on a vertical card',
      () => wrapCard(loose(RichCard.vertical().media(media)).thumbnailImageAlignment('left')),
      'content.richCard.thumbnailImageAlignment',
    ],
    [
      'a card title over 200 characters',
      () =>
        wrapCard(
          RichCard.vertical()
            .media(media)
            .title('x'.repeat(R.cardTitleMaxLength + 1)),
        ),
      'content.richCard.title',
    ],
    [
      'media that is not http(s)',
      () => wrapCard(RichCard.vertical().media('file:///etc/passwd')),
      'content.richCard.media.contentInfo.fileUrl',
    ],
    [
      'an 11th carousel card',
      () => {
        let carousel = loose(Carousel.small());
        for (let n = 0; n <= R.carouselCardsMaxCount; n += 1)
          carousel = carousel.card((card: CarouselCardBuilder<false, 0>) => card.media(media));
        return wrapCarousel(carousel);
      },
      'content.carousel.cards',
    ],
    [
      'a carousel card without media',
      () =>
        wrapCarousel(
          loose(Carousel.small())
            .card((card: CarouselCardBuilder<false, 0>) => card.title('A'))
            .card((card: CarouselCardBuilder<false, 0>) => card.media(media)),
        ),
      'content.carousel.cards[0].media',
    ],
    [
      'a suggestion text over 25 characters',
      () => wrapSuggestions([Suggestion.reply('x'.repeat(R.suggestionTextMaxLength + 1), 'x')]),
      'content.suggestions[0].reply.text',
    ],
    [
      'a phone number that is not E.164',
      () => wrapSuggestions([Suggestion.dial('Call', { phoneNumber: '12345', postbackData: 'x' })]),
      'content.suggestions[0].action.dialAction.phoneNumber',
    ],
    [
      'both latLong and query',
      () =>
        wrapSuggestions([
          Suggestion.viewLocation('Map', loose({ latitude: 1, longitude: 2, query: 'q', postbackData: 'x' })),
        ]),
      'content.suggestions[0].action.viewLocationAction',
    ],
    [
      'a latitude out of range',
      () =>
        wrapSuggestions([Suggestion.viewLocation('Map', { latitude: 91, longitude: 0, postbackData: 'x' })]),
      'content.suggestions[0].action.viewLocationAction.latLong.latitude',
    ],
    [
      'an event that ends before it starts',
      () =>
        wrapSuggestions([
          Suggestion.calendarEvent('Cal', {
            title: 'T',
            startTime: '2026-12-02T11:00:00Z',
            endTime: '2026-12-02T10:00:00Z',
            postbackData: 'x',
          }),
        ]),
      'content.suggestions[0].action.createCalendarEventAction.endTime',
    ],
    [
      'an invalid Date',
      () =>
        wrapSuggestions([
          Suggestion.calendarEvent('Cal', {
            title: 'T',
            startTime: new Date(Number.NaN),
            endTime: '2026-12-02T10:00:00Z',
            postbackData: 'x',
          }),
        ]),
      'content.suggestions[0].action.createCalendarEventAction.startTime',
    ],
    [
      'an unknown webview mode',
      () =>
        wrapSuggestions([
          Suggestion.openUrl(
            'Open',
            loose({
              url: 'https://example.com',
              application: 'WEBVIEW',
              webviewViewMode: 'HUGE',
              postbackData: 'x',
            }),
          ),
        ]),
      'content.suggestions[0].action.openUrlAction.webviewViewMode',
    ],
  ])('%s', (_name, make, path) => {
    expect(issuePaths(make())).toContain(path);
  });
});

describe('properties', () => {
  const chipText = fc.string({ minLength: 1, maxLength: R.suggestionTextMaxLength });
  const postback = fc.string({ maxLength: 64 });
  const suggestion = fc.oneof(
    fc.tuple(chipText, postback).map(([text, data]) => Suggestion.reply(text, data)),
    fc
      .tuple(chipText, postback, fc.stringMatching(/^\+[1-9]\d{6,14}$/))
      .map(([text, postbackData, phoneNumber]) => Suggestion.dial(text, { phoneNumber, postbackData })),
    fc
      .tuple(
        chipText,
        postback,
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
      )
      .map(([text, postbackData, latitude, longitude]) =>
        Suggestion.viewLocation(text, { latitude, longitude, postbackData }),
      ),
    fc
      .tuple(chipText, postback, fc.webUrl())
      .map(([text, postbackData, url]) => Suggestion.openUrl(text, { url, postbackData })),
  );
  const cardSuggestions = fc.array(suggestion, { maxLength: R.cardSuggestionsMaxCount });
  const optionalText = (max: number) => fc.option(fc.string({ maxLength: max }), { nil: undefined });

  // biome-ignore lint/suspicious/noExplicitAny: the counts are random, so the type-level counts are unknown here.
  function fill(card: any, title?: string, description?: string, chips: readonly SuggestionPart[] = []) {
    let result = card.media('https://example.com/media.png', { height: 'tall' });
    if (title !== undefined) result = result.title(title);
    if (description !== undefined) result = result.description(description);
    for (const chip of chips) result = result.suggestion(chip);
    return result;
  }

  it('random valid rich cards always parse', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        optionalText(R.cardTitleMaxLength),
        optionalText(R.cardDescriptionMaxLength),
        cardSuggestions,
        (vertical, title, description, chips) => {
          const card = fill(
            vertical ? RichCard.vertical() : RichCard.horizontal(),
            title,
            description,
            chips,
          );
          expect(issuePaths(wrapCard(card))).toEqual([]);
        },
      ),
    );
  });

  it('random valid carousels always parse', () => {
    const card = fc.tuple(optionalText(R.cardTitleMaxLength), optionalText(200), cardSuggestions);
    fc.assert(
      fc.property(
        fc.constantFrom('small' as const, 'medium' as const),
        fc.array(card, { minLength: R.carouselCardsMinCount, maxLength: R.carouselCardsMaxCount }),
        (width, cards) => {
          // biome-ignore lint/suspicious/noExplicitAny: the count is random, so the type-level count is unknown here.
          let carousel: any = Carousel[width]();
          for (const [title, description, chips] of cards)
            carousel = carousel.card((builder: CarouselCardBuilder<false, 0>) =>
              fill(builder, title, description, chips),
            );
          expect(carousel.kind).toBe('carousel');
          expect(issuePaths(wrapCarousel(carousel))).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('random valid suggestions of every kind always parse', () => {
    const calendar = fc
      .tuple(
        chipText,
        postback,
        fc.string({ minLength: 1, maxLength: R.calendarTitleMaxLength }),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 10_000_000 }),
      )
      .map(([text, postbackData, title, start, durationMs]) =>
        Suggestion.calendarEvent(text, {
          title,
          startTime: start,
          endTime: new Date(start.getTime() + durationMs),
          postbackData,
        }),
      );
    const webview = fc
      .tuple(
        chipText,
        postback,
        fc.webUrl(),
        fc.constantFrom('FULL' as const, 'HALF' as const, 'TALL' as const),
      )
      .map(([text, postbackData, url, webviewViewMode]) =>
        Suggestion.openUrl(text, { url, application: 'WEBVIEW', webviewViewMode, postbackData }),
      );
    const query = fc
      .tuple(chipText, postback, fc.string({ maxLength: R.locationQueryMaxLength }))
      .map(([text, postbackData, q]) => Suggestion.viewLocation(text, { query: q, postbackData }));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(suggestion, calendar, webview, query), {
          maxLength: LIMITS.message.suggestionsMaxCount,
        }),
        (chips) => {
          expect(issuePaths(wrapSuggestions(chips))).toEqual([]);
        },
      ),
    );
  });

  it('an over-long chip text always ends in an issue at its own path', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: R.suggestionTextMaxLength + 1, maxLength: R.suggestionTextMaxLength + 40 }),
        fc.boolean(),
        (text, asReply) => {
          const chip = asReply
            ? Suggestion.reply(text, 'data')
            : Suggestion.dial(text, { phoneNumber: '+6512345678', postbackData: 'data' });
          expect(issuePaths(wrapSuggestions([chip]))).toContain(
            asReply ? 'content.suggestions[0].reply.text' : 'content.suggestions[0].action.text',
          );
        },
      ),
    );
  });

  it('a value of the wrong type from JavaScript always ends in an issue at its own path', () => {
    // biome-ignore lint/suspicious/noExplicitAny: these values bypass the types on purpose, as JavaScript callers do.
    const js = { Suggestion, RichCard, Carousel } as any;
    const notAString = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
      fc.array(fc.integer()),
    );
    const media = 'https://example.com/a.png';
    const field = fc.constantFrom(
      {
        make: (bad: unknown) => wrapSuggestions([js.Suggestion.reply(bad, 'data')]),
        path: 'content.suggestions[0].reply.text',
      },
      {
        make: (bad: unknown) => wrapSuggestions([js.Suggestion.reply('Yes', bad)]),
        path: 'content.suggestions[0].reply.postbackData',
      },
      {
        make: (bad: unknown) =>
          wrapSuggestions([js.Suggestion.dial('Call', { phoneNumber: bad, postbackData: 'x' })]),
        path: 'content.suggestions[0].action.dialAction.phoneNumber',
      },
      {
        make: (bad: unknown) => wrapCard(js.RichCard.vertical().media(media).title(bad)),
        path: 'content.richCard.title',
      },
      {
        make: (bad: unknown) => wrapCard(js.RichCard.vertical().media(bad)),
        path: 'content.richCard.media.contentInfo.fileUrl',
      },
      {
        make: (bad: unknown) => wrapCard(js.RichCard.horizontal().media(media).thumbnailImageAlignment(bad)),
        path: 'content.richCard.thumbnailImageAlignment',
      },
      {
        make: (bad: unknown) =>
          wrapCarousel(
            js.Carousel.small()
              .card((card: CarouselCardBuilder<false, 0>) => card.media(media))
              .card((card: CarouselCardBuilder<false, 0>) => card.media(media).description(bad as string)),
          ),
        path: 'content.carousel.cards[1].description',
      },
    );
    fc.assert(
      fc.property(field, notAString, ({ make, path }, bad) => {
        expect(issuePaths(make(bad))).toContain(path);
      }),
    );
  });
});
