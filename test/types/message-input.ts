// Type tests of MessageRequestInput, what parseMessage and a send of a plain object take: a body as 8x8's own examples
// write it compiles (enums in other letter cases, numbers and booleans as strings, readonly arrays, a product list
// without its type), and what no reading of 8x8's could accept does not. test/fixtures/written-bodies.ts holds more
// such bodies, each with what parseMessage returns for it (test/wire/message-input.test.ts).

import {
  type BatchRequest,
  type Client,
  type MessageRequest,
  type MessageRequestInput,
  parseMessage,
  type SendableMessage,
} from '../../src/index.js';

declare const client: Client;
const user = { msisdn: '+6591234567' };

// 8x8's spellings, as its examples write them.
export const template: MessageRequestInput = {
  user,
  type: 'Template',
  content: {
    template: {
      name: 'order_update',
      language: 'en_US',
      components: [
        { type: 'Body', parameters: [{ type: 'Text', text: 'A-1234' }] },
        { type: 'Button', subType: 'url', index: '0', parameters: [{ type: 'text', text: 'A-1234' }] },
        {
          type: 'button',
          subType: 'quickreply',
          index: '1',
          parameters: [{ type: 'payload', payload: 'stop' }],
        },
        {
          type: 'button',
          subType: 'copyCode',
          index: 2,
          parameters: [{ type: 'couponCode', couponCode: 'X' }],
        },
        {
          type: 'carousel',
          cards: [{ cardIndex: '0', components: [{ type: 'Button', subType: 'quickReply', index: '0' }] }],
        },
      ],
    },
  },
  channels: [{ channel: 'whatsapp', fallbackAfter: '60', successStatus: 'read' }, { channel: 'SMS' }],
};

export const location: MessageRequestInput = {
  user,
  type: 'location',
  content: { location: { latitude: '38.8693', longitude: -77.055, name: 'Pentagon City' } },
};

export const card: MessageRequestInput = {
  user,
  type: 'richCard',
  content: {
    richCard: {
      cardOrientation: 'Vertical',
      media: {
        height: 'MEDIUM',
        contentInfo: { fileUrl: 'https://www.example.com/a.png', forceRefresh: 'True' },
      },
    },
  },
};

// A product list without its type: 8x8 infers product_list.
export const productList: MessageRequestInput = {
  user,
  type: 'interactive',
  content: {
    interactive: {
      body: { text: 'Picks' },
      action: { catalog_id: 'c1', sections: [{ product_items: [{ product_retailer_id: 'sku-1' }] }] },
    },
  },
};

// A body written `as const` (readonly arrays and literal types) is an input too.
const constant = {
  user,
  type: 'text',
  content: { text: 'Hi', suggestions: [{ reply: { text: 'Yes', postbackData: 'yes' } }] },
  channels: [{ channel: 'RCS' }, { channel: 'SMS' }],
} as const;
export const asConst: MessageRequestInput = constant;

// Editors still offer the reference's spellings: the canonical values are members of each field's type.
export const offered: NonNullable<MessageRequestInput['channels']>[number]['channel'] = 'WhatsApp';

// What parseMessage returns is a MessageRequest, which every send takes, as it takes the input itself.
export const parsed: MessageRequest = parseMessage(template);
export const sent = [client.send(template), client.send(parsed), client.trySend(constant)];
export const sendable: SendableMessage[] = [template, parsed];
export const batch: BatchRequest = {
  template: {
    type: 'Text',
    content: { text: 'Hello' },
    channels: [{ channel: 'whatsapp', fallbackAfter: '30' }],
  },
  messages: [{ user, clientMessageId: 'b-1' }],
};
export const batchSent = client.sendBatch(batch);

// An integer field's number in digits; any other number field also takes the other forms of a JSON number.
export const digits: MessageRequestInput[] = [
  { user, type: 'text', content: { text: 'Hi' }, channels: [{ channel: 'WhatsApp', fallbackAfter: '60' }] },
  { user, type: 'location', content: { location: { latitude: '1e-1', longitude: '-77.055' } } },
];

// What no reading of 8x8's accepts is refused.
export const refused: MessageRequestInput[] = [
  // @ts-expect-error the reference says string: a number is no msisdn (docs/decisions.md)
  { user: { msisdn: 6591234567 }, type: 'text', content: { text: 'Hi' } },
  // @ts-expect-error a number written as a string must hold a number
  { user, type: 'location', content: { location: { latitude: 'north', longitude: 1 } } },
  {
    user,
    type: 'template',
    content: {
      template: {
        name: 'order_update',
        language: 'en_US',
        components: [
          // @ts-expect-error an index is a number, in digits or not: not a boolean
          { type: 'button', subType: 'Url', index: true, parameters: [{ type: 'text', text: 'x' }] },
          // An index reads digits only: a whole number in another form is refused, as parseMessage refuses it.
          // @ts-expect-error an index in digits: "0.0" is no index
          { type: 'button', subType: 'Url', index: '0.0', parameters: [{ type: 'text', text: 'x' }] },
          // parseMessage also reads " 2 " (digits with spaces around them); the type takes the digits alone, as 8x8
          // writes them (docs/decisions.md).
          // @ts-expect-error an index in digits alone
          { type: 'button', subType: 'Url', index: ' 2 ', parameters: [{ type: 'text', text: 'x' }] },
        ],
      },
    },
  },
  {
    user,
    type: 'richCard',
    content: {
      richCard: {
        cardOrientation: 'vertical',
        // @ts-expect-error forceRefresh is a boolean, or one written as a string: not a number
        media: { contentInfo: { fileUrl: 'https://www.example.com/a.png', forceRefresh: 1 } },
      },
    },
  },
  // An integer field reads digits only: a whole number in another form is refused, as parseMessage refuses it.
  // @ts-expect-error "1e3" holds a whole number, but not in digits
  { user, type: 'text', content: { text: 'Hi' }, channels: [{ channel: 'WhatsApp', fallbackAfter: '1e3' }] },
  // @ts-expect-error "60.0" holds a whole number, but not in digits
  { user, type: 'text', content: { text: 'Hi' }, channels: [{ channel: 'WhatsApp', fallbackAfter: '60.0' }] },
  // @ts-expect-error user is required
  { type: 'text', content: { text: 'Hi' } },
  // @ts-expect-error content is required
  { user, type: 'text' },
  // @ts-expect-error a type is text in any letter case, not a number
  { user, type: 1, content: { text: 'Hi' } },
  // @ts-expect-error a misspelt field of a literal is still caught (txt for text)
  { user, type: 'text', content: { txt: 'Hi' } },
];

// The parsed request is the canonical form: no other spelling reaches it.
// @ts-expect-error MessageRequest's type is the reference's spelling only
export const canonical: MessageRequest = { user, type: 'Text', content: { text: 'Hi' } };
export const canonicalNumber: MessageRequest = {
  user,
  type: 'location',
  // @ts-expect-error MessageRequest's numbers are numbers
  content: { location: { latitude: '1', longitude: 2 } },
};
