// Property tests of the message chain: every chain the types allow builds and round-trips, whatever the channels,
// content and options; values the types cannot see (from JavaScript) always end in a ValidationError at their path.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message, type MessageBuilder } from '../../src/builder/index.js';
import { CHANNEL_STEPS } from '../../src/builder/message-rules.js';
import { CHANNEL_CAPABILITIES, CHANNELS, type Channel, type ContentType } from '../../src/channels.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { LIMITS } from '../../src/limits.js';
import { type MessageRequest, parseMessage } from '../../src/wire/index.js';

function fixture(name: string): MessageRequest {
  return parseMessage(
    JSON.parse(readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8')),
  );
}
const INTERACTIVE = fixture('whatsapp-interactive-list').content.interactive!;
const RICH_CARD = fixture('rcs-rich-card').content.richCard!;
const CAROUSEL = fixture('rcs-carousel').content.carousel!;
const SUGGESTION = fixture('rcs-carousel').content.suggestions![0]!;

// biome-ignore lint/suspicious/noExplicitAny: the generators pick steps by name, as JavaScript would.
type Loose = any;

const words = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0);
const url = fc.webUrl({ validSchemes: ['https'] });
/** A channel step's options the types allow: its successStatus one the channel reports. */
const routeFor = (channel: Channel) =>
  fc.record(
    {
      fallbackAfter: fc.integer({
        min: LIMITS.message.fallbackAfterMinSeconds,
        max: LIMITS.message.fallbackAfterMaxSeconds,
      }),
      successStatus: fc.constantFrom(...CHANNEL_CAPABILITIES[channel].statuses),
    },
    { requiredKeys: [] },
  );

/** A content step the chain offers for `type`, with random valid values. */
function contentStep(type: ContentType): fc.Arbitrary<(chain: Loose) => Loose> {
  switch (type) {
    case 'text':
      return words.map((text) => (chain) => chain.text(text));
    case 'image':
      return fc.tuple(url, fc.option(words, { nil: undefined })).map(
        ([link, text]) =>
          (chain) =>
            chain.image(link, text === undefined ? {} : { text }),
      );
    case 'video':
      return fc.tuple(url, fc.nat()).map(
        ([link, duration]) =>
          (chain) =>
            chain.video(link, { duration }),
      );
    case 'audio':
      return fc.tuple(url, fc.nat()).map(
        ([link, duration]) =>
          (chain) =>
            chain.audio(link, { duration }),
      );
    case 'file':
      return url.map((link) => (chain) => chain.file(link));
    case 'location':
      return fc
        .record({
          latitude: fc.double({ min: -90, max: 90, noNaN: true }),
          longitude: fc.double({ min: -180, max: 180, noNaN: true }),
        })
        .map((location) => (chain) => chain.location(location));
    case 'buttons':
      return fc.tuple(words, url).map(
        ([text, link]) =>
          (chain) =>
            chain.richMedia({ text, button: { caption: 'Open', url: link } }),
      );
    case 'interactive':
      return fc.constant((chain) =>
        chain.interactive({ kind: 'interactive', directSendable: false, toWire: () => INTERACTIVE }),
      );
    case 'richCard':
      return fc.constant((chain) => chain.richCard({ kind: 'richCard', toWire: () => RICH_CARD }));
    case 'carousel':
      return fc.constant((chain) => chain.carousel({ kind: 'carousel', toWire: () => CAROUSEL }));
    case 'template':
      return fc
        .tuple(
          fc.array(words, { maxLength: 3 }),
          fc.uniqueArray(
            fc.integer({ min: LIMITS.template.buttonIndexMin, max: LIMITS.template.buttonIndexMax }),
            {
              maxLength: 4,
            },
          ),
        )
        .map(([body, indexes]) => (chain) => {
          let template = chain.template('order_update', 'en_US');
          if (body.length > 0) template = template.body(...body);
          for (const index of indexes) template = template.quickReply(index, `reply-${index}`);
          return template;
        });
  }
}

/** A chain the types allow: a recipient, channels each once, content the first channel carries, options. */
const validChain = fc
  .record({
    channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: 4 }),
    clientMessageId: fc.option(
      fc.string({ minLength: 1, maxLength: LIMITS.message.clientMessageIdMaxLength }),
      {
        nil: undefined,
      },
    ),
    fallbackText: words,
    dlr: fc.option(url, { nil: undefined }),
  })
  .chain((plan) => {
    const first = plan.channels[0];
    const carried: readonly ContentType[] =
      first === undefined
        ? ['text', 'image', 'video', 'audio', 'file', 'location']
        : CHANNEL_CAPABILITIES[first].carries;
    return fc
      .record({ routes: fc.tuple(...plan.channels.map(routeFor)), type: fc.constantFrom(...carried) })
      .chain(({ routes, type }) => contentStep(type).map((step) => ({ ...plan, routes, type, step })));
  });

describe('message chain: properties', () => {
  it('every chain the types allow builds, keeps its channels in order and round-trips', () => {
    fc.assert(
      fc.property(validChain, (plan) => {
        let chain: Loose = Message.to('+6591234567');
        plan.channels.forEach((channel, index) => {
          chain = chain[CHANNEL_STEPS[channel]](plan.routes[index]);
        });
        chain = plan.step(chain);
        const smsLater = plan.channels.indexOf('SMS') > 0;
        if (smsLater && plan.type !== 'text') chain = chain.fallbackText(plan.fallbackText);
        if (plan.clientMessageId !== undefined) chain = chain.clientMessageId(plan.clientMessageId);
        if (plan.dlr !== undefined) chain = chain.dlrCallbackUrl(plan.dlr);
        const built = (chain as MessageBuilder).build();
        expect(built.type).toBe(plan.type);
        expect(built.channels?.map((r) => r.channel)).toEqual(
          plan.channels.length > 0 ? plan.channels : undefined,
        );
        expect(built.clientMessageId).toBe(plan.clientMessageId);
        expect(parseMessage(built)).toEqual(built);
        // Compared as JSON text: -0 (a valid latitude) is written as 0.
        expect(JSON.stringify(chain)).toBe(JSON.stringify(built));
      }),
      { numRuns: 300 },
    );
  });

  it('build() refuses exactly the chains the types hold back for a fallback text: SMS later, content not text', () => {
    fc.assert(
      fc.property(validChain, (plan) => {
        let chain: Loose = Message.to('+6591234567');
        plan.channels.forEach((channel, index) => {
          chain = chain[CHANNEL_STEPS[channel]](plan.routes[index]);
        });
        chain = plan.step(chain);
        if (plan.clientMessageId !== undefined) chain = chain.clientMessageId(plan.clientMessageId);
        // NeedsFallbackText (message-rules.ts), written out: SMS in the chain after the first channel, content not text.
        const due = plan.channels.indexOf('SMS') > 0 && plan.type !== 'text';
        let error: unknown;
        try {
          chain.build();
        } catch (caught) {
          error = caught;
        }
        if (!due) expect(error).toBeUndefined();
        else {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
            'content.fallbackText',
          ]);
          expect(chain.fallbackText(plan.fallbackText).build().content.fallbackText).toBe(plan.fallbackText);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Each case: a chain with one value the types cannot police, and the path its issue must name. */
  const invalid: [string, fc.Arbitrary<[() => unknown, string]>][] = [
    [
      'clientMessageId too long',
      fc
        .string({ minLength: LIMITS.message.clientMessageIdMaxLength + 1, maxLength: 80 })
        .map((id) => [
          () => Message.to('+6591234567').text('Hi').clientMessageId(id).build(),
          'clientMessageId',
        ]),
    ],
    [
      'fallbackAfter out of range',
      fc
        .oneof(
          fc.integer({ max: LIMITS.message.fallbackAfterMinSeconds - 1 }),
          fc.integer({ min: LIMITS.message.fallbackAfterMaxSeconds + 1 }),
          fc.double({ min: 10.01, max: 11, noInteger: true }),
        )
        .map((seconds) => [
          () => Message.to('+6591234567').whatsapp().sms({ fallbackAfter: seconds }).text('Hi').build(),
          'channels[1].fallbackAfter',
        ]),
    ],
    [
      'successStatus the channel does not report',
      fc
        .constantFrom(['SMS', 'Read'], ['Zalo', 'Read'], ['Line', 'Delivered'], ['Line', 'Read'])
        .map(([channel, successStatus]) => [
          () =>
            (Message.to('+6591234567').whatsapp() as Loose)
              [CHANNEL_STEPS[channel as Channel]]({ successStatus })
              .text('Hi')
              .build(),
          'channels[1].successStatus',
        ]),
    ],
    [
      'SMS sender id too long',
      fc
        .string({ minLength: LIMITS.message.smsSourceMaxLength + 1, maxLength: 30 })
        .map((source) => [
          () => Message.to('+6591234567').text('Hi').sms({ source }).build(),
          'content.sms.source',
        ]),
    ],
    [
      'template button index out of range',
      fc
        .oneof(
          fc.integer({ max: LIMITS.template.buttonIndexMin - 1 }),
          fc.integer({ min: LIMITS.template.buttonIndexMax + 1 }),
        )
        .map((index) => [
          () =>
            (Message.to('+6591234567').whatsapp().template('t', 'en') as Loose)
              .quickReply(index, 'x')
              .build(),
          'content.template.components[0].index',
        ]),
    ],
    [
      'too many message suggestions',
      fc
        .integer({ min: LIMITS.message.suggestionsMaxCount + 1, max: 30 })
        .map((count) => [
          () =>
            (Message.to('+10000000000').rcs().text('Hi') as Loose)
              .suggestions(
                ...Array.from({ length: count }, () => ({ kind: 'suggestion', toWire: () => SUGGESTION })),
              )
              .build(),
          'content.suggestions',
        ]),
    ],
    [
      'Direct Send TTL out of range',
      fc
        .oneof(
          fc.integer({ max: LIMITS.directSend.ttlMinSeconds - 1 }),
          fc.integer({ min: LIMITS.directSend.ttlMaxSeconds + 1 }),
        )
        .map((ttlSeconds) => [
          () => Message.to('+6591234567').whatsapp().text('Hi').directSend({ ttlSeconds }).build(),
          'content.whatsApp.directSend.ttlSeconds',
        ]),
    ],
    [
      'VoiceCall ttlMinutes out of range',
      fc
        .oneof(
          fc.integer({ max: LIMITS.interactive.ttlMinutesMin - 1 }),
          fc.integer({ min: LIMITS.interactive.ttlMinutesMax + 1 }),
        )
        .map((ttlMinutes) => [
          () => Message.to('+6591234567').whatsapp().template('t', 'en').voiceCall(0, { ttlMinutes }).build(),
          'content.template.components[0].parameters[0].ttlMinutes',
        ]),
    ],
    [
      'media URL that is not http(s)',
      fc
        .constantFrom('ftp://example.com/a.jpg', 'example.com/a.jpg', '', 'javascript:alert(1)')
        .map((link) => [() => Message.to('+6591234567').image(link).build(), 'content.url']),
    ],
    [
      'scheduled time without a zone',
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((at) => [
          () => Message.to('+6591234567').text('Hi').scheduled(at.toISOString().replace('Z', '')).build(),
          'scheduled',
        ]),
    ],
    [
      'Viber rich media caption too long',
      fc.string({ minLength: LIMITS.viber.buttonCaptionMaxLength + 1, maxLength: 60 }).map((caption) => [
        () =>
          Message.to('+380501234567')
            .viber()
            .richMedia({ text: 'New', button: { caption, url: 'https://example.com' } })
            .build(),
        'content.button.caption',
      ]),
    ],
  ];

  for (const [name, arbitrary] of invalid) {
    it(`${name}: always a ValidationError naming its path, never a request`, () => {
      fc.assert(
        fc.property(arbitrary, ([build, path]) => {
          let error: unknown;
          try {
            build();
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
        }),
        { numRuns: 100 },
      );
    });
  }
});
