// What compiles is what build() accepts, for literal arguments: every string parameter of the part builders and
// content steps, written as a literal that is empty, at its limit and one past it (and ids repeated), is built at
// run time and written into one TypeScript file, marked `@ts-expect-error` exactly when build() refuses it; the file
// is type-checked with TypeScript 7. A literal the types refuse but build() accepts is an error on its line; one
// build() refuses but the types let through is an unused directive. The few the types leave to build() on purpose
// (docs/decisions.md, "Lengths of literal labels at compile time") are listed in LEFT_TO_BUILD, each checked to be
// refused by build() and let through by the types, so a change either way shows up here.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { LIMITS } from '../../src/limits.js';
import { typecheckChains } from '../fixtures/typecheck-chains.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const I = LIMITS.interactive;
const R = LIMITS.rcs;

/** A printable-ASCII literal of `length` characters, as source text (a distinct letter per `tag`). */
const text = (length: number, tag = 'a') => JSON.stringify(tag.repeat(length));
/** Empty, at the limit and one past it. */
const edges = (max: number, tag = 'a') => [text(0, tag), text(max, tag), text(max + 1, tag)];

const TO = `Message.to('+6591234567')`;
const whatsapp = (part: string) => `${TO}.whatsapp().interactive(${part}).build()`;
const rcsSuggestion = (suggestion: string) => `${TO}.rcs().text('Hi').suggestions(${suggestion}).build()`;
const richCard = (card: string) => `${TO}.rcs().richCard(${card}).build()`;

const url = `'https://example.com/a.jpg'`;
const post = `postbackData: 'p'`;

/** Every case, as the source of a chain that builds the message. */
function cases(): string[] {
  const all: string[] = [];
  const add = (...sources: string[]) => all.push(...sources);

  // Reply buttons: body, button id and title, header, footer; ids and titles unique.
  for (const body of edges(I.bodyTextMaxLength))
    add(whatsapp(`Interactive.buttons(${body}).button('y', 'Y')`));
  for (const id of edges(I.buttonIdMaxLength)) add(whatsapp(`Interactive.buttons('x').button(${id}, 'Y')`));
  for (const title of edges(I.buttonTitleMaxLength))
    add(whatsapp(`Interactive.buttons('x').button('y', ${title})`));
  for (const header of edges(I.headerTextMaxLength))
    add(whatsapp(`Interactive.buttons('x').header(${header}).button('y', 'Y')`));
  for (const footer of edges(I.footerTextMaxLength))
    add(whatsapp(`Interactive.buttons('x').footer(${footer}).button('y', 'Y')`));
  add(
    whatsapp(`Interactive.buttons('x').button('a', 'A').button('a', 'B')`),
    whatsapp(`Interactive.buttons('x').button('a', 'A').button('b', 'B').button('a', 'C')`),
    whatsapp(`Interactive.buttons('x').button('a', 'A').button('b', 'B').button('c', 'C')`),
    whatsapp(`Interactive.buttons('x').button('a', 'A').button('b', 'A')`),
    whatsapp(`Interactive.buttons('x').header({ image: '' }).button('y', 'Y')`),
    whatsapp(`Interactive.buttons('x').header({ image: { id: '' } }).button('y', 'Y')`),
    whatsapp(`Interactive.buttons('x').header({ image: { link: ${url}, caption: '' } }).button('y', 'Y')`),
    whatsapp(`Interactive.buttons('x').header({ document: ${url}, filename: '' }).button('y', 'Y')`),
  );

  // Lists: body, menu button, section title, row id, title and description; row ids unique.
  const list = (options = `{ button: 'Open' }`, body = `'x'`) => `Interactive.list(${body}, ${options})`;
  for (const body of edges(I.bodyTextMaxLength)) add(whatsapp(`${list(undefined, body)}.row('r', 'R')`));
  for (const button of edges(I.listButtonMaxLength))
    add(whatsapp(`${list(`{ button: ${button} }`)}.row('r', 'R')`));
  for (const title of edges(I.sectionTitleMaxLength))
    add(whatsapp(`${list()}.section(${title}).row('r', 'R')`));
  for (const id of edges(I.rowIdMaxLength)) add(whatsapp(`${list()}.row(${id}, 'R')`));
  for (const title of edges(I.rowTitleMaxLength)) add(whatsapp(`${list()}.row('r', ${title})`));
  for (const description of edges(I.rowDescriptionMaxLength))
    add(whatsapp(`${list()}.row('r', 'R', ${description})`));
  for (const header of edges(I.headerTextMaxLength))
    add(whatsapp(`${list()}.header(${header}).row('r', 'R')`));
  for (const footer of edges(I.footerTextMaxLength))
    add(whatsapp(`${list()}.footer(${footer}).row('r', 'R')`));
  add(
    whatsapp(`${list()}.row('a', 'A').row('a', 'B')`),
    whatsapp(`${list()}.section('S').row('a', 'A').section('T').row('a', 'B')`),
    whatsapp(`${list()}.row('a', 'A').row('b', 'A')`),
    whatsapp(`${list()}.section('S').row('a', 'A').section('S').row('b', 'B')`),
  );

  // CTA URL, flow, voice call: the button labels, the URL, the flow's ids; header and footer as above.
  const cta = (displayText: string, target = url) =>
    `Interactive.ctaUrl('x', { displayText: ${displayText}, url: ${target} })`;
  for (const label of edges(I.displayTextMaxLength)) add(whatsapp(cta(label)));
  add(whatsapp(cta(`'Go'`, `''`)), whatsapp(cta(`'Go'`, `'example.com'`)));
  for (const body of edges(I.bodyTextMaxLength))
    add(whatsapp(`Interactive.ctaUrl(${body}, { displayText: 'Go', url: ${url} })`));
  for (const header of edges(I.headerTextMaxLength)) add(whatsapp(`${cta(`'Go'`)}.header(${header})`));
  for (const footer of edges(I.footerTextMaxLength)) add(whatsapp(`${cta(`'Go'`)}.footer(${footer})`));
  const flow = (fields: string) => `Interactive.flow('x', { flowId: '1', flowCta: 'Go'${fields} })`;
  for (const flowCta of edges(I.flowCtaMaxLength))
    add(whatsapp(`Interactive.flow('x', { flowId: '1', flowCta: ${flowCta} })`));
  add(
    whatsapp(`Interactive.flow('x', { flowId: '', flowCta: 'Go' })`),
    whatsapp(flow(`, screen: ''`)),
    whatsapp(flow(`, screen: 'S', data: {}`)),
    whatsapp(`Interactive.flow('', { flowId: '1', flowCta: 'Go' })`),
  );
  for (const label of edges(I.displayTextMaxLength))
    add(whatsapp(`Interactive.voiceCall('x', { displayText: ${label} })`));
  for (const payload of edges(I.voiceCallPayloadMaxLength))
    add(whatsapp(`Interactive.voiceCall('x', { payload: ${payload} })`));
  for (const ttl of [0, 1, 43_200, 43_201, 1.5])
    add(whatsapp(`Interactive.voiceCall('x', { ttlMinutes: ${ttl} })`));
  add(whatsapp(`Interactive.voiceCall('')`));

  // Products, requests, location requests.
  add(
    whatsapp(`Interactive.product({ catalogId: '', productRetailerId: 'p' })`),
    whatsapp(`Interactive.product({ catalogId: 'c', productRetailerId: '' })`),
  );
  for (const body of edges(I.bodyTextMaxLength))
    add(whatsapp(`Interactive.product({ catalogId: 'c', productRetailerId: 'p' }).body(${body})`));
  for (const footer of edges(I.footerTextMaxLength))
    add(whatsapp(`Interactive.product({ catalogId: 'c', productRetailerId: 'p' }).footer(${footer})`));
  const products = (options: string) => `Interactive.productList('x', ${options})`;
  for (const header of edges(I.headerTextMaxLength))
    add(whatsapp(`${products(`{ header: ${header}, catalogId: 'c' }`)}.product('p')`));
  for (const footer of edges(I.footerTextMaxLength))
    add(whatsapp(`${products(`{ catalogId: 'c' }`)}.footer(${footer}).product('p')`));
  for (const title of edges(I.sectionTitleMaxLength))
    add(whatsapp(`${products(`{ catalogId: 'c' }`)}.section(${title}).product('p')`));
  add(
    whatsapp(`${products(`{ catalogId: '' }`)}.product('p')`),
    whatsapp(`${products(`{ catalogId: 'c', productRetailerId: '' }`)}.product('p')`),
    whatsapp(`${products(`{ catalogId: 'c' }`)}.product('')`),
    whatsapp(`Interactive.productList('', { catalogId: 'c' }).product('p')`),
  );
  for (const body of edges(I.bodyTextMaxLength)) {
    add(whatsapp(`Interactive.callPermissionRequest().body(${body})`));
    add(whatsapp(`Interactive.requestContactInfo().body(${body})`));
    add(whatsapp(`Interactive.locationRequest(${body})`));
  }

  // RCS suggestions: the chip text, postback data and each action's strings.
  for (const chip of edges(R.suggestionTextMaxLength)) {
    add(rcsSuggestion(`Suggestion.reply(${chip}, 'p')`));
    add(rcsSuggestion(`Suggestion.dial(${chip}, { phoneNumber: '+6512345678', ${post} })`));
    add(rcsSuggestion(`Suggestion.openUrl(${chip}, { url: ${url}, ${post} })`));
  }
  for (const data of edges(R.postbackDataMaxLength)) add(rcsSuggestion(`Suggestion.reply('Yes', ${data})`));
  add(
    rcsSuggestion(`Suggestion.dial('Call', { phoneNumber: '', ${post} })`),
    rcsSuggestion(`Suggestion.dial('Call', { phoneNumber: '+6512345678', ${post}, fallbackUrl: '' })`),
    rcsSuggestion(`Suggestion.openUrl('Go', { url: '', ${post} })`),
    rcsSuggestion(`Suggestion.viewLocation('Map', { query: '', ${post} })`),
  );
  for (const description of edges(R.openUrlDescriptionMaxLength))
    add(rcsSuggestion(`Suggestion.openUrl('Go', { url: ${url}, description: ${description}, ${post} })`));
  for (const label of edges(R.locationLabelMaxLength))
    add(
      rcsSuggestion(
        `Suggestion.viewLocation('Map', { latitude: 1, longitude: 2, label: ${label}, ${post} })`,
      ),
    );
  for (const query of edges(R.locationQueryMaxLength))
    add(rcsSuggestion(`Suggestion.viewLocation('Map', { query: ${query}, ${post} })`));
  const event = (fields: string) =>
    `Suggestion.calendarEvent('Add', { startTime: '2026-12-02T10:30:00Z', endTime: '2026-12-02T11:30:00Z', ${post}, ${fields} })`;
  for (const title of edges(R.calendarTitleMaxLength)) add(rcsSuggestion(event(`title: ${title}`)));
  for (const description of edges(R.calendarDescriptionMaxLength))
    add(rcsSuggestion(event(`title: 'T', description: ${description}`)));

  // RCS cards and carousels.
  for (const title of edges(R.cardTitleMaxLength))
    add(richCard(`RichCard.vertical().title(${title}).media(${url})`));
  for (const description of edges(R.cardDescriptionMaxLength))
    add(richCard(`RichCard.vertical().description(${description}).media(${url})`));
  add(
    richCard(`RichCard.vertical().media('')`),
    richCard(`RichCard.vertical().media(${url}, { thumbnailUrl: '' })`),
    `${TO}.rcs().carousel(Carousel.medium().card((c) => c.title('').media(${url})).card((c) => c.media(${url}))).build()`,
  );

  // Content steps of the message chain.
  for (const body of edges(LIMITS.message.textMaxLength)) {
    add(`${TO}.whatsapp().text(${body}).build()`);
    add(`${TO}.text(${body}).build()`);
  }
  add(
    `${TO}.whatsapp().sms().image(${url}).fallbackText('').build()`,
    `${TO}.whatsapp().image('').build()`,
    `${TO}.whatsapp().image(${url}, { text: '' }).build()`,
    `${TO}.text('Hi').clientMessageId('').build()`,
    `${TO}.whatsapp().text('Hi').replyTo('').build()`,
    `${TO}.viber().richMedia({ text: 'x', button: { caption: '', url: ${url} } }).build()`,
  );
  // A template's gif header must point to a video file, not a .gif (its query and fragment are not its file).
  const gifHeader = (link: string) => `${TO}.whatsapp().template('t', 'en').header({ gif: ${link} }).build()`;
  add(
    gifHeader(`'https://example.com/a.gif'`),
    gifHeader(`'https://example.com/a.GIF?v=2'`),
    gifHeader(`'https://example.com/a.mp4'`),
    gifHeader(`'https://example.com/a.mp4?as=a.gif'`),
  );
  for (const caption of edges(LIMITS.viber.buttonCaptionMaxLength))
    add(`${TO}.viber().richMedia({ text: 'x', button: { caption: ${caption}, url: ${url} } }).build()`);
  for (const id of edges(LIMITS.message.clientMessageIdMaxLength))
    add(`${TO}.text('Hi').clientMessageId(${id}).build()`);
  for (const source of edges(LIMITS.message.smsSourceMaxLength))
    add(`${TO}.sms({ source: ${source} }).text('Hi').build()`);
  return all;
}

/** Whether build() accepts the chain, run as the JavaScript it is. */
function buildAccepts(source: string): boolean {
  const run = new Function(
    'Message',
    'Interactive',
    'Suggestion',
    'RichCard',
    'Carousel',
    `return ${source};`,
  );
  try {
    run(Message, Interactive, Suggestion, RichCard, Carousel);
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
}

/** A long literal as its length, so a disagreement reads in one line. */
const shorten = (source: string) =>
  source.replace(/"(.)\1{9,}"/g, (literal, letter: string) => `"${letter}"×${literal.length - 2}`);

/**
 * What the types let through although build() refuses it, on purpose (docs/decisions.md, "Lengths of literal labels
 * at compile time"): each kind with the cases it covers. Each kind must cover a case build() refuses, and each such
 * case must compile; once the types refuse one, its line here fails and the kind must go.
 */
const LEFT_TO_BUILD: readonly { readonly why: string; readonly covers: RegExp }[] = [
  {
    why: 'a literal longer than a limit above 72 characters (bodies, ids, payloads, card and calendar texts, text messages): not counted while typing',
    covers: /"a{74,}"/,
  },
  {
    why: 'a repeated reply button id or title, a repeated row id: tracking the literals used cost about 40 instantiations a step',
    covers: /button\('a', 'A'\).*button\('(a', '[BC]|b', 'A)'\)|row\('a', 'A'\).*row\('a', 'B'\)/,
  },
  {
    why: 'an empty row id: checking it cost a list of rows ~10 instantiations, past the typecheck bench aim',
    covers: /\.row\("", 'R'\)/,
  },
  { why: 'the form of a URL (an http(s) URL) is checked by build() only', covers: /url: 'example\.com'/ },
  {
    why: 'number ranges (a voice call’s ttlMinutes) are checked by build() only',
    covers: /ttlMinutes: (0|43201|1\.5) /,
  },
  {
    why: 'the media of a header (a union of objects): an empty link or id',
    covers: /header\(\{ image: (''|\{ id: '' \}) \}\)/,
  },
  { why: 'a flow’s optional screen and data', covers: /screen: ''|data: \{\}/ },
  {
    why: 'a gif header naming a .gif file: checking a literal URL made the first .header(…) of a chain cost ~57 instantiations more (docs/decisions.md)',
    covers: /header\(\{ gif: 'https:\/\/example\.com\/a\.(gif|GIF\?v=2)' \}\)/,
  },
  {
    why: 'optional URLs written empty (fallbackUrl, thumbnailUrl)',
    covers: /(fallbackUrl|thumbnailUrl): ''/,
  },
  {
    why: 'message steps other than .text(…) (route and content steps of other issues): image, replyTo, the Viber button caption, clientMessageId, the SMS source',
    covers:
      /\.image\(''\)|\.replyTo\(''\)|richMedia\(\{ text: 'x', button: \{ caption: (''|""|"a{31}")|clientMessageId\("a{51}"\)|sms\(\{ source: ("")|("a{17}")/,
  },
];

const leftToBuild = (source: string) => LEFT_TO_BUILD.find(({ covers }) => covers.test(source));

describe('literal arguments: what compiles is what build() accepts', () => {
  it('for every string parameter empty, at its limit and one past it', { timeout: 120_000 }, () => {
    const sources = cases();
    const lines = [
      `import { Carousel, Interactive, Message, RichCard, Suggestion } from ${JSON.stringify(join(ROOT, 'src/builder/index.js'))};`,
      '',
    ];
    const refused: string[] = [];
    for (const source of sources) {
      const accepts = buildAccepts(source);
      if (!accepts) refused.push(source);
      const left = leftToBuild(source);
      lines.push(
        accepts
          ? '// build(): accepted'
          : left !== undefined
            ? `// build(): refused, left to it: ${left.why}`
            : '// @ts-expect-error build(): refused',
      );
      lines.push(`${source};`);
    }
    // Each kind left to build() covers a case build() refuses.
    expect(LEFT_TO_BUILD.filter(({ covers }) => !refused.some((source) => covers.test(source)))).toEqual([]);
    // Both verdicts well represented, so the check can fail either way.
    expect(refused.length).toBeGreaterThan(sources.length / 4);
    expect(sources.length - refused.length).toBeGreaterThan(sources.length / 4);

    // Each disagreement with its chain: an unused directive is reported on its own line (the chain is the next),
    // a refusal on the chain's line (the verdict above it).
    const disagreements = typecheckChains(lines, 'test/builder/.literals-').map(({ row, text }) => {
      if (row === undefined) return text;
      const unused = lines[row - 1]?.startsWith('// @ts-expect-error') === true;
      const chain = shorten(lines[unused ? row : row - 1] ?? '');
      return unused
        ? `compiles, build() refuses: ${chain}`
        : `refused by the types (${lines[row - 2]}): ${chain}\n    ${shorten(text)}`;
    });
    expect(disagreements).toEqual([]);
  });
});
