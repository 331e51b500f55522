// The message chain produces exactly the real request bodies of test/fixtures/requests (deep-equal after
// parseMessage's normalisation), round-trips through parseMessage, and every step leaves its input untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Carousel,
  type CarouselPart,
  type ExtraFields,
  Interactive,
  type InteractivePart,
  Message,
  type MessageBuilder,
  RichCard,
  type RichCardPart,
  Suggestion,
  type SuggestionPart,
} from '../../src/builder/index.js';
import { createClient } from '../../src/client/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import { type MessageRequest, type MessageRequestInput, parseMessage } from '../../src/wire/index.js';
import { refusalOf } from '../validation-issues.js';

const directory = new URL('../fixtures/requests/', import.meta.url);

function fixture(name: string): MessageRequest {
  return parseMessage(JSON.parse(readFileSync(new URL(`${name}.json`, directory), 'utf8')));
}

/** The fixture as the chain must build it when the chain adds what the builder requires (see docs/decisions.md). */
function fixtureWith(name: string, change: (request: MessageRequest) => MessageRequest): MessageRequest {
  return parseMessage(change(fixture(name)));
}

const onRcs = (request: MessageRequest): MessageRequest => ({ ...request, channels: [{ channel: 'RCS' }] });
const onWhatsApp = (request: MessageRequest): MessageRequest => ({
  ...request,
  channels: [{ channel: 'WhatsApp' }],
});

// Hand-written parts: the chain's contract is the parts.ts interfaces, whatever builder made them.
function interactivePart<D extends boolean>(request: MessageRequest, directSendable: D): InteractivePart<D> {
  return { kind: 'interactive', directSendable, toWire: () => request.content.interactive! };
}
const richCardPart = (request: MessageRequest): RichCardPart => ({
  kind: 'richCard',
  toWire: () => request.content.richCard!,
});
const carouselPart = (request: MessageRequest): CarouselPart => ({
  kind: 'carousel',
  toWire: () => request.content.carousel!,
});
const suggestionParts = (request: MessageRequest): SuggestionPart[] =>
  (request.content.suggestions ?? []).map((wire) => ({ kind: 'suggestion', toWire: () => wire }));

/** Each fixture: the chain that writes it, and the request it must equal. */
const CHAINS: Record<string, () => { chain: MessageBuilder; expected: MessageRequest }> = {
  'fallback-after-template-ttl': () => ({
    chain: Message.to('+6583334444')
      .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
      .sms({ encoding: 'AUTO', source: 'ACMESHOP' })
      .template('delivery_window', 'en_GB')
      .body('A-1234', '10:00–12:00')
      .fallbackText('Parcel A-1234 arrives between 10:00 and 12:00.'),
    expected: fixture('fallback-after-template-ttl'),
  }),
  'fallback-conditional': () => ({
    chain: Message.to('+6587654321')
      .whatsapp({ fallbackAfter: 60, successStatus: 'Delivered' })
      .sms({ encoding: 'GSM7', source: 'VERIFY' })
      .text('Your verification code is 482910.'),
    expected: fixture('fallback-conditional'),
  }),
  'fallback-single-channel': () => ({
    chain: Message.to('+6581112222')
      .whatsapp()
      .text('Thanks for your feedback!')
      .sms({ encoding: 'AUTO', source: 'ACMESHOP' }),
    expected: fixture('fallback-single-channel'),
  }),
  'fallback-whatsapp-viber-sms': () => ({
    chain: Message.to('+6598765432')
      .whatsapp({ fallbackAfter: 60, successStatus: 'Read' })
      .viber({ fallbackAfter: 60, successStatus: 'Delivered' })
      .sms({ encoding: 'AUTO', source: 'BISTRO' })
      .text('Your table for two is booked for Friday at 19:30.'),
    expected: fixture('fallback-whatsapp-viber-sms'),
  }),
  file: () => ({
    chain: Message.to('91234567', { country: 'SG' }).file('https://www.example.com/invoices/2026-11.pdf', {
      text: 'Your November invoice',
    }),
    expected: fixture('file'),
  }),
  'image-with-fallback': () => ({
    chain: Message.to('+6591234567')
      .image('https://www.example.com/images/welcome.jpg', { text: 'Welcome aboard!' })
      .fallbackText('Welcome aboard! See https://www.example.com/welcome')
      .sms({ encoding: 'UCS2', source: 'ACME' })
      .clientMessageId('welcome-0042'),
    expected: fixture('image-with-fallback'),
  }),
  'line-audio-duration': () => ({
    chain: Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
      .line()
      .audio('https://www.example.com/audio/welcome.m4a', { duration: 300 }),
    expected: fixture('line-audio-duration'),
  }),
  'line-image': () => ({
    chain: Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
      .line()
      .image('https://www.example.com/images/coupon.jpg', {
        thumbnail: 'https://www.example.com/images/coupon-small.jpg',
      }),
    expected: fixture('line-image'),
  }),
  location: () => ({
    chain: Message.to('+6591234567').location({
      latitude: 1.2834,
      longitude: 103.8607,
      name: 'Acme flagship store',
      address: '10 Bayfront Avenue, Singapore 018956',
    }),
    expected: fixture('location'),
  }),
  'rcs-carousel': () => {
    const expected = fixture('rcs-carousel');
    return {
      chain: Message.to('+10000000000')
        .rcs()
        .carousel(carouselPart(expected))
        .suggestions(...suggestionParts(expected)),
      expected,
    };
  },
  'rcs-rich-card-horizontal': () => {
    // Rich cards name their channel: the builder adds RCS, which the fixture leaves to 8x8's routing.
    const expected = fixtureWith('rcs-rich-card-horizontal', onRcs);
    return { chain: Message.to('+10000000000').rcs().richCard(richCardPart(expected)), expected };
  },
  'rcs-rich-card': () => {
    // SMS carries text only: the builder asks for the text SMS sends instead of the card.
    const expected = fixtureWith('rcs-rich-card', (request) => ({
      ...request,
      content: { ...request.content, fallbackText: 'Your order has shipped: https://www.example.com/track' },
    }));
    return {
      chain: Message.to('+10000000000')
        .rcs()
        .sms()
        .richCard(richCardPart(expected))
        .fallbackText('Your order has shipped: https://www.example.com/track'),
      expected,
    };
  },
  'rcs-text-suggestions': () => {
    const expected = fixtureWith('rcs-text-suggestions', onRcs);
    return {
      chain: Message.to('+10000000000')
        .rcs()
        .text(expected.content.text!)
        .suggestions(...suggestionParts(expected)),
      expected,
    };
  },
  'scheduled-with-expiry': () => ({
    chain: Message.to('+6591234567')
      .text('Reminder: the store opens at 9 today.')
      .clientMessageId('reminder-2026-12-01')
      .scheduled('2026-12-01T08:30:00+08:00')
      .expiry(new Date('2026-12-01T12:00:00Z'))
      .dlrCallbackUrl('https://hooks.example.com/8x8/receipts'),
    expected: fixtureWith('scheduled-with-expiry', (request) => ({
      ...request,
      expiry: '2026-12-01T12:00:00.000Z', // a Date is written with milliseconds
    })),
  }),
  'text-sms-fallback': () => ({
    chain: Message.to('+6591234567')
      .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
      .sms({ encoding: 'AUTO', source: 'ACMESHOP' })
      .text('Hi Alice, your order A-1234 has shipped and arrives tomorrow.')
      .fallbackText('Order A-1234 shipped, arriving tomorrow.')
      .clientMessageId('order-A-1234-shipped'),
    expected: fixture('text-sms-fallback'),
  }),
  'viber-rich-media': () => ({
    // SMS carries text only: the builder asks for the text SMS sends instead of the rich media.
    chain: Message.to('+380501234567')
      .viber()
      .sms()
      .richMedia({
        text: 'New arrivals are in store this week.',
        image: 'https://www.example.com/images/arrivals.jpg',
        button: { caption: "See what's new", url: 'https://www.example.com/new' },
      })
      .fallbackText('New arrivals are in store this week: https://www.example.com/new'),
    expected: fixtureWith('viber-rich-media', (request) => ({
      ...request,
      content: {
        ...request.content,
        fallbackText: 'New arrivals are in store this week: https://www.example.com/new',
      },
    })),
  }),
  video: () => ({
    chain: Message.to('+6591234567').video('https://www.example.com/video/setup-guide.mp4', {
      text: 'Here is a two-minute guide to setting up your router.',
      thumbnail: 'https://www.example.com/video/setup-guide.jpg',
      filesize: 7340032,
      duration: 120,
    }),
    expected: fixture('video'),
  }),
  'whatsapp-channel-user-id': () => ({
    chain: Message.toChannelUser('US.13491208655302741918').whatsapp().text('Hello from Acme support.'),
    expected: fixture('whatsapp-channel-user-id'),
  }),
  'whatsapp-direct-send-reply-buttons': () => {
    const expected = fixtureWith('whatsapp-direct-send-reply-buttons', onWhatsApp);
    return {
      chain: Message.to('+6591234567').whatsapp().interactive(interactivePart(expected, true)).directSend(),
      expected,
    };
  },
  'whatsapp-direct-send-text': () => ({
    chain: Message.to('+6591234567')
      .whatsapp()
      .text('Your parcel A-1234 was delivered at 14:05.')
      .directSend({ ttlSeconds: 600 }),
    expected: fixture('whatsapp-direct-send-text'),
  }),
  ...Object.fromEntries(
    [
      'whatsapp-interactive-call-permission',
      'whatsapp-interactive-cta-url',
      'whatsapp-interactive-flow',
      'whatsapp-interactive-list',
      'whatsapp-interactive-location-request',
      'whatsapp-interactive-reply-buttons',
      'whatsapp-interactive-voice-call',
    ].map((name) => [
      name,
      () => {
        // Interactive messages name their channel: the builder adds WhatsApp.
        const expected = fixtureWith(name, onWhatsApp);
        return {
          chain: Message.to('+6591234567').whatsapp().interactive(interactivePart(expected, false)),
          expected,
        };
      },
    ]),
  ),
  'whatsapp-reply-context': () => ({
    chain: Message.to('+6591234567')
      .whatsapp()
      .text('Yes, that order is on its way.')
      .replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc'),
    expected: fixtureWith('whatsapp-reply-context', onWhatsApp),
  }),
  'whatsapp-template-carousel': () => ({
    chain: Message.to('+15551234567')
      .whatsapp()
      .template('product_showcase', 'en')
      .body('Sam')
      .card((card) =>
        card
          .header({ image: 'https://cdn.example.com/p/boots.jpg' })
          .body('Hiking boots')
          .quickReply(0, 'boots')
          .url(1, 'boots'),
      )
      .card((card) =>
        card
          .header({ video: 'https://cdn.example.com/p/jacket.mp4' })
          .body('Rain jacket')
          .quickReply(0, 'jacket'),
      ),
    expected: fixtureWith('whatsapp-template-carousel', onWhatsApp),
  }),
  'whatsapp-template-header-image-quick-replies': () => ({
    chain: Message.to('+15551234567')
      .whatsapp()
      .template('winter_collection_launch', 'en_US')
      .header({ image: 'https://cdn.example.com/campaigns/winter.jpg' })
      .body('Sam', 'WINTER25')
      .quickReply(0, 'show-collection')
      .quickReply(1, 'unsubscribe'),
    expected: fixtureWith('whatsapp-template-header-image-quick-replies', onWhatsApp),
  }),
  'whatsapp-template-url-and-copy-code': () => ({
    chain: Message.to('+15551234567')
      .whatsapp()
      .template('coupon_offer', 'en_US')
      .body('Sam')
      .url(0, 'winter-sale')
      .copyCode(1, 'WINTER25'),
    expected: fixture('whatsapp-template-url-and-copy-code'),
  }),
};

describe('message chain: real request bodies', () => {
  it('covers every fixture of test/fixtures/requests', () => {
    const fixtures = readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(Object.keys(CHAINS).sort()).toEqual(fixtures.sort());
  });

  for (const [name, make] of Object.entries(CHAINS)) {
    it(`${name}: the chain builds the fixture, and the result round-trips`, () => {
      const { chain, expected } = make();
      const built = chain.build();
      expect(built).toEqual(expected);
      expect(parseMessage(built)).toEqual(built);
      expect(JSON.parse(JSON.stringify(chain))).toEqual(expected);
    });
  }
});

/** The issue paths of the ValidationError that `build` throws (fails the test if it does not throw one). */
function issuePaths(build: () => unknown): string[] {
  return refusalOf(build).map((issue) => issue.path);
}

/** The issues (path and message) of the ValidationError that `build` throws. */
function issues(build: () => unknown): { path: string; message: string }[] {
  return refusalOf(build).map(({ path, message }) => ({ path, message }));
}

// From JavaScript, or through `as any`: what the types refuse still ends in a ValidationError naming the field.
// biome-ignore lint/suspicious/noExplicitAny: these tests bypass the types on purpose.
const loose = (builder: unknown): any => builder;

describe('message chain: immutability', () => {
  it('a partial chain is a reusable template: every step returns a new builder', () => {
    const base = Message.to('+6591234567').whatsapp({ fallbackAfter: 60 });
    const withSms = base.sms();
    const shipped = base.text('Shipped');
    const delivered = base.text('Delivered');
    const tagged = shipped.clientMessageId('a');
    expect(withSms).not.toBe(base);
    expect(shipped.build().content.text).toBe('Shipped');
    expect(delivered.build().content.text).toBe('Delivered');
    expect(shipped.build().clientMessageId).toBeUndefined();
    expect(tagged.build().clientMessageId).toBe('a');
    expect(base.text('x').build().channels).toEqual([{ channel: 'WhatsApp', fallbackAfter: 60 }]);
    expect(withSms.text('x').build().channels).toEqual([
      { channel: 'WhatsApp', fallbackAfter: 60 },
      { channel: 'SMS' },
    ]);
  });

  it('template components and cards added to a shared base stay apart', () => {
    const base = Message.to('+15551234567').whatsapp().template('promo', 'en').body('Sam');
    const a = base.quickReply(0, 'a');
    const b = base.url(0, 'b').card((card) => card.body('x'));
    expect(base.build().content.template?.components).toHaveLength(1);
    expect(a.build().content.template?.components).toHaveLength(2);
    expect(b.build().content.template?.components).toHaveLength(3);
  });

  it('the built request is a fresh object each time: changing it changes nothing in the builder', () => {
    const chain = Message.to('+6591234567')
      .text('Hi')
      .extra({ content: { tags: ['a'] } });
    const first = chain.build() as MessageRequest & { content: { tags: string[] } };
    first.content.tags.push('b');
    first.content.text = 'changed';
    expect(chain.build()).toEqual({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Hi', tags: ['a'] },
    });
  });

  it('input objects are copied: changing them after the step changes nothing', () => {
    const options = { fallbackAfter: 60 };
    const place = { latitude: 1, longitude: 2 };
    const chain = Message.to('+6591234567').whatsapp(options).location(place);
    options.fallbackAfter = 120;
    place.latitude = 50;
    const built = chain.build();
    expect(built.channels).toEqual([{ channel: 'WhatsApp', fallbackAfter: 60 }]);
    expect(built.content.location).toEqual({ latitude: 1, longitude: 2 });
  });
});

describe('message chain: structural sharing', () => {
  it('a part of its own whose wire object its caller changes later is copied at the step', () => {
    const media = { contentInfo: { fileUrl: 'https://example.com/a.png' } };
    const wire = {
      cardWidth: 'small',
      cards: [
        { title: 'A', media },
        { title: 'B', media },
      ],
    };
    const part = { kind: 'carousel' as const, toWire: () => wire as never };
    const chain = Message.to('+6591234567').rcs().carousel(part);
    wire.cards[0]!.title = 'changed';
    wire.cards.push({ title: 'C', media });
    expect(
      loose(chain)
        .build()
        .content.carousel.cards.map((card: { title: string }) => card.title),
    ).toEqual(['A', 'B']);
  });

  it('a part held by chains is shared, never handed out: builds and toWire() are independent copies', () => {
    const card = RichCard.vertical()
      .title('A')
      .media('https://example.com/a.png')
      .suggestion(Suggestion.reply('Yes', 'yes'));
    const carousel = Carousel.small()
      .card((c) => c.title('A').media('https://example.com/a.png'))
      .card((c) => c.title('B').media('https://example.com/b.png'));
    const first = Message.to('+6591234567').rcs().richCard(card);
    const second = Message.to('+6591234568').rcs().richCard(card);
    const one = first.build();
    one.content.richCard!.title = 'changed';
    one.content.richCard!.suggestions![0]!.reply!.text = 'changed';
    const wire = card.toWire();
    wire.media!.contentInfo.fileUrl = 'https://example.com/changed.png';
    expect(second.build().content.richCard).toEqual(first.build().content.richCard);
    expect(first.build().content.richCard).toMatchObject({
      title: 'A',
      media: { contentInfo: { fileUrl: 'https://example.com/a.png' } },
      suggestions: [{ reply: { text: 'Yes' } }],
    });
    const built = Message.to('+6591234567').rcs().carousel(carousel).build();
    built.content.carousel!.cards[0]!.title = 'changed';
    expect(carousel.toWire().cards.map((c) => c.title)).toEqual(['A', 'B']);
    expect(Message.to('+6591234567').rcs().carousel(carousel).build().content.carousel).toEqual(
      carousel.toWire(),
    );
  });

  it("a caller's object handed to a part's step is copied there, before any chain holds the part", () => {
    const image = { link: 'https://example.com/a.jpg' };
    const data = { step: 'one' };
    const header = Interactive.buttons('Still on?').header({ image }).button('y', 'Yes');
    const flow = Interactive.flow('Answer', { flowId: '1', flowCta: 'Go', screen: 'START', data });
    image.link = 'https://example.com/changed.jpg';
    data.step = 'two';
    const chain = Message.to('+6591234567').whatsapp();
    expect(chain.interactive(header).build().content.interactive?.header?.image?.link).toBe(
      'https://example.com/a.jpg',
    );
    expect(JSON.stringify(chain.interactive(flow).build())).toContain('"step":"one"');
  });

  it('a chain is frozen: no step or build can be replaced on it', () => {
    const chain = Message.to('+6591234567').text('Hi');
    expect(Object.isFrozen(chain)).toBe(true);
    expect(() => {
      loose(chain).build = () => ({});
    }).toThrow(TypeError);
  });

  it('template values handed to a step (header location, flow data) are copied there', () => {
    const location = { latitude: 1, longitude: 2 };
    const data = { step: 'one' };
    const chain = Message.to('+6591234567')
      .whatsapp()
      .template('visit', 'en')
      .header({ location })
      .flow(0, { screen: 'START', data });
    location.latitude = 60;
    data.step = 'two';
    const [header, button] = chain.build().content.template?.components ?? [];
    expect(header?.parameters?.[0]?.location?.latitude).toBe(1);
    expect(JSON.stringify(button)).toContain('"step":"one"');
  });
});

describe('message chain: steps', () => {
  it('$if applies its step only when the condition holds; $call passes the builder through', () => {
    const base = Message.to('+6591234567').text('Hi');
    expect(base.$if(true, (m) => m.clientMessageId('yes')).build().clientMessageId).toBe('yes');
    expect(base.$if(false, (m) => m.clientMessageId('yes')).build().clientMessageId).toBeUndefined();
    const tag = (message: MessageBuilder) => message.clientMessageId('tagged');
    expect(base.$call(tag).build().clientMessageId).toBe('tagged');
  });

  it('extra fields merge over what the chain built and are validated with it', () => {
    const built = Message.to('+6591234567')
      .whatsapp()
      .text('Hi')
      .extra({ content: { priority: 'high' }, campaign: 'winter' })
      .build();
    expect(built).toEqual({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Hi', priority: 'high' },
      channels: [{ channel: 'WhatsApp' }],
      campaign: 'winter',
    });
    // Known fields keep their rules, also when they come through the escape hatch.
    expect(
      issuePaths(() =>
        Message.to('+6591234567')
          .text('Hi')
          .extra({ content: { text: '' } })
          .build(),
      ),
    ).toEqual(['content.text']);
    expect(
      issuePaths(() => Message.to('+6591234567').text('Hi').extra({ dlrCallbackUrl: 'ftp://x' }).build()),
    ).toEqual(['dlrCallbackUrl']);
  });

  it('extra fields keep keys named like Object.prototype members ("__proto__") as plain keys', () => {
    const extra = JSON.parse(
      '{"content":{"__proto__":{"a":1},"newField":{"__proto__":{"b":2}}}}',
    ) as ExtraFields;
    const built = Message.to('+6591234567').whatsapp().text('Hi').extra(extra).build();
    expect(JSON.stringify(built.content)).toBe(
      '{"text":"Hi","__proto__":{"a":1},"newField":{"__proto__":{"b":2}}}',
    );
  });

  it('extra values that are not JSON (a Date) are reported at their path, never sent as {}', () => {
    const when = new Date(0) as unknown as string;
    expect(
      issuePaths(() => Message.to('+6591234567').whatsapp().text('Hi').extra({ content: { when } }).build()),
    ).toEqual(['content.when']);
  });

  it('template buttons of every sub-type carry their own parameter type', () => {
    const built = Message.to('+15551234567')
      .whatsapp()
      .template('everything', 'en')
      .header({ location: { latitude: 1.28, longitude: 103.86, name: 'Store' } })
      .body('Sam')
      .button(0, 'QuickReply', { text: 'yes' })
      .flow(1, { screen: 'WELCOME', data: { plan: 'basic' } })
      .voiceCall(2, { ttlMinutes: 60 })
      .voiceCall(3)
      .button(4, 'CopyCode', { couponCode: 'C' })
      .callPermissionRequest()
      .build();
    expect(built.content.template?.components).toEqual([
      {
        type: 'header',
        parameters: [{ type: 'location', location: { latitude: 1.28, longitude: 103.86, name: 'Store' } }],
      },
      { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
      { type: 'button', subType: 'QuickReply', index: 0, parameters: [{ type: 'text', text: 'yes' }] },
      {
        type: 'button',
        subType: 'Flow',
        index: 1,
        parameters: [{ type: 'action', flowActionData: { screen: 'WELCOME', data: { plan: 'basic' } } }],
      },
      {
        type: 'button',
        subType: 'VoiceCall',
        index: 2,
        parameters: [{ type: 'ttlMinutes', ttlMinutes: 60 }],
      },
      { type: 'button', subType: 'VoiceCall', index: 3 },
      {
        type: 'button',
        subType: 'CopyCode',
        index: 4,
        parameters: [{ type: 'couponCode', couponCode: 'C' }],
      },
      { type: 'call_permission_request' },
    ]);
  });

  it.each([
    [{ image: 'https://cdn.example.com/a.jpg' }, { type: 'image', url: 'https://cdn.example.com/a.jpg' }],
    [{ gif: 'https://cdn.example.com/a-gif.mp4' }, { type: 'gif', url: 'https://cdn.example.com/a-gif.mp4' }],
    [{ video: 'https://cdn.example.com/a.mp4' }, { type: 'video', url: 'https://cdn.example.com/a.mp4' }],
    [
      { document: 'https://cdn.example.com/a.pdf' },
      { type: 'document', url: 'https://cdn.example.com/a.pdf' },
    ],
    ['Order A-1234', { type: 'text', text: 'Order A-1234' }],
  ] as const)('template header %j becomes the parameter %j', (header, parameter) => {
    const built = Message.to('+15551234567').whatsapp().template('t', 'en').header(header).build();
    expect(built.content.template?.components).toEqual([{ type: 'header', parameters: [parameter] }]);
  });

  it('implements MessageSource: anything that takes a source takes a chain', () => {
    const sources: { build(): MessageRequest }[] = [
      Message.to('+6591234567').text('a'),
      Message.to('+6591234567').whatsapp().template('t', 'en').body('x'),
    ];
    expect(sources.map((source) => source.build().type)).toEqual(['text', 'template']);
  });
});

describe('message chain: what the types refuse, from JavaScript', () => {
  it('a template header or button parameter that is not an object is named at its path, not as a TypeError', () => {
    const template = () => loose(Message.to('+6591234567').whatsapp().template('t', 'en'));
    const issues = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        return (error as ValidationError).issues;
      }
      return [];
    };
    const at = 'content.template.components[0].parameters[0]';
    expect(issues(() => template().header(5).build())).toEqual([
      { path: at, message: 'must be an object, got number 5' },
    ]);
    expect(issues(() => template().header(null).build())).toEqual([
      { path: at, message: 'must be an object, got null' },
    ]);
    expect(issues(() => template().button(0, 'QuickReply', 'yes').build())).toEqual([
      { path: at, message: 'must be an object, got string "yes"' },
    ]);
    // Before, a Flow or VoiceCall button dropped such a value without a word.
    expect(issues(() => template().flow(0, 'WELCOME').build())).toEqual([
      { path: at, message: 'must be an object, got string "WELCOME"' },
    ]);
    expect(issues(() => template().voiceCall(0, 60).build())).toEqual([
      { path: at, message: 'must be an object, got number 60' },
    ]);
    expect(
      issues(() =>
        template()
          .card((card: unknown) => loose(card).header(5).body('A'))
          .build(),
      ),
    ).toEqual([
      {
        path: 'content.template.components[0].cards[0].components[0].parameters[0]',
        message: 'must be an object, got number 5',
      },
    ]);
  });

  it('SMS as a fallback for non-text content needs a fallback text', () => {
    const chain = loose(Message.to('+6591234567').whatsapp().sms().image('https://example.com/a.jpg'));
    expect(issuePaths(() => chain.build())).toEqual(['content.fallbackText']);
    expect(chain.fallbackText('See https://example.com/a').build().content.fallbackText).toBe(
      'See https://example.com/a',
    );
  });

  it('without channel steps: any content, no channels key (8x8 applies the sub-account routing)', () => {
    const part: CarouselPart = { kind: 'carousel', toWire: () => fixture('rcs-carousel').content.carousel! };
    const carousel = Message.to('+10000000000').carousel(part).build();
    expect(carousel.type).toBe('carousel');
    expect('channels' in carousel).toBe(false);
    const template = Message.to('+6591234567').template('order_update', 'en_US').body('A-1234').build();
    expect(template).toEqual({
      user: { msisdn: '+6591234567' },
      type: 'template',
      content: {
        template: {
          name: 'order_update',
          language: 'en_US',
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'A-1234' }] }],
        },
      },
    });
    // Features that some channel carrying the content supports: WhatsApp replies to a template, RCS suggests.
    const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';
    expect(Message.to('+6591234567').template('t', 'en').replyTo(umid).build().context).toEqual({ umid });
    expect(Message.to('+6591234567').text('Hi').directSend().build().content.whatsApp).toEqual({
      directSend: { category: 'utility' },
    });
  });

  it('a plain object where a part is expected: a ValidationError stating the rules, not a TypeError', () => {
    const plain = { cardWidth: 'medium', cards: [] };
    expect(issues(() => loose(Message.to('+6591234567').whatsapp()).carousel(plain).build())).toEqual([
      { path: 'content.carousel.cards', message: 'must have at least 2 carousel cards, got 0' },
      {
        path: 'channels[0].channel',
        message: 'is "WhatsApp", which cannot carry "carousel" content; "carousel" goes over RCS',
      },
    ]);
    expect(issuePaths(() => loose(Message.to('+6591234567').rcs()).richCard(null).build())).toEqual([
      'content.richCard',
    ]);
  });

  it('without channel steps, a feature that no channel carrying the content supports', () => {
    const part: CarouselPart = { kind: 'carousel', toWire: () => fixture('rcs-carousel').content.carousel! };
    const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';
    expect(issues(() => loose(Message.to('+10000000000').carousel(part)).replyTo(umid).build())).toEqual([
      { path: 'context', message: 'only goes over WhatsApp, which cannot carry "carousel" content' },
    ]);
    expect(
      issuePaths(() =>
        loose(Message.to('+6591234567').template('t', 'en'))
          .suggestions({
            kind: 'suggestion',
            toWire: () => ({ reply: { text: 'Yes', postbackData: 'yes' } }),
          })
          .build(),
      ),
    ).toEqual(['content.suggestions']);
  });

  it('a later channel that supports a feature and carries the content lends it; one that cannot carry it does not', () => {
    const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';
    const reply = Suggestion.reply('Yes', 'yes');
    // Built, as the types allow: 8x8 sends the message over the later channel, with the feature, when the first fails.
    const template = Message.to('+84912345678')
      .zalo()
      .whatsapp()
      .template('t', 'vi')
      .body('x')
      .replyTo(umid)
      .build();
    expect(template.channels).toEqual([{ channel: 'Zalo' }, { channel: 'WhatsApp' }]);
    expect(template.context).toEqual({ umid });
    expect(parseMessage(template)).toEqual(template);
    const text = Message.to('+6591234567')
      .whatsapp()
      .rcs()
      .text('Hi')
      .suggestions(reply)
      .directSend()
      .build();
    expect(text.content.suggestions).toHaveLength(1);
    expect(text.content.whatsApp).toEqual({ directSend: { category: 'utility' } });
    // Refused at build() from JavaScript, as by the types: WhatsApp carries no carousels, RCS no templates.
    const part: CarouselPart = { kind: 'carousel', toWire: () => fixture('rcs-carousel').content.carousel! };
    expect(
      issues(() => loose(Message.to('+10000000000').rcs().whatsapp().carousel(part)).replyTo(umid).build()),
    ).toEqual([
      { path: 'context', message: 'only goes over WhatsApp, which cannot carry "carousel" content' },
    ]);
    expect(
      issues(() =>
        loose(Message.to('+6591234567').whatsapp().rcs().template('t', 'en').body('x'))
          .suggestions(reply)
          .build(),
      ),
    ).toEqual([
      { path: 'content.suggestions', message: 'only goes over RCS, which cannot carry "template" content' },
    ]);
    // No channel of the chain supports it: the wire schema's issue, as before.
    expect(
      issuePaths(() => loose(Message.to('+84912345678').zalo().template('t', 'vi')).replyTo(umid).build()),
    ).toEqual(['context']);
  });

  it('content the first channel cannot carry, a repeated channel, a LINE user on another channel', () => {
    const part: CarouselPart = { kind: 'carousel', toWire: () => fixture('rcs-carousel').content.carousel! };
    expect(issuePaths(() => loose(Message.to('+10000000000').whatsapp()).carousel(part).build())).toEqual([
      'channels[0].channel',
    ]);
    expect(
      issuePaths(() => loose(Message.to('+6591234567').whatsapp()).whatsapp().text('x').build()),
    ).toEqual(['channels[1].channel']);
    expect(
      issuePaths(() =>
        loose(Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line()).sms().text('x').build(),
      ),
    ).toEqual(['channels[1].channel']);
  });

  it('template button indexes out of range or repeated, a third Url button', () => {
    const template = () => loose(Message.to('+15551234567').whatsapp().template('t', 'en'));
    expect(issuePaths(() => template().quickReply(10, 'x').build())).toEqual([
      'content.template.components[0].index',
    ]);
    expect(issuePaths(() => template().quickReply(0, 'x').quickReply(0, 'y').build())).toEqual([
      'content.template.components[1].index',
    ]);
    expect(issuePaths(() => template().url(0, 'a').url(1, 'b').url(2, 'c').build())).toEqual([
      'content.template.components',
    ]);
    expect(
      issuePaths(() =>
        template()
          .card((card: unknown) => loose(card).quickReply(2, 'x'))
          .build(),
      ),
    ).toEqual(['content.template.components[0].cards[0].components[0].index']);
    // A carousel of 1–10 cards (the 11th `.card(…)` is refused by the types too), each with one header and one body.
    const cards = (count: number) => {
      let chain = template();
      for (let i = 0; i < count; i++) chain = chain.card((card: unknown) => loose(card).body(`${i}`));
      return chain;
    };
    expect(cards(1).build().content.template?.components?.[0]?.cards).toHaveLength(1);
    expect(cards(10).build().content.template?.components?.[0]?.cards).toHaveLength(10);
    expect(issuePaths(() => cards(11).build())).toEqual([
      'content.template.components[0].cards[10].cardIndex',
      'content.template.components[0].cards',
    ]);
    expect(
      issuePaths(() =>
        template()
          .card((card: unknown) => loose(card).header('a').body('x').header('b'))
          .build(),
      ),
    ).toEqual(['content.template.components[0].cards[0].components[2].type']);
    expect(
      issuePaths(() =>
        template()
          .card((card: unknown) => loose(card).body('x').quickReply(0, 'a').body('y'))
          .build(),
      ),
    ).toEqual(['content.template.components[0].cards[0].components[2].type']);
  });

  it('a step out of order is a programming error, reported at once', () => {
    expect(() => loose(Message.to('+6591234567').text('a')).whatsapp()).toThrow(/before the content/);
    expect(() => loose(Message.to('+6591234567').text('a')).text('b')).toThrow(/already set/);
    expect(() => loose(Message.to('+6591234567').text('a')).body('b')).toThrow(/follow .template/);
    expect(() => loose(Message.to('+6591234567').whatsapp().template('t', 'en')).card(() => ({}))).toThrow(
      /must return the card/,
    );
  });

  it('route options given to .sms(settings) after the content are refused whole, not dropped', () => {
    const sent = loose(Message.to('+6591234567').whatsapp().text('Hi'));
    const refusal = (keys: string) =>
      `.sms(…) after the content takes the SMS settings (encoding, source) only: ${keys}; route options go on .sms(…) before the content`;
    expect(() => sent.sms({ fallbackAfter: 60 })).toThrow(refusal('fallbackAfter is a route option'));
    expect(() => sent.sms({ successStatus: 'Delivered' })).toThrow(
      refusal('successStatus is a route option'),
    );
    // A mix is refused as a whole: the settings are not applied without the route options.
    expect(() => sent.sms({ source: 'ACME', fallbackAfter: 60 })).toThrow(
      refusal('fallbackAfter is a route option'),
    );
    expect(() => sent.sms({ encoding: 'AUTO', fallbackAfter: 60, successStatus: 'Read' })).toThrow(
      refusal('fallbackAfter, successStatus are route options'),
    );
    expect(() => sent.sms({ fallbackAfter: 60 })).toThrow(TypeError);
    // Left unset, they are not given; the settings alone are the step's.
    expect(sent.sms({ source: 'ACME', fallbackAfter: undefined }).build().content.sms).toEqual({
      source: 'ACME',
    });
    // Before the content, the same object adds SMS with its route options and its settings.
    const routed = loose(Message.to('+6591234567').whatsapp())
      .sms({ source: 'ACME', fallbackAfter: 60 })
      .text('Hi')
      .build();
    expect(routed.channels).toEqual([{ channel: 'WhatsApp' }, { channel: 'SMS', fallbackAfter: 60 }]);
    expect(routed.content.sms).toEqual({ source: 'ACME' });
  });

  it('a success status in another spelling is quoted as written where it is refused, and sent as read', () => {
    const chain = loose(Message.to('+6591234567')).whatsapp({ successStatus: 'read' });
    expect(issues(() => chain.sms({ successStatus: 'read' }).text('Hi').build())).toEqual([
      {
        path: 'channels[1].successStatus',
        message: 'must be a status SMS reports ("Accepted", "Sent" or "Delivered"), got "read" ("Read")',
      },
    ]);
    expect(chain.sms({ successStatus: 'delivered' }).text('Hi').build().channels).toEqual([
      { channel: 'WhatsApp', successStatus: 'Read' },
      { channel: 'SMS', successStatus: 'Delivered' },
    ]);
  });

  it('a chain without content cannot build', () => {
    expect(issuePaths(() => loose(Message.to('+6591234567').whatsapp()).build())).toContain('type');
  });
});

describe('message chain: values written as 8x8 reads them, from JavaScript', () => {
  // Each step reads what its caller hands in where it receives it (any letter case, numbers written as strings), so
  // build() reads only the parts: what it builds must be what parseMessage makes of the same request.
  const cases: readonly {
    readonly name: string;
    readonly chain: () => MessageBuilder;
    readonly wire: unknown;
  }[] = [
    {
      name: 'routes, SMS settings, user, delivery options and text',
      chain: () =>
        loose(Message.to('91234567', { country: 'sg' }))
          .whatsapp({ fallbackAfter: '60', successStatus: 'delivered' })
          .sms({ fallbackAfter: ' 30 ', successStatus: 'DELIVERED' })
          .text('Hi')
          .sms({ encoding: 'auto', source: 'ACME' })
          .clientMessageId('id-1')
          .scheduled('2026-12-03T10:00:00Z')
          .replyTo('3fa85f64-5717-4562-b3fc-2c963f66afa6'),
      wire: {
        user: { msisdn: '91234567', country: 'sg' },
        clientMessageId: 'id-1',
        type: 'text',
        content: { text: 'Hi', sms: { encoding: 'auto', source: 'ACME' } },
        scheduled: '2026-12-03T10:00:00Z',
        channels: [
          { channel: 'WhatsApp', fallbackAfter: '60', successStatus: 'delivered' },
          { channel: 'SMS', fallbackAfter: ' 30 ', successStatus: 'DELIVERED' },
        ],
        context: { umid: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
      },
    },
    {
      name: 'video size and duration',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .video('https://example.com/a.mp4', { filesize: '1024', duration: '3.5', text: 'clip' }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'video',
        content: {
          url: 'https://example.com/a.mp4',
          text: 'clip',
          video: { filesize: '1024', duration: '3.5' },
        },
        channels: [{ channel: 'WhatsApp' }],
      },
    },
    {
      name: 'Direct Send TTL',
      chain: () => loose(Message.to('+6591234567')).whatsapp().text('Hi').directSend({ ttlSeconds: '600' }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'text',
        content: { text: 'Hi', whatsApp: { directSend: { category: 'utility', ttlSeconds: '600' } } },
        channels: [{ channel: 'WhatsApp' }],
      },
    },
    {
      name: 'a location',
      chain: () =>
        loose(Message.to('+6591234567')).line().location({ latitude: '1.2834', longitude: '103.8607' }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'location',
        content: { location: { latitude: '1.2834', longitude: '103.8607' } },
        channels: [{ channel: 'Line' }],
      },
    },
    {
      name: 'LINE audio duration',
      chain: () =>
        loose(Message.to('+6591234567')).line().audio('https://example.com/a.m4a', { duration: '12' }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'audio',
        content: { url: 'https://example.com/a.m4a', audio: { duration: '12' } },
        channels: [{ channel: 'Line' }],
      },
    },
    {
      name: 'template button sub-types and indexes, a header location, a TTL, carousel cards',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .template('offer', 'en')
          .header({ location: { latitude: '1.28', longitude: '103.86' } })
          .button('0', 'quickreply', { payload: 'yes' })
          .voiceCall('1', { ttlMinutes: '60' })
          .card((card: unknown) => loose(card).body('A').button('0', 'url', { text: 'a' })),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'template',
        content: {
          template: {
            name: 'offer',
            language: 'en',
            components: [
              {
                type: 'header',
                parameters: [{ type: 'location', location: { latitude: '1.28', longitude: '103.86' } }],
              },
              {
                type: 'button',
                subType: 'quickreply',
                index: '0',
                parameters: [{ type: 'payload', payload: 'yes' }],
              },
              {
                type: 'button',
                subType: 'VoiceCall',
                index: '1',
                parameters: [{ type: 'ttlMinutes', ttlMinutes: '60' }],
              },
              {
                type: 'carousel',
                cards: [
                  {
                    cardIndex: 0,
                    components: [
                      { type: 'body', parameters: [{ type: 'text', text: 'A' }] },
                      {
                        type: 'button',
                        subType: 'url',
                        index: '0',
                        parameters: [{ type: 'text', text: 'a' }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
        channels: [{ channel: 'WhatsApp' }],
      },
    },
    {
      name: 'a part, read at build(): an interactive message in other letter cases',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .interactive({
            type: 'Button',
            header: { type: 'TEXT', text: 'Your booking' },
            body: { text: 'Confirm?' },
            action: { buttons: [{ type: 'Reply', reply: { id: 'yes', title: 'Yes' } }] },
          }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'interactive',
        content: {
          interactive: {
            type: 'Button',
            header: { type: 'TEXT', text: 'Your booking' },
            body: { text: 'Confirm?' },
            action: { buttons: [{ type: 'Reply', reply: { id: 'yes', title: 'Yes' } }] },
          },
        },
        channels: [{ channel: 'WhatsApp' }],
      },
    },
    {
      name: 'a product list without its type, inferred at build()',
      chain: () =>
        loose(Message.to('+6591234567'))
          .whatsapp()
          .interactive({
            body: { text: 'Our winter picks' },
            action: {
              catalog_id: '1537225586975845',
              sections: [{ title: 'Boots', product_items: [{ product_retailer_id: 'sku-boots' }] }],
            },
          }),
      wire: {
        user: { msisdn: '+6591234567' },
        type: 'interactive',
        content: {
          interactive: {
            body: { text: 'Our winter picks' },
            action: {
              catalog_id: '1537225586975845',
              sections: [{ title: 'Boots', product_items: [{ product_retailer_id: 'sku-boots' }] }],
            },
          },
        },
        channels: [{ channel: 'WhatsApp' }],
      },
    },
  ];

  for (const { name, chain, wire } of cases) {
    it(`${name}: build() makes what parseMessage makes of the same request`, () => {
      const expected = parseMessage(wire);
      expect(chain().build()).toEqual(expected);
      // Read once, at the step: a chain that follows reads nothing again and builds the same.
      expect(chain().build()).toEqual(chain().build());
      expect(JSON.stringify(chain().build())).toBe(JSON.stringify(expected));
    });
  }

  it('the reading leaves what the caller handed in as it was', () => {
    const options = { fallbackAfter: '60', successStatus: 'delivered' };
    const location = { latitude: '1.28', longitude: '103.86' };
    loose(Message.to('+6591234567')).whatsapp(options).location(location).build();
    expect(options).toEqual({ fallbackAfter: '60', successStatus: 'delivered' });
    expect(location).toEqual({ latitude: '1.28', longitude: '103.86' });
  });

  it('an integer written in another form than digits is refused at the step as parseMessage refuses it', () => {
    const issuesOf = (attempt: () => unknown) => {
      try {
        attempt();
      } catch (error) {
        return (error as ValidationError).issues;
      }
      throw new Error('expected a ValidationError');
    };
    const message = 'must be a whole number written in digits, got string "1e3"';
    expect(
      issuesOf(() => loose(Message.to('+6591234567')).whatsapp({ fallbackAfter: '1e3' }).text('Hi').build()),
    ).toEqual([{ path: 'channels[0].fallbackAfter', message }]);
    expect(
      issuesOf(() =>
        loose(Message.to('+6591234567')).whatsapp().template('offer', 'en').quickReply('1e3', 'yes').build(),
      ),
    ).toEqual([{ path: 'content.template.components[0].index', message }]);
  });

  it('a value that is not plain JSON is kept for build() to report, and the whole request is read', () => {
    const when = new Date(0);
    const attempt = () =>
      loose(Message.to('+6591234567'))
        .whatsapp({ successStatus: 'delivered' })
        .location({ latitude: '1.28', longitude: '103.86', name: when })
        .build();
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'content.location.name', message: 'must be a plain JSON object, got Date' },
      ]);
    }
    // The same value in a template card: the message holding the card reads all of it.
    const card = () =>
      loose(Message.to('+6591234567'))
        .whatsapp()
        .template('offer', 'en')
        .card((c: unknown) =>
          loose(c)
            .header({ location: { latitude: '1', longitude: '2', name: when } })
            .body('A'),
        )
        .build();
    expect(card).toThrow(
      /content\.template\.components\[0\]\.cards\[0\]\.components\[0\]\.parameters\[0\]\.location\.name/,
    );
  });
});

describe('message chain: sending', () => {
  it('client.send(chain) sends exactly what build() returns; an invalid chain sends nothing', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'test-key', subAccountId: 'acme-main', transport });
    const chain = Message.to('+6591234567')
      .whatsapp({ fallbackAfter: 60 })
      .sms()
      .text('Your order has shipped');
    await client.send(chain);
    expect(transport.requests.map((request) => request.body)).toEqual([chain.build()]);
    const invalid = Message.to('+6591234567').text('Hi').clientMessageId('x'.repeat(51));
    await expect(client.send(invalid)).rejects.toBeInstanceOf(ValidationError);
    expect(transport.requests).toHaveLength(1);
  });
});

describe('message chain: with the content-part builders', () => {
  it('Interactive, RichCard, Carousel and Suggestion parts go into the chain as their wire objects', () => {
    const feedback = Interactive.buttons('Did parcel A-1234 arrive in good condition?')
      .header('Delivery feedback')
      .button('ok', 'Yes')
      .button('damaged', 'No, damaged');
    expect(Message.to('+6591234567').whatsapp().interactive(feedback).directSend().build()).toEqual(
      fixtureWith('whatsapp-direct-send-reply-buttons', onWhatsApp),
    );
    const card = RichCard.vertical().title('Shipped').media('https://www.example.com/parcel.jpg');
    const plans = Carousel.small()
      .card((c) => c.title('Basic').media('https://www.example.com/basic.png'))
      .card((c) => c.title('Plus').media('https://www.example.com/plus.png'));
    const thanks = Suggestion.reply('Thanks!', 'dGhhbmtz');
    const withCard = Message.to('+10000000000').rcs().richCard(card).suggestions(thanks).build();
    expect(withCard.content).toEqual({ richCard: card.toWire(), suggestions: [thanks.toWire()] });
    expect(Message.to('+10000000000').rcs().carousel(plans).build().content).toEqual({
      carousel: plans.toWire(),
    });
  });
});

describe('message chain: recipients, from JavaScript', () => {
  it('a LINE or channel user id goes over its own channel, named or routed by 8x8, and no other', () => {
    const line = loose(Message.toLineUser('Ua12b345678c1de0fg1a1234567891011'));
    // Without a channel step: no channels key, the content checked against the one channel that reaches the id.
    expect(line.text('Hi').build()).toEqual({
      user: { lineUserId: 'Ua12b345678c1de0fg1a1234567891011' },
      type: 'text',
      content: { text: 'Hi' },
    });
    expect(issuePaths(() => line.template('welcome', 'en').body('Sam').build())).toEqual(['type']);
    expect(issuePaths(() => line.text('Hi').replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc').build())).toEqual(
      ['context'],
    );
    const bsuid = loose(Message.toChannelUser('US.13491208655302741918'));
    expect(bsuid.text('Hi').build()).toEqual({
      user: { channelUserId: 'US.13491208655302741918' },
      type: 'text',
      content: { text: 'Hi' },
    });
    expect(issuePaths(() => bsuid.carousel({ cardWidth: 'medium', cards: [] }).build())).toContain('type');
    expect(issuePaths(() => bsuid.whatsapp().sms().text('Hi').build())).toEqual(['channels[1].channel']);
    expect(issuePaths(() => bsuid.rcs().text('Hi').build())).toEqual(['channels[0].channel']);
  });
  it('a channel that cannot reach the id: build(), parseMessage and the client refuse it alike, sending nothing', async () => {
    // The rule lives in the wire schema (src/wire/request.ts), so a body written by hand reads as the chain's.
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'test-key', subAccountId: 'acme-main', transport });
    const bsuid = { channelUserId: 'US.13491208655302741918' };
    const lineUser = { lineUserId: 'Ua12b345678c1de0fg1a1234567891011' };
    const cases: readonly (readonly [ReturnType<typeof loose>, MessageRequestInput, string])[] = [
      [
        loose(Message.toChannelUser(bsuid.channelUserId)).rcs(),
        { user: bsuid, type: 'text', content: { text: 'Hi' }, channels: [{ channel: 'RCS' }] },
        'channels[0].channel: is "RCS", which cannot reach user.channelUserId; it is reached over WhatsApp only',
      ],
      [
        loose(Message.toChannelUser(bsuid.channelUserId)).whatsapp().sms(),
        {
          user: bsuid,
          type: 'text',
          content: { text: 'Hi' },
          channels: [{ channel: 'WhatsApp' }, { channel: 'SMS' }],
        },
        'channels[1].channel: is "SMS", which cannot reach user.channelUserId; it is reached over WhatsApp only',
      ],
      [
        loose(Message.toLineUser(lineUser.lineUserId)).line().viber(),
        {
          user: lineUser,
          type: 'text',
          content: { text: 'Hi' },
          channels: [{ channel: 'Line' }, { channel: 'Viber' }],
        },
        'channels[1].channel: is "Viber", which cannot reach user.lineUserId; it is reached over Line only',
      ],
    ];
    const messages = (issues: readonly { path: string; message: string }[]) =>
      issues.map(({ path, message }) => `${path}: ${message}`);
    for (const [chain, body, rule] of cases) {
      expect(messages(refusalOf(() => chain.text('Hi').build()))).toEqual([rule]);
      expect(messages(refusalOf(() => parseMessage(body)))).toEqual([rule]);
      const refused = await client.send(body).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(messages((refused as ValidationError).issues)).toEqual([rule]);
    }
    expect(transport.requests).toHaveLength(0);
  });
});

describe('message chain: a recipient reached over one channel only, from JavaScript', () => {
  // Each refusal reads the recipient's rule, named channel step or not, as the types do (docs/channels.md): none
  // names a channel to add or to start with, which such a chain cannot take.
  const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';
  const reply = Suggestion.reply('Yes', 'yes');
  /** {@link issues}, each as `path: message`. */
  const messages = (build: () => unknown): string[] =>
    issues(build).map(({ path, message }) => `${path}: ${message}`);
  const line = loose(Message.toLineUser('Ua12b345678c1de0fg1a1234567891011'));
  const bsuid = loose(Message.toChannelUser('US.13491208655302741918'));
  it.each([
    ['LINE user', line],
    ['LINE user after .line()', line.line()],
  ])('%s: a feature LINE lacks', (_, chain) => {
    expect(messages(() => chain.text('Hi').replyTo(umid).build())).toEqual([
      'context: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
    expect(messages(() => chain.image('https://example.com/a.jpg').suggestions(reply).build())).toEqual([
      'content.suggestions: only goes over RCS, and user.lineUserId is reached over Line only',
    ]);
    expect(messages(() => chain.text('Hi').directSend().build())).toEqual([
      'content.whatsApp.directSend: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
    // LINE has no Direct Send at all: its rule alone, not Direct Send's content rule (which an image breaks).
    expect(messages(() => chain.image('https://example.com/a.jpg').directSend().build())).toEqual([
      'content.whatsApp.directSend: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
  });
  it("a WhatsApp channel user's channel has Direct Send: an image breaks Direct Send's content rule", () => {
    expect(messages(() => bsuid.whatsapp().image('https://example.com/a.jpg').directSend().build())).toEqual([
      'content.whatsApp.directSend: is only available for type "text" or "interactive", not "image"',
    ]);
  });
  it.each([
    ['WhatsApp channel user', bsuid],
    ['WhatsApp channel user after .whatsapp()', bsuid.whatsapp()],
  ])('%s: suggestions, after text and after a template', (_, chain) => {
    expect(messages(() => chain.text('Hi').suggestions(reply).build())).toEqual([
      'content.suggestions: only goes over RCS, and user.channelUserId is reached over WhatsApp only',
    ]);
    expect(messages(() => chain.template('welcome', 'en').body('Sam').suggestions(reply).build())).toEqual([
      'content.suggestions: only goes over RCS, and user.channelUserId is reached over WhatsApp only',
    ]);
  });
  it('content the one channel cannot carry, with its channel step or without', () => {
    const template = (chain: ReturnType<typeof loose>) => () => chain.template('welcome', 'en').build();
    expect(messages(template(line))).toEqual([
      'type: is "template", which Line cannot carry; user.lineUserId is reached over Line only',
    ]);
    expect(messages(template(line.line()))).toEqual([
      'channels[0].channel: is "Line", which cannot carry "template" content; user.lineUserId is reached over Line only',
    ]);
    const card = RichCard.vertical().title('Shipped').media('https://www.example.com/parcel.jpg');
    expect(messages(() => bsuid.whatsapp().richCard(card).build())).toEqual([
      'channels[0].channel: is "WhatsApp", which cannot carry "richCard" content; user.channelUserId is reached over WhatsApp only',
    ]);
  });
});

describe('template request-contact-info component', () => {
  it('adds a request_contact_info component that parses', () => {
    const built = Message.to('+15551234567')
      .whatsapp()
      .template('share_contact', 'en')
      .requestContactInfo()
      .build();
    expect(built.content.template?.components).toEqual([{ type: 'request_contact_info' }]);
  });
});

describe('template named header placeholder and footer', () => {
  const template = () => Message.to('+15551234567').whatsapp().template('order_update', 'en_US');

  it('writes a named header value as the body writes one, and parses', () => {
    const built = template().header({ name: 'order_id', text: 'A-1234' }).body('Sam').build();
    expect(built.content.template?.components?.[0]).toEqual({
      type: 'header',
      parameters: [{ type: 'text', name: 'order_id', text: 'A-1234' }],
    });
    expect(parseMessage(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  it('writes a named header on a carousel card', () => {
    const built = template()
      .card((card) => card.header({ name: 'product', text: 'Boots' }).body('x'))
      .build();
    expect(built.content.template?.components?.[0]?.cards?.[0]?.components?.[0]).toEqual({
      type: 'header',
      parameters: [{ type: 'text', name: 'product', text: 'Boots' }],
    });
  });

  it('refuses a named header value without its text or with an empty name, at its path', () => {
    expect(issuePaths(() => loose(template()).header({ name: 'order_id' }).build())).toEqual([
      'content.template.components[0].parameters[0].text',
    ]);
    expect(issuePaths(() => loose(template()).header({ name: '', text: 'A-1' }).build())).toEqual([
      'content.template.components[0].parameters[0].name',
    ]);
  });

  it('adds the footer component, bare or with values, once', () => {
    expect(template().body('Sam').footer().build().content.template?.components).toEqual([
      { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
      { type: 'footer' },
    ]);
    const withValues = template().footer('Reply STOP', { name: 'brand', text: 'Acme' }).build();
    expect(withValues.content.template?.components).toEqual([
      {
        type: 'footer',
        parameters: [
          { type: 'text', text: 'Reply STOP' },
          { type: 'text', name: 'brand', text: 'Acme' },
        ],
      },
    ]);
    expect(parseMessage(JSON.parse(JSON.stringify(withValues)))).toEqual(withValues);
    expect(issuePaths(() => loose(template()).footer().footer('x').build())).toEqual([
      'content.template.components[1].type',
    ]);
  });
});

describe('interactive header media provider (deprecated in the reference)', () => {
  it('is sent as given and parses', () => {
    const built = Message.to('+15551234567')
      .whatsapp()
      .interactive(
        Interactive.buttons('Still on?')
          .header({
            document: { link: 'https://example.com/i.pdf', provider: 'acme-cdn' },
            filename: 'i.pdf',
          })
          .button('y', 'Yes'),
      )
      .build();
    expect(built.content.interactive?.header).toEqual({
      type: 'document',
      document: { link: 'https://example.com/i.pdf', provider: 'acme-cdn', filename: 'i.pdf' },
    });
    expect(parseMessage(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });
});
