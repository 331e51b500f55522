// The interactive-message builders: each produces exactly the `content.interactive` of a real request body, the
// wrapped message parses, every step returns a new builder, and invalid values from JavaScript end in a
// ValidationError at the right path.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interactive, type InteractivePart } from '../../src/builder/parts-index.js';
import { LIMITS } from '../../src/limits.js';
import { parseMessage } from '../../src/wire/index.js';
import { issuesOf } from '../validation-issues.js';

const I = LIMITS.interactive;

function fixture(name: string): { content: { interactive: unknown } } {
  return JSON.parse(readFileSync(new URL(`../fixtures/requests/${name}.json`, import.meta.url), 'utf8'));
}

/** The smallest WhatsApp message around an interactive part. */
function wrap(part: { toWire(): unknown }) {
  return { user: { msisdn: '+6591234567' }, type: 'interactive', content: { interactive: part.toWire() } };
}

/** Parses the wrapped part and returns the paths of the issues (none when it parses). */
function issuePaths(part: { toWire(): unknown }): string[] {
  return issuesOf(() => parseMessage(wrap(part))).map((issue) => issue.path);
}

describe('each builder produces the content.interactive of a real request body', () => {
  const cases: [string, InteractivePart][] = [
    [
      'whatsapp-interactive-list',
      Interactive.list('Which service would you like to book?', { button: 'Services' })
        .header('Book a service')
        .footer('Prices include tax')
        .section('Hair')
        .row('haircut', 'Haircut', '30 minutes, S$25')
        .row('colour', 'Colour', '90 minutes, S$80')
        .section('Nails')
        .row('manicure', 'Manicure', '45 minutes, S$30'),
    ],
    [
      'whatsapp-interactive-reply-buttons',
      Interactive.buttons('Your check-up is tomorrow at 10:30. Can you make it?')
        .header({ image: 'https://cdn.example.com/appointments/dentist.jpg' })
        .footer('Wellness Dental')
        .button('confirm', 'Confirm')
        .button('reschedule', 'Reschedule')
        .button('cancel', 'Cancel'),
    ],
    [
      'whatsapp-direct-send-reply-buttons',
      Interactive.buttons('Did parcel A-1234 arrive in good condition?')
        .header('Delivery feedback')
        .button('ok', 'Yes')
        .button('damaged', 'No, damaged'),
    ],
    [
      'whatsapp-interactive-cta-url',
      Interactive.ctaUrl('Thanks for shopping with us. Your receipt is ready.', {
        displayText: 'View receipt',
        url: 'https://shop.example.com/receipts/A-1234',
      })
        .header('Your receipt')
        .footer('Acme Shop'),
    ],
    [
      'whatsapp-interactive-flow',
      Interactive.flow('Answer three questions and we will recommend a plan.', {
        flowId: '859504979861628',
        flowCta: 'Get Recommendations',
        flowAction: 'navigate',
        screen: 'RECOMMEND',
        data: { product_id: '12345', user_name: 'Sam', campaign_id: 'winter_2026' },
      })
        .header('Find your plan')
        .footer('Takes one minute'),
    ],
    [
      'whatsapp-interactive-voice-call',
      Interactive.voiceCall('Talk to an agent now, free over WhatsApp.', {
        displayText: 'Call now',
        ttlMinutes: 10,
        payload: 'support-queue-2',
      }),
    ],
    ['whatsapp-interactive-call-permission', Interactive.callPermissionRequest()],
    [
      'whatsapp-interactive-location-request',
      Interactive.locationRequest('Share your location so we can find the nearest store.'),
    ],
  ];

  it.each(cases)('%s', (name, part) => {
    expect(part.kind).toBe('interactive');
    expect(part.toWire()).toEqual(fixture(name).content.interactive);
    expect(parseMessage(wrap(part)).content.interactive).toEqual(part.toWire());
    expect(JSON.parse(JSON.stringify(part))).toEqual(part.toWire());
  });
});

describe('the kinds without a fixture', () => {
  it('a single product: no header, optional body and footer', () => {
    const part = Interactive.product({ catalogId: 'catalog-1', productRetailerId: 'sku-1' })
      .body('Back in stock')
      .footer('Free returns');
    expect(part.toWire()).toEqual({
      type: 'product',
      body: { text: 'Back in stock' },
      footer: { text: 'Free returns' },
      action: { catalog_id: 'catalog-1', product_retailer_id: 'sku-1' },
    });
    expect(issuePaths(part)).toEqual([]);
    expect(issuePaths(Interactive.product({ catalogId: 'c', productRetailerId: 'p' }))).toEqual([]);
  });

  it('a product list: a text header, sections of products', () => {
    const part = Interactive.productList('Picked for you', { header: 'New in', catalogId: 'catalog-1' })
      .section('Shirts')
      .product('sku-1')
      .product('sku-2')
      .section('Shoes')
      .product('sku-3');
    expect(part.toWire()).toEqual({
      type: 'product_list',
      header: { type: 'text', text: 'New in' },
      body: { text: 'Picked for you' },
      action: {
        catalog_id: 'catalog-1',
        sections: [
          {
            title: 'Shirts',
            product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }],
          },
          { title: 'Shoes', product_items: [{ product_retailer_id: 'sku-3' }] },
        ],
      },
    });
    expect(issuePaths(part)).toEqual([]);
  });

  it('items before any section form one untitled section', () => {
    const list = Interactive.list('Pick a size', { button: 'Sizes' }).row('s', 'Small').row('m', 'Medium');
    expect(list.toWire().action?.sections).toEqual([
      {
        rows: [
          { id: 's', title: 'Small' },
          { id: 'm', title: 'Medium' },
        ],
      },
    ]);
    expect(issuePaths(list)).toEqual([]);
    const products = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).product('sku-1');
    expect(products.toWire().action?.sections).toEqual([
      { product_items: [{ product_retailer_id: 'sku-1' }] },
    ]);
    expect(issuePaths(products)).toEqual([]);
  });

  it('a contact-info request', () => {
    const part = Interactive.requestContactInfo().body('Share your contact so an agent can follow up.');
    expect(part.toWire()).toEqual({
      type: 'request_contact_info',
      body: { text: 'Share your contact so an agent can follow up.' },
      action: { name: 'request_contact_info' },
    });
    expect(issuePaths(part)).toEqual([]);
  });

  it('media headers: image, video and document, by link or uploaded id', () => {
    const base = Interactive.ctaUrl('Your invoice', { displayText: 'Pay', url: 'https://example.com/pay' });
    expect(base.header({ video: { id: 'media-1', caption: 'Intro' } }).toWire().header).toEqual({
      type: 'video',
      video: { id: 'media-1', caption: 'Intro' },
    });
    const document = base.header({ document: 'https://example.com/invoice.pdf', filename: 'invoice.pdf' });
    expect(document.toWire().header).toEqual({
      type: 'document',
      document: { link: 'https://example.com/invoice.pdf', filename: 'invoice.pdf' },
    });
    expect(issuePaths(document)).toEqual([]);
  });

  it('a flow that exchanges data carries no navigate payload', () => {
    const part = Interactive.flow('Sign up', {
      flowId: '1',
      flowCta: 'Sign up',
      flowAction: 'data_exchange',
    });
    expect(part.toWire().action?.parameters).toEqual({
      flowId: '1',
      flowCta: 'Sign up',
      flowAction: 'data_exchange',
    });
    expect(issuePaths(part)).toEqual([]);
  });
});

describe('kind and directSendable at runtime match their types', () => {
  it('incomplete parts say what is missing', () => {
    expect(Interactive.buttons('Pick').kind).toMatch(/^✗ .*at least 1 button/);
    expect(Interactive.list('Pick', { button: 'Open' }).kind).toMatch(/^✗ .*at least one row/);
    expect(Interactive.list('Pick', { button: 'Open' }).section('A').kind).toMatch(/^✗ .*at least one row/);
    expect(Interactive.list('Pick', { button: 'Open' }).section('A').row('a', 'A').section('B').kind).toMatch(
      /^✗ every section/,
    );
    expect(Interactive.productList('Pick', { header: 'H', catalogId: 'c' }).kind).toMatch(/^✗ .*product/);
  });

  it('Direct Send: a CTA URL or reply buttons, without a media header', () => {
    const buttons = Interactive.buttons('Pick').button('a', 'A');
    expect(buttons.directSendable).toBe(true);
    expect(buttons.header('Text').directSendable).toBe(true);
    expect(buttons.header({ image: 'https://example.com/a.png' }).directSendable).toBe(false);
    const cta = Interactive.ctaUrl('Go', { displayText: 'Go', url: 'https://example.com' });
    expect(cta.directSendable).toBe(true);
    expect(cta.header('Receipt').directSendable).toBe(true);
    expect(cta.header({ document: 'https://example.com/r.pdf' }).directSendable).toBe(false);
    expect(Interactive.list('Pick', { button: 'Open' }).row('a', 'A').directSendable).toBe(false);
    expect(Interactive.flow('Go', { flowId: '1', flowCta: 'Go' }).directSendable).toBe(false);
    expect(Interactive.locationRequest('Where?').directSendable).toBe(false);
  });
});

describe('immutability', () => {
  it('every step returns a new builder and leaves the previous one as it was', () => {
    const base = Interactive.buttons('Pick one').header('Choose');
    const one = base.button('a', 'A');
    const two = one.button('b', 'B');
    const other = one.button('c', 'C');
    expect(base.toWire().action).toBeUndefined();
    expect(one.toWire().action?.buttons).toHaveLength(1);
    expect(two.toWire().action?.buttons?.map((b) => b.reply.id)).toEqual(['a', 'b']);
    expect(other.toWire().action?.buttons?.map((b) => b.reply.id)).toEqual(['a', 'c']);
    expect(Object.isFrozen(one)).toBe(true);
  });

  it('flow data is copied: changing the object given later changes nothing', () => {
    const data = { plan: 'basic', tags: ['a'] };
    const part = Interactive.flow('Go', { flowId: '1', flowCta: 'Go', data });
    data.plan = 'max';
    data.tags.push('b');
    expect(part.toWire().action?.parameters?.flowActionPayload?.data).toEqual({ plan: 'basic', tags: ['a'] });
  });

  it('the wire object is a copy: mutating it changes nothing', () => {
    const part = Interactive.list('Pick', { button: 'Open' }).section('A').row('a', 'A');
    const wire = part.toWire();
    wire.action?.sections?.[0]?.rows?.push({ id: 'x', title: 'X' });
    expect(part.toWire().action?.sections?.[0]?.rows).toHaveLength(1);
  });
});

describe('invalid values from JavaScript end in a ValidationError at the right path', () => {
  // biome-ignore lint/suspicious/noExplicitAny: these cases bypass the types on purpose, as JavaScript callers do.
  const loose = (value: unknown) => value as any;

  it.each([
    [
      'a 4th reply button',
      () =>
        loose(Interactive.buttons('Pick').button('a', 'A').button('b', 'B').button('c', 'C')).button(
          'd',
          'D',
        ),
      'content.interactive.action.buttons',
    ],
    [
      'a button title over 20 characters',
      () => Interactive.buttons('Pick').button('a', 'x'.repeat(I.buttonTitleMaxLength + 1)),
      'content.interactive.action.buttons[0].reply.title',
    ],
    [
      'duplicate button ids',
      () => Interactive.buttons('Pick').button('a', 'A').button('a', 'B'),
      'content.interactive.action.buttons[1].reply.id',
    ],
    [
      'an 11th row',
      () => {
        let list = loose(Interactive.list('Pick', { button: 'Open' }));
        for (let row = 0; row <= I.rowsMaxTotal; row += 1) list = list.row(`r${row}`, `Row ${row}`);
        return list;
      },
      'content.interactive.action.sections',
    ],
    [
      'a row title over 24 characters',
      () => Interactive.list('Pick', { button: 'Open' }).row('a', 'x'.repeat(I.rowTitleMaxLength + 1)),
      'content.interactive.action.sections[0].rows[0].title',
    ],
    [
      'a second section after an untitled one',
      () =>
        loose(Interactive.list('Pick', { button: 'Open' }).row('a', 'A'))
          .section('B')
          .row('b', 'B'),
      'content.interactive.action.sections[0].title',
    ],
    [
      'a header on a location request',
      () => loose(Interactive.locationRequest('Where?')).header('Hi'),
      'content.interactive.header',
    ],
    [
      'a footer on a location request',
      () => loose(Interactive.locationRequest('Where?')).footer('Hi'),
      'content.interactive.footer',
    ],
    [
      'a header on a product',
      () => loose(Interactive.product({ catalogId: 'c', productRetailerId: 'p' })).header('Hi'),
      'content.interactive.header',
    ],
    [
      'a media header on a list',
      () =>
        loose(Interactive.list('Pick', { button: 'Open' }).row('a', 'A')).header({
          image: 'https://example.com/a.png',
        }),
      'content.interactive.header.type',
    ],
    [
      'a CTA URL that is not http(s)',
      () => Interactive.ctaUrl('Go', { displayText: 'Go', url: 'ftp://example.com' }),
      'content.interactive.action.parameters.url',
    ],
    [
      'a voice call TTL out of range',
      () => Interactive.voiceCall('Call', { ttlMinutes: I.ttlMinutesMax + 1 }),
      'content.interactive.action.parameters.ttlMinutes',
    ],
    [
      'a navigate payload on a data-exchange flow',
      () =>
        Interactive.flow(
          'Go',
          loose({ flowId: '1', flowCta: 'Go', flowAction: 'data_exchange', screen: 'S' }),
        ),
      'content.interactive.action.parameters.flowActionPayload',
    ],
  ])('%s', (_name, make, path) => {
    expect(issuePaths(make())).toContain(path);
  });
});

describe('properties', () => {
  const label = (max: number) => fc.string({ minLength: 1, maxLength: max });
  const ids = (count: number, max: number) =>
    fc.uniqueArray(label(max), { minLength: count, maxLength: count });

  it('random valid reply-button messages always parse', () => {
    fc.assert(
      fc.property(
        label(I.bodyTextMaxLength),
        fc
          .integer({ min: I.replyButtonsMinCount, max: I.replyButtonsMaxCount })
          .chain((count) => fc.tuple(ids(count, I.buttonIdMaxLength), ids(count, I.buttonTitleMaxLength))),
        fc.option(label(I.headerTextMaxLength), { nil: undefined }),
        fc.option(label(I.footerTextMaxLength), { nil: undefined }),
        (body, [buttonIds, titles], header, footer) => {
          // biome-ignore lint/suspicious/noExplicitAny: the count is random, so the type-level count is unknown here.
          let part: any = Interactive.buttons(body);
          if (header !== undefined) part = part.header(header);
          if (footer !== undefined) part = part.footer(footer);
          buttonIds.forEach((id, index) => {
            part = part.button(id, titles[index]);
          });
          expect(issuePaths(part)).toEqual([]);
          expect(part.kind).toBe('interactive');
        },
      ),
    );
  });

  it('random valid lists always parse', () => {
    const sections = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: I.sectionsMaxCount })
      .filter((sizes) => sizes.reduce((a, b) => a + b, 0) <= I.rowsMaxTotal);
    fc.assert(
      fc.property(
        label(I.bodyTextMaxLength),
        label(I.listButtonMaxLength),
        sections,
        label(I.sectionTitleMaxLength),
        label(I.rowTitleMaxLength),
        (body, button, sizes, sectionTitle, rowTitle) => {
          // biome-ignore lint/suspicious/noExplicitAny: the counts are random, so the type-level counts are unknown here.
          let part: any = Interactive.list(body, { button });
          let row = 0;
          sizes.forEach((size, index) => {
            part = part.section(`${index}${sectionTitle}`.slice(0, I.sectionTitleMaxLength));
            for (let n = 0; n < size; n += 1, row += 1) part = part.row(`row-${row}`, rowTitle);
          });
          expect(issuePaths(part)).toEqual([]);
        },
      ),
    );
  });

  it('random valid product lists, CTA URLs, flows and voice calls always parse', () => {
    const products = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: I.sectionsMaxCount })
      .filter((sizes) => sizes.reduce((a, b) => a + b, 0) <= I.productItemsMaxTotal);
    const part = fc.oneof(
      fc
        .tuple(label(I.bodyTextMaxLength), label(I.headerTextMaxLength), products)
        .map(([body, header, sizes]) => {
          // biome-ignore lint/suspicious/noExplicitAny: the counts are random, so the type-level counts are unknown here.
          let list: any = Interactive.productList(body, { header, catalogId: 'catalog' });
          sizes.forEach((size, section) => {
            list = list.section(`Section ${section}`);
            for (let n = 0; n < size; n += 1) list = list.product(`sku-${section}-${n}`);
          });
          return list as InteractivePart;
        }),
      fc
        .tuple(label(I.bodyTextMaxLength), label(I.displayTextMaxLength), fc.webUrl())
        .map(([body, displayText, url]) => Interactive.ctaUrl(body, { displayText, url })),
      fc
        .tuple(
          label(I.bodyTextMaxLength),
          label(I.flowCtaMaxLength),
          fc.option(label(40), { nil: undefined }),
        )
        .map(([body, flowCta, screen]) =>
          Interactive.flow(body, { flowId: '123', flowCta, ...(screen === undefined ? {} : { screen }) }),
        ),
      fc
        .tuple(
          label(I.bodyTextMaxLength),
          fc.integer({ min: I.ttlMinutesMin, max: I.ttlMinutesMax }),
          fc.string({ maxLength: I.voiceCallPayloadMaxLength }),
        )
        .map(([body, ttlMinutes, payload]) => Interactive.voiceCall(body, { ttlMinutes, payload })),
    );
    fc.assert(
      fc.property(part, (generated) => {
        expect(issuePaths(generated)).toEqual([]);
      }),
    );
  });

  it('an over-long label always ends in an issue at its own path', () => {
    const tooLong = (max: number) => fc.string({ minLength: max + 1, maxLength: max + 40 });
    const cases = fc.oneof(
      tooLong(I.buttonTitleMaxLength).map((title) => ({
        part: Interactive.buttons('Pick').button('a', title),
        path: 'content.interactive.action.buttons[0].reply.title',
      })),
      tooLong(I.rowTitleMaxLength).map((title) => ({
        part: Interactive.list('Pick', { button: 'Open' }).row('a', title),
        path: 'content.interactive.action.sections[0].rows[0].title',
      })),
      tooLong(I.headerTextMaxLength).map((header) => ({
        part: Interactive.buttons('Pick').header(header).button('a', 'A'),
        path: 'content.interactive.header.text',
      })),
      tooLong(I.footerTextMaxLength).map((footer) => ({
        part: Interactive.voiceCall('Call').footer(footer),
        path: 'content.interactive.footer.text',
      })),
      tooLong(I.bodyTextMaxLength).map((body) => ({
        part: Interactive.locationRequest(body),
        path: 'content.interactive.body.text',
      })),
    );
    fc.assert(
      fc.property(cases, ({ part, path }) => {
        expect(issuePaths(part)).toContain(path);
      }),
    );
  });

  it('a value of the wrong type from JavaScript always ends in an issue at its own path', () => {
    // biome-ignore lint/suspicious/noExplicitAny: these values bypass the types on purpose, as JavaScript callers do.
    const js = Interactive as any;
    const notAString = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
      fc.array(fc.integer()),
    );
    const field = fc.constantFrom(
      {
        make: (bad: unknown) => js.buttons(bad).button('a', 'A'),
        path: 'content.interactive.body.text',
      },
      {
        make: (bad: unknown) => js.buttons('Pick').button(bad, 'A'),
        path: 'content.interactive.action.buttons[0].reply.id',
      },
      {
        make: (bad: unknown) => js.buttons('Pick').button('a', bad),
        path: 'content.interactive.action.buttons[0].reply.title',
      },
      {
        make: (bad: unknown) => js.list('Pick', { button: 'Open' }).row('a', 'A', bad),
        path: 'content.interactive.action.sections[0].rows[0].description',
      },
      {
        make: (bad: unknown) => js.list('Pick', { button: bad }).row('a', 'A'),
        path: 'content.interactive.action.button',
      },
      {
        make: (bad: unknown) => js.voiceCall('Call').footer(bad),
        path: 'content.interactive.footer.text',
      },
      {
        make: (bad: unknown) => js.voiceCall('Call', { displayText: bad }),
        path: 'content.interactive.action.parameters.display_text',
      },
      {
        make: (bad: unknown) => js.product({ catalogId: bad, productRetailerId: 'p' }),
        path: 'content.interactive.action.catalog_id',
      },
    );
    fc.assert(
      fc.property(field, notAString, ({ make, path }, bad) => {
        expect(issuePaths(make(bad))).toContain(path);
      }),
    );
  });
});
