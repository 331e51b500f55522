// Writes src/builder/route-stages.ts, the stages of the message chain after its first channel step, from the channel
// capability table (CHANNEL_CAPABILITIES in src/channels.ts) and the channel steps (CHANNEL_STEPS in
// src/builder/message-rules.ts). Completion marks a member deprecated per declaration, so every stage must redeclare
// each step it refuses: hundreds of near-identical lines that only the tables decide. The rules themselves stay in
// message-rules.ts; the stages only name them. test/builder/route-stages.test.ts fails when the committed file differs
// from what this script writes.
//
// Usage: npm run generate:route-stages            (rewrites the file)
//        npm run generate:route-stages -- --check (exits 1 when the file is stale, writes nothing)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNEL_STEPS } from '../src/builder/message-rules.js';
import { CHANNEL_CAPABILITIES, CHANNELS, type Channel, type ContentType } from '../src/channels.js';

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

/** The content steps `channel` cannot carry. */
const refusedContent = (channel: Channel) => {
  const carries: readonly ContentType[] = CHANNEL_CAPABILITIES[channel].carries;
  return CONTENT_STEPS.filter(({ type }) => !carries.includes(type));
};

/** A list in prose: 'a', 'a and b', 'a, b and c'. */
function both(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A channel step redeclared on a stage: each channel once (`ChannelOnce`), returning `next`. */
function channelStep(channel: Channel, next: string, note?: string): string[] {
  const options = channel === 'SMS' ? 'RouteOptions & SmsSettings' : 'RouteOptions';
  return [
    ...(note === undefined ? [] : [`  /** @deprecated ${note} */`]),
    `  readonly ${stepOf(channel)}: StepOrRefusal<`,
    `    ChannelOnce<'${channel}', Used>,`,
    `    (options?: ${options}) => ${next}<Used | '${channel}'>,`,
    "    'no arguments'",
    '  >;',
  ];
}

/** The content steps `channel` cannot carry, deprecated and typed as their rule. */
function contentMarks(channel: Channel): string[] {
  return refusedContent(channel).flatMap(({ step, type, noun }) => [
    `  /** @deprecated Refused: ${FIRST[channel].name}, the first channel, cannot carry ${noun}. */`,
    `  readonly ${step}: RefusedCall<ContentAllowed<'${channel}', '${type}'>>;`,
  ]);
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
        `const route: ${stage}<'${first}'> = Message.to('${to}').${stepOf(first)}();`,
        `route.${next};`,
      ]),
      '@internal',
    ]),
    `export interface ${stage}<Used extends Channel> extends RouteStep<'phone', '${first}', Used> {`,
    ...CHANNELS.flatMap((channel) =>
      channelStep(
        channel,
        channel === 'SMS' && first !== 'SMS' ? smsRoute(first) : stage,
        channel === first
          ? `Refused: ${name} is already in the chain (the first channel); each channel appears once.`
          : undefined,
      ),
    ),
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
        `const route: ${stage}<'${first}' | 'SMS'> = Message.to('${to}').${stepOf(first)}().sms();`,
        "route.text('Your order has shipped');",
      ]),
      '@internal',
    ]),
    `export interface ${stage}<Used extends Channel> extends ${firstRoute(first)}<Used> {`,
    ...CHANNELS.filter((channel) => channel !== first).flatMap((channel) =>
      channelStep(
        channel,
        stage,
        channel === 'SMS' ? 'Refused: SMS is already in the chain; each channel appears once.' : undefined,
      ),
    ),
    '}',
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
      ? [`  readonly ${stepOf(other)}: (options?: RouteOptions) => ${route};`]
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
    `export interface ${after ? route : step} extends RouteStep<'${recipient}', '${channel}', ${used}> {`,
    ...marks,
    ...contentMarks(channel),
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
  '// The stages of the chain after its first channel step, one interface per first channel (and per recipient reached',
  '// over one channel only). Completion marks a member deprecated per declaration, so each stage redeclares as deprecated',
  '// what its first channel refuses: the content steps the channel cannot carry, and the channel itself (each channel',
  '// appears once). Their types stay the rules of RouteStep (message-rules.ts), so calling one reports the rule on the',
  "// step. The channel steps are redeclared, without documentation (editors show RouteStep's), to return the same stage.",
  "// `.sms()` returns the stage's SMS variant, which strikes `.sms()` through too. Another channel repeated later in the",
  '// chain (`.whatsapp().viber().viber()`) stays unmarked: every set of channels used would need its own declarations',
  '// (docs/decisions.md).',
];

const PREAMBLE = [
  "import type { Channel } from '../channels.js';",
  "import type { Refused, RefusedCall } from '../types/refusal.js';",
  "import type { SmsSettings } from '../wire/index.js';",
  "import type { ChannelAllowed, ChannelOnce, ContentAllowed, StepOrRefusal } from './message-rules.js';",
  "import type { RouteOptions, RouteStep } from './message-steps.js';",
  '',
  ...docComment([
    'The stage after each first channel; a channel step of {@link RouteStep} indexes it.',
    '',
    ...example('RcsFirstRoute, RouteStages', [
      "const same: RouteStages<'RCS' | 'SMS'>['RCS'] extends RcsFirstRoute<'RCS' | 'SMS'> ? true : false = true;",
    ]).map((line) => line.replace('import { RcsFirstRoute', 'import type { RcsFirstRoute')),
    '@internal',
  ]),
  'export interface RouteStages<Used extends Channel> {',
  ...CHANNELS.map((channel) => `  ${channel}: ${firstRoute(channel)}<Used>;`),
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
  "export interface PhoneStep extends RouteStep<'phone', 'auto', never> {",
  ...CHANNELS.map(
    (channel) =>
      `  readonly ${stepOf(channel)}: (options?: ${channel === 'SMS' ? 'RouteOptions & SmsSettings' : 'RouteOptions'}) => ${firstRoute(channel)}<'${channel}'>;`,
  ),
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
  const stages = [
    ...CHANNELS.flatMap((first) =>
      first === 'SMS' ? [firstRouteStage(first)] : [firstRouteStage(first), smsRouteStage(first)],
    ),
    ...ONE_CHANNEL.flatMap((one) => [oneChannelStage(one, false), oneChannelStage(one, true)]),
  ];
  return `${[...HEADER, ...PREAMBLE, ...stages.flatMap((stage) => ['', ...stage])].join('\n')}\n`;
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
