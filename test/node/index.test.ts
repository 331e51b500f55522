// toNodeListener: the fetch-style webhook handler behind node:http on 127.0.0.1, with the body read from the stream
// or taken from an Express-style body parser that read it first.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookEvent } from '../../src/index.js';
import { toNodeListener } from '../../src/node/index.js';
import { webhookText } from '../webhooks/corpus.js';

const SECRET = 'Bearer node-adapter-secret';
let server: Server | undefined;

async function listen(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/8x8/webhook`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function handlerCollecting(events: WebhookEvent[]) {
  return createWebhookHandler({ authorization: SECRET, onEvent: (event) => void events.push(event) });
}

describe('toNodeListener', () => {
  it('serves the handler on node:http: 200 for a webhook, 401 without the secret, 400 for a stranger', async () => {
    const events: WebhookEvent[] = [];
    const url = await listen(toNodeListener(handlerCollecting(events)));
    const body = webhookText('inbound-v3-whatsapp-button-reply');
    const ok = await fetch(url, { method: 'POST', headers: { authorization: SECRET }, body });
    expect(ok.status).toBe(200);
    expect(events.map((e) => e.kind)).toEqual(['inbound']);
    const unauthorized = await fetch(url, { method: 'POST', body });
    expect(unauthorized.status).toBe(401);
    const stranger = await fetch(url, { method: 'POST', headers: { authorization: SECRET }, body: '<xml/>' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toMatch(/must be JSON/);
    expect(events).toHaveLength(1);
  });

  it('takes the body from a body parser that already read the stream (express.json, .text, .raw)', async () => {
    const events: WebhookEvent[] = [];
    const listener = toNodeListener(handlerCollecting(events));
    let parser: 'json' | 'text' | 'raw' = 'json';
    const url = await listen((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const parsed =
          parser === 'json' ? JSON.parse(raw.toString()) : parser === 'text' ? raw.toString() : raw;
        void listener(Object.assign(request, { body: parsed }), response);
      });
    });
    for (const [kind, name] of [
      ['json', 'receipt-v9-whatsapp-delivered-carousel'],
      ['text', 'receipt-v8-whatsapp-undelivered'],
      ['raw', 'external-app-message-v9'],
    ] as const) {
      parser = kind;
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: SECRET },
        body: webhookText(name),
      });
      expect(response.status, kind).toBe(200);
    }
    expect(events.map((e) => e.kind)).toEqual(['deliveryReceipt', 'deliveryReceipt', 'externalAppMessage']);
  });

  it('a body sent without a length (chunked): 401 under a wrong Authorization without waiting for the body, 413 once past maxBodyBytes, handled under the right one', async () => {
    const events: WebhookEvent[] = [];
    const url = await listen(
      toNodeListener(
        createWebhookHandler({
          authorization: SECRET,
          maxBodyBytes: 4096,
          onEvent: (event) => void events.push(event),
        }),
      ),
    );
    const body = webhookText('receipt-v9-whatsapp-read');
    // A body that never ends: only a handler that answers before reading it can answer.
    expect(await postChunked(url, undefined, [body.slice(0, 10)], { end: false })).toBe(401);
    expect(await postChunked(url, 'Bearer wrong', [body.slice(0, 10)], { end: false })).toBe(401);
    expect(await postChunked(url, SECRET, ['{', ' '.repeat(5000)], { end: false })).toBe(413);
    expect(events).toEqual([]);
    expect(await postChunked(url, SECRET, [body.slice(0, 10), body.slice(10, 50), body.slice(50)])).toBe(200);
    expect(events.map((event) => event.kind)).toEqual(['deliveryReceipt']);
  });
});

/**
 * Posts `chunks` with `Transfer-Encoding: chunked` (no Content-Length), one write each, and ends the body unless
 * `end` is false; resolves with the status of the answer.
 */
function postChunked(
  url: string,
  authorization: string | undefined,
  chunks: readonly string[],
  { end = true } = {},
): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        ...(authorization === undefined ? {} : { authorization }),
      },
    });
    outgoing.on('error', (error) => (end ? reject(error) : undefined));
    outgoing.on('response', (incoming) => {
      incoming.resume();
      incoming.on('end', () => {
        resolve(incoming.statusCode);
        if (!end) outgoing.destroy();
      });
    });
    for (const chunk of chunks) outgoing.write(chunk);
    if (end) outgoing.end();
  });
}
