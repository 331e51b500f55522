// Top level of the request body: user, type, clientMessageId, delivery options, channels and context,
// plus the subAccountId path parameter. One row per boundary, enum or required field of the reference.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage, validate } from '../../src/wire/index.js';
import { SubAccountIdSchema } from '../../src/wire/sub-account.js';
import {
  BASES,
  CAROUSEL,
  IMAGE,
  REPLY_BUTTONS,
  RICH_CARD,
  TEMPLATE,
  TEXT,
  TEXT_WITH_SUGGESTIONS,
} from '../fixtures/messages.js';
import {
  chars,
  check,
  expectReadable,
  fails,
  maxLength,
  ok,
  oneOf,
  optional,
  range,
  required,
  urlOfLength,
  withPath,
} from './table.js';

// Written out from the reference, not imported from src: the test checks src's enums against them.
const CHANNELS = [
  'SMS',
  'WhatsApp',
  'Facebook',
  'RCS',
  'Viber',
  'Line',
  'WeChat',
  'Zalo',
  'Instagram',
] as const;
const CONTENT_TYPES = [
  'text',
  'audio',
  'video',
  'image',
  'location',
  'file',
  'interactive',
  'template',
  'carousel',
  'richCard',
] as const;

describe('required top-level fields', () => {
  check([
    required(TEXT, 'user'),
    required(TEXT, 'type'),
    required(TEXT, 'content'),
    fails(TEXT, 'user', 'not an object'),
    fails(TEXT, 'content', 'not an object'),
    fails(TEXT, 'user', []),
    // An array is not an object (valibot's own object schema would accept it).
    fails(TEXT, 'content', []),
    fails(TEXT, 'content.sms', []),
    optional(TEXT, 'clientMessageId'),
  ]);
});

describe('type', () => {
  check([
    fails(TEXT, 'type', 'sticker', 'type', 'text'),
    fails(TEXT, 'type', '', 'type'),
    fails(TEXT, 'type', 3, 'type'),
    // 8x8's own examples write "Text" and "Audio": any letter case is accepted.
    ok(TEXT, 'type', 'TEXT'),
    ok(TEXT, 'type', 'Text'),
    ok(RICH_CARD, 'type', 'RichCard'),
    ok(RICH_CARD, 'type', 'richcard'),
    ok(CAROUSEL, 'type', 'Carousel'),
  ]);

  it.each(CONTENT_TYPES)('accepts "%s" in upper case and emits it in canonical case', (type) => {
    const base = Object.values(BASES).find((message) => message.type === type);
    expect(base, `a base message of type ${type}`).toBeDefined();
    expect(parseMessage(withPath(base, 'type', type.toUpperCase())).type).toBe(type);
  });
});

describe('clientMessageId', () => {
  check([...maxLength(TEXT, 'clientMessageId', 50), ok(TEXT, 'clientMessageId', 'abc-123')]);
});

describe('user', () => {
  const national = withPath(withPath(TEXT, 'user.msisdn', '91234567'), 'user.country', 'SG');
  const line = withPath(TEXT, 'user', { lineUserId: 'Ua12b345678c1de0fg1a1234567891011' });
  const bsuid = withPath(TEXT, 'user', { channelUserId: 'US.13491208655302741918' });
  check([
    // Rule: the recipient is addressed by msisdn, lineUserId or channelUserId (at least one).
    fails(TEXT, 'user', {}, 'user'),
    fails(TEXT, 'user', { country: 'SG' }, 'user'),
    // Decision (lead): country only qualifies a national msisdn.
    fails(line, 'user.country', 'JP'),
    ok(bsuid, 'user.msisdn', '+14155550123'),
    ok(TEXT, 'user.msisdn', '+6500000000'),
    ok(TEXT, 'user.msisdn', '+442071838750'),
    ok(national, 'user.country', 'sg'),
    fails(TEXT, 'user.msisdn', 'call me', 'user.msisdn'),
    fails(TEXT, 'user.msisdn', '+65 1234 5678', 'user.msisdn'),
    fails(TEXT, 'user.msisdn', '+', 'user.msisdn'),
    fails(TEXT, 'user.msisdn', '+1234567890123456', 'user.msisdn'),
    fails(TEXT, 'user.msisdn', 6512345678, 'user.msisdn'),
    // Decision (docs/decisions.md, Recipients): digits only is a national number with user.country, or an
    // international number written without its '+' ("'+' preferred"), so country stays optional.
    optional(national, 'user.country'),
    // Rule: country is a 2-letter code.
    ok(TEXT, 'user.country', 'SG'),
    fails(TEXT, 'user.country', 'SGP', 'user.country', 2),
    fails(TEXT, 'user.country', 'S1', 'user.country'),
    fails(TEXT, 'user.country', 'S', 'user.country'),
    // Rule (OpenAPI): channelUserId is "<ISO 3166 alpha-2, uppercase>.<alphanumeric>".
    ok(bsuid, 'user.channelUserId', 'SG.abc123XYZ'),
    fails(bsuid, 'user.channelUserId', 'us.13491208655302741918'),
    fails(bsuid, 'user.channelUserId', 'US13491208655302741918'),
    fails(bsuid, 'user.channelUserId', 'USA.13491208655302741918'),
    fails(bsuid, 'user.channelUserId', 'US.1349-1208'),
    fails(bsuid, 'user.channelUserId', 'US.'),
    ok(bsuid, 'user.channelUserId', `US.${'a'.repeat(128)}`),
    fails(bsuid, 'user.channelUserId', `US.${'a'.repeat(129)}`),
    fails(line, 'user.lineUserId', '', 'user.lineUserId'),
  ]);
});

describe('delivery options', () => {
  check([
    // Rule: scheduled and expiry are RFC 3339 date-times with a time zone.
    ok(TEXT, 'scheduled', '2026-12-01T09:00:00Z'),
    ok(TEXT, 'scheduled', '2026-12-01T09:00:00.123+08:00'),
    ok(TEXT, 'expiry', '2026-12-01T09:00:00-05:00'),
    fails(TEXT, 'scheduled', '2026-12-01T09:00:00', 'scheduled'),
    fails(TEXT, 'scheduled', '2026-12-01', 'scheduled'),
    fails(TEXT, 'scheduled', 'tomorrow at nine', 'scheduled'),
    fails(TEXT, 'scheduled', '2026-13-01T09:00:00Z', 'scheduled'),
    fails(TEXT, 'expiry', '2026-02-30T09:00:00Z', 'expiry'),
    fails(TEXT, 'expiry', 1764579600, 'expiry'),
    // Rule: dlrCallbackUrl is a URI.
    ok(TEXT, 'dlrCallbackUrl', 'https://example.com/8x8/receipts'),
    ok(TEXT, 'dlrCallbackUrl', urlOfLength(300)),
    fails(TEXT, 'dlrCallbackUrl', 'not a url', 'dlrCallbackUrl'),
    fails(TEXT, 'dlrCallbackUrl', '/relative/path', 'dlrCallbackUrl'),
  ]);
});

describe('channels', () => {
  const one = (channel: string) => [{ channel }];
  check([
    ...CHANNELS.map((channel) => ok(TEXT, 'channels', one(channel))),
    ...oneOf(TEXT, 'channels[0].channel', CHANNELS),
    required(withPath(TEXT, 'channels', one('WhatsApp')), 'channels[0].channel'),
    fails(TEXT, 'channels', 'WhatsApp', 'channels'),
    // Rule: fallbackAfter is 10 seconds to 1 day, in whole seconds.
    ...range(
      withPath(TEXT, 'channels', [{ channel: 'WhatsApp' }, { channel: 'SMS' }]),
      'channels[0].fallbackAfter',
      10,
      86_400,
      true,
    ),
    ...oneOf(withPath(TEXT, 'channels', one('WhatsApp')), 'channels[0].successStatus', [
      'Accepted',
      'Sent',
      'Delivered',
      'Read',
    ]),
    fails(withPath(TEXT, 'channels', one('WhatsApp')), 'channels[0].successStatus', 'delivered_to_recipient'),
  ]);
});

describe('successStatus: a status the channel reports', () => {
  // Written out from 8x8's table of channels and the statuses they report (not imported from src): SMS and Zalo
  // report no Read, LINE (Official Account) neither Delivered nor Read; WhatsApp, Viber and RCS report all four.
  // Facebook, WeChat and Instagram are not in the table: every status is accepted for them.
  const REPORTED: Record<(typeof CHANNELS)[number], readonly string[]> = {
    SMS: ['Accepted', 'Sent', 'Delivered'],
    WhatsApp: ['Accepted', 'Sent', 'Delivered', 'Read'],
    Facebook: ['Accepted', 'Sent', 'Delivered', 'Read'],
    RCS: ['Accepted', 'Sent', 'Delivered', 'Read'],
    Viber: ['Accepted', 'Sent', 'Delivered', 'Read'],
    Line: ['Accepted', 'Sent'],
    WeChat: ['Accepted', 'Sent', 'Delivered', 'Read'],
    Zalo: ['Accepted', 'Sent', 'Delivered'],
    Instagram: ['Accepted', 'Sent', 'Delivered', 'Read'],
  };
  const routes = (channel: string, successStatus: string) => [
    { channel: 'WhatsApp', fallbackAfter: 60 },
    { channel, successStatus },
  ];
  check(
    CHANNELS.filter((channel) => channel !== 'WhatsApp').flatMap((channel) =>
      ['Accepted', 'Sent', 'Delivered', 'Read'].map((status) =>
        REPORTED[channel].includes(status)
          ? ok(TEXT, 'channels', routes(channel, status))
          : fails(TEXT, 'channels', routes(channel, status), 'channels[1].successStatus', status),
      ),
    ),
  );

  it('names the channel, the statuses it reports and the one given, as written and as read', () => {
    const input = withPath(TEXT, 'channels', [{ channel: 'sms', successStatus: 'read' }]);
    expect(() => parseMessage(input)).toThrow(
      expect.objectContaining({
        issues: [
          {
            path: 'channels[0].successStatus',
            message: 'must be a status SMS reports ("Accepted", "Sent" or "Delivered"), got "read" ("Read")',
          },
        ],
      }),
    );
    // Written in the reference's spelling, it is quoted once.
    expect(() =>
      parseMessage(withPath(TEXT, 'channels', [{ channel: 'SMS', successStatus: 'Read' }])),
    ).toThrow(
      expect.objectContaining({
        issues: [
          {
            path: 'channels[0].successStatus',
            message: 'must be a status SMS reports ("Accepted", "Sent" or "Delivered"), got "Read"',
          },
        ],
      }),
    );
  });
});

describe('channel capability: the first channel must carry the content type', () => {
  check([
    ok(TEXT, 'channels', [{ channel: 'SMS' }]),
    ok(RICH_CARD, 'channels', [{ channel: 'RCS' }, { channel: 'SMS' }]),
    ok(CAROUSEL, 'channels', [{ channel: 'RCS' }]),
    ok(TEMPLATE, 'channels', [{ channel: 'WhatsApp' }, { channel: 'SMS' }]),
    ok(TEMPLATE, 'channels', [{ channel: 'Viber' }]),
    ok(REPLY_BUTTONS, 'channels', [{ channel: 'WhatsApp' }]),
    ok(IMAGE, 'channels', [{ channel: 'Line' }]),
    // Rule: carousel and richCard are RCS only.
    fails(CAROUSEL, 'channels', [{ channel: 'WhatsApp' }], 'channels[0].channel'),
    fails(RICH_CARD, 'channels', [{ channel: 'SMS' }, { channel: 'RCS' }], 'channels[0].channel'),
    // Rule: interactive is WhatsApp only; template is WhatsApp (and Viber).
    fails(REPLY_BUTTONS, 'channels', [{ channel: 'Viber' }], 'channels[0].channel'),
    fails(TEMPLATE, 'channels', [{ channel: 'SMS' }], 'channels[0].channel'),
    fails(TEMPLATE, 'channels', [{ channel: 'RCS' }], 'channels[0].channel'),
    fails(IMAGE, 'channels', [{ channel: 'SMS' }], 'channels[0].channel'),
  ]);
});

describe('context (reply to an earlier message)', () => {
  const context = { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' };
  const reply = withPath(TEXT, 'context', context);
  check([
    ok(TEXT, 'context', context),
    ok(reply, 'channels', [{ channel: 'WhatsApp' }, { channel: 'SMS' }]),
    required(reply, 'context.umid'),
    // Rule: umid is a GUID, 8-4-4-4-12 hexadecimal digits.
    ok(reply, 'context.umid', '3FA85F64-5717-4562-B3FC-2C963F66AFA6'),
    fails(reply, 'context.umid', 'aa7c29ad44332211', 'context.umid'),
    fails(reply, 'context.umid', 'aa7c29ad-4433-2211-9c8b-00004e2b9ecz', 'context.umid'),
    fails(reply, 'context.umid', '', 'context.umid'),
    // Rule: contextual replies are WhatsApp only.
    fails(reply, 'channels', [{ channel: 'SMS' }], 'context'),
    fails(reply, 'channels', [{ channel: 'Viber' }, { channel: 'SMS' }], 'context'),
  ]);
});

describe('a recipient reached over one channel only: its refusals name no channel to add', () => {
  // Decision (docs/decisions.md, "Recipients"): a LINE user id reaches LINE only, a WhatsApp business-scoped user id
  // without a phone number WhatsApp only, so a refusal that would name a channel to add or put first names the
  // recipient's rule instead; the chain's build() ends them the same.
  const context = { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' };
  const lineUser = { lineUserId: 'Ua12b345678c1de0fg1a1234567891011' };
  const bsuid = { channelUserId: 'US.13491208655302741918' };
  function messages(input: unknown): string[] {
    try {
      parseMessage(input);
    } catch (error) {
      if (error instanceof ValidationError)
        return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
      throw error;
    }
    throw new Error('expected parseMessage to refuse the body');
  }
  it('a feature the one channel lacks', () => {
    const line = { ...TEXT, user: lineUser, channels: [{ channel: 'Line' }] };
    expect(messages({ ...line, context })).toEqual([
      'context: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
    expect(messages({ ...line, content: { ...TEXT.content, whatsApp: { directSend: {} } } })).toContain(
      'content.whatsApp.directSend: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    );
    // LINE has no Direct Send at all: its rule alone, not Direct Send's content rule (which an image breaks).
    const image = { ...IMAGE, user: lineUser, channels: [{ channel: 'Line' }] };
    const directSend = { category: 'utility' };
    expect(messages({ ...image, content: { ...IMAGE.content, whatsApp: { directSend } } })).toEqual([
      'content.whatsApp.directSend: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
    // A phone number's or a BSUID's image over WhatsApp breaks the content rule.
    for (const user of [IMAGE.user, bsuid])
      expect(
        messages({
          ...IMAGE,
          user,
          channels: [{ channel: 'WhatsApp' }],
          content: { ...IMAGE.content, whatsApp: { directSend } },
        }),
      ).toEqual([
        'content.whatsApp.directSend: is only available for type "text" or "interactive", not "image"',
      ]);
    expect(messages({ ...TEXT_WITH_SUGGESTIONS, user: bsuid, channels: [{ channel: 'WhatsApp' }] })).toEqual([
      'content.suggestions: only goes over RCS, and user.channelUserId is reached over WhatsApp only',
    ]);
  });
  it('content the one channel cannot carry, on the first channel', () => {
    expect(messages({ ...TEMPLATE, user: lineUser, channels: [{ channel: 'Line' }] })).toEqual([
      'channels[0].channel: is "Line", which cannot carry "template" content; user.lineUserId is reached over Line only',
    ]);
    expect(messages({ ...CAROUSEL, user: bsuid, channels: [{ channel: 'WhatsApp' }] })).toContain(
      'channels[0].channel: is "WhatsApp", which cannot carry "carousel" content; user.channelUserId is reached over WhatsApp only',
    );
  });
  it("where the recipient's own channel has the feature or carries the content, the rule names that channel", () => {
    // Another channel first: refused for itself (it cannot reach the recipient); the rule then says where to go.
    const rcs = { ...TEXT, user: bsuid, channels: [{ channel: 'RCS' }] };
    expect(messages({ ...rcs, context })).toEqual([
      'context: is supported only on WhatsApp, which is not in channels',
      'channels[0].channel: is "RCS", which cannot reach user.channelUserId; it is reached over WhatsApp only',
    ]);
    // Viber and Zalo carry templates too, but cannot reach a business-scoped user id: only WhatsApp is named.
    expect(messages({ ...TEMPLATE, user: bsuid, channels: [{ channel: 'RCS' }] })).toEqual([
      'channels[0].channel: is "RCS", which cannot carry "template" content; "template" goes over WhatsApp',
      'channels[0].channel: is "RCS", which cannot reach user.channelUserId; it is reached over WhatsApp only',
    ]);
    expect(messages({ ...IMAGE, user: lineUser, channels: [{ channel: 'SMS' }] })).toEqual([
      'channels[0].channel: is "SMS", which cannot carry "image" content; "image" goes over Line',
      'channels[0].channel: is "SMS", which cannot reach user.lineUserId; it is reached over Line only',
    ]);
  });
  it('without channels 8x8 routes it over the one channel: the content and features are checked against it', () => {
    // The chain's build() refused these without a channel step; parseMessage (and so the client) accepted them.
    expect(messages({ ...TEMPLATE, user: lineUser })).toEqual([
      'type: is "template", which Line cannot carry; user.lineUserId is reached over Line only',
    ]);
    expect(messages({ ...TEXT, user: lineUser, context })).toEqual([
      'context: only goes over WhatsApp, and user.lineUserId is reached over Line only',
    ]);
    expect(messages({ ...TEXT_WITH_SUGGESTIONS, user: bsuid })).toEqual([
      'content.suggestions: only goes over RCS, and user.channelUserId is reached over WhatsApp only',
    ]);
    expect(messages({ ...CAROUSEL, user: bsuid })).toContain(
      'type: is "carousel", which WhatsApp cannot carry; user.channelUserId is reached over WhatsApp only',
    );
    expect(parseMessage({ ...TEXT, user: bsuid, context }).context).toEqual(context);
    expect(parseMessage({ ...IMAGE, user: lineUser }).type).toBe('image');
  });
  it('any other channel cannot reach the recipient: a LINE user id over LINE only, a BSUID over WhatsApp only', () => {
    // Decision (docs/decisions.md, "Recipients"): the OpenAPI describes channelUserId as WhatsApp's business-scoped
    // user id, and 8x8's receipts say Viber and RCS identify the recipient by phone number only; the chain's build()
    // and the client refuse such a body with this same rule (test/builder/message.test.ts).
    const reach = (user: object, channel: string) =>
      `is "${channel}", which cannot reach user.${Object.keys(user)[0]}; it is reached over ${
        'lineUserId' in user ? 'Line' : 'WhatsApp'
      } only`;
    for (const channel of ['SMS', 'RCS', 'Viber', 'Line']) {
      expect(messages({ ...TEXT, user: bsuid, channels: [{ channel }] })).toEqual([
        `channels[0].channel: ${reach(bsuid, channel)}`,
      ]);
    }
    expect(
      messages({ ...TEXT, user: bsuid, channels: [{ channel: 'WhatsApp' }, { channel: 'SMS' }] }),
    ).toEqual([`channels[1].channel: ${reach(bsuid, 'SMS')}`]);
    expect(messages({ ...TEXT, user: lineUser, channels: [{ channel: 'WhatsApp' }] })).toEqual([
      `channels[0].channel: ${reach(lineUser, 'WhatsApp')}`,
    ]);
    // Its own channel, or none (8x8 routes it), is accepted.
    expect(parseMessage({ ...TEXT, user: bsuid, channels: [{ channel: 'WhatsApp' }] }).user).toEqual(bsuid);
    expect(parseMessage({ ...TEXT, user: bsuid }).user).toEqual(bsuid);
    expect(parseMessage({ ...TEXT, user: lineUser, channels: [{ channel: 'Line' }] }).user).toEqual(lineUser);
  });
  it('with a phone number beside the business-scoped user id, 8x8 uses the number: the rules name a channel to add', () => {
    const both = { ...TEXT, user: { msisdn: '+15551234567', ...bsuid }, channels: [{ channel: 'WhatsApp' }] };
    // Every channel reaches the number.
    expect(
      parseMessage({ ...both, channels: [{ channel: 'RCS' }, { channel: 'SMS' }] }).channels,
    ).toHaveLength(2);
    expect(messages({ ...both, context, channels: [{ channel: 'RCS' }] })).toEqual([
      'context: is supported only on WhatsApp, which is not in channels',
    ]);
    expect(messages({ ...CAROUSEL, user: both.user, channels: [{ channel: 'WhatsApp' }] })).toContain(
      'channels[0].channel: is "WhatsApp", which cannot carry "carousel" content; "carousel" goes over RCS',
    );
  });
});

describe('subAccountId path parameter', () => {
  function issuesOf(input: unknown) {
    try {
      validate(SubAccountIdSchema, input, 'subAccountId');
      return [];
    } catch (error) {
      if (error instanceof ValidationError) return error.issues;
      throw error;
    }
  }
  const valid = ['abc', chars(50, 'a'), 'Acme_Marketing-2.0', 'R&D', 'a.b', '123'];
  const invalid = ['ab', chars(51, 'a'), 'has space', 'slash/here', 'semi;colon', 'ümlaut', '', 'a%20b'];

  it.each(valid)('accepts %j', (id) => expect(issuesOf(id)).toEqual([]));
  it.each(invalid)('rejects %j at the root with a readable message', (id) => {
    const issues = issuesOf(id);
    expect(issues.map((issue) => issue.path)).toEqual(['']);
    for (const issue of issues) expectReadable(issue);
  });
  it('rejects a non-string', () => expect(issuesOf(12345).map((issue) => issue.path)).toEqual(['']));
});
