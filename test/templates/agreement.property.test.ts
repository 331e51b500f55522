// The run-time check and the types agree: random template chains over the fixture registry are written into one
// TypeScript file, each chain marked `@ts-expect-error` exactly when build({ templates }) refuses it, and the file
// is type-checked with the registry (TypeScript 7). A chain the types refuse but the run time accepts is an error
// on its line; one the run time refuses but the types accept is an unused directive.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import type { TemplateCardFacts } from '../../src/templates/registry.js';
import { typecheckChains } from '../fixtures/typecheck-chains.js';
import { FIXTURE_DIR, registry as templates } from './fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env['AGREEMENT_RUNS'] ?? 200);

/** One step of a template chain, as source text; `apply` runs the same step on the untyped chain. */
interface Step {
  readonly source: string;
  // biome-ignore lint/suspicious/noExplicitAny: the steps are applied by name, as JavaScript would.
  readonly apply: (chain: any) => any;
}

const step = (method: string, ...args: unknown[]): Step => ({
  source: `.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`,
  apply: (chain) => chain[method](...args),
});

const HEADERS = [
  'Order A-1234',
  { name: 'order_id', text: 'A-1234' },
  { image: 'https://cdn.example.com/a.jpg' },
  { gif: 'https://cdn.example.com/a.mp4' },
  { video: 'https://cdn.example.com/a.mp4' },
  { document: 'https://cdn.example.com/a.pdf' },
  { location: { latitude: 1.28, longitude: 103.86 } },
];
const BUTTON_VALUES = {
  QuickReply: { payload: 'yes' },
  Url: { text: 'A-1234' },
  CopyCode: { couponCode: 'WINTER25' },
  Flow: { screen: 'WELCOME' },
  VoiceCall: { ttlMinutes: 60 },
} as const;

/** A `.card(…)` step whose callback runs `inner` on the card. */
const cardStep = (inner: readonly Step[]): Step => ({
  source: `.card((card) => card${inner.map((each) => each.source).join('')})`,
  apply: (chain) => chain.card((card: unknown) => inner.reduce((filled, each) => each.apply(filled), card)),
});

const CARD_HEADERS = [
  'Rain jacket',
  { image: 'https://cdn.example.com/a.jpg' },
  { video: 'https://cdn.example.com/a.mp4' },
];
const cardIndex = fc.integer({ min: 0, max: 1 });
const anyCardStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom(...CARD_HEADERS).map((value) => step('header', value)),
  fc.array(fc.constantFrom('Boots', '€89'), { maxLength: 3 }).map((texts) => step('body', ...texts)),
  cardIndex.map((i) => step('quickReply', i, 'more')),
  cardIndex.map((i) => step('url', i, 'boots')),
  cardIndex.map((i) => step('copyCode', i, 'BOOTS10')),
);

const index = fc.integer({ min: 0, max: 3 });
const anyStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom(...HEADERS).map((value) => step('header', value)),
  fc
    .array(fc.constantFrom('Sam', 'A-1234', 'Friday'), { maxLength: 4 })
    .map((texts) => step('body', ...texts)),
  // Named values: the fixture's names (call_us, winter_collection_launch), one it does not have, and repeats.
  fc
    .array(
      fc.constantFrom(
        'Sam',
        { name: 'customer_name', text: 'Sam' },
        { name: 'order_id', text: 'A-1234' },
        { name: 'first_name', text: 'Sam' },
        { name: 'discount_code', text: 'WINTER25' },
        { name: 'nickname', text: 'Sammy' },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((texts) => step('body', ...texts)),
  // The footer, with or without a value (given twice, refused by both).
  fc.constantFrom(step('footer'), step('footer', 'Reply STOP to opt out')),
  index.map((i) => step('quickReply', i, 'yes')),
  index.map((i) => step('url', i, 'A-1234')),
  index.map((i) => step('copyCode', i, 'WINTER25')),
  index.map((i) => step('flow', i)),
  index.map((i) => step('voiceCall', i)),
  fc
    .tuple(index, fc.constantFrom(...(Object.keys(BUTTON_VALUES) as (keyof typeof BUTTON_VALUES)[])))
    .map(([i, subType]) => step('button', i, subType, BUTTON_VALUES[subType])),
  // A carousel card with random steps (also on templates without a carousel, which refuse it).
  fc.array(anyCardStep, { maxLength: 4 }).map(cardStep),
);

const registered = Object.entries(templates).flatMap(([name, languages]) =>
  Object.keys(languages).map((language) => [name, language] as const),
);
// Templates with a carousel get a share of their own: their cards are where most of the steps are.
const carousels = registered.filter(([name, language]) => templates[name]?.[language]?.cards !== undefined);
const target = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...registered) },
  { weight: 4, arbitrary: fc.constantFrom(...carousels) },
  // A template that is not approved, a language that is not registered.
  {
    weight: 1,
    arbitrary: fc.constantFrom(['spring_promo', 'en_US'] as const, ['order_shipped', 'fr_FR'] as const),
  },
);
/** A value one time in four, else `null`. */
const sometimes = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

/**
 * A chain near the line: the steps that complete the template, maybe one left out, maybe the body with another
 * count, and up to two random steps at random places (random chains alone are nearly always refused).
 */
const chain = fc
  .record({
    target,
    leaveOut: sometimes(fc.nat()),
    bodyLength: sometimes(fc.integer({ min: 0, max: 4 })),
    // A named value given a name the template does not have, or the name of another value.
    rename: sometimes(fc.constantFrom('nickname', 'twice')),
    // One value left out of one carousel card, or one random step added to it or put in place of one of its own.
    cardChange: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.option(anyCardStep, { nil: undefined }), fc.boolean()),
      },
    ),
    extras: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.array(fc.tuple(anyStep, fc.nat()), { minLength: 1, maxLength: 2 }) },
    ),
  })
  .map(({ target: [name, language], leaveOut, bodyLength, rename, cardChange, extras }) => {
    const steps = completing(name, language, bodyLength, rename, cardChange);
    if (leaveOut !== null && steps.length > 0) steps.splice(leaveOut % steps.length, 1);
    for (const [extra, at] of extras) steps.splice(at % (steps.length + 1), 0, extra);
    return { name, language, steps };
  });

/** Whether build({ templates }) accepts the chain. */
function runtimeAccepts(name: string, language: string, steps: readonly Step[]): boolean {
  try {
    let built = Message.to('+15551234567').whatsapp().template(name, language);
    for (const each of steps) built = each.apply(built);
    built.build({ templates });
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
}

/** The steps that complete a registered template, so a good share of the chains fit. */
function completing(
  name: string,
  language: string,
  bodyLength: number | null,
  rename: 'nickname' | 'twice' | null = null,
  cardChange: readonly [number, number, Step | undefined, boolean] | null = null,
): Step[] {
  const facts = templates[name]?.[language];
  if (facts === undefined) return [];
  const steps = partSteps(facts, bodyLength, rename);
  facts.cards?.forEach((card, at) => {
    const inner = partSteps(card, null, null);
    if (cardChange !== null && cardChange[0] % (facts.cards?.length ?? 1) === at) {
      const [, where, extra, replace] = cardChange;
      if (extra === undefined) inner.splice(where % Math.max(inner.length, 1), 1);
      else if (replace) inner.splice(where % Math.max(inner.length, 1), 1, extra);
      else inner.splice(where % (inner.length + 1), 0, extra);
    }
    steps.push(cardStep(inner));
  });
  return steps;
}

/** The steps that give a template's (or a card's) header, body and required buttons. */
function partSteps(
  facts: TemplateCardFacts,
  bodyLength: number | null,
  rename: 'nickname' | 'twice' | null,
): Step[] {
  const steps: Step[] = [];
  const header = facts.header;
  if (header !== null && (header.format !== 'Text' || header.placeholders > 0)) {
    const key = header.format.toLowerCase();
    const value = HEADERS.find((each) =>
      typeof each === 'string' ? key === 'text' : Object.hasOwn(each, key),
    );
    steps.push(step('header', value));
  }
  const length = bodyLength ?? facts.body;
  // A template with named placeholders gets its values by name (in reverse order: the order does not matter).
  const values =
    bodyLength === null && facts.bodyNames.length > 0
      ? facts.bodyNames
          .map((name, at) => ({
            name:
              at > 0 || rename === null ? name : rename === 'nickname' ? 'nickname' : facts.bodyNames.at(-1),
            text: 'Sam',
          }))
          .reverse()
      : Array.from({ length }, () => 'Sam');
  if (facts.body > 0 || bodyLength !== null) steps.push(step('body', ...values));
  facts.buttons.forEach((button, i) => {
    if (button.parameter === 'required' && button.subType !== null) {
      steps.push(step('button', i, button.subType, BUTTON_VALUES[button.subType]));
    }
  });
  return steps;
}

describe('typed templates: the run-time check agrees with the types', () => {
  it('on random chains over the fixture registry', { timeout: 300_000 }, () => {
    const cases = fc.sample(chain, { numRuns: RUNS, seed: 15 });
    const lines = [`import { Message } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`, ''];
    const verdicts: boolean[] = [];
    for (const { name, language, steps } of cases) {
      const accepts = runtimeAccepts(name, language, steps);
      verdicts.push(accepts);
      lines.push(accepts ? '// runtime: accepted' : '// @ts-expect-error runtime: refused');
      lines.push(
        `Message.to('+15551234567').whatsapp().template(${JSON.stringify(name)}, ${JSON.stringify(language)})${steps.map((each) => each.source).join('')}.build();`,
      );
    }
    // Both verdicts must be well represented, or the test could not fail.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(RUNS / 10);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(RUNS / 10);

    const errors = typecheckChains(lines, 'test/templates/.agreement-', {
      compilerOptions: { paths: { '8x8-chatapps': [join(ROOT, 'src/index.ts')] } },
      include: [fileURLToPath(new URL('whatsapp-templates.generated.ts', FIXTURE_DIR))],
    });
    // Each disagreement, with the chain it is about: an unused directive is reported on its own line, the chain is
    // the next one.
    const disagreements = errors.map(({ row, text }) => {
      if (row === undefined) return text;
      const chainRow = lines[row - 1]?.startsWith('// @ts-expect-error') ? row : row - 1;
      return `${text}\n    ${lines[chainRow]}`;
    });
    expect(disagreements).toEqual([]);
  });
});
