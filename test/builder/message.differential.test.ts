// The message chain against parseMessage, from JavaScript: every step of a generated chain receives values the types
// would refuse (other letter cases, numbers written as strings, wrong types, NaN, class instances, getters, extra
// keys, values over a limit), and the request the chain describes is written beside it by hand. build() must make
// exactly what parseMessage makes of that request, or throw a ValidationError with exactly its issues; and what the
// caller changes in its own objects after handing them in must not change what the chain builds.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import { type ContentType, canCarry, supports } from '../../src/channels.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { LIMITS } from '../../src/limits.js';
import { parseMessage } from '../../src/wire/index.js';
import { TEMPLATE_BUTTON_SUBTYPES } from '../../src/wire/template.js';

// biome-ignore lint/suspicious/noExplicitAny: the chain is driven as JavaScript drives it.
type Loose = any;
type Wire = Record<string, unknown>;

class Instance {
  readonly value = 'x';
}

/** Values a JavaScript caller may hand any step. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Hi',
      'quickreply',
      'QUICKREPLY',
      'url',
      'copycode',
      'FLOW',
      'voicecall',
      'Bogus',
      'delivered',
      'READ',
      'sent',
      'Accepted',
      'auto',
      'UNICODE',
      'text',
      ' 30 ',
      '60',
      '600',
      '1e2',
      '-0',
      '0x10',
      '1.5',
      '+3',
      '0',
      '1',
      '10',
      '2026-12-03T10:00:00Z',
      '2026-12-03T10:00:00',
      'https://example.com/a.jpg',
      'ftp://example.com/a.jpg',
      'en',
      'ACME',
      '+6591234567',
      '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      'x'.repeat(LIMITS.message.clientMessageIdMaxLength + 1),
      'x'.repeat(LIMITS.message.smsSourceMaxLength + 1),
      'x'.repeat(LIMITS.viber.buttonCaptionMaxLength + 1),
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 100_000 }) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      true,
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1n,
      Symbol('s'),
      () => 1,
    ),
  },
  {
    weight: 2,
    // Made anew for each use: no two chains (or a chain and the request written beside it) share one.
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => new Date(0),
        () => new Map([['a', 1]]),
        () => new Instance(),
        () => ({}),
        () => [],
        () => ['60', 'READ'],
        () => ({ nested: { latitude: '1' } }),
        () => {
          const cycle: Record<string, unknown> = { text: 'Hi' };
          cycle['self'] = cycle;
          return cycle;
        },
        () => ({
          get text() {
            return 'from a getter';
          },
        }),
        () => ({
          get text(): string {
            throw new Error('no text today');
          },
        }),
      )
      .map((make) => make()),
  },
);

const https = fc.constantFrom('https://example.com/a.jpg', 'https://www.example.com/p/jacket.mp4');
/** Values each field takes that 8x8 accepts, many written leniently (other letter cases, numbers as strings). */
const GOOD: Record<string, fc.Arbitrary<unknown>> = {
  msisdn: fc.constantFrom('+6591234567', '6591234567'),
  country: fc.constantFrom('SG', 'sg'),
  channelUserId: fc.constant(undefined),
  fallbackAfter: fc.constantFrom<unknown>(60, '60', ' 30 ', '1e2', 900),
  successStatus: fc.constantFrom('delivered', 'READ', 'Sent', 'accepted', 'Accepted'),
  text: fc.constantFrom('Hi', 'Your order shipped'),
  url: https,
  image: https,
  thumbnail: https,
  filesize: fc.constantFrom<unknown>(1024, '1024'),
  duration: fc.constantFrom<unknown>(12, '3.5', ' 7 '),
  latitude: fc.constantFrom<unknown>(1.28, '1.28', ' -33.9 '),
  longitude: fc.constantFrom<unknown>('103.86', 18.4),
  name: fc.constantFrom('Marina Bay', 'first_name'),
  address: fc.constant('1 Bayfront Ave'),
  caption: fc.constant('Open'),
  templateName: fc.constantFrom('offer', 'order_update'),
  language: fc.constantFrom('en', 'en_US'),
  index: fc.constantFrom<unknown>(0, 1, '2', ' 3 ', 9),
  subType: fc.constantFrom(
    'QuickReply',
    'quickreply',
    'URL',
    'Url',
    'copycode',
    'CopyCode',
    'flow',
    'VoiceCall',
    'voicecall',
  ),
  payload: fc.constantFrom('yes', 'no'),
  couponCode: fc.constant('SAVE10'),
  screen: fc.constant('WELCOME'),
  data: fc
    .constantFrom<() => unknown>(
      () => ({ id: '7' }),
      () => ({ nested: { n: '1' } }),
    )
    .map((make) => make()),
  ttlMinutes: fc.constantFrom<unknown>(60, '60', ' 1440 '),
  encoding: fc.constantFrom('auto', 'AUTO', 'unicode', 'GSM7'),
  source: fc.constant('ACME'),
  fallbackText: fc.constantFrom('See the app', 'Hi'),
  clientMessageId: fc.constant('id-1'),
  scheduled: fc
    .constantFrom<() => unknown>(
      () => '2026-12-03T10:00:00Z',
      () => new Date(1_800_000_000_000),
    )
    .map((make) => make()),
  expiry: fc.constant('2026-12-04T10:00:00+08:00'),
  dlrCallbackUrl: fc.constant('https://example.com/dlr'),
  replyTo: fc.constant('3fa85f64-5717-4562-b3fc-2c963f66afa6'),
  ttlSeconds: fc.constantFrom<unknown>(600, '600', ' 3600 '),
};

/** A value for `key`: mostly one 8x8 accepts, sometimes any value a JavaScript caller may hand in. */
function field(key: string): fc.Arbitrary<unknown> {
  const good = GOOD[key];
  if (good === undefined) throw new Error(`no good values for ${key}`);
  return fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: value });
}

/** A record whose keys are set to odd values, each key present or not, plus sometimes an extra key. */
function fields<const K extends string>(keys: readonly K[]) {
  return fc
    .tuple(
      fc.tuple(...keys.map((key) => fc.option(field(key), { nil: undefined }))),
      fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'type'), value), { nil: undefined, freq: 12 }),
    )
    .map(([values, extra]) => {
      const record: Record<string, unknown> = {};
      keys.forEach((key, index) => {
        if (values[index] !== undefined) record[key] = values[index];
      });
      if (extra !== undefined)
        Object.defineProperty(record, extra[0], {
          value: extra[1],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return record;
    });
}

/** A step and what it adds to the request the chain describes. */
interface Step {
  readonly apply: (chain: Loose) => Loose;
  readonly write: (wire: Wire) => void;
}

const content = (wire: Wire) => wire['content'] as Wire;
const setIn = (record: Wire, key: string, item: unknown) => {
  if (item !== undefined) record[key] = item;
};

const CHANNEL_STEPS = {
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  rcs: 'RCS',
  viber: 'Viber',
  line: 'Line',
  facebook: 'Facebook',
  wechat: 'WeChat',
  zalo: 'Zalo',
  instagram: 'Instagram',
} as const;

const routes = fc.uniqueArray(
  fc.tuple(
    fc.constantFrom(...(Object.keys(CHANNEL_STEPS) as (keyof typeof CHANNEL_STEPS)[])),
    fields(['fallbackAfter', 'successStatus']),
  ),
  { maxLength: 3, selector: ([step]) => step },
);

/** A location, sometimes with its numbers written as strings. */
const location = fc.oneof(
  { weight: 1, arbitrary: value },
  { weight: 2, arbitrary: fields(['latitude', 'longitude', 'name', 'address']) },
  fc
    .record({
      latitude: fc.constantFrom<unknown>(1.28, '1.28', ' -33.9 ', '91'),
      longitude: fc.constantFrom<unknown>('103.86', 18.4, '181'),
    })
    .map((l) => l as Record<string, unknown>),
);

function contentSteps(): fc.Arbitrary<Step & { readonly type: string }> {
  return fc.oneof(
    field('text').map((text) => ({
      type: 'text',
      apply: (chain: Loose) => chain.text(text),
      write: (wire: Wire) => {
        wire['content'] = { text };
      },
    })),
    fc.tuple(field('url'), fields(['text', 'thumbnail'])).map(([url, options]) => ({
      type: 'image',
      apply: (chain: Loose) => chain.image(url, options),
      write: (wire: Wire) => {
        const image: Wire = {};
        setIn(image, 'thumbnail', options['thumbnail']);
        const made: Wire = { url };
        setIn(made, 'text', options['text']);
        if (Object.keys(image).length > 0) made['image'] = image;
        wire['content'] = made;
      },
    })),
    fc.tuple(field('url'), fields(['text', 'thumbnail', 'filesize', 'duration'])).map(([url, options]) => ({
      type: 'video',
      apply: (chain: Loose) => chain.video(url, options),
      write: (wire: Wire) => {
        const video: Wire = {};
        for (const key of ['thumbnail', 'filesize', 'duration']) setIn(video, key, options[key]);
        const made: Wire = { url };
        setIn(made, 'text', options['text']);
        if (Object.keys(video).length > 0) made['video'] = video;
        wire['content'] = made;
      },
    })),
    fc.tuple(field('url'), fields(['duration'])).map(([url, options]) => ({
      type: 'audio',
      apply: (chain: Loose) => chain.audio(url, options),
      write: (wire: Wire) => {
        const audio: Wire = {};
        setIn(audio, 'duration', options['duration']);
        wire['content'] = { url, ...(Object.keys(audio).length > 0 ? { audio } : {}) };
      },
    })),
    fc.tuple(field('url'), fields(['text'])).map(([url, options]) => ({
      type: 'file',
      apply: (chain: Loose) => chain.file(url, options),
      write: (wire: Wire) => {
        const made: Wire = { url };
        setIn(made, 'text', options['text']);
        wire['content'] = made;
      },
    })),
    location.map((where) => ({
      type: 'location',
      apply: (chain: Loose) => chain.location(where),
      write: (wire: Wire) => {
        wire['content'] = { location: where };
      },
    })),
    fc
      .tuple(
        fc.option(field('text'), { nil: undefined }),
        fc.option(field('image'), { nil: undefined }),
        fc.option(fields(['caption', 'url']), { nil: undefined }),
      )
      .map(([text, image, button]) => ({
        type: 'buttons',
        apply: (chain: Loose) => chain.richMedia({ text, image, button }),
        write: (wire: Wire) => {
          const made: Wire = {};
          setIn(made, 'text', text);
          setIn(made, 'url', image);
          made['button'] =
            button === undefined ? undefined : { caption: button['caption'], action: button['url'] };
          wire['content'] = made;
        },
      })),
    fc
      .tuple(
        field('templateName'),
        field('language'),
        fc.array(fc.oneof(header(), body(), button(), card()), { maxLength: 5 }),
      )
      .map(([name, language, components]) => ({
        type: 'template',
        apply: (chain: Loose) =>
          components.reduce((at: Loose, component) => component.apply(at), chain.template(name, language)),
        write: (wire: Wire) => {
          wire['content'] = { template: { name, language } };
          for (const component of components) component.write(wire);
        },
      })),
  );
}

const FIXTURES = new URL('../fixtures/requests/', import.meta.url);
/** The parts (interactive, rich cards, carousels, suggestions) of the fixtures, as JSON text. */
const PART_TEXTS = readdirSync(FIXTURES)
  .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as { content?: Wire })
  .flatMap((request) =>
    (['interactive', 'richCard', 'carousel'] as const).flatMap((key) =>
      request.content?.[key] === undefined ? [] : [{ key, text: JSON.stringify(request.content[key]) }],
    ),
  );
const SUGGESTION_TEXTS = readdirSync(FIXTURES).flatMap((name) => {
  const request = JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as { content?: Wire };
  return ((request.content?.['suggestions'] as unknown[] | undefined) ?? []).map((item) =>
    JSON.stringify(item),
  );
});

/**
 * A part as JavaScript might hand it in: each string in another letter case and each number written as a string,
 * now and then (8x8 reads enums in any case and numbers as strings; ids and texts stay as they are to 8x8, which
 * may make the part invalid: then both must say so alike).
 */
function lenient(text: string): fc.Arbitrary<unknown> {
  return fc.infiniteStream(fc.integer({ min: 0, max: 9 })).map((dice) => {
    const roll = dice[Symbol.iterator]();
    const next = () => roll.next().value as number;
    const walk = (item: unknown): unknown => {
      if (Array.isArray(item)) return item.map(walk);
      if (typeof item === 'object' && item !== null)
        return Object.fromEntries(Object.entries(item).map(([key, field]) => [key, walk(field)]));
      const die = next();
      if (typeof item === 'string' && die === 0) return item.toUpperCase();
      if (typeof item === 'string' && die === 1) return item.toLowerCase();
      if (typeof item === 'number' && die < 4) return die === 0 ? ` ${item} ` : String(item);
      return item;
    };
    return walk(JSON.parse(text));
  });
}

const partSteps: fc.Arbitrary<Step & { readonly type: string }> = fc
  .constantFrom(...PART_TEXTS)
  .chain(({ key, text }) =>
    lenient(text).map((part) => ({
      type: key,
      apply: (chain: Loose) => chain[key](part),
      write: (wire: Wire) => {
        wire['content'] = { [key]: part };
      },
    })),
  );

const suggestions = fc.array(
  fc.constantFrom(...SUGGESTION_TEXTS).chain((text) => lenient(text)),
  { minLength: 1, maxLength: 3 },
);

function components(wire: Wire): unknown[] {
  const template = content(wire)['template'] as Wire;
  template['components'] ??= [];
  return template['components'] as unknown[];
}

/** A header value in any of its shapes, or not. */
const headerValue = fc.oneof(
  field('text'),
  location.map((where) => ({ location: where })),
  fc
    .tuple(fc.constantFrom('image', 'gif', 'video', 'document'), field('url'))
    .map(([key, url]) => ({ [key]: url })),
  fc.tuple(fc.constantFrom('foo', 'type'), value).map(([key, item]) => ({ [key]: item })),
);

function headerParameter(value: unknown): unknown {
  if (typeof value === 'string') return { type: 'text', text: value };
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Wire;
  if ('location' in record) return { type: 'location', location: record['location'] };
  for (const key of ['image', 'gif', 'video', 'document']) {
    if (key in record) return { type: key, url: record[key] };
  }
  return record;
}

function textParameter(text: unknown): unknown {
  return typeof text === 'string'
    ? { type: 'text', text }
    : {
        type: 'text',
        name: (text as Wire | null | undefined)?.['name'],
        text: (text as Wire | null | undefined)?.['text'],
      };
}

const textValue = fc.oneof(field('text'), fields(['name', 'text']));

/** Sub-types of a template's button, and of a carousel card's. */
const CARD_BUTTON_SUBTYPES = ['QuickReply', 'Url', 'CopyCode'] as const;

/**
 * The sub-type a button's parameters are made for: the caller's, in the spelling of the sub-types where the button
 * goes when it is one of them in another letter case (8x8 reads it so).
 */
function spelled(subType: unknown, known: readonly string[]): unknown {
  return typeof subType === 'string'
    ? (known.find((name) => name.toLowerCase() === subType.toLowerCase()) ?? subType)
    : subType;
}

function buttonParameters(subType: unknown, parameter: unknown): unknown[] {
  const known = (TEMPLATE_BUTTON_SUBTYPES as readonly unknown[]).includes(subType);
  if (known && typeof parameter !== 'object' && parameter !== undefined) return [parameter];
  const record = (parameter ?? {}) as Wire;
  switch (subType) {
    case 'QuickReply':
      return 'text' in record
        ? [{ type: 'text', text: record['text'] }]
        : [{ type: 'payload', payload: record['payload'] }];
    case 'Url':
      return [{ type: 'text', text: record['text'] }];
    case 'CopyCode':
      return [{ type: 'couponCode', couponCode: record['couponCode'] }];
    case 'Flow': {
      const flowActionData: Wire = {};
      setIn(flowActionData, 'screen', record['screen']);
      setIn(flowActionData, 'data', record['data']);
      return Object.keys(flowActionData).length === 0
        ? [{ type: 'action' }]
        : [{ type: 'action', flowActionData }];
    }
    case 'VoiceCall':
      return Object.keys(record).flatMap((key): unknown[] => {
        if (key === 'payload' && record['payload'] !== undefined)
          return [{ type: 'payload', payload: record['payload'] }];
        if (key === 'ttlMinutes' && record['ttlMinutes'] !== undefined)
          return [{ type: 'ttlMinutes', ttlMinutes: record['ttlMinutes'] }];
        return [];
      });
    default:
      return [];
  }
}

function buttonComponent(
  index: unknown,
  subType: unknown,
  parameter: unknown,
  known: readonly string[],
): unknown {
  const parameters = buttonParameters(spelled(subType, known), parameter);
  return parameters.length === 0
    ? { type: 'button', subType, index }
    : { type: 'button', subType, index, parameters };
}

const buttonArguments = fc.tuple(
  fc.oneof(field('index'), fc.integer({ min: -1, max: 11 })),
  field('subType'),
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.option(fields(['text', 'payload', 'couponCode', 'screen', 'data', 'ttlMinutes']), {
        nil: undefined,
      }),
    },
    { weight: 1, arbitrary: value },
  ),
);

function header(): fc.Arbitrary<Step> {
  return headerValue.map((at) => ({
    apply: (chain: Loose) => chain.header(at),
    write: (wire: Wire) => {
      components(wire).push({ type: 'header', parameters: [headerParameter(at)] });
    },
  }));
}

function body(): fc.Arbitrary<Step> {
  return fc.array(textValue, { maxLength: 3 }).map((texts) => ({
    apply: (chain: Loose) => chain.body(...texts),
    write: (wire: Wire) => {
      components(wire).push({ type: 'body', parameters: texts.map(textParameter) });
    },
  }));
}

function button(): fc.Arbitrary<Step> {
  return buttonArguments.map(([index, subType, parameter]) => ({
    apply: (chain: Loose) => chain.button(index, subType, parameter),
    write: (wire: Wire) => {
      components(wire).push(buttonComponent(index, subType, parameter, TEMPLATE_BUTTON_SUBTYPES));
    },
  }));
}

/** A carousel card: its steps, and the card components they make. */
function card(): fc.Arbitrary<Step> {
  const cardStep = fc.oneof(
    headerValue.map((at) => ({
      apply: (c: Loose) => c.header(at),
      made: () => ({ type: 'header', parameters: [headerParameter(at)] }),
    })),
    fc.array(textValue, { maxLength: 2 }).map((texts) => ({
      apply: (c: Loose) => c.body(...texts),
      made: () => ({ type: 'body', parameters: texts.map(textParameter) }),
    })),
    buttonArguments.map(([index, subType, parameter]) => ({
      apply: (c: Loose) => c.button(index, subType, parameter),
      made: () => buttonComponent(index, subType, parameter, CARD_BUTTON_SUBTYPES),
    })),
  );
  return fc.array(cardStep, { maxLength: 3 }).map((steps) => ({
    apply: (chain: Loose) => chain.card((c: Loose) => steps.reduce((at: Loose, step) => step.apply(at), c)),
    write: (wire: Wire) => {
      const list = components(wire);
      let carousel = list.find((component) => (component as Wire)['type'] === 'carousel') as Wire | undefined;
      if (carousel === undefined) {
        carousel = { type: 'carousel', cards: [] };
        list.push(carousel);
      }
      const cards = carousel['cards'] as unknown[];
      cards.push({ cardIndex: cards.length, components: steps.map((step) => step.made()) });
    },
  }));
}

/** Options set after the content, each at most once, in this order. */
const optionSteps = fc.record(
  {
    sms: fields(['encoding', 'source']),
    fallbackText: field('fallbackText'),
    clientMessageId: field('clientMessageId'),
    scheduled: field('scheduled'),
    expiry: field('expiry'),
    dlrCallbackUrl: field('dlrCallbackUrl'),
    replyTo: field('replyTo'),
    directSend: fc.option(fields(['ttlSeconds']), { nil: undefined }),
    suggestions,
  },
  { requiredKeys: [] },
);

const plans = fc.record({
  to: field('msisdn'),
  toOptions: fields(['country', 'channelUserId']),
  routes,
  content: fc.oneof({ weight: 4, arbitrary: contentSteps() }, { weight: 1, arbitrary: partSteps }),
  options: optionSteps,
});

type Plan = typeof plans extends fc.Arbitrary<infer P> ? P : never;

function dateTime(at: unknown): unknown {
  return at instanceof Date ? at.toISOString() : at;
}

/** The chain of a plan, or undefined for a plan whose chain-only rules (not parseMessage's) would apply. */
function chainOf(plan: Plan): Loose {
  let chain: Loose = Message.to(plan.to as string, plan.toOptions);
  for (const [step, options] of plan.routes) chain = chain[step](options);
  chain = plan.content.apply(chain);
  const { options } = plan;
  if ('sms' in options) chain = chain.sms(options.sms);
  if ('fallbackText' in options) chain = chain.fallbackText(options.fallbackText);
  if ('clientMessageId' in options) chain = chain.clientMessageId(options.clientMessageId);
  if ('scheduled' in options) chain = chain.scheduled(options.scheduled);
  if ('expiry' in options) chain = chain.expiry(options.expiry);
  if ('dlrCallbackUrl' in options) chain = chain.dlrCallbackUrl(options.dlrCallbackUrl);
  if ('replyTo' in options) chain = chain.replyTo(options.replyTo);
  if ('directSend' in options) chain = chain.directSend(options.directSend);
  if (options.suggestions !== undefined) chain = chain.suggestions(...options.suggestions);
  return chain;
}

/** The request the plan's chain describes, written by hand. */
function wireOf(plan: Plan): Wire {
  const user: Wire = { msisdn: plan.to };
  setIn(user, 'country', plan.toOptions['country']);
  setIn(user, 'channelUserId', plan.toOptions['channelUserId']);
  const wire: Wire = { user };
  const { options } = plan;
  const made: Wire = {};
  plan.content.write(made);
  const body = made['content'] as Wire;
  if (options.sms !== undefined) {
    const sms: Wire = {};
    setIn(sms, 'encoding', options.sms['encoding']);
    setIn(sms, 'source', options.sms['source']);
    if (Object.keys(sms).length > 0) body['sms'] = sms;
  }
  if ('fallbackText' in options) body['fallbackText'] = options.fallbackText;
  if (options.clientMessageId !== undefined) wire['clientMessageId'] = options.clientMessageId;
  wire['type'] = plan.content.type;
  wire['content'] = body;
  if ('directSend' in options) {
    const directSend: Wire = { category: 'utility' };
    setIn(directSend, 'ttlSeconds', options.directSend?.['ttlSeconds']);
    body['whatsApp'] = { directSend };
  }
  if (options.suggestions !== undefined) body['suggestions'] = options.suggestions;
  if (options.scheduled !== undefined) wire['scheduled'] = dateTime(options.scheduled);
  if (options.expiry !== undefined) wire['expiry'] = dateTime(options.expiry);
  if (options.dlrCallbackUrl !== undefined) wire['dlrCallbackUrl'] = options.dlrCallbackUrl;
  if (plan.routes.length > 0) {
    wire['channels'] = plan.routes.map(([step, routeOptions]) => {
      const route: Wire = { channel: CHANNEL_STEPS[step] };
      setIn(route, 'fallbackAfter', routeOptions['fallbackAfter']);
      setIn(route, 'successStatus', routeOptions['successStatus']);
      return route;
    });
  }
  if ('replyTo' in options) wire['context'] = { umid: options.replyTo };
  return wire;
}

/** Whether the chain's own rules (those parseMessage does not have) apply to the plan: such plans are skipped. */
function chainRulesApply(plan: Plan): boolean {
  const { options } = plan;
  if (
    plan.routes.length === 0 &&
    ('replyTo' in options || 'directSend' in options || 'suggestions' in options)
  )
    return true;
  // A feature whose channels in the chain cannot carry the content (parseMessage only asks for one in the chain).
  const channels = plan.routes.map(([step]) => CHANNEL_STEPS[step]);
  const features = [
    ['replyTo', 'context'],
    ['directSend', 'directSend'],
    ['suggestions', 'suggestions'],
  ] as const;
  for (const [option, feature] of features) {
    if (!(option in options)) continue;
    const able = channels.filter((channel) => supports(channel, feature));
    if (able.length > 0 && !able.some((channel) => canCarry(channel, plan.content.type as ContentType)))
      return true;
  }
  const sms = plan.routes.findIndex(([step]) => step === 'sms');
  return plan.content.type !== 'text' && sms > 0 && options.fallbackText === undefined;
}

function outcome(run: () => unknown): { built: unknown } | { issues: unknown } {
  try {
    return { built: JSON.parse(JSON.stringify(run())) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { issues: error.issues };
  }
}

/** Changes every object and array reachable from `input` (the caller's own objects, after the call). */
function mutate(input: unknown, seen = new Set<object>()): void {
  if (typeof input !== 'object' || input === null || seen.has(input)) return;
  seen.add(input);
  if (Array.isArray(input)) {
    for (const item of input) mutate(item, seen);
    input.push('pushed later');
    return;
  }
  if (input instanceof Date) {
    input.setTime(86_400_000);
    return;
  }
  for (const key of Object.keys(input)) {
    const descriptor = Object.getOwnPropertyDescriptor(input, key);
    if (descriptor === undefined || !('value' in descriptor)) continue;
    mutate(descriptor.value, seen);
    (input as Wire)[key] = typeof descriptor.value === 'object' ? descriptor.value : 'changed later';
  }
  (input as Wire)['addedLater'] = 'x';
}

describe('message chain against parseMessage, from JavaScript', () => {
  it('build() makes what parseMessage makes of the same request, or throws its issues', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        fc.pre(!chainRulesApply(plan));
        let wire: Wire;
        try {
          wire = wireOf(plan);
        } catch {
          // A getter that throws when the step reads it: the step names itself instead of the path.
          expect(() => chainOf(plan).build()).toThrow(ValidationError);
          return;
        }
        const expected = outcome(() => parseMessage(wire));
        const chain = outcome(() => chainOf(plan).build());
        expect(chain).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("the caller's objects changed after each step do not change what the chain builds", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        fc.pre(!chainRulesApply(plan));
        let chain: Loose;
        try {
          chain = chainOf(plan);
        } catch (error) {
          // A step that could not read its argument said so at once: nothing kept to change.
          if (error instanceof ValidationError) return;
          throw error;
        }
        const before = outcome(() => chain.build());
        // The request written beside the chain holds the caller's own objects as they were handed in.
        mutate(wireOf(plan));
        expect(outcome(() => chain.build())).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("message chain: a value that is not plain JSON is not the caller's any more after the step", () => {
  // The step keeps a copy that breaks the same rule at the same place, instead of the caller's object: mending the
  // object afterwards does not make the chain build a message from what the caller changed.
  const template = () => (Message.to('+6591234567').whatsapp() as Loose).template('t', 'en');
  const issuesOf = (chain: Loose) => (outcome(() => chain.build()) as { issues?: unknown }).issues;
  const flowData = 'content.template.components[0].parameters[0].flowActionData.data';

  it('a circular reference, broken afterwards', () => {
    const data: Record<string, unknown> = { a: 1 };
    data['self'] = data;
    const chain = template().flow(0, { screen: 'S', data });
    delete data['self'];
    expect(issuesOf(chain)).toEqual([
      { path: `${flowData}.self`, message: 'must not contain a circular reference' },
    ]);
  });

  it('a getter that throws at the step, and reads fine afterwards', () => {
    let ready = false;
    const where = {
      latitude: 1,
      longitude: 2,
      get name() {
        if (!ready) throw new Error('not yet');
        return 'Marina Bay';
      },
    };
    const chain = (Message.to('+6591234567').whatsapp() as Loose).location(where);
    ready = true;
    expect(issuesOf(chain)).toEqual([
      { path: 'content.location.name', message: 'could not be read: not yet' },
    ]);
  });

  it('an array over the guard, shortened afterwards', () => {
    const items: unknown[] = Array.from({ length: LIMITS.guards.arrayMaxItems + 1 }, () => 'x');
    const chain = template().flow(0, { screen: 'S', data: { items } });
    items.length = 1;
    expect(issuesOf(chain)).toContainEqual({
      path: `${flowData}.items`,
      message: `must have at most 100,000 items, got ${LIMITS.guards.arrayMaxItems + 1}`,
    });
  });

  it('a class instance made plain afterwards', () => {
    const when = new Date(0);
    const chain = (Message.to('+6591234567').whatsapp() as Loose).location({
      latitude: 1,
      longitude: 2,
      name: when,
    });
    Object.setPrototypeOf(when, Object.prototype);
    expect(issuesOf(chain)).toEqual([
      { path: 'content.location.name', message: 'must be a plain JSON object, got Date' },
    ]);
  });

  it('a cycle in a hand-written interactive part, broken afterwards', () => {
    const rows: unknown[] = [{ id: 'a', title: 'A' }];
    rows.push(rows);
    const chain = (Message.to('+6591234567').whatsapp() as Loose).interactive({
      type: 'list',
      body: { text: 'Pick one' },
      action: { button: 'Open', sections: [{ title: 'S', rows }] },
    });
    rows.pop();
    expect(issuesOf(chain)).toEqual([
      {
        path: 'content.interactive.action.sections[0].rows[1]',
        message: 'must not contain a circular reference',
      },
    ]);
  });
});
