// RCS parts on the message chain: `Message.to(…).rcs().richCard(card)` and friends give the content of the real
// request bodies, and a bad part never builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { Carousel, Message, RichCard, Suggestion } from '../../src/index.js';

function fixture(name: string): { content: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8'));
}

const to = '+10000000000';

describe('RCS parts on an RCS message', () => {
  it('a text with suggestions builds the real request content', () => {
    const request = Message.to(to)
      .rcs()
      .text('Hi Sarah! A reminder: your appointment at Wellness Dental is tomorrow at 10:30 AM.')
      .suggestions(
        Suggestion.reply('Confirm', 'Y29uZmlybQ=='),
        Suggestion.reply('Reschedule', 'cmVzY2hlZHVsZQ=='),
        Suggestion.dial('Call the clinic', {
          phoneNumber: '+10000000002',
          postbackData: 'Y2FsbA==',
          fallbackUrl: 'https://www.example.com/contact',
        }),
      )
      .build();
    expect(request.content).toEqual(fixture('rcs-text-suggestions').content);
  });

  it('a rich card falling back to SMS builds the real card', () => {
    const request = Message.to(to)
      .rcs()
      .sms()
      .richCard(
        RichCard.vertical()
          .title('Your order has shipped')
          .description('Order #ORD-8821 arrives tomorrow by 6 PM.')
          .media('https://www.example.com/images/parcel.jpg', {
            height: 'medium',
            thumbnailUrl: 'https://www.example.com/images/parcel-thumb.jpg',
            forceRefresh: false,
          })
          .suggestion(
            Suggestion.openUrl('Track order', {
              url: 'https://www.example.com/track/ORD-8821',
              postbackData: 'dHJhY2tfb3JkZXI=',
            }),
          )
          .suggestion(
            Suggestion.dial('Call us', { phoneNumber: '+10000000001', postbackData: 'Y2FsbF91cw==' }),
          )
          .suggestion(Suggestion.reply('Thanks!', 'dGhhbmtz')),
      )
      .fallbackText('Your order ORD-8821 has shipped and arrives tomorrow by 6 PM.')
      .build();
    expect(request.content.richCard).toEqual(fixture('rcs-rich-card').content['richCard']);
    expect(request.channels?.map((channel) => channel.channel)).toEqual(['RCS', 'SMS']);
  });

  it('a carousel with message-level suggestions builds the real request content', () => {
    const request = Message.to(to)
      .rcs()
      .carousel(
        Carousel.medium()
          .card((card) =>
            card
              .title('Basic plan')
              .description('10 GB data, unlimited calls')
              .media('https://www.example.com/plans/basic.png', { height: 'short' })
              .suggestion(Suggestion.reply('Choose Basic', 'cGxhbl9iYXNpYw==')),
          )
          .card((card) =>
            card
              .title('Plus plan')
              .description('50 GB data, unlimited calls')
              .media('https://www.example.com/plans/plus.png', { height: 'short' })
              .suggestion(Suggestion.reply('Choose Plus', 'cGxhbl9wbHVz'))
              .suggestion(
                Suggestion.openUrl('Compare plans', {
                  url: 'https://www.example.com/plans',
                  application: 'WEBVIEW',
                  webviewViewMode: 'FULL',
                  description: 'Plan comparison',
                  postbackData: 'Y29tcGFyZQ==',
                }),
              ),
          )
          .card((card) =>
            card.title('Max plan').media('https://www.example.com/plans/max.png', { height: 'short' }),
          ),
      )
      .suggestions(
        Suggestion.reply('Talk to sales', 'c2FsZXM='),
        Suggestion.viewLocation('Find a store', { query: 'phone stores near me', postbackData: 'c3RvcmVz' }),
      )
      .build();
    expect(request.content).toEqual(fixture('rcs-carousel').content);
  });

  it('an invalid part never builds: the error names the path inside the message', () => {
    const chain = Message.to(to)
      .rcs()
      .richCard(RichCard.vertical().media('https://example.com/a.png').title('x'.repeat(201)));
    expect(() => chain.build()).toThrow(ValidationError);
    expect(() => chain.build()).toThrow(/content\.richCard\.title/);
  });
});
