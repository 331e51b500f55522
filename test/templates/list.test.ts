// Reading the template list: the facts of each header format, placeholder style and button type; approved only by
// default; lenient about letter case; deterministic order.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { templateRegistryFromList } from '../../src/templates/list.js';
import { registry, templateList } from './fixture.js';

describe('templateRegistryFromList', () => {
  it('keeps approved template languages only, by default', () => {
    expect(Object.keys(registry)).toEqual([
      'appointment_reminder',
      'call_us',
      'coupon_cards',
      'delivery_window',
      'flash_sale',
      'invoice_ready',
      'login_code',
      'order_shipped',
      'product_showcase',
      'share_contact',
      'sign_up_flow',
      'store_opening',
      'trail_gear',
      'winter_collection_launch',
    ]);
    // fr_FR is PAUSED; pt_BR is "approved" in lower case.
    expect(Object.keys(registry['order_shipped']!)).toEqual(['en_US', 'es_MX', 'pt_BR']);
  });

  it('includes other statuses when asked', () => {
    const pending = templateRegistryFromList(templateList, { statuses: ['approved', 'pending'] });
    expect(pending['spring_promo']?.['en_US']?.status).toBe('PENDING');
    expect(pending['old_offer']).toBeUndefined();
    const all = templateRegistryFromList(templateList, { statuses: 'all' });
    expect(all['old_offer']?.['en_US']?.status).toBe('REJECTED');
    expect(Object.keys(all['order_shipped']!)).toEqual(['en_US', 'es_MX', 'fr_FR', 'pt_BR']);
  });

  it('reads each header format and a text header placeholder', () => {
    const header = (name: string, language: string) => registry[name]?.[language]?.header;
    expect(header('order_shipped', 'en_US')).toEqual({ format: 'Image', placeholders: 0 });
    expect(header('order_shipped', 'pt_BR')).toEqual({ format: 'Image', placeholders: 0 });
    expect(header('winter_collection_launch', 'en_US')).toEqual({ format: 'Video', placeholders: 0 });
    expect(header('invoice_ready', 'en_US')).toEqual({ format: 'Document', placeholders: 0 });
    expect(header('store_opening', 'en_GB')).toEqual({ format: 'Location', placeholders: 0 });
    expect(header('flash_sale', 'en_US')).toEqual({ format: 'Gif', placeholders: 0 });
    expect(header('delivery_window', 'en_GB')).toEqual({ format: 'Text', placeholders: 1 });
    expect(header('sign_up_flow', 'en_US')).toEqual({ format: 'Text', placeholders: 0 });
    expect(header('call_us', 'en_US')).toBeNull();
  });

  it('counts different placeholders, positional or named', () => {
    expect(registry['order_shipped']?.['en_US']).toMatchObject({ body: 3, bodyNames: [] });
    // {{first_name}} is used twice: two different placeholders.
    expect(registry['winter_collection_launch']?.['en_US']).toMatchObject({
      body: 2,
      bodyNames: ['first_name', 'discount_code'],
    });
    expect(registry['sign_up_flow']?.['en_US']?.body).toBe(0);
  });

  it('gives each button type its send-time sub-type and value', () => {
    const buttons = (name: string, language = 'en_US') => registry[name]?.[language]?.buttons;
    expect(buttons('order_shipped')).toEqual([
      { type: 'URL', subType: 'Url', parameter: 'required' },
      { type: 'QUICK_REPLY', subType: 'QuickReply', parameter: 'optional' },
    ]);
    expect(buttons('order_shipped', 'pt_BR')).toEqual(buttons('order_shipped'));
    expect(buttons('invoice_ready')).toEqual([
      { type: 'PHONE_NUMBER', subType: null, parameter: 'none' },
      { type: 'URL', subType: 'Url', parameter: 'none' },
    ]);
    expect(buttons('flash_sale')?.[1]).toEqual({
      type: 'COPY_CODE',
      subType: 'CopyCode',
      parameter: 'required',
    });
    expect(buttons('login_code')).toEqual([{ type: 'OTP', subType: 'Url', parameter: 'required' }]);
    expect(buttons('sign_up_flow')).toEqual([{ type: 'FLOW', subType: 'Flow', parameter: 'optional' }]);
    expect(buttons('call_us')?.[0]).toEqual({
      type: 'VOICE_CALL',
      subType: 'VoiceCall',
      parameter: 'optional',
    });
    expect(buttons('share_contact', 'en')).toEqual([
      { type: 'REQUEST_CONTACT_INFO', subType: null, parameter: 'none' },
    ]);
  });

  it('takes any value on a button type it does not know, rather than refuse on a guess', () => {
    const list = {
      templates: [
        {
          templateName: 'future',
          language: 'en',
          status: 'APPROVED',
          components: [{ type: 'BUTTONS', buttons: [{ type: 'CATALOG', text: 'View' }] }],
        },
      ],
    };
    expect(templateRegistryFromList(list)['future']?.['en']?.buttons).toEqual([
      { type: 'CATALOG', subType: null, parameter: 'optional' },
    ]);
  });

  it('reads whether a template has a carousel: no cards without one, null for cards it cannot read', () => {
    expect(registry['login_code']?.['en_US']).not.toHaveProperty('cards');
    expect(registry['product_showcase']?.['en_US']?.cards).toHaveLength(2);
    // The cards in 8x8's schema shape (each card as a component), not WhatsApp's { components: [...] }.
    const list = {
      templates: [
        {
          templateName: 'flat_cards',
          language: 'en',
          status: 'APPROVED',
          components: [
            { type: 'BODY', text: 'Hi' },
            { type: 'CAROUSEL', cards: [{ type: 'HEADER', format: 'IMAGE' }] },
          ],
        },
        { templateName: 'no_cards', language: 'en', status: 'APPROVED', components: [{ type: 'carousel' }] },
      ],
    };
    const read = templateRegistryFromList(list);
    expect(read['flat_cards']?.['en']?.cards).toBeNull();
    expect(read['no_cards']?.['en']?.cards).toBeNull();
  });

  it('gives the same registry whatever the order of the list', () => {
    const reversed = { templates: [...templateList.templates].reverse() };
    expect(JSON.stringify(templateRegistryFromList(reversed))).toBe(JSON.stringify(registry));
  });

  it('refuses what is not a template list, naming the path', () => {
    expect(() => templateRegistryFromList({ templates: [{ language: 'en' }] })).toThrow(ValidationError);
    expect(() => templateRegistryFromList({ templates: [{ language: 'en' }] })).toThrow(
      /templates\[0\]\.templateName/,
    );
    const unknownFormat = {
      templates: [{ templateName: 'x', language: 'en', components: [{ type: 'HEADER', format: 'Audio' }] }],
    };
    expect(() => templateRegistryFromList(unknownFormat)).toThrow(/templates\[0\]\.components\[0\]\.format/);
  });

  it('refuses one template language listed twice with other facts', () => {
    const twice = {
      templates: [
        {
          templateName: 'x',
          language: 'en',
          status: 'APPROVED',
          components: [{ type: 'BODY', text: '{{1}}' }],
        },
        {
          templateName: 'x',
          language: 'en',
          status: 'APPROVED',
          components: [{ type: 'BODY', text: 'none' }],
        },
      ],
    };
    expect(() => templateRegistryFromList(twice)).toThrow(/templates\[1\]: lists x \(en\) a second time/);
  });

  it('keeps a template named like an Object.prototype member as a plain key', () => {
    const list = { templates: [{ templateName: '__proto__', language: 'en', status: 'APPROVED' }] };
    const read = templateRegistryFromList(list);
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });
});
