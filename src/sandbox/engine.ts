// The sandbox's brain, independent of HTTP: routes a request, checks the bearer key and the body with the library's
// own schemas, records what it accepted, and injects the faults a test asked for. The HTTP server and the
// recording transport both drive it. The recording transport belongs to the main entry, so this file (and answers.ts)
// must run anywhere: no `node:` import (Web Crypto's `crypto.randomUUID`, not node:crypto's).
import { CHANNELS, type Channel } from '../channels.js';
import { API_ERROR_CODES } from '../errors/api-error.js';
import type { ValidationIssue } from '../errors/validation-error.js';
import { messageTemplateIssues } from '../templates/check.js';
import { type TemplateList, templateRegistryFromList } from '../templates/list.js';
import type { TemplateRegistryData } from '../templates/registry.js';
import { BATCH_LIMITS, BatchEnvelopeSchema } from '../wire/batch.js';
import { type MessageRequest, safeParseMessage } from '../wire/index.js';
import { TypingIndicatorSchema } from '../wire/message-details.js';
import { SubAccountIdSchema } from '../wire/sub-account.js';
import { safeValidate } from '../wire/validate.js';
import { acceptedAnswer, errorAnswer, type FakeAnswer } from './answers.js';
import { channelsOf, type LedgerMessage, MessageLedger } from './ledger.js';
import { seededRandom } from './seeded-random.js';

/**
 * A fault the sandbox can inject instead of (or after) handling a request:
 * - `rate-limit`: HTTP 429 with `Retry-After` (seconds, default 1); nothing accepted.
 * - `unavailable`: HTTP 503 with optional `Retry-After`; nothing accepted.
 * - `server-error`: HTTP 500 (8x8 code 2000); with `afterAccept`, the message is accepted first.
 * - `status`: any HTTP status with an 8x8 error body (e.g. 502, 504); nothing accepted.
 * - `drop`: the connection is closed without an answer; with `afterAccept`, the message is accepted first.
 * - `delay`: the answer is held back `ms` milliseconds, then the request is handled normally.
 *
 * @example
 * ```ts
 * import type { SandboxFault } from '8x8-chatapps/sandbox';
 *
 * const faults: SandboxFault[] = [{ kind: 'rate-limit', retryAfterSeconds: 0 }, { kind: 'drop' }];
 * ```
 */
export type SandboxFault =
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'unavailable'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'server-error'; readonly afterAccept?: boolean }
  | { readonly kind: 'status'; readonly status: number; readonly code?: number }
  | { readonly kind: 'drop'; readonly afterAccept?: boolean }
  | { readonly kind: 'delay'; readonly ms: number };

/**
 * Faults injected at random, for soak tests. Reproducible: the same `seed` gives the same faults in the same
 * request order.
 *
 * @example
 * ```ts
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox();
 * sandbox.setFaults({
 *   latencyMs: [0, 3],
 *   probability: 0.2,
 *   faults: [{ kind: 'rate-limit', retryAfterSeconds: 0 }, { kind: 'drop' }],
 *   seed: 7,
 * });
 * ```
 */
export interface SandboxFaultPlan {
  /** Latency added to every answer: a fixed number of ms, or a `[min, max]` range drawn uniformly. */
  readonly latencyMs?: number | readonly [number, number];
  /** Chance (0–1) that a request meets one of `faults`, drawn uniformly. */
  readonly probability?: number;
  readonly faults?: readonly SandboxFault[];
  /** Seed of the random draws [1]. */
  readonly seed?: number;
}

/**
 * A message the sandbox accepted.
 *
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox();
 * await createClient(sandbox.clientOptions()).send({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
 * const [first] = sandbox.accepted;
 * console.log(first?.umid, first?.message.user);
 * ```
 */
export interface AcceptedMessage {
  readonly umid: string;
  /** The message as 8x8 would send it (for a batch: template and message merged). */
  readonly message: MessageRequest;
  /** The batch it came in, if any. */
  readonly batchId?: string;
}

/**
 * One request the sandbox received, whatever became of it.
 *
 * @example
 * ```ts
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox();
 * const attempts = sandbox.requests.filter((request) => request.answer === 429).length;
 * ```
 */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** Milliseconds since the epoch, when the request arrived. */
  readonly receivedAt: number;
  /** The HTTP status answered, `'dropped'`, or `'pending'` while the answer is being prepared (latency, delay). */
  readonly answer: number | 'dropped' | 'pending';
}

/**
 * What {@link SandboxEngine.handle} answers: an HTTP answer (status, headers, JSON body), or `{ drop: true }` when
 * the connection must be closed without an answer (an injected `drop` fault).
 *
 * @example
 * ```ts
 * import type { EngineAnswer } from '8x8-chatapps/sandbox';
 *
 * const describe = (answer: EngineAnswer) => ('drop' in answer ? 'dropped' : `HTTP ${answer.status}`);
 * ```
 */
export type EngineAnswer = FakeAnswer | { readonly drop: true };

/**
 * A request as {@link SandboxEngine.handle} sees it: what an HTTP server or a transport hands over.
 *
 * @example
 * ```ts
 * import type { EngineRequest } from '8x8-chatapps/sandbox';
 *
 * const request: EngineRequest = {
 *   method: 'POST',
 *   path: '/api/v1/subaccounts/sandbox/messages',
 *   authorization: 'Bearer my-test-key',
 *   body: '{"user":{"msisdn":"+6512345678"},"type":"text","content":{"text":"Hi"}}',
 * };
 * ```
 */
export interface EngineRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/v1/subaccounts/acme/messages`. */
  readonly path: string;
  /** The `Authorization` header value, if any. */
  readonly authorization: string | undefined;
  readonly body: string;
}

/**
 * Options of the engine (and of `startSandbox`).
 *
 * @example
 * ```ts
 * import { SandboxEngine, type SandboxEngineOptions } from '8x8-chatapps/sandbox';
 *
 * const options: SandboxEngineOptions = { apiKey: 'test-key', subAccountId: 'acme_test' };
 * const engine = new SandboxEngine(options);
 * ```
 */
export interface SandboxEngineOptions {
  /** The API key the sandbox accepts [a random one]; `null` to accept any bearer key. */
  readonly apiKey?: string | null;
  /** The sub-account the sandbox serves ['sandbox']. */
  readonly subAccountId?: string;
  /** Serve any sub-account in the path, not only `subAccountId` [false]. */
  readonly anySubAccount?: boolean;
  /**
   * 8x8's rate limit, for tests of code that must stay under it: at most `requestsPerSecond` requests in any
   * sliding second; the one over it is answered 429 with `Retry-After` (whole seconds until a slot frees, at least
   * 1) and nothing accepted. Refused requests do not count. Kept across `reset()` [no limit].
   */
  readonly rateLimit?: { readonly requestsPerSecond: number };
  /**
   * The channel a message without `channels` goes out on ['WhatsApp']: 8x8 takes it from the sub-account's
   * configuration, which the sandbox does not have.
   */
  readonly defaultChannel?: Channel;
  /**
   * The WhatsApp templates of every channel not in `whatsappChannels`, as 8x8's template list gives them: served at
   * `GET /api/v1/accounts/{accountId}/channels/{channelId}/templates`, and the sends of every sub-account not in
   * `whatsappChannels` are checked against the approved ones. A template name or language the list does not
   * approve is refused (400, 3038); values that do not fit the template are accepted, then the message is
   * undelivered with the error, as WhatsApp reports it later (see the message's status, e.g. with
   * `client.getMessage(umid)`) [no templates: nothing checked, and only `whatsappChannels` are served].
   */
  readonly templates?: TemplateList['templates'];
  /**
   * WhatsApp channels with template lists of their own: each is served at its account and channel, and the sends of
   * its sub-accounts are checked against it (a sub-account sends through one WhatsApp channel) [none].
   */
  readonly whatsappChannels?: readonly SandboxWhatsAppChannel[];
}

/**
 * A WhatsApp channel of the sandbox with its own template list.
 *
 * @example
 * ```ts
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox({
 *   whatsappChannels: [
 *     {
 *       channelId: 'ec36a867-3dd4-e911-814a-02d85f55fce8',
 *       templates: [{ templateName: 'login_code', language: 'en_US', status: 'APPROVED', components: [{ type: 'BODY', text: 'Your code is {{1}}' }] }],
 *     },
 *   ],
 * });
 * ```
 */
export interface SandboxWhatsAppChannel {
  /** The channel's id, as the template list's path names it. */
  readonly channelId: string;
  /** The account the channel belongs to; its list is served under this account only [any account]. */
  readonly accountId?: string;
  /** The sub-accounts whose WhatsApp messages go out through this channel [the sandbox's `subAccountId`]. */
  readonly subAccountIds?: readonly string[];
  /** The channel's templates, as 8x8's template list gives them. */
  readonly templates: TemplateList['templates'];
}

/** A template list the sandbox serves and checks sends against: given, and read into a registry once. */
interface TemplateSource {
  readonly templates: TemplateList['templates'];
  readonly registry: TemplateRegistryData;
}

function templateSource(templates: TemplateList['templates']): TemplateSource {
  const copy = structuredClone(templates);
  return { templates: copy, registry: templateRegistryFromList({ templates: copy }) };
}

/**
 * Numbers the sandbox refuses with 8x8's error 1002 (invalid MSISDN): well-formed E.164 numbers in the `+999`
 * country code, which ITU has not assigned. 8x8 answers 1002 for numbers that pass the format check but cannot be
 * routed; the sandbox needs a deterministic stand-in, so tests and the quickstart can show that answer.
 *
 * @example
 * ```ts
 * import { SANDBOX_INVALID_MSISDN_PREFIX } from '8x8-chatapps/sandbox';
 *
 * const refused = `${SANDBOX_INVALID_MSISDN_PREFIX}12345678`; // the sandbox answers 400, code 1002
 * ```
 */
export const SANDBOX_INVALID_MSISDN_PREFIX = '+999';

/** The 1002 issue for a recipient the sandbox treats as unroutable, or `undefined`. */
function unroutableRecipient(message: {
  readonly user?: { readonly msisdn?: string | undefined };
}): string | undefined {
  const msisdn = message.user?.msisdn;
  if (msisdn === undefined || !msisdn.startsWith(SANDBOX_INVALID_MSISDN_PREFIX)) return undefined;
  return `Invalid MSISDN ${msisdn}: country code ${SANDBOX_INVALID_MSISDN_PREFIX} is not assigned`;
}

/** The endpoints the sandbox serves, by method and path below `/api/v1/subaccounts/{subAccountId}/`. */
type Endpoint =
  | { readonly kind: 'send' }
  | { readonly kind: 'batch' }
  | { readonly kind: 'details'; readonly umid: string }
  | { readonly kind: 'cancel'; readonly umid: string }
  | { readonly kind: 'cancelBatch'; readonly batchId: string }
  | { readonly kind: 'read'; readonly umid: string }
  | { readonly kind: 'typing' }
  | { readonly kind: 'templates'; readonly accountId: string; readonly channelId: string };

/** The template list of a channel: the one endpoint below `/api/v1/accounts/{accountId}/` the sandbox serves. */
const TEMPLATES_PATH = /^\/api\/v1\/accounts\/([^/?]+)\/channels\/([^/?]+)\/templates\/?(?:\?.*)?$/;

const SUB_ACCOUNT_PATH = /^\/api\/v1\/subaccounts\/([^/?]+)\/([^?]*?)\/?(?:\?.*)?$/;

function endpointOf(method: string, rest: string): Endpoint | undefined {
  const id = (pattern: RegExp) => {
    const found = pattern.exec(rest)?.[1];
    return found === undefined ? undefined : decodeURIComponent(found);
  };
  if (method === 'POST') {
    if (rest === 'messages') return { kind: 'send' };
    if (rest === 'messages/batch') return { kind: 'batch' };
    if (rest === 'events') return { kind: 'typing' };
    const umid = id(/^messages\/([^/]+)\/read$/);
    return umid === undefined ? undefined : { kind: 'read', umid };
  }
  if (method === 'GET') {
    const umid = rest === 'messages/batch' ? undefined : id(/^messages\/([^/]+)$/);
    return umid === undefined ? undefined : { kind: 'details', umid };
  }
  if (method === 'DELETE') {
    const batchId = id(/^messages\/batch\/([^/]+)$/);
    if (batchId !== undefined) return { kind: 'cancelBatch', batchId };
    const umid = rest === 'messages/batch' ? undefined : id(/^messages\/([^/]+)$/);
    return umid === undefined ? undefined : { kind: 'cancel', umid };
  }
  return undefined;
}

/** How long after an inbound message 8x8 still accepts a typing indicator for it. */
const TYPING_WINDOW_MS = 2 * 60 * 60 * 1000;

const engineLedgers = new WeakMap<SandboxEngine, MessageLedger>();
const engineListeners = new WeakMap<SandboxEngine, Set<(entry: LedgerMessage) => void>>();

/** The ledger of an engine: what the sandbox's receipts and inbound messages read and update. */
export function ledgerOf(engine: SandboxEngine): MessageLedger {
  return engineLedgers.get(engine)!;
}

/** Calls `listener` with every message the engine accepts from now on; returns the unsubscribe function. */
export function onAccepted(engine: SandboxEngine, listener: (entry: LedgerMessage) => void): () => void {
  const listeners = engineListeners.get(engine)!;
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Picks the 8x8 error code that best names the first issue of an invalid message. */
function codeForIssues(issues: readonly ValidationIssue[]): number {
  const path = issues[0]?.path ?? '';
  if (path === 'user') return API_ERROR_CODES.missingUser;
  if (path.startsWith('user.msisdn')) return API_ERROR_CODES.invalidMsisdn;
  if (path === 'clientMessageId') return API_ERROR_CODES.clientMessageIdTooLong;
  if (path === 'type') return API_ERROR_CODES.invalidContentType;
  if (path === 'content') return API_ERROR_CODES.missingContent;
  if (path === 'dlrCallbackUrl') return API_ERROR_CODES.invalidDlrCallbackUrl;
  return API_ERROR_CODES.invalidParameter;
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`).join('; ');
}

/**
 * The request handling of the sandbox, without HTTP. Exported for transports that want sandbox answers in memory.
 *
 * @example
 * ```ts
 * import { SandboxEngine } from '8x8-chatapps/sandbox';
 *
 * const engine = new SandboxEngine({ apiKey: null });
 * const answer = await engine.handle({
 *   method: 'POST',
 *   path: '/api/v1/subaccounts/sandbox/messages',
 *   authorization: 'Bearer anything',
 *   body: JSON.stringify({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } }),
 * });
 * ```
 */
export class SandboxEngine {
  readonly subAccountId: string;
  readonly #apiKey: string | null;
  readonly #anySubAccount: boolean;
  readonly #accepted: AcceptedMessage[] = [];
  readonly #requests: ReceivedRequest[] = [];
  readonly #queued: SandboxFault[] = [];
  #plan: SandboxFaultPlan = {};
  #random: () => number = seededRandom(1);
  /** Arrival times of the last `requestsPerSecond` requests let through, oldest at `#windowNext`. */
  readonly #window: Float64Array | undefined;
  #windowNext = 0;
  readonly #ledger: MessageLedger;
  readonly #listeners = new Set<(entry: LedgerMessage) => void>();
  readonly #defaultChannel: Channel;
  /** The list of every channel and sub-account not in `#channels`. */
  readonly #templates: TemplateSource | undefined;
  readonly #channels: readonly (SandboxWhatsAppChannel & TemplateSource)[];
  /** The list each sub-account's WhatsApp messages are checked against. */
  readonly #sendsThrough = new Map<string, TemplateSource>();

  constructor(options: SandboxEngineOptions = {}) {
    this.#apiKey = options.apiKey === undefined ? `sandbox-${crypto.randomUUID()}` : options.apiKey;
    this.subAccountId = options.subAccountId ?? 'sandbox';
    this.#anySubAccount = options.anySubAccount ?? false;
    const perSecond = options.rateLimit?.requestsPerSecond;
    if (perSecond !== undefined && (!Number.isInteger(perSecond) || perSecond < 1)) {
      throw new RangeError(`rateLimit.requestsPerSecond must be a positive integer, got ${perSecond}`);
    }
    this.#window = perSecond === undefined ? undefined : new Float64Array(perSecond).fill(-Infinity);
    const check = safeValidate(SubAccountIdSchema, this.subAccountId, 'sandbox subAccountId');
    if (!check.success) throw check.error;
    this.#defaultChannel = options.defaultChannel ?? 'WhatsApp';
    if (!CHANNELS.includes(this.#defaultChannel)) {
      throw new RangeError(
        `defaultChannel must be one of ${CHANNELS.join(', ')}, got ${this.#defaultChannel}`,
      );
    }
    this.#templates = options.templates === undefined ? undefined : templateSource(options.templates);
    this.#channels = (options.whatsappChannels ?? []).map((channel) => ({
      ...channel,
      ...templateSource(channel.templates),
    }));
    const channelOf = new Map<string, string>();
    for (const channel of this.#channels) {
      for (const subAccountId of channel.subAccountIds ?? [this.subAccountId]) {
        const other = channelOf.get(subAccountId);
        // Rule: a sub-account's WhatsApp messages go out through one WhatsApp channel.
        if (other !== undefined) {
          throw new RangeError(
            `sub-account ${subAccountId} sends through one WhatsApp channel: whatsappChannels lists it for ${other} and ${channel.channelId}`,
          );
        }
        channelOf.set(subAccountId, channel.channelId);
        this.#sendsThrough.set(subAccountId, channel);
      }
    }
    this.#ledger = new MessageLedger(this.subAccountId);
    engineLedgers.set(this, this.#ledger);
    engineListeners.set(this, this.#listeners);
  }

  /** The key clients must present; `null` when any key is accepted. Not shown by `JSON.stringify`. */
  get apiKey(): string | null {
    return this.#apiKey;
  }

  /** Every message accepted so far, in order. */
  get accepted(): readonly AcceptedMessage[] {
    return this.#accepted;
  }

  /** Every request received so far, in order of arrival. */
  get requests(): readonly ReceivedRequest[] {
    return this.#requests;
  }

  /** Injects faults at random from now on; replaces any previous plan. */
  setFaults(plan: SandboxFaultPlan): void {
    this.#plan = plan;
    this.#random = seededRandom(plan.seed ?? 1);
  }

  /** Makes the next requests meet these faults, one each, in order (before any random plan). */
  queueFaults(...faults: readonly SandboxFault[]): void {
    this.#queued.push(...faults);
  }

  /** Removes every fault, queued or planned. */
  clearFaults(): void {
    this.#queued.length = 0;
    this.setFaults({});
  }

  /** Forgets accepted messages, received requests and faults. */
  reset(): void {
    this.#accepted.length = 0;
    this.#requests.length = 0;
    this.#ledger.clear();
    this.clearFaults();
  }

  /** JSON of the engine: its state, never its key. */
  toJSON(): object {
    return {
      subAccountId: this.subAccountId,
      accepted: this.#accepted.length,
      requests: this.#requests.length,
    };
  }

  /** Handles one request and says how to answer it. */
  async handle(request: EngineRequest): Promise<EngineAnswer> {
    const receivedAt = Date.now();
    let body: unknown;
    try {
      body = request.body === '' ? undefined : (JSON.parse(request.body) as unknown);
    } catch {
      body = request.body;
    }
    const record: { -readonly [K in keyof ReceivedRequest]: ReceivedRequest[K] } = {
      method: request.method,
      path: request.path,
      body,
      receivedAt,
      answer: 'pending',
    };
    this.#requests.push(record);
    const answer = await this.#answer(request, body);
    record.answer = 'drop' in answer ? 'dropped' : answer.status;
    return answer;
  }

  #nextFault(): SandboxFault | undefined {
    const queued = this.#queued.shift();
    if (queued !== undefined) return queued;
    const { probability = 0, faults = [] } = this.#plan;
    if (faults.length === 0 || this.#random() >= probability) return undefined;
    return faults[Math.floor(this.#random() * faults.length)];
  }

  #latency(): number {
    const { latencyMs } = this.#plan;
    if (latencyMs === undefined) return 0;
    if (typeof latencyMs === 'number') return latencyMs;
    const [min, max] = latencyMs;
    return min + this.#random() * (max - min);
  }

  /** Seconds to wait when one more request now would exceed the rate limit, else `undefined` (and it is counted). */
  #overRateLimit(now: number): number | undefined {
    const window = this.#window;
    if (window === undefined) return undefined;
    const oldest = window[this.#windowNext] ?? -Infinity;
    // Rule: at most `requestsPerSecond` requests in any sliding second, per sub-account.
    if (now - oldest < 1000) return Math.max(1, Math.ceil((oldest + 1000 - now) / 1000));
    window[this.#windowNext] = now;
    this.#windowNext = (this.#windowNext + 1) % window.length;
    return undefined;
  }

  async #answer(request: EngineRequest, body: unknown): Promise<EngineAnswer> {
    const latency = this.#latency();
    let fault = this.#nextFault();
    if (fault?.kind === 'delay') {
      await sleep(latency + fault.ms);
      fault = undefined;
    } else if (latency > 0) {
      await sleep(latency);
    }

    const route = SUB_ACCOUNT_PATH.exec(request.path);
    const templatesOf = request.method === 'GET' ? TEMPLATES_PATH.exec(request.path) : null;
    const endpoint: Endpoint | undefined =
      templatesOf !== null && (this.#templates !== undefined || this.#channels.length > 0)
        ? {
            kind: 'templates',
            accountId: decodeURIComponent(templatesOf[1] ?? ''),
            channelId: decodeURIComponent(templatesOf[2] ?? ''),
          }
        : route === null
          ? undefined
          : endpointOf(request.method, route[2] ?? '');
    if (endpoint === undefined) {
      return errorAnswer(404, API_ERROR_CODES.notFound, `No endpoint ${request.method} ${request.path}`);
    }
    // Rule: every request carries `Authorization: Bearer <apiKey>`.
    const bearer = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
    if (bearer === undefined || (this.#apiKey !== null && bearer !== this.#apiKey)) {
      return errorAnswer(
        401,
        API_ERROR_CODES.unauthorized,
        'Request was not authenticated: missing or unknown API key',
      );
    }
    if (route !== null && !this.#anySubAccount && decodeURIComponent(route[1] ?? '') !== this.subAccountId) {
      return errorAnswer(
        400,
        API_ERROR_CODES.illegalSubAccountId,
        `Sub-account ${route[1]} is not this account's`,
      );
    }
    const retryAfter = this.#overRateLimit(Date.now());
    if (retryAfter !== undefined) {
      return errorAnswer(429, API_ERROR_CODES.bulkLimitReached, 'Too many requests', {
        'retry-after': String(retryAfter),
      });
    }

    switch (fault?.kind) {
      case 'rate-limit':
        return errorAnswer(429, API_ERROR_CODES.bulkLimitReached, 'Too many requests', {
          'retry-after': String(fault.retryAfterSeconds ?? 1),
        });
      case 'unavailable':
        return errorAnswer(
          503,
          API_ERROR_CODES.internalError,
          'Service unavailable',
          fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
        );
      case 'status':
        return errorAnswer(
          fault.status,
          fault.code ?? API_ERROR_CODES.internalError,
          `Injected HTTP ${fault.status}`,
        );
      case 'server-error':
      case 'drop':
        if (fault.afterAccept !== true) {
          return fault.kind === 'drop'
            ? { drop: true }
            : errorAnswer(500, API_ERROR_CODES.internalError, 'Internal server error');
        }
        break;
      default:
        break;
    }

    const answer = this.#serve(endpoint, body, decodeURIComponent(route?.[1] ?? ''));
    if (fault?.kind === 'drop') return { drop: true };
    if (fault?.kind === 'server-error')
      return errorAnswer(500, API_ERROR_CODES.internalError, 'Internal server error');
    return answer;
  }

  #serve(endpoint: Endpoint, body: unknown, subAccountId: string): FakeAnswer {
    const now = Date.now();
    switch (endpoint.kind) {
      case 'templates': {
        const { accountId, channelId } = endpoint;
        const channel = this.#channels.find(
          (known) =>
            known.channelId === channelId && (known.accountId === undefined || known.accountId === accountId),
        );
        const source = channel ?? this.#templates;
        return source === undefined
          ? errorAnswer(
              404,
              API_ERROR_CODES.notFound,
              `No WhatsApp channel ${channelId} in account ${accountId}`,
            )
          : jsonAnswer({ templates: source.templates });
      }
      case 'send':
        return this.#acceptMessage(body, subAccountId);
      case 'batch':
        return this.#acceptBatch(body, subAccountId);
      case 'details': {
        const details = this.#ledger.details(endpoint.umid);
        return details === undefined
          ? errorAnswer(404, API_ERROR_CODES.notFound, `No message ${endpoint.umid}`)
          : jsonAnswer(details);
      }
      case 'cancel':
        if (this.#ledger.get(endpoint.umid) === undefined)
          return errorAnswer(404, API_ERROR_CODES.notFound, `No message ${endpoint.umid}`);
        // Rule: only a scheduled message not sent yet can be cancelled; any other cancels nothing.
        return jsonAnswer({ cancelledCount: this.#ledger.cancel(endpoint.umid, now) });
      case 'cancelBatch':
        return jsonAnswer({ cancelledCount: this.#ledger.cancelBatch(endpoint.batchId, now) });
      case 'read': {
        const inbound = this.#ledger.inbound(endpoint.umid);
        if (inbound === undefined)
          return errorAnswer(404, API_ERROR_CODES.notFound, `No inbound message ${endpoint.umid}`);
        inbound.read = true;
        return { status: 200, headers: {}, body: undefined };
      }
      case 'typing': {
        const typing = safeValidate(TypingIndicatorSchema, body, 'typing indicator');
        if (!typing.success) {
          return errorAnswer(400, API_ERROR_CODES.invalidParameter, describeIssues(typing.error.issues));
        }
        const inbound = this.#ledger.inbound(typing.output.umid);
        // Rule: a typing indicator answers an inbound message received within the last two hours.
        if (inbound === undefined || now - inbound.receivedAt > TYPING_WINDOW_MS) {
          return errorAnswer(
            400,
            API_ERROR_CODES.invalidParameter,
            `No inbound message ${typing.output.umid} in the last two hours`,
          );
        }
        if (inbound.channel.toLowerCase() === 'whatsapp') inbound.read = true;
        return { status: 200, headers: {}, body: undefined };
      }
    }
  }

  /**
   * How a template message does not fit the approved templates of the WhatsApp channel its sub-account sends
   * through (none without templates, or for other content).
   */
  #templateMisfits(message: MessageRequest, subAccountId: string): ValidationIssue[] {
    const registry = (this.#sendsThrough.get(subAccountId) ?? this.#templates)?.registry;
    if (registry === undefined) return [];
    const channels = channelsOf(message, this.#defaultChannel);
    return messageTemplateIssues({ ...message, channels: [{ channel: channels[0]! }] }, registry);
  }

  #record(
    umid: string,
    message: MessageRequest,
    batchId: string | undefined,
    misfits: readonly ValidationIssue[] = [],
  ): void {
    const scheduled = message.scheduled === undefined ? undefined : Date.parse(message.scheduled);
    const entry = this.#ledger.add(
      {
        umid,
        message,
        batchId,
        createdAt: new Date().toISOString(),
        scheduledAt: scheduled,
      },
      channelsOf(message, this.#defaultChannel)[0]!,
    );
    if (misfits.length > 0) {
      // WhatsApp's error 132000: the template's parameters do not match what it declares. 8x8 reports it in the
      // message's status (and its receipt) as undelivered, with its own code for a template parameter and
      // WhatsApp's code in the receipt's `whatsapp.providerErrorCode`.
      const status = {
        state: 'undelivered',
        detail: 'rejected_by_operator',
        timestamp: new Date().toISOString(),
        errorCode: API_ERROR_CODES.invalidTemplateParameter,
        errorMessage: `(#132000) Number of parameters does not match the expected number of params: ${describeIssues(misfits)}`,
      };
      entry.failure = { status, providerErrorCode: '132000' };
      // Without webhooks nothing plays the message's life: its details report the failure at once.
      entry.attempts[0]!.status = status;
      entry.attempts[0]!.providerErrorCode = '132000';
    }
    for (const listener of this.#listeners) listener(entry);
  }

  #acceptMessage(body: unknown, subAccountId: string): FakeAnswer {
    const parsed = safeParseMessage(body);
    if (!parsed.success) {
      const { issues } = parsed.error;
      return errorAnswer(400, codeForIssues(issues), describeIssues(issues));
    }
    const unroutable = unroutableRecipient(parsed.output);
    if (unroutable !== undefined) return errorAnswer(400, API_ERROR_CODES.invalidMsisdn, unroutable);
    const misfits = this.#templateMisfits(parsed.output, subAccountId);
    // 8x8 refuses a template it does not know at once; values that do not fit fail later, at WhatsApp.
    const unknown = misfits.find((issue) => /\.(name|language)$/.test(issue.path));
    if (unknown !== undefined) {
      return errorAnswer(400, API_ERROR_CODES.templateNotFound, `${unknown.path}: ${unknown.message}`);
    }
    const umid = crypto.randomUUID();
    this.#accepted.push({ umid, message: parsed.output });
    this.#record(umid, parsed.output, undefined, misfits);
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: acceptedAnswer(parsed.output, umid),
    };
  }

  #acceptBatch(body: unknown, subAccountId: string): FakeAnswer {
    const envelope = safeValidate(BatchEnvelopeSchema, body, 'batch');
    if (!envelope.success) {
      const missing = envelope.error.issues.some((issue) => issue.path.startsWith('messages'));
      return errorAnswer(
        400,
        missing ? API_ERROR_CODES.missingMessages : API_ERROR_CODES.invalidParameter,
        describeIssues(envelope.error.issues),
      );
    }
    const { messages, template = {}, clientBatchId, includeMessagesInResponse } = envelope.output;
    // Rule: at most 1,000 messages per batch request.
    if (messages.length > BATCH_LIMITS.maxMessages) {
      return errorAnswer(
        400,
        API_ERROR_CODES.tooManyMessages,
        `A batch holds at most ${BATCH_LIMITS.maxMessages} messages, got ${messages.length}`,
      );
    }
    const batchId = crypto.randomUUID();
    const timestamp = new Date().toISOString();
    const results = messages.map((message) => {
      const parsed = safeParseMessage({ ...template, ...message });
      const refusal = parsed.success
        ? unroutableRecipient(parsed.output)
        : describeIssues(parsed.error.issues);
      if (!parsed.success || refusal !== undefined) {
        return {
          umid: crypto.randomUUID(),
          user: { ...((message as { user?: object }).user ?? {}) },
          ...clientMessageIdOf(message),
          status: {
            state: 'rejected',
            timestamp,
            errorCode: parsed.success ? API_ERROR_CODES.invalidMsisdn : codeForIssues(parsed.error.issues),
            errorMessage: refusal,
          },
        };
      }
      const answer = acceptedAnswer(parsed.output);
      this.#accepted.push({ umid: answer.umid, message: parsed.output, batchId });
      // In a batch, an unknown template fails later too: the batch is accepted per message.
      this.#record(answer.umid, parsed.output, batchId, this.#templateMisfits(parsed.output, subAccountId));
      return answer;
    });
    const acceptedCount = results.filter((result) => result.status.state === 'queued').length;
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: {
        batchId,
        ...(clientBatchId === undefined ? {} : { clientBatchId }),
        acceptedCount,
        rejectedCount: results.length - acceptedCount,
        ...(includeMessagesInResponse === true ? { messages: results } : {}),
      },
    };
  }
}

function jsonAnswer(body: object): FakeAnswer {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

function clientMessageIdOf(message: Record<string, unknown>): { clientMessageId?: string } {
  const id = message['clientMessageId'];
  return typeof id === 'string' ? { clientMessageId: id } : {};
}
