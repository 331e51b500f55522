// What a user sees in the editor with a template registry: a registered template's `.build()` and `.toJSON()` are
// struck through in completion while a value the template needs (or SMS's fallback text) is due, and calling one
// reports the rule on its own line; a card on a template without a carousel is refused on its argument; `.suggestions`
// and `.directSend`, which no template takes, are refused on their line and struck through, complete or not;
// `.template(…)` offers the registered names, then that name's languages; a name or language the registry does not
// hold is refused on that argument; completion on TypeScript 6 and 7 (its API), the refusals through TypeScript 6's
// language service and TypeScript 7's `tsc --pretty false`. A program of its own, as in test/types/registry: the
// registry changes `.template(…)` for every file of a program. The registry is the tests' (test/fixtures/templates),
// written for the library's emitted declarations, as a user's project has it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TMP, emitLibraryDeclarations, specifierFrom } from '../../bench/fixtures/typecheck.js';
import { renderTemplateRegistry } from '../../src/templates/render.js';
import { asOlderVersion, registry } from '../templates/fixture.js';
import {
  type Completion7,
  createProbeService,
  OPTIONS,
  tsc7Completions,
  tsc7Refusals,
} from './language-service-project.js';

const work = join(BENCH_TMP, `language-service-registry-${process.pid}`);
const probes = join(work, 'probes');

const files = new Map<string, string>();
let library = '';
let service: ts.LanguageService;

const shipped = "Message.to('+15551234567').whatsapp().template('order_shipped', 'en_US')";
const image = "{ image: 'https://cdn.example.com/parcel.jpg' }";
const showcase = "Message.to('+15551234567').whatsapp().template('product_showcase', 'en_US').body('Sam')";

/**
 * Completion stages: the chain up to the dot, and whether `.build()` / `.toJSON()` are struck through there.
 * `.suggestions` and `.directSend` are refused after every template (no template goes over RCS, none is a Direct
 * Send message); `featuresStruck` says whether they are struck through too: everywhere after a registered template
 * (its complete stage is the library's stage that strikes them through), and after a Viber template.
 */
const STAGES: Record<
  string,
  {
    readonly code: string;
    readonly struck: boolean;
    readonly featuresStruck?: boolean;
    /** The component steps struck through there (the others offered plainly), where the stage says. */
    readonly components?: readonly string[];
  }
> = {
  // order_shipped has no CopyCode, Flow or VoiceCall button and no carousel: those steps are struck through from the
  // start; its header, body and buttons once given (.button(…) once no button that takes a value is left).
  'right after .template(…), everything due': {
    code: `${shipped}.`,
    struck: true,
    featuresStruck: true,
    components: ['copyCode', 'flow', 'voiceCall', 'card'],
  },
  'header and body given, button 0 due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').`,
    struck: true,
    featuresStruck: true,
    components: ['header', 'body', 'copyCode', 'flow', 'voiceCall', 'card'],
  },
  'complete: nothing due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').`,
    struck: false,
    featuresStruck: true,
    components: ['header', 'body', 'url', 'copyCode', 'flow', 'voiceCall', 'card'],
  },
  'complete, then an optional button': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').quickReply(1, 'stop').`,
    struck: false,
    featuresStruck: true,
    components: ['header', 'body', 'button', 'quickReply', 'url', 'copyCode', 'flow', 'voiceCall', 'card'],
  },
  'a footer given': {
    code: `${shipped}.footer().`,
    struck: true,
    featuresStruck: true,
    components: ['footer', 'copyCode', 'flow', 'voiceCall', 'card'],
  },
  'a delivery option while button 0 is due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').clientMessageId('m-1').`,
    struck: true,
    featuresStruck: true,
  },
  'complete, then a delivery option': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').clientMessageId('m-1').`,
    struck: false,
    featuresStruck: true,
  },
  'complete with SMS as a fallback: the fallback text is due': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').",
    struck: true,
    featuresStruck: true,
  },
  'complete with SMS as a fallback, after .fallbackText(…)': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').fallbackText('Code 482910').",
    struck: false,
    featuresStruck: true,
  },
  'a carousel template without its cards': {
    code: "Message.to('+15551234567').whatsapp().template('trail_gear', 'en_GB').",
    struck: true,
    featuresStruck: true,
    // No header value, no buttons: only the body, the footer and its cards are offered plainly.
    components: ['header', 'button', 'quickReply', 'url', 'copyCode', 'flow', 'voiceCall'],
  },
  'the fallback text due, after a delivery option': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').expiry('2026-12-01T12:00:00Z').",
    struck: true,
    featuresStruck: true,
  },
  'complete after a delivery option once the fallback text is given': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').clientMessageId('m-3').fallbackText('Code 482910').",
    struck: false,
    featuresStruck: true,
  },
  "a WhatsApp channel user's registered template, a value due": {
    code: "Message.toChannelUser('US.13491208655302741918').template('order_shipped', 'en_US').body('a', 'b', 'c').",
    struck: true,
    featuresStruck: true,
  },
  "a WhatsApp channel user's registered template, complete": {
    code: "Message.toChannelUser('US.13491208655302741918').template('login_code', 'en_US').body('482910').url(0, '482910').",
    struck: false,
    featuresStruck: true,
  },
  // The registry is WhatsApp's: a Viber template is typed by the stages without it, .replyTo struck through too.
  'a Viber template in a program with a registry': {
    code: "Message.to('+380501234567').viber().template('order_shipped', 'uk').body('a').",
    struck: false,
    featuresStruck: true,
  },
};

/**
 * Refused steps after a registered template: `.build()` while something is due (not callable, typed as the rule,
 * the error on `.build`), and the features no template takes (the error on the step's argument, or on its name when
 * it takes none).
 */
const REFUSALS: Record<
  string,
  { readonly code: string; readonly rule: string; readonly at?: string; readonly form?: 'argument' | 'count' }
> = {
  'button 0 due': {
    code: `${shipped}\n  .header(${image})\n  .body('a', 'b', 'c')\n  .build(); // ✗`,
    rule: '✗ template order_shipped (en_US) needs a value for button 0: add .url(0, …)',
  },
  'the header due, after a delivery option': {
    code: `${shipped}\n  .body('a', 'b', 'c')\n  .url(0, 'x')\n  .clientMessageId('m-2')\n  .build(); // ✗`,
    rule: '✗ template order_shipped (en_US) needs its image header: add .header(…)',
  },
  'the fallback text due': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .sms()\n  .template('login_code', 'en_US')\n  .body('482910')\n  .url(0, '482910')\n  .build(); // ✗",
    rule: '✗ SMS is a fallback channel and carries text only: add .fallbackText(…) before .build()',
  },
  'the cards due': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .template('trail_gear', 'en_GB')\n  .build(); // ✗",
    rule: '✗ template trail_gear (en_GB) needs its 3 cards: add .card(…) for each (0 given)',
  },
  '.card(…) on a template registered without a carousel': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .template('login_code', 'en_US')\n  .body('482910')\n  .card(() => undefined); // ✗",
    at: '() => undefined',
    form: 'argument',
    rule: '✗ template login_code (en_US) has no carousel: leave out .card(…)',
  },
  // A body without values has no argument to refuse: TypeScript's count of the placeholders on the step's name (a
  // receiver typed as the rule would put the error on the chain's first line; docs/decisions.md).
  '.body() without values': {
    code: `${shipped}\n  .header(${image})\n  .body() // ✗\n  .url(0, 'A-1234');`,
    at: 'body',
    form: 'count',
    rule: 'Expected 3 arguments, but got 0.',
  },
  "a card's .body() without values": {
    code: `Message.to('+15551234567')\n  .whatsapp()\n  .template('product_showcase', 'en_US')\n  .body('Sam')\n  .card((c) =>\n    c\n      .header(${image})\n      .body() // ✗\n      .url(1, 'boots'),\n  );`,
    at: 'body',
    form: 'count',
    rule: 'Expected 2 arguments, but got 0.',
  },
  'a second .body(…): not callable, the rule on its name': {
    code: `${shipped}\n  .body('a', 'b', 'c')\n  .header(${image})\n  .body('d', 'e', 'f'); // ✗`,
    at: 'body',
    rule: '✗ the body is already set: a template has one body',
  },
  'a second .header(…)': {
    code: `${shipped}\n  .header(${image})\n  .header(${image}); // ✗`,
    at: image,
    form: 'argument',
    rule: '✗ the header is already set: a template has one header',
  },
  '.header(…) on a template whose header takes no value': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .template('login_code', 'en_US')\n  .header('Hi'); // ✗",
    at: "'Hi'",
    form: 'argument',
    rule: '✗ template login_code (en_US) has no header parameter: leave out .header(…)',
  },
  '.url(…) once its only Url button is given': {
    code: `${shipped}\n  .url(0, 'A-1234')\n  .body('a', 'b', 'c')\n  .url(0, 'B-5678'); // ✗`,
    at: '0',
    form: 'argument',
    rule: '✗ this button index is already used: each button has its own index',
  },
  '.flow(…) on a template without a Flow button': {
    code: `${shipped}\n  .flow(1); // ✗`,
    at: '1',
    form: 'argument',
    rule: '✗ button 1 of template order_shipped (en_US) is a QuickReply button: use .quickReply(1, …)',
  },
  "a card's second .body(…): not callable, the rule on its name": {
    code: `${showcase}\n  .card((c) =>\n    c\n      .body('Boots', '€89')\n      .header(${image})\n      .body('Rain', '€1'), // ✗\n  );`,
    at: 'body',
    rule: '✗ the body is already set: a carousel card has one body',
  },
  "a card's .copyCode(…) where the card has no CopyCode button": {
    code: `${showcase}\n  .card((c) =>\n    c\n      .header(${image})\n      .copyCode(0, 'X'), // ✗\n  );`,
    at: '0',
    form: 'argument',
    rule: '✗ button 0 of card 0 of template product_showcase (en_US) is a QuickReply button: use .quickReply(0, …)',
  },
  '.suggestions(…) on a complete registered template': {
    code: `${shipped}\n  .header(${image})\n  .body('a', 'b', 'c')\n  .url(0, 'A-1234')\n  .suggestions(Suggestion.reply('Track', 'track')); // ✗`,
    at: "Suggestion.reply('Track', 'track')",
    form: 'argument',
    rule: '✗ message suggestions only go over .rcs(), and WhatsApp is the first channel: start the chain with .rcs()',
  },
  '.suggestions(…) while a value is due': {
    code: `${shipped}\n  .body('a', 'b', 'c')\n  .suggestions(Suggestion.reply('Track', 'track')); // ✗`,
    at: "Suggestion.reply('Track', 'track')",
    form: 'argument',
    rule: '✗ message suggestions only go over .rcs(), and WhatsApp is the first channel: start the chain with .rcs()',
  },
  // A WhatsApp channel user is reached over WhatsApp only: the recipient's rule, no channel to start the chain with.
  ".suggestions(…) on a WhatsApp channel user's complete registered template": {
    code: "Message.toChannelUser('US.13491208655302741918')\n  .template('login_code', 'en_US')\n  .body('482910')\n  .url(0, '482910')\n  .suggestions(Suggestion.reply('Track', 'track')); // ✗",
    at: "Suggestion.reply('Track', 'track')",
    form: 'argument',
    rule: '✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only',
  },
  ".suggestions(…) on a WhatsApp channel user's registered template while a value is due, after .whatsapp()":
    {
      code: "Message.toChannelUser('US.13491208655302741918')\n  .whatsapp()\n  .template('order_shipped', 'en_US')\n  .body('a', 'b', 'c')\n  .suggestions(Suggestion.reply('Track', 'track')); // ✗",
      at: "Suggestion.reply('Track', 'track')",
      form: 'argument',
      rule: '✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only',
    },
  '.directSend() on a complete registered template': {
    code: `${shipped}\n  .header(${image})\n  .body('a', 'b', 'c')\n  .url(0, 'A-1234')\n  .directSend(); // ✗`,
    at: 'directSend',
    rule: '✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only',
  },
  '.directSend() while a value is due, after a delivery option': {
    code: `${shipped}\n  .body('a', 'b', 'c')\n  .clientMessageId('m-4')\n  .directSend(); // ✗`,
    at: 'directSend',
    rule: '✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only',
  },
  '.replyTo(…) after a Viber template in a program with a registry': {
    code: "Message.to('+380501234567')\n  .viber()\n  .template('order_shipped', 'uk')\n  .replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc'); // ✗",
    at: "'aa7c29ad-4433-2211-9c8b-00004e2b9ecc'",
    form: 'argument',
    rule: '✗ replies (.replyTo) only go over .whatsapp(), and Viber is the first channel: start the chain with .whatsapp()',
  },
};

const head = (from: string) => `import { Message, Suggestion } from '${from}';\n\n`;

interface Expected {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly at: string;
  readonly message: RegExp;
}

/** The refusals in one file; the 1-based line and column of each refused step, what is underlined, the message. */
function refusalsFile(from: string) {
  let text = head(from);
  const expected: Expected[] = [];
  for (const [name, { code, rule, at = 'build', form }] of Object.entries(REFUSALS)) {
    text += `// ${name}\n`;
    const lines = code.split('\n');
    const index = lines.findIndex((line) => line.endsWith('// ✗'));
    const column =
      form === 'argument' ? lines[index]!.lastIndexOf(at) + 1 : lines[index]!.lastIndexOf(`.${at}`) + 2;
    expected.push({ name, line: text.split('\n').length + index, column, at, message: refusal(rule, form) });
    text += `${code}\n`;
  }
  return { text, expected };
}

/**
 * What TypeScript writes for a refused step: an argument typed as the rule, or not callable, its type the rule; for a
 * call without values (`count`), TypeScript's own count, given as `rule`.
 */
function refusal(rule: string, form: 'argument' | 'count' | undefined): RegExp {
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (form === 'count') return new RegExp(`^${escaped}$`);
  return form === 'argument'
    ? new RegExp(`^Argument of type .+ is not assignable to parameter of type '"${escaped}"'`)
    : new RegExp(
        `^This expression is not callable\\.\\s+Type 'Refused<"${escaped}">' has no call signatures`,
      );
}

function languageService(): ts.LanguageService {
  return createProbeService(files, probes);
}

const stageName = (name: string) => name.replace(/\W+/g, '-');
const stageFile = (name: string) => join(probes, `${stageName(name)}.mts`);
/** Completion inside `.template(…)`'s name, and inside its language once the name is given. */
/**
 * Completion inside a registered carousel card's callback (card 0 of product_showcase: an image header, two body
 * values, button 0 a QuickReply, 1 a Url; no CopyCode button): the card's steps struck through there.
 */
const CARD_STAGES: Record<string, { readonly code: string; readonly components: readonly string[] }> = {
  'a registered card, before its parts': { code: `${showcase}.card((c) => c.`, components: ['copyCode'] },
  'a registered card after its header and body': {
    code: `${showcase}.card((c) => c.header(${image}).body('Boots', '€89').`,
    components: ['header', 'body', 'copyCode'],
  },
  'a registered card after both its buttons': {
    code: `${showcase}.card((c) => c.header(${image}).quickReply(0, 'q').url(1, 'boots').`,
    components: ['header', 'button', 'quickReply', 'url', 'copyCode'],
  },
};
/** A registered card's steps, each offered at every stage of the card. */
const CARD_COMPONENTS = ['header', 'body', 'button', 'quickReply', 'url', 'copyCode'];

const TEMPLATE_ARGUMENTS = {
  'template-names': "Message.to('+15551234567').whatsapp().template('",
  'template-languages': "Message.to('+15551234567').whatsapp().template('order_shipped', '",
};

const REFUSALS_FILE = () => join(probes, 'refusals.mts');
let refusals: ReturnType<typeof refusalsFile>;

beforeAll(async () => {
  library = await emitLibraryDeclarations(join(work, 'lib'));
  mkdirSync(probes, { recursive: true });
  const from = specifierFrom(probes, library);
  files.set(
    join(probes, 'whatsapp-templates.generated.mts'),
    renderTemplateRegistry(registry, { module: from }),
  );
  for (const [name, { code }] of Object.entries(STAGES)) files.set(stageFile(name), `${head(from)}${code}`);
  for (const [name, { code }] of Object.entries(CARD_STAGES))
    files.set(stageFile(name), `${head(from)}${code}`);
  refusals = refusalsFile(from);
  files.set(REFUSALS_FILE(), refusals.text);
  service = languageService();
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A registered template's component steps, each offered at every stage: plainly, or struck through once refused. */
const COMPONENTS = [
  'header',
  'body',
  'footer',
  'button',
  'quickReply',
  'url',
  'copyCode',
  'flow',
  'voiceCall',
  'card',
];

const deprecated = (entry: ts.CompletionEntry | undefined) =>
  (entry?.kindModifiers ?? '').split(',').includes('deprecated');

describe('a registered template in completion (TypeScript 6 language service, then 7)', () => {
  it.each(Object.entries(STAGES))('%s', (name, { struck, featuresStruck, components }) => {
    const file = stageFile(name);
    const completions = service.getCompletionsAtPosition(file, files.get(file)!.length, {});
    const entries = new Map((completions?.entries ?? []).map((entry) => [entry.name, entry]));
    for (const step of ['build', 'toJSON']) {
      expect(entries.has(step), `${step} is offered`).toBe(true);
      expect(deprecated(entries.get(step)), `${step} is ${struck ? '' : 'not '}struck through`).toBe(struck);
    }
    // The delivery options are never struck through: they keep what is due.
    expect(deprecated(entries.get('clientMessageId'))).toBe(false);
    for (const step of ['suggestions', 'directSend']) {
      expect(entries.has(step), `${step} is offered`).toBe(true);
      expect(deprecated(entries.get(step)), `${step} is ${featuresStruck ? '' : 'not '}struck through`).toBe(
        featuresStruck,
      );
    }
    if (components) {
      for (const step of COMPONENTS) expect(entries.has(step), `${step} is offered`).toBe(true);
      expect(COMPONENTS.filter((step) => deprecated(entries.get(step)))).toEqual(
        COMPONENTS.filter((step) => components.includes(step)),
      );
    }
  });

  it.each(Object.entries(CARD_STAGES))('%s', (name, { components }) => {
    const file = stageFile(name);
    const completions = service.getCompletionsAtPosition(file, files.get(file)!.length, {});
    const entries = new Map((completions?.entries ?? []).map((entry) => [entry.name, entry]));
    for (const step of CARD_COMPONENTS) expect(entries.has(step), `${step} is offered`).toBe(true);
    expect(CARD_COMPONENTS.filter((step) => deprecated(entries.get(step)))).toEqual(
      CARD_COMPONENTS.filter((step) => components.includes(step)),
    );
  });

  describe('TypeScript 7 (its language service, through its API)', () => {
    let completions: Map<string, Completion7[]>;
    beforeAll(async () => {
      const dir = join(work, 'tsc7-completion');
      mkdirSync(dir, { recursive: true });
      const from = specifierFrom(dir, library);
      const probes = new Map(
        Object.entries(STAGES).map(([name, { code }]) => [stageName(name), `${head(from)}${code}`]),
      );
      for (const [name, code] of Object.entries(TEMPLATE_ARGUMENTS)) probes.set(name, `${head(from)}${code}`);
      for (const [name, { code }] of Object.entries(CARD_STAGES))
        probes.set(stageName(name), `${head(from)}${code}`);
      completions = await tsc7Completions(dir, probes, {
        'whatsapp-templates.generated.mts': renderTemplateRegistry(registry, { module: from }),
      });
    }, 120_000);

    it("offers the registered names in .template(…), and a name's registered languages only", () => {
      const names = completions.get('template-names')!.map((entry) => entry.name);
      expect(names).toEqual(expect.arrayContaining(['order_shipped', 'login_code', 'trail_gear']));
      expect(names).not.toContain('spring_promo');
      const languages = completions.get('template-languages')!.map((entry) => entry.name);
      expect(languages.sort()).toEqual(['en_US', 'es_MX', 'pt_BR']);
    });

    it.each(Object.entries(CARD_STAGES))('%s', (name, { components }) => {
      const entries = new Map(completions.get(stageName(name))!.map((entry) => [entry.name, entry]));
      for (const step of CARD_COMPONENTS) expect(entries.has(step), `${step} is offered`).toBe(true);
      expect(CARD_COMPONENTS.filter((step) => entries.get(step)!.deprecated)).toEqual(
        CARD_COMPONENTS.filter((step) => components.includes(step)),
      );
    });

    it.each(Object.entries(STAGES))('%s', (name, { struck, featuresStruck, components }) => {
      const entries = new Map(completions.get(stageName(name))!.map((entry) => [entry.name, entry]));
      if (components) {
        for (const step of COMPONENTS) expect(entries.has(step), `${step} is offered`).toBe(true);
        expect(COMPONENTS.filter((step) => entries.get(step)!.deprecated)).toEqual(
          COMPONENTS.filter((step) => components.includes(step)),
        );
      }
      for (const step of ['build', 'toJSON']) {
        expect(entries.has(step), `${step} is offered`).toBe(true);
        expect(entries.get(step)!.deprecated, `${step} is ${struck ? '' : 'not '}struck through`).toBe(
          struck,
        );
      }
      expect(entries.get('clientMessageId')!.deprecated).toBe(false);
      for (const step of ['suggestions', 'directSend']) {
        expect(entries.has(step), `${step} is offered`).toBe(true);
        expect(
          entries.get(step)!.deprecated,
          `${step} is ${featuresStruck ? '' : 'not '}struck through`,
        ).toBe(featuresStruck);
      }
    });
  });

  // A registry file pulled by an older version names no refused step in its first stages: it keeps working, and only
  // what the chain gives is struck through (the template's absent steps are refused on their argument, unmarked).
  it('a registry pulled by an older version: the chain still checks, the steps it gave are struck through', () => {
    const older = new Map<string, string>();
    const dir = join(work, 'older');
    mkdirSync(dir, { recursive: true });
    const from = specifierFrom(dir, library);
    older.set(
      join(dir, 'whatsapp-templates.generated.mts'),
      asOlderVersion(renderTemplateRegistry(registry, { module: from })),
    );
    const probe = join(dir, 'probe.mts');
    const chain = `${shipped}.header(${image}).body('a', 'b', 'c')`;
    const text = `${head(from)}${chain}.url(0, 'A-1234').build();\n${chain}.flow(1); // ✗\n${chain}.`;
    older.set(probe, text);
    const olderService = createProbeService(older, dir);
    const completions = olderService.getCompletionsAtPosition(probe, text.length, {});
    const entries = new Map((completions?.entries ?? []).map((entry) => [entry.name, entry]));
    for (const step of COMPONENTS) expect(entries.has(step), `${step} is offered`).toBe(true);
    expect(COMPONENTS.filter((step) => deprecated(entries.get(step)))).toEqual(['header', 'body']);
    const errors = olderService
      .getSemanticDiagnostics(probe)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /Argument of type '1' is not assignable to parameter of type '"✗ button 1 of template order_shipped \(en_US\) is a QuickReply button: use \.quickReply\(1, …\)"'/,
    );
  });

  it('the struck-through .build() shows what is due in its details', () => {
    const file = stageFile('header and body given, button 0 due');
    const details = service.getCompletionEntryDetails(
      file,
      files.get(file)!.length,
      'build',
      {},
      undefined,
      {},
      undefined,
    );
    expect(ts.displayPartsToString(details?.displayParts)).toContain(
      '✗ template order_shipped (en_US) needs a value for button 0: add .url(0, …)',
    );
    expect(details?.tags?.map((tag) => tag.name)).toContain('deprecated');
  });

  it('offers the registered names in .template(…)', () => {
    const file = join(probes, 'names.mts');
    const code = `${head(specifierFrom(probes, library))}${TEMPLATE_ARGUMENTS['template-names']}`;
    files.set(file, code);
    const names = service.getCompletionsAtPosition(file, code.length, {})?.entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['order_shipped', 'login_code', 'trail_gear']));
    expect(names).not.toContain('spring_promo'); // pending: not pulled
  });

  it("offers that name's registered languages only in .template(name, …)", () => {
    const file = join(probes, 'languages.mts');
    const code = `${head(specifierFrom(probes, library))}${TEMPLATE_ARGUMENTS['template-languages']}`;
    files.set(file, code);
    const languages = service
      .getCompletionsAtPosition(file, code.length, {})
      ?.entries.map((entry) => entry.name)
      .sort();
    // fr_FR is PAUSED (not pulled); en_GB belongs to other templates.
    expect(languages).toEqual(['en_US', 'es_MX', 'pt_BR']);
  });
});

// A name or language the registry does not hold is refused on that argument (TS2769: the registered stages' lookup
// does not take it, and the last signature's parameter is the rule), on both compilers. TypeScript 6 writes each
// signature's error, the rule last; TypeScript 7 only the last one's.
const NOT_REGISTERED = {
  code: "Message.to('+15551234567')\n  .whatsapp()\n  .sms()\n  .template('spring_promo', 'en_US');\nMessage.to('+15551234567').whatsapp().template('order_shipped', 'fr_FR');\nMessage.toChannelUser('US.13491208655302741918').template('spring_promo', 'en_US');",
  refused: [
    {
      line: 6,
      at: "'spring_promo'",
      rule: '✗ template spring_promo is not in the template registry: pull the templates again if it is new',
    },
    {
      line: 7,
      at: "'fr_FR'",
      rule: '✗ template order_shipped has no language fr_FR in the template registry',
    },
    {
      line: 8,
      at: "'spring_promo'",
      rule: '✗ template spring_promo is not in the template registry: pull the templates again if it is new',
    },
  ],
};
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const notRegisteredMessage = (rule: string) =>
  new RegExp(
    `^No overload matches this call\\.[\\s\\S]*Argument of type '"[^"]+"' is not assignable to parameter of type '"${escaped(rule)}"'\\.?$`,
  );
const notRegisteredColumn = (line: number, at: string) =>
  `${head('')}${NOT_REGISTERED.code}`.split('\n')[line - 1]!.indexOf(at) + 1;

describe('.template(name, language) for a name or language the registry does not hold: refused on that argument', () => {
  it('TypeScript 6 (language service)', () => {
    const file = join(probes, 'not-registered.mts');
    const text = `${head(specifierFrom(probes, library))}${NOT_REGISTERED.code}\n`;
    files.set(file, text);
    const gapService = languageService();
    const source = gapService.getProgram()!.getSourceFile(file)!;
    const found = gapService.getSemanticDiagnostics(file).map((diagnostic) => {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start!);
      return {
        code: diagnostic.code,
        line: line + 1,
        column: character + 1,
        underlined: source.text.slice(diagnostic.start!, diagnostic.start! + diagnostic.length!),
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      };
    });
    expect(found.map(({ code, line, column, underlined }) => ({ code, line, column, underlined }))).toEqual(
      NOT_REGISTERED.refused.map(({ line, at }) => ({
        code: 2769,
        line,
        column: notRegisteredColumn(line, at),
        underlined: at,
      })),
    );
    NOT_REGISTERED.refused.forEach(({ rule }, i) => {
      expect(found[i]!.message).toMatch(notRegisteredMessage(rule));
    });
  });

  it('TypeScript 7 (tsc --pretty false): the same', async () => {
    const dir = join(work, 'tsc7-not-registered');
    mkdirSync(dir, { recursive: true });
    const from = specifierFrom(dir, library);
    writeFileSync(join(dir, 'refusals.mts'), `${head(from)}${NOT_REGISTERED.code}\n`);
    writeFileSync(
      join(dir, 'whatsapp-templates.generated.mts'),
      renderTemplateRegistry(registry, { module: from }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: OPTIONS,
        files: ['refusals.mts', 'whatsapp-templates.generated.mts'],
      }),
    );
    const { output, errors } = await tsc7Refusals(dir);
    expect(
      errors.map(({ line, column }) => ({ line, column })),
      output,
    ).toEqual(
      NOT_REGISTERED.refused.map(({ line, at }) => ({ line, column: notRegisteredColumn(line, at) })),
    );
    NOT_REGISTERED.refused.forEach(({ rule }, i) => {
      expect(errors[i]!.message).toMatch(notRegisteredMessage(rule));
    });
  });
});

describe('a registered template: .build() while something is due, and the features no template takes, are refused on their line', () => {
  it('TypeScript 6 (language service)', () => {
    const source = service.getProgram()!.getSourceFile(REFUSALS_FILE())!;
    const found = service.getSemanticDiagnostics(REFUSALS_FILE()).map((diagnostic) => {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start!);
      return {
        line: line + 1,
        column: character + 1,
        underlined: source.text.slice(diagnostic.start!, diagnostic.start! + diagnostic.length!),
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      };
    });
    expect(found.map(({ line }) => line)).toEqual(refusals.expected.map(({ line }) => line));
    refusals.expected.forEach(({ name, line, column, at, message }, i) => {
      expect({
        name,
        line: found[i]!.line,
        column: found[i]!.column,
        underlined: found[i]!.underlined,
      }).toEqual({
        name,
        line,
        column,
        underlined: at,
      });
      expect(found[i]!.message, name).toMatch(message);
    });
  });

  it('TypeScript 7 (tsc --pretty false): the same lines, columns and rules', async () => {
    const dir = join(work, 'tsc7');
    mkdirSync(dir, { recursive: true });
    const from = specifierFrom(dir, library);
    writeFileSync(join(dir, 'refusals.mts'), refusalsFile(from).text);
    writeFileSync(
      join(dir, 'whatsapp-templates.generated.mts'),
      renderTemplateRegistry(registry, { module: from }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: OPTIONS,
        files: ['refusals.mts', 'whatsapp-templates.generated.mts'],
      }),
    );
    const { output, errors } = await tsc7Refusals(dir);
    expect(
      errors.map(({ line }) => line),
      output,
    ).toEqual(refusals.expected.map(({ line }) => line));
    refusals.expected.forEach(({ name, line, column, message }, i) => {
      expect({ name, line: errors[i]!.line, column: errors[i]!.column }).toEqual({ name, line, column });
      expect(errors[i]!.message, name).toMatch(message);
    });
  });
});
