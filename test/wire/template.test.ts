// `content.template`: name and language, components, parameters by type, buttons and carousel cards.
import { describe } from 'vitest';
import { TEMPLATE, TEMPLATE_CAROUSEL, templateCard } from '../fixtures/messages.js';
import { check, fails, maxItems, ok, optional, REMOVED, range, required, withPath } from './table.js';

const T = 'content.template';
const C = `${T}.components`;
const header = {
  type: 'header',
  parameters: [{ type: 'image', url: 'https://example.com/media/banner.jpg' }],
};
const body = { type: 'body', parameters: [{ type: 'text', text: 'Alice' }] };
const urlButton = (index: number) => ({
  type: 'button',
  subType: 'Url',
  index,
  parameters: [{ type: 'text', text: `p${index}` }],
});
const quickReply = {
  type: 'button',
  subType: 'QuickReply',
  index: 2,
  parameters: [{ type: 'payload', payload: 'yes' }],
};
const voiceCall = {
  type: 'button',
  subType: 'VoiceCall',
  index: 0,
  parameters: [{ type: 'ttlMinutes', ttlMinutes: 60 }],
};
const copyCode = {
  type: 'button',
  subType: 'CopyCode',
  index: 0,
  parameters: [{ type: 'couponCode', couponCode: 'SPRING20' }],
};
const location = { latitude: 1.2834, longitude: 103.8607, name: 'Shop', address: '10 Bayfront Ave' };

describe('template name, language and components', () => {
  check([
    required(TEMPLATE, `${T}.name`),
    required(TEMPLATE, `${T}.language`),
    fails(TEMPLATE, `${T}.name`, '', `${T}.name`),
    fails(TEMPLATE, `${T}.language`, '', `${T}.language`),
    optional(TEMPLATE, C),
    ok(TEMPLATE, C, []),
    fails(TEMPLATE, C, { type: 'body' }, C),
    // Rule: component type is one of the reference's (plus request_contact_info from the OpenAPI); default body.
    ok(TEMPLATE, `${C}[4]`, { type: 'footer' }),
    ok(TEMPLATE, `${C}[4]`, { type: 'call_permission_request' }),
    ok(TEMPLATE, `${C}[4]`, { type: 'request_contact_info' }),
    ok(TEMPLATE, `${C}[1].type`, REMOVED),
    fails(TEMPLATE, `${C}[1].type`, 'not-a-real-value', `${C}[1].type`, 'header'),
  ]);
});

describe('template parameters', () => {
  const voiceCallTemplate = withPath(TEMPLATE, `${C}[2]`, voiceCall);
  check([
    required(TEMPLATE, `${C}[1].parameters[0].type`),
    fails(TEMPLATE, `${C}[1].parameters[0].type`, 'sticker', `${C}[1].parameters[0].type`, 'text'),
    // Each parameter type with the field it requires.
    ok(TEMPLATE, `${C}[1].parameters[0]`, { type: 'text', text: 'Bob' }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'image', url: 'https://example.com/a.jpg' }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'gif', url: 'https://example.com/a.mp4' }),
    // Rule: a gif parameter's url points to a video file, not a .gif (its query is not its file).
    fails(
      TEMPLATE,
      `${C}[0].parameters[0]`,
      { type: 'gif', url: 'https://example.com/a.gif' },
      `${C}[0].parameters[0].url`,
      'video',
    ),
    fails(
      TEMPLATE,
      `${C}[0].parameters[0]`,
      { type: 'gif', url: 'https://example.com/media/Dance.GIF?v=2' },
      `${C}[0].parameters[0].url`,
      'not a .gif',
    ),
    ok(TEMPLATE, `${C}[0].parameters[0]`, {
      type: 'gif',
      url: 'https://example.com/dance.mp4?name=dance.gif',
    }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'image', url: 'https://example.com/a.gif' }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'video', url: 'https://example.com/a.mp4' }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'document', url: 'https://example.com/a.pdf' }),
    ok(TEMPLATE, `${C}[0].parameters[0]`, { type: 'location', location }),
    ok(TEMPLATE, `${C}[2].parameters[0]`, { type: 'payload', payload: 'track' }),
    ok(TEMPLATE, `${C}[2]`, {
      type: 'button',
      subType: 'CopyCode',
      index: 0,
      parameters: [{ type: 'couponCode', couponCode: 'SPRING20' }],
    }),
    ok(TEMPLATE, `${C}[2]`, {
      type: 'button',
      subType: 'Flow',
      index: 0,
      parameters: [{ type: 'action', flowActionData: { screen: 'WELCOME', data: { orderId: 'A-1234' } } }],
    }),
    ok(TEMPLATE, `${C}[2]`, voiceCall),
    // Rule: url is required for image, gif, video and document parameters, and is an http(s) URL.
    required(TEMPLATE, `${C}[0].parameters[0].url`),
    fails(TEMPLATE, `${C}[0].parameters[0]`, { type: 'gif' }, `${C}[0].parameters[0].url`),
    fails(TEMPLATE, `${C}[0].parameters[0]`, { type: 'video' }, `${C}[0].parameters[0].url`),
    fails(TEMPLATE, `${C}[0].parameters[0]`, { type: 'document' }, `${C}[0].parameters[0].url`),
    fails(TEMPLATE, `${C}[0].parameters[0].url`, 'ftp://example.com/a.jpg', `${C}[0].parameters[0].url`),
    // Rule: location, payload, couponCode and ttlMinutes parameters need their field.
    fails(TEMPLATE, `${C}[0].parameters[0]`, { type: 'location' }, `${C}[0].parameters[0].location`),
    required(TEMPLATE, `${C}[2].parameters[0].payload`),
    fails(
      TEMPLATE,
      `${C}[2]`,
      { type: 'button', subType: 'CopyCode', index: 0, parameters: [{ type: 'couponCode' }] },
      `${C}[2].parameters[0].couponCode`,
    ),
    required(voiceCallTemplate, `${C}[2].parameters[0].ttlMinutes`),
    // Rule: ttlMinutes is 1 minute to 30 days, whole minutes.
    ...range(voiceCallTemplate, `${C}[2].parameters[0].ttlMinutes`, 1, 43_200, true),
    // Rule: a ttlMinutes parameter is for VoiceCall buttons only.
    fails(
      TEMPLATE,
      `${C}[2].parameters[0]`,
      { type: 'ttlMinutes', ttlMinutes: 60 },
      `${C}[2].parameters[0].type`,
    ),
    fails(
      TEMPLATE,
      `${C}[1].parameters[0]`,
      { type: 'ttlMinutes', ttlMinutes: 60 },
      `${C}[1].parameters[0].type`,
    ),
  ]);
});

describe('template buttons', () => {
  const button = `${C}[2]`;
  check([
    // Rule: a button component needs index (0–9) and subType.
    required(TEMPLATE, `${button}.index`),
    required(TEMPLATE, `${button}.subType`),
    ...range(TEMPLATE, `${button}.index`, 0, 9, true),
    ok(TEMPLATE, button, urlButton(0)),
    fails(TEMPLATE, `${button}.subType`, 'PhoneNumber', `${button}.subType`, 'QuickReply'),
    // Rule: VoiceCall buttons may omit parameters; every other subtype needs at least one.
    ok(TEMPLATE, button, { type: 'button', subType: 'VoiceCall', index: 0 }),
    required(TEMPLATE, `${button}.parameters`),
    fails(TEMPLATE, `${button}.parameters`, [], `${button}.parameters`),
    // Rule: at most 2 Url buttons.
    ok(TEMPLATE, C, [header, body, urlButton(0), urlButton(1), quickReply]),
    fails(TEMPLATE, C, [header, body, urlButton(0), urlButton(1), urlButton(2)], C, 2),
  ]);
});

describe('template carousel cards', () => {
  const carousel = `${C}[1]`;
  const card = `${carousel}.cards[0]`;
  const oneButtonCard = withPath(TEMPLATE_CAROUSEL, `${card}.components[3]`, REMOVED);
  check([
    // Rule: a carousel component needs cards; at most 10.
    required(TEMPLATE_CAROUSEL, `${carousel}.cards`),
    ...maxItems(TEMPLATE_CAROUSEL, `${carousel}.cards`, 10, templateCard),
    // Rule: cardIndex is 0–9.
    ...range(TEMPLATE_CAROUSEL, `${card}.cardIndex`, 0, 9, true),
    // Rule: card components are header, body or button.
    fails(TEMPLATE_CAROUSEL, `${card}.components[1].type`, 'footer', `${card}.components[1].type`, 'header'),
    // Rule: card parameters are text, image, video, document, location, payload or couponCode (no gif, action, ttlMinutes).
    ok(TEMPLATE_CAROUSEL, `${card}.components[0].parameters[0]`, {
      type: 'video',
      url: 'https://example.com/a.mp4',
    }),
    ok(TEMPLATE_CAROUSEL, `${card}.components[0].parameters[0]`, {
      type: 'document',
      url: 'https://example.com/a.pdf',
    }),
    ok(TEMPLATE_CAROUSEL, `${card}.components[0].parameters[0]`, { type: 'location', location }),
    fails(
      TEMPLATE_CAROUSEL,
      `${card}.components[0].parameters[0].type`,
      'gif',
      `${card}.components[0].parameters[0].type`,
    ),
    fails(
      TEMPLATE_CAROUSEL,
      `${card}.components[2].parameters[0]`,
      { type: 'action', flowActionData: { screen: 'A' } },
      `${card}.components[2].parameters[0].type`,
    ),
    // Rule: ttlMinutes parameters belong to VoiceCall buttons, which carousel cards do not have.
    fails(
      TEMPLATE_CAROUSEL,
      `${card}.components[2].parameters[0]`,
      { type: 'ttlMinutes', ttlMinutes: 5 },
      `${card}.components[2].parameters[0].type`,
    ),
    required(TEMPLATE_CAROUSEL, `${card}.components[0].parameters[0].url`),
    // Rule: a card button's index is 0–1, its subType QuickReply, Url or CopyCode (the reference lists the first two,
    // and the couponCode parameter that only a CopyCode button takes: docs/decisions.md).
    ...range(oneButtonCard, `${card}.components[2].index`, 0, 1, true),
    ok(oneButtonCard, `${card}.components[2]`, copyCode),
    fails(
      TEMPLATE_CAROUSEL,
      `${card}.components[2]`,
      { ...voiceCall, parameters: [] },
      `${card}.components[2].subType`,
      'CopyCode',
    ),
    ok(oneButtonCard, `${card}.components[2]`, { ...urlButton(0) }),
  ]);
});
