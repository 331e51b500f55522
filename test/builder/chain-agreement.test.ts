// The types and build() agree on the message chain's routing rules, exhaustively: every first channel (and none, and
// a LINE or WhatsApp channel user's one channel) ×
// later channels (SMS among them at each place, or not) × every content step × with or without a fallback text and
// delivery options, written into one TypeScript file, each chain marked `@ts-expect-error` exactly when build()
// refuses it at run time, and the file type-checked (TypeScript 7). A chain the types refuse but build() accepts is
// an error on its line; one build() refuses but the types accept is an unused directive. What compiles builds, and
// what builds compiles. Not written here, by design (docs/decisions.md): template components after `.fallbackText(…)`
// and a fallback text inside `.$if(…)`, orders the types do not offer for a message they build in another order.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';
import { CHANNEL_STEPS } from '../../src/builder/message-rules.js';
import { CHANNELS, type Channel, SUCCESS_STATUSES } from '../../src/channels.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import type { ParseOptions } from '../../src/wire/parse.js';
import { typecheckChains } from '../fixtures/typecheck-chains.js';
import { FIXTURE_DIR, registry as templates } from '../templates/fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: the chain is driven by name, as JavaScript drives it.
type Loose = any;

/** One step of a chain, as source text and as the same call on the untyped chain. */
interface Step {
  readonly source: string;
  readonly apply: (chain: Loose) => Loose;
}

const call = (method: string, ...args: unknown[]): Step => ({
  source: `.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`,
  apply: (chain) => chain[method](...args),
});

/** A content step that takes a part built in the chain's own file (`make` is the same part at run time). */
const withPart = (method: string, source: string, make: () => unknown): Step => ({
  source: `.${method}(${source})`,
  apply: (chain) => chain[method](make()),
});

const IMAGE = 'https://example.com/a.jpg';
const UMID = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';
const cards = {
  source: `Carousel.medium().card((card) => card.title('Blue').media(${JSON.stringify(IMAGE)})).card((card) => card.title('Red').media(${JSON.stringify(IMAGE)}))`,
  make: () =>
    Carousel.medium()
      .card((card) => card.title('Blue').media(IMAGE))
      .card((card) => card.title('Red').media(IMAGE)),
};

/** A template carousel card with only its body. */
const bodyCard: Step = {
  source: ".card((card) => card.body('Boots'))",
  apply: (chain) => chain.card((card: Loose) => card.body('Boots')),
};

/** Each content the chain offers, some in more than one form: what follows the step may differ. */
const CONTENTS: Readonly<Record<string, readonly Step[]>> = {
  text: [call('text', 'Your order has shipped')],
  image: [call('image', IMAGE)],
  imageWithText: [call('image', IMAGE, { text: 'Your receipt' })],
  video: [call('video', 'https://example.com/a.mp4')],
  audio: [call('audio', 'https://example.com/a.mp3')],
  file: [call('file', 'https://example.com/a.pdf')],
  location: [call('location', { latitude: 1.28, longitude: 103.86 })],
  richMedia: [
    call('richMedia', { text: 'New arrivals', button: { caption: 'Open', url: 'https://example.com' } }),
  ],
  interactiveButtons: [
    withPart('interactive', "Interactive.buttons('Still on?').button('y', 'Yes')", () =>
      Interactive.buttons('Still on?').button('y', 'Yes'),
    ),
  ],
  interactiveList: [
    withPart('interactive', "Interactive.list('Pick a slot', { button: 'Slots' }).row('a', 'Monday')", () =>
      Interactive.list('Pick a slot', { button: 'Slots' }).row('a', 'Monday'),
    ),
  ],
  template: [call('template', 'order_update', 'en_US')],
  templateWithBody: [call('template', 'order_update', 'en_US'), call('body', 'A-1234')],
  templateWithButton: [
    call('template', 'order_update', 'en_US'),
    call('body', 'A-1234'),
    call('quickReply', 0, 'yes'),
  ],
  templateWithHeaderAndUrl: [
    call('template', 'order_update', 'en_US'),
    call('header', 'Order A-1234'),
    call('url', 1, 'A-1234'),
  ],
  templateCarousel: [
    {
      source:
        ".template('winter_sale', 'en_US').body('Sam').card((card) => card.header({ image: 'https://example.com/a.jpg' }).quickReply(0, 'more'))",
      apply: (chain) =>
        chain
          .template('winter_sale', 'en_US')
          .body('Sam')
          .card((card: Loose) => card.header({ image: 'https://example.com/a.jpg' }).quickReply(0, 'more')),
    },
  ],
  richCard: [
    withPart('richCard', `RichCard.vertical().title('Blue').media(${JSON.stringify(IMAGE)})`, () =>
      RichCard.vertical().title('Blue').media(IMAGE),
    ),
  ],
  carousel: [withPart('carousel', cards.source, cards.make)],
};

/**
 * A template's components, each once (in any order), and its carousel's cards, at most 10: the rules of the template
 * steps themselves, crossed with every routing and ending in a test of their own.
 */
const TEMPLATE_PARTS: Readonly<Record<string, readonly Step[]>> = {
  templateEachOnce: [
    call('template', 'order_update', 'en_US'),
    call('footer'),
    call('quickReply', 0, 'yes'),
    call('header', 'Order A-1234'),
    call('body', 'A-1234'),
  ],
  templateHeaderTwice: [
    call('template', 'order_update', 'en_US'),
    call('header', 'Order A-1234'),
    call('body', 'A-1234'),
    call('header', 'Order A-1235'),
  ],
  templateBodyTwice: [
    call('template', 'order_update', 'en_US'),
    call('body', 'A-1234'),
    call('url', 0, 'A-1234'),
    call('body', 'A-1235'),
  ],
  templateFooterTwice: [
    call('template', 'order_update', 'en_US'),
    call('footer'),
    call('footer', 'Reply STOP to opt out'),
  ],
  templateTenCards: [call('template', 'winter_sale', 'en_US'), ...Array.from({ length: 10 }, () => bodyCard)],
  templateElevenCards: [
    call('template', 'winter_sale', 'en_US'),
    ...Array.from({ length: 11 }, () => bodyCard),
  ],
};

/** What may follow the content: nothing, the fallback text, delivery options before or after it. */
const ENDINGS: Readonly<Record<string, readonly Step[]>> = {
  none: [],
  fallbackText: [call('fallbackText', 'Your order: https://example.com/o/1')],
  optionsThenFallbackText: [
    call('clientMessageId', 'c-1'),
    call('sms', { source: 'ACME' }),
    call('fallbackText', 'Your order: https://example.com/o/1'),
  ],
  fallbackTextThenOptions: [
    call('fallbackText', 'Your order: https://example.com/o/1'),
    call('clientMessageId', 'c-1'),
  ],
  replyTo: [call('replyTo', UMID)],
  replyToThenFallbackText: [
    call('replyTo', UMID),
    call('fallbackText', 'Your order: https://example.com/o/1'),
  ],
  directSend: [call('directSend')],
  directSendThenFallbackText: [
    call('directSend'),
    call('fallbackText', 'Your order: https://example.com/o/1'),
  ],
  suggestions: [
    withPart('suggestions', "Suggestion.reply('Yes', 'yes')", () => Suggestion.reply('Yes', 'yes')),
  ],
  suggestionsThenFallbackText: [
    withPart('suggestions', "Suggestion.reply('Yes', 'yes')", () => Suggestion.reply('Yes', 'yes')),
    call('fallbackText', 'Your order: https://example.com/o/1'),
  ],
  optionsOnly: [call('clientMessageId', 'c-1'), call('dlrCallbackUrl', 'https://example.com/dlr')],
};

/**
 * The channel lists: none, each channel alone, and each first channel followed by SMS, by a channel then SMS, by SMS
 * then a channel, by two channels without SMS, and by five or more channels with SMS in the middle or last (past the
 * sets of channels with a stage of their own).
 */
function routings(): Channel[][] {
  const lists: Channel[][] = [[]];
  for (const first of CHANNELS) {
    const others = CHANNELS.filter((channel) => channel !== first && channel !== 'SMS');
    lists.push([first]);
    if (first === 'SMS') {
      lists.push([first, others[0]!], [first, ...others.slice(0, 4)]);
      continue;
    }
    const [a, b, c, d] = others;
    lists.push(
      [first, 'SMS'],
      [first, a!, 'SMS'],
      [first, 'SMS', b!],
      [first, a!, b!],
      [first, a!, b!, 'SMS'],
      [first, a!, 'SMS', b!, c!, d!],
      [first, a!, b!, c!, d!, 'SMS'],
    );
  }
  return lists;
}

/** The chain's steps: its channels in order, then its content, then what follows. */
function chainSteps(channels: readonly Channel[], content: readonly Step[], ending: readonly Step[]): Step[] {
  return [...channels.map((channel) => call(CHANNEL_STEPS[channel])), ...content, ...ending];
}

/** The chain's first step: a phone number, as source text and at run time. */
const PHONE = { source: "Message.to('+6591234567')", start: (): Loose => Message.to('+6591234567') };

/**
 * Whether build() accepts the chain (a ValidationError is a refusal, handed to `refused`; any other error fails the
 * test).
 */
function buildAccepts(
  steps: readonly Step[],
  options?: ParseOptions,
  start: () => Loose = PHONE.start,
  refused?: (error: ValidationError) => void,
): boolean {
  try {
    let chain: Loose = start();
    for (const each of steps) chain = each.apply(chain);
    chain.build(options);
    return true;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    refused?.(error);
    return false;
  }
}

/**
 * The chains of `lines` on which the types and build() disagree, each with its line: `lines` marks a chain
 * `@ts-expect-error` when build() refuses it; the file is type-checked with TypeScript 7 (with `include`, the template
 * registry's generated file say).
 */
function disagreements(lines: readonly string[], include: readonly string[] = []): string[] {
  return typecheckChains(lines, 'test/builder/.chain-agreement-', {
    compilerOptions: { paths: { '8x8-chatapps': [join(ROOT, 'src/index.ts')] } },
    include,
  }).map(({ row, text }) => {
    if (row === undefined) return text;
    // An unused directive is reported on its own line: the chain is the next one.
    const chainRow = lines[row - 1]?.startsWith('// @ts-expect-error') ? row : row - 1;
    return `${text}\n    ${lines[chainRow]}`;
  });
}

describe('the message chain: the types and build() agree on channels, content and the SMS fallback text', () => {
  /** Every routing × `contents` × ending as a chain, each marked with build()'s verdict for the type checker. */
  function verdictLines(imports: string, contents: Readonly<Record<string, readonly Step[]>>) {
    const lines = [`import { ${imports} } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`, ''];
    const verdicts: boolean[] = [];
    for (const channels of routings())
      for (const content of Object.values(contents))
        for (const ending of Object.values(ENDINGS)) {
          const steps = chainSteps(channels, content, ending);
          const accepts = buildAccepts(steps);
          verdicts.push(accepts);
          lines.push(accepts ? '// build(): accepted' : '// @ts-expect-error build(): refused');
          lines.push(`${PHONE.source}${steps.map((each) => each.source).join('')}.build();`);
        }
    return { lines, verdicts };
  }

  it('for every first channel × later channels × content × ending', { timeout: 300_000 }, () => {
    const { lines, verdicts } = verdictLines(
      'Carousel, Interactive, Message, RichCard, Suggestion',
      CONTENTS,
    );
    // Both verdicts are well represented, or the test could not fail.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(verdicts.length / 5);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(verdicts.length / 5);

    expect(disagreements(lines)).toEqual([]);
  });
  it('for a LINE or WhatsApp channel user: their channel named or not (or another) × content × ending', {
    timeout: 300_000,
  }, () => {
    const lines = [
      `import { Carousel, Interactive, Message, RichCard, Suggestion } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`,
      '',
    ];
    const verdicts: boolean[] = [];
    const refusals = new Set<string>();
    const recipients = [
      {
        source: "Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')",
        start: (): Loose => Message.toLineUser('Ua12b345678c1de0fg1a1234567891011'),
        own: 'Line',
        lists: [[], ['Line'], ['Line', 'SMS'], ['WhatsApp']] as Channel[][],
      },
      {
        source: "Message.toChannelUser('US.13491208655302741918')",
        start: (): Loose => Message.toChannelUser('US.13491208655302741918'),
        own: 'WhatsApp',
        lists: [[], ['WhatsApp'], ['WhatsApp', 'SMS'], ['RCS']] as Channel[][],
      },
    ];
    for (const { source, start, own, lists } of recipients)
      for (const channels of lists)
        for (const content of Object.values(CONTENTS))
          for (const ending of Object.values(ENDINGS)) {
            const steps = chainSteps(channels, content, ending);
            const accepts = buildAccepts(steps, undefined, start, (error) => {
              // Another channel first (from JavaScript) is refused for itself; the rest may then name the channel.
              if (channels[0] !== undefined && channels[0] !== own) return;
              for (const issue of error.issues) refusals.add(`${issue.path}: ${issue.message}`);
            });
            verdicts.push(accepts);
            lines.push(accepts ? '// build(): accepted' : '// @ts-expect-error build(): refused');
            lines.push(`${source}${steps.map((each) => each.source).join('')}.build();`);
          }
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(verdicts.length / 10);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(verdicts.length / 5);
    expect(disagreements(lines)).toEqual([]);
    // No refusal of build() with the recipient's channel (or none) names a channel to add or to start with (the
    // types' sentences neither, language-service tests): such a recipient has its one channel.
    expect([...refusals].filter((message) => /not in channels|" goes over/.test(message))).toEqual([]);
    // Nor blames the recipient's channel for a feature it has (a carousel with replyTo to a channel user: the content).
    expect(
      [...refusals].filter((message) => /goes over (\w+), and \S+ is reached over \1 only/.test(message)),
    ).toEqual([]);
    expect([...refusals].filter((message) => /reached over (\w+) only/.test(message)).length).toBeGreaterThan(
      10,
    );
  });
  it("a template's header, body and footer once each, and at most 10 cards, over every routing", {
    timeout: 300_000,
  }, () => {
    const { lines, verdicts } = verdictLines('Message', TEMPLATE_PARTS);
    // Most routings carry no template, and four of the six contents break a rule: a twentieth accepted is ~220 chains.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(verdicts.length / 25);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(verdicts.length / 5);

    expect(disagreements(lines)).toEqual([]);
  });

  it('with a template registry: registered templates, complete or not, over routings with SMS', {
    timeout: 300_000,
  }, () => {
    const lines = [`import { Message } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`, ''];
    const verdicts: boolean[] = [];
    const lists: Channel[][] = [
      [],
      ['WhatsApp'],
      ['WhatsApp', 'SMS'],
      ['WhatsApp', 'Viber', 'SMS'],
      ['WhatsApp', 'SMS', 'RCS', 'Viber', 'Line'],
      ['Zalo', 'WhatsApp', 'SMS'],
      ['Viber', 'SMS', 'WhatsApp'],
      ['RCS', 'WhatsApp', 'SMS'],
    ];
    const templatesSteps: readonly (readonly Step[])[] = [
      [call('template', 'login_code', 'en_US'), call('body', '482910'), call('url', 0, '482910')],
      [call('template', 'login_code', 'en_US'), call('body', '482910')],
      [call('template', 'delivery_window', 'en_GB'), call('body', 'A-1234', '10:00')],
      [call('template', 'delivery_window', 'en_GB')],
    ];
    for (const channels of lists)
      for (const content of templatesSteps)
        for (const ending of Object.values(ENDINGS)) {
          const steps = chainSteps(channels, content, ending);
          const accepts = buildAccepts(steps, { templates });
          verdicts.push(accepts);
          lines.push(
            accepts
              ? '// build({ templates }): accepted'
              : '// @ts-expect-error build({ templates }): refused',
          );
          lines.push(`${PHONE.source}${steps.map((each) => each.source).join('')}.build();`);
        }
    // Most routings carry no template, and four of the six contents break a rule: a twentieth accepted is ~220 chains.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(verdicts.length / 25);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(verdicts.length / 10);
    expect(
      disagreements(lines, [fileURLToPath(new URL('whatsapp-templates.generated.ts', FIXTURE_DIR))]),
    ).toEqual([]);
  });
  it('on successStatus: every channel × status, first, in the middle and last', { timeout: 300_000 }, () => {
    const lines = [`import { Message } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`, ''];
    const verdicts: boolean[] = [];
    const withStatus = (channel: Channel, successStatus: string) =>
      call(CHANNEL_STEPS[channel], { successStatus });
    for (const channel of CHANNELS)
      for (const status of SUCCESS_STATUSES) {
        const other: Channel = channel === 'WhatsApp' ? 'Viber' : 'WhatsApp';
        const routes: Step[][] = [
          [withStatus(channel, status)],
          [withStatus(channel, status), call(CHANNEL_STEPS[other])],
          [call(CHANNEL_STEPS[other]), withStatus(channel, status), call(channel === 'SMS' ? 'rcs' : 'sms')],
          [call(CHANNEL_STEPS[other]), withStatus(channel, status)],
        ];
        for (const route of routes) {
          const steps = [...route, call('text', 'Your order has shipped')];
          const accepts = buildAccepts(steps);
          verdicts.push(accepts);
          lines.push(accepts ? '// build(): accepted' : '// @ts-expect-error build(): refused');
          lines.push(`${PHONE.source}${steps.map((each) => each.source).join('')}.build();`);
        }
      }
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(verdicts.length / 2);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(verdicts.length / 10);
    expect(disagreements(lines)).toEqual([]);
  });
});
