// Our own acceptance corpus (issue 8): request bodies shaped as 8x8 publishes them, one per class of parts 1–3 of the
// issue and per documented message shape, written from the reference and the OpenAPI (facts only, not copied). Each
// body must parse; each one a builder can write has the chain that sends it (the canonical form parseMessage returns:
// enums in the reference's spelling, numbers as numbers) without .extra(). This file is type-checked on TypeScript 6
// and 7 by `npm run typecheck`, so every chain here compiles on both. The figures are printed and pinned.
import { describe, expect, it } from 'vitest';
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage } from '../../src/wire/index.js';

const msisdn = '+15551234567';
const bsuid = 'US.13491208655302741918';
const lineUserId = 'Ua12b345678c1de0fg1a1234567891011';

interface Case {
  /** The class of the issue (part.letter) or the documented shape it stands for. */
  readonly name: string;
  /** The body as 8x8's material writes it (any letter case, numbers as strings where it does). */
  readonly body: unknown;
  /** The chain that sends the canonical body, when a builder can write it. */
  readonly chain?: () => { build(): unknown };
}

const CASES: readonly Case[] = [
  // ── Part 1: parse what 8x8 accepts ──────────────────────────────────────────────────────────────────────────────
  {
    name: '1a request type and channel names in another letter case',
    body: {
      user: { msisdn },
      type: 'Text',
      content: { text: 'Hello' },
      channels: [{ channel: 'whatsapp' }, { channel: 'sms' }],
    },
    chain: () => Message.to(msisdn).whatsapp().sms().text('Hello'),
  },
  {
    name: '1a template component "Button", subTypes "url", "quickreply", "copyCode"',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'order_ready',
          language: 'en_US',
          components: [
            { type: 'Body', parameters: [{ type: 'Text', text: 'A-1234' }] },
            { type: 'Button', subType: 'url', index: 0, parameters: [{ type: 'text', text: 'A-1234' }] },
            {
              type: 'Button',
              subType: 'quickreply',
              index: 1,
              parameters: [{ type: 'payload', payload: 'stop' }],
            },
            {
              type: 'button',
              subType: 'copyCode',
              index: 2,
              parameters: [{ type: 'couponCode', couponCode: 'SAVE10' }],
            },
          ],
        },
      },
    },
    chain: () =>
      Message.to(msisdn)
        .template('order_ready', 'en_US')
        .body('A-1234')
        .url(0, 'A-1234')
        .quickReply(1, 'stop')
        .copyCode(2, 'SAVE10'),
  },
  {
    name: '1a Flow button subType "flow"',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'signup_flow',
          language: 'en',
          components: [
            {
              type: 'button',
              subType: 'flow',
              index: '0',
              parameters: [{ type: 'action', flowActionData: { screen: 'WELCOME', data: { plan: 'gold' } } }],
            },
          ],
        },
      },
    },
    chain: () =>
      Message.to(msisdn)
        .template('signup_flow', 'en')
        .flow(0, { screen: 'WELCOME', data: { plan: 'gold' } }),
  },
  {
    name: '1b button index "0", location coordinates as strings',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'store_pickup',
          language: 'en_US',
          components: [
            {
              type: 'header',
              parameters: [
                {
                  type: 'location',
                  location: {
                    latitude: '38.8693',
                    longitude: '-77.0536',
                    name: 'Store',
                    address: '1 Main St',
                  },
                },
              ],
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
    },
    chain: () =>
      Message.to(msisdn)
        .template('store_pickup', 'en_US')
        .header({ location: { latitude: 38.8693, longitude: -77.0536, name: 'Store', address: '1 Main St' } })
        .quickReply(0, 'ok'),
  },
  {
    name: '1b content.location as strings',
    body: {
      user: { msisdn },
      type: 'location',
      content: { location: { latitude: '1.2834', longitude: '103.8607', name: 'Marina' } },
    },
    chain: () => Message.to(msisdn).location({ latitude: 1.2834, longitude: 103.8607, name: 'Marina' }),
  },
  {
    name: '1b video filesize and duration as strings',
    body: {
      user: { msisdn },
      type: 'video',
      content: {
        url: 'https://www.example.com/clip.mp4',
        video: { thumbnail: 'https://www.example.com/t.jpg', filesize: '2700', duration: '5' },
      },
      channels: [{ channel: 'Line' }],
    },
    chain: () =>
      Message.to(msisdn).line().video('https://www.example.com/clip.mp4', {
        thumbnail: 'https://www.example.com/t.jpg',
        filesize: 2700,
        duration: 5,
      }),
  },
  {
    name: '1c VoiceCall button with payload and ttlMinutes',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'call_us',
          language: 'en_US',
          components: [
            {
              type: 'button',
              subType: 'VoiceCall',
              index: 0,
              parameters: [
                { type: 'payload', payload: 'queue-2' },
                { type: 'ttlMinutes', ttlMinutes: 60 },
              ],
            },
          ],
        },
      },
    },
    chain: () =>
      Message.to(msisdn).template('call_us', 'en_US').voiceCall(0, { payload: 'queue-2', ttlMinutes: 60 }),
  },
  {
    name: '1d product list without interactive.type, with product_retailer_id',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          header: { type: 'text', text: 'Winter' },
          body: { text: 'Our picks' },
          action: {
            catalog_id: 'cat-1',
            product_retailer_id: 'sku-1',
            sections: [{ title: 'Boots', product_items: [{ product_retailer_id: 'sku-1' }] }],
          },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.productList('Our picks', {
          header: 'Winter',
          catalogId: 'cat-1',
          productRetailerId: 'sku-1',
        })
          .section('Boots')
          .product('sku-1'),
      ),
  },
  // ── Part 2: no channels override ────────────────────────────────────────────────────────────────────────────────
  {
    name: '2 template without channels',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'welcome',
          language: 'en',
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'Sam' }] }],
        },
      },
    },
    chain: () => Message.to(msisdn).template('welcome', 'en').body('Sam'),
  },
  {
    name: '2 reply buttons without channels',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'button',
          body: { text: 'Still on for 10:30?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
              { type: 'reply', reply: { id: 'no', title: 'No' } },
            ],
          },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.buttons('Still on for 10:30?').button('yes', 'Yes').button('no', 'No'),
      ),
  },
  {
    name: '2 reply context without channels',
    body: {
      user: { msisdn },
      type: 'text',
      content: { text: 'Thanks!' },
      context: { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' },
    },
    chain: () => Message.to(msisdn).text('Thanks!').replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc'),
  },
  {
    name: '2 rich card without channels',
    body: {
      user: { msisdn },
      type: 'richCard',
      content: {
        richCard: {
          cardOrientation: 'vertical',
          title: 'Sale',
          media: { height: 'medium', contentInfo: { fileUrl: 'https://www.example.com/sale.png' } },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).richCard(
        RichCard.vertical().title('Sale').media('https://www.example.com/sale.png', { height: 'medium' }),
      ),
  },
  // ── Part 3: every documented shape with the builders ───────────────────────────────────────────────────────────
  {
    name: '3 msisdn and channelUserId together',
    body: { user: { msisdn, channelUserId: bsuid }, type: 'text', content: { text: 'Hi' } },
    chain: () => Message.to(msisdn, { channelUserId: bsuid }).text('Hi'),
  },
  {
    name: '3 channelUserId alone, no channels',
    body: { user: { channelUserId: bsuid }, type: 'text', content: { text: 'Hi' } },
    chain: () => Message.toChannelUser(bsuid).text('Hi'),
  },
  {
    name: '3 lineUserId alone, no channels',
    body: { user: { lineUserId }, type: 'text', content: { text: 'Your coupon' } },
    chain: () => Message.toLineUser(lineUserId).text('Your coupon'),
  },
  {
    name: '3 voice call interactive with action name',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'voice_call',
          body: { text: 'Talk to us' },
          action: { name: 'voice_call', parameters: { display_text: 'Call now', ttlMinutes: 100 } },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.voiceCall('Talk to us', { displayText: 'Call now', ttlMinutes: 100 }),
      ),
  },
  {
    name: '3 call permission request with its action, then its body',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'call_permission_request',
          action: { name: 'call_permission_request' },
          body: { text: 'May we call you?' },
        },
      },
    },
    chain: () => Message.to(msisdn).interactive(Interactive.callPermissionRequest().body('May we call you?')),
  },
  {
    name: '3 call permission request without an action',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: { interactive: { type: 'call_permission_request', body: { text: 'May we call you?' } } },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.callPermissionRequest().withoutAction().body('May we call you?'),
      ),
  },
  {
    name: '3 request contact info, no body, no action',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: { interactive: { type: 'request_contact_info' } },
    },
    chain: () => Message.to(msisdn).interactive(Interactive.requestContactInfo().withoutAction()),
  },
  {
    name: '3 request contact info with its action',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'request_contact_info',
          action: { name: 'request_contact_info' },
          body: { text: 'Share your details' },
        },
      },
    },
    chain: () => Message.to(msisdn).interactive(Interactive.requestContactInfo().body('Share your details')),
  },
  {
    name: '3 call permission request template component',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'call_ok',
          language: 'en',
          components: [
            { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
            { type: 'call_permission_request' },
          ],
        },
      },
    },
    chain: () => Message.to(msisdn).template('call_ok', 'en').body('Sam').callPermissionRequest(),
  },
  {
    name: '3 Flow template button without flowActionData',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'survey',
          language: 'en',
          components: [{ type: 'button', subType: 'Flow', index: 0, parameters: [{ type: 'action' }] }],
        },
      },
    },
    chain: () => Message.to(msisdn).template('survey', 'en').flow(0),
  },
  {
    name: '3 named template parameters (Zalo OTP)',
    body: {
      user: { msisdn: '+84912345678' },
      type: 'template',
      content: {
        template: {
          name: 'otp',
          language: 'vi',
          components: [{ type: 'body', parameters: [{ type: 'text', name: 'otp', text: '482910' }] }],
        },
      },
      channels: [{ channel: 'Zalo' }],
    },
    chain: () =>
      Message.to('+84912345678').zalo().template('otp', 'vi').body({ name: 'otp', text: '482910' }),
  },
  {
    name: '3 open-URL suggestion, BROWSER with webviewViewMode and description',
    body: {
      user: { msisdn },
      type: 'text',
      content: {
        text: 'See our site',
        suggestions: [
          {
            action: {
              text: 'Open',
              postbackData: 'open',
              openUrlAction: {
                url: 'https://www.example.com',
                application: 'BROWSER',
                webviewViewMode: 'FULL',
                description: 'Site',
              },
            },
          },
        ],
      },
      channels: [{ channel: 'RCS' }],
    },
    chain: () =>
      Message.to(msisdn)
        .rcs()
        .text('See our site')
        .suggestions(
          Suggestion.openUrl('Open', {
            url: 'https://www.example.com',
            application: 'BROWSER',
            webviewViewMode: 'FULL',
            description: 'Site',
            postbackData: 'open',
          }),
        ),
  },
  {
    name: '3 product list without a header',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'product_list',
          body: { text: 'Picks' },
          action: {
            catalog_id: 'cat-1',
            sections: [{ title: 'Boots', product_items: [{ product_retailer_id: 'sku-1' }] }],
          },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.productList('Picks', { catalogId: 'cat-1' }).section('Boots').product('sku-1'),
      ),
  },
  // ── Other documented shapes ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'image with caption and SMS fallback text',
    body: {
      user: { msisdn },
      type: 'Image',
      content: {
        url: 'https://www.example.com/a.jpg',
        text: 'Your receipt',
        fallbackText: 'Receipt: https://www.example.com/a.jpg',
      },
      channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
    },
    chain: () =>
      Message.to(msisdn)
        .whatsapp({ fallbackAfter: 60 })
        .sms()
        .image('https://www.example.com/a.jpg', { text: 'Your receipt' })
        .fallbackText('Receipt: https://www.example.com/a.jpg'),
  },
  {
    name: 'file with caption',
    body: {
      user: { msisdn },
      type: 'File',
      content: { url: 'https://www.example.com/invoice.pdf', text: 'Invoice' },
    },
    chain: () => Message.to(msisdn).file('https://www.example.com/invoice.pdf', { text: 'Invoice' }),
  },
  {
    name: 'LINE audio with duration',
    body: {
      user: { lineUserId },
      type: 'audio',
      content: { url: 'https://www.example.com/a.m4a', audio: { duration: 60000 } },
      channels: [{ channel: 'Line' }],
    },
    chain: () =>
      Message.toLineUser(lineUserId).line().audio('https://www.example.com/a.m4a', { duration: 60000 }),
  },
  {
    name: 'list message',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'list',
          header: { type: 'text', text: 'Slots' },
          body: { text: 'Pick a slot' },
          footer: { text: 'Times are local' },
          action: {
            button: 'Slots',
            sections: [
              { title: 'Tomorrow', rows: [{ id: 'am', title: 'Morning', description: '08:00-12:00' }] },
              { title: 'Friday', rows: [{ id: 'pm', title: 'Afternoon' }] },
            ],
          },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.list('Pick a slot', { button: 'Slots' })
          .header('Slots')
          .footer('Times are local')
          .section('Tomorrow')
          .row('am', 'Morning', '08:00-12:00')
          .section('Friday')
          .row('pm', 'Afternoon'),
      ),
  },
  {
    name: 'CTA URL with Direct Send',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'cta_url',
          header: { type: 'text', text: 'Order A-1' },
          body: { text: 'Track it' },
          action: {
            name: 'cta_url',
            parameters: { display_text: 'Track', url: 'https://www.example.com/t/1' },
          },
        },
        whatsApp: { directSend: { category: 'utility', ttlSeconds: 600 } },
      },
      channels: [{ channel: 'WhatsApp' }],
    },
    chain: () =>
      Message.to(msisdn)
        .whatsapp()
        .interactive(
          Interactive.ctaUrl('Track it', { displayText: 'Track', url: 'https://www.example.com/t/1' })
            .header('Order A-1')
            .namedAction(),
        )
        .directSend({ ttlSeconds: 600 }),
  },
  {
    name: 'flow interactive',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'flow',
          body: { text: 'Book now' },
          action: {
            name: 'flow',
            parameters: {
              flowId: '123',
              flowCta: 'Book',
              flowAction: 'navigate',
              flowActionPayload: { screen: 'START' },
            },
          },
        },
      },
    },
    chain: () =>
      Message.to(msisdn).interactive(
        Interactive.flow('Book now', {
          flowId: '123',
          flowCta: 'Book',
          flowAction: 'navigate',
          screen: 'START',
        }).namedAction(),
      ),
  },
  {
    name: 'location request',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: {
        interactive: {
          type: 'location_request_message',
          body: { text: 'Where are you?' },
          action: { name: 'send_location' },
        },
      },
    },
    chain: () => Message.to(msisdn).interactive(Interactive.locationRequest('Where are you?')),
  },
  {
    name: 'template with image header and quick replies, scheduled, expiry, clientMessageId',
    body: {
      user: { msisdn },
      clientMessageId: 'promo-1',
      type: 'template',
      content: {
        template: {
          name: 'promo',
          language: 'en',
          components: [
            { type: 'header', parameters: [{ type: 'image', url: 'https://www.example.com/p.jpg' }] },
            { type: 'body', parameters: [{ type: 'text', text: 'Sam' }] },
            {
              type: 'button',
              subType: 'QuickReply',
              index: 0,
              parameters: [{ type: 'payload', payload: 'yes' }],
            },
          ],
        },
      },
      scheduled: '2026-12-24T09:00:00Z',
      expiry: '2026-12-25T09:00:00Z',
    },
    chain: () =>
      Message.to(msisdn)
        .template('promo', 'en')
        .header({ image: 'https://www.example.com/p.jpg' })
        .body('Sam')
        .quickReply(0, 'yes')
        .clientMessageId('promo-1')
        .scheduled('2026-12-24T09:00:00Z')
        .expiry('2026-12-25T09:00:00Z'),
  },
  {
    name: 'Viber rich media',
    body: {
      user: { msisdn: '+380501234567' },
      type: 'buttons',
      content: {
        text: 'New arrivals',
        url: 'https://www.example.com/new.jpg',
        button: { caption: 'See more', action: 'https://www.example.com/new' },
      },
      channels: [{ channel: 'Viber' }],
    },
    chain: () =>
      Message.to('+380501234567')
        .viber()
        .richMedia({
          text: 'New arrivals',
          image: 'https://www.example.com/new.jpg',
          button: { caption: 'See more', url: 'https://www.example.com/new' },
        }),
  },
  {
    name: 'RCS carousel with suggestions',
    body: {
      user: { msisdn },
      type: 'carousel',
      content: {
        carousel: {
          cardWidth: 'medium',
          cards: [
            {
              title: 'Blue',
              media: { height: 'medium', contentInfo: { fileUrl: 'https://www.example.com/b.png' } },
              suggestions: [{ reply: { text: 'Buy', postbackData: 'buy-blue' } }],
            },
            {
              title: 'Red',
              media: { height: 'medium', contentInfo: { fileUrl: 'https://www.example.com/r.png' } },
            },
          ],
        },
      },
      channels: [{ channel: 'RCS' }],
    },
    chain: () =>
      Message.to(msisdn)
        .rcs()
        .carousel(
          Carousel.medium()
            .card((card) =>
              card
                .title('Blue')
                .media('https://www.example.com/b.png', { height: 'medium' })
                .suggestion(Suggestion.reply('Buy', 'buy-blue')),
            )
            .card((card) => card.title('Red').media('https://www.example.com/r.png', { height: 'medium' })),
        ),
  },
  {
    name: 'dlrCallbackUrl and SMS settings',
    body: {
      user: { msisdn },
      type: 'text',
      content: { text: 'Code 482910', sms: { encoding: 'AUTO', source: 'ACME' } },
      dlrCallbackUrl: 'https://www.example.com/dlr',
      channels: [{ channel: 'WhatsApp' }, { channel: 'SMS' }],
    },
    chain: () =>
      Message.to(msisdn)
        .whatsapp()
        .sms()
        .text('Code 482910')
        .sms({ encoding: 'AUTO', source: 'ACME' })
        .dlrCallbackUrl('https://www.example.com/dlr'),
  },
];

/** Bodies 8x8 refuses too: the one path each must be refused at. */
const REFUSED: readonly { readonly name: string; readonly body: unknown; readonly path: string }[] = [
  {
    name: '1e a misspelt component type, reported alone (not its button fields)',
    body: {
      user: { msisdn },
      type: 'template',
      content: {
        template: {
          name: 'order_ready',
          language: 'en_US',
          components: [
            { type: 'Buton', subType: 'url', index: '0', parameters: [{ type: 'text', text: 'A-1' }] },
          ],
        },
      },
    },
    path: 'content.template.components[0].type',
  },
  {
    name: '1b a coordinate written as a string that is no number',
    body: {
      user: { msisdn },
      type: 'location',
      content: { location: { latitude: 'north', longitude: '103.8' } },
    },
    path: 'content.location.latitude',
  },
  {
    name: 'a media URL without a scheme',
    body: { user: { msisdn }, type: 'image', content: { url: 'www.example.com/a.jpg' } },
    path: 'content.url',
  },
  {
    name: 'reply buttons with an empty action',
    body: {
      user: { msisdn },
      type: 'interactive',
      content: { interactive: { type: 'button', body: { text: 'Pick' }, action: {} } },
    },
    path: 'content.interactive.action.buttons',
  },
];

const parsed = new Map<string, unknown>();
const built = { same: 0, sameBytes: 0 };

describe('acceptance corpus: 8x8-shaped bodies parse to their canonical form', () => {
  for (const { name, body } of CASES) {
    it(name, () => {
      const request = parseMessage(body);
      parsed.set(name, request);
      // Parsing the canonical form changes nothing.
      expect(parseMessage(request)).toEqual(request);
    });
  }
  for (const { name, body, path } of REFUSED) {
    it(`refuses ${name} at ${path}`, () => {
      const error = (() => {
        try {
          parseMessage(body);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([path]);
    });
  }
});

describe('acceptance corpus: the builders send each canonical body, without .extra()', () => {
  for (const { name, body, chain } of CASES) {
    if (chain === undefined) continue;
    it(name, () => {
      const expected = parseMessage(body);
      const sent = chain().build();
      expect(sent).toEqual(expected);
      built.same += 1;
      if (JSON.stringify(sent) === JSON.stringify(expected)) built.sameBytes += 1;
      else console.log(`key order differs: ${name}\n${JSON.stringify(sent)}\n${JSON.stringify(expected)}`);
    });
  }

  it('figures: every body parses, every one is built', () => {
    const buildable = CASES.filter((entry) => entry.chain !== undefined).length;
    console.log(
      `acceptance corpus: ${parsed.size}/${CASES.length} bodies parse, ${REFUSED.length} refused at their path; ` +
        `${built.same}/${CASES.length} sent by a builder chain (${built.sameBytes} byte for byte, key order too)`,
    );
    expect(parsed.size).toBe(CASES.length);
    expect(built.same).toBe(buildable);
    expect(buildable).toBe(CASES.length);
    // The builders write keys in the reference's order, so the canonical bodies come out byte for byte as well.
    expect(built.sameBytes).toBe(buildable);
  });
});
