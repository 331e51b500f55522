// Real request bodies, written the way 8x8 documents them (test/fixtures/requests/*.json): each parses, and
// parseMessage returns it unchanged except for `type`, which comes out in canonical case.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/wire/index.js';
import { BASES } from '../fixtures/messages.js';
import { withPath } from './table.js';

const directory = new URL('../fixtures/requests/', import.meta.url);
const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
const requests = files.map(
  (file) => [file, JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as unknown] as const,
);

// Written out from the reference, not imported from src: the test checks src's enums against them.
const CANONICAL_TYPES = [
  'text',
  'image',
  'audio',
  'video',
  'file',
  'location',
  'interactive',
  'template',
  'carousel',
  'richCard',
  'buttons',
];

function typeOf(input: unknown): string {
  return (input as { type: string }).type;
}

/** The body as parseMessage must return it: identical, with `type` in canonical case. */
function expectedOutput(input: unknown): unknown {
  const body = input as { type: string };
  const type = CANONICAL_TYPES.find((candidate) => candidate.toLowerCase() === body.type.toLowerCase());
  return { ...body, type };
}

describe('real request bodies', () => {
  it('covers every documented shape', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'text-sms-fallback.json',
        'fallback-whatsapp-viber-sms.json',
        'fallback-conditional.json',
        'fallback-single-channel.json',
        'whatsapp-template-header-image-quick-replies.json',
        'whatsapp-interactive-list.json',
        'whatsapp-interactive-reply-buttons.json',
        'whatsapp-interactive-cta-url.json',
        'whatsapp-interactive-flow.json',
        'rcs-rich-card.json',
        'rcs-carousel.json',
        'line-image.json',
        'location.json',
        'video.json',
        'line-audio-duration.json',
        'viber-rich-media.json',
        'rcs-text-suggestions.json',
        'whatsapp-direct-send-text.json',
      ]),
    );
  });

  it.each(requests)('%s parses unchanged', (_file, input) => {
    const before = structuredClone(input);
    expect(parseMessage(input)).toStrictEqual(expectedOutput(input));
    expect(input, 'parseMessage must not modify its input').toStrictEqual(before);
  });

  it.each(requests)('%s parses to a value that parses to itself', (_file, input) => {
    const once = parseMessage(input);
    expect(parseMessage(once)).toStrictEqual(once);
  });

  const capitalised = requests.filter(
    ([, input]) => (expectedOutput(input) as { type: string }).type !== typeOf(input),
  );

  it('include bodies whose type is capitalised, as in 8x8 examples', () => {
    expect(capitalised.map(([file]) => file)).toEqual(
      expect.arrayContaining(['rcs-text-suggestions.json', 'line-audio-duration.json']),
    );
  });

  it.each(capitalised)('%s: a capitalised type comes out in canonical case', (_file, input) => {
    const { type } = parseMessage(input);
    expect(CANONICAL_TYPES).toContain(type);
    expect(type.toLowerCase()).toBe(typeOf(input).toLowerCase());
    expect(type).not.toBe(typeOf(input));
  });
});

describe('the base messages of the tables', () => {
  it.each(Object.entries(BASES))('%s parses unchanged', (_name, base) => {
    expect(parseMessage(base)).toStrictEqual(base);
  });
});

describe('unknown fields pass through', () => {
  const extras: readonly (readonly [string, unknown])[] = [
    ['tracking', { campaign: 'winter' }],
    ['user.weChatUserId', 'wsknf_12324k4n2n22'],
    ['content.futureField', [1, 2, 3]],
    ['content.sms.validity', 60],
    ['channels[0].priority', 'high'],
  ];
  const [, textWithFallback] = requests.find(([file]) => file === 'text-sms-fallback.json') ?? [];

  it.each(extras)('keeps %s', (path, value) => {
    const input = withPath(textWithFallback, path, value);
    expect(parseMessage(input)).toStrictEqual(input);
  });

  it('keeps unknown fields deep inside interactive, template and RCS content', () => {
    const inputs = [
      withPath(BASES.LIST, 'content.interactive.action.sections[0].rows[0].extra', true),
      withPath(BASES.TEMPLATE, 'content.template.components[0].parameters[0].extra', 'x'),
      withPath(BASES.RICH_CARD, 'content.richCard.media.contentInfo.altText', 'A parcel'),
      withPath(BASES.CAROUSEL, 'content.carousel.cards[0].suggestions[0].action.openUrlAction.extra', 1),
    ];
    for (const input of inputs) expect(parseMessage(input)).toStrictEqual(input);
  });
});
