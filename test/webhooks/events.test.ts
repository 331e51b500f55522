// parseWebhook over the whole corpus: each body's kind, version, state or content kind, and the values a program
// reads; plus letter case, numbers as strings, unknown fields kept, unknown events, and bodies that are not 8x8's.
import { match, P } from 'ts-pattern';
import { describe, expect, it } from 'vitest';
import { parseWebhook, safeParseWebhook, ValidationError, type WebhookEvent } from '../../src/index.js';
import { WEBHOOK_CORPUS, webhookBody, webhookText } from './corpus.js';

/** What a program reads from an event, in one line per kind. */
function summary(event: WebhookEvent): string {
  return match(event)
    .with({ kind: 'deliveryReceipt' }, (e) =>
      [
        `receipt v${e.version}`,
        e.payload.channel,
        e.state,
        e.payload.status.detail ?? '-',
        e.payload.outboundContent?.contentType ?? '-',
      ].join(' '),
    )
    .with(
      { kind: 'externalAppMessage' },
      (e) => `external v${e.version} ${e.payload.channel} ${e.content.kind}`,
    )
    .with(
      { kind: 'inbound' },
      (e) => `inbound v${e.version} ${e.payload.recipient.channel} ${e.content.kind}`,
    )
    .with({ kind: 'other' }, (e) => `other ${e.eventType}`)
    .exhaustive();
}

const EXPECTED: Record<string, string> = {
  'external-app-message-v8': 'external v8 whatsapp text',
  'external-app-message-v9': 'external v9 whatsapp text',
  'external-app-message-v9-image': 'external v9 whatsapp media',
  'inbound-v2-viber-location': 'inbound v2 viber location',
  'inbound-v2-whatsapp-call-permission': 'inbound v2 whatsapp callPermissionReply',
  'inbound-v2-whatsapp-flow-reply': 'inbound v2 whatsapp flowReply',
  'inbound-v2-whatsapp-image': 'inbound v2 whatsapp media',
  'inbound-v2-whatsapp-text-reply-to': 'inbound v2 whatsapp text',
  'inbound-v3-letter-case-and-new-fields': 'inbound v3 whatsapp buttonReply',
  'inbound-v3-line-text': 'inbound v3 line text',
  'inbound-v3-rcs-text': 'inbound v3 rcs text',
  'inbound-v3-sms-text': 'inbound v3 sms text',
  'inbound-v3-viber-text': 'inbound v3 viber text',
  'inbound-v3-whatsapp-audio': 'inbound v3 whatsapp media',
  'inbound-v3-whatsapp-button-reply': 'inbound v3 whatsapp buttonReply',
  'inbound-v3-whatsapp-buttons': 'inbound v3 whatsapp other',
  'inbound-v3-whatsapp-call-permission-accept': 'inbound v3 whatsapp callPermissionReply',
  'inbound-v3-whatsapp-call-permission-reject-permanent': 'inbound v3 whatsapp callPermissionReply',
  'inbound-v3-whatsapp-file': 'inbound v3 whatsapp media',
  'inbound-v3-whatsapp-flow-reply': 'inbound v3 whatsapp flowReply',
  'inbound-v3-whatsapp-image': 'inbound v3 whatsapp media',
  'inbound-v3-whatsapp-list-reply': 'inbound v3 whatsapp listReply',
  'inbound-v3-whatsapp-location': 'inbound v3 whatsapp location',
  'inbound-v3-whatsapp-reply-to': 'inbound v3 whatsapp text',
  'inbound-v3-whatsapp-text-all-user-fields': 'inbound v3 whatsapp text',
  'inbound-v3-whatsapp-unknown-interactive': 'inbound v3 whatsapp other',
  'inbound-v3-whatsapp-video': 'inbound v3 whatsapp media',
  'other-business-management': 'other whatsapp_template_status_changed',
  'receipt-v8-sms-queued': 'receipt v8 sms queued - -',
  'receipt-v8-whatsapp-delivered': 'receipt v8 whatsapp delivered delivered_to_recipient -',
  'receipt-v8-whatsapp-read': 'receipt v8 whatsapp read - -',
  'receipt-v8-whatsapp-undelivered': 'receipt v8 whatsapp undelivered rejected_by_operator -',
  'receipt-v9-letter-case-and-new-fields': 'receipt v9 whatsapp delivered delivered_to_recipient -',
  'receipt-v9-line-sent': 'receipt v9 line sent - -',
  'receipt-v9-rcs-read': 'receipt v9 rcs read - -',
  'receipt-v9-rejected': 'receipt v9 whatsapp rejected - -',
  'receipt-v9-sms-delivered': 'receipt v9 sms delivered delivered_to_recipient -',
  'receipt-v9-unknown-state': 'receipt v9 rcs other - -',
  'receipt-v9-viber-delivered': 'receipt v9 viber delivered delivered_to_operator -',
  'receipt-v9-viber-undelivered-to-recipient': 'receipt v9 viber undelivered undelivered_to_recipient -',
  'receipt-v9-whatsapp-delivered-carousel': 'receipt v9 whatsapp delivered delivered_to_recipient carousel',
  'receipt-v9-whatsapp-delivered-cta-url': 'receipt v9 whatsapp delivered delivered_to_recipient interactive',
  'receipt-v9-whatsapp-delivered-flow': 'receipt v9 whatsapp delivered delivered_to_recipient interactive',
  'receipt-v9-whatsapp-delivered-interactive-buttons':
    'receipt v9 whatsapp delivered delivered_to_recipient interactive',
  'receipt-v9-whatsapp-delivered-interactive-list':
    'receipt v9 whatsapp delivered delivered_to_recipient interactive',
  'receipt-v9-whatsapp-delivered-location': 'receipt v9 whatsapp delivered delivered_to_recipient location',
  'receipt-v9-whatsapp-delivered-media': 'receipt v9 whatsapp delivered delivered_to_recipient media',
  'receipt-v9-whatsapp-delivered-pii-masked': 'receipt v9 whatsapp delivered delivered_to_recipient template',
  'receipt-v9-whatsapp-delivered-template': 'receipt v9 whatsapp delivered delivered_to_recipient template',
  'receipt-v9-whatsapp-delivered-template-auth':
    'receipt v9 whatsapp delivered delivered_to_recipient template_auth',
  'receipt-v9-whatsapp-delivered-text': 'receipt v9 whatsapp delivered delivered_to_recipient text',
  'receipt-v9-whatsapp-delivered-to-operator': 'receipt v9 whatsapp delivered delivered_to_operator -',
  'receipt-v9-whatsapp-queued': 'receipt v9 whatsapp queued - -',
  'receipt-v9-whatsapp-read': 'receipt v9 whatsapp read - -',
  'receipt-v9-whatsapp-sent': 'receipt v9 whatsapp sent - -',
  'receipt-v9-whatsapp-undelivered': 'receipt v9 whatsapp undelivered rejected_by_operator -',
};

describe('parseWebhook over the corpus', () => {
  it('the table names every corpus body', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...WEBHOOK_CORPUS.keys()].sort());
  });

  it.each([...WEBHOOK_CORPUS.keys()])('%s', (name) => {
    const fromText = parseWebhook(webhookText(name));
    expect(summary(fromText)).toBe(EXPECTED[name]);
    // The JSON text and the value it parses to give the same event.
    expect(parseWebhook(webhookBody(name))).toEqual(fromText);
  });

  it('covers every version and kind 8x8 documents', () => {
    const events = [...WEBHOOK_CORPUS.values()].map((text) => parseWebhook(text));
    const versions = new Set(events.map((e) => `${e.kind} v${e.version ?? '-'}`));
    expect([...versions].sort()).toEqual([
      'deliveryReceipt v8',
      'deliveryReceipt v9',
      'externalAppMessage v8',
      'externalAppMessage v9',
      'inbound v2',
      'inbound v3',
      'other v-',
    ]);
    const states = new Set(events.flatMap((e) => (e.kind === 'deliveryReceipt' ? [e.state] : [])));
    expect([...states].sort()).toEqual([
      'delivered',
      'other',
      'queued',
      'read',
      'rejected',
      'sent',
      'undelivered',
    ]);
    const kinds = new Set(events.flatMap((e) => (e.kind === 'inbound' ? [e.content.kind] : [])));
    expect([...kinds].sort()).toEqual([
      'buttonReply',
      'callPermissionReply',
      'flowReply',
      'listReply',
      'location',
      'media',
      'other',
      'text',
    ]);
  });
});

describe('what a program reads from each kind', () => {
  it('a v9 receipt: ids, user, status, WhatsApp pricing, the delivered content', () => {
    const event = parseWebhook(webhookText('receipt-v9-whatsapp-delivered-template'));
    if (event.kind !== 'deliveryReceipt') throw new Error(event.kind);
    const body = webhookBody('receipt-v9-whatsapp-delivered-template') as {
      payload: { umid: string; batchId: string };
    };
    expect(event.payload).toMatchObject({
      umid: body.payload.umid,
      batchId: body.payload.batchId,
      clientMessageId: 'order-A-1234',
      clientBatchId: 'spring-promo',
      subAccountId: 'acme_marketing',
      user: { msisdn: '+6591234567', channelUserId: 'SG.1049382716502938' },
      status: { state: 'delivered', detail: 'delivered_to_recipient', timestamp: '2026-07-03T03:40:54.16Z' },
      whatsapp: { pricingCategory: 'marketing' },
    });
    expect(event.payload.outboundContent).toEqual({
      channel: 'whatsapp',
      contentType: 'template',
      template: { name: 'spring_sale', language: 'en_GB', category: 'MARKETING' },
      header: { type: 'image', media: { url: 'https://cdn.acme.example/spring.jpg' } },
      body: { text: 'Hi Mei, our spring sale starts today: 20% off everything.' },
      footer: { text: 'Reply STOP to opt out' },
      actions: {
        buttons: [
          { type: 'url', label: 'Shop now', value: 'https://acme.example/spring' },
          { type: 'quick_reply', label: 'Not interested', value: null },
          { type: 'phone', label: 'Call us', value: '+6561234567' },
        ],
      },
    });
  });

  it('an undelivered receipt: error code and message, WhatsApp provider error; a string code becomes a number', () => {
    const whatsapp = parseWebhook(webhookText('receipt-v9-whatsapp-undelivered'));
    expect(whatsapp.payload).toMatchObject({
      status: { state: 'undelivered', errorCode: 15, errorMessage: 'Invalid destination' },
      whatsapp: { providerErrorCode: '131026' },
    });
    const viber = parseWebhook(webhookText('receipt-v9-viber-undelivered-to-recipient'));
    expect(viber.payload).toMatchObject({ status: { errorCode: 20 } });
  });

  it('a LINE receipt has no phone number, only the LINE user id', () => {
    const event = parseWebhook(webhookText('receipt-v9-line-sent'));
    expect(event.payload).toMatchObject({ user: { channelUserId: 'U4af4980629a1b2c3d4e5f60718293a4b' } });
    expect(event.payload).not.toHaveProperty('user.msisdn');
  });

  it('redacted content keeps its reason', () => {
    for (const name of [
      'receipt-v9-whatsapp-delivered-template-auth',
      'receipt-v9-whatsapp-delivered-pii-masked',
    ]) {
      const event = parseWebhook(webhookText(name));
      if (event.kind !== 'deliveryReceipt') throw new Error(event.kind);
      expect(event.payload.outboundContent?.meta?.redacted).toBe(true);
      expect(event.payload.outboundContent?.meta?.redactionReason).toMatch(/masked/);
    }
  });

  it('carousel cards, list sections, flow and CTA details', () => {
    const carousel = parseWebhook(webhookText('receipt-v9-whatsapp-delivered-carousel'));
    if (carousel.kind !== 'deliveryReceipt') throw new Error(carousel.kind);
    expect(carousel.payload.outboundContent?.cards?.map((card) => [card.index, card.header?.type])).toEqual([
      [0, 'image'],
      [1, 'video'],
    ]);
    const list = parseWebhook(webhookText('receipt-v9-whatsapp-delivered-interactive-list'));
    if (list.kind !== 'deliveryReceipt') throw new Error(list.kind);
    expect(
      list.payload.outboundContent?.actions?.list?.sections.flatMap((s) => s.rows.map((r) => r.id)),
    ).toEqual(['slot-0900', 'slot-1300', 'slot-later']);
    expect(list.payload.outboundContent?.meta?.interactiveType).toBe('list');
    const flow = parseWebhook(webhookText('receipt-v9-whatsapp-delivered-flow'));
    expect(flow.payload).toMatchObject({
      outboundContent: { actions: { flow: { flowId: '1187654321098765', screen: 'RATING' } } },
    });
    const location = parseWebhook(webhookText('receipt-v9-whatsapp-delivered-location'));
    expect(location.payload).toMatchObject({
      outboundContent: {
        header: { type: 'location', location: { latitude: 1.2834, name: 'Acme Marina Store' } },
      },
    });
  });

  it('inbound contents by kind', () => {
    const content = (name: string) => {
      const event = parseWebhook(webhookText(name));
      if (event.kind !== 'inbound') throw new Error(event.kind);
      return event.content;
    };
    expect(content('inbound-v3-whatsapp-text-all-user-fields')).toEqual({
      kind: 'text',
      text: 'Where is my order A-1234?',
    });
    expect(content('inbound-v3-whatsapp-image')).toEqual({
      kind: 'media',
      mediaType: 'image',
      url: 'https://media.8x8.example/wa/8c2d7e.jpg',
      caption: 'The parcel arrived damaged',
    });
    expect(content('inbound-v3-whatsapp-file')).toMatchObject({ kind: 'media', mediaType: 'file' });
    expect(content('inbound-v3-whatsapp-audio')).toMatchObject({ mediaType: 'audio', caption: undefined });
    expect(content('inbound-v3-whatsapp-video')).toMatchObject({ mediaType: 'video' });
    expect(content('inbound-v3-whatsapp-location')).toEqual({
      kind: 'location',
      latitude: 1.2834,
      longitude: 103.8607,
    });
    // Coordinates sent as strings arrive as numbers.
    expect(content('inbound-v2-viber-location')).toEqual({
      kind: 'location',
      latitude: 13.7563,
      longitude: 100.5018,
    });
    expect(content('inbound-v3-whatsapp-button-reply')).toEqual({
      kind: 'buttonReply',
      id: 'confirm-A-1234',
      title: 'Confirm',
    });
    expect(content('inbound-v3-whatsapp-list-reply')).toEqual({
      kind: 'listReply',
      id: 'slot-0900',
      title: '09:00-12:00',
      description: 'Morning',
    });
    expect(content('inbound-v3-whatsapp-flow-reply')).toEqual({
      kind: 'flowReply',
      responseJson: '{"flow_token":"ft-5521","rating":"5","comment":"Fast delivery"}',
      response: { flow_token: 'ft-5521', rating: '5', comment: 'Fast delivery' },
    });
    expect(content('inbound-v3-whatsapp-call-permission-accept')).toEqual({
      kind: 'callPermissionReply',
      response: 'accept',
      isPermanent: false,
      expirationTimestamp: '2026-06-16T10:13:20.00Z',
    });
    expect(content('inbound-v3-whatsapp-call-permission-reject-permanent')).toEqual({
      kind: 'callPermissionReply',
      response: 'reject',
      isPermanent: true,
      expirationTimestamp: undefined,
    });
    expect(content('inbound-v3-whatsapp-unknown-interactive')).toEqual({
      kind: 'other',
      type: 'Interactive',
    });
    expect(content('inbound-v3-whatsapp-buttons')).toEqual({ kind: 'other', type: 'Buttons' });
  });

  it('inbound user fields of v3, the quoted message, and v2 user ids', () => {
    const v3 = parseWebhook(webhookText('inbound-v3-whatsapp-text-all-user-fields'));
    expect(v3.payload).toMatchObject({
      user: {
        msisdn: '+6591234567',
        channelUserId: 'SG.1049382716502938',
        name: 'Mei Tan',
        username: 'meitan',
      },
      recipient: { channel: 'whatsapp', channelId: '2a4f1e07-6b1d-4c55-9e0c-7d3a9f1b2c44' },
      type: 'Text',
      timestamp: '2026-06-09T10:13:20.00Z',
    });
    const quoting = webhookBody('inbound-v2-whatsapp-text-reply-to') as { payload: { replyToUmid: string } };
    expect(parseWebhook(quoting).payload).toMatchObject({ replyToUmid: quoting.payload.replyToUmid });
    expect(parseWebhook(webhookText('inbound-v3-viber-text')).payload).toMatchObject({
      user: { msisdn: '+6591234567' },
    });
  });

  it('a WhatsApp Business App message: timestamp, type and content', () => {
    const event = parseWebhook(webhookText('external-app-message-v9-image'));
    if (event.kind !== 'externalAppMessage') throw new Error(event.kind);
    expect(event.payload).toMatchObject({ timestamp: '2026-01-28T09:16:53.00Z', type: 'Image' });
    expect(event.content).toEqual({
      kind: 'media',
      mediaType: 'image',
      url: 'https://media.8x8.example/wa/3f1c.jpg',
      caption: 'Our new menu',
    });
  });
});

describe('leniency: what 8x8 may send beyond its samples', () => {
  it('enum values in any letter case come out in one spelling; fields 8x8 adds are kept', () => {
    const receipt = parseWebhook(webhookText('receipt-v9-letter-case-and-new-fields'));
    expect(receipt.payload).toMatchObject({
      channel: 'whatsapp',
      region: 'sg',
      status: { state: 'delivered', detail: 'delivered_to_recipient', carrier: 'SingTel' },
      whatsapp: { conversationId: 'c-81723' },
    });
    const inbound = parseWebhook(webhookText('inbound-v3-letter-case-and-new-fields'));
    expect(inbound.payload).toMatchObject({
      type: 'Interactive',
      context: { forwarded: true },
      recipient: { channel: 'whatsapp' },
      content: { extra: 1, interactive: { type: 'button_reply' } },
    });
    expect(inbound.body).toMatchObject({ namespace: 'ChatApps' });
  });

  it('an unknown state is "other", with the state as sent in the payload', () => {
    const event = parseWebhook(webhookText('receipt-v9-unknown-state'));
    expect(event).toMatchObject({
      kind: 'deliveryReceipt',
      state: 'other',
      payload: { status: { state: 'expired' } },
    });
  });

  it('the version as a string, the event type in capitals, a reply key spelled another way', () => {
    const body = webhookBody('inbound-v3-whatsapp-flow-reply') as {
      version: unknown;
      eventType: string;
      payload: { content: { interactive: Record<string, unknown> } };
    };
    body.version = '3';
    body.eventType = 'INBOUND_MESSAGE_RECEIVED';
    const { interactive } = body.payload.content;
    interactive['nfm_reply'] = interactive['nfmReply'];
    delete interactive['nfmReply'];
    interactive['type'] = 'nfm_reply';
    const event = parseWebhook(body);
    expect(event).toMatchObject({ kind: 'inbound', version: 3, content: { kind: 'flowReply' } });
  });

  it('numbers and booleans written as strings are read as a request reads them (signs, exponents, "True")', () => {
    const location = webhookBody('inbound-v3-whatsapp-location') as {
      payload: { content: { location: Record<string, unknown> } };
    };
    location.payload.content.location['latitude'] = '1e-5';
    location.payload.content.location['longitude'] = '+103.8607';
    expect(parseWebhook(location)).toMatchObject({
      content: { kind: 'location', latitude: 0.00001, longitude: 103.8607 },
    });
    location.payload.content.location['latitude'] = '0x10';
    expect(safeParseWebhook(location).success).toBe(false);

    const reply = webhookBody('inbound-v3-whatsapp-call-permission-reject-permanent') as {
      payload: { content: { interactive: { callPermissionReply: Record<string, unknown> } } };
    };
    reply.payload.content.interactive.callPermissionReply['isPermanent'] = 'True';
    expect(parseWebhook(reply)).toMatchObject({ content: { isPermanent: true } });
    reply.payload.content.interactive.callPermissionReply['isPermanent'] = ' FALSE ';
    expect(parseWebhook(reply)).toMatchObject({ content: { isPermanent: false } });
    reply.payload.content.interactive.callPermissionReply['isPermanent'] = 'yes';
    expect(safeParseWebhook(reply).success).toBe(false);
  });

  it('an unknown event type is an "other" event with its payload untouched', () => {
    const event = parseWebhook(webhookText('other-business-management'));
    expect(event).toMatchObject({
      kind: 'other',
      version: undefined,
      eventType: 'whatsapp_template_status_changed',
      payload: { templateName: 'spring_sale', status: 'APPROVED' },
    });
  });

  it('event ids: equal for a repeated body, different for another state or message', () => {
    const ids = [...WEBHOOK_CORPUS.values()].map((text) => parseWebhook(text).id);
    expect(new Set(ids).size).toBe(ids.length);
    const text = webhookText('receipt-v9-whatsapp-read');
    expect(parseWebhook(text).id).toBe(parseWebhook(JSON.parse(text)).id);
  });
});

describe('bodies that are not 8x8 webhooks', () => {
  const cases: [string, unknown, string[]][] = [
    ['not JSON', '{"namespace":', ['(root): must be JSON']],
    ['an array', '[]', ['(root): must be an object, got an array']],
    ['null', 'null', ['(root): must be an object, got null']],
    [
      'no envelope',
      { hello: 'world' },
      ['namespace: is required', 'eventType: is required', 'payload: is required'],
    ],
    [
      'a payload that is a string',
      { namespace: 'ChatApps', eventType: 'x', payload: 'x' },
      ['payload: must be an object, got string "x"'],
    ],
    [
      'a receipt without umid or status',
      {
        namespace: 'ChatApps',
        eventType: 'outbound_message_status_changed',
        payload: { subAccountId: 's', channel: 'sms' },
      },
      ['payload.umid: is required', 'payload.status: is required'],
    ],
    [
      'a receipt whose state is empty',
      {
        namespace: 'ChatApps',
        eventType: 'outbound_message_status_changed',
        payload: { umid: 'u', subAccountId: 's', channel: 'sms', status: { state: '', timestamp: 't' } },
      },
      ['payload.status.state: must not be empty'],
    ],
    [
      'an inbound message with coordinates that are not numbers',
      {
        namespace: 'ChatApps',
        eventType: 'inbound_message_received',
        payload: {
          umid: 'u',
          subAccountId: 's',
          timestamp: 't',
          recipient: { channel: 'whatsapp' },
          type: 'Location',
          content: { location: { latitude: 'north', longitude: 103.8 } },
        },
      },
      ['payload.content.location.latitude: must be a number, got string "north"'],
    ],
    [
      'a receipt whose version is no whole number',
      {
        version: 'v9',
        namespace: 'ChatApps',
        eventType: 'outbound_message_status_changed',
        payload: { umid: 'u', subAccountId: 's', channel: 'sms', status: { state: 'sent', timestamp: 't' } },
      },
      ['version: must be a whole number, got string "v9"'],
    ],
    [
      'a receipt whose error code is no whole number',
      {
        namespace: 'ChatApps',
        eventType: 'outbound_message_status_changed',
        payload: {
          umid: 'u',
          subAccountId: 's',
          channel: 'sms',
          status: { state: 'undelivered', timestamp: 't', errorCode: 2.5 },
        },
      },
      ['payload.status.errorCode: must be a whole number, got number 2.5'],
    ],
    [
      'an inbound location whose coordinates are an object and a boolean',
      {
        namespace: 'ChatApps',
        eventType: 'inbound_message_received',
        payload: {
          umid: 'u',
          subAccountId: 's',
          timestamp: 't',
          recipient: { channel: 'whatsapp' },
          type: 'Location',
          content: { location: { latitude: { deg: 1 }, longitude: true } },
        },
      },
      [
        'payload.content.location.latitude: must be a number, got an object',
        'payload.content.location.longitude: must be a number, got boolean true',
      ],
    ],
  ];

  it.each(cases)('%s', (_name, body, issues) => {
    const result = safeParseWebhook(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`)).toEqual(issues);
    expect(() => parseWebhook(body)).toThrow(/Invalid 8x8 webhook/);
  });
});

describe('exhaustive matching', () => {
  it('ts-pattern covers every receipt state and inbound kind', () => {
    const route = (event: WebhookEvent): string =>
      match(event)
        .with({ kind: 'deliveryReceipt', state: P.union('queued', 'sent') }, () => 'on its way')
        .with({ kind: 'deliveryReceipt', state: P.union('delivered', 'read') }, () => 'arrived')
        .with(
          { kind: 'deliveryReceipt', state: P.union('undelivered', 'rejected', 'failed') },
          () => 'failed',
        )
        .with({ kind: 'deliveryReceipt', state: 'other' }, () => 'unknown state')
        .with({ kind: 'inbound', content: { kind: 'text' } }, (e) => `text ${e.content.text}`)
        .with({ kind: 'inbound', content: { kind: 'media' } }, (e) => `media ${e.content.mediaType}`)
        .with({ kind: 'inbound', content: { kind: 'location' } }, () => 'location')
        .with({ kind: 'inbound', content: { kind: 'buttonReply' } }, (e) => `button ${e.content.id}`)
        .with({ kind: 'inbound', content: { kind: 'listReply' } }, (e) => `list ${e.content.id}`)
        .with({ kind: 'inbound', content: { kind: 'flowReply' } }, () => 'flow')
        .with(
          { kind: 'inbound', content: { kind: 'callPermissionReply' } },
          (e) => `call ${e.content.response}`,
        )
        .with({ kind: 'inbound', content: { kind: 'other' } }, () => 'other inbound')
        .with({ kind: 'externalAppMessage' }, () => 'echo')
        .with({ kind: 'other' }, () => 'other event')
        .exhaustive();
    expect(route(parseWebhook(webhookText('inbound-v3-whatsapp-button-reply')))).toBe(
      'button confirm-A-1234',
    );
    expect(route(parseWebhook(webhookText('receipt-v8-whatsapp-undelivered')))).toBe('failed');
  });
});
