// Runtime cost of the builders: the same N messages (bench/fixtures/messages.ts) sent three ways, in one process:
//   chain + build + stringify   write the chain, `.build()` (validates with the wire schemas), JSON.stringify
//   build + stringify           `.build()` and JSON.stringify a chain written once (a reused template)
//   literal + parse + stringify write the object literal, `parseMessage` (the same schemas), JSON.stringify
// The literal is the chain's own build output, so all three produce the same JSON (checked before timing). Then a
// 10-card RCS carousel written as a chain and built, against its aim. Measured in CPU time, in interleaved rounds;
// the median round counts and the spread of the rounds is shown (bench/fixtures/rounds.ts).
//
//   npm run bench -- build                         (defaults: 200 messages, 9 rounds of 300 ms CPU per way)
//   npx tsx bench/build.bench.ts --count 500 --rounds 15 --ms 400
import { parseArgs } from 'node:util';
import { Carousel, Message, Suggestion } from '../src/index.js';
import { parseMessage } from '../src/wire/index.js';
import { recordAim } from './fixtures/aims.js';
import {
  benchMessages,
  builtRequest,
  chainFunction,
  literalSource,
  MESSAGE_KINDS,
} from './fixtures/messages.js';
import { formatTable, measureRounds, spread, type Way } from './fixtures/rounds.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '9' },
    ms: { type: 'string', default: '300' },
    seed: { type: 'string', default: '8' },
  },
});
const count = Number(values.count);
const rounds = Number(values.rounds);
const roundMs = Number(values.ms);
if (!(count >= 1 && rounds >= 1 && roundMs > 0))
  throw new Error('--count, --rounds and --ms must be positive');

/** The aims of issue 10. */
const AIM_RATIO = 1.3;
const AIM_CAROUSEL_MICROS = 120;

interface Case {
  readonly kind: string;
  readonly chain: () => { build(): unknown };
  readonly built: { build(): unknown };
  readonly literal: () => unknown;
}

const cases: Case[] = benchMessages(count, Number(values.seed)).map((message) => {
  const chain = chainFunction(message.builder);
  const literal = new Function(`return () => (${literalSource(builtRequest(message))});`)() as () => unknown;
  return { kind: message.kind, chain, built: chain(), literal };
});

type Send = (item: Case) => string;
const SENDS: Readonly<Record<string, Send>> = {
  'chain + build + stringify': (item) => JSON.stringify(item.chain().build()),
  'build + stringify': (item) => JSON.stringify(item.built.build()),
  'literal + parse + stringify': (item) => JSON.stringify(parseMessage(item.literal())),
};
const names = Object.keys(SENDS);
const CHAIN = names[0]!;
const LITERAL = 'literal + parse + stringify';

// Like with like: every way writes the same JSON for every message.
for (const item of cases) {
  const outputs = new Set(names.map((name) => SENDS[name]!(item)));
  if (outputs.size !== 1)
    throw new Error(`the ways disagree on a ${item.kind} message:\n${[...outputs].join('\n')}`);
}

let sink = 0; // every result's length is added here and printed, so no work can be optimised away

/** Each send as a way over `items`: one pass over all of them. */
function waysOver(items: readonly Case[]): Record<string, Way> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      () => {
        for (const item of items) sink += SENDS[name]!(item).length;
        return items.length;
      },
    ]),
  );
}

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

console.log(
  `Runtime cost of ${count} messages (${MESSAGE_KINDS.length} kinds), Node ${process.version}: CPU µs per message, ` +
    `median of ${rounds} interleaved rounds of ${roundMs} ms CPU per way (min–max of the rounds); ratio = way ÷ ` +
    'literal + parse + stringify, taken round by round.\n',
);
const overall = measureRounds(waysOver(cases), LITERAL, rounds, roundMs);
const rows = [['', 'µs/message (spread)', 'ratio (spread)']];
for (const name of names) {
  rows.push([name, spread(overall.ways[name]!), spread(overall.ratios[name]!, 2, '×')]);
}
console.log(`${formatTable(rows)}\n`);
const ratio = overall.ratios[CHAIN]!.median;
console.log(
  `chain + build + stringify ÷ literal + parse + stringify: ${ratio.toFixed(2)}× (aim ≤ ${AIM_RATIO}×) — ` +
    `${verdict(ratio <= AIM_RATIO)}\n`,
);
const ratios = overall.ratios[CHAIN]!;
recordAim({
  issue: 10,
  id: 'build-ratio',
  measure: 'chain + build() + stringify ÷ literal + parse',
  figure: `${ratio.toFixed(2)}×`,
  spread: `${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)}×`,
  aim: `≤ ${AIM_RATIO}×`,
  met: ratio <= AIM_RATIO,
  floor: `literal + parseMessage + stringify, ${count} messages, ${rounds} rounds, CPU time, Node ${process.version}`,
  bench: 'build.bench.ts',
});

// The 10-card carousel: every card with a title, a description, media and two suggestions; two message
// suggestions and SMS fallback text. Written as a chain and built, as an app does for each message.
function carouselChain() {
  let carousel = Carousel.medium() as unknown as {
    card(fill: (card: never) => unknown): typeof carousel;
  };
  for (let i = 1; i <= 10; i++) {
    carousel = carousel.card(((card: {
      title(t: string): typeof card;
      description(t: string): typeof card;
      media(url: string, options: { height: 'medium' }): typeof card;
      suggestion(part: unknown): typeof card;
    }) =>
      card
        .title(`Plan ${i}`)
        .description(`Everything in plan ${i}, and more`)
        .media(`https://www.example.com/plans/${i}.png`, { height: 'medium' })
        .suggestion(Suggestion.reply(`Choose ${i}`, `plan_${i}`))
        .suggestion(
          Suggestion.openUrl('Details', {
            url: `https://www.example.com/plans/${i}`,
            postbackData: `details_${i}`,
          }),
        )) as never);
  }
  return Message.to('+6591234567')
    .rcs({ fallbackAfter: 300 })
    .sms()
    .carousel(carousel as never)
    .suggestions(Suggestion.reply('Compare all', 'compare'), Suggestion.reply('Talk to us', 'agent'))
    .fallbackText('Our plans: https://www.example.com/plans');
}
const carouselLiteral = new Function(
  `return () => (${literalSource(carouselChain().build())});`,
)() as () => unknown;
const carousel = measureRounds(
  {
    'chain + build': () => {
      sink += carouselChain().build() === undefined ? 0 : 1;
      return 1;
    },
    'literal + parse': () => {
      sink += parseMessage(carouselLiteral()) === undefined ? 0 : 1;
      return 1;
    },
  },
  'literal + parse',
  rounds,
  Math.max(50, roundMs / 2),
);
const carouselMicros = carousel.ways['chain + build']!.median;
console.log(
  formatTable([
    ['10-card RCS carousel', 'µs (spread)', 'ratio (spread)'],
    ...Object.entries(carousel.ways).map(([name, samples]) => [
      name,
      spread(samples),
      spread(carousel.ratios[name]!, 2, '×'),
    ]),
  ]),
);
console.log(
  `10-card carousel, chain + build: ${carouselMicros.toFixed(0)} µs (aim ≤ ${AIM_CAROUSEL_MICROS} µs) — ` +
    `${verdict(carouselMicros <= AIM_CAROUSEL_MICROS)}\n`,
);
const carouselWay = carousel.ways['chain + build']!;
recordAim({
  issue: 10,
  id: 'build-carousel',
  measure: '10-card carousel, chain + build()',
  figure: `${carouselMicros.toFixed(0)} µs`,
  spread: `${carouselWay.min.toFixed(0)}–${carouselWay.max.toFixed(0)} µs`,
  aim: `≤ ${AIM_CAROUSEL_MICROS} µs`,
  met: carouselMicros <= AIM_CAROUSEL_MICROS,
  floor: `absolute (literal + parseMessage: ${carousel.ways['literal + parse']!.median.toFixed(0)} µs), CPU time, Node ${process.version}`,
  bench: 'build.bench.ts',
});

const kindRows = [['kind (µs/message)', 'chain+build', 'build', 'literal+parse', 'ratio chain+build']];
for (const kind of MESSAGE_KINDS) {
  const result = measureRounds(
    waysOver(cases.filter((item) => item.kind === kind)),
    LITERAL,
    5,
    Math.max(50, roundMs / 3),
  );
  kindRows.push([
    kind,
    result.ways[names[0]!]!.median.toFixed(1),
    result.ways[names[1]!]!.median.toFixed(1),
    result.ways[LITERAL]!.median.toFixed(1),
    spread(result.ratios[CHAIN]!, 2, '×'),
  ]);
}
console.log(formatTable(kindRows));
console.log(`\n(checksum ${sink})`);
