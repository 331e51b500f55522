// Interactive parts on the message chain: `Message.to(…).whatsapp().interactive(part).build()` gives the content of
// the real request bodies, Direct Send follows the part's `directSendable`, and a bad part never builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { Interactive, Message } from '../../src/index.js';

function fixture(name: string): { user: unknown; type: string; content: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8'));
}

const to = '+6591234567';

describe('interactive parts on a WhatsApp message', () => {
  it('reply buttons with an image header build the real request content', () => {
    const request = Message.to(to)
      .whatsapp()
      .interactive(
        Interactive.buttons('Your check-up is tomorrow at 10:30. Can you make it?')
          .header({ image: 'https://cdn.example.com/appointments/dentist.jpg' })
          .footer('Wellness Dental')
          .button('confirm', 'Confirm')
          .button('reschedule', 'Reschedule')
          .button('cancel', 'Cancel'),
      )
      .build();
    const expected = fixture('whatsapp-interactive-reply-buttons');
    expect(request.type).toBe('interactive');
    expect(request.user).toEqual(expected.user);
    expect(request.content).toEqual(expected.content);
  });

  it('a list builds the real request content', () => {
    const request = Message.to(to)
      .whatsapp()
      .interactive(
        Interactive.list('Which service would you like to book?', { button: 'Services' })
          .header('Book a service')
          .footer('Prices include tax')
          .section('Hair')
          .row('haircut', 'Haircut', '30 minutes, S$25')
          .row('colour', 'Colour', '90 minutes, S$80')
          .section('Nails')
          .row('manicure', 'Manicure', '45 minutes, S$30'),
      )
      .build();
    expect(request.content).toEqual(fixture('whatsapp-interactive-list').content);
  });

  it('a location request builds the real request content', () => {
    const request = Message.to(to)
      .whatsapp()
      .interactive(Interactive.locationRequest('Share your location so we can find the nearest store.'))
      .build();
    expect(request.content).toEqual(fixture('whatsapp-interactive-location-request').content);
  });

  it('Direct Send carries reply buttons with a text header', () => {
    const request = Message.to(to)
      .whatsapp()
      .interactive(
        Interactive.buttons('Did parcel A-1234 arrive in good condition?')
          .header('Delivery feedback')
          .button('ok', 'Yes')
          .button('damaged', 'No, damaged'),
      )
      .directSend()
      .build();
    const { whatsApp, ...content } = request.content;
    const { whatsApp: _expectedWhatsApp, ...expected } = fixture(
      'whatsapp-direct-send-reply-buttons',
    ).content;
    expect(content).toEqual(expected);
    expect(whatsApp?.directSend).toBeDefined();
  });

  it('an invalid part never builds: the error names the path inside the message', () => {
    const chain = Message.to(to)
      .whatsapp()
      .interactive(Interactive.buttons('Pick').button('same', 'A').button('same', 'B'));
    expect(() => chain.build()).toThrow(ValidationError);
    try {
      chain.build();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(
        'content.interactive.action.buttons[1].reply.id',
      );
    }
  });

  it('a partial chain is a reusable template', () => {
    const base = Message.to(to).whatsapp();
    const yes = base.interactive(Interactive.buttons('Pick').button('y', 'Yes')).build();
    const no = base.interactive(Interactive.buttons('Pick').button('n', 'No')).build();
    expect(yes.content.interactive?.action?.buttons?.[0]?.reply.id).toBe('y');
    expect(no.content.interactive?.action?.buttons?.[0]?.reply.id).toBe('n');
  });
});
