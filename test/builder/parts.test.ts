// The part builders (Interactive, RichCard, Carousel, Suggestion) read their callers' values as 8x8 reads them (any
// letter case, numbers written as strings) at the step that receives them, with the schema of the field they go to,
// so a message's build() reads nothing again. Whatever they build must still be what parseMessage makes of the same
// request, and what reaches build() unread (a value that is not plain JSON, a part that is not the library's, a part
// where another kind goes) must still be read as parseMessage reads it.
import { describe, expect, it } from 'vitest';
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage, safeParseMessage } from '../../src/wire/index.js';

// biome-ignore lint/suspicious/noExplicitAny: from JavaScript, the steps take what the types refuse
const loose = (value: unknown): any => value;

const IMAGE = 'https://example.com/a.png';

/** What build() makes of a chain, or the issues it throws: to compare with what parseMessage makes of its request. */
function outcome(build: () => unknown): unknown {
  try {
    return { output: build() };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { issues: error.issues };
  }
}

function parsed(wire: unknown): unknown {
  const result = safeParseMessage(wire);
  return result.success ? { output: result.output } : { issues: result.error.issues };
}

const whatsapp = (content: Record<string, unknown>, type = 'interactive') => ({
  user: { msisdn: '+6591234567' },
  type,
  content,
  channels: [{ channel: 'WhatsApp' }],
});
const rcs = (content: Record<string, unknown>, type: string) => ({
  user: { msisdn: '+6591234567' },
  type,
  content,
  channels: [{ channel: 'RCS' }],
});

describe('part builders: values written as 8x8 reads them, from JavaScript', () => {
  const cases: readonly { readonly name: string; readonly chain: () => unknown; readonly wire: unknown }[] = [
    {
      name: 'a voice call message: its TTL written as a string',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .interactive(loose(Interactive).voiceCall('Call us?', { displayText: 'Call', ttlMinutes: '60' })),
      wire: whatsapp({
        interactive: {
          type: 'voice_call',
          body: { text: 'Call us?' },
          action: { name: 'voice_call', parameters: { display_text: 'Call', ttlMinutes: '60' } },
        },
      }),
    },
    {
      name: 'a flow: its action in capitals, its data and a document header',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .interactive(
            loose(Interactive)
              .flow('Book a slot', {
                flowId: '859504979861628',
                flowCta: 'Book',
                flowAction: 'NAVIGATE',
                screen: 'START',
                data: { slot: '10:30', count: '2' },
              })
              .header({ document: 'https://example.com/a.pdf', filename: 'a.pdf' })
              .footer('Wellness Dental'),
          ),
      wire: whatsapp({
        interactive: {
          type: 'flow',
          header: { type: 'document', document: { link: 'https://example.com/a.pdf', filename: 'a.pdf' } },
          body: { text: 'Book a slot' },
          footer: { text: 'Wellness Dental' },
          action: {
            parameters: {
              flowId: '859504979861628',
              flowCta: 'Book',
              flowAction: 'NAVIGATE',
              flowActionPayload: { screen: 'START', data: { slot: '10:30', count: '2' } },
            },
          },
        },
      }),
    },
    {
      name: 'a list with sections, rows and descriptions',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .interactive(
            loose(Interactive)
              .list('Pick a time', { button: 'Times' })
              .section('Morning')
              .row('t1', '9:00', 'Early')
              .section('Afternoon')
              .row('t2', '14:00'),
          ),
      wire: whatsapp({
        interactive: {
          type: 'list',
          body: { text: 'Pick a time' },
          action: {
            button: 'Times',
            sections: [
              { title: 'Morning', rows: [{ id: 't1', title: '9:00', description: 'Early' }] },
              { title: 'Afternoon', rows: [{ id: 't2', title: '14:00' }] },
            ],
          },
        },
      }),
    },
    {
      name: 'a rich card: its alignment and media height in other letter cases, a point written as strings',
      chain: () =>
        loose(Message.to('+6591234567'))
          .rcs()
          .richCard(
            loose(RichCard.horizontal())
              .thumbnailImageAlignment('LEFT')
              .title('Summer sale')
              .media(IMAGE, { height: 'TALL', forceRefresh: true })
              .suggestion(
                loose(Suggestion).viewLocation('Directions', {
                  latitude: '1.2834',
                  longitude: '103.8607',
                  postbackData: 'map',
                }),
              ),
          )
          .suggestions(
            loose(Suggestion).openUrl('Open', {
              url: 'https://example.com/sale',
              application: 'webview',
              webviewViewMode: 'full',
              postbackData: 'open',
            }),
            loose(Suggestion).calendarEvent('Remind me', {
              title: 'Sale',
              startTime: new Date(Date.UTC(2026, 11, 3, 10)),
              endTime: '2026-12-03T11:00:00Z',
              postbackData: 'cal',
            }),
          ),
      wire: rcs(
        {
          richCard: {
            cardOrientation: 'horizontal',
            thumbnailImageAlignment: 'LEFT',
            title: 'Summer sale',
            media: { height: 'TALL', contentInfo: { fileUrl: IMAGE, forceRefresh: true } },
            suggestions: [
              {
                action: {
                  text: 'Directions',
                  postbackData: 'map',
                  viewLocationAction: { latLong: { latitude: '1.2834', longitude: '103.8607' } },
                },
              },
            ],
          },
          suggestions: [
            {
              action: {
                text: 'Open',
                postbackData: 'open',
                openUrlAction: {
                  url: 'https://example.com/sale',
                  application: 'webview',
                  webviewViewMode: 'full',
                },
              },
            },
            {
              action: {
                text: 'Remind me',
                postbackData: 'cal',
                createCalendarEventAction: {
                  title: 'Sale',
                  startTime: '2026-12-03T10:00:00.000Z',
                  endTime: '2026-12-03T11:00:00Z',
                },
              },
            },
          ],
        },
        'richCard',
      ),
    },
    {
      name: 'a carousel: heights in other letter cases, a card suggestion, and a card that is a plain object',
      chain: () =>
        loose(Message.to('+6591234567'))
          .rcs()
          .carousel(
            loose(Carousel.medium())
              .card((card: unknown) =>
                loose(card)
                  .title('Blue')
                  .media(IMAGE, { height: 'Short' })
                  .suggestion(Suggestion.reply('Blue', 'blue')),
              )
              .card(() => ({ title: 'Red', media: { height: 'MEDIUM', contentInfo: { fileUrl: IMAGE } } })),
          ),
      wire: rcs(
        {
          carousel: {
            cardWidth: 'medium',
            cards: [
              {
                title: 'Blue',
                media: { height: 'Short', contentInfo: { fileUrl: IMAGE } },
                suggestions: [{ reply: { text: 'Blue', postbackData: 'blue' } }],
              },
              { title: 'Red', media: { height: 'MEDIUM', contentInfo: { fileUrl: IMAGE } } },
            ],
          },
        },
        'carousel',
      ),
    },
  ];

  for (const { name, chain, wire } of cases) {
    it(`${name}: build() makes what parseMessage makes of the same request`, () => {
      const expected = parseMessage(wire);
      expect(loose(chain()).build()).toEqual(expected);
      expect(JSON.stringify(loose(chain()).build())).toBe(JSON.stringify(expected));
    });
  }

  it('a part is read once, at its steps: reused by two chains, it builds the same and stays as made', () => {
    const card = loose(RichCard.vertical()).title('Sale').media(IMAGE, { height: 'TALL' });
    const before = card.toWire();
    // Read at the step: the part's wire carries the reference's spelling already.
    expect(before.media.height).toBe('tall');
    const first = Message.to('+6591234567').rcs().richCard(card);
    const second = Message.to('+6591234568').rcs().richCard(card).suggestions(Suggestion.reply('Yes', 'yes'));
    expect(first.build().content.richCard).toEqual(second.build().content.richCard);
    expect(first.build()).toEqual(first.build());
    expect(card.toWire()).toEqual(before);
    // A part grown from it is a new part; the first is unchanged.
    loose(card).media(IMAGE, { height: 'SHORT' });
    expect(card.toWire()).toEqual(before);
  });

  it("the reading leaves the caller's objects as they were", () => {
    const data = { slot: '10:30', count: '2' };
    const media = { link: IMAGE, caption: 'Menu' };
    const card = { title: 'Red', media: { height: 'MEDIUM', contentInfo: { fileUrl: IMAGE } } };
    loose(Message.to('+6591234567'))
      .whatsapp()
      .interactive(
        loose(Interactive)
          .flow('Book', { flowId: '1', flowCta: 'Book', flowAction: 'NAVIGATE', data })
          .header({ image: media }),
      )
      .build();
    loose(Message.to('+6591234567'))
      .rcs()
      .carousel(
        loose(Carousel.small())
          .card(() => card)
          .card(() => card),
      )
      .build();
    expect(data).toEqual({ slot: '10:30', count: '2' });
    expect(media).toEqual({ link: IMAGE, caption: 'Menu' });
    expect(card).toEqual({ title: 'Red', media: { height: 'MEDIUM', contentInfo: { fileUrl: IMAGE } } });
  });

  it('a card that is not plain JSON marks the carousel, and the message reads all of it at build(), as parseMessage does', () => {
    const when = new Date(0);
    const odd = { title: 'Red', when, media: { height: 'TALL', contentInfo: { fileUrl: IMAGE } } };
    const carousel = loose(Carousel.small())
      .card((card: unknown) => loose(card).media(IMAGE, { height: 'Short' }))
      .card(() => odd);
    const chain = () => loose(Message.to('+6591234567')).rcs().carousel(carousel).build();
    const wire = rcs(
      {
        carousel: {
          cardWidth: 'small',
          cards: [{ media: { height: 'Short', contentInfo: { fileUrl: IMAGE } } }, odd],
        },
      },
      'carousel',
    );
    // The Date is refused at its path; the height beside it is read (a chain that left it unread would also refuse
    // "TALL").
    expect(outcome(chain)).toEqual(parsed(wire));
    expect(outcome(chain)).toEqual({
      issues: [{ path: 'content.carousel.cards[1].when', message: 'must be a plain JSON object, got Date' }],
    });
    // The mark stays with the carousel: a second chain holding it reads all of it too.
    expect(outcome(chain)).toEqual(parsed(wire));
  });

  it('a library part where another kind goes builds as parseMessage reads the same request', () => {
    // From JavaScript: a rich card's wire in a carousel (a carousel card has no orientation or alignment: dropped).
    const rich = loose(RichCard.horizontal())
      .thumbnailImageAlignment('Right')
      .media(IMAGE, { height: 'Tall' });
    const chain = () =>
      loose(Message.to('+6591234567'))
        .rcs()
        .carousel(
          loose(Carousel.small())
            .card(() => rich)
            .card((card: unknown) => loose(card).media(IMAGE)),
        )
        .build();
    const wire = rcs(
      {
        carousel: {
          cardWidth: 'small',
          cards: [
            {
              cardOrientation: 'horizontal',
              thumbnailImageAlignment: 'right',
              media: { height: 'tall', contentInfo: { fileUrl: IMAGE } },
            },
            { media: { contentInfo: { fileUrl: IMAGE } } },
          ],
        },
      },
      'carousel',
    );
    expect(outcome(chain)).toEqual(parsed(wire));
    // And a suggestion's wire as a whole message's rich card.
    const suggestion = Suggestion.reply('Yes', 'yes');
    const misplaced = () => loose(Message.to('+6591234567')).rcs().richCard(suggestion).build();
    expect(outcome(misplaced)).toEqual(
      parsed(rcs({ richCard: { reply: { text: 'Yes', postbackData: 'yes' } } }, 'richCard')),
    );
  });
});
