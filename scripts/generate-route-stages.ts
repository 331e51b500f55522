// Writes src/builder/route-stages.ts, the stages of the message chain after its first channel step and after its
// content, from the channel capability table (CHANNEL_CAPABILITIES in src/channels.ts) and the channel steps
// (CHANNEL_STEPS in src/builder/message-rules.ts). Completion marks a member deprecated per declaration, so every stage
// must redeclare each step it refuses: hundreds of near-identical lines that only the tables decide. The rules
// themselves stay in message-rules.ts; the stages only name them. test/builder/route-stages.test.ts fails when the
// committed file differs from what this script writes.
//
// Usage: npm run generate:route-stages            (rewrites the file)
//        npm run generate:route-stages -- --check (exits 1 when the file is stale, writes nothing)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNEL_STEPS } from '../src/builder/message-rules.js';
import {
  CHANNEL_CAPABILITIES,
  CHANNELS,
  type Channel,
  type ChannelFeature,
  type ContentType,
} from '../src/channels.js';

/** The repository root. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The generated file, relative to the repository root. */
export const ROUTE_STAGES_PATH = 'src/builder/route-stages.ts';
export const GENERATE_COMMAND = 'npm run generate:route-stages';

/** The content steps in RouteStep's order (message-steps.ts), each with its content type and its noun in the notes. */
const CONTENT_STEPS: readonly { readonly step: string; readonly type: ContentType; readonly noun: string }[] =
  [
    { step: 'text', type: 'text', noun: 'text messages' },
    { step: 'image', type: 'image', noun: 'images' },
    { step: 'video', type: 'video', noun: 'videos' },
    { step: 'audio', type: 'audio', noun: 'audio messages' },
    { step: 'file', type: 'file', noun: 'files' },
    { step: 'location', type: 'location', noun: 'locations' },
    { step: 'richMedia', type: 'buttons', noun: 'Viber rich media' },
    { step: 'interactive', type: 'interactive', noun: 'interactive messages' },
    { step: 'template', type: 'template', noun: 'templates' },
    { step: 'richCard', type: 'richCard', noun: 'rich cards' },
    { step: 'carousel', type: 'carousel', noun: 'carousels' },
  ];

/** Each first channel's stage: its name in prose, and the number and the step after it in its example. */
const FIRST: Record<Channel, { readonly name: string; readonly to: string; readonly next: string }> = {
  SMS: { name: 'SMS', to: '+6591234567', next: "text('Your code is 482910')" },
  WhatsApp: { name: 'WhatsApp', to: '+6591234567', next: "template('order_update', 'en_US').body('A-1234')" },
  Facebook: { name: 'Facebook', to: '+6591234567', next: "image('https://www.example.com/a.jpg')" },
  RCS: { name: 'RCS', to: '+10000000000', next: "text('See you tomorrow')" },
  Viber: { name: 'Viber', to: '+380501234567', next: "text('New arrivals are in store')" },
  Line: { name: 'LINE', to: '+66812345678', next: "text('Your parcel is ready')" },
  WeChat: { name: 'WeChat', to: '+8613812345678', next: "text('Your booking is confirmed')" },
  Zalo: { name: 'Zalo', to: '+84912345678', next: "text('Your order has shipped')" },
  Instagram: { name: 'Instagram', to: '+6591234567', next: "text('Thanks for following us')" },
};

/** The recipients reached over one channel only: their stage before and after that channel. */
const ONE_CHANNEL = [
  {
    recipient: 'lineUser',
    channel: 'Line',
    step: 'LineUserStep',
    route: 'LineUserRoute',
    start: "Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')",
    next: "text('Your coupon is ready')",
  },
  {
    recipient: 'channelUser',
    channel: 'WhatsApp',
    step: 'ChannelUserStep',
    route: 'ChannelUserRoute',
    start: "Message.toChannelUser('US.13491208655302741918')",
    next: "text('Hello from Acme support.')",
  },
] as const;

const stepOf = (channel: Channel) => CHANNEL_STEPS[channel];
/** A channel's name in type names: as written, an all-capital name capitalised (`RCS` → `Rcs`). */
const stageName = (channel: Channel) =>
  channel === channel.toUpperCase() ? `${channel[0]}${channel.slice(1).toLowerCase()}` : channel;
const firstRoute = (channel: Channel) => `${stageName(channel)}FirstRoute`;
const smsRoute = (channel: Channel) => `${stageName(channel)}SmsRoute`;
const laterRoute = (channel: Channel) => `${stageName(channel)}LaterRoute`;
const laterContent = (channel: Channel) => `${stageName(channel)}LaterContent`;
const longRoute = (channel: Channel) => `${stageName(channel)}LongRoute`;
const laterMixin = (channel: Channel) => `${stageName(channel)}StepLegal`;
const repeatedMixin = (channel: Channel) => `${stageName(channel)}StepRepeated`;
const docsMixin = (channel: Channel) => `${stageName(channel)}StepDocs`;
const contentPart = (channel: Channel, lent: readonly Channel[] = []) =>
  `${stageName(channel)}Content${lent.length === 0 ? '' : `Lent${lent.map(stageName).join('')}`}`;
const laterContentLent = (channel: Channel, lent: readonly Channel[]) =>
  `${stageName(channel)}LaterContent${lent.length === 0 ? '' : `Lent${lent.map(stageName).join('')}`}`;
/** The routing of `first` with the channels `lent` following it (`Relayed` in message-rules.ts). */
const relayed = (first: Channel, lent: readonly Channel[]) => [first, ...lent].join('+');
/**
 * The sets of later channels that can lend `first` features it lacks: WhatsApp (reply context, Direct Send), RCS
 * (suggestions), both; none for the first channel itself.
 */
const lenderSets = (first: Channel): Channel[][] => {
  const others = LENDERS.filter((lender) => lender !== first);
  return others.length === 2 ? [[others[0]!], [others[1]!], others] : others.map((lender) => [lender]);
};

/**
 * The largest set of channels with a stage of its own (see {@link setStages}); a channel step beyond it leads to the
 * generic stage (`LaterRoutes`).
 */
const SET_MAX = 4;

/** The channels of a set in CHANNELS order, so that each set has one name and one key. */
const inOrder = (channels: readonly Channel[]) => CHANNELS.filter((channel) => channels.includes(channel));
/** A set's key in `ChannelSets`: its channels in CHANNELS order, joined by `+` (`'SMS+RCS+Viber'`). */
const setKey = (channels: readonly Channel[]) => inOrder(channels).join('+');
/** A set's channel steps: `ChannelsSmsRcsViber`. */
const setStage = (channels: readonly Channel[]) => `Channels${inOrder(channels).map(stageName).join('')}`;
/** The stage once `channels` are in the chain, `first` (a type) the first of them. */
function laterStage(first: string, channels: readonly Channel[]): string {
  const alias = channels.includes('SMS') ? 'LaterStageSms' : 'LaterStage';
  return `${alias}<${first}, '${setKey(channels)}'>`;
}

/** The content steps `channel` cannot carry. */
const refusedContent = (channel: Channel) => {
  const carries: readonly ContentType[] = CHANNEL_CAPABILITIES[channel].carries;
  return CONTENT_STEPS.filter(({ type }) => !carries.includes(type));
};

/** A list in prose: 'a', 'a and b', 'a, b and c'. */
function both(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A channel step's options: its `successStatus` one of the statuses the channel reports (`SuccessStatusOf`). */
const optionsOf = (channel: Channel) =>
  channel === 'SMS' ? `RouteOptions<'SMS'> & SmsSettings` : `RouteOptions<'${channel}'>`;

/** A channel step that is legal on a stage: a plain call returning `next`. */
function channelStep(channel: Channel, next: string): string[] {
  return [`  readonly ${stepOf(channel)}: (options?: ${optionsOf(channel)}) => ${next};`];
}

/** A channel step already in the chain: deprecated, typed as its rule (each channel once). */
function repeatedStep(channel: Channel, first: boolean): string[] {
  const where = first ? ' (the first channel)' : '';
  return [
    `  /** @deprecated Refused: ${FIRST[channel].name} is already in the chain${where}; each channel appears once. */`,
    `  readonly ${stepOf(channel)}: Refused<ChannelOnce<'${channel}', '${channel}'>>;`,
  ];
}

/** The channels used, as a type: `'RCS' | 'SMS'`. */
const union = (channels: readonly Channel[]) => channels.map((channel) => `'${channel}'`).join(' | ');

/**
 * The content steps `channel` cannot carry, deprecated and typed as their rule: the first channel's, or, for a
 * recipient reached over `channel` only, the recipient's (no other channel to start with).
 */
function contentMarks(channel: Channel, recipient?: (typeof ONE_CHANNEL)[number]['recipient']): string[] {
  return refusedContent(channel).flatMap(({ step, type, noun }) =>
    recipient === undefined
      ? [
          `  /** @deprecated Refused: ${FIRST[channel].name}, the first channel, cannot carry ${noun}. */`,
          `  readonly ${step}: RefusedCall<ContentAllowed<'${channel}', '${type}'>>;`,
        ]
      : [
          `  /** @deprecated Refused: this recipient is reached over ${FIRST[channel].name} only, which cannot carry ${noun}. */`,
          `  readonly ${step}: RefusedCall<ContentAllowed<'${recipient}', '${type}'>>;`,
        ],
  );
}

/**
 * `.text(…)` on a stage of `routing`, declared with the stage it leads to: ContentSteps' `.text` with the routing
 * known (`ReadyFor<F, false, true>`, text can go by Direct Send), written out so that the checker resolves no rule
 * for it (~30 instantiations for each first channel of a program). test/types/message.ts pins it equal to
 * RouteStep's; its documentation is ContentSteps'.
 */
function textStep(routing: string): string[] {
  const channel =
    CHANNELS.find((name) => name === routing) ??
    ONE_CHANNEL.find(({ recipient }) => recipient === routing)?.channel;
  if (channel !== undefined && !CHANNEL_CAPABILITIES[channel].carries.includes('text')) return [];
  const { refused, directSend } = refusedBy(routing === 'auto' ? 'auto:text' : routing);
  const family = directSend ? familyOf(refused) : familyOf([...refused, 'directSend']);
  const stage = family === "'open'" ? 'ReadyStep' : `Ready${family.slice(1, -1)}`;
  return [
    `  readonly text: <Text extends string>(text: Text extends '' ? EmptyMessageText : Text) => ${stage}<'${routing === 'auto' ? 'auto:text' : routing}', false, true>;`,
  ];
}

function docComment(lines: readonly string[]): string[] {
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

function example(imports: string, code: readonly string[]): string[] {
  return ['@example', '```ts', `import { ${imports} } from '8x8-chatapps';`, '', ...code, '```'];
}

function firstRouteStage(first: Channel): string[] {
  const { name, to, next } = FIRST[first];
  const steps = refusedContent(first).map(({ step }) => `\`.${step}\``);
  const stage = firstRoute(first);
  return [
    ...docComment([
      `The channel and content steps once ${name} is the first channel: ${both(steps)}, which ${name} cannot`,
      `carry, and \`.${stepOf(first)}()\` are refused and struck through in completion.`,
      '',
      ...example(`Message, type ${stage}`, [
        `const route: ${stage} = Message.to('${to}').${stepOf(first)}();`,
        `route.${next};`,
      ]),
      '@internal',
    ]),
    `export interface ${stage} extends RouteStep<'phone', '${first}', '${first}', '${first}', '${first}'> {`,
    ...CHANNELS.flatMap((channel) =>
      channel === first
        ? repeatedStep(channel, true)
        : channelStep(
            channel,
            channel === 'SMS' ? smsRoute(first) : laterStage(`'${first}'`, [first, channel]),
          ),
    ),
    ...textStep(first),
    ...contentMarks(first),
    '}',
  ];
}

function smsRouteStage(first: Channel): string[] {
  const { name, to } = FIRST[first];
  const stage = smsRoute(first);
  return [
    ...docComment([
      `The chain once ${name} is the first channel and SMS follows it: as {@link ${firstRoute(first)}}, with \`.sms()\` struck`,
      'through too.',
      '',
      ...example(`Message, type ${stage}`, [
        `const route: ${stage} = Message.to('${to}').${stepOf(first)}().sms();`,
        "route.text('Your order has shipped');",
      ]),
      '@internal',
    ]),
    `export interface ${stage} extends RouteStep<'phone', '${first}', ${union([first, 'SMS'])}, '${first}', '${first}'> {`,
    ...CHANNELS.flatMap((channel) =>
      channel === first || channel === 'SMS'
        ? repeatedStep(channel, channel === first)
        : channelStep(channel, laterStage(`'${first}'`, [first, 'SMS', channel])),
    ),
    ...textStep(first),
    ...contentMarks(first),
    '}',
  ];
}

/**
 * The stage once another channel than the first and SMS is in the chain: which channel steps are refused depends on
 * the set used, so each channel step is one of two declarations (a mixin per channel), picked by whether the channel
 * is in `Used`; the content steps and the first channel's mark are the first channel's.
 */
function laterRouteStage(first: Channel): string[] {
  const { name, to } = FIRST[first];
  const stage = laterRoute(first);
  const other = CHANNELS.find((channel) => channel !== first && channel !== 'SMS')!;
  return [
    `/** The content steps once ${name} is the first channel: those ${name} cannot carry struck through. */`,
    `interface ${contentPart(first)}<Used extends Channel> extends ContentSteps<'${first}', Used> {`,
    ...textStep(first),
    ...contentMarks(first),
    '}',
    '',
    `/** The content steps of {@link ${stage}}, and its first channel struck through. */`,
    `interface ${laterContent(first)}<Used extends Channel> extends ${contentPart(first)}<Used> {`,
    ...repeatedStep(first, true),
    '}',
    '',
    ...lenderSets(first).flatMap((lent) => [
      `/** As {@link ${contentPart(first)}}, with ${lent.join(' and ')} later in the chain lending the message ${lent.length === 1 ? 'its' : 'their'} features. */`,
      `interface ${contentPart(first, lent)}<Used extends Channel> extends ContentSteps<'${relayed(first, lent)}', Used, '${relayed(
        first,
        lent.filter((lender) =>
          (CHANNEL_CAPABILITIES[lender].carries as readonly ContentType[]).includes('template'),
        ),
      )}'> {`,
      ...textStep(relayed(first, lent)),
      ...contentMarks(first),
      '}',
      '',
      `/** As {@link ${laterContent(first)}}, with ${lent.join(' and ')} later in the chain lending the message ${lent.length === 1 ? 'its' : 'their'} features. */`,
      `interface ${laterContentLent(first, lent)}<Used extends Channel> extends ${contentPart(first, lent)}<Used> {`,
      ...repeatedStep(first, true),
      '}',
      '',
    ]),
    ...docComment([
      `The chain once ${name} is the first channel and another channel than SMS follows it: as {@link ${firstRoute(first)}},`,
      'and every channel already in the chain (`Used`) is refused and struck through in completion (see {@link LaterRoute}).',
      '',
      ...example(`Message, type ${stage}`, [
        `const route: ${stage}<${union([first, other])}> = Message.to('${to}').${stepOf(first)}().${stepOf(other)}();`,
        `route.${first === 'SMS' ? '' : 'sms().'}text('Your order has shipped');`,
      ]),
      '@internal',
    ]),
    `export type ${stage}<Used extends Channel> = LaterRoute<'${first}', Used>;`,
    '',
    ...docComment([
      `The chain once ${name} is the first channel and more than ${SET_MAX} channels are in it: as {@link ${stage}}, each`,
      'channel step picked from two declarations by whether the channel is in `Used`.',
      '',
      ...example(`Message, type ${longRoute(first)}`, [
        `const route: ${longRoute(first)}<${union(longExample(first))}> = Message.to('${to}').${longExample(
          first,
        )
          .map((channel) => `${stepOf(channel)}()`)
          .join('.')};`,
        `route.${first === 'SMS' ? '' : 'sms().'}text('Your order has shipped');`,
      ]),
      '@internal',
    ]),
    `export type ${longRoute(first)}<Used extends Channel> = ${longContent(first)} &`,
    ...CHANNELS.filter((channel) => channel !== first).map(
      (channel, i, all) =>
        `  ('${channel}' extends Used ? ${repeatedMixin(channel)} : ${laterMixin(channel)}<'${first}', Used>)${i === all.length - 1 ? ';' : ' &'}`,
    ),
  ];
}

/** The content steps of `first`'s long route: the later content of the lenders in `Used`. */
function longContent(first: Channel): string {
  const pick = (lenders: readonly Channel[], lent: readonly Channel[]): string => {
    if (lenders.length === 0) return `${laterContentLent(first, lent)}<Used>`;
    const [lender, ...rest] = lenders;
    return `('${lender}' extends Used ? ${pick(rest, [...lent, lender!])} : ${pick(rest, lent)})`;
  };
  return pick(
    LENDERS.filter((lender) => lender !== first),
    [],
  );
}

/** A chain of more than SET_MAX channels, `first` first (SMS not among them). */
const longExample = (first: Channel) =>
  [first, ...CHANNELS.filter((channel) => channel !== first && channel !== 'SMS')].slice(0, SET_MAX + 1);

/** Each channel's two declarations on the later stages: legal (with RouteStep's documentation) and repeated. */
function channelMixins(channel: Channel, docs: ReadonlyMap<string, string>): string[] {
  const step = stepOf(channel);
  return [
    `/** \`.${step}()\`'s documentation, which the later stages' declarations of it inherit. */`,
    `interface ${docsMixin(channel)} {`,
    docs.get(step)!,
    `  readonly ${step}: (options?: ${optionsOf(channel)}) => unknown;`,
    '}',
    '',
    `/** \`.${step}()\` on a stage of more than ${SET_MAX} channels while ${FIRST[channel].name} is not in the chain. */`,
    `interface ${laterMixin(channel)}<F extends Channel, Used extends Channel> extends ${docsMixin(channel)} {`,
    `  readonly ${step}: (options?: ${optionsOf(channel)}) => LongRoutes<Used | '${channel}'>[F];`,
    '}',
    '',
    `/** \`.${step}()\` on a later stage once ${FIRST[channel].name} is in the chain. */`,
    `interface ${repeatedMixin(channel)} {`,
    ...repeatedStep(channel, false),
    '}',
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The stages once two channels or more are in the chain, one per set of channels: completion marks per declaration,
// so each set declares its own steps, and a stage that names the next one directly costs the checker no lookup.

/** Every set of two to SET_MAX channels, in CHANNELS order, smaller sets first. */
function channelSets(): Channel[][] {
  const sets: Channel[][] = [];
  for (let mask = 0; mask < 1 << CHANNELS.length; mask++) {
    const set = CHANNELS.filter((_, i) => (mask & (1 << i)) !== 0);
    if (set.length >= 2 && set.length <= SET_MAX) sets.push(set);
  }
  return sets.sort((a, b) => a.length - b.length);
}

/** The channel steps once `set` is in the chain: the channels in it struck through, the others lead on. */
function setStageDeclaration(set: readonly Channel[]): string[] {
  const legal = CHANNELS.filter((channel) => !set.includes(channel));
  const bases = [...set.map(repeatedMixin), ...legal.map(docsMixin)];
  return [
    `interface ${setStage(set)}${legal.length === 0 ? '' : '<F extends Channel>'} extends ${bases.join(', ')} {`,
    ...legal.map((channel) => {
      const next = [...set, channel];
      const stage = next.length > SET_MAX ? `LongRoutes<${union(inOrder(next))}>[F]` : laterStage('F', next);
      return `  readonly ${stepOf(channel)}: (options?: ${optionsOf(channel)}) => ${stage};`;
    }),
    '}',
  ];
}

function setStages(): string[] {
  const sets = channelSets();
  return [
    ...docComment([
      'The channel steps of the later stages by the set of channels in the chain (its key: the channels in',
      '{@link CHANNELS} order joined by `+`), `F` the first channel.',
      '',
      ...example('Message, type ChannelSets', [
        "const steps: ChannelSets<'RCS'>['RCS+Viber'] = Message.to('+10000000000').rcs().viber();",
        "steps.sms({ source: 'ACME' });",
      ]),
      '@internal',
    ]),
    'export interface ChannelSets<F extends Channel> {',
    ...sets.map(
      (set) => `  '${setKey(set)}': ${setStage(set)}${set.length === CHANNELS.length ? '' : '<F>'};`,
    ),
    '}',
    '',
    ...docComment([
      'The chain once `F` is the first channel and the channels of `Used` are in it: the stage of that set of',
      `channels ({@link LaterStage}, {@link LaterStageSms}), or once more than ${SET_MAX} channels are in the chain the`,
      'stage that picks each channel step by whether the channel is in `Used`. The chain itself names the stage of',
      'each set; this lookup serves {@link RouteStep} and the other types written with a union of channels.',
      '',
      ...example('LaterRoute, LaterStageSms', [
        "const same: LaterRoute<'RCS', 'RCS' | 'SMS' | 'Viber'> extends LaterStageSms<'RCS', 'SMS+RCS+Viber'> ? true : false = true;",
      ]).map((line) => line.replace('import { LaterRoute', 'import type { LaterRoute')),
      '@internal',
    ]),
    'export type LaterRoute<F extends Channel, Used extends Channel> =',
    '  SetKey<Used> extends infer Key extends keyof ChannelSets<Channel>',
    "    ? 'SMS' extends Used",
    '      ? LaterStageSms<F, Key>',
    '      : LaterStage<F, Key>',
    '    : LongRoutes<Used>[F];',
    '',
    "/** A set of channels' key in {@link ChannelSets}: its channels in CHANNELS order, joined by `+`. */",
    'type SetKey<Used extends Channel> = WithoutLeadingPlus<`' +
      CHANNELS.map((channel) => `\${'${channel}' extends Used ? '+${channel}' : ''}`).join('') +
      '`>;',
    '',
    `type WithoutLeadingPlus<Key extends string> = Key extends \`+\${infer Rest}\` ? Rest : Key;`,
    '',
    ...docComment([
      `The stage of each first channel once more than ${SET_MAX} channels are in the chain.`,
      '',
      ...example('LongRoutes, RcsLongRoute', [
        `const same: LongRoutes<${union(longExample('RCS'))}>['RCS'] extends RcsLongRoute<${union(longExample('RCS'))}> ? true : false = true;`,
      ]).map((line) => line.replace('import { LongRoutes', 'import type { LongRoutes')),
      '@internal',
    ]),
    'export interface LongRoutes<Used extends Channel> {',
    ...CHANNELS.map((channel) => `  ${channel}: ${longRoute(channel)}<Used>;`),
    '}',
    '',
    ...docComment([
      'The chain once `F` is the first channel and the channels of `Channels` (a key of {@link ChannelSets}), SMS not',
      'among them, are in the chain: the content steps `F` cannot carry and every channel step already used are',
      'struck through in completion.',
      '',
      ...example('Message, type LaterStage', [
        "const route: LaterStage<'RCS', 'RCS+Viber'> = Message.to('+10000000000').rcs().viber();",
        "route.sms().text('See you tomorrow');",
      ]),
      '@internal',
    ]),
    'export type LaterStage<F extends Channel, Channels extends keyof ChannelSets<Channel>> = LaterContents[SetLenders[Channels]][F] &',
    '  ChannelSets<F>[Channels];',
    '',
    ...docComment([
      'As {@link LaterStage}, with SMS among the channels of `Channels`: a content SMS cannot carry needs a fallback',
      'text.',
      '',
      ...example('Message, type LaterStageSms', [
        "const route: LaterStageSms<'RCS', 'SMS+RCS+Viber'> = Message.to('+10000000000').rcs().sms().viber();",
        "route.image('https://example.com/a.jpg').fallbackText('See https://example.com/a');",
      ]),
      '@internal',
    ]),
    'export type LaterStageSms<F extends Channel, Channels extends keyof ChannelSets<Channel>> = LaterContentsSms[SetLenders[Channels]][F] &',
    '  ChannelSets<F>[Channels];',
    '',
    '/** The channels of each set (a key of {@link ChannelSets}) that can lend a first channel features: WhatsApp, RCS. */',
    'interface SetLenders {',
    ...sets.map(
      (set) => `  '${setKey(set)}': '${lendersKey(set.filter((channel) => LENDERS.includes(channel)))}';`,
    ),
    '}',
    '',
    ...(['', 'Sms'] as const).flatMap((sms) => [
      `/** The content steps of each first channel on the later stages, SMS ${sms === '' ? 'not ' : ''}in the chain, by the lenders in the set. */`,
      `interface LaterContents${sms} {`,
      ...LENDER_KEYS.map(
        (lent) =>
          `  '${lendersKey(lent)}': { ${CHANNELS.map(
            (channel) =>
              `${channel}: ${contentPart(
                channel,
                lent.filter((lender) => lender !== channel),
              )}<${sms === '' ? `'${channel}'` : union(inOrder([channel, 'SMS']))}>`,
          ).join('; ')} };`,
      ),
      '}',
      '',
    ]),
    ...sets.flatMap((set) => ['', ...setStageDeclaration(set)]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// After the content: the features the routing refuses (reply context, suggestions, Direct Send) struck through.

type Feature = 'replyTo' | 'suggestions' | 'directSend';

/** The stages after the content by the features they refuse; `open` refuses none (ReadyStep itself). */
const FAMILIES: readonly {
  readonly name: string;
  readonly refused: readonly Feature[];
  readonly example: string;
}[] = [
  {
    name: 'NotDirect',
    refused: ['directSend'],
    example: "Message.to('+6591234567').image('https://example.com/a.jpg')",
  },
  {
    name: 'NoSuggestions',
    refused: ['suggestions'],
    example: "Message.to('+6591234567').whatsapp().text('Hi')",
  },
  {
    name: 'NoSuggestionsNotDirect',
    refused: ['suggestions', 'directSend'],
    example: "Message.to('+6591234567').whatsapp().image('https://example.com/a.jpg')",
  },
  {
    name: 'NoReply',
    refused: ['replyTo', 'directSend'],
    example: "Message.to('+10000000000').rcs().text('Hi')",
  },
  {
    name: 'NoFeatures',
    refused: ['replyTo', 'suggestions', 'directSend'],
    example: "Message.to('+6591234567').sms().text('Hi')",
  },
];

/** The type of each feature step in ReadyStep, returning `next` (RouteStep's rule, unchanged). */
const FEATURE_STEP: Record<Feature, (next: string) => string> = {
  replyTo: (next) =>
    `  readonly replyTo: StepOrRefusal<FeatureAllowed<F, 'context', 'replies (.replyTo)'>, (umid: string) => ${next}>;`,
  suggestions: (next) =>
    `  readonly suggestions: StepOrRefusal<FeatureAllowed<F, 'suggestions', 'message suggestions'>, <const Parts extends readonly SuggestionPart[]>(...parts: SuggestionsWithin<Parts>) => ${next}>;`,
  directSend: (next) =>
    `  readonly directSend: StepOrRefusal<DirectSendAllowed<F, Direct>, (options?: { readonly ttlSeconds?: number }) => ${next}, 'no arguments'>;`,
};

const FEATURE_NOTE: Record<Feature, string> = {
  replyTo: 'Refused here: replies (`.replyTo`) go over WhatsApp only; its type is the rule.',
  suggestions: 'Refused here: message suggestions go over RCS only; its type is the rule.',
  // Stated in full: TypeScript 7's hover of the refused call shows this note, not the type.
  directSend:
    'Refused here: Direct Send goes over WhatsApp only (the first channel, a later one that carries the content, or the one channel of a WhatsApp channel user), is set once, and carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only.',
};

/** The family a Direct Send step leads to: the same, with Direct Send refused. */
function afterDirectSend(refused: readonly Feature[]): string {
  const key = [...new Set([...refused, 'directSend'])].sort().join();
  const family = FAMILIES.find((other) => [...other.refused].sort().join() === key);
  if (family === undefined) throw new Error(`no stage refuses ${key}`);
  return family.name;
}

/** A chain of each family whose fallback text is due. */
const DUE_EXAMPLES: Readonly<Record<string, string>> = {
  NotDirect: "Message.to('+6591234567').whatsapp().rcs().sms().image('https://example.com/a.jpg')",
  NoSuggestions:
    "Message.to('+6591234567').whatsapp().sms().interactive(Interactive.buttons('Still on?').button('y', 'Yes'))",
  NoSuggestionsNotDirect: "Message.to('+6591234567').whatsapp().sms().image('https://example.com/a.jpg')",
  NoReply: "Message.to('+10000000000').rcs().sms().image('https://example.com/a.jpg')",
  NoFeatures: "Message.to('+380501234567').viber().sms().image('https://example.com/a.jpg')",
};

function featureSteps(refused: readonly Feature[], self: string, afterDirect: string): string[] {
  return (['replyTo', 'suggestions', 'directSend'] as const).flatMap((feature) => [
    ...(refused.includes(feature) ? [`  /** @deprecated ${FEATURE_NOTE[feature]} */`] : []),
    FEATURE_STEP[feature](feature === 'directSend' ? afterDirect : self),
  ]);
}

function readyStage({ name, refused, example: chain }: (typeof FAMILIES)[number]): string[] {
  const stage = `Ready${name}`;
  const self = `${stage}<F, Pending, Direct>`;
  return [
    ...docComment([
      `A message with its content whose routing refuses ${both(refused.map((feature) => `\`.${feature}\``))}: as {@link ReadyStep},`,
      'with those steps struck through in completion (their type is the rule).',
      '',
      ...example(`Message, type ${stage}`, [
        `const ready = ${chain};`,
        "ready.clientMessageId('c-1').build();",
      ]),
      '@internal',
    ]),
    `export interface ${stage}<F extends Routing, Pending extends boolean | string, Direct extends boolean>`,
    '  extends ReadyStep<F, Pending, Direct> {',
    "  // No TSDoc on the steps below: editors and TypeDoc show ReadyStep's.",
    `  fallbackText(text: string): ${stage}<F, Pending extends string ? Pending : false, Direct>;`,
    `  sms(settings: SmsSettings): ${self};`,
    `  clientMessageId(id: string): ${self};`,
    `  scheduled(at: Date | string): ${self};`,
    `  expiry(at: Date | string): ${self};`,
    `  dlrCallbackUrl(url: string): ${self};`,
    `  extra(fields: ExtraFields): ${self};`,
    `  $if(condition: boolean, step: (builder: this) => ${self}): ${self};`,
    ...featureSteps(refused, self, `Ready${afterDirectSend(refused)}<F, Pending, false>`),
    '}',
  ];
}

function dueStage({ name, refused }: (typeof FAMILIES)[number]): string[] {
  const stage = `Due${name}`;
  const self = `${stage}<F, Direct>`;
  return [
    ...docComment([
      `A message whose fallback text is due and whose routing refuses ${both(refused.map((feature) => `\`.${feature}\``))}: as`,
      '{@link FallbackTextDue}, with those steps struck through in completion too.',
      '',
      ...example(`${name === 'NoSuggestions' ? 'Interactive, ' : ''}Message, type ${stage}`, [
        `const due = ${DUE_EXAMPLES[name]};`,
        "due.fallbackText('See https://example.com/a').build();",
      ]),
      '@internal',
    ]),
    `export interface ${stage}<F extends Routing, Direct extends boolean> extends FallbackTextDue<F, Direct> {`,
    "  // No TSDoc on the steps below: editors and TypeDoc show ReadyStep's.",
    `  fallbackText(text: string): Ready${name}<F, false, Direct>;`,
    `  sms(settings: SmsSettings): ${self};`,
    `  clientMessageId(id: string): ${self};`,
    `  scheduled(at: Date | string): ${self};`,
    `  expiry(at: Date | string): ${self};`,
    `  dlrCallbackUrl(url: string): ${self};`,
    `  extra(fields: ExtraFields): ${self};`,
    `  $if(condition: boolean, step: (builder: this) => ${self}): ${self};`,
    ...featureSteps(refused, self, `Due${afterDirectSend(refused)}<F, false>`),
    '}',
  ];
}

/**
 * The channels that lend a message the features of the chain step after the content (reply context, suggestions,
 * Direct Send) when a later channel: message-rules.ts spells its `Relayed` routings with these two.
 */
const LENDERS = (CHANNELS as readonly Channel[]).filter((channel) =>
  (CHANNEL_CAPABILITIES[channel].features as readonly ChannelFeature[]).some(
    (feature) => feature === 'context' || feature === 'suggestions' || feature === 'directSend',
  ),
);
/** The sets of lenders a set of channels can hold, each a key of `LaterContents`. */
const LENDER_KEYS: readonly Channel[][] = [[], ...LENDERS.map((lender) => [lender]), LENDERS];
const lendersKey = (lent: readonly Channel[]) =>
  lent.length === 0 ? 'none' : LENDERS.filter((lender) => lent.includes(lender)).join('+');
if (LENDERS.join() !== 'WhatsApp,RCS')
  throw new Error(
    `the Relayed routings of message-rules.ts name WhatsApp and RCS, the table has ${LENDERS.join()}`,
  );

/**
 * The routings: each channel first, the same with a later WhatsApp and/or RCS lending their features
 * (`Relayed`), 8x8's routing before and after each content type, and each recipient reached over one channel only.
 */
const ROUTINGS: readonly string[] = [
  ...CHANNELS,
  ...CHANNELS.flatMap((channel) => [`${channel}+WhatsApp`, `${channel}+RCS`, `${channel}+WhatsApp+RCS`]),
  'auto',
  ...CONTENT_STEPS.map(({ type }) => `auto:${type}`),
  ...ONE_CHANNEL.map(({ recipient }) => recipient),
];

/** The features `routing` refuses whatever the content's Direct Send flag, and whether it allows Direct Send. */
function refusedBy(routing: string): { readonly refused: Feature[]; readonly directSend: boolean } {
  const only = ONE_CHANNEL.find(({ recipient }) => recipient === routing)?.channel;
  const channels = (CHANNELS as readonly Channel[]).filter((channel) => {
    if (only !== undefined) return channel === only;
    if (routing === 'auto') return true;
    if (!routing.startsWith('auto:')) return routing.split('+').includes(channel);
    const carries: readonly ContentType[] = CHANNEL_CAPABILITIES[channel].carries;
    return carries.includes(routing.slice('auto:'.length) as ContentType);
  });
  const supported = (feature: ChannelFeature) =>
    channels.some((channel) =>
      (CHANNEL_CAPABILITIES[channel].features as readonly ChannelFeature[]).includes(feature),
    );
  return {
    refused: [
      ...(supported('context') ? [] : ['replyTo' as const]),
      ...(supported('suggestions') ? [] : ['suggestions' as const]),
    ],
    directSend: supported('directSend'),
  };
}

function familyOf(refused: readonly Feature[]): string {
  const key = [...refused].sort().join();
  if (key === '') return "'open'";
  const family = FAMILIES.find((other) => [...other.refused].sort().join() === key);
  if (family === undefined) throw new Error(`no stage refuses ${key}`);
  return `'${family.name}'`;
}

/**
 * The families of the recipients reached over one channel that lacks Direct Send (a LINE user): each is looked up as
 * `Recipient${family}`, that family with `Direct` true whatever the content, so `.directSend()` reads the recipient's
 * rule (its one channel has no Direct Send at all) before Direct Send's content rule, as `.replyTo` and `.suggestions`
 * do. `Direct` picks nothing else for such a routing (its family is the same either way).
 */
const RECIPIENT_FAMILIES = [
  ...new Set(
    ONE_CHANNEL.filter(({ recipient }) => !refusedBy(recipient).directSend).map(({ recipient }) =>
      familyOf([...refusedBy(recipient).refused, 'directSend']).slice(1, -1),
    ),
  ),
];

/** The comment above the {@link RECIPIENT_FAMILIES} of a stage table. */
const RECIPIENT_NOTE = [
  '  // A recipient whose one channel lacks Direct Send (a LINE user): `Direct` true whatever the content, so',
  "  // `.directSend()` reads the recipient's rule, not Direct Send's content rule: the channel has no Direct Send at all.",
];

function afterContentStages(): string[] {
  const lookups = ROUTINGS.map((routing) => {
    const { refused, directSend } = refusedBy(routing);
    const closed = familyOf([...refused, 'directSend']);
    if (!directSend && ONE_CHANNEL.some(({ recipient }) => recipient === routing))
      return `  '${routing}': 'Recipient${closed.slice(1, -1)}';`;
    return `  '${routing}': ${directSend ? `Direct extends true ? ${familyOf(refused)} : ${closed}` : closed};`;
  });
  return [
    ...docComment([
      'The stage after the content of each routing, by the features it refuses (from the capability table): a reply',
      'context needs WhatsApp, suggestions RCS, Direct Send WhatsApp and content it carries (`Direct`).',
      '',
      ...example('FeaturesRefused', ["const rcs: FeaturesRefused<true>['RCS'] = 'NoReply';"]).map((line) =>
        line.replace('import { FeaturesRefused', 'import type { FeaturesRefused'),
      ),
      '@internal',
    ]),
    'export interface FeaturesRefused<Direct extends boolean> {',
    ...lookups,
    '}',
    '',
    ...docComment([
      'The routings that refuse a reply context (`.replyTo`), from the capability table: `.template(…)` after one of them',
      'gives the {@link TemplateNoReply} stages, which strike `.replyTo` through (a union, so the choice is one cheap',
      'check).',
      '',
      ...example('RepliesRefused', [
        "const viber: 'Viber' extends RepliesRefused ? true : false = true;",
      ]).map((line) => line.replace('import { RepliesRefused', 'import type { RepliesRefused')),
      '@internal',
    ]),
    `export type RepliesRefused = ${ROUTINGS.filter((routing) =>
      refusedBy(routing).refused.includes('replyTo'),
    )
      .map((routing) => `'${routing}'`)
      .join(' | ')};`,
    '',
    ...docComment([
      'The stage after a content step when no fallback text is due: {@link ReadyStep}, or the stage that strikes through',
      'what the routing refuses.',
      '',
      ...example('ReadyFor, ReadyNoReply', [
        "const same: ReadyFor<'RCS', false, true> extends ReadyNoReply<'RCS', false, true> ? true : false = true;",
      ]).map((line) => line.replace('import { ReadyFor', 'import type { ReadyFor')),
      '@internal',
    ]),
    'export type ReadyFor<F extends Routing, Pending extends boolean | string, Direct extends boolean> = ReadyStages<',
    '  F,',
    '  Pending,',
    '  Direct',
    '>[FeaturesRefused<Direct>[F]];',
    '',
    '/** The stages of {@link ReadyFor} by the features they refuse. */',
    'interface ReadyStages<F extends Routing, Pending extends boolean | string, Direct extends boolean> {',
    '  open: ReadyStep<F, Pending, Direct>;',
    ...FAMILIES.map(({ name }) => `  ${name}: Ready${name}<F, Pending, Direct>;`),
    ...RECIPIENT_NOTE,
    ...RECIPIENT_FAMILIES.map((name) => `  Recipient${name}: Ready${name}<F, Pending, true>;`),
    '}',
    '',
    ...docComment([
      'The stage after a content step while the fallback text is due: {@link FallbackTextDue}, or the stage that strikes',
      'through what the routing refuses too.',
      '',
      ...example('DueFor, DueNoReply', [
        "const same: DueFor<'RCS', false> extends DueNoReply<'RCS', false> ? true : false = true;",
      ]).map((line) => line.replace('import { DueFor', 'import type { DueFor')),
      '@internal',
    ]),
    'export type DueFor<F extends Routing, Direct extends boolean> = DueStages<F, Direct>[FeaturesRefused<Direct>[F]];',
    '',
    '/** The stages of {@link DueFor} by the features they refuse. */',
    'interface DueStages<F extends Routing, Direct extends boolean> {',
    '  open: FallbackTextDue<F, Direct>;',
    ...FAMILIES.map(({ name }) => `  ${name}: Due${name}<F, Direct>;`),
    ...RECIPIENT_NOTE,
    ...RECIPIENT_FAMILIES.map((name) => `  Recipient${name}: Due${name}<F, true>;`),
    '}',
    ...FAMILIES.flatMap((family) => ['', ...readyStage(family)]),
    ...FAMILIES.flatMap((family) => ['', ...dueStage(family)]),
  ];
}

/** A recipient's stage before (`used` never) or after its one channel. */
function oneChannelStage(
  { recipient, channel, step, route, start, next }: (typeof ONE_CHANNEL)[number],
  after: boolean,
): string[] {
  const { name } = FIRST[channel];
  const used = after ? `'${channel}'` : 'never';
  const marks = CHANNELS.flatMap((other) =>
    other === channel && !after
      ? [`  readonly ${stepOf(other)}: (options?: ${optionsOf(other)}) => ${route};`]
      : [
          `  /** @deprecated Refused: ${
            other === channel
              ? `${name} is already in the chain; each channel appears once.`
              : `this recipient is reached over ${name} only.`
          } */`,
          `  readonly ${stepOf(other)}: Refused<ChannelAllowed<'${recipient}', '${other}', ${used}>>;`,
        ],
  );
  const doc = after
    ? docComment([
        `A ${recipient === 'lineUser' ? 'LINE' : 'WhatsApp channel'} user's chain after \`.${stepOf(channel)}()\`: every channel step is refused and struck through in completion.`,
        '',
        ...example(`Message, type ${route}`, [
          `const route: ${route} = ${start}.${stepOf(channel)}();`,
          `route.${next};`,
        ]),
        '@internal',
      ])
    : docComment(ONE_CHANNEL_DOCS[recipient]);
  return [
    ...doc,
    `export interface ${after ? route : step} extends RouteStep<'${recipient}', '${channel}', ${used}, '${recipient}', '${recipient}'> {`,
    ...marks,
    ...textStep(recipient),
    ...contentMarks(channel, recipient),
    '}',
  ];
}

/** The public recipients' stages, documented by hand. */
const ONE_CHANNEL_DOCS: Record<(typeof ONE_CHANNEL)[number]['recipient'], readonly string[]> = {
  lineUser: [
    'The recipient of a LINE message: only LINE reaches a LINE user id. Name it with `.line()` (the request then carries',
    "`channels: [{ channel: 'Line' }]`), or go straight to the content: 8x8 routes the message on the sub-account's",
    'channels and the request has no `channels` key. Either way the content is checked against LINE, and no other',
    'channel can be added (the other channels and the content LINE cannot carry are struck through in completion).',
    '',
    ...example('Message', [
      "Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line().text('Your coupon is ready');",
      "Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').text('Your coupon is ready'); // no channels key",
    ]),
  ],
  channelUser: [
    'The recipient of a message addressed by WhatsApp business-scoped user id: only WhatsApp reaches it. Name it with',
    '`.whatsapp()`, or go straight to the content (no `channels` key: 8x8 routes it); the content is checked against',
    'WhatsApp either way, and no other channel can be added (the other channels and the content WhatsApp cannot carry',
    'are struck through in completion).',
    '',
    ...example('Message', [
      "Message.toChannelUser('US.13491208655302741918').whatsapp().text('Hello from Acme support.');",
      "Message.toChannelUser('US.13491208655302741918').text('Hello from Acme support.'); // no channels key",
    ]),
  ],
};

const HEADER = [
  '// GENERATED by scripts/generate-route-stages.ts from CHANNEL_CAPABILITIES (src/channels.ts) and CHANNEL_STEPS',
  `// (message-rules.ts): do not edit; change the script or the tables and run \`${GENERATE_COMMAND}\`.`,
  '//',
  '// The stages of the chain after its first channel step: per first channel, its stage, its stage once SMS follows',
  '// and its stage once another channel follows (and the stages of a recipient reached over one channel only).',
  '// Completion marks a member deprecated per declaration, so each stage redeclares as deprecated what it refuses: the',
  '// content steps the first channel cannot carry, and every channel already in the chain (each channel appears once).',
  '// Their types are the rules of message-rules.ts, so calling one reports the rule on the step. The first two stages',
  '// know the channels used; from two channels on, each set of up to SET_MAX channels has its own channel steps',
  "// (`ChannelSets`, generic only in the first channel, joined to that channel's content steps by `LaterStage`): each",
  '// legal step names the next stage itself, so the checker looks nothing up (a lookup by the union of channels used',
  '// cost ~40 instantiations a step). Beyond SET_MAX channels a stage picks each channel step from two declarations by',
  '// whether the channel is in `Used` (`LongRoutes`). Legal channel steps are plain calls: the stage that returns them',
  '// already knows they are legal. After the content, the stages that strike through the features the routing refuses',
  '// (`.replyTo`, `.suggestions`, `.directSend`), looked up by `FeaturesRefused`.',
];

/** RouteStep's documentation of each channel step, by step name, copied onto the later stages' declarations. */
function channelStepDocs(): Map<string, string> {
  const source = readFileSync(join(ROOT, 'src/builder/message-steps.ts'), 'utf8');
  const docs = new Map<string, string>();
  for (const match of source.matchAll(
    /( {2}\/\*\*\n(?: {3}\*.*\n)*? {3}\*\/)\n {2}readonly (\w+): StepOrRefusal<\n {4}ChannelAllowed<R,/g,
  ))
    docs.set(match[2]!, match[1]!);
  for (const channel of CHANNELS)
    if (!docs.has(stepOf(channel))) throw new Error(`RouteStep's .${stepOf(channel)}() has no documentation`);
  return docs;
}

const PREAMBLE = [
  "import type { Channel } from '../channels.js';",
  "import type { Refused, RefusedCall } from '../types/refusal.js';",
  "import type { SmsSettings } from '../wire/index.js';",
  'import type {',
  '  ChannelAllowed,',
  '  ChannelOnce,',
  '  ContentAllowed,',
  '  DirectSendAllowed,',
  '  FeatureAllowed,',
  '  Routing,',
  '  StepOrRefusal,',
  '  SuggestionsWithin,',
  "} from './message-rules.js';",
  'import type {',
  '  ContentSteps,',
  '  EmptyMessageText,',
  '  ExtraFields,',
  '  FallbackTextDue,',
  '  ReadyStep,',
  '  RouteOptions,',
  '  RouteStep,',
  "} from './message-steps.js';",
  "import type { SuggestionPart } from './parts.js';",
  '',
  "/** The key of a later stage's state (type only: the stages are interfaces over one class, message.ts). */",
  'declare const route: unique symbol;',
  '',
  ...docComment([
    'The stage of each first channel once another channel follows; a channel step of {@link RouteStep} indexes it.',
    '',
    ...example('LaterRoutes, RcsLaterRoute', [
      "const same: LaterRoutes<'RCS' | 'Viber'>['RCS'] extends RcsLaterRoute<'RCS' | 'Viber'> ? true : false = true;",
    ]).map((line) => line.replace('import { LaterRoutes', 'import type { LaterRoutes')),
    '@internal',
  ]),
  'export interface LaterRoutes<Used extends Channel> {',
  ...CHANNELS.map((channel) => `  ${channel}: ${laterRoute(channel)}<Used>;`),
  '}',
  '',
  ...docComment([
    'The stage of each first channel; a channel step of {@link RouteStep} indexes it.',
    '',
    ...example('FirstRoutes, RcsFirstRoute', [
      "const same: FirstRoutes['RCS'] extends RcsFirstRoute ? true : false = true;",
    ]).map((line) => line.replace('import { FirstRoutes', 'import type { FirstRoutes')),
    '@internal',
  ]),
  'export interface FirstRoutes {',
  ...CHANNELS.map((channel) => `  ${channel}: ${firstRoute(channel)};`),
  '}',
  '',
  ...docComment([
    'The stage of each first channel once SMS follows it (SMS first: its own stage); a channel step of',
    '{@link RouteStep} indexes it.',
    '',
    ...example('RcsSmsRoute, SmsRoutes', [
      "const same: SmsRoutes['RCS'] extends RcsSmsRoute ? true : false = true;",
    ]).map((line) => line.replace('import { RcsSmsRoute', 'import type { RcsSmsRoute')),
    '@internal',
  ]),
  'export interface SmsRoutes {',
  ...CHANNELS.map(
    (channel) => `  ${channel}: ${channel === 'SMS' ? firstRoute(channel) : smsRoute(channel)};`,
  ),
  '}',
  '',
  ...docComment([
    'A message to a phone number before any step: add channels in fallback order, or go straight to the content (8x8',
    'routes it, see {@link RouteStep}). Each channel step returns the stage of that first channel.',
    '',
    ...example('Message, type PhoneStep', [
      "const start: PhoneStep = Message.to('+6591234567');",
      "start.whatsapp().sms().text('Your order has shipped');",
    ]),
  ]),
  "export interface PhoneStep extends RouteStep<'phone', 'auto', never, 'auto', 'auto'> {",
  ...CHANNELS.map(
    (channel) =>
      `  readonly ${stepOf(channel)}: (options?: ${optionsOf(channel)}) => ${firstRoute(channel)};`,
  ),
  ...textStep('auto'),
  '}',
  '',
  ...docComment([
    'The stage after the one channel of a recipient reached over one channel only.',
    '',
    ...example('Message, type OneChannelRoutes', [
      "const route: OneChannelRoutes['lineUser'] = Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').line();",
    ]),
    '@internal',
  ]),
  'export interface OneChannelRoutes {',
  ...ONE_CHANNEL.map(({ recipient, route }) => `  ${recipient}: ${route};`),
  '}',
];

/** The text of src/builder/route-stages.ts. */
export function routeStagesSource(): string {
  const docs = channelStepDocs();
  const stages = [
    ...CHANNELS.flatMap((first) =>
      first === 'SMS'
        ? [firstRouteStage(first), laterRouteStage(first)]
        : [firstRouteStage(first), smsRouteStage(first), laterRouteStage(first)],
    ),
    ...CHANNELS.map((channel) => channelMixins(channel, docs)),
    setStages(),
    ...ONE_CHANNEL.flatMap((one) => [oneChannelStage(one, false), oneChannelStage(one, true)]),
    afterContentStages(),
  ];
  return formatted(`${[...HEADER, ...PREAMBLE, ...stages.flatMap((stage) => ['', ...stage])].join('\n')}\n`);
}

/** The text as the repository's formatter writes it (Biome, as `npm run format` would). */
function formatted(text: string): string {
  return execFileSync(
    join(ROOT, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${ROUTE_STAGES_PATH}`],
    { cwd: ROOT, input: text, encoding: 'utf8' },
  );
}

/** The committed file and what this script writes. */
export function routeStagesFile(): { readonly current: string; readonly expected: string } {
  return {
    current: readFileSync(join(ROOT, ROUTE_STAGES_PATH), 'utf8'),
    expected: routeStagesSource(),
  };
}

function main(argv: readonly string[]): number {
  const { current, expected } = routeStagesFile();
  if (current === expected) return 0;
  if (argv.includes('--check')) {
    console.error(`${ROUTE_STAGES_PATH} is stale: run \`${GENERATE_COMMAND}\` and commit the result`);
    return 1;
  }
  writeFileSync(join(ROOT, ROUTE_STAGES_PATH), expected);
  console.log(`wrote ${ROUTE_STAGES_PATH}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
