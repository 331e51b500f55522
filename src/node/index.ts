/**
 * `8x8-chatapps/node`: Node.js-only helpers. The webhook handler of the main entry is a standard
 * `(request: Request) => Promise<Response>`; {@link toNodeListener} runs it as a `node:http` or Express listener.
 * {@link createNodeTransport} sends on `node:http`/`node:https` with keep-alive connections, for workers and servers
 * where the client's CPU sets the pace.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createClient, createWebhookHandler } from '8x8-chatapps';
 * import { createNodeTransport, toNodeListener } from '8x8-chatapps/node';
 *
 * const handler = createWebhookHandler({ authorization: 'Bearer my-webhook-secret' });
 * createServer(toNodeListener(handler)).listen(0, '127.0.0.1');
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme', transport: createNodeTransport() });
 * ```
 *
 * @packageDocumentation
 * @module 8x8-chatapps/node
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { WebhookHandler } from '../webhooks/handler.js';

export { createNodeTransport, type NodeTransportOptions } from './transport.js';

/**
 * A `node:http` request as Express hands it over: `body` is set when a body parser (`express.json()`,
 * `express.raw()`, `express.text()`) already read the stream.
 *
 * @example
 * ```ts
 * import type { NodeRequest } from '8x8-chatapps/node';
 *
 * const parsed = (request: NodeRequest) => request.body !== undefined;
 * ```
 */
export type NodeRequest = IncomingMessage & { body?: unknown };

/**
 * A `(req, res)` listener for `node:http`'s `createServer`, Express (`app.post(path, listener)`), Fastify's raw
 * request or any framework that exposes Node's request and response.
 *
 * @example
 * ```ts
 * import type { NodeListener } from '8x8-chatapps/node';
 *
 * const mount = (listener: NodeListener) => listener;
 * ```
 */
export type NodeListener = (request: NodeRequest, response: ServerResponse) => Promise<void>;

/**
 * The body for the standard `Request`: what a body parser already read (as bytes), or else the stream itself, so
 * that the handler checks the Authorization header before reading a byte and stops reading at its `maxBodyBytes`,
 * also when the body comes without a length (chunked).
 */
function bodyOf(request: NodeRequest): Uint8Array | ReadableStream<Uint8Array> {
  const { body } = request;
  if (body instanceof Uint8Array) return new Uint8Array(body); // express.raw()
  if (typeof body === 'string') return new TextEncoder().encode(body); // express.text()
  // express.json() parsed it: its JSON is the same webhook (the parser kept every field).
  if (body !== undefined && body !== null && (request.readableEnded || request.complete)) {
    return new TextEncoder().encode(JSON.stringify(body));
  }
  return Readable.toWeb(request) as ReadableStream<Uint8Array>;
}

/**
 * Runs a fetch-style webhook handler (see `createWebhookHandler`) as a Node.js `(req, res)` listener: it turns
 * Node's request into a standard `Request` (the body read from the stream, or taken from a body parser that already
 * read it) and writes the handler's `Response` back.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createWebhookHandler } from '8x8-chatapps';
 * import { toNodeListener } from '8x8-chatapps/node';
 *
 * const listener = toNodeListener(
 *   createWebhookHandler({
 *     authorization: process.env['EIGHTX8_WEBHOOK_AUTHORIZATION'] ?? '',
 *     onInbound: (event) => console.log(event.content.kind),
 *   }),
 * );
 * createServer(listener).listen(8080);
 * // Express: app.post('/8x8/webhook', listener)
 * ```
 */
export function toNodeListener(handler: WebhookHandler): NodeListener {
  return async (request, response) => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
      }
      const method = request.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const body = hasBody ? bodyOf(request) : undefined;
      // A parsed body no longer has the length the header announced.
      if (body instanceof Uint8Array) headers.set('content-length', String(body.byteLength));
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
      const answer = await handler(
        new Request(url, {
          method,
          headers,
          ...(body === undefined ? {} : { body, duplex: 'half' }),
        } as RequestInit),
      );
      const bytes = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, {
        ...Object.fromEntries(answer.headers),
        'content-length': String(bytes.byteLength),
      });
      response.end(bytes);
    } catch {
      // The request could not be read (client gone, invalid URL): 8x8 retries what it did not get an answer to.
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Internal Server Error');
    }
  };
}
