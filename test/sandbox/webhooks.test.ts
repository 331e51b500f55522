// The sandbox answers back, over 127.0.0.1: a client sends through the sandbox, the sandbox posts the receipts to a
// webhook handler served by node:http, the user replies; fallback to the next channel, 8x8's retries when the
// webhook fails, scheduled messages cancelled before they go, and the older webhook formats. Time is scaled down;
// nothing asserts on durations.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import { createClient } from '../../src/client/client.js';
import {
  createWebhookHandler,
  type DeliveryReceiptEvent,
  type InboundMessageEvent,
  parseWebhook,
  type WebhookEvent,
  type WebhookHandlerOptions,
} from '../../src/index.js';
import { toNodeListener } from '../../src/node/index.js';
import {
  type Sandbox,
  type SandboxOptions,
  type SandboxWebhookOptions,
  startSandbox,
} from '../../src/sandbox/index.js';
import { templateList } from '../templates/fixture.js';

const AUTHORIZATION = 'Bearer sandbox-webhook-secret';
const open: { close(): Promise<void> | void }[] = [];

afterEach(async () => {
  for (const resource of open.splice(0)) await resource.close();
});

async function webhookServer(options: Partial<WebhookHandlerOptions> = {}) {
  const events: WebhookEvent[] = [];
  const handler = createWebhookHandler({
    authorization: AUTHORIZATION,
    onEvent: (event) => void events.push(event),
    ...options,
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/8x8`, events };
}

async function sandboxPosting(
  url: string,
  options: Partial<SandboxWebhookOptions> = {},
  sandboxOptions: Omit<SandboxOptions, 'webhook'> = {},
): Promise<Sandbox> {
  const sandbox = await startSandbox({
    ...sandboxOptions,
    webhook: { url, authorization: AUTHORIZATION, stepMs: 2, msPerSecond: 1, ...options },
  });
  open.unshift(sandbox);
  return sandbox;
}

const receipts = (events: WebhookEvent[]) =>
  events.filter((e): e is DeliveryReceiptEvent => e.kind === 'deliveryReceipt');
const line = (e: DeliveryReceiptEvent) =>
  `${e.payload.channel} ${e.state}${e.payload.status.detail ? ` ${e.payload.status.detail}` : ''}`;

describe('the loop: send, receipts at the handler, a reply', () => {
  it('a WhatsApp message is queued, sent, delivered and read; the user taps a button; we mark it read and type', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url);
    const client = createClient(sandbox.clientOptions());
    const sent = await client.send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Your order A-1234 has shipped. Confirm delivery time?' },
      channels: [{ channel: 'WhatsApp' }],
      clientMessageId: 'order-A-1234',
    });
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual([
      'whatsapp queued',
      'whatsapp sent',
      'whatsapp delivered delivered_to_recipient',
      'whatsapp read',
    ]);
    for (const receipt of receipts(events)) {
      expect(receipt).toMatchObject({
        version: 9,
        payload: { umid: sent.umid, clientMessageId: 'order-A-1234' },
      });
    }
    // v9 carries the WhatsApp user id only on receipts that come back from WhatsApp.
    expect(receipts(events).map((e) => e.payload.user.channelUserId !== undefined)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    const details = await client.getMessage(sent.umid);
    expect(details.data.map((a) => [a.channel, a.step, a.status.state])).toEqual([['WhatsApp', 1, 'read']]);

    const reply = await sandbox.reply(sent.umid, { kind: 'buttonReply', id: 'tomorrow', title: 'Tomorrow' });
    expect(reply.delivered).toBe(true);
    const inbound = events.filter((e): e is InboundMessageEvent => e.kind === 'inbound');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]).toMatchObject({
      version: 3,
      content: { kind: 'buttonReply', id: 'tomorrow', title: 'Tomorrow' },
      payload: {
        umid: reply.umid,
        replyToUmid: sent.umid,
        user: { msisdn: '+6591234567' },
        recipient: { channel: 'whatsapp' },
      },
    });
    await client.markAsRead(reply.umid);
    await client.sendTypingIndicator({ umid: reply.umid, channel: inbound[0]!.payload.recipient.channel });
  });

  it('undelivered on WhatsApp, then SMS after fallbackAfter; details list both attempts', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, {
      outcome: ({ channel }) => (channel === 'WhatsApp' ? 'undelivered' : 'delivered'),
    });
    const client = createClient(sandbox.clientOptions());
    const sent = await client.send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Your code is 482910' },
      channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
    });
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual([
      'whatsapp queued',
      'whatsapp sent',
      'whatsapp undelivered rejected_by_operator',
      'sms sent',
      'sms delivered delivered_to_recipient',
    ]);
    expect(receipts(events)[2]?.payload.status).toMatchObject({ errorCode: 15 });
    const details = await client.getMessage(sent.umid);
    expect(details.data.map((a) => [a.step, a.channel, a.status.state])).toEqual([
      [1, 'WhatsApp', 'undelivered'],
      [2, 'SMS', 'delivered'],
    ]);
  });

  it('a channel that never reaches successStatus hands over to the next after fallbackAfter', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, {
      // SMS has no read receipts: 'read' stops at delivered there.
      outcome: ({ channel }) => (channel === 'Viber' ? 'delivered' : 'read'),
    });
    await createClient(sandbox.clientOptions()).send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Sale ends tonight' },
      channels: [{ channel: 'Viber', fallbackAfter: 20, successStatus: 'Read' }, { channel: 'SMS' }],
    });
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual([
      'viber queued',
      'viber sent',
      'viber delivered delivered_to_recipient',
      'sms sent',
      'sms delivered delivered_to_recipient',
    ]);
  });
});

describe('a template whose values do not fit it', () => {
  it("is accepted, then its receipt reports it undelivered with 8x8's error (3041) and WhatsApp's (132000); the next channel follows", async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, {}, { templates: templateList.templates as never });
    const client = createClient(sandbox.clientOptions());
    const sent = await client.send(
      Message.to('+6591234567')
        .whatsapp({ fallbackAfter: 60 })
        .sms()
        .template('order_shipped', 'en_US')
        .header({ image: 'https://cdn.example.com/parcel.jpg' })
        .body('Sam', 'A-1234')
        .url(0, 'A-1234')
        .fallbackText('Hi Sam, your order A-1234 is on its way.'),
    );
    expect(sent.status.state).toBe('queued');
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual([
      'whatsapp queued',
      'whatsapp undelivered rejected_by_operator',
      'sms sent',
      'sms delivered delivered_to_recipient',
    ]);
    const undelivered = receipts(events)[1];
    expect(undelivered?.payload).toMatchObject({
      umid: sent.umid,
      status: { state: 'undelivered', errorCode: 3041 },
      whatsapp: { providerErrorCode: '132000' },
    });
    expect(undelivered?.payload.status.errorMessage).toContain(
      'template order_shipped (en_US) has 3 body parameters: .body(…) got 2',
    );
    const details = await client.getMessage(sent.umid);
    expect(details.data.map((a) => [a.step, a.channel, a.status.state, a.status.errorCode])).toEqual([
      [1, 'WhatsApp', 'undelivered', 3041],
      [2, 'SMS', 'delivered', undefined],
    ]);
  });

  it('a template that fits is delivered and read as usual', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, {}, { templates: templateList.templates as never });
    const client = createClient(sandbox.clientOptions());
    await client.send(
      Message.to('+6591234567').whatsapp().template('login_code', 'en_US').body('482910').url(0, '482910'),
    );
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual([
      'whatsapp queued',
      'whatsapp sent',
      'whatsapp delivered delivered_to_recipient',
      'whatsapp read',
    ]);
    expect(receipts(events).some((event) => event.payload.whatsapp?.providerErrorCode !== undefined)).toBe(
      false,
    );
  });
});

describe('8x8 retries when the webhook fails', () => {
  it('a callback that throws twice: the receipt is posted again until it is handled, and handled once', async () => {
    let queuedCalls = 0;
    const handled: string[] = [];
    const { url } = await webhookServer({
      onDeliveryReceipt: (event) => {
        if (event.state === 'queued' && ++queuedCalls <= 2) throw new Error('database down');
        handled.push(event.state);
      },
    });
    const sandbox = await sandboxPosting(url, { outcome: () => 'sent' });
    await createClient(sandbox.clientOptions()).send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Hi' },
      channels: [{ channel: 'SMS' }],
    });
    await sandbox.settled();
    const queued = sandbox.webhookDeliveries.filter(
      (d) => (d.body['payload'] as { status: { state: string } }).status.state === 'queued',
    );
    expect(queued.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 'ok'],
    ]);
    expect(handled.sort()).toEqual(['queued', 'sent']);
  });

  it('a wrong authorization: 401 on every attempt, five attempts in all (1, 10, 30, 90 s apart, scaled)', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, { authorization: 'Bearer wrong' });
    const posted = await sandbox.postInbound({ content: 'Hello?' });
    expect(posted.delivered).toBe(false);
    expect(sandbox.webhookDeliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 401],
      [2, 401],
      [3, 401],
      [4, 401],
      [5, 401],
    ]);
    expect(events).toEqual([]);
  });

  it('an unreachable webhook: connection errors, retried, then given up', async () => {
    const { url } = await webhookServer();
    await open.pop()?.close(); // the handler's server is gone
    const sandbox = await sandboxPosting(url);
    const posted = await sandbox.postInbound({ from: { msisdn: '+6591234567' }, content: 'Hi' });
    expect(posted.delivered).toBe(false);
    expect(sandbox.webhookDeliveries.map((d) => d.status)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
  });
});

describe('inbound messages on demand, scheduled messages, older formats', () => {
  it('every content kind a user can send arrives as its kind', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url);
    const contents = [
      'Where is my order?',
      { kind: 'media', mediaType: 'image', url: 'https://media.example/p.jpg', caption: 'damaged' },
      { kind: 'location', latitude: 1.2834, longitude: 103.8607 },
      { kind: 'listReply', id: 'slot-0900', title: '09:00-12:00', description: 'Morning' },
      { kind: 'flowReply', responseJson: '{"flow_token":"t","rating":"5"}' },
      {
        kind: 'callPermissionReply',
        response: 'accept',
        isPermanent: false,
        expirationTimestamp: '2026-12-09T00:00:00Z',
      },
    ] as const;
    for (const content of contents)
      await sandbox.postInbound({ from: { msisdn: '+6591234567', name: 'Mei' }, content });
    const kinds = events.map((e) => (e.kind === 'inbound' ? e.content.kind : e.kind));
    expect(kinds).toEqual(['text', 'media', 'location', 'listReply', 'flowReply', 'callPermissionReply']);
    expect(events[4]).toMatchObject({ content: { response: { flow_token: 't', rating: '5' } } });
    expect(events[0]).toMatchObject({
      payload: { user: { name: 'Mei', channelUserId: 'SANDBOX.6591234567' } },
    });
  });

  it('a scheduled message cancelled before it is due gets its queued receipt only', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, { msPerSecond: 5 });
    const client = createClient(sandbox.clientOptions());
    const sent = await client.send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Reminder: appointment tomorrow at 10' },
      channels: [{ channel: 'SMS' }],
      scheduled: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(await client.cancelMessage(sent.umid)).toEqual({ cancelledCount: 1 });
    await sandbox.settled();
    expect(receipts(events).map(line)).toEqual(['sms queued']);
  });

  it('receipts v8 and inbound v2 when configured: no version, channelUserId repeats the phone number', async () => {
    const { url, events } = await webhookServer();
    const sandbox = await sandboxPosting(url, {
      versions: { receipts: 8, inbound: 2 },
      outcome: () => 'sent',
    });
    const client = createClient(sandbox.clientOptions());
    const sent = await client.send({
      user: { msisdn: '+6591234567' },
      type: 'text',
      content: { text: 'Hi' },
      channels: [{ channel: 'WhatsApp' }],
    });
    await sandbox.settled();
    await sandbox.reply(sent.umid, 'Thanks');
    expect(events.map((e) => `${e.kind} v${e.version}`)).toEqual([
      'deliveryReceipt v8',
      'deliveryReceipt v8',
      'inbound v2',
    ]);
    expect(events.map((e) => (e.payload as { user: { channelUserId?: string } }).user.channelUserId)).toEqual(
      ['6591234567', '6591234567', '6591234567'],
    );
    for (const delivery of sandbox.webhookDeliveries) expect(delivery.body).not.toHaveProperty('version');
    expect(parseWebhook(sandbox.webhookDeliveries[0]!.body).kind).toBe('deliveryReceipt');
  });

  it('postInbound needs the webhook option; replyTo must name an accepted message', async () => {
    const plain = await startSandbox();
    open.unshift(plain);
    await expect(plain.postInbound({ content: 'Hi' })).rejects.toThrow(/webhook option/);
    const { url } = await webhookServer();
    const sandbox = await sandboxPosting(url);
    await expect(sandbox.reply('00000000-0000-4000-8000-000000000000', 'Hi')).rejects.toThrow(RangeError);
  });
});
