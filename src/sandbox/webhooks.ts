// The sandbox answering back: the delivery receipts of every message it accepted (queued → sent → delivered → read,
// or undelivered and on to the next channel of the chain after its fallbackAfter), and inbound messages on demand,
// posted to your webhook with the Authorization value you configured, and retried on 8x8's schedule (1, 10, 30,
// 90 s) when your webhook fails. Time is scaled down (`msPerSecond`) so tests run in milliseconds. Platform-neutral:
// fetch and timers only.
import { CHANNELS, type Channel } from '../channels.js';
import type { InboundContent } from '../webhooks/events.js';
import type { MessageRequest } from '../wire/request.js';
import type { MessageStatus } from '../wire/response.js';
import { channelId, type LedgerMessage, type MessageLedger } from './ledger.js';

/**
 * How far a message gets on one channel: `sent` (no receipt after that), `delivered`, `read`, `undelivered`
 * (then the next channel of the chain, if any) or `rejected` (8x8 refuses it; no fallback).
 *
 * @example
 * ```ts
 * import type { SandboxOutcome } from '8x8-chatapps/sandbox';
 *
 * const outcome: SandboxOutcome = 'undelivered';
 * ```
 */
export type SandboxOutcome = 'sent' | 'delivered' | 'read' | 'undelivered' | 'rejected';

/**
 * One channel attempt the sandbox is about to play out, given to {@link SandboxWebhookOptions.outcome}.
 *
 * @example
 * ```ts
 * import type { SandboxAttempt } from '8x8-chatapps/sandbox';
 *
 * const firstChannel = (attempt: SandboxAttempt) => attempt.step === 1;
 * ```
 */
export interface SandboxAttempt {
  readonly umid: string;
  readonly channel: Channel;
  /** 1 for the chain's first channel. */
  readonly step: number;
  readonly message: MessageRequest;
}

/**
 * Where and how the sandbox posts webhooks (the `webhook` option of `startSandbox`).
 *
 * @example
 * ```ts
 * import type { SandboxWebhookOptions } from '8x8-chatapps/sandbox';
 *
 * const webhook: SandboxWebhookOptions = {
 *   url: 'http://127.0.0.1:8080/8x8',
 *   authorization: 'Bearer my-webhook-secret',
 *   outcome: ({ channel }) => (channel === 'WhatsApp' ? 'undelivered' : 'delivered'),
 * };
 * ```
 */
export interface SandboxWebhookOptions {
  /** Your webhook's URL. */
  readonly url: string;
  /** The `Authorization` header sent with every webhook, as 8x8 sends your configured `httpAuthorization`. */
  readonly authorization?: string;
  /** Real milliseconds between two receipts of one channel (queued → sent → delivered → read) [20]. */
  readonly stepMs?: number;
  /**
   * Real milliseconds one second of 8x8's time takes: scales `fallbackAfter`, scheduled times and the retry schedule
   * (1, 10, 30, 90 s) [10: a 60 s fallbackAfter takes 600 ms].
   */
  readonly msPerSecond?: number;
  /** How far each channel gets [`read` on WhatsApp, Viber and RCS; `delivered` on the others]. */
  readonly outcome?: (attempt: SandboxAttempt) => SandboxOutcome;
  /** Webhook formats [receipts 9, inbound 3]: 8 and 2 send bodies without `version`. */
  readonly versions?: { readonly receipts?: 8 | 9; readonly inbound?: 2 | 3 };
  /** How long the sandbox waits for your webhook's answer before counting the attempt failed, in ms [5,000]. */
  readonly timeoutMs?: number;
}

/**
 * One attempt to post a webhook, as the sandbox records it.
 *
 * @example
 * ```ts
 * import type { WebhookDelivery } from '8x8-chatapps/sandbox';
 *
 * const failed = (delivery: WebhookDelivery) => delivery.status !== 'ok';
 * ```
 */
export interface WebhookDelivery {
  /** The body posted (the same on every attempt of one webhook). */
  readonly body: Record<string, unknown>;
  /** 1 for the first attempt, up to 5 (four retries). */
  readonly attempt: number;
  /** `ok` for a 2xx answer; else the HTTP status, or `error` when no answer came (refused, timed out). */
  readonly status: 'ok' | number | 'error';
}

/**
 * The content of an inbound message the sandbox posts: the kinds of `InboundContent` a user can send, or a string
 * for a text message.
 *
 * @example
 * ```ts
 * import type { SandboxInboundContent } from '8x8-chatapps/sandbox';
 *
 * const tap: SandboxInboundContent = { kind: 'buttonReply', id: 'confirm', title: 'Confirm' };
 * ```
 */
export type SandboxInboundContent =
  | string
  | Exclude<InboundContent, { readonly kind: 'other' | 'flowReply' | 'media' }>
  | { readonly kind: 'flowReply'; readonly responseJson: string }
  | {
      readonly kind: 'media';
      readonly mediaType: 'image' | 'audio' | 'video' | 'file';
      readonly url: string;
      readonly caption?: string;
    };

/**
 * An inbound message to post (see `Sandbox.postInbound`): who sends it and on which channel, or the message it
 * answers (`replyTo`: the umid of a message the sandbox accepted; its user and last channel are used).
 *
 * @example
 * ```ts
 * import type { SandboxInbound } from '8x8-chatapps/sandbox';
 *
 * const inbound: SandboxInbound = { from: { msisdn: '+6591234567', name: 'Mei' }, channel: 'viber', content: 'Hi!' };
 * ```
 */
export interface SandboxInbound {
  readonly content: SandboxInboundContent;
  /** The umid of an outbound message this one answers: sets the user, the channel and `replyToUmid`. */
  readonly replyTo?: string;
  /** The user writing [+6500000000, or the user `replyTo`'s message went to]. */
  readonly from?: { readonly msisdn?: string; readonly channelUserId?: string; readonly name?: string };
  /** The channel it arrives on [whatsapp, or the last channel of `replyTo`'s message]. */
  readonly channel?: string;
}

/**
 * 8x8's retry schedule for a webhook that failed (connection error, time-out, 4xx or 5xx): seconds after the
 * previous attempt. The sandbox follows it, scaled by `msPerSecond`.
 *
 * @example
 * ```ts
 * import { WEBHOOK_RETRY_SECONDS } from '8x8-chatapps/sandbox';
 *
 * const lastTryAfter = WEBHOOK_RETRY_SECONDS.reduce((sum, seconds) => sum + seconds, 0); // 131 s
 * ```
 */
export const WEBHOOK_RETRY_SECONDS = [1, 10, 30, 90] as const;

/** The channel name as receipts and inbound webhooks spell it. */
function webhookChannel(channel: string): string {
  return channel.toLowerCase();
}

const READ_CHANNELS: readonly Channel[] = ['WhatsApp', 'Viber', 'RCS'];

/** Receipts reach `successStatus` when the state is at least as far; `Accepted` is reached on acceptance. */
const PROGRESS: Record<string, number> = { accepted: 0, queued: 0, sent: 1, delivered: 2, read: 3 };

/** A fake WhatsApp business-scoped user id for a phone number (v9 and v3 send BSUIDs instead of phone digits). */
function bsuid(msisdn: string): string {
  return `SANDBOX.${msisdn.replace(/\D/g, '')}`;
}

export class SandboxWebhooks {
  readonly deliveries: WebhookDelivery[] = [];
  readonly #options: SandboxWebhookOptions;
  readonly #ledger: MessageLedger;
  readonly #subAccountId: string;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #lastReceipt = new WeakMap<LedgerMessage, Promise<boolean>>();
  #closed = false;

  constructor(options: SandboxWebhookOptions, ledger: MessageLedger, subAccountId: string) {
    if (!/^https?:\/\//i.test(options.url) || !URL.canParse(options.url)) {
      throw new TypeError(`webhook.url must be an http:// or https:// URL, got ${options.url}`);
    }
    this.#options = options;
    this.#ledger = ledger;
    this.#subAccountId = subAccountId;
  }

  get #msPerSecond(): number {
    return this.#options.msPerSecond ?? 10;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.#closed) return resolve();
      const timer = setTimeout(
        () => {
          this.#timers.delete(timer);
          resolve();
        },
        Math.max(0, ms),
      );
      this.#timers.add(timer);
    });
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    void promise.finally(() => this.#pending.delete(promise)).catch(() => {});
    return promise;
  }

  /** Plays out the life of an accepted message, posting each receipt. */
  accepted(entry: LedgerMessage): void {
    void this.#track(this.#life(entry).catch(() => {}));
  }

  async #life(entry: LedgerMessage): Promise<void> {
    const routes = entry.message.channels ?? [];
    const chain = entry.attempts.map((attempt) => attempt.channel);
    for (const route of routes.slice(1)) chain.push(canonical(route.channel));
    const stepMs = this.#options.stepMs ?? 20;
    const { failure } = entry;
    // A failure decided on acceptance is reported after the queued receipt, like any other outcome.
    this.#receipt(
      entry,
      0,
      failure === undefined ? undefined : { state: 'queued', timestamp: entry.createdAt },
    );
    if (entry.scheduledAt !== undefined) {
      const due = Date.now() + ((entry.scheduledAt - Date.now()) / 1000) * this.#msPerSecond;
      // Short naps, so a cancelled message stops waiting at once.
      while (!entry.cancelled && !this.#closed && Date.now() < due)
        await this.#sleep(Math.min(10, due - Date.now()));
    }
    for (let index = 0; index < chain.length && !this.#closed && !entry.cancelled; index++) {
      const channel = chain[index]!;
      if (index > 0) entry.attempts.push({ channel, step: index + 1, status: status('queued') });
      const started = Date.now();
      const decided = index === 0 ? failure : undefined;
      const chosen =
        decided !== undefined
          ? 'undelivered'
          : (this.#options.outcome?.({
              umid: entry.umid,
              channel,
              step: index + 1,
              message: entry.message,
            }) ?? (READ_CHANNELS.includes(channel) ? 'read' : 'delivered'));
      // Rule: SMS, LINE and the notification channels report no read receipts.
      const outcome = chosen === 'read' && !READ_CHANNELS.includes(channel) ? 'delivered' : chosen;
      if (outcome === 'rejected') {
        this.#update(entry, index, status('rejected', undefined, 1000, 'Rejected by the sandbox'));
        return;
      }
      const states: MessageStatus[] =
        decided !== undefined
          ? [decided.status]
          : outcome === 'undelivered'
            ? [status('sent'), status('undelivered', 'rejected_by_operator', 15, 'Invalid destination')]
            : [
                status('sent'),
                ...(outcome === 'sent' ? [] : [status('delivered', 'delivered_to_recipient')]),
                ...(outcome === 'read' ? [status('read')] : []),
              ];
      const route = routes[index];
      const success = PROGRESS[(route?.successStatus ?? 'Delivered').toLowerCase()] ?? 2;
      const fallbackAt =
        route?.fallbackAfter === undefined ? undefined : started + route.fallbackAfter * this.#msPerSecond;
      let reached = 0;
      // The outcome says how far this channel gets within fallbackAfter: its receipts all come before the next
      // channel starts, whatever the timers (so the order of receipts never depends on the machine's speed).
      for (const next of states) {
        await this.#sleep(stepMs);
        if (this.#closed) return;
        this.#update(entry, index, { ...next, timestamp: new Date().toISOString() });
        reached = PROGRESS[next.state] ?? reached;
      }
      if (reached >= success || index === chain.length - 1) return;
      const failed = entry.attempts[index]?.status.state === 'undelivered';
      if (fallbackAt !== undefined) await this.#sleep(fallbackAt - Date.now());
      else if (!failed) return; // Without fallbackAfter, only an undelivered message moves on.
    }
  }

  #update(entry: LedgerMessage, index: number, next: MessageStatus): void {
    const attempt = entry.attempts[index];
    if (attempt === undefined) return;
    attempt.status = next;
    this.#receipt(entry, index);
  }

  /** Posts the receipt of attempt `index`: its status, or `reported` instead. */
  #receipt(entry: LedgerMessage, index: number, reported?: MessageStatus): void {
    const attempt = entry.attempts[index];
    if (attempt === undefined) return;
    const state = (reported ?? attempt.status).state;
    const version = this.#options.versions?.receipts ?? 9;
    const { msisdn } = entry.message.user;
    const whatsapp = attempt.channel === 'WhatsApp';
    // Rule: v9 sends the BSUID only on receipts that come back from WhatsApp; v8 repeats the phone number's digits.
    const fromWhatsApp = whatsapp && ['delivered', 'read'].includes(state);
    const channelUserId =
      msisdn === undefined
        ? undefined
        : version === 8
          ? msisdn.replace(/\D/g, '')
          : fromWhatsApp
            ? bsuid(msisdn)
            : undefined;
    const body = {
      ...(version === 9 ? { version: 9 } : {}),
      namespace: 'ChatApps',
      eventType: 'outbound_message_status_changed',
      description: 'ChatApps outbound message delivery receipt',
      payload: {
        umid: entry.umid,
        ...(entry.batchId === undefined ? {} : { batchId: entry.batchId }),
        ...(entry.message.clientMessageId === undefined
          ? {}
          : { clientMessageId: entry.message.clientMessageId }),
        subAccountId: this.#subAccountId,
        channel: webhookChannel(attempt.channel),
        user: {
          ...(msisdn === undefined ? {} : { msisdn }),
          ...(channelUserId === undefined ? {} : { channelUserId }),
        },
        status: reported ?? attempt.status,
        ...(whatsapp && ['sent', 'delivered'].includes(state)
          ? { whatsapp: { pricingCategory: 'utility' } }
          : {}),
        // Rule: WhatsApp's own error code, only when there was an error.
        ...(whatsapp && state === 'undelivered' && attempt.providerErrorCode !== undefined
          ? { whatsapp: { providerErrorCode: attempt.providerErrorCode } }
          : {}),
      },
    };
    // One message's receipts go out one after the other (a retried one holds back the next), so they arrive in
    // order however the connections race.
    const previous = this.#lastReceipt.get(entry) ?? Promise.resolve(true);
    const posted = previous.then(() => this.post(body));
    this.#lastReceipt.set(entry, posted);
    void this.#track(posted);
  }

  /** Posts an inbound message; resolves with its umid once delivered (or given up). */
  async inbound(inbound: SandboxInbound): Promise<{ umid: string; delivered: boolean }> {
    const replied = inbound.replyTo === undefined ? undefined : this.#ledger.get(inbound.replyTo);
    if (inbound.replyTo !== undefined && replied === undefined) {
      throw new RangeError(`replyTo: the sandbox accepted no message ${inbound.replyTo}`);
    }
    const version = this.#options.versions?.inbound ?? 3;
    const channel = webhookChannel(inbound.channel ?? replied?.attempts.at(-1)?.channel ?? 'whatsapp');
    const msisdn = inbound.from?.msisdn ?? replied?.message.user.msisdn ?? '+6500000000';
    const channelUserId =
      inbound.from?.channelUserId ??
      (version === 2 ? msisdn.replace(/\D/g, '') : channel === 'whatsapp' ? bsuid(msisdn) : undefined);
    const umid = crypto.randomUUID();
    const { type, content } = wireContent(inbound.content);
    const body = {
      ...(version === 3 ? { version: 3 } : {}),
      namespace: 'ChatApps',
      eventType: 'inbound_message_received',
      description: 'ChatApps inbound message',
      payload: {
        umid,
        subAccountId: this.#subAccountId,
        timestamp: new Date().toISOString(),
        user: {
          msisdn,
          ...(channelUserId === undefined ? {} : { channelUserId }),
          ...(inbound.from?.name === undefined ? {} : { name: inbound.from.name }),
        },
        recipient: { channel, channelId: channelId(canonical(channel)) },
        type,
        content,
        ...(replied === undefined ? {} : { replyToUmid: replied.umid }),
      },
    };
    this.#ledger.addInbound({ umid, channel, receivedAt: Date.now(), read: false });
    const delivered = await this.#track(this.post(body));
    return { umid, delivered };
  }

  /** Posts `body`, retrying on 8x8's schedule; resolves with whether an attempt got a 2xx answer. */
  async post(body: Record<string, unknown>): Promise<boolean> {
    const text = JSON.stringify(body);
    for (let attempt = 1; attempt <= WEBHOOK_RETRY_SECONDS.length + 1 && !this.#closed; attempt++) {
      if (attempt > 1) await this.#sleep(WEBHOOK_RETRY_SECONDS[attempt - 2]! * this.#msPerSecond);
      if (this.#closed) break;
      let status: WebhookDelivery['status'];
      try {
        const response = await fetch(this.#options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(this.#options.authorization === undefined
              ? {}
              : { authorization: this.#options.authorization }),
          },
          body: text,
          signal: AbortSignal.timeout(this.#options.timeoutMs ?? 5_000),
        });
        await response.arrayBuffer();
        status = response.ok ? 'ok' : response.status;
      } catch {
        status = 'error';
      }
      this.deliveries.push({ body, attempt, status });
      // Rule: 8x8 retries after a connection error, a time-out, or a 4xx or 5xx answer.
      if (status === 'ok') return true;
    }
    return false;
  }

  /** Resolves once every receipt due so far and every delivery (with its retries) is finished. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0 && !this.#closed) await Promise.allSettled([...this.#pending]);
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

function canonical(name: string): Channel {
  return CHANNELS.find((channel) => channel.toLowerCase() === name.toLowerCase()) ?? (name as Channel);
}

function status(state: string, detail?: string, errorCode?: number, errorMessage?: string): MessageStatus {
  return {
    state,
    ...(detail === undefined ? {} : { detail }),
    timestamp: new Date().toISOString(),
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(errorMessage === undefined ? {} : { errorMessage }),
  };
}

/** The wire `type` and `content` of an inbound message. */
function wireContent(content: SandboxInboundContent): { type: string; content: Record<string, unknown> } {
  if (typeof content === 'string') return { type: 'Text', content: { text: content } };
  switch (content.kind) {
    case 'text':
      return { type: 'Text', content: { text: content.text } };
    case 'media':
      return {
        type:
          content.mediaType === 'file'
            ? 'File'
            : content.mediaType.charAt(0).toUpperCase() + content.mediaType.slice(1),
        content: { url: content.url, ...(content.caption === undefined ? {} : { text: content.caption }) },
      };
    case 'location':
      return {
        type: 'Location',
        content: { location: { latitude: content.latitude, longitude: content.longitude } },
      };
    case 'buttonReply':
      return {
        type: 'Interactive',
        content: {
          interactive: {
            type: 'button_reply',
            button_reply: {
              id: content.id,
              ...(content.title === undefined ? {} : { title: content.title }),
            },
          },
        },
      };
    case 'listReply':
      return {
        type: 'Interactive',
        content: {
          interactive: {
            type: 'list_reply',
            list_reply: {
              id: content.id,
              ...(content.title === undefined ? {} : { title: content.title }),
              ...(content.description === undefined ? {} : { description: content.description }),
            },
          },
        },
      };
    case 'flowReply':
      return {
        type: 'Interactive',
        content: { interactive: { type: 'nfmReply', nfmReply: { responseJson: content.responseJson } } },
      };
    case 'callPermissionReply':
      return {
        type: 'Interactive',
        content: {
          interactive: {
            type: 'callPermissionReply',
            callPermissionReply: {
              response: content.response,
              ...(content.isPermanent === undefined ? {} : { isPermanent: content.isPermanent }),
              ...(content.expirationTimestamp === undefined
                ? {}
                : { expirationTimestamp: content.expirationTimestamp }),
              responseSource: 'user_action',
            },
          },
        },
      };
  }
}
