// The ten messages of message-budget.ts written as object literals typed with the wire type: the baseline that the
// chain's type-checking cost is compared with (test/builder/message-budget.test.ts).
import type { MessageBuilder } from '../../src/builder/index.js';
import type { MessageRequest, Suggestion } from '../../src/wire/index.js';

/** Loads the builders too, so the baseline (message-budget-base.ts) is the same for both files. */
export type Built = MessageBuilder;

declare const reply: Suggestion;

export const literals: MessageRequest[] = [
  {
    user: { msisdn: '+6591234567' },
    clientMessageId: 'reminder-1',
    type: 'text',
    content: { text: 'Reminder: the store opens at 9 today.' },
  },
  {
    user: { msisdn: '+6591234567' },
    type: 'text',
    content: {
      text: 'Hi Alice, your order A-1234 has shipped.',
      fallbackText: 'Order A-1234 shipped.',
      sms: { encoding: 'AUTO', source: 'ACMESHOP' },
    },
    channels: [{ channel: 'WhatsApp', fallbackAfter: 900, successStatus: 'Delivered' }, { channel: 'SMS' }],
  },
  {
    user: { msisdn: '+6591234567' },
    type: 'image',
    content: {
      url: 'https://www.example.com/a.jpg',
      text: 'Welcome aboard!',
      fallbackText: 'Welcome aboard!',
    },
    channels: [
      { channel: 'WhatsApp', fallbackAfter: 60, successStatus: 'Read' },
      { channel: 'Viber', fallbackAfter: 60 },
      { channel: 'SMS' },
    ],
  },
  {
    user: { msisdn: '+15551234567' },
    type: 'template',
    content: {
      template: {
        name: 'winter_collection_launch',
        language: 'en_US',
        components: [
          {
            type: 'header',
            parameters: [{ type: 'image', url: 'https://cdn.example.com/campaigns/winter.jpg' }],
          },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Sam' },
              { type: 'text', text: 'WINTER25' },
            ],
          },
          {
            type: 'button',
            subType: 'QuickReply',
            index: 0,
            parameters: [{ type: 'payload', payload: 'show-collection' }],
          },
          {
            type: 'button',
            subType: 'QuickReply',
            index: 1,
            parameters: [{ type: 'payload', payload: 'unsubscribe' }],
          },
        ],
      },
    },
    channels: [{ channel: 'WhatsApp' }],
  },
  {
    user: { msisdn: '+15551234567' },
    type: 'template',
    content: {
      template: {
        name: 'coupon_offer',
        language: 'en_US',
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
          { type: 'button', subType: 'Url', index: 0, parameters: [{ type: 'text', text: 'winter-sale' }] },
          {
            type: 'button',
            subType: 'CopyCode',
            index: 1,
            parameters: [{ type: 'couponCode', couponCode: 'WINTER25' }],
          },
        ],
      },
    },
    channels: [{ channel: 'WhatsApp' }],
  },
  {
    user: { msisdn: '+15551234567' },
    type: 'template',
    content: {
      template: {
        name: 'product_showcase',
        language: 'en',
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
          {
            type: 'carousel',
            cards: [
              {
                cardIndex: 0,
                components: [
                  {
                    type: 'header',
                    parameters: [{ type: 'image', url: 'https://cdn.example.com/p/boots.jpg' }],
                  },
                  { type: 'body', parameters: [{ type: 'text', text: 'Boots' }] },
                  {
                    type: 'button',
                    subType: 'QuickReply',
                    index: 0,
                    parameters: [{ type: 'payload', payload: 'boots' }],
                  },
                ],
              },
              {
                cardIndex: 1,
                components: [
                  {
                    type: 'header',
                    parameters: [{ type: 'video', url: 'https://cdn.example.com/p/jacket.mp4' }],
                  },
                  { type: 'body', parameters: [{ type: 'text', text: 'Jacket' }] },
                  {
                    type: 'button',
                    subType: 'Url',
                    index: 1,
                    parameters: [{ type: 'text', text: 'jacket' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    },
    channels: [{ channel: 'WhatsApp' }],
  },
  {
    user: { msisdn: '+6591234567' },
    type: 'text',
    content: {
      text: 'Your parcel was delivered at 14:05.',
      whatsApp: { directSend: { category: 'utility', ttlSeconds: 600 } },
    },
    channels: [{ channel: 'WhatsApp' }],
  },
  {
    user: { msisdn: '+6591234567' },
    type: 'text',
    content: { text: 'Yes, that order is on its way.' },
    channels: [{ channel: 'WhatsApp' }],
    context: { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' },
  },
  {
    user: { msisdn: '+10000000000' },
    type: 'text',
    content: { text: 'See you tomorrow at 10:30', suggestions: [reply, reply, reply] },
    channels: [{ channel: 'RCS' }],
  },
  {
    user: { lineUserId: 'Ua12b345678c1de0fg1a1234567891011' },
    type: 'image',
    content: {
      url: 'https://www.example.com/coupon.jpg',
      image: { thumbnail: 'https://www.example.com/coupon-small.jpg' },
    },
    channels: [{ channel: 'Line' }],
  },
];
