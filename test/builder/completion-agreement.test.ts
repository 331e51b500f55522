// Completion agrees with the diagnostics, at every stage the chain and the part builders reach (issue 11): for a
// generated set of stages (every recipient × no channel, each first channel, first channels with later ones, SMS
// among them × before the content, after each content step, while the fallback text is due and once complete; the
// part builders at their counts; and, in a program with the fixture template registry, a registered template of each
// kind before and after each part), TypeScript 6's language service lists the completion entries, and each entry is
// called with sample arguments for its name in a file of snippets, the call on a line of its own. An entry offered
// unmarked must compile; one offered deprecated (struck through) must be an error on the call's line whose text
// leads with the rule ("✗ …"), and no error elsewhere. The file is checked by the same language service and by
// TypeScript 7 (`tsc`), and TypeScript 7's own completion (its API) must offer the same entries with the same marks.
// Entries the completion does not offer are not asked about. Stages whose `s` has the same type are asked once (the
// run is in every CI run of the suite, four of them). docs/channels.md ("How a refusal
// looks in the editor") and docs/decisions.md ("Completion agrees with the diagnostics").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API } from '@typescript/native/unstable/async';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TMP, emitLibraryDeclarations, specifierFrom } from '../../bench/fixtures/typecheck.js';
import { CHANNEL_STEPS } from '../../src/builder/message-rules.js';
import { CHANNEL_CAPABILITIES, CHANNELS, type Channel, type ContentType } from '../../src/channels.js';
import { renderTemplateRegistry } from '../../src/templates/render.js';
import { registry } from '../templates/fixture.js';
import { createProbeService, OPTIONS, type RefusalError, tsc7Refusals } from './language-service-project.js';

const work = join(BENCH_TMP, `completion-agreement-${process.pid}`);

/** The snippets' shared lines: the imports and finished parts. */
const prelude = (library: string) => [
  `import { Carousel, Interactive, Message, RichCard, Suggestion } from '${library}';`,
  "const card = RichCard.vertical().title('Parcel').media('https://example.com/p.jpg');",
  'const plans = Carousel.medium()',
  "  .card((c) => c.media('https://example.com/a.jpg'))",
  "  .card((c) => c.media('https://example.com/b.jpg'));",
  "const buttons = Interactive.buttons('Still on?').button('y', 'Yes');",
  "const list = Interactive.list('Pick one', { button: 'Options' }).row('a', 'A');",
  "const reply = Suggestion.reply('Yes', 'yes');",
  'void card, plans, buttons, list, reply;',
];

// ---------------------------------------------------------------------------------------------------------------
// Sample arguments: one call per member name (`null`: a property, read and not called). A family of stages may
// override a name whose arguments differ there (a template's `.button` is not a reply button's).

type Family =
  | 'chain'
  | 'ready'
  | 'template'
  | 'templateCard'
  | 'registered'
  | 'registeredCard'
  | 'interactive'
  | 'rcs'
  | 'factory';

const URL = "'https://example.com/a.jpg'";
const ARGS: Readonly<Record<string, string | null>> = {
  // Channel steps, content steps.
  ...Object.fromEntries(CHANNELS.map((channel) => [CHANNEL_STEPS[channel], '()'])),
  text: "('Hi')",
  image: `(${URL})`,
  audio: "('https://example.com/a.mp3')",
  video: "('https://example.com/a.mp4')",
  file: "('https://example.com/a.pdf')",
  location: '({ latitude: 1.28, longitude: 103.86 })',
  interactive: '(buttons)',
  template: "('order_update', 'en_US')",
  carousel: '(plans)',
  richCard: '(card)',
  richMedia: "({ text: 'New', button: { caption: 'Open', url: 'https://example.com' } })",
  // After the content.
  build: '()',
  toJSON: '()',
  toWire: '()',
  fallbackText: "('See https://example.com/a')",
  clientMessageId: "('c-1')",
  scheduled: "('2026-12-01T12:00:00Z')",
  expiry: "('2026-12-01T12:00:00Z')",
  dlrCallbackUrl: "('https://example.com/dlr')",
  extra: '({})',
  $if: '(true, (m) => m)',
  $call: '((m) => m)',
  replyTo: "('aa7c29ad-4433-2211-9c8b-00004e2b9ecc')",
  directSend: '()',
  suggestions: '(reply)',
  // Template components (indexes 4–9: the stages below use 0–3).
  header: "('Sale')",
  body: "('A-1')",
  footer: "('Acme')",
  quickReply: "(8, 'p')",
  url: "(7, 'u')",
  copyCode: "(6, 'X')",
  flow: '(5)',
  voiceCall: '(4)',
  callPermissionRequest: '()',
  requestContactInfo: '()',
  // Interactive parts.
  row: "('r', 'R')",
  section: "('S')",
  product: "('sku-x')",
  namedAction: '()',
  withoutAction: '()',
  kind: null,
  directSendable: null,
  // RCS parts.
  title: "('Blue')",
  description: "('Navy blue')",
  media: `(${URL})`,
  suggestion: '(reply)',
  thumbnailImageAlignment: "('left')",
  // Factories.
  to: "('+6591234567')",
  toLineUser: "('U1')",
  toChannelUser: "('US.1')",
  buttons: "('Still on?')",
  list: "('Pick', { button: 'Slots' })",
  ctaUrl: "('Your receipt', { displayText: 'View', url: 'https://example.com/r' })",
  productList: "('Picks', { header: 'Sale', catalogId: 'c1' })",
  locationRequest: "('Where should we deliver?')",
  small: '()',
  medium: '()',
  vertical: '()',
  horizontal: '()',
  reply: "('Yes', 'yes')",
  dial: "('Call', { postbackData: 'call', phoneNumber: '+6591234567' })",
  viewLocation: "('Map', { postbackData: 'map', query: 'Marina Bay' })",
  calendarEvent:
    "('Save', { postbackData: 'save', title: 'Visit', startTime: '2026-12-01T10:00:00Z', endTime: '2026-12-01T11:00:00Z' })",
  openUrl: "('Open', { postbackData: 'open', url: 'https://example.com' })",
};

const FAMILY_ARGS: Readonly<Record<Family, Readonly<Record<string, string | null>>>> = {
  chain: {},
  ready: { sms: "({ source: 'ACME' })" },
  template: {
    button: "(9, 'QuickReply', { payload: 'p' })",
    card: "((c) => c.body('x'))",
    sms: "({ source: 'ACME' })",
  },
  // A template carousel card has the button indexes 0 and 1: the stages leave one free, named by `free`.
  templateCard: {
    button: "($free, 'QuickReply', { payload: 'p' })",
    quickReply: "($free, 'p')",
    url: "($free, 'u')",
    copyCode: "($free, 'X')",
  },
  // A registered template's and card's values are the stage's rows (registeredStages); these are its other steps'.
  registered: {
    button: "(9, 'QuickReply', { payload: 'p' })",
    card: "((c) => c.body('x'))",
    sms: "({ source: 'ACME' })",
  },
  registeredCard: {
    header: `({ image: ${URL} })`,
    body: "('Boots', '€89')",
    button: "(0, 'QuickReply', { payload: 'q' })",
    quickReply: "(0, 'q')",
    url: "(1, 'boots')",
    copyCode: "(1, 'X')",
  },
  interactive: {
    button: "('z', 'Z')",
    flow: "('Sign up', { flowId: 'f1', flowCta: 'Start' })",
    voiceCall: "('Talk to an agent')",
    product: "('sku-x')",
  },
  rcs: { card: "((c) => c.media('https://example.com/c.jpg'))" },
  factory: {
    flow: "('Sign up', { flowId: 'f1', flowCta: 'Start' })",
    voiceCall: "('Talk to an agent')",
    product: "({ catalogId: 'c1', productRetailerId: 'sku-1' })",
    callPermissionRequest: '()',
    requestContactInfo: '()',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Stages: `open` declares `s`, the stage, in a scope that `close` ends.

interface Stage {
  readonly name: string;
  readonly family: Family;
  readonly open: string;
  readonly close: string;
  /** Replaces `$free` in the family's arguments (a template card's free button index). */
  readonly free?: number;
  /** Sample arguments of this stage before its family's (a registered template's values). */
  readonly rows?: Readonly<Record<string, string | null>>;
}

const block = (name: string, family: Family, expression: string, free?: number): Stage => ({
  name,
  family,
  open: `{\n  const s = ${expression};`,
  close: '}',
  ...(free === undefined ? {} : { free }),
});

/**
 * A stage reached inside a builder's callback: `outer` holds `(c) => BODY`; `inner` is the stage from `c`, and the
 * callback returns `done` (a finished part made from `c`).
 */
const inCallback = (
  name: string,
  family: Family,
  outer: string,
  inner: string,
  done: string,
  free?: number,
): Stage => {
  const [before, after] = outer.split('BODY') as [string, string];
  return {
    name,
    family,
    open: `void ${before}{\n  const s = ${inner};`,
    close: `  return ${done};\n}${after};`,
    ...(free === undefined ? {} : { free }),
  };
};

const CONTENT: Readonly<Record<ContentType, readonly (readonly [string, string])[]>> = {
  text: [['text', ".text('Hi')"]],
  image: [['image', `.image(${URL})`]],
  audio: [['audio', ".audio('https://example.com/a.mp3')"]],
  video: [['video', ".video('https://example.com/a.mp4')"]],
  file: [['file', ".file('https://example.com/a.pdf')"]],
  location: [['location', '.location({ latitude: 1.28, longitude: 103.86 })']],
  interactive: [
    ['reply buttons', '.interactive(buttons)'],
    ['list', '.interactive(list)'],
    [
      'CTA URL',
      ".interactive(Interactive.ctaUrl('Your receipt', { displayText: 'View', url: 'https://example.com/r' }))",
    ],
    [
      'reply buttons with an image header',
      `.interactive(Interactive.buttons('Still on?').header({ image: { link: ${URL} } }).button('y', 'Yes'))`,
    ],
    ['flow', ".interactive(Interactive.flow('Sign up', { flowId: 'f1', flowCta: 'Start' }))"],
  ],
  template: [['template', ".template('order_update', 'en_US')"]],
  carousel: [['carousel', '.carousel(plans)']],
  richCard: [['rich card', '.richCard(card)']],
  buttons: [
    ['rich media', ".richMedia({ text: 'New', button: { caption: 'Open', url: 'https://example.com' } })"],
  ],
};

/** Template stages after `.template(…)` (the template chain's own families are the `templates` tests' too). */
const TEMPLATE_STEPS: readonly (readonly [string, string])[] = [
  ['', ''],
  [
    'a header, a body, a footer and a quick reply',
    ".header('Sale').body('A-1').footer('Acme').quickReply(0, 'a')",
  ],
  ['two Url buttons', ".url(0, 'a').url(1, 'b')"],
  ['10 cards', ".card((c) => c.body('x'))".repeat(10)],
  ['10 cards and a quick reply', `${".card((c) => c.body('x'))".repeat(10)}.quickReply(0, 'a')`],
  ['a delivery option', ".body('A-1').clientMessageId('c-1')"],
];

interface Routing {
  readonly name: string;
  readonly start: string;
  readonly channels: readonly Channel[];
  /** The content steps offered: the first channel's, or every one when 8x8 routes. */
  readonly carries: readonly ContentType[];
}

const PHONE = "Message.to('+6591234567')";
const PHONE_AND_USER = "Message.to('+15551234567', { channelUserId: 'US.1' })";
const ALL_CONTENT = Object.keys(CONTENT) as ContentType[];

function routings(): Routing[] {
  const result: Routing[] = [{ name: 'phone, 8x8 routes', start: PHONE, channels: [], carries: ALL_CONTENT }];
  for (const first of CHANNELS) {
    const later: Channel = first === 'WhatsApp' ? 'RCS' : 'WhatsApp';
    const laters: Channel[][] = first === 'SMS' ? [[], [later]] : [[], [later], [later, 'SMS'], ['SMS']];
    // The other lender later too (RCS after a first channel that is neither lender, both after one that is).
    if (first !== 'WhatsApp' && first !== 'RCS' && first !== 'SMS') laters.push(['RCS', 'SMS']);
    if (first !== 'WhatsApp' && first !== 'RCS') laters.push(['RCS', 'WhatsApp']);
    for (const rest of laters)
      result.push({
        name: `phone, ${[first, ...rest].join(' → ')}`,
        start: PHONE,
        channels: [first, ...rest],
        carries: CHANNEL_CAPABILITIES[first].carries,
      });
  }
  result.push({
    name: 'phone, six channels',
    start: PHONE,
    channels: ['Viber', 'SMS', 'Line', 'Zalo', 'WhatsApp', 'RCS'],
    carries: CHANNEL_CAPABILITIES.Viber.carries,
  });
  // A phone number with a WhatsApp channel user id beside it: 8x8 addresses the number, every channel stays open.
  for (const channels of [
    [],
    ['WhatsApp'],
    ['WhatsApp', 'SMS'],
    ['SMS'],
    ['Viber', 'WhatsApp'],
  ] as Channel[][])
    result.push({
      name: `phone and channel user id${channels.length ? `, ${channels.join(' → ')}` : ', 8x8 routes'}`,
      start: PHONE_AND_USER,
      channels,
      carries: channels.length ? CHANNEL_CAPABILITIES[channels[0]!].carries : ALL_CONTENT,
    });
  for (const [who, start, channel] of [
    ['LINE user', "Message.toLineUser('U1')", 'Line'],
    ['WhatsApp channel user', "Message.toChannelUser('US.1')", 'WhatsApp'],
  ] as const)
    for (const channels of [[], [channel]])
      result.push({
        name: `${who}${channels.length ? `, .${CHANNEL_STEPS[channel]}()` : ''}`,
        start,
        channels,
        carries: CHANNEL_CAPABILITIES[channel].carries,
      });
  return result;
}

/** The delivery options legal after any content. */
const DELIVERY_OPTIONS = [
  ".clientMessageId('c-1')",
  ".scheduled('2026-12-01T12:00:00Z')",
  ".expiry('2026-12-01T12:00:00Z')",
  ".dlrCallbackUrl('https://example.com/dlr')",
  ".extra({ content: { priority: 'high' } })",
  ".sms({ source: 'ACME' })",
  '.$if(true, (m) => m)',
];

function chainStages(): Stage[] {
  const stages: Stage[] = [];
  let optionTurn = 0;
  for (const routing of routings()) {
    const route = `${routing.start}${routing.channels.map((channel) => `.${CHANNEL_STEPS[channel]}()`).join('')}`;
    stages.push(block(`${routing.name}: before the content`, 'chain', route));
    const smsLater = routing.channels.slice(1).includes('SMS');
    for (const type of routing.carries)
      for (const [content, step] of CONTENT[type]) {
        const at = `${routing.name}: after the ${content}`;
        const chain = `${route}${step}`;
        if (type === 'template') {
          for (const [what, steps] of TEMPLATE_STEPS)
            stages.push(block(what ? `${at}, ${what}` : at, 'template', `${chain}${steps}`));
          if (smsLater)
            stages.push(block(`${at}, complete`, 'ready', `${chain}.body('A-1').fallbackText('See')`));
          continue;
        }
        stages.push(block(at, 'ready', chain));
        // One delivery option per stage, taken in turn: each option's return type is met on many routings.
        const option = DELIVERY_OPTIONS[optionTurn++ % DELIVERY_OPTIONS.length]!;
        stages.push(block(`${at}, ${option}`, 'ready', `${chain}${option}`));
        // The features, after the content a channel of the chain (or, without channel steps, of 8x8's) that supports
        // them carries: a reply context and Direct Send over WhatsApp, suggestions over RCS.
        const lends = (lender: Channel) => {
          const carried: readonly ContentType[] = CHANNEL_CAPABILITIES[lender].carries;
          return (
            carried.includes(type) &&
            (routing.channels.includes(lender) ||
              (routing.channels.length === 0 &&
                (routing.start === PHONE ||
                  routing.start === PHONE_AND_USER ||
                  (lender === 'WhatsApp' && routing.start.includes('toChannelUser')))))
          );
        };
        if (lends('WhatsApp')) {
          stages.push(
            block(`${at}, .replyTo(…)`, 'ready', `${chain}.replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc')`),
          );
          if (['text', 'reply buttons', 'CTA URL'].includes(content))
            stages.push(block(`${at}, .directSend()`, 'ready', `${chain}.directSend()`));
        }
        if (lends('RCS'))
          stages.push(block(`${at}, .suggestions(…)`, 'ready', `${chain}.suggestions(reply, reply)`));
        if (smsLater)
          stages.push(block(`${at}, complete`, 'ready', `${chain}.fallbackText('See https://example.com')`));
      }
  }
  return stages;
}

/**
 * With the fixture registry (test/fixtures/templates): a template of each kind (a text header, a media header, a
 * carousel, buttons of three sub-types) over WhatsApp, WhatsApp then SMS, and 8x8's routing (and to a WhatsApp channel
 * user, and a phone number with a channel user id, over WhatsApp), before its first part
 * and after each (in the order given), with a delivery option, and complete with the fallback text where SMS
 * follows; and a card of the carousel before and after each of its parts. The values fit the registered template,
 * taken in turn: a step's row at a stage is its next value (the button index not given yet).
 */
function registeredStages(): Stage[] {
  const image = `{ image: ${URL} }`;
  const templates: readonly {
    readonly name: string;
    readonly language: string;
    /** The parts in order: each step's name and values. */
    readonly parts: readonly (readonly [string, string])[];
  }[] = [
    {
      name: 'delivery_window',
      language: 'en_GB',
      parts: [
        ['header', "('A-1234')"],
        ['body', "('A-1234', '10:00–12:00')"],
      ],
    },
    {
      name: 'order_shipped',
      language: 'en_US',
      parts: [
        ['header', `(${image})`],
        ['body', "('Sam', 'A-1234', 'Friday')"],
        ['url', "(0, 'A-1234')"],
        ['quickReply', "(1, 'stop-updates')"],
      ],
    },
    {
      name: 'product_showcase',
      language: 'en_US',
      parts: [
        ['body', "('Sam')"],
        ['card', `((c) => c.header(${image}).body('Boots', '€89').url(1, 'boots'))`],
        ['card', `((c) => c.header(${image}).body('Jacket', '€120').url(1, 'jacket'))`],
      ],
    },
    {
      name: 'winter_collection_launch',
      language: 'en_US',
      parts: [
        ['header', "({ video: 'https://example.com/a.mp4' })"],
        ['body', "('Sam', 'WINTER25')"],
        ['copyCode', "(2, 'WINTER25')"],
        ['quickReply', "(0, 'show-me')"],
        ['quickReply', "(1, 'later')"],
      ],
    },
  ];
  const stages: Stage[] = [];
  const to = "Message.to('+15551234567')";
  for (const [route, routeName] of [
    [`${to}.whatsapp()`, 'WhatsApp'],
    [`${to}.whatsapp().sms()`, 'WhatsApp → SMS'],
    [to, '8x8 routes'],
    ["Message.toChannelUser('US.1')", 'WhatsApp channel user'],
    ["Message.toChannelUser('US.1').whatsapp()", 'WhatsApp channel user, .whatsapp()'],
    [
      "Message.to('+15551234567', { channelUserId: 'US.1' }).whatsapp()",
      'phone and channel user id, WhatsApp',
    ],
  ] as const)
    for (const { name, language, parts } of templates) {
      const chain = `${route}.template('${name}', '${language}')`;
      for (let given = 0; given <= parts.length; given++) {
        const steps = parts.slice(0, given).map(([step, values]) => `.${step}${values}`);
        const rows = nextValues(parts, given);
        const at = `${routeName}: registered ${name}${
          given
            ? `, after .${parts
                .slice(0, given)
                .map(([step]) => step)
                .join('.')}`
            : ''
        }`;
        // A step without a value left that fits (a part given, a button sub-type the template has no free index of,
        // a card where the template has no carousel or every card is given) is struck through and refused.
        stages.push({ ...block(at, 'registered', `${chain}${steps.join('')}`), rows });
        if (given === parts.length) {
          const option = `${chain}${steps.join('')}.clientMessageId('c-1')`;
          stages.push({ ...block(`${at}, a delivery option`, 'registered', option), rows });
          if (routeName === 'WhatsApp → SMS')
            stages.push({
              ...block(`${at}, complete`, 'ready', `${chain}${steps.join('')}.fallbackText('See')`),
              rows,
            });
        }
      }
    }
  // A card of the carousel: an image header, two body values, button 0 a QuickReply, 1 a Url.
  const cardParts: readonly (readonly [string, string])[] = [
    ['header', `(${image})`],
    ['body', "('Boots', '€89')"],
    ['url', "(1, 'boots')"],
    ['quickReply', "(0, 'q')"],
  ];
  for (let given = 0; given <= cardParts.length; given++) {
    const rows = nextValues(cardParts, given);
    const steps = cardParts.slice(0, given).map(([step, values]) => `.${step}${values}`);
    stages.push({
      ...inCallback(
        `registered product_showcase, a card${
          given
            ? ` after .${cardParts
                .slice(0, given)
                .map(([step]) => step)
                .join('.')}`
            : ''
        }`,
        'registeredCard',
        `${to}.whatsapp().template('product_showcase', 'en_US').body('Sam').card((c) => BODY)`,
        `c${steps.join('')}`,
        `c.header(${image}).body('Boots', '€89').url(1, 'boots')`,
      ),
      rows,
    });
  }
  return stages;
}

/**
 * The value each step takes next, once the first `given` parts are given: its first part not given yet (none once
 * all its parts are given); `.button(…)` takes the first button not given yet, written with its sub-type.
 */
function nextValues(parts: readonly (readonly [string, string])[], given: number): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const [step, values] of [...parts.slice(given)].reverse()) rows[step] = values;
  const button = parts.slice(given).find(([step]) => step in BUTTON_FORMS);
  if (button) {
    const [, index, value] = /^\((\d+), '(.*)'\)$/.exec(button[1])!;
    rows['button'] = `(${index}, ${BUTTON_FORMS[button[0]]!.replace('$', value!)})`;
  }
  return rows;
}

const BUTTON_FORMS: Readonly<Record<string, string>> = {
  quickReply: "'QuickReply', { payload: '$' }",
  url: "'Url', { text: '$' }",
  copyCode: "'CopyCode', { couponCode: '$' }",
};

const repeat = (count: number, step: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => step(i)).join('');

function partStages(): Stage[] {
  const stages: Stage[] = [
    block('Message', 'factory', 'Message'),
    block('Interactive', 'factory', 'Interactive'),
    block('RichCard', 'factory', 'RichCard'),
    block('Carousel', 'factory', 'Carousel'),
    block('Suggestion', 'factory', 'Suggestion'),
  ];
  for (const count of [0, 1, 2, 3])
    stages.push(
      block(
        `reply buttons, ${count}`,
        'interactive',
        `Interactive.buttons('Still on?')${repeat(count, (i) => `.button('b${i}', 'B${i}')`)}`,
      ),
    );
  stages.push(
    block(
      'reply buttons, 3 and a media header',
      'interactive',
      `Interactive.buttons('Still on?').button('a', 'A').header({ image: { link: ${URL} } }).button('b', 'B').button('c', 'C')`,
    ),
  );
  const list = "Interactive.list('Pick', { button: 'Slots' })";
  for (const [name, steps] of [
    ['', ''],
    ['a section', ".section('Am')"],
    ['a row', ".row('a', 'A')"],
    ['a section and a row', ".section('Am').row('a', 'A')"],
    ['9 rows', repeat(9, (i) => `.row('r${i}', 'R${i}')`)],
    ['10 rows', repeat(10, (i) => `.row('r${i}', 'R${i}')`)],
    ['10 sections of a row', repeat(10, (i) => `.section('S${i}').row('r${i}', 'R${i}')`)],
    [
      '9 sections of a row and a section',
      `${repeat(9, (i) => `.section('S${i}').row('r${i}', 'R${i}')`)}.section('S9')`,
    ],
  ] as const)
    stages.push(block(`list${name ? `, ${name}` : ''}`, 'interactive', `${list}${steps}`));
  const products = "Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' })";
  for (const [name, steps] of [
    ['', ''],
    ['a section', ".section('Shirts')"],
    ['a product', ".product('p')"],
    ['a section and a product', ".section('Shirts').product('p')"],
    ['29 products', repeat(29, (i) => `.product('p${i}')`)],
    ['30 products', repeat(30, (i) => `.product('p${i}')`)],
    ['10 sections of a product', repeat(10, (i) => `.section('S${i}').product('p${i}')`)],
  ] as const)
    stages.push(block(`product list${name ? `, ${name}` : ''}`, 'interactive', `${products}${steps}`));
  for (const [name, part] of [
    ['CTA URL', "Interactive.ctaUrl('Your receipt', { displayText: 'View', url: 'https://example.com/r' })"],
    [
      'CTA URL, a header and a footer',
      "Interactive.ctaUrl('Your receipt', { displayText: 'View', url: 'https://example.com/r' }).header('Receipt').footer('Acme')",
    ],
    ['flow', "Interactive.flow('Sign up', { flowId: 'f1', flowCta: 'Start' })"],
    ['voice call', "Interactive.voiceCall('Talk to an agent')"],
    ['product', "Interactive.product({ catalogId: 'c1', productRetailerId: 'sku-1' })"],
    ['product, a body', "Interactive.product({ catalogId: 'c1', productRetailerId: 'sku-1' }).body('Shirt')"],
    ['call permission request', 'Interactive.callPermissionRequest()'],
    ['request contact info, a body', "Interactive.requestContactInfo().body('Share your details')"],
    ['location request', "Interactive.locationRequest('Where should we deliver?')"],
  ] as const)
    stages.push(block(name, 'interactive', part));
  for (const shape of ['vertical', 'horizontal'] as const)
    for (const count of [0, 1, 3, 4])
      stages.push(
        block(
          `${shape} rich card, ${count} suggestions`,
          'rcs',
          `RichCard.${shape}()${'.suggestion(reply)'.repeat(count)}`,
        ),
      );
  stages.push(
    block(
      'horizontal rich card, 4 suggestions, an alignment and media',
      'rcs',
      `RichCard.horizontal()${'.suggestion(reply)'.repeat(4)}.thumbnailImageAlignment('left').media(${URL})`,
    ),
  );
  for (const count of [0, 1, 9, 10])
    stages.push(
      block(
        `carousel, ${count} cards`,
        'rcs',
        `Carousel.small()${`.card((c) => c.media(${URL}))`.repeat(count)}`,
      ),
    );
  for (const count of [0, 1, 3, 4])
    stages.push(
      inCallback(
        `carousel card, ${count} suggestions`,
        'rcs',
        'Carousel.small().card((c) => BODY)',
        `c${'.suggestion(reply)'.repeat(count)}`,
        `c.media(${URL})`,
      ),
    );
  stages.push(
    inCallback(
      'carousel card, 4 suggestions and a title',
      'rcs',
      'Carousel.small().card((c) => BODY)',
      `c${'.suggestion(reply)'.repeat(4)}.title('Plus')`,
      `c.media(${URL})`,
    ),
  );
  // A template carousel card, on each family of template stages that takes one.
  for (const [route, name] of [
    [`${PHONE}.whatsapp()`, 'WhatsApp'],
    [`${PHONE}.whatsapp().sms()`, 'WhatsApp → SMS'],
    [`${PHONE}.viber()`, 'Viber'],
  ] as const)
    for (const [what, inner, free] of [
      ['', 'c', 0],
      ['a button at index 1', "c.url(1, 'b')", 0],
      ['a button at index 0 and a body', "c.quickReply(0, 'a').body('x')", 1],
      ['both buttons', "c.quickReply(0, 'a').url(1, 'b')", 0],
      ['both buttons and a header', "c.button(0, 'Url', { text: 'a' }).quickReply(1, 'b').header('Sale')", 0],
    ] as const)
      stages.push(
        inCallback(
          `template carousel card (${name})${what ? `, ${what}` : ''}`,
          'templateCard',
          `${route}.template('showcase', 'en').card((c) => BODY)`,
          inner,
          'c',
          free,
        ),
      );
  return stages;
}

// ---------------------------------------------------------------------------------------------------------------
// The run, per program (the registry changes `.template(…)` for every file of a program, so its stages have one of
// their own): one language service over the completion probes, then the snippets. Stages whose `s` has the same type
// (printed in full), family and free index have the same completion and the same verdicts: one of them, the first,
// is probed and called for the group.

interface Entry {
  readonly name: string;
  readonly deprecated: boolean;
}

interface Snippet {
  readonly stage: Stage;
  readonly entry: Entry;
  /** 1-based: the call's line. */
  readonly line: number;
}

/** The call of `name` with its sample arguments at `stage`, or undefined when the table has none. */
function callOf(stage: Stage, name: string): string | undefined {
  const family = FAMILY_ARGS[stage.family];
  const args =
    stage.rows && name in stage.rows ? stage.rows[name] : name in family ? family[name] : ARGS[name];
  if (args === undefined) return undefined;
  const written = args === null ? '' : args.replace('$free', String(stage.free));
  return `.${name}${written}`;
}

interface Program {
  readonly name: string;
  readonly stages: readonly Stage[];
  /** Files besides the probes and the snippets (the registry), by name, given the library's specifier. */
  readonly others: (from: string) => Readonly<Record<string, string>>;
  dir: string;
  service: ts.LanguageService;
  /** Each group's first stage, and the group. */
  readonly groups: Map<Stage, Stage[]>;
  readonly completions: Map<Stage, Entry[]>;
  readonly snippets: Snippet[];
  snippetText: string;
  probeText: string;
  readonly positions: Map<Stage, number>;
  otherFiles: Readonly<Record<string, string>>;
}

const program = (
  name: string,
  stages: readonly Stage[],
  others: Program['others'] = () => ({}),
): Program => ({
  name,
  stages,
  others,
  dir: '',
  service: undefined as unknown as ts.LanguageService,
  groups: new Map(),
  completions: new Map(),
  snippets: [],
  snippetText: '',
  probeText: '',
  positions: new Map(),
  otherFiles: {},
});

const PROGRAMS: readonly Program[] = [
  program('without a registry', [...chainStages(), ...partStages()]),
  program('with a template registry', registeredStages(), (from) => ({
    'whatsapp-templates.generated.mts': renderTemplateRegistry(registry, { module: from }),
  })),
];

let library = '';
/** One document registry for every service of the run: the default libraries and declarations are parsed once. */
const documents = ts.createDocumentRegistry();
const COMPLETIONS = 'completions.mts';
const SNIPPETS = 'refusals.mts';

async function prepare(run: Program): Promise<void> {
  run.dir = join(work, run.name.replace(/\W+/g, '-'));
  mkdirSync(run.dir, { recursive: true });
  const from = specifierFrom(run.dir, library);
  const head = prelude(from);
  run.otherFiles = run.others(from);
  const files = new Map<string, string>(
    Object.entries(run.otherFiles).map(([file, text]) => [join(run.dir, file), text]),
  );
  // Completion: each stage's `s.` at the end of a line of its own.
  const probe: string[] = [...head];
  const lengthOf = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);
  let offset = lengthOf(probe);
  const at = new Map<Stage, number>();
  for (const stage of run.stages) {
    const lines = [stage.open, '  s.', stage.close];
    at.set(stage, offset + stage.open.length + 1 + '  s.'.length);
    probe.push(...lines);
    offset += lengthOf(lines);
  }
  run.probeText = probe.join('\n');
  files.set(join(run.dir, COMPLETIONS), run.probeText);
  let service = createProbeService(files, run.dir, documents);
  // The groups: `s`'s type at each stage, printed in full, with the family and free index its calls read.
  const checker = service.getProgram()!.getTypeChecker();
  const source = service.getProgram()!.getSourceFile(join(run.dir, COMPLETIONS))!;
  const byKey = new Map<string, Stage>();
  for (const stage of run.stages) {
    const token = at.get(stage)! - 1;
    const node = findIdentifier(source, token);
    const type = checker.typeToString(
      checker.getTypeAtLocation(node),
      undefined,
      ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType,
    );
    const key = `${stage.family} ${stage.free} ${JSON.stringify(stage.rows ?? {})} ${type}`;
    const first = byKey.get(key);
    if (first) run.groups.get(first)!.push(stage);
    else {
      byKey.set(key, stage);
      run.groups.set(stage, [stage]);
      run.positions.set(stage, at.get(stage)!);
    }
  }
  for (const stage of run.groups.keys()) {
    const info = service.getCompletionsAtPosition(join(run.dir, COMPLETIONS), at.get(stage)!, {});
    run.completions.set(
      stage,
      (info?.entries ?? []).map((entry) => ({
        name: entry.name,
        deprecated: (entry.kindModifiers ?? '').split(',').includes('deprecated'),
      })),
    );
  }
  // Snippets: each entry's call on the line after `s`.
  const lines: string[] = [...head];
  for (const stage of run.groups.keys()) {
    lines.push(...stage.open.split('\n'));
    for (const entry of run.completions.get(stage)!) {
      const call = callOf(stage, entry.name);
      if (call === undefined) continue;
      lines.push('  void s');
      lines.push(`    ${call};`);
      run.snippets.push({ stage, entry, line: lines.length });
    }
    lines.push(...stage.close.split('\n'));
  }
  run.snippetText = lines.join('\n');
  files.delete(join(run.dir, COMPLETIONS));
  files.set(join(run.dir, SNIPPETS), run.snippetText);
  service = createProbeService(files, run.dir, documents);
  run.service = service;
}

/** The identifier that ends at `end` (the stage's `s` before its dot). */
function findIdentifier(source: ts.SourceFile, end: number): ts.Node {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.pos > end || node.end < end) return;
    if (ts.isIdentifier(node) && node.end === end) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no identifier ends at ${end}`);
  return found;
}

beforeAll(async () => {
  library = await emitLibraryDeclarations(join(work, 'lib'));
  for (const run of PROGRAMS) await prepare(run);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(PROGRAMS)('completion agrees with the diagnostics, $name', (run) => {
  it('TypeScript 7 (language service, through its API) offers the same entries, marked alike', async () => {
    writeFileSync(join(run.dir, COMPLETIONS), run.probeText);
    for (const [file, text] of Object.entries(run.otherFiles)) writeFileSync(join(run.dir, file), text);
    const config = join(run.dir, 'completions.tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({ compilerOptions: OPTIONS, files: [COMPLETIONS, ...Object.keys(run.otherFiles)] }),
    );
    const api = new API({ cwd: run.dir });
    const differ: string[] = [];
    try {
      const snapshot = await api.updateSnapshot({ openProjects: [config] });
      const { checker } = snapshot.getProjects()[0]!;
      for (const [stage, position] of run.positions) {
        const info = await checker.getCompletionsAtPosition(join(run.dir, COMPLETIONS), position, {});
        // TypeScript 7 gives no kind modifiers here: a deprecated member's sort text starts with `z`.
        const seven = (info?.entries ?? []).map(
          (entry) => `${entry.name}${(entry.sortText ?? '').startsWith('z') ? ' (struck through)' : ''}`,
        );
        const six = run.completions
          .get(stage)!
          .map((entry) => `${entry.name}${entry.deprecated ? ' (struck through)' : ''}`);
        if (seven.sort().join() !== six.sort().join())
          differ.push(`${stage.name}: TS 7 ${seven.join(', ')} | TS 6 ${six.join(', ')}`);
      }
    } finally {
      await api.close();
    }
    expect(differ).toEqual([]);
  }, 120_000);

  it('every stage offers completion, and every entry has sample arguments', () => {
    const missing = new Set<string>();
    for (const [stage, entries] of run.completions) {
      expect(entries.length, `${stage.name}: completion is offered`).toBeGreaterThan(0);
      for (const entry of entries)
        if (callOf(stage, entry.name) === undefined) missing.add(`${stage.family} ${entry.name}`);
    }
    expect([...missing]).toEqual([]);
    console.info(
      `${run.name}: ${run.stages.length} stages of ${run.groups.size} types, ${run.snippets.length} calls`,
    );
  });

  it('TypeScript 6 (language service)', () => {
    const file = join(run.dir, SNIPPETS);
    const source = run.service.getProgram()!.getSourceFile(file)!;
    const errors = [
      ...run.service.getSyntacticDiagnostics(file),
      ...run.service.getSemanticDiagnostics(file),
    ].map((diagnostic) => ({
      line: source.getLineAndCharacterOfPosition(diagnostic.start!).line + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
    expect(disagreements(run, errors)).toEqual([]);
  }, 120_000);

  it('TypeScript 7 (tsc)', async () => {
    writeFileSync(join(run.dir, SNIPPETS), run.snippetText);
    for (const [file, text] of Object.entries(run.otherFiles)) writeFileSync(join(run.dir, file), text);
    writeFileSync(
      join(run.dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: OPTIONS, files: [SNIPPETS, ...Object.keys(run.otherFiles)] }),
    );
    const { errors } = await tsc7Refusals(run.dir);
    expect(disagreements(run, errors)).toEqual([]);
  }, 120_000);
});

/**
 * The two forms a refused step's error takes, each with the rule as early as TypeScript allows (docs/channels.md, "How
 * a refusal looks in the editor"): the argument typed as the rule, or a step without a call signature named for it.
 */
const RULE_FIRST =
  /^(Argument of type '.*' is not assignable to parameter of type '"✗ |This expression is not callable\.\n\s*Type '(Refused|RefusedCall)<"✗ )/;

/** Each snippet whose errors do not match its entry's mark, and any error outside a call's line. */
function disagreements(run: Program, errors: readonly Pick<RefusalError, 'line' | 'message'>[]): string[] {
  const byLine = new Map<number, string[]>();
  for (const { line, message } of errors) byLine.set(line, [...(byLine.get(line) ?? []), message]);
  const found: string[] = [];
  for (const { stage, entry, line } of run.snippets) {
    const messages = byLine.get(line) ?? [];
    byLine.delete(line);
    const unmarked = `${entry.name} is offered unmarked but refused: ${messages.join(' | ')}`;
    if (!entry.deprecated && messages.length > 0) found.push(`${stage.name}: .${unmarked}`);
    if (entry.deprecated && !messages.some((message) => RULE_FIRST.test(message)))
      found.push(
        `${stage.name}: .${entry.name} is struck through but ${messages.length ? `its error does not lead with the rule: ${messages.join(' | ')}` : 'compiles'}`,
      );
  }
  for (const [line, messages] of byLine) found.push(`line ${line}, not a call's: ${messages.join(' | ')}`);
  return found;
}
