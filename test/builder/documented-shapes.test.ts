// Every message shape 8x8 documents is buildable with the builders, without .extra(): our own corpus, one chain and
// the exact body it must send per shape (written from the reference and the OpenAPI, not copied from 8x8's pages).
import { describe, expect, it } from 'vitest';
import { Interactive, Message, Suggestion } from '../../src/builder/index.js';
import { parseMessage } from '../../src/wire/index.js';

const bsuid = 'US.13491208655302741918';

/** The chain's body equals `expected`, and that body parses back to itself. */
function sends(chain: { build(): unknown }, expected: unknown) {
  const body = chain.build();
  expect(body).toEqual(expected);
  expect(parseMessage(body)).toEqual(expected);
}

describe('documented shapes, built without .extra()', () => {
  it('a recipient with both msisdn and channelUserId', () => {
    sends(Message.to('+15551234567', { channelUserId: bsuid }).text('Your ticket is confirmed.'), {
      user: { msisdn: '+15551234567', channelUserId: bsuid },
      type: 'text',
      content: { text: 'Your ticket is confirmed.' },
    });
  });

  it('an interactive voice call names its action voice_call', () => {
    sends(
      Message.to('+15551234567').interactive(
        Interactive.voiceCall('Talk to our team now.', {
          displayText: 'Call us',
          ttlMinutes: 30,
          payload: 'q-7',
        }),
      ),
      {
        user: { msisdn: '+15551234567' },
        type: 'interactive',
        content: {
          interactive: {
            type: 'voice_call',
            body: { text: 'Talk to our team now.' },
            action: {
              name: 'voice_call',
              parameters: { display_text: 'Call us', ttlMinutes: 30, payload: 'q-7' },
            },
          },
        },
      },
    );
  });

  it('call permission and contact info requests, with and without a body', () => {
    sends(
      Message.to('+15551234567').interactive(Interactive.callPermissionRequest().body('May we call you?')),
      {
        user: { msisdn: '+15551234567' },
        type: 'interactive',
        content: {
          interactive: {
            type: 'call_permission_request',
            action: { name: 'call_permission_request' },
            body: { text: 'May we call you?' },
          },
        },
      },
    );
    sends(Message.to('+15551234567').interactive(Interactive.requestContactInfo()), {
      user: { msisdn: '+15551234567' },
      type: 'interactive',
      content: { interactive: { type: 'request_contact_info', action: { name: 'request_contact_info' } } },
    });
  });

  it('a Flow template button without flowActionData, a VoiceCall button with a payload', () => {
    sends(
      Message.to('+15551234567')
        .template('feedback_survey', 'en_US')
        .flow(0)
        .voiceCall(1, { payload: 'survey-callback', ttlMinutes: 120 }),
      {
        user: { msisdn: '+15551234567' },
        type: 'template',
        content: {
          template: {
            name: 'feedback_survey',
            language: 'en_US',
            components: [
              { type: 'button', subType: 'Flow', index: 0, parameters: [{ type: 'action' }] },
              {
                type: 'button',
                subType: 'VoiceCall',
                index: 1,
                parameters: [
                  { type: 'payload', payload: 'survey-callback' },
                  { type: 'ttlMinutes', ttlMinutes: 120 },
                ],
              },
            ],
          },
        },
      },
    );
  });

  it('named template parameters (a Zalo OTP template)', () => {
    sends(Message.to('+84912345678').zalo().template('otp_zns', 'vi').body({ name: 'otp', text: '482910' }), {
      user: { msisdn: '+84912345678' },
      type: 'template',
      content: {
        template: {
          name: 'otp_zns',
          language: 'vi',
          components: [{ type: 'body', parameters: [{ type: 'text', name: 'otp', text: '482910' }] }],
        },
      },
      channels: [{ channel: 'Zalo' }],
    });
  });

  it('open-URL suggestions with every application value', () => {
    const browser = Suggestion.openUrl('Visit us', {
      url: 'https://www.example.com',
      application: 'BROWSER',
      webviewViewMode: 'FULL',
      description: 'Our website',
      postbackData: 'visit',
    });
    const webview = Suggestion.openUrl('Plans', {
      url: 'https://www.example.com/plans',
      application: 'WEBVIEW',
      webviewViewMode: 'HALF',
      postbackData: 'plans',
    });
    const unspecified = Suggestion.openUrl('Help', {
      url: 'https://www.example.com/help',
      application: 'OPEN_URL_APPLICATION_UNSPECIFIED',
      postbackData: 'help',
    });
    sends(
      Message.to('+15551234567').rcs().text('How can we help?').suggestions(browser, webview, unspecified),
      {
        user: { msisdn: '+15551234567' },
        type: 'text',
        content: {
          text: 'How can we help?',
          suggestions: [
            {
              action: {
                text: 'Visit us',
                postbackData: 'visit',
                openUrlAction: {
                  url: 'https://www.example.com',
                  application: 'BROWSER',
                  webviewViewMode: 'FULL',
                  description: 'Our website',
                },
              },
            },
            {
              action: {
                text: 'Plans',
                postbackData: 'plans',
                openUrlAction: {
                  url: 'https://www.example.com/plans',
                  application: 'WEBVIEW',
                  webviewViewMode: 'HALF',
                },
              },
            },
            {
              action: {
                text: 'Help',
                postbackData: 'help',
                openUrlAction: {
                  url: 'https://www.example.com/help',
                  application: 'OPEN_URL_APPLICATION_UNSPECIFIED',
                },
              },
            },
          ],
        },
        channels: [{ channel: 'RCS' }],
      },
    );
  });

  it('a product list without a header, with product_retailer_id beside its sections', () => {
    const picks = Interactive.productList('Our winter picks', {
      catalogId: 'catalog-1',
      productRetailerId: 'sku-boots',
    })
      .section('Boots')
      .product('sku-boots')
      .section('Jackets')
      .product('sku-jacket');
    sends(Message.to('+15551234567').interactive(picks), {
      user: { msisdn: '+15551234567' },
      type: 'interactive',
      content: {
        interactive: {
          type: 'product_list',
          body: { text: 'Our winter picks' },
          action: {
            catalog_id: 'catalog-1',
            product_retailer_id: 'sku-boots',
            sections: [
              { title: 'Boots', product_items: [{ product_retailer_id: 'sku-boots' }] },
              { title: 'Jackets', product_items: [{ product_retailer_id: 'sku-jacket' }] },
            ],
          },
        },
      },
    });
  });
});
