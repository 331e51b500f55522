// createWebhookHandler: one standard `(request: Request) => Promise<Response>` for 8x8's webhooks, so it runs
// unchanged on Node 22+, Bun, Deno, Cloudflare Workers, Hono and Next.js route handlers. It answers 2xx only after
// your callback resolved, so 8x8's retries (1, 10, 30, 90 s) cover a crash; and it runs each event once however
// often 8x8 delivers it.
import { match } from 'ts-pattern';
import type { ValidationError } from '../errors/validation-error.js';
import { GUARD_LIMITS } from '../limits.js';
import {
  type DeliveryReceiptEvent,
  type ExternalAppMessageEvent,
  type InboundMessageEvent,
  type OtherWebhookEvent,
  safeParseWebhook,
  type WebhookEvent,
} from './events.js';
import { createMemorySeenStore, type WebhookSeenStore } from './seen-store.js';

/**
 * What a callback gets besides the event: the request it came in.
 *
 * @example
 * ```ts
 * import type { WebhookContext } from '8x8-chatapps';
 *
 * const from = (context: WebhookContext) => context.request.headers.get('x-forwarded-for');
 * ```
 */
export interface WebhookContext {
  readonly request: Request;
}

/**
 * A callback of {@link createWebhookHandler}: may return a promise, which the handler awaits before answering.
 *
 * @example
 * ```ts
 * import type { DeliveryReceiptEvent, WebhookCallback } from '8x8-chatapps';
 *
 * const onDeliveryReceipt: WebhookCallback<DeliveryReceiptEvent> = async (event) => {
 *   console.log(event.payload.umid, event.state);
 * };
 * ```
 */
export type WebhookCallback<E extends WebhookEvent> = (event: E, context: WebhookContext) => unknown;

/**
 * Why the handler refused or failed a request, given to {@link WebhookHandlerOptions.onError}.
 *
 * @example
 * ```ts
 * import type { WebhookProblem } from '8x8-chatapps';
 *
 * const log = (problem: WebhookProblem) => console.warn(`webhook ${problem.status}: ${problem.kind}`);
 * ```
 */
export type WebhookProblem =
  | { readonly kind: 'unauthorized'; readonly status: 401 }
  | { readonly kind: 'method-not-allowed'; readonly status: 405 }
  | { readonly kind: 'too-large'; readonly status: 413 }
  | { readonly kind: 'not-a-webhook'; readonly status: 400; readonly error: ValidationError }
  | {
      readonly kind: 'callback-failed';
      readonly status: 500;
      readonly event: WebhookEvent;
      readonly error: unknown;
    }
  | {
      readonly kind: 'store-failed';
      readonly status: 503 | 200;
      readonly event: WebhookEvent;
      readonly error: unknown;
    };

/**
 * Options of {@link createWebhookHandler}.
 *
 * @example
 * ```ts
 * import type { WebhookHandlerOptions } from '8x8-chatapps';
 *
 * const options: WebhookHandlerOptions = {
 *   authorization: process.env['EIGHTX8_WEBHOOK_AUTHORIZATION'] ?? '',
 *   onDeliveryReceipt: (event) => console.log(event.state),
 * };
 * ```
 */
export interface WebhookHandlerOptions {
  /**
   * The `Authorization` value you configured on 8x8's webhook (`httpAuthorization`), compared in constant time;
   * any other request is answered 401. Several values accept any of them (while you rotate the secret). `false`
   * accepts requests without it: only for a webhook configured without one, behind 8x8's IP ranges.
   */
  readonly authorization: string | readonly string[] | false;
  /** Called with each delivery receipt. */
  readonly onDeliveryReceipt?: WebhookCallback<DeliveryReceiptEvent>;
  /** Called with each inbound message. */
  readonly onInbound?: WebhookCallback<InboundMessageEvent>;
  /** Called with each message sent from the WhatsApp Business App. */
  readonly onExternalAppMessage?: WebhookCallback<ExternalAppMessageEvent>;
  /** Called with each event of a type this library does not know. */
  readonly onOther?: WebhookCallback<OtherWebhookEvent>;
  /** Called with every event, after the callback of its kind. */
  readonly onEvent?: WebhookCallback<WebhookEvent>;
  /**
   * Where handled events are remembered, so 8x8's retries of one run the callbacks once [a
   * {@link createMemorySeenStore} of this handler]. Share one store between processes (see
   * {@link WebhookSeenStore}); `false` runs the callbacks for every delivery.
   */
  readonly seenStore?: WebhookSeenStore | false;
  /** Largest body accepted, in bytes [`LIMITS.guards.webhookBodyMaxBytes`, 1 MiB]; a larger one is answered 413. */
  readonly maxBodyBytes?: number;
  /** Told of every request refused or failed, for your logs. Must not throw. */
  readonly onError?: (problem: WebhookProblem, context: WebhookContext) => void;
}

/**
 * A webhook endpoint as a standard fetch handler: give it a `Request`, it resolves with the `Response` to send.
 *
 * @example
 * ```ts
 * import { createWebhookHandler, type WebhookHandler } from '8x8-chatapps';
 *
 * const handler: WebhookHandler = createWebhookHandler({ authorization: 'Bearer my-webhook-secret' });
 * ```
 */
export type WebhookHandler = (request: Request) => Promise<Response>;

const encoder = new TextEncoder();

async function digest(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value)));
}

/**
 * Whether `presented` equals one of `accepted`, in time independent of where they differ and of their lengths:
 * both sides are hashed first, and every accepted value is compared in full.
 */
async function authorizationMatches(presented: string, accepted: readonly Uint8Array[]): Promise<boolean> {
  const hash = await digest(presented);
  let matches = 0;
  for (const expected of accepted) {
    let difference = 0;
    for (let index = 0; index < expected.length; index++)
      difference |= (expected[index] ?? 0) ^ (hash[index] ?? 0);
    matches |= difference === 0 ? 1 : 0;
  }
  return matches === 1;
}

/** The body's text, or `undefined` when it is longer than `limit` bytes (reading stops there). */
async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return undefined;
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function answer(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

/**
 * Creates the handler of your 8x8 webhook URL: checks the `Authorization` header (401), reads the body as an 8x8
 * webhook (400 when it is not one), runs the callback of the event's kind and then `onEvent`, and answers 200 once
 * they resolved. A callback that throws or rejects makes it answer 500, so 8x8 delivers the event again (after 1,
 * 10, 30 and 90 s); an event delivered again after it was handled is answered 200 without running the callbacks,
 * and one that is being handled right now 409 (8x8 retries it later). An event without a callback of its kind is
 * answered 200.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from '8x8-chatapps';
 *
 * const handler = createWebhookHandler({
 *   authorization: process.env['EIGHTX8_WEBHOOK_AUTHORIZATION'] ?? '',
 *   onDeliveryReceipt: async (event) => console.log(event.payload.umid, event.state),
 *   onInbound: async (event) => console.log(event.payload.user.msisdn, event.content.kind),
 * });
 * // Bun.serve({ fetch: handler }), Deno.serve(handler), export default { fetch: handler } on Workers,
 * // app.post('/8x8', (c) => handler(c.req.raw)) with Hono, export const POST = handler in Next.js.
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const { authorization } = options;
  const values =
    authorization === false ? [] : typeof authorization === 'string' ? [authorization] : authorization;
  if (
    authorization !== false &&
    (values.length === 0 || values.some((value) => typeof value !== 'string' || value === ''))
  ) {
    throw new TypeError(
      'authorization must be the Authorization value configured on your 8x8 webhook (or false for a webhook without one)',
    );
  }
  const accepted = Promise.all(values.map(digest));
  const store = options.seenStore === false ? undefined : (options.seenStore ?? createMemorySeenStore());
  const maxBodyBytes = options.maxBodyBytes ?? GUARD_LIMITS.webhookBodyMaxBytes;

  function report(problem: WebhookProblem, context: WebhookContext): void {
    try {
      options.onError?.(problem, context);
    } catch {
      // A logging hook must not change the answer 8x8 gets.
    }
  }

  async function run(event: WebhookEvent, context: WebhookContext): Promise<void> {
    await match(event)
      .with({ kind: 'deliveryReceipt' }, (e) => options.onDeliveryReceipt?.(e, context))
      .with({ kind: 'inbound' }, (e) => options.onInbound?.(e, context))
      .with({ kind: 'externalAppMessage' }, (e) => options.onExternalAppMessage?.(e, context))
      .with({ kind: 'other' }, (e) => options.onOther?.(e, context))
      .exhaustive();
    await options.onEvent?.(event, context);
  }

  return async function handleWebhook(request: Request): Promise<Response> {
    const context: WebhookContext = { request };
    if (request.method !== 'POST') {
      report({ kind: 'method-not-allowed', status: 405 }, context);
      return answer(405, 'Method Not Allowed: 8x8 posts webhooks', { allow: 'POST' });
    }
    // Rule: 8x8 sends the configured `httpAuthorization` value as the Authorization header, as it is.
    if (authorization !== false) {
      const presented = request.headers.get('authorization');
      if (presented === null || !(await authorizationMatches(presented, await accepted))) {
        report({ kind: 'unauthorized', status: 401 }, context);
        return answer(401, 'Unauthorized');
      }
    }
    const text = await readBody(request, maxBodyBytes);
    if (text === undefined) {
      report({ kind: 'too-large', status: 413 }, context);
      return answer(413, `Payload Too Large: at most ${maxBodyBytes} bytes`);
    }
    const parsed = safeParseWebhook(text);
    if (!parsed.success) {
      report({ kind: 'not-a-webhook', status: 400, error: parsed.error }, context);
      return answer(400, parsed.error.message);
    }
    const event = parsed.output;

    let claim: Awaited<ReturnType<WebhookSeenStore['claim']>> = 'claimed';
    try {
      if (store !== undefined) claim = await store.claim(event.id);
    } catch (error) {
      report({ kind: 'store-failed', status: 503, event, error }, context);
      return answer(503, 'Service Unavailable: the seen-store failed; deliver again');
    }
    if (claim === 'done') return answer(200, 'OK (already handled)');
    if (claim === 'in-flight')
      return answer(409, 'Conflict: this event is being handled; deliver again later');

    try {
      await run(event, context);
    } catch (error) {
      try {
        await store?.release(event.id);
      } catch {
        // The claim stays until the store forgets it; the callback's failure is what to report.
      }
      report({ kind: 'callback-failed', status: 500, event, error }, context);
      return answer(500, 'Internal Server Error: the event was not handled; deliver again');
    }
    try {
      await store?.complete(event.id);
    } catch (error) {
      // The event was handled: 8x8 must not deliver it again, even though the store could not record it.
      report({ kind: 'store-failed', status: 200, event, error }, context);
    }
    return answer(200, 'OK');
  };
}
