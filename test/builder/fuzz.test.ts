// Property-based: whatever a builder step or .extra() is given — wrong types, cycles, depth 10,000, huge strings,
// "__proto__" keys, BigInt, functions, Symbols, Dates, getters and proxies that throw — the chain either builds a
// message that survives JSON or throws a ValidationError. No other error may escape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/message.js';
import { Suggestion } from '../../src/builder/rcs.js';
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
