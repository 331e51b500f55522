// Property-based: whatever a builder step or .extra() is given — wrong types, cycles, depth 10,000, huge strings,
// "__proto__" keys, BigInt, functions, Symbols, Dates, getters and proxies that throw — the chain either builds a
// message that survives JSON or throws a ValidationError. No other error may escape. The same holds for every step
// of the part builders (RichCard, Carousel, Interactive, Suggestion) and of the batch builder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interactive } from '../../src/builder/interactive.js';
import { Message } from '../../src/builder/message.js';
import { Carousel, RichCard, Suggestion } from '../../src/builder/rcs.js';
import { createBatch } from '../../src/client/batch-builder.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage } from '../../src/wire/parse.js';

// `npm run fuzz` runs 100,000 cases of each property (FUZZ_RUNS); npm test 1,000.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1_000);

const HUGE = 'x'.repeat(2_000_000);

function deep(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { next: value };
  return value;
}
const DEEP = deep(10_000);

/**
 * Values made fresh for each case (cycles, proxies), so no case can change another's. fast-check only ever sees a
 * {@link Made} recipe: printing a proxy that throws would break fast-check's own report.
 */
const MAKERS: readonly (() => unknown)[] = [
  () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    return cyclic;
  },
  () => {
    const list: unknown[] = [1];
    list.push({ back: list });
    return list;
  },
  () => ({
    get text(): string {
      throw new Error('getter throws');
    },
    get latitude(): number {
      throw new RangeError('no latitude');
    },
  }),
  () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('proxy get');
        },
        ownKeys() {
          throw new Error('proxy ownKeys');
        },
        getPrototypeOf() {
          throw new Error('proxy getPrototypeOf');
        },
        has() {
          throw new Error('proxy has');
        },
      },
    ),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => new Proxy([1, 2], { get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)) }),
  () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}') as unknown,
  () => Object.create(null) as unknown,
  () => ({ toJSON: () => ({ text: 'sneaky' }), text: 'Hi' }),
  // A thenable: an object a careless await would treat as a promise.
  () => Object.fromEntries([['then', (resolve: (value: unknown) => void) => resolve(1)]]),
  () => new Map([['a', 1]]),
  () => new Date(Number.NaN),
  () => new Error('an error as a value'),
  () => DEEP,
  () => deep(100, 'x'),
  () => HUGE,
  () => [HUGE, HUGE],
  () => ({ [Symbol('key')]: 1, text: 'Hi' }),
];

class Made {
  constructor(readonly maker: number) {}
}
const made: fc.Arbitrary<unknown> = fc.nat({ max: MAKERS.length - 1 }).map((maker) => new Made(maker));

/** The value a recipe stands for: each Made replaced by a freshly made value. */
function materialize(recipe: unknown): unknown {
  if (recipe instanceof Made) return MAKERS[recipe.maker]!();
  if (Array.isArray(recipe)) return recipe.map(materialize);
  if (typeof recipe === 'object' && recipe !== null && Object.getPrototypeOf(recipe) === Object.prototype) {
    return Object.fromEntries(Object.entries(recipe).map(([key, value]) => [key, materialize(value)]));
  }
  return recipe;
}

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, Number.NaN, Infinity, -Infinity, '', ' ', '__proto__'),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.bigInt(),
  fc.constant(Symbol('s')),
  fc.constant(() => 'function'),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('+6512345678', 'https://example.com/a.png', '2026-12-24T10:00:00Z', 'en', 'WhatsApp'),
);

/** A hostile value: a leaf, one of the made values, or objects and arrays of them (with known field names). */
const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, leaf, made, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(
    fc.constantFrom(
      'text',
      'url',
      'latitude',
      'longitude',
      'fallbackAfter',
      'successStatus',
      'postbackData',
      'phoneNumber',
      'content',
      'user',
      'type',
      'channels',
      '__proto__',
      'constructor',
      'x',
    ),
    tie('value'),
    { maxKeys: 4 },
  ),
})).value;

type Chain = ReturnType<ReturnType<ReturnType<typeof Message.to>['whatsapp']>['text']>;
const ready = (): Chain => Message.to('+6512345678').whatsapp().text('Hi');
const any = (value: unknown) => value as never;

const MEDIA = 'https://example.com/a.png';
const rcs = () => Message.to('+6512345678').rcs();
const whatsapp = () => Message.to('+6512345678').whatsapp();

/**
 * Each step of RichCard, Carousel and Interactive given hostile arguments: the part's own toWire(), then the part in
 * a message's build(). Both may only throw a ValidationError.
 */
function partSteps(): [string, (a: unknown, b: unknown) => unknown][] {
  const parts: [string, (a: unknown, b: unknown) => { toWire(): unknown }, (part: never) => unknown][] = [
    ['RichCard.title', (a) => RichCard.vertical().title(any(a)).media(MEDIA), (p) => rcs().richCard(p)],
    [
      'RichCard.description',
      (a) => RichCard.vertical().description(any(a)).media(MEDIA),
      (p) => rcs().richCard(p),
    ],
    ['RichCard.media', (a, b) => RichCard.horizontal().media(any(a), any(b)), (p) => rcs().richCard(p)],
    [
      'RichCard.suggestion',
      (a) => RichCard.vertical().media(MEDIA).suggestion(any(a)),
      (p) => rcs().richCard(p),
    ],
    [
      'RichCard.thumbnailImageAlignment',
      (a) => RichCard.horizontal().thumbnailImageAlignment(any(a)).media(MEDIA),
      (p) => rcs().richCard(p),
    ],
    ['Carousel.card', (a, b) => Carousel.small().card(any(a)).card(any(b)), (p) => rcs().carousel(p)],
    [
      'Carousel card steps',
      (a, b) =>
        Carousel.medium()
          .card((card) => card.title(any(a)).media(any(b)))
          .card((card) => card.media(MEDIA, any(a)).description(any(b)).suggestion(any(a))),
      (p) => rcs().carousel(p),
    ],
    [
      'Interactive.buttons',
      (a, b) => Interactive.buttons(any(a)).button(any(a), any(b)),
      (p) => whatsapp().interactive(p),
    ],
    [
      'Interactive header and footer',
      (a, b) => Interactive.buttons('Pick').header(any(a)).footer(any(b)).button('a', 'A'),
      (p) => whatsapp().interactive(p),
    ],
    [
      'Interactive.list',
      (a, b) => Interactive.list(any(a), any(b)).section(any(a)).row(any(a), any(b), any(a)),
      (p) => whatsapp().interactive(p),
    ],
    ['Interactive.ctaUrl', (a, b) => Interactive.ctaUrl(any(a), any(b)), (p) => whatsapp().interactive(p)],
    ['Interactive.flow', (a, b) => Interactive.flow(any(a), any(b)), (p) => whatsapp().interactive(p)],
    [
      'Interactive.voiceCall',
      (a, b) => Interactive.voiceCall(any(a), any(b)),
      (p) => whatsapp().interactive(p),
    ],
    ['Interactive.product', (a) => Interactive.product(any(a)), (p) => whatsapp().interactive(p)],
    [
      'Interactive.productList',
      (a, b) => Interactive.productList(any(a), any(b)).section(any(a)).product(any(b)),
      (p) => whatsapp().interactive(p),
    ],
    [
      'Interactive request steps',
      (a, b) =>
        (a === b ? Interactive.requestContactInfo() : Interactive.callPermissionRequest()).body(any(a)),
      (p) => whatsapp().interactive(p),
    ],
    [
      'Interactive.locationRequest',
      (a) => Interactive.locationRequest(any(a)),
      (p) => whatsapp().interactive(p),
    ],
  ];
  return parts.flatMap(([name, make, send]) => [
    [name, (a, b) => make(a, b).toWire()],
    [`${name} in a message`, (a, b) => (send(make(a, b) as never) as { build(): unknown }).build()],
  ]);
}

/** One builder step given hostile arguments, ending in build(). */
const steps: readonly [string, (a: unknown, b: unknown) => unknown][] = [
  ['Message.to', (a, b) => Message.to(any(a), any(b)).sms().text('Hi').build()],
  ['whatsapp', (a) => Message.to('+6512345678').whatsapp(any(a)).text('Hi').build()],
  ['sms', (a) => Message.to('+6512345678').sms(any(a)).text('Hi').build()],
  ['rcs', (a) => Message.to('+6512345678').rcs(any(a)).text('Hi').build()],
  ['text', (a) => Message.to('+6512345678').whatsapp().text(any(a)).build()],
  ['image', (a, b) => Message.to('+6512345678').whatsapp().image(any(a), any(b)).build()],
  ['video', (a, b) => Message.to('+6512345678').whatsapp().video(any(a), any(b)).build()],
  ['file', (a, b) => Message.to('+6512345678').whatsapp().file(any(a), any(b)).build()],
  ['location', (a) => Message.to('+6512345678').whatsapp().location(any(a)).build()],
  ['interactive', (a) => Message.to('+6512345678').whatsapp().interactive(any(a)).build()],
  ['template', (a, b) => Message.to('+6512345678').whatsapp().template(any(a), any(b)).build()],
  ['template body', (a) => Message.to('+6512345678').whatsapp().template('t', 'en').body(any(a)).build()],
  ['template header', (a) => Message.to('+6512345678').whatsapp().template('t', 'en').header(any(a)).build()],
  ['richCard', (a) => Message.to('+6512345678').rcs().richCard(any(a)).build()],
  ['carousel', (a) => Message.to('+6512345678').rcs().carousel(any(a)).build()],
  [
    'fallbackText',
    (a) =>
      Message.to('+6512345678').whatsapp().sms().image('https://e.com/a.png').fallbackText(any(a)).build(),
  ],
  ['clientMessageId', (a) => ready().clientMessageId(any(a)).build()],
  ['scheduled', (a) => ready().scheduled(any(a)).build()],
  ['expiry', (a) => ready().expiry(any(a)).build()],
  ['dlrCallbackUrl', (a) => ready().dlrCallbackUrl(any(a)).build()],
  ['replyTo', (a) => ready().replyTo(any(a)).build()],
  ['directSend', (a) => ready().directSend(any(a)).build()],
  ['suggestions', (a, b) => Message.to('+6512345678').rcs().text('Hi').suggestions(any(a), any(b)).build()],
  ['Suggestion.reply', (a, b) => Suggestion.reply(any(a), any(b))],
  ['Suggestion.dial', (a, b) => Suggestion.dial(any(a), any(b))],
  ['Suggestion.openUrl', (a, b) => Suggestion.openUrl(any(a), any(b))],
  ['Suggestion.viewLocation', (a, b) => Suggestion.viewLocation(any(a), any(b))],
  ['Suggestion.calendarEvent', (a, b) => Suggestion.calendarEvent(any(a), any(b))],
  [
    'Suggestion in a message',
    (a, b) =>
      Message.to('+6512345678')
        .rcs()
        .text('Hi')
        .suggestions(Suggestion.openUrl('Open', any({ url: a, postbackData: b })))
        .build(),
  ],
  // The part builders: each step on its own (a JavaScript caller may stop there, or call toWire()), then in a message.
  ...partSteps(),
  [
    'createBatch',
    (a) =>
      createBatch(any(a))
        .add({ user: { msisdn: '+6512345678' } })
        .build(),
  ],
  [
    'batch add',
    (a, b) =>
      createBatch({ type: 'text', content: { text: 'Hi' } })
        .add(any(a), any(b))
        .build(),
  ],
  ['batch clientBatchId', (a) => createBatch().add(ready()).clientBatchId(any(a)).build()],
  [
    'batch includeMessagesInResponse',
    (a) => createBatch().add(ready()).includeMessagesInResponse(any(a)).build(),
  ],
  ['extra', (a) => ready().extra(any(a)).build()],
  [
    'extra fields',
    (a, b) =>
      ready()
        .extra(any({ content: { x: a }, y: b }))
        .build(),
  ],
];

/** Runs one step; anything but a JSON-ready message or a well-formed ValidationError fails the property. */
function onlyValidationError(name: string, run: () => unknown): void {
  let output: unknown;
  try {
    output = run();
  } catch (error) {
    if (!(error instanceof ValidationError)) {
      throw new Error(
        `${name}: ${String((error as Error)?.name)} escaped: ${String((error as Error)?.message).slice(0, 300)}`,
      );
    }
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.message.length, `${name}: message length`).toBeLessThan(60_000);
    return;
  }
  // A part (Suggestion) is checked where it is used; a message must survive JSON and parse to itself.
  if (typeof output === 'object' && output !== null && 'user' in output) {
    const wire = JSON.parse(JSON.stringify(output)) as unknown;
    // Compared as JSON text: a "__proto__" key is an own key on both sides, which deep equality reads differently.
    expect(JSON.stringify(parseMessage(wire))).toBe(JSON.stringify(wire));
  }
}

describe('builder steps and .extra() given anything', () => {
  it('throw nothing but ValidationError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...steps), hostile, hostile, ([name, run], a, b) => {
        onlyValidationError(name, () => run(materialize(a), materialize(b)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(steps)(
    '%s: every made value (cycles, depth 10,000, proxies, huge strings) as each argument',
    (name, run) => {
      for (const make of MAKERS) {
        onlyValidationError(name, () => run(make(), undefined));
        onlyValidationError(name, () => run('ok', make()));
      }
    },
  );
});

describe('a part step given what its types forbid', () => {
  const throwingProxy = () =>
    new Proxy(
      {},
      {
        has() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
  it.each([
    ['.list()', () => Interactive.list('Pick', any(null))],
    ['.header()', () => Interactive.buttons('Pick').header(any(throwingProxy()))],
    ['.ctaUrl()', () => Interactive.ctaUrl('Track', any(undefined))],
    ['.media()', () => RichCard.vertical().media(MEDIA, any(null))],
    ['.card()', () => Carousel.small().card(any(null))],
    ['.card()', () => Carousel.small().card(any('not a function'))],
  ])('ends in a ValidationError naming %s', (step, run) => {
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(`arguments of ${step}`);
  });

  it("lets the caller's own error from a carousel card callback through", () => {
    const mine = new RangeError('mine');
    expect(() =>
      Carousel.small().card(() => {
        throw mine;
      }),
    ).toThrow(mine);
  });

  it('leaves a suggestion that is not a part for build() to report at its path', () => {
    const card = RichCard.vertical().media(MEDIA).suggestion(any(null));
    expect(() => rcs().richCard(card).build()).toThrow(/content\.richCard\.suggestions\[0\]/);
  });

  it('a batch whose messages throw when read is a ValidationError at the path', () => {
    const throwing = Object.defineProperty({}, 'user', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const run = () => createBatch().add(any(throwing)).build();
    expect(run).toThrow(ValidationError);
    expect(run).toThrow('messages[0].user: could not be read: getter');
  });
});
