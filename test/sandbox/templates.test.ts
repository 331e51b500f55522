// The sandbox knows templates: it serves the template list it was given, refuses a template it does not know at
// once (3038), and accepts a message whose values do not fit, which then ends undelivered with the error (WhatsApp's
// 132000), as the real service reports it after the fact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import { type Client, createClient } from '../../src/client/client.js';
import { ApiError } from '../../src/errors/api-error.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { templateList } from '../templates/fixture.js';

let sandbox: Sandbox;
let client: Client;

beforeAll(async () => {
  sandbox = await startSandbox({ templates: templateList.templates as never });
  client = createClient(sandbox.clientOptions());
});
afterAll(() => sandbox.close());

const ACCOUNT = '9e1a3c5f2b4d4f6a8c0e1a2b3c4d5e6f';

describe('sandbox templates', () => {
  it('serves the template list it was given, every status included', async () => {
    const list = await client.listTemplates(ACCOUNT, 'whatsapp-channel');
    expect(list.templates).toEqual(templateList.templates);
  });

  it('lets a fitting template message be delivered', async () => {
    const { umid } = await client.send(
      Message.to('+15551234567').whatsapp().template('login_code', 'en_US').body('482910').url(0, '482910'),
    );
    const details = await client.getMessage(umid);
    expect(details.data[0]?.status.state).toBe('queued');
  });

  it('accepts a message whose values do not fit, then reports it undelivered with the error', async () => {
    const answer = await client.send(
      Message.to('+15551234567')
        .whatsapp()
        .template('order_shipped', 'en_US')
        .header({ image: 'https://cdn.example.com/parcel.jpg' })
        .body('Sam', 'A-1234')
        .url(0, 'A-1234'),
    );
    expect(answer.status.state).toBe('queued');
    const status = (await client.getMessage(answer.umid)).data[0]?.status;
    expect(status).toMatchObject({ state: 'undelivered', detail: 'rejected_by_operator', errorCode: 3041 });
    expect(status?.errorMessage).toContain('(#132000)');
    expect(status?.errorMessage).toContain(
      'content.template.components[1].parameters: template order_shipped (en_US) has 3 body parameters: .body(…) got 2',
    );
  });

  it('refuses a template it does not approve, or a language it does not have, at once (3038)', async () => {
    const send = (name: string, language: string) =>
      client.send(Message.to('+15551234567').whatsapp().template(name, language).body('x'));
    await expect(send('spring_promo', 'en_US')).rejects.toSatisfy(
      (error) => error instanceof ApiError && error.code === 3038,
    );
    await expect(send('order_shipped', 'fr_FR')).rejects.toThrow(/no language fr_FR/);
  });

  it('checks batch messages too: accepted, then undelivered', async () => {
    const result = await client.sendBatch({
      messages: [
        {
          user: { msisdn: '+15551234567' },
          type: 'template',
          content: { template: { name: 'call_us', language: 'en_US', components: [] } },
          channels: [{ channel: 'WhatsApp' }],
        },
      ],
      includeMessagesInResponse: true,
    });
    const umid = result.requests[0]?.ok ? result.requests[0].response.messages?.[0]?.umid : undefined;
    expect(umid).toBeDefined();
    const status = (await client.getMessage(umid as string)).data[0]?.status;
    expect(status?.state).toBe('undelivered');
    expect(status?.errorMessage).toContain('needs its 2 body parameters');
  });

  it('checks nothing without templates', async () => {
    const plain = await startSandbox();
    try {
      const other = createClient(plain.clientOptions());
      const { umid } = await other.send(
        Message.to('+15551234567').whatsapp().template('anything', 'en').body('x'),
      );
      expect((await other.getMessage(umid)).data[0]?.status.state).toBe('queued');
      await expect(other.listTemplates(ACCOUNT, 'c')).rejects.toSatisfy(
        (error) => error instanceof ApiError && error.status === 404,
      );
    } finally {
      await plain.close();
    }
  });

  it('refuses two WhatsApp channels for one sub-account', async () => {
    const channel = (channelId: string) => ({ channelId, templates: [] });
    await expect(startSandbox({ whatsappChannels: [channel('a'), channel('b')] })).rejects.toThrow(
      'sub-account sandbox sends through one WhatsApp channel: whatsappChannels lists it for a and b',
    );
  });
});

describe('sandbox templates per account and channel', () => {
  const SHOP_ACCOUNT = '0b6f4a2c8e1d4c3b9a7f5e6d4c3b2a10';
  const SHOP_CHANNEL = 'ec36a867-3dd4-e911-814a-02d85f55fce8';
  // The shop's channel has a login_code of its own (two body values) and no order_shipped.
  const shopTemplates = [
    {
      channelId: SHOP_CHANNEL,
      templateName: 'login_code',
      language: 'en_US',
      status: 'APPROVED',
      components: [{ type: 'BODY', text: 'Hi {{1}}, your code is {{2}}' }],
    },
  ];
  let multi: Sandbox;
  const clientOf = (subAccountId: string) => createClient({ ...multi.clientOptions(), subAccountId });

  beforeAll(async () => {
    multi = await startSandbox({
      anySubAccount: true,
      templates: templateList.templates as never,
      whatsappChannels: [
        {
          channelId: SHOP_CHANNEL,
          accountId: SHOP_ACCOUNT,
          subAccountIds: ['shop'],
          templates: shopTemplates,
        },
      ],
    });
  });
  afterAll(() => multi.close());

  it("serves a channel's own list at its account and channel, and the default list elsewhere", async () => {
    const client = clientOf('shop');
    expect((await client.listTemplates(SHOP_ACCOUNT, SHOP_CHANNEL)).templates).toEqual(shopTemplates);
    expect((await client.listTemplates(SHOP_ACCOUNT, 'another-channel')).templates).toEqual(
      templateList.templates,
    );
    // The channel belongs to the shop's account: under another account, the default list answers.
    expect((await client.listTemplates(ACCOUNT, SHOP_CHANNEL)).templates).toEqual(templateList.templates);
  });

  it("checks a sub-account's sends against the list of the channel it sends through", async () => {
    const shop = clientOf('shop');
    const code = (...values: string[]) =>
      Message.to('+15551234567')
        .whatsapp()
        .template('login_code', 'en_US')
        .body(...values);
    const fits = await shop.send(code('Sam', '482910'));
    expect((await shop.getMessage(fits.umid)).data[0]?.status.state).toBe('queued');
    // One value fits the default list's login_code, not the shop channel's.
    const misfit = await shop.send(code('482910'));
    const status = (await shop.getMessage(misfit.umid)).data[0]?.status;
    expect(status?.state).toBe('undelivered');
    expect(status?.errorMessage).toContain(
      'template login_code (en_US) has 2 body parameters: .body(…) got 1',
    );
    await expect(
      shop.send(Message.to('+15551234567').whatsapp().template('order_shipped', 'en_US').body('x')),
    ).rejects.toSatisfy((error) => error instanceof ApiError && error.code === 3038);
    // Another sub-account sends through a channel with the default list.
    const other = clientOf('other');
    const elsewhere = await other.send(code('482910').url(0, '482910'));
    expect((await other.getMessage(elsewhere.umid)).data[0]?.status.state).toBe('queued');
  });

  it('checks batches against the channel of their sub-account too', async () => {
    const result = await clientOf('shop').sendBatch({
      messages: [
        {
          user: { msisdn: '+15551234567' },
          type: 'template',
          content: { template: { name: 'login_code', language: 'en_US', components: [] } },
          channels: [{ channel: 'WhatsApp' }],
        },
      ],
      includeMessagesInResponse: true,
    });
    const umid = result.requests[0]?.ok ? result.requests[0].response.messages?.[0]?.umid : undefined;
    const status = (await clientOf('shop').getMessage(umid as string)).data[0]?.status;
    expect(status?.errorMessage).toContain('needs its 2 body parameters');
  });

  it('answers 404 for a channel it does not know when there is no default list', async () => {
    const only = await startSandbox({
      whatsappChannels: [{ channelId: SHOP_CHANNEL, templates: shopTemplates }],
    });
    try {
      const client = createClient(only.clientOptions());
      expect((await client.listTemplates(ACCOUNT, SHOP_CHANNEL)).templates).toEqual(shopTemplates);
      await expect(client.listTemplates(ACCOUNT, 'another-channel')).rejects.toSatisfy(
        (error) => error instanceof ApiError && error.status === 404,
      );
      // Without subAccountIds the channel is the sandbox's own sub-account's.
      const misfit = await client.send(
        Message.to('+15551234567').whatsapp().template('login_code', 'en_US').body('482910'),
      );
      expect((await client.getMessage(misfit.umid)).data[0]?.status.state).toBe('undelivered');
    } finally {
      await only.close();
    }
  });
});
