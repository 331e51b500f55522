// The same kind of message as an object literal typed with the wire type: pins the cost of the valibot-inferred
// request type, which every message (built or literal) pays once per project.
import type { MessageRequestInput } from '../../../src/index.js';

export const message: MessageRequestInput = {
  user: { msisdn: '+6591234567' },
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
        { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
        {
          type: 'button',
          subType: 'QuickReply',
          index: 0,
          parameters: [{ type: 'payload', payload: 'show' }],
        },
      ],
    },
    fallbackText: 'Winter collection: https://www.example.com/winter',
  },
  channels: [{ channel: 'WhatsApp', fallbackAfter: 900 }, { channel: 'SMS' }],
};
