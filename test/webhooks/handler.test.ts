// createWebhookHandler as a plain Request → Response function on Node: the Authorization check, bodies that are not
// 8x8's, each corpus body reaching the callback of its kind, 2xx only after the callback resolved, a throwing
// callback answered 500 and handled on 8x8's next delivery, retries of one event handled once, and the seen-store.
import { describe, expect, it, vi } from 'vitest';
import {
  createMemorySeenStore,
  createWebhookHandler,
  type WebhookEvent,
  type WebhookHandlerOptions,
  type WebhookProblem,
  type WebhookSeenStore,
} from '../../src/index.js';
import { WEBHOOK_CORPUS, webhookText } from './corpus.js';

const SECRET = 'Basic YWNtZTp3ZWJob29rLXNlY3JldA==';

function post(body: string, authorization: string | null = SECRET, init: RequestInit = {}): Request {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (authorization !== null) headers.set('authorization', authorization);
  return new Request('https://hooks.acme.example/8x8', { method: 'POST', headers, body, ...init });
}

function handlerWith(options: Partial<WebhookHandlerOptions> = {}) {
  const events: WebhookEvent[] = [];
  const problems: WebhookProblem[] = [];
  const handler = createWebhookHandler({
    authorization: SECRET,
    onEvent: (event) => {
      events.push(event);
    },
    onError: (problem) => problems.push(problem),
    ...options,
  });
  return { handler, events, problems };
}

describe('authorization', () => {
  it.each([
    ['missing', null],
    ['wrong', 'Basic d3Jvbmc6c2VjcmV0'],
    ['a prefix of the right value', SECRET.slice(0, -1)],
    ['the right value and more', `${SECRET}=`],
    ['another letter case', SECRET.toLowerCase()],
    ['empty', ''],
  ])('%s: 401, the callback never runs, the body is not read', async (_name, authorization) => {
    const { handler, events, problems } = handlerWith();
    const request = post(webhookText('receipt-v9-whatsapp-read'), authorization);
    const response = await handler(request);
    expect(response.status).toBe(401);
    expect(events).toEqual([]);
    expect(request.bodyUsed).toBe(false);
    expect(problems).toEqual([{ kind: 'unauthorized', status: 401 }]);
  });

  it('a body without content-length (a stream, as a chunked request has it): 401 before any chunk is pulled; handled under the right value', async () => {
    const { handler, events } = handlerWith();
    const text = webhookText('receipt-v9-whatsapp-read');
    const streamed = () => {
      const pieces = [text.slice(0, 7), text.slice(7, 100), text.slice(100)];
      const pulled = { count: 0 };
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled.count++;
            const piece = pieces.shift();
            if (piece === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(piece));
          },
        },
        { highWaterMark: 0 },
      );
      return { body, pulled };
    };
    for (const authorization of [null, 'Bearer wrong', SECRET.slice(0, -1)]) {
      const { body, pulled } = streamed();
      const request = post('', authorization, { body, duplex: 'half' } as RequestInit);
      expect(request.headers.get('content-length')).toBeNull();
      expect((await handler(request)).status).toBe(401);
      expect(pulled.count).toBe(0);
    }
    expect(events).toEqual([]);
    const { body, pulled } = streamed();
    expect((await handler(post('', SECRET, { body, duplex: 'half' } as RequestInit))).status).toBe(200);
    expect(pulled.count).toBe(4);
    expect(events.map((event) => event.kind)).toEqual(['deliveryReceipt']);
  });

  it('accepts any of several values (rotating the secret), and any request with authorization: false', async () => {
    const rotating = createWebhookHandler({ authorization: ['Bearer old', 'Bearer new'] });
    expect((await rotating(post(webhookText('receipt-v9-rcs-read'), 'Bearer old'))).status).toBe(200);
    expect((await rotating(post(webhookText('receipt-v9-rcs-read'), 'Bearer new'))).status).toBe(200);
    expect((await rotating(post(webhookText('receipt-v9-rcs-read'), 'Bearer other'))).status).toBe(401);
    const open = createWebhookHandler({ authorization: false });
    expect((await open(post(webhookText('receipt-v9-rcs-read'), null))).status).toBe(200);
  });

  it('refuses to be created without a value', () => {
    expect(() => createWebhookHandler({ authorization: '' })).toThrow(TypeError);
    expect(() => createWebhookHandler({ authorization: [] })).toThrow(
      /Authorization value configured on your 8x8/,
    );
  });
});

describe('requests that are not 8x8 webhooks', () => {
  it.each([
    ['not JSON', 'namespace=ChatApps', /must be JSON/],
    ['empty', '', /must be JSON/],
    ['a JSON array', '[1,2]', /must be an object, got an array/],
    ['JSON without the envelope', '{"hello":"world"}', /eventType: is required/],
    [
      'a receipt without a status',
      '{"namespace":"ChatApps","eventType":"outbound_message_status_changed","payload":{"umid":"u","subAccountId":"s","channel":"sms"}}',
      /payload\.status: is required/,
    ],
  ])('%s: 400 naming the problem, no callback', async (_name, body, message) => {
    const { handler, events, problems } = handlerWith();
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
    expect(events).toEqual([]);
    expect(problems[0]?.kind).toBe('not-a-webhook');
  });

  it('another method: 405 with Allow: POST', async () => {
    const { handler } = handlerWith();
    const response = await handler(
      new Request('https://hooks.acme.example/8x8', { headers: { authorization: SECRET } }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('a body over maxBodyBytes: 413, by its declared length or while reading', async () => {
    const { handler } = handlerWith({ maxBodyBytes: 100 });
    const text = webhookText('receipt-v9-whatsapp-delivered-template');
    expect((await handler(post(text))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const chunked = post('', SECRET, { body: stream, duplex: 'half' } as RequestInit);
    expect((await handler(chunked)).status).toBe(413);
  });
});

describe('events reach the callback of their kind', () => {
  it.each([...WEBHOOK_CORPUS.keys()])('%s', async (name) => {
    const calls: string[] = [];
    const handler = createWebhookHandler({
      authorization: SECRET,
      onDeliveryReceipt: (event) => void calls.push(`receipt ${event.state}`),
      onInbound: (event) => void calls.push(`inbound ${event.content.kind}`),
      onExternalAppMessage: (event) => void calls.push(`external ${event.content.kind}`),
      onOther: (event) => void calls.push(`other ${event.eventType}`),
      onEvent: (event) => void calls.push(`event ${event.kind}`),
    });
    const response = await handler(post(webhookText(name)));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatch(/^event /);
    const kind = name.split('-')[0];
    expect(calls[0]?.split(' ')[0]).toBe(kind === 'receipt' ? 'receipt' : kind);
  });

  it('an event without a callback of its kind is answered 200', async () => {
    const handler = createWebhookHandler({ authorization: SECRET });
    expect((await handler(post(webhookText('inbound-v3-whatsapp-text-all-user-fields')))).status).toBe(200);
  });
});

describe('answers after the callback, and 8x8 retries', () => {
  it('answers only once the callback resolved', async () => {
    let finish: (() => void) | undefined;
    const handler = createWebhookHandler({
      authorization: SECRET,
      onInbound: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    let answered = false;
    const pending = handler(post(webhookText('inbound-v3-whatsapp-button-reply'))).then((response) => {
      answered = true;
      return response;
    });
    await vi.waitFor(() => expect(finish).not.toBe(undefined));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    finish?.();
    expect((await pending).status).toBe(200);
  });

  it('a throwing callback: 500 (8x8 delivers again), handled on the next delivery, then never again', async () => {
    const attempts: string[] = [];
    const problems: WebhookProblem[] = [];
    const handler = createWebhookHandler({
      authorization: SECRET,
      onDeliveryReceipt: async (event) => {
        attempts.push(event.payload.umid);
        if (attempts.length === 1) throw new Error('database down');
      },
      onError: (problem) => problems.push(problem),
    });
    const body = webhookText('receipt-v9-whatsapp-undelivered');
    const statuses = [];
    for (let delivery = 0; delivery < 3; delivery++) statuses.push((await handler(post(body))).status);
    expect(statuses).toEqual([500, 200, 200]);
    expect(attempts).toHaveLength(2);
    expect(problems).toMatchObject([
      { kind: 'callback-failed', status: 500, error: { message: 'database down' } },
    ]);
  });

  it('retries of one event are handled once; other events of the same message are not taken for retries', async () => {
    const { handler, events } = handlerWith();
    for (const name of ['receipt-v8-whatsapp-read', 'receipt-v8-whatsapp-read', 'receipt-v8-whatsapp-read']) {
      expect((await handler(post(webhookText(name)))).status).toBe(200);
    }
    expect(events).toHaveLength(1);
    // The same message's next state is another event.
    const body = JSON.parse(webhookText('receipt-v8-whatsapp-read'));
    body.payload.status = {
      state: 'delivered',
      detail: 'delivered_to_recipient',
      timestamp: '2025-05-17T06:27:50.00Z',
    };
    expect((await handler(post(JSON.stringify(body)))).status).toBe(200);
    expect(events).toHaveLength(2);
  });

  it('a retry arriving while the first delivery is still being handled: 409, handled once', async () => {
    let finish: () => void = () => {};
    let calls = 0;
    const handler = createWebhookHandler({
      authorization: SECRET,
      onInbound: () => {
        calls++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
    });
    const body = webhookText('inbound-v3-whatsapp-list-reply');
    const first = handler(post(body));
    await vi.waitFor(() => expect(calls).toBe(1));
    expect((await handler(post(body))).status).toBe(409);
    finish();
    expect((await first).status).toBe(200);
    expect((await handler(post(body))).status).toBe(200);
    expect(calls).toBe(1);
  });

  it('seenStore: false runs the callbacks for every delivery', async () => {
    const { handler, events } = handlerWith({ seenStore: false });
    const body = webhookText('inbound-v2-whatsapp-image');
    await handler(post(body));
    await handler(post(body));
    expect(events).toHaveLength(2);
  });

  it('a failing store: 503 before the callback, 200 after it (the event was handled)', async () => {
    const failingClaim: WebhookSeenStore = {
      claim: () => Promise.reject(new Error('redis down')),
      complete: () => {},
      release: () => {},
    };
    const before = handlerWith({ seenStore: failingClaim });
    expect((await before.handler(post(webhookText('receipt-v9-sms-delivered')))).status).toBe(503);
    expect(before.events).toEqual([]);
    const failingComplete: WebhookSeenStore = {
      claim: () => 'claimed',
      complete: () => {
        throw new Error('redis down');
      },
      release: () => {},
    };
    const after = handlerWith({ seenStore: failingComplete });
    expect((await after.handler(post(webhookText('receipt-v9-sms-delivered')))).status).toBe(200);
    expect(after.events).toHaveLength(1);
    expect(after.problems).toMatchObject([{ kind: 'store-failed', status: 200 }]);
  });

  it('a throwing onError does not change the answer', async () => {
    const handler = createWebhookHandler({
      authorization: SECRET,
      onError: () => {
        throw new Error('logger broken');
      },
    });
    expect((await handler(post('{}', 'wrong'))).status).toBe(401);
  });
});

describe('createMemorySeenStore', () => {
  it('forgets handled events after ttlMs, and the oldest beyond maxEntries', async () => {
    let time = 0;
    const store = createMemorySeenStore({ ttlMs: 1000, maxEntries: 2, now: () => time });
    expect(store.claim('a')).toBe('claimed');
    expect(store.claim('a')).toBe('in-flight');
    store.complete('a');
    expect(store.claim('a')).toBe('done');
    time = 1000;
    expect(store.claim('a')).toBe('claimed');
    store.complete('a');
    store.claim('b');
    store.complete('b');
    store.claim('c');
    store.complete('c');
    expect(store.claim('a')).toBe('claimed');
    store.release('a');
    expect(store.claim('a')).toBe('claimed');
    expect(() => createMemorySeenStore({ ttlMs: 0 })).toThrow(RangeError);
  });
});
