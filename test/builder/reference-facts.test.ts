// Each body of test/fixtures/reference-facts.ts is buildable with the chain, without .extra(): build() gives what
// parseMessage gives for the body. Type-checked on TypeScript 6 and 7 by `npm run typecheck`.
import { describe, expect, it } from 'vitest';
import { Carousel, Message, RichCard, Suggestion } from '../../src/builder/index.js';
import { parseMessage } from '../../src/wire/index.js';
import { REFERENCE_FACTS } from '../fixtures/reference-facts.js';

const to = '+6591234567';

const CHAINS: Readonly<Record<string, () => { build(): unknown }>> = {
  'template: location header, voice call button with its TTL': () =>
    Message.to(to)
      .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
      .sms()
      .template('store_pickup_call', 'en_US')
      .header({
        location: { latitude: 1.2834, longitude: 103.8607, name: 'Acme Marina', address: '1 Bayfront Ave' },
      })
      .body('A-1234')
      .voiceCall(0, { ttlMinutes: 2 })
      .fallbackText('Your order A-1234 is ready at Acme Marina, 1 Bayfront Ave.'),
  'template carousel: cards with a location header': () =>
    Message.to(to)
      .template('our_stores', 'en')
      .body('Mei')
      .card((card) =>
        card.header({ location: { latitude: -33.8688, longitude: 151.2093 } }).quickReply(0, 'store-0'),
      )
      .card((card) =>
        card.header({ location: { latitude: -32.8688, longitude: 151.2093 } }).quickReply(0, 'store-1'),
      ),
  'RCS rich card: open-URL chip in a webview': () =>
    Message.to(to)
      .rcs()
      .richCard(
        RichCard.horizontal()
          .thumbnailImageAlignment('left')
          .title('Your plan')
          .media('https://www.example.com/plan.png', { height: 'tall' })
          .suggestion(
            Suggestion.openUrl('See plans', {
              url: 'https://www.example.com/plans',
              application: 'WEBVIEW',
              webviewViewMode: 'HALF',
              postbackData: 'plans',
            }),
          ),
      ),
  'RCS carousel: refreshed media, a map chip on a card': () =>
    Message.to(to).carousel(
      Carousel.medium()
        .card((card) =>
          card
            .title('Store north')
            .media('https://www.example.com/north.png', { height: 'short', forceRefresh: true })
            .suggestion(
              Suggestion.viewLocation('Directions', {
                latitude: 1.3,
                longitude: 103.8,
                label: 'Store north',
                postbackData: 'map-north',
              }),
            ),
        )
        .card((card) =>
          card
            .title('Store south')
            .media('https://www.example.com/south.png', { height: 'short', forceRefresh: false })
            .suggestion(
              Suggestion.viewLocation('Directions', {
                latitude: 2.3,
                longitude: 103.8,
                label: 'Store south',
                postbackData: 'map-south',
              }),
            ),
        ),
    ),
  'RCS text: message chips with a map and a browser link': () =>
    Message.to(to)
      .rcs({ fallbackAfter: 60 })
      .sms()
      .text('How can we help?')
      .suggestions(
        Suggestion.viewLocation('Nearest store', {
          latitude: 1.2834,
          longitude: 103.8607,
          postbackData: 'map',
        }),
        Suggestion.openUrl('Help centre', {
          url: 'https://www.example.com/help',
          application: 'BROWSER',
          webviewViewMode: 'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED',
          postbackData: 'help',
        }),
      ),
};

describe('reference facts, built with the chain', () => {
  it('every fact has its chain', () => {
    expect(Object.keys(CHAINS).sort()).toEqual(REFERENCE_FACTS.map((fact) => fact.name).sort());
  });

  it.each(REFERENCE_FACTS)('$name', ({ name, body }) => {
    const chain = CHAINS[name];
    if (chain === undefined) throw new Error(`no chain for ${name}`);
    expect(chain().build()).toStrictEqual(parseMessage(body));
  });
});
