// `content.interactive`: every kind of WhatsApp interactive message, its header/body/footer and action rules.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/wire/index.js';
import {
  CALL_PERMISSION,
  CTA_URL,
  FLOW,
  LIST,
  LOCATION_REQUEST,
  PRODUCT,
  PRODUCT_LIST,
  REPLY_BUTTONS,
  REQUEST_CONTACT_INFO,
  VOICE_CALL,
} from '../fixtures/messages.js';
import {
  check,
  fails,
  maxItems,
  maxLength,
  minItems,
  ok,
  oneOf,
  optional,
  REMOVED,
  range,
  required,
  times,
  withPath,
} from './table.js';

const I = 'content.interactive';
const button = (index: number) => ({ type: 'reply', reply: { id: `b${index}`, title: `Choice ${index}` } });
const row = (index: number) => ({ id: `r${index}`, title: `Row ${index}` });
const section = (index: number) => ({ title: `Section ${index}`, rows: [row(index)] });
const product = (index: number) => ({ product_retailer_id: `sku-${index}` });

describe('interactive type', () => {
  check([
    ...oneOf(REPLY_BUTTONS, `${I}.type`, ['button']),
    fails(REPLY_BUTTONS, `${I}.type`, 'carousel', `${I}.type`, 'button'),
    required(REPLY_BUTTONS, `${I}.type`),
    required(REPLY_BUTTONS, `${I}.action`),
    // Each type of the reference (and request_contact_info from the OpenAPI) has a valid base.
    ok(LIST, `${I}.type`, 'list'),
    ok(PRODUCT, `${I}.type`, 'product'),
    ok(PRODUCT_LIST, `${I}.type`, 'product_list'),
    ok(CTA_URL, `${I}.type`, 'cta_url'),
    ok(FLOW, `${I}.type`, 'flow'),
    ok(CALL_PERMISSION, `${I}.type`, 'call_permission_request'),
    ok(REQUEST_CONTACT_INFO, `${I}.type`, 'request_contact_info'),
    ok(VOICE_CALL, `${I}.type`, 'voice_call'),
    ok(LOCATION_REQUEST, `${I}.type`, 'location_request_message'),
  ]);
});

describe('body and footer', () => {
  check([
    ...maxLength(REPLY_BUTTONS, `${I}.body.text`, 1024),
    required(REPLY_BUTTONS, `${I}.body.text`),
    // Rule: body is required, except for product, call_permission_request and request_contact_info.
    required(REPLY_BUTTONS, `${I}.body`),
    required(LIST, `${I}.body`),
    required(CTA_URL, `${I}.body`),
    required(FLOW, `${I}.body`),
    required(LOCATION_REQUEST, `${I}.body`),
    optional(PRODUCT, `${I}.body`),
    optional(CALL_PERMISSION, `${I}.body`),
    optional(REQUEST_CONTACT_INFO, `${I}.body`),
    ...maxLength(REPLY_BUTTONS, `${I}.footer.text`, 60),
    required(REPLY_BUTTONS, `${I}.footer.text`),
    optional(REPLY_BUTTONS, `${I}.footer`),
    // Rule: no footer on a location request message.
    fails(LOCATION_REQUEST, `${I}.footer`, { text: 'Thanks!' }, `${I}.footer`),
  ]);
});

describe('header', () => {
  const image = withPath(REPLY_BUTTONS, `${I}.header`, {
    type: 'image',
    image: { link: 'https://example.com/h.jpg' },
  });
  const document = withPath(REPLY_BUTTONS, `${I}.header`, {
    type: 'document',
    document: { id: '1013859600285441', filename: 'menu.pdf' },
  });
  check([
    required(REPLY_BUTTONS, `${I}.header.type`),
    ...oneOf(REPLY_BUTTONS, `${I}.header.type`, ['text']),
    fails(REPLY_BUTTONS, `${I}.header.type`, 'audio', `${I}.header.type`, 'text'),
    // Rule: a text header is a string of at most 60 characters, required when header.type is text.
    ...maxLength(REPLY_BUTTONS, `${I}.header.text`, 60),
    required(REPLY_BUTTONS, `${I}.header.text`),
    fails(REPLY_BUTTONS, `${I}.header.text`, { text: 'Delivery slot' }, `${I}.header.text`),
    // Rule: a media header carries the object its type names, with exactly one of id / link.
    ok(image, `${I}.header.image`, { id: '1013859600285441' }),
    ok(image, `${I}.header.image.caption`, 'Our banner'),
    ok(document, `${I}.header.document.caption`, 'Menu'),
    ok(REPLY_BUTTONS, `${I}.header`, { type: 'video', video: { link: 'https://example.com/h.mp4' } }),
    required(image, `${I}.header.image`),
    fails(image, `${I}.header.image`, {}, `${I}.header.image`),
    fails(
      image,
      `${I}.header.image`,
      { id: '1013859600285441', link: 'https://example.com/h.jpg' },
      `${I}.header.image`,
    ),
    fails(image, `${I}.header.image.link`, 'ftp://example.com/h.jpg', `${I}.header.image.link`),
    fails(document, `${I}.header.document`, { filename: 'menu.pdf' }, `${I}.header.document`),
    // Rule (WhatsApp): a list message takes a text header only.
    fails(
      LIST,
      `${I}.header`,
      { type: 'image', image: { link: 'https://example.com/h.jpg' } },
      `${I}.header.type`,
    ),
    // Rule: no header on product and location request messages.
    fails(PRODUCT, `${I}.header`, { type: 'text', text: 'New in' }, `${I}.header`),
    fails(LOCATION_REQUEST, `${I}.header`, { type: 'text', text: 'Where to?' }, `${I}.header`),
    optional(REPLY_BUTTONS, `${I}.header`),
  ]);
});

describe('reply buttons', () => {
  const buttons = `${I}.action.buttons`;
  check([
    // Rule: 1 to 3 reply buttons.
    ...maxItems(REPLY_BUTTONS, buttons, 3, button),
    ...minItems(REPLY_BUTTONS, buttons, 1, button),
    required(REPLY_BUTTONS, buttons),
    ...oneOf(REPLY_BUTTONS, `${buttons}[0].type`, ['reply']),
    required(REPLY_BUTTONS, `${buttons}[0].reply`),
    required(REPLY_BUTTONS, `${buttons}[0].reply.id`),
    required(REPLY_BUTTONS, `${buttons}[0].reply.title`),
    ...maxLength(REPLY_BUTTONS, `${buttons}[1].reply.id`, 256),
    ...maxLength(REPLY_BUTTONS, `${buttons}[1].reply.title`, 20),
    // Rule: a button title cannot be empty and is unique within the message.
    fails(REPLY_BUTTONS, `${buttons}[1].reply.title`, '', `${buttons}[1].reply.title`),
    fails(REPLY_BUTTONS, `${buttons}[1].reply.title`, 'Morning', `${buttons}[1].reply.title`),
  ]);
});

describe('list', () => {
  const sections = `${I}.action.sections`;
  const oneSection = withPath(LIST, sections, [{ rows: [row(0), row(1)] }]);
  check([
    // Rule: the list's menu button is required, non-empty, at most 20 characters.
    required(LIST, `${I}.action.button`),
    ...maxLength(LIST, `${I}.action.button`, 20),
    fails(LIST, `${I}.action.button`, '', `${I}.action.button`),
    // Rule: 1 to 10 sections.
    required(LIST, sections),
    ...maxItems(LIST, sections, 10, section),
    ...minItems(LIST, sections, 1, section),
    // A count of one reads in the singular.
    fails(LIST, sections, [], sections, 'at least 1 section,'),
    fails(
      PRODUCT_LIST,
      `${sections}[0].product_items`,
      [],
      `${sections}[0].product_items`,
      'at least 1 product in a section',
    ),
    fails(REPLY_BUTTONS, `${I}.action.buttons`, [], `${I}.action.buttons`, 'at least 1 reply button,'),
    // Rule: at most 10 rows across all sections.
    ok(LIST, sections, [
      { title: 'A', rows: times(5, row) },
      { title: 'B', rows: times(5, (i) => row(i + 5)) },
    ]),
    fails(
      LIST,
      sections,
      [
        { title: 'A', rows: times(5, row) },
        { title: 'B', rows: times(6, (i) => row(i + 5)) },
      ],
      sections,
      10,
    ),
    ok(oneSection, `${sections}[0].rows`, times(10, row)),
    fails(oneSection, `${sections}[0].rows`, times(11, row), sections, 10),
    required(LIST, `${sections}[0].rows`),
    // Rule: a section title is required when there is more than one section; at most 24 characters.
    optional(oneSection, `${sections}[0].title`),
    required(LIST, `${sections}[0].title`),
    required(LIST, `${sections}[1].title`),
    ...maxLength(LIST, `${sections}[0].title`, 24),
    // Rows: id and title required; id ≤ 200, title ≤ 24, description ≤ 72.
    required(LIST, `${sections}[0].rows[0].id`),
    required(LIST, `${sections}[0].rows[0].title`),
    optional(LIST, `${sections}[0].rows[0].description`),
    ...maxLength(LIST, `${sections}[0].rows[0].id`, 200),
    ...maxLength(LIST, `${sections}[0].rows[0].title`, 24),
    ...maxLength(LIST, `${sections}[0].rows[0].description`, 72),
  ]);
});

describe('product and product list', () => {
  const sections = `${I}.action.sections`;
  check([
    // Rule: single-product messages need catalog_id and product_retailer_id.
    required(PRODUCT, `${I}.action.catalog_id`),
    required(PRODUCT, `${I}.action.product_retailer_id`),
    // Rule: multi-product messages need catalog_id and sections of product_items.
    required(PRODUCT_LIST, `${I}.action.catalog_id`),
    required(PRODUCT_LIST, sections),
    required(PRODUCT_LIST, `${sections}[0].product_items`),
    required(PRODUCT_LIST, `${sections}[0].product_items[0].product_retailer_id`),
    // Rule: at least 1 product per section, at most 30 across all sections.
    fails(PRODUCT_LIST, `${sections}[0].product_items`, [], `${sections}[0].product_items`),
    ok(PRODUCT_LIST, sections, [
      { title: 'A', product_items: times(15, product) },
      { title: 'B', product_items: times(15, product) },
    ]),
    fails(
      PRODUCT_LIST,
      sections,
      [
        { title: 'A', product_items: times(15, product) },
        { title: 'B', product_items: times(16, product) },
      ],
      sections,
      30,
    ),
    // Rule: more than one section needs section titles.
    required(PRODUCT_LIST, `${sections}[1].title`),
  ]);
});

describe('cta_url', () => {
  const parameters = `${I}.action.parameters`;
  check([
    // Rule: cta_url needs parameters with a URL.
    required(CTA_URL, parameters),
    required(CTA_URL, `${parameters}.url`),
    fails(CTA_URL, `${parameters}.url`, 'example.com/track', `${parameters}.url`),
    ...maxLength(CTA_URL, `${parameters}.display_text`, 20),
    // Rule: ttlMinutes is for voice_call only.
    fails(CTA_URL, `${parameters}.ttlMinutes`, 60, `${parameters}.ttlMinutes`),
  ]);
});

describe('voice_call', () => {
  const parameters = `${I}.action.parameters`;
  check([
    required(VOICE_CALL, parameters),
    optional(VOICE_CALL, `${parameters}.display_text`),
    optional(VOICE_CALL, `${parameters}.ttlMinutes`),
    optional(VOICE_CALL, `${parameters}.payload`),
    ...maxLength(VOICE_CALL, `${parameters}.display_text`, 20),
    ...maxLength(VOICE_CALL, `${parameters}.payload`, 512),
    // Rule: ttlMinutes is 1 minute to 30 days, whole minutes.
    ...range(VOICE_CALL, `${parameters}.ttlMinutes`, 1, 43_200, true),
  ]);
});

describe('flow', () => {
  const parameters = `${I}.action.parameters`;
  const withoutPayload = withPath(FLOW, `${parameters}.flowActionPayload`, REMOVED);
  check([
    required(FLOW, parameters),
    // Rule: flows need flowId and flowCta (at most 30 characters).
    required(FLOW, `${parameters}.flowId`),
    required(FLOW, `${parameters}.flowCta`),
    ...maxLength(FLOW, `${parameters}.flowCta`, 30),
    ...oneOf(withoutPayload, `${parameters}.flowAction`, ['navigate', 'data_exchange']),
    optional(FLOW, `${parameters}.flowAction`),
    optional(FLOW, `${parameters}.flowActionPayload`),
    optional(FLOW, `${parameters}.flowActionPayload.screen`),
    optional(FLOW, `${parameters}.flowActionPayload.data`),
    // Rule: flowActionPayload only goes with flowAction "navigate".
    fails(
      withPath(FLOW, `${parameters}.flowAction`, 'data_exchange'),
      `${parameters}.flowActionPayload`,
      { screen: 'RATING' },
      `${parameters}.flowActionPayload`,
    ),
    ok(
      withPath(FLOW, `${parameters}.flowAction`, 'data_exchange'),
      `${parameters}.flowActionPayload`,
      REMOVED,
    ),
    // Rule: flow data, when given, is a non-empty object.
    fails(FLOW, `${parameters}.flowActionPayload.data`, {}, `${parameters}.flowActionPayload.data`),
    // Rule: keys whose value is undefined vanish from the JSON, so they do not make the data non-empty.
    fails(
      FLOW,
      `${parameters}.flowActionPayload.data`,
      { orderId: undefined },
      `${parameters}.flowActionPayload.data`,
    ),
    fails(FLOW, `${parameters}.flowActionPayload.data`, ['A-1234'], `${parameters}.flowActionPayload.data`),
    fails(
      FLOW,
      `${parameters}.flowActionPayload.data`,
      'orderId=A-1234',
      `${parameters}.flowActionPayload.data`,
    ),
  ]);
});

describe('location request', () => {
  check([
    // Rule: a location request's action name is "send_location" (read in any letter case, as every enum).
    required(LOCATION_REQUEST, `${I}.action.name`),
    fails(LOCATION_REQUEST, `${I}.action.name`, REMOVED, `${I}.action.name`, 'send_location'),
    fails(LOCATION_REQUEST, `${I}.action.name`, 'share_location', `${I}.action.name`, 'send_location'),
    fails(LOCATION_REQUEST, `${I}.action.name`, 'sendLocation', `${I}.action.name`, 'send_location'),
    fails(LOCATION_REQUEST, `${I}.action.name`, 'SEND_LOCATION ', `${I}.action.name`, 'send_location'),
    ok(LOCATION_REQUEST, `${I}.action.name`, 'SEND_LOCATION'),
    ok(LOCATION_REQUEST, `${I}.action.name`, 'Send_Location'),
  ]);

  it('sends the name as the reference spells it, whatever letter case it was read in', () => {
    const body = { text: 'Where should we deliver parcel A-1234?' };
    const spelled = (type: string, name: string) =>
      parseMessage({
        ...LOCATION_REQUEST,
        content: { interactive: { type, body, action: { name } } },
      }).content.interactive;
    expect(spelled('location_request_message', 'SEND_LOCATION')?.action).toEqual({ name: 'send_location' });
    expect(spelled('Location_Request_Message', 'Send_location')).toEqual({
      type: 'location_request_message',
      body,
      action: { name: 'send_location' },
    });
    // Another kind's action name is no enum of the reference: kept as written.
    const call = parseMessage({
      ...CALL_PERMISSION,
      content: {
        interactive: { type: 'call_permission_request', action: { name: 'Call_Permission_Request' } },
      },
    });
    expect(call.content.interactive?.action).toEqual({ name: 'Call_Permission_Request' });
  });
});

describe('call permission request', () => {
  check([
    // Rule: a call permission request is WhatsApp's own card: a body (optional) and nothing else of yours.
    optional(CALL_PERMISSION, `${I}.action`),
    fails(
      CALL_PERMISSION,
      `${I}.header`,
      { type: 'text', text: 'Quick call?' },
      `${I}.header`,
      'only the body',
    ),
    fails(CALL_PERMISSION, `${I}.footer`, { text: 'Acme support' }, `${I}.footer`, 'only the body'),
    // A contact info request keeps what the OpenAPI allows: nothing in it forbids a header or a footer.
    ok(REQUEST_CONTACT_INFO, `${I}.footer`, { text: 'Acme support' }),
  ]);
});
