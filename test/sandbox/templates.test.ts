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
});
