// The run-time check of a template message against the registry: the same rules and sentences as the typed chain,
// from build({ templates }) and parseMessage(input, { templates }), at the field's path.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import { templateIssues } from '../../src/templates/check.js';
import { parseMessage, safeParseMessage } from '../../src/wire/parse.js';
import { issuesOf } from '../validation-issues.js';
import { registry as templates } from './fixture.js';

// The chains below name templates a program without a registry does not know: their steps are the untyped ones.
const whatsapp = () => Message.to('+15551234567').whatsapp();

describe('build({ templates })', () => {
  it('accepts a message that fits its template', () => {
    const message = whatsapp()
      .template('order_shipped', 'en_US')
      .header({ image: 'https://cdn.example.com/parcel.jpg' })
      .body('Sam', 'A-1234', 'Friday')
      .url(0, 'A-1234')
      .quickReply(1, 'stop-updates');
    expect(message.build({ templates })).toEqual(message.build());
  });

  it('reports a body with another number of values at its parameters', () => {
    const issues = issuesOf(() =>
      whatsapp()
        .template('order_shipped', 'en_US')
        .header({ image: 'https://cdn.example.com/parcel.jpg' })
        .body('Sam', 'A-1234')
        .url(0, 'A-1234')
        .build({ templates }),
    );
    expect(issues).toEqual([
      {
        path: 'content.template.components[1].parameters',
        message: 'template order_shipped (en_US) has 3 body parameters: .body(…) got 2',
      },
    ]);
  });

  it("reads named body values: the template's names, each once; none on a positional template", () => {
    const callUs = () => whatsapp().template('call_us', 'en_US');
    expect(
      issuesOf(() =>
        callUs()
          .body({ name: 'order_id', text: 'A-1234' }, { name: 'customer_name', text: 'Sam' })
          .build({ templates }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(() => callUs().body({ name: 'order_id', text: 'A-1234' }, 'Sam').build({ templates })),
    ).toEqual([]);
    expect(
      issuesOf(() => callUs().body('Sam', { name: 'nickname', text: 'Sammy' }).build({ templates })),
    ).toEqual([
      {
        path: 'content.template.components[0].parameters[1].name',
        message:
          'template call_us (en_US) has no body parameter named nickname: use customer_name or order_id',
      },
    ]);
    expect(
      issuesOf(() =>
        callUs().body({ name: 'order_id', text: 'A' }, { name: 'order_id', text: 'B' }).build({ templates }),
      ),
    ).toEqual([
      {
        path: 'content.template.components[0].parameters[1].name',
        message: 'template call_us (en_US) has one body parameter order_id: .body(…) gave it twice',
      },
    ]);
    expect(
      issuesOf(() =>
        whatsapp()
          .template('login_code', 'en_US')
          .body({ name: 'code', text: '482910' })
          .url(0, '482910')
          .build({ templates }),
      ),
    ).toEqual([
      {
        path: 'content.template.components[0].parameters[0].name',
        message:
          'template login_code (en_US) has positional body parameters: .body(…) takes strings, not { name, text }',
      },
    ]);
  });

  it('reports a header of another kind, and the values the template needs', () => {
    const issues = issuesOf(() =>
      whatsapp()
        .template('flash_sale', 'en_US')
        .header({ video: 'https://cdn.example.com/a.mp4' })
        .build({ templates }),
    );
    expect(issues).toEqual([
      {
        path: 'content.template.components[0].parameters',
        message: 'template flash_sale (en_US) has a gif header: .header(…) takes { gif: url }',
      },
      {
        path: 'content.template.components',
        message: 'template flash_sale (en_US) needs its 1 body parameter: add .body(…)',
      },
      {
        path: 'content.template.components',
        message: 'template flash_sale (en_US) needs a value for button 0: add .url(0, …)',
      },
      {
        path: 'content.template.components',
        message: 'template flash_sale (en_US) needs a value for button 1: add .copyCode(1, …)',
      },
    ]);
  });

  it('reports buttons the template does not have, of another sub-type, or that take no value', () => {
    const issues = issuesOf(() =>
      whatsapp()
        .template('invoice_ready', 'en_US')
        .header({ document: 'https://cdn.example.com/i.pdf' })
        .body('I-7', '$80')
        .url(1, 'x')
        .quickReply(2, 'y')
        .build({ templates }),
    );
    expect(issues).toEqual([
      {
        path: 'content.template.components[2]',
        message: 'button 1 of template invoice_ready (en_US) (URL) takes no value: leave it out',
      },
      {
        path: 'content.template.components[3].index',
        message: 'template invoice_ready (en_US) has 2 buttons: there is no button 2',
      },
    ]);
    expect(
      issuesOf(() => whatsapp().template('call_us', 'en_US').body('a', 'b').flow(0).build({ templates })),
    ).toEqual([
      {
        path: 'content.template.components[1].subType',
        message: 'button 0 of template call_us (en_US) is a VoiceCall button: use .voiceCall(0, …)',
      },
    ]);
  });

  it('reports a header on a template without one, or with a fixed text header', () => {
    expect(
      issuesOf(() => whatsapp().template('sign_up_flow', 'en_US').header('Hi').build({ templates })),
    ).toEqual([
      {
        path: 'content.template.components[0]',
        message: 'template sign_up_flow (en_US) has no header parameter: leave out .header(…)',
      },
    ]);
  });

  it('reports a name or language the registry does not have', () => {
    expect(
      issuesOf(() => whatsapp().template('spring_promo', 'en_US').body('x').build({ templates })),
    ).toEqual([
      {
        path: 'content.template.name',
        message:
          'template spring_promo is not in the template registry: pull the templates again if it is new',
      },
    ]);
    expect(issuesOf(() => whatsapp().template('order_shipped', 'fr_FR').build({ templates }))).toEqual([
      {
        path: 'content.template.language',
        message:
          'template order_shipped has no language fr_FR in the template registry (it has en_US, es_MX, pt_BR)',
      },
    ]);
  });

  it('leaves templates of other first channels alone, and checks nothing without the registry', () => {
    expect(() =>
      Message.to('+380501234567').viber().template('order_shipped', 'en_US').build({ templates }),
    ).not.toThrow();
    expect(() => whatsapp().template('order_shipped', 'en_US').body('x').build()).not.toThrow();
  });
});

describe('build({ templates }): carousel cards', () => {
  const boots = { image: 'https://cdn.example.com/p/boots.jpg' };
  const showcase = () => whatsapp().template('product_showcase', 'en_US').body('Sam');

  it('accepts every registered card, each as registered', () => {
    const message = showcase()
      .card((card) => card.header(boots).body('Hiking boots', '€89').url(1, 'boots'))
      .card((card) => card.header(boots).body('Rain jacket', '€120').quickReply(0, 'more').url(1, 'jacket'));
    expect(issuesOf(() => message.build({ templates }))).toEqual([]);
  });

  it("reports a card's header, body and buttons at their paths, in the card's words", () => {
    const message = showcase()
      .card((card) =>
        card.header({ video: 'https://cdn.example.com/a.mp4' }).body('Hiking boots').quickReply(1, 'x'),
      )
      .card((card) => card.header(boots).body('Rain jacket', '€120'));
    expect(issuesOf(() => message.build({ templates }))).toEqual([
      {
        path: 'content.template.components[1].cards[0].components[0].parameters',
        message:
          'card 0 of template product_showcase (en_US) has an image header: .header(…) takes { image: url }',
      },
      {
        path: 'content.template.components[1].cards[0].components[1].parameters',
        message: 'card 0 of template product_showcase (en_US) has 2 body parameters: .body(…) got 1',
      },
      {
        path: 'content.template.components[1].cards[0].components[2].subType',
        message: 'button 1 of card 0 of template product_showcase (en_US) is a Url button: use .url(1, …)',
      },
      {
        path: 'content.template.components[1].cards[1]',
        message: 'card 1 of template product_showcase (en_US) needs a value for button 1: add .url(1, …)',
      },
    ]);
  });

  it("takes a card's CopyCode button as its coupon code, and asks for it where it is missing", () => {
    const coupons = () => whatsapp().template('coupon_cards', 'en_US').body('Sam');
    const fits = coupons()
      .card((card) => card.header(boots).body('10%', 'boots').copyCode(0, 'BOOTS10'))
      .card((card) => card.header(boots).body('15%', 'jackets').copyCode(0, 'JACKET15').quickReply(1, 'no'));
    expect(issuesOf(() => fits.build({ templates }))).toEqual([]);
    expect(fits.build({ templates }).content.template?.components?.[1]?.cards?.[0]?.components?.[2]).toEqual({
      type: 'button',
      subType: 'CopyCode',
      index: 0,
      parameters: [{ type: 'couponCode', couponCode: 'BOOTS10' }],
    });
    const misfit = coupons()
      .card((card) => card.header(boots).body('10%', 'boots').url(0, 'BOOTS10'))
      .card((card) => card.header(boots).body('15%', 'jackets'));
    expect(issuesOf(() => misfit.build({ templates }))).toEqual([
      {
        path: 'content.template.components[1].cards[0].components[2].subType',
        message:
          'button 0 of card 0 of template coupon_cards (en_US) is a CopyCode button: use .copyCode(0, …)',
      },
      {
        path: 'content.template.components[1].cards[1]',
        message: 'card 1 of template coupon_cards (en_US) needs a value for button 0: add .copyCode(0, …)',
      },
    ]);
  });

  it('reports a card the template does not have, and cards not given', () => {
    const card = (c: {
      header(v: unknown): { body(...t: string[]): { url(i: number, t: string): unknown } };
    }) => c.header(boots).body('a', 'b').url(1, 'a');
    expect(
      issuesOf(() =>
        showcase()
          .card(card as never)
          .card(card as never)
          .card(card as never)
          .build({ templates }),
      ),
    ).toEqual([
      {
        path: 'content.template.components[1].cards[2].cardIndex',
        message: 'template product_showcase (en_US) has 2 cards: there is no card 2',
      },
    ]);
    expect(
      issuesOf(() =>
        showcase()
          .card(card as never)
          .build({ templates }),
      ),
    ).toEqual([
      {
        path: 'content.template.components',
        message: 'template product_showcase (en_US) needs its 2 cards: add .card(…) for each (1 given)',
      },
    ]);
    expect(issuesOf(() => whatsapp().template('trail_gear', 'en_GB').build({ templates }))).toEqual([
      {
        path: 'content.template.components',
        message: 'template trail_gear (en_GB) needs its 3 cards: add .card(…) for each (0 given)',
      },
    ]);
  });

  it('refuses a card on a template registered without a carousel, at the carousel', () => {
    const message = whatsapp()
      .template('login_code', 'en_US')
      .body('482910')
      .url(0, '482910')
      .card((card) => card.body('anything'));
    expect(issuesOf(() => message.build({ templates }))).toEqual([
      {
        path: 'content.template.components[2]',
        message: 'template login_code (en_US) has no carousel: leave out .card(…)',
      },
    ]);
  });

  it('leaves the cards of a carousel whose cards the registry could not read alone', () => {
    const unread = { ...templates['product_showcase']!['en_US']!, cards: null };
    const message = showcase().card((card) => card.body('anything'));
    expect(issuesOf(() => message.build({ templates: { product_showcase: { en_US: unread } } }))).toEqual([]);
  });
});

describe('parseMessage(input, { templates })', () => {
  const message = {
    user: { msisdn: '+15551234567' },
    type: 'template',
    content: {
      template: {
        name: 'login_code',
        language: 'id',
        components: [{ type: 'body', parameters: [{ type: 'text', text: '482910' }] }],
      },
    },
    channels: [{ channel: 'whatsapp' }],
  };
  /** The message above with these components after its body. */
  const withComponents = (...components: object[]) => ({
    ...message,
    content: {
      template: {
        ...message.content.template,
        components: [...message.content.template.components, ...components],
      },
    },
  });
  const urlButton = {
    type: 'button',
    subType: 'Url',
    index: 0,
    parameters: [{ type: 'text', text: '482910' }],
  };

  it('is opt-in: without the registry the message passes', () => {
    expect(parseMessage(message).type).toBe('template');
  });

  it('reports what does not fit, after the schema passes (channel names in any letter case)', () => {
    const result = safeParseMessage(message, { templates });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'content.template.components',
        message: 'template login_code (id) needs a value for button 0: add .url(0, …)',
      },
    ]);
    const fixed = withComponents(urlButton);
    expect(parseMessage(fixed, { templates }).content.template?.name).toBe('login_code');
  });

  it('refuses a carousel on a template registered without one, at its path', () => {
    const carousel = withComponents(urlButton, {
      type: 'carousel',
      cards: [{ cardIndex: 0, components: [{ type: 'body', parameters: [] }] }],
    });
    const result = safeParseMessage(carousel, { templates });
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'content.template.components[2]',
        message: 'template login_code (id) has no carousel: leave out .card(…)',
      },
    ]);
  });

  it('checks a template message without channels too (8x8 routes it to WhatsApp)', () => {
    const { channels: _, ...unrouted } = message;
    expect(() => parseMessage(unrouted, { templates })).toThrow(/needs a value for button 0/);
  });
});

describe('templateIssues', () => {
  it('counts a button component without index as index 0, as the wire does', () => {
    expect(
      templateIssues(
        {
          name: 'sign_up_flow',
          language: 'en_US',
          components: [{ type: 'button', subType: 'QuickReply', parameters: [{ type: 'payload' }] }],
        },
        templates,
      ),
    ).toEqual([
      {
        path: 'components[0].subType',
        message: 'button 0 of template sign_up_flow (en_US) is a Flow button: use .flow(0, …)',
      },
    ]);
  });

  it('does not read a name inherited from Object.prototype as registered', () => {
    expect(templateIssues({ name: 'toString', language: 'constructor' }, templates)[0]?.path).toBe('name');
    expect(templateIssues({ name: 'call_us', language: 'constructor' }, templates)[0]?.path).toBe('language');
  });
});
