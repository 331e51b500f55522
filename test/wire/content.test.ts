// `content` for text, media, location and Viber rich media; SMS fallback settings; WhatsApp directSend;
// and the "required for type X" rules that tie `content` to `type`.
import { describe } from 'vitest';
import {
  AUDIO,
  CTA_URL,
  FILE,
  IMAGE,
  LIST,
  LOCATION,
  REPLY_BUTTONS,
  TEMPLATE,
  TEXT,
  VIBER_BUTTONS,
  VIDEO,
} from '../fixtures/messages.js';
import {
  check,
  fails,
  maxLength,
  ok,
  oneOf,
  optional,
  REMOVED,
  range,
  required,
  urlOfLength,
  withPath,
} from './table.js';

describe('content required by type', () => {
  check([
    // Rule: type "text" needs content.text.
    required(TEXT, 'content.text'),
    fails(TEXT, 'content.text', 42),
    // Rule: types image, audio, video and file need content.url.
    required(IMAGE, 'content.url'),
    required(AUDIO, 'content.url'),
    required(VIDEO, 'content.url'),
    required(FILE, 'content.url'),
    fails(TEXT, 'type', 'image', 'content.url'),
    fails(TEXT, 'type', 'file', 'content.url'),
    // Rule: type "location" needs content.location.
    required(LOCATION, 'content.location'),
    fails(TEXT, 'type', 'location', 'content.location'),
    // Rule: interactive, template, carousel and richCard need their object.
    fails(TEXT, 'type', 'interactive', 'content.interactive'),
    fails(TEXT, 'type', 'template', 'content.template'),
    fails(TEXT, 'type', 'carousel', 'content.carousel'),
    fails(TEXT, 'type', 'richCard', 'content.richCard'),
    // Rule: Viber rich media needs its button.
    required(VIBER_BUTTONS, 'content.button'),
    // Media messages may carry a caption; text is optional there.
    optional(IMAGE, 'content.text'),
  ]);
});

describe('text, fallback text and SMS settings', () => {
  check([
    ...maxLength(TEXT, 'content.text', 35_000),
    ...maxLength(TEXT, 'content.fallbackText', 35_000),
    ...maxLength(IMAGE, 'content.fallbackText', 35_000),
    ...maxLength(TEXT, 'content.sms.source', 16),
    ...oneOf(TEXT, 'content.sms.encoding', ['AUTO', 'GSM7', 'UCS2']),
    fails(TEXT, 'content.sms.encoding', 'UTF8', 'content.sms.encoding'),
    ok(TEXT, 'content.sms', { encoding: 'AUTO', source: 'SENDERID' }),
    ok(TEXT, 'content.sms', {}),
  ]);
});

describe('media', () => {
  check([
    // Rule: media URLs are public http(s) URLs.
    ok(IMAGE, 'content.url', 'http://example.com/a.png'),
    ok(IMAGE, 'content.url', urlOfLength(2048)),
    fails(IMAGE, 'content.url', 'ftp://example.com/a.png', 'content.url'),
    fails(IMAGE, 'content.url', 'example.com/a.png', 'content.url'),
    fails(IMAGE, 'content.url', '', 'content.url'),
    fails(VIDEO, 'content.url', 'file:///tmp/a.mp4', 'content.url'),
    // Audio object: duration is required when the object is given.
    required(AUDIO, 'content.audio.duration'),
    fails(AUDIO, 'content.audio.duration', 'five minutes', 'content.audio.duration'),
    optional(AUDIO, 'content.audio'),
    // Video object: all fields optional numbers / strings.
    ok(VIDEO, 'content.video', {}),
    fails(VIDEO, 'content.video.filesize', '1 MB', 'content.video.filesize'),
    fails(VIDEO, 'content.video.duration', '30s', 'content.video.duration'),
    optional(VIDEO, 'content.video'),
    // Image object (LINE thumbnail).
    ok(IMAGE, 'content.image', { thumbnail: 'https://example.com/media/parcel-thumb.jpg' }),
  ]);
});

describe('location', () => {
  check([
    required(LOCATION, 'content.location.latitude'),
    required(LOCATION, 'content.location.longitude'),
    optional(LOCATION, 'content.location.name'),
    optional(LOCATION, 'content.location.address'),
    // A number written as a string is read as 8x8 reads it (test/wire/lenient.test.ts); other text is refused.
    fails(LOCATION, 'content.location.latitude', 'north', 'content.location.latitude'),
    // A latitude is in degrees, -90 to 90, and a longitude -180 to 180 (as for suggestion latLong).
    ...range(LOCATION, 'content.location.latitude', -90, 90, false),
    ...range(LOCATION, 'content.location.longitude', -180, 180, false),
  ]);
});

describe('WhatsApp directSend', () => {
  const directSend = { category: 'utility', ttlSeconds: 600 };
  const text = withPath(TEXT, 'content.whatsApp.directSend', directSend);
  check([
    ok(TEXT, 'content.whatsApp', {}),
    ok(TEXT, 'content.whatsApp.directSend', { category: 'utility' }),
    required(text, 'content.whatsApp.directSend.category'),
    ...oneOf(text, 'content.whatsApp.directSend.category', ['utility']),
    fails(text, 'content.whatsApp.directSend.category', 'marketing'),
    // Rule: ttlSeconds is 30 seconds to 12 hours.
    ...range(text, 'content.whatsApp.directSend.ttlSeconds', 30, 43_200, true),
    // Rule: directSend is for text, cta_url and reply buttons only.
    ok(CTA_URL, 'content.whatsApp.directSend', directSend),
    ok(REPLY_BUTTONS, 'content.whatsApp.directSend', directSend),
    ok(
      withPath(REPLY_BUTTONS, 'content.interactive.header', REMOVED),
      'content.whatsApp.directSend',
      directSend,
    ),
    fails(IMAGE, 'content.whatsApp.directSend', directSend, 'content.whatsApp.directSend'),
    fails(LIST, 'content.whatsApp.directSend', directSend, 'content.whatsApp.directSend'),
    fails(TEMPLATE, 'content.whatsApp.directSend', directSend, 'content.whatsApp.directSend'),
    // Rule: with directSend, an interactive header must be a text header.
    fails(
      withPath(REPLY_BUTTONS, 'content.whatsApp.directSend', directSend),
      'content.interactive.header',
      { type: 'image', image: { link: 'https://example.com/media/banner.jpg' } },
      'content.interactive.header.type',
    ),
    // Rule: directSend needs the message to go over WhatsApp.
    fails(text, 'channels', [{ channel: 'SMS' }], 'content.whatsApp.directSend'),
    ok(text, 'channels', [{ channel: 'WhatsApp' }, { channel: 'SMS' }]),
  ]);
});

describe('Viber rich media (type "buttons")', () => {
  check([
    ...maxLength(VIBER_BUTTONS, 'content.button.caption', 30),
    required(VIBER_BUTTONS, 'content.button.caption'),
    required(VIBER_BUTTONS, 'content.button.action'),
    fails(VIBER_BUTTONS, 'content.button.caption', '', 'content.button.caption'),
    fails(VIBER_BUTTONS, 'content.button.action', 'not a url', 'content.button.action'),
    ok(VIBER_BUTTONS, 'channels', [{ channel: 'Viber' }, { channel: 'SMS' }]),
    fails(VIBER_BUTTONS, 'channels', [{ channel: 'WhatsApp' }], 'channels[0].channel'),
  ]);
});
