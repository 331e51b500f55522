// The sandbox as a real HTTP server on loopback: the same requests, bearer check, validation and 8x8-shaped answers
// as the real API, for the quickstart and for tests that go through a real transport.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ClientOptions } from '../client/client.js';
import {
  type AcceptedMessage,
  ledgerOf,
  onAccepted,
  type ReceivedRequest,
  SandboxEngine,
  type SandboxEngineOptions,
  type SandboxFault,
  type SandboxFaultPlan,
} from './engine.js';
import {
  type SandboxInbound,
  type SandboxInboundContent,
  type SandboxWebhookOptions,
  SandboxWebhooks,
  type WebhookDelivery,
} from './webhooks.js';

/**
 * Options of {@link startSandbox}.
 *
 * @example
 * ```ts
 * import type { SandboxOptions } from '8x8-chatapps/sandbox';
 *
 * const options: SandboxOptions = { apiKey: 'test-key', subAccountId: 'acme_test', port: 0 };
 * ```
 */
export interface SandboxOptions extends SandboxEngineOptions {
  /** Port to listen on [0: any free port]. The server always binds to 127.0.0.1. */
  readonly port?: number;
  /**
   * Your webhook: the sandbox then posts the delivery receipts of every message it accepts, and the inbound
   * messages you ask for, as 8x8 would (see {@link SandboxWebhookOptions}).
   */
  readonly webhook?: SandboxWebhookOptions;
}

/**
 * A running sandbox: a local stand-in for 8x8's Messaging Apps API.
 *
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox();
 * const client = createClient(sandbox.clientOptions());
 * await client.send({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
 * sandbox.accepted.length; // 1
 * await sandbox.close();
 * ```
 */
export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:41234`; pass it as the client's `baseUrl`. */
  readonly url: string;
  readonly subAccountId: string;
  /** Messages accepted so far (batch messages with their template merged in). */
  readonly accepted: readonly AcceptedMessage[];
  /** Every request received so far, with what it was answered. */
  readonly requests: readonly ReceivedRequest[];
  /** Options for `createClient` pointing at this sandbox with its key. */
  clientOptions(): ClientOptions;
  /** Injects faults at random from now on (see {@link SandboxFaultPlan}). */
  setFaults(plan: SandboxFaultPlan): void;
  /** Makes the next requests meet these faults, one each, in order. */
  queueFaults(...faults: readonly SandboxFault[]): void;
  /** Removes every fault. */
  clearFaults(): void;
  /** Forgets accepted messages, requests and faults. */
  reset(): void;
  /** Every attempt to post a webhook so far, in order (empty without the `webhook` option). */
  readonly webhookDeliveries: readonly WebhookDelivery[];
  /**
   * Posts an inbound message to your webhook (a text, a button tap, a list choice, …), retrying on 8x8's schedule
   * if it fails. Resolves with its umid once your webhook answered 2xx (`delivered: true`) or every retry failed.
   *
   * @throws {TypeError} without the `webhook` option.
   * @throws {RangeError} when `replyTo` is not a message the sandbox accepted.
   */
  postInbound(inbound: SandboxInbound): Promise<{ readonly umid: string; readonly delivered: boolean }>;
  /** Posts the user's reply to a message the sandbox accepted: `postInbound({ replyTo: umid, content })`. */
  reply(
    umid: string,
    content: SandboxInboundContent,
  ): Promise<{ readonly umid: string; readonly delivered: boolean }>;
  /** Resolves once every receipt due so far, and every webhook delivery with its retries, is finished. */
  settled(): Promise<void>;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts a sandbox on 127.0.0.1. It speaks `POST /api/v1/subaccounts/{subAccountId}/messages` and `…/messages/batch`,
 * checks `Authorization: Bearer <apiKey>` and the body with this library's schemas, answers like 8x8 (200 with a
 * `umid`, or 400/401/404 with `code`, `message`, `errorId`, `timestamp`), and records what it accepted.
 * Faults (latency, 429 with Retry-After, 500, 503, dropped connections) can be injected for tests.
 *
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox({ subAccountId: 'acme_test' });
 * sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
 * const client = createClient(sandbox.clientOptions());
 * await client.send({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } }); // retried once
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const engine = new SandboxEngine(options);
  const sockets = new Set<Socket>();
  const webhooks =
    options.webhook === undefined
      ? undefined
      : new SandboxWebhooks(options.webhook, ledgerOf(engine), engine.subAccountId);
  if (webhooks !== undefined) onAccepted(engine, (entry) => webhooks.accepted(entry));
  function needWebhook(): SandboxWebhooks {
    if (webhooks === undefined)
      throw new TypeError('the sandbox posts inbound messages only with its webhook option');
    return webhooks;
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const body = await readBody(request);
      const answer = await engine.handle({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        authorization: request.headers.authorization,
        body,
      });
      if ('drop' in answer) {
        request.socket.destroy();
        return;
      }
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      response.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(text) });
      response.end(text);
    })().catch(() => request.socket.destroy());
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    subAccountId: engine.subAccountId,
    get accepted() {
      return engine.accepted;
    },
    get requests() {
      return engine.requests;
    },
    clientOptions: () => ({
      apiKey: engine.apiKey ?? 'sandbox',
      subAccountId: engine.subAccountId,
      baseUrl: url,
    }),
    setFaults: (plan) => engine.setFaults(plan),
    queueFaults: (...faults) => engine.queueFaults(...faults),
    clearFaults: () => engine.clearFaults(),
    reset: () => engine.reset(),
    get webhookDeliveries() {
      return webhooks?.deliveries ?? [];
    },
    postInbound: async (inbound) => needWebhook().inbound(inbound),
    reply: async (umid, content) => needWebhook().inbound({ replyTo: umid, content }),
    settled: async () => webhooks?.settled(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        webhooks?.close();
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
