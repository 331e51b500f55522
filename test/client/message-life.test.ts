// The rest of a message's life on the client: details by umid, cancelling scheduled messages and batches, mark as
// read, typing indicator. Each checks its input before sending, sends the documented method, path and body, reads
// the answer with its schema and fails with the same error classes as send; over the recording transport and over
// HTTP against the sandbox (where a 429 is retried like a send's).
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { ApiError, UnexpectedResponseError } from '../../src/errors/api-error.js';
import { AbortError } from '../../src/errors/transport-errors.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { errorAnswer } from '../../src/sandbox/answers.js';
import { ledgerOf, SandboxEngine } from '../../src/sandbox/engine.js';
import { startSandbox } from '../../src/sandbox/server.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';

const UMID = 'cf3cbbf5-3e2d-ea11-815d-020897df5459';
const BASE = 'https://chatapps.8x8.com/api/v1/subaccounts/acme';
const ok = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

function recorded(
  answer: (url: string) => { status: number; headers: Record<string, string>; body: unknown },
) {
  const transport = createRecordingTransport({ respond: (request) => answer(request.url) });
  return { transport, client: createClient({ apiKey: 'test-key', subAccountId: 'acme', transport }) };
}

const DETAILS = {
  data: [
    {
      umid: UMID,
      subAccountId: 'acme',
      channel: 'WhatsApp',
      channelId: '904d1303-5754-e911-8154-020897df5459',
      direction: 'Outbound',
      status: { state: 'undelivered', detail: 'rejected_by_operator', timestamp: '2026-06-17T04:16:21.06Z' },
      contentType: 'Text',
      createdAt: '2026-06-17T04:15:21.06Z',
      step: 1,
      country: 'SG',
      user: { msisdn: '+6591234xxxx', channelUserId: 'SG.2671702573' },
      content: '**MASKED**',
      clientMessageId: 'order-A-1234',
    },
    {
      umid: UMID,
      subAccountId: 'acme',
      channel: 'sms',
      channelId: '8e4d1303-5754-e911-8154-020897df5459',
      direction: 'outbound',
      status: { state: 'delivered', timestamp: '2026-06-17T04:17:21.06Z' },
      contentType: 'text',
      createdAt: '2026-06-17T04:15:21.06Z',
      step: '2',
      routeCost: 0.01,
    },
  ],
};

describe('getMessage', () => {
  it('GETs the message by umid and reads every attempt, enum values in one spelling, unknown fields kept', async () => {
    const { transport, client } = recorded(() => ok(DETAILS));
    const details = await client.getMessage(UMID);
    expect(transport.requests[0]).toMatchObject({
      method: 'GET',
      url: `${BASE}/messages/${UMID}`,
      headers: { accept: 'application/json' },
      body: undefined,
    });
    expect(transport.requests[0]?.headers).not.toHaveProperty('content-type');
    expect(details.data.map((a) => [a.step, a.channel, a.direction, a.contentType, a.status.state])).toEqual([
      [1, 'WhatsApp', 'outbound', 'Text', 'undelivered'],
      [2, 'SMS', 'outbound', 'Text', 'delivered'],
    ]);
    expect(details.data[1]).toMatchObject({ routeCost: 0.01 });
    // A GET never counts as a sent message.
    expect(transport.messages).toEqual([]);
  });

  it('refuses a umid that is not a GUID before sending anything', async () => {
    const { transport, client } = recorded(() => ok(DETAILS));
    await expect(client.getMessage('../batch')).rejects.toThrow(ValidationError);
    await expect(client.getMessage('not-a-umid')).rejects.toThrow(/umid: must be a UUID/);
    expect(transport.requests).toEqual([]);
  });

  it('a 404 is an ApiError with 8x8 code; an answer of another shape an UnexpectedResponseError', async () => {
    const missing = recorded(() => errorAnswer(404, 1300, 'Message not found'));
    await expect(missing.client.getMessage(UMID)).rejects.toMatchObject({
      name: 'ApiError',
      status: 404,
      code: 1300,
    });
    const odd = recorded(() => ok({ data: [{ umid: UMID }] }));
    await expect(odd.client.getMessage(UMID)).rejects.toThrow(UnexpectedResponseError);
  });

  it('an aborted signal sends nothing', async () => {
    const { transport, client } = recorded(() => ok(DETAILS));
    await expect(client.getMessage(UMID, { signal: AbortSignal.abort() })).rejects.toThrow(AbortError);
    expect(transport.requests).toEqual([]);
  });
});

describe('cancelMessage and cancelBatch', () => {
  it('DELETE the message or the batch and read cancelledCount', async () => {
    const { transport, client } = recorded((url) => ok({ cancelledCount: url.includes('/batch/') ? 10 : 1 }));
    expect(await client.cancelMessage(UMID)).toEqual({ cancelledCount: 1 });
    expect(await client.cancelBatch('c9c01382-38bf-4e27-8962-ae0684ab56c3')).toEqual({ cancelledCount: 10 });
    expect(transport.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `DELETE ${BASE}/messages/${UMID}`,
      `DELETE ${BASE}/messages/batch/c9c01382-38bf-4e27-8962-ae0684ab56c3`,
    ]);
    await expect(client.cancelBatch('spring-promo')).rejects.toThrow(/batchId: must be a UUID/);
  });
});

describe('markAsRead and sendTypingIndicator', () => {
  it('POST …/messages/{umid}/read without a body; POST …/events with channel, type and umid', async () => {
    const { transport, client } = recorded(() => ({ status: 200, headers: {}, body: undefined }));
    await expect(client.markAsRead(UMID)).resolves.toBeUndefined();
    await expect(client.sendTypingIndicator({ umid: UMID, channel: 'WhatsApp' })).resolves.toBeUndefined();
    expect(transport.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', `${BASE}/messages/${UMID}/read`, undefined],
      ['POST', `${BASE}/events`, { channel: 'whatsapp', type: 'typing', umid: UMID }],
    ]);
    expect(transport.messages).toEqual([]);
  });

  it('refuses a channel without typing indicators, naming the rule; nothing is sent', async () => {
    const { transport, client } = recorded(() => ok({}));
    const attempt = client.sendTypingIndicator({ umid: UMID, channel: 'sms' });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(client.sendTypingIndicator({ umid: UMID, channel: 'viber' })).rejects.toThrow(
      /channel: must be "whatsapp" or "rcs"/,
    );
    expect(transport.requests).toEqual([]);
  });

  it('8x8 refusing is an ApiError', async () => {
    const { client } = recorded(() => errorAnswer(400, 1000, 'Inbound message too old'));
    await expect(client.sendTypingIndicator({ umid: UMID, channel: 'rcs' })).rejects.toThrow(ApiError);
  });
});

describe('against the sandbox over HTTP', () => {
  it('details of a sent message, cancel of a scheduled one and of a batch, 404 for an unknown umid', async () => {
    const sandbox = await startSandbox();
    try {
      const client = createClient(sandbox.clientOptions());
      const sent = await client.send({
        user: { msisdn: '+6591234567' },
        type: 'text',
        content: { text: 'Your code is 482910' },
        channels: [{ channel: 'sms' }],
        clientMessageId: 'otp-1',
      });
      const details = await client.getMessage(sent.umid);
      expect(details.data).toEqual([
        expect.objectContaining({
          umid: sent.umid,
          channel: 'SMS',
          direction: 'outbound',
          step: 1,
          contentType: 'Text',
          clientMessageId: 'otp-1',
          // 8x8 masks the last four digits.
          user: { msisdn: '+659123xxxx' },
          status: expect.objectContaining({ state: 'queued' }),
        }),
      ]);
      // Not scheduled: nothing to cancel.
      expect(await client.cancelMessage(sent.umid)).toEqual({ cancelledCount: 0 });
      const later = new Date(Date.now() + 3_600_000).toISOString();
      const scheduled = await client.send({
        user: { msisdn: '+6591234567' },
        type: 'text',
        content: { text: 'Reminder: your appointment is tomorrow' },
        scheduled: later,
      });
      expect(await client.cancelMessage(scheduled.umid)).toEqual({ cancelledCount: 1 });
      expect(await client.cancelMessage(scheduled.umid)).toEqual({ cancelledCount: 0 });
      const batch = await client.sendBatch({
        template: { type: 'text', content: { text: 'Store opens at 9' } },
        messages: [
          { user: { msisdn: '+6591230001' }, scheduled: later },
          { user: { msisdn: '+6591230002' }, scheduled: later },
        ],
      });
      const batchId = batch.requests[0]?.ok ? batch.requests[0].response.batchId : '';
      expect(await client.cancelBatch(batchId)).toEqual({ cancelledCount: 2 });
      await expect(client.getMessage('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
        status: 404,
      });
      // 8x8 allows one details request a second: a 429 is retried as for a send.
      sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 0 });
      await expect(client.getMessage(sent.umid)).resolves.toMatchObject({ data: [{ umid: sent.umid }] });
      expect(sandbox.requests.slice(-2).map((r) => `${r.method} ${r.answer}`)).toEqual([
        'GET 429',
        'GET 200',
      ]);
    } finally {
      await sandbox.close();
    }
  });

  it('mark as read and typing answer an inbound message the sandbox knows, refuse others', async () => {
    const engine = new SandboxEngine({ apiKey: null, anySubAccount: true });
    ledgerOf(engine).addInbound({ umid: UMID, channel: 'whatsapp', receivedAt: Date.now(), read: false });
    const transport = createRecordingTransport({
      respond: async (request) => {
        const answer = await engine.handle({
          method: request.method,
          path: new URL(request.url).pathname,
          authorization: 'Bearer k',
          body: request.body === undefined ? '' : JSON.stringify(request.body),
        });
        if ('drop' in answer) throw new Error('dropped');
        return answer;
      },
    });
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    await client.markAsRead(UMID);
    expect(ledgerOf(engine).inbound(UMID)?.read).toBe(true);
    await client.sendTypingIndicator({ umid: UMID, channel: 'whatsapp' });
    const unknown = '11111111-2222-4333-8444-555555555555';
    await expect(client.markAsRead(unknown)).rejects.toMatchObject({ status: 404 });
    await expect(client.sendTypingIndicator({ umid: unknown, channel: 'rcs' })).rejects.toMatchObject({
      status: 400,
    });
  });
});
