// Reading requests as 8x8 reads them: enums in any letter case and numbers written as strings parse to the
// reference's spelling and to numbers; a VoiceCall button with a payload; a product list without `interactive.type`;
// one root cause, one issue. Our own corpus, one request per class, written from the issue's classes.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseBatch } from '../../src/wire/batch.js';
import { INTERACTIVE_TYPES, parseMessage, safeParseMessage } from '../../src/wire/index.js';

const user = { msisdn: '+15551234567' };

/** A template with one QuickReply button at `index`. */
function templateButton(index: unknown) {
  return {
    user,
    type: 'template',
    content: {
      template: {
        name: 't',
        language: 'en',
        components: [
          { type: 'button', subType: 'QuickReply', index, parameters: [{ type: 'payload', payload: 'x' }] },
        ],
      },
    },
  };
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = safeParseMessage(input);
  if (result.success) throw new Error('expected the request to be refused');
  return result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('enum values in any letter case, emitted in the reference spelling', () => {
  it('template component types and button sub-types', () => {
    const lenient = {
      user,
      type: 'Template',
      content: {
        template: {
          name: 'winter_sale',
          language: 'en_US',
          components: [
            { type: 'Body', parameters: [{ type: 'Text', text: 'Sam' }] },
            { type: 'Button', subType: 'url', index: 0, parameters: [{ type: 'text', text: 'winter' }] },
            {
              type: 'button',
              subType: 'quickreply',
              index: 1,
              parameters: [{ type: 'PAYLOAD', payload: 'stop' }],
            },
            {
              type: 'button',
              subType: 'copyCode',
              index: 2,
              parameters: [{ type: 'couponcode', couponCode: 'W25' }],
            },
            { type: 'BUTTON', subType: 'flow', index: 3, parameters: [{ type: 'Action' }] },
            { type: 'button', subType: 'VOICECALL', index: 4 },
          ],
        },
      },
    };
    expect(parseMessage(lenient).content.template?.components).toEqual([
      { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
      { type: 'button', subType: 'Url', index: 0, parameters: [{ type: 'text', text: 'winter' }] },
      { type: 'button', subType: 'QuickReply', index: 1, parameters: [{ type: 'payload', payload: 'stop' }] },
      {
        type: 'button',
        subType: 'CopyCode',
        index: 2,
        parameters: [{ type: 'couponCode', couponCode: 'W25' }],
      },
      { type: 'button', subType: 'Flow', index: 3, parameters: [{ type: 'action' }] },
      { type: 'button', subType: 'VoiceCall', index: 4 },
    ]);
  });

  it('request type, channels, success status, SMS encoding', () => {
    const request = parseMessage({
      user,
      type: 'TEXT',
      content: { text: 'Hi', sms: { encoding: 'auto' } },
      channels: [{ channel: 'whatsapp', successStatus: 'read' }, { channel: 'sms' }],
    });
    expect(request).toEqual({
      user,
      type: 'text',
      content: { text: 'Hi', sms: { encoding: 'AUTO' } },
      channels: [{ channel: 'WhatsApp', successStatus: 'Read' }, { channel: 'SMS' }],
    });
  });

  it('interactive type, header type, reply button type', () => {
    const request = parseMessage({
      user,
      type: 'interactive',
      content: {
        interactive: {
          type: 'Button',
          header: { type: 'TEXT', text: 'Your booking' },
          body: { text: 'Confirm?' },
          action: { buttons: [{ type: 'Reply', reply: { id: 'yes', title: 'Yes' } }] },
        },
      },
    });
    expect(request.content.interactive).toEqual({
      type: 'button',
      header: { type: 'text', text: 'Your booking' },
      body: { text: 'Confirm?' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
    });
  });

  it('RCS card orientation, media height and open-URL application', () => {
    const request = parseMessage({
      user,
      type: 'richcard',
      content: {
        richCard: {
          cardOrientation: 'Vertical',
          title: 'Order shipped',
          media: { height: 'SHORT', contentInfo: { fileUrl: 'https://example.com/parcel.jpg' } },
          suggestions: [
            {
              action: {
                text: 'Track',
                postbackData: 'track',
                openUrlAction: { url: 'https://example.com/t', application: 'browser' },
              },
            },
          ],
        },
      },
    });
    expect(request.type).toBe('richCard');
    expect(request.content.richCard).toMatchObject({
      cardOrientation: 'vertical',
      media: { height: 'short' },
      suggestions: [{ action: { openUrlAction: { application: 'BROWSER' } } }],
    });
  });

  it('a value that is no spelling of the enum stays an error at its path', () => {
    expect(
      issuesOf({ user, type: 'text', content: { text: 'Hi' }, channels: [{ channel: 'whats app' }] }),
    ).toEqual([{ path: 'channels[0].channel', message: expect.stringContaining('"WhatsApp"') }]);
  });
});

describe('numbers written as strings, emitted as numbers', () => {
  it('a button index, and a location inside a template parameter', () => {
    const request = parseMessage({
      user,
      type: 'template',
      content: {
        template: {
          name: 'store_pin',
          language: 'en',
          components: [
            {
              type: 'header',
              parameters: [{ type: 'location', location: { latitude: '38.8693', longitude: '-77.0536' } }],
            },
            {
              type: 'button',
              subType: 'QuickReply',
              index: '0',
              parameters: [{ type: 'payload', payload: 'ok' }],
            },
          ],
        },
      },
    });
    expect(request.content.template?.components).toEqual([
      {
        type: 'header',
        parameters: [{ type: 'location', location: { latitude: 38.8693, longitude: -77.0536 } }],
      },
      { type: 'button', subType: 'QuickReply', index: 0, parameters: [{ type: 'payload', payload: 'ok' }] },
    ]);
  });

  it('a location, video size and duration, audio duration, fallbackAfter, ttlSeconds', () => {
    expect(
      parseMessage({
        user,
        type: 'location',
        content: { location: { latitude: '1.2834', longitude: '103.86' } },
      }).content.location,
    ).toEqual({ latitude: 1.2834, longitude: 103.86 });
    expect(
      parseMessage({
        user,
        type: 'video',
        content: { url: 'https://example.com/a.mp4', video: { filesize: '2700', duration: '5' } },
      }).content.video,
    ).toEqual({ filesize: 2700, duration: 5 });
    expect(
      parseMessage({
        user,
        type: 'audio',
        content: { url: 'https://example.com/a.m4a', audio: { duration: '300' } },
      }).content.audio,
    ).toEqual({ duration: 300 });
    const routed = parseMessage({
      user,
      type: 'text',
      content: { text: 'Hi', whatsApp: { directSend: { category: 'utility', ttlSeconds: '600' } } },
      channels: [{ channel: 'WhatsApp', fallbackAfter: '60' }],
    });
    expect(routed.channels).toEqual([{ channel: 'WhatsApp', fallbackAfter: 60 }]);
    expect(routed.content.whatsApp).toEqual({ directSend: { category: 'utility', ttlSeconds: 600 } });
  });

  it('a string that is not a number stays an error at its path, and the rules still apply to read numbers', () => {
    expect(
      issuesOf({ user, type: 'location', content: { location: { latitude: 'north', longitude: 'west' } } }),
    ).toEqual([
      { path: 'content.location.latitude', message: 'must be a number, got string "north"' },
      { path: 'content.location.longitude', message: 'must be a number, got string "west"' },
    ]);
    expect(
      issuesOf({ user, type: 'location', content: { location: { latitude: '91', longitude: '0' } } }),
    ).toEqual([{ path: 'content.location.latitude', message: 'must be at most 90, got 91' }]);
    expect(issuesOf(templateButton('1.5'))).toEqual([
      { path: 'content.template.components[0].index', message: 'must be a whole number, got 1.5' },
    ]);
    // Only the number fields are read as numbers: a text field keeps its digits as text.
    expect(parseMessage({ user, type: 'text', content: { text: '42' } }).content.text).toBe('42');
  });
});

describe('an integer field reads a whole number written in digits', () => {
  const routed = (fallbackAfter: unknown) => ({
    user,
    type: 'text',
    content: { text: 'Hi' },
    channels: [{ channel: 'WhatsApp', fallbackAfter }, { channel: 'SMS' }],
  });

  it('digits, signed or with spaces around them, are read; "-0" is 0', () => {
    for (const [text, value] of [
      ['60', 60],
      [' 60 ', 60],
      ['+60', 60],
      ['0060', 60],
    ] as const)
      expect(parseMessage(routed(text)).channels?.[0]?.fallbackAfter, text).toBe(value);
    expect(Object.is(parseMessage(templateButton('-0')).content.template?.components?.[0]?.index, 0)).toBe(
      true,
    );
  });

  it('a number in another form ("1e3", "60.0", "60.", ".6e2") is no integer to 8x8: refused at its path, saying so', () => {
    for (const text of ['1e3', '60.0', '60.', '.6e2', '6E1'])
      expect(issuesOf(routed(text)), text).toEqual([
        {
          path: 'channels[0].fallbackAfter',
          message: `must be a whole number written in digits, got string "${text}"`,
        },
      ]);
    expect(issuesOf(templateButton('0e0'))).toEqual([
      {
        path: 'content.template.components[0].index',
        message: 'must be a whole number written in digits, got string "0e0"',
      },
    ]);
    // Not a number at all: the generic sentence, as for any number field.
    expect(issuesOf(routed('0x3c'))).toEqual([
      { path: 'channels[0].fallbackAfter', message: 'must be a number, got string "0x3c"' },
    ]);
  });

  it('white space around a number is the ASCII kind: a no-break or other Unicode space makes it no number', () => {
    expect(parseMessage(routed('\t60\r\n')).channels?.[0]?.fallbackAfter).toBe(60);
    for (const text of ['\u00a060', '60\u2009', '\ufeff60', '\u300060'])
      expect(issuesOf(routed(text)), JSON.stringify(text)).toEqual([
        {
          path: 'channels[0].fallbackAfter',
          message: `must be a number, got string ${JSON.stringify(text)}`,
        },
      ]);
    expect(
      issuesOf({ user, type: 'location', content: { location: { latitude: '\u00a01.5', longitude: '2' } } }),
    ).toEqual([{ path: 'content.location.latitude', message: 'must be a number, got string "\u00a01.5"' }]);
  });

  it('a number field that is not an integer still reads every JSON number written as a string', () => {
    expect(
      parseMessage({ user, type: 'location', content: { location: { latitude: '1e-1', longitude: '-0' } } })
        .content.location,
    ).toEqual({ latitude: 0.1, longitude: 0 });
  });
});

describe('booleans written as strings, emitted as booleans', () => {
  const richCard = (forceRefresh: unknown) => ({
    user,
    type: 'richCard',
    content: {
      richCard: {
        cardOrientation: 'vertical',
        media: { contentInfo: { fileUrl: 'https://www.example.com/a.png', forceRefresh } },
      },
    },
  });
  const forceRefreshOf = (input: unknown) =>
    parseMessage(input).content.richCard?.media.contentInfo.forceRefresh;

  it('a rich card forceRefresh, and one in a carousel card: "true" and "false" in any letter case', () => {
    expect(forceRefreshOf(richCard('true'))).toBe(true);
    expect(forceRefreshOf(richCard('True'))).toBe(true);
    expect(forceRefreshOf(richCard(' FALSE '))).toBe(false);
    const card = (forceRefresh: unknown) => ({
      media: { contentInfo: { fileUrl: 'https://www.example.com/a.png', forceRefresh } },
    });
    const carousel = parseMessage({
      user,
      type: 'carousel',
      content: { carousel: { cardWidth: 'small', cards: [card('False'), card('TRUE')] } },
    }).content.carousel;
    expect(carousel?.cards.map((c) => c.media.contentInfo.forceRefresh)).toEqual([false, true]);
  });

  it('any other string, or a number, stays an error at its path', () => {
    for (const value of ['yes', '1', '', 1]) {
      expect(issuesOf(richCard(value))).toEqual([
        {
          path: 'content.richCard.media.contentInfo.forceRefresh',
          message: `must be a boolean, got ${typeof value} ${JSON.stringify(value)}`,
        },
      ]);
    }
  });

  it("a batch's includeMessagesInResponse (8x8 documents it as 'True')", () => {
    const batch = (flag: unknown) =>
      parseBatch({
        template: { type: 'text', content: { text: 'Hi' } },
        messages: [{ user }],
        includeMessagesInResponse: flag,
      });
    expect(batch('True').includeMessagesInResponse).toBe(true);
    expect(batch('false').includeMessagesInResponse).toBe(false);
    expect(() => batch('yes')).toThrow(
      expect.objectContaining({
        issues: [{ path: 'includeMessagesInResponse', message: 'must be a boolean, got string "yes"' }],
      }),
    );
  });
});

describe('VoiceCall template button with a payload', () => {
  it('parses beside ttlMinutes; ttlMinutes stays VoiceCall-only', () => {
    const voiceCall = {
      type: 'button',
      subType: 'VoiceCall',
      index: 0,
      parameters: [
        { type: 'payload', payload: 'callback-42' },
        { type: 'ttlMinutes', ttlMinutes: '60' },
      ],
    };
    const request = parseMessage({
      user,
      type: 'template',
      content: { template: { name: 'call_us', language: 'en', components: [voiceCall] } },
    });
    expect(request.content.template?.components?.[0]?.parameters).toEqual([
      { type: 'payload', payload: 'callback-42' },
      { type: 'ttlMinutes', ttlMinutes: 60 },
    ]);
    expect(
      issuesOf({
        user,
        type: 'template',
        content: {
          template: {
            name: 'call_us',
            language: 'en',
            components: [
              { ...voiceCall, subType: 'QuickReply', parameters: [{ type: 'ttlMinutes', ttlMinutes: 60 }] },
            ],
          },
        },
      }).map((issue) => issue.path),
    ).toEqual(['content.template.components[0].parameters[0].type']);
  });
});

describe('product list without interactive.type (decisions.md: inferred as product_list)', () => {
  const productList = {
    body: { text: 'Our winter picks' },
    action: {
      catalog_id: '1537225586975845',
      product_retailer_id: 'sku-boots',
      sections: [
        { title: 'Boots', product_items: [{ product_retailer_id: 'sku-boots' }] },
        { title: 'Jackets', product_items: [{ product_retailer_id: 'sku-jacket' }] },
      ],
    },
  };

  it('is read as product_list, with product_retailer_id beside the sections and no header', () => {
    const request = parseMessage({ user, type: 'interactive', content: { interactive: productList } });
    expect(request.content.interactive).toEqual({ type: 'product_list', ...productList });
  });

  it('another message without a type is refused at interactive.type', () => {
    expect(
      issuesOf({
        user,
        type: 'interactive',
        content: {
          interactive: { body: { text: 'Pick' }, action: { catalog_id: 'c', product_retailer_id: 'p' } },
        },
      }),
    ).toEqual([
      {
        path: 'content.interactive.type',
        message: `is required: one of ${INTERACTIVE_TYPES.map((type) => `"${type}"`).join(', ')}`,
      },
    ]);
  });

  it('a missing enum says what to write: the request type, a channel, a card orientation', () => {
    expect(
      issuesOf({
        user,
        content: { richCard: { media: { contentInfo: { fileUrl: 'https://example.com/a.png' } } } },
        channels: [{ fallbackAfter: 60 }],
      }),
    ).toEqual([
      {
        path: 'type',
        message:
          'is required: one of "text", "image", "audio", "video", "file", "location", "interactive", "template", "carousel", "richCard", "buttons"',
      },
      { path: 'content.richCard.cardOrientation', message: 'is required: one of "horizontal", "vertical"' },
      {
        path: 'channels[0].channel',
        message:
          'is required: one of "SMS", "WhatsApp", "Facebook", "RCS", "Viber", "Line", "WeChat", "Zalo", "Instagram"',
      },
    ]);
  });

  it('a product list header, when given, is text', () => {
    expect(
      issuesOf({
        user,
        type: 'interactive',
        content: {
          interactive: {
            ...productList,
            type: 'product_list',
            header: { type: 'image', image: { link: 'https://example.com/a.jpg' } },
          },
        },
      }).map((issue) => issue.path),
    ).toEqual(['content.interactive.header.type']);
  });
});

describe('one root cause, one issue', () => {
  it('a misspelt component type is reported alone', () => {
    expect(
      issuesOf({
        user,
        type: 'template',
        content: {
          template: {
            name: 't',
            language: 'en',
            components: [
              { type: 'Buton', subType: 'Url', index: 0, parameters: [{ type: 'text', text: 'x' }] },
              { type: 'Buton', subType: 'Url', index: 1, parameters: [{ type: 'text', text: 'y' }] },
            ],
          },
        },
      }).map((issue) => issue.path),
    ).toEqual(['content.template.components[0].type', 'content.template.components[1].type']);
  });

  it('a misspelt card component type is reported alone', () => {
    const card = {
      cardIndex: 0,
      components: [{ type: 'Buton', subType: 'Url', index: 0, parameters: [{ type: 'text', text: 'x' }] }],
    };
    expect(
      issuesOf({
        user,
        type: 'template',
        content: {
          template: {
            name: 't',
            language: 'en',
            components: [{ type: 'carousel', cards: [card, { ...card, cardIndex: 1, components: [] }] }],
          },
        },
      }).map((issue) => issue.path),
    ).toEqual(['content.template.components[0].cards[0].components[0].type']);
  });
});

describe('the input is read, never changed', () => {
  it('parseMessage leaves its input as it was', () => {
    const input = { user, type: 'Location', content: { location: { latitude: '1.5', longitude: '2' } } };
    const before = structuredClone(input);
    parseMessage(input);
    expect(input).toEqual(before);
  });

  it('a value that cannot be JSON is still reported, not read', () => {
    expect(() => parseMessage({ user, type: 'text', content: { text: 'Hi', at: new Date(0) } })).toThrow(
      ValidationError,
    );
  });
});

describe('batches read the same way', () => {
  it('template and messages in other letter cases and numbers as strings come back canonical', () => {
    const batch = parseBatch({
      template: { type: 'Location', channels: [{ channel: 'line', fallbackAfter: '30' }] },
      messages: [
        { user, content: { location: { latitude: '13.7563', longitude: '100.5018' } } },
        { user: { msisdn: '+66812345678' }, type: 'TEXT', content: { text: 'Hi' } },
      ],
    });
    expect(batch.template).toEqual({ type: 'location', channels: [{ channel: 'Line', fallbackAfter: 30 }] });
    expect(batch.messages[0]?.content).toEqual({ location: { latitude: 13.7563, longitude: 100.5018 } });
    expect(batch.messages[1]?.type).toBe('text');
  });
});
