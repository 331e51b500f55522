// The client: validates a message, posts it through a transport and turns the answer into a typed result or a typed
// error. It holds the API key only as a Secret, so no error, log line or JSON of the client can show it.
import * as v from 'valibot';
import { ApiError, UnexpectedResponseError } from '../errors/api-error.js';
import { cut, urlForMessage, withoutCredentials } from '../errors/message-text.js';
import { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { GUARD_LIMITS } from '../limits.js';
import { type TemplateList, TemplateListSchema } from '../templates/list.js';
import { createKyTransport } from '../transport/ky-transport.js';
import { markRetryLimit, retryLimitOf } from '../transport/retry-mark.js';
import { parseRetryAfter, type RetryPolicy } from '../transport/retry-policy.js';
import { Secret } from '../transport/secret.js';
import type { Transport, TransportMethod, TransportResponse } from '../transport/transport.js';
import {
  BATCH_LIMITS,
  type BatchRequest,
  type BatchResponse,
  BatchResponseSchema,
  parseBatch,
} from '../wire/batch.js';
import { type MessageRequest, type MessageRequestInput, parseMessage } from '../wire/index.js';
import {
  type CancelResult,
  CancelResultSchema,
  type MessageDetails,
  MessageDetailsSchema,
  type TYPING_INDICATOR_CHANNELS,
  TypingIndicatorSchema,
} from '../wire/message-details.js';
import { guid } from '../wire/primitives.js';
import {
  type ErrorResponse,
  ErrorResponseSchema,
  type SendMessageResponse,
  SendMessageResponseSchema,
} from '../wire/response.js';
import { SubAccountIdSchema } from '../wire/sub-account.js';
import { validatedBuild } from '../wire/trusted-build.js';
import { safeValidate, validate } from '../wire/validate.js';
import { type BatchSource, isBatchSource } from './batch-builder.js';
import { type ChainToSend, isMessageSource, type MessageSource } from './message-source.js';
import { compactOutcome, type SendError, type SendManyOutcome, type SendOutcome } from './outcome.js';
import { runPool } from './pool.js';
import { DEFAULT_REGION, REGIONS, type Region } from './regions.js';
import { SendManyError } from './send-many-error.js';

/** 8x8's accountId path parameter: a GUID, dashes optional. */
const ACCOUNT_ID = /^[0-9A-Fa-f]{8}-?(?:[0-9A-Fa-f]{4}-?){3}[0-9A-Fa-f]{12}$/;

/**
 * Options of {@link createClient}.
 *
 * @example
 * ```ts
 * import type { ClientOptions } from '8x8-chatapps';
 *
 * const options: ClientOptions = { apiKey: 'my-api-key', subAccountId: 'acme_marketing', region: 'europe' };
 * ```
 */
export interface ClientOptions {
  /** Your 8x8 API key, sent as `Authorization: Bearer <apiKey>`. Never printed by the library. */
  readonly apiKey: string;
  /** The sub-account messages are sent from: 3–50 characters of letters, digits and `- . _ &`. */
  readonly subAccountId: string;
  /** 8x8 region of your account ['asia-pacific']. Ignored when `baseUrl` is set. */
  readonly region?: Region;
  /**
   * Another server: the sandbox's URL in tests, or a proxy. Overrides `region`. An `https://` URL, or `http://` to a
   * loopback host (`localhost`, `127.0.0.1`, `[::1]`); without a user name or password (the API key is the only
   * credential), a query (`?…`) or a fragment (`#…`), because the API path is appended to it.
   */
  readonly baseUrl?: string;
  /**
   * Allows a plain `http://` `baseUrl` to a host that is not loopback, such as a sandbox in another container
   * [false]. Requests, and the API key in their `Authorization` header, then cross the network unencrypted.
   */
  readonly allowPlainHttp?: boolean;
  /** How requests are sent [`createKyTransport({ timeoutMs, retry })`]. */
  readonly transport?: Transport;
  /** Time limit of one attempt in ms, for the default transport [30,000]. Not allowed with `transport`. */
  readonly timeoutMs?: number;
  /** Retry policy of the default transport (see `createKyTransport`). Not allowed with `transport`. */
  readonly retry?: RetryPolicy | false;
}

/**
 * A message `send` accepts: a wire request (checked at run time) or any builder (`MessageSource`). A chain that cannot
 * build yet is refused, and the compiler says which step is due: its `.build()` rule ("add .fallbackText(…)").
 *
 * @example
 * ```ts
 * import type { SendableMessage } from '8x8-chatapps';
 *
 * const message: SendableMessage = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } };
 * ```
 */
export type SendableMessage = MessageRequestInput | MessageRequest | MessageSource | ChainToSend;

/**
 * A batch `sendBatch` accepts: a batch request of any size, or a batch builder.
 *
 * @example
 * ```ts
 * import type { SendableBatch } from '8x8-chatapps';
 *
 * const batch: SendableBatch = {
 *   template: { type: 'text', content: { text: 'Hello' } },
 *   messages: [{ user: { msisdn: '+6512345678' } }],
 * };
 * ```
 */
export type SendableBatch = BatchRequest | BatchSource;

/**
 * Options of one send.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, Message } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const message = Message.to('+6591234567').sms().text('Your code is 482910');
 * await client.send(message, { signal: AbortSignal.timeout(5_000) });
 * ```
 */
export interface SendOptions {
  /** Aborts the send; see `AbortError` for whether the message may have been accepted. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Progress of `sendMany`/`sendEach`, reported after every message.
 *
 * @example
 * ```ts
 * import type { SendProgress } from '8x8-chatapps';
 *
 * const report = (p: SendProgress) => console.log(`${p.done}/${p.total ?? '?'} (${p.failed} failed)`);
 * ```
 */
export interface SendProgress {
  /** Messages finished so far. */
  readonly done: number;
  /** How many messages there are, when the input is an array. */
  readonly total: number | undefined;
  readonly accepted: number;
  readonly failed: number;
  /** The outcome that was just reported. */
  readonly outcome: SendOutcome;
}

/**
 * Options of `sendMany` and `sendEach`.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, Message } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const messages = ['+6591230001', '+6591230002'].map((phone) => Message.to(phone).sms().text('Store opens at 9'));
 * const controller = new AbortController();
 * await client.sendMany(messages, {
 *   concurrency: 20,
 *   signal: controller.signal,
 *   onProgress: ({ done, total }) => console.log(`${done}/${total}`),
 * });
 * ```
 */
export interface SendManyOptions {
  /** Messages in flight at once [16]. 8x8 allows about 1,800 requests a second per sub-account. */
  readonly concurrency?: number;
  /** Stops the run: messages not yet started end as `AbortError` without being sent. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Called after each message. If it throws, no further message is read and the run ends with that error once
   * the messages already read have their outcomes (see {@link Client.sendMany} and {@link Client.sendEach}).
   */
  readonly onProgress?: (progress: SendProgress) => void;
}

/**
 * The result of `sendMany`: one compact outcome per message ({@link SendManyOutcome}), in input order, and the
 * counts.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, Message } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const messages = ['+6591230001', '+6591230002'].map((phone) => Message.to(phone).sms().text('Store opens at 9'));
 * const { outcomes, accepted, failed } = await client.sendMany(messages);
 * console.log(`${accepted} accepted, ${failed} failed of ${outcomes.length}`);
 * ```
 */
export interface SendManyResult {
  readonly outcomes: readonly SendManyOutcome[];
  readonly accepted: number;
  readonly failed: number;
}

/**
 * How one request of a batch ended. A batch larger than 1,000 messages is sent as several requests;
 * `firstIndex` and `count` say which messages each one carried.
 *
 * @example
 * ```ts
 * import type { BatchRequestOutcome } from '8x8-chatapps';
 *
 * const line = (o: BatchRequestOutcome) =>
 *   o.ok ? `${o.count} sent as batch ${o.response.batchId}` : `${o.count} not sent: ${o.error.name}`;
 * ```
 */
export type BatchRequestOutcome =
  | {
      readonly ok: true;
      readonly firstIndex: number;
      readonly count: number;
      readonly response: BatchResponse;
    }
  | {
      readonly ok: false;
      readonly firstIndex: number;
      readonly count: number;
      readonly error: Exclude<SendError, ValidationError>;
    };

/**
 * The result of `sendBatch`: each request's outcome and the totals. It never rejects once the batch is valid.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createBatch, createClient } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const batch = createBatch({ type: 'text', content: { text: 'Closed on Monday' } }).add({ user: { msisdn: '+6591230001' } });
 * const result = await client.sendBatch(batch);
 * console.log(`${result.acceptedCount} accepted, ${result.unsentCount} in failed requests`);
 * ```
 */
export interface BatchResult {
  readonly requests: readonly BatchRequestOutcome[];
  /** Sum of 8x8's `acceptedCount` over the requests that were answered. */
  readonly acceptedCount: number;
  /** Sum of 8x8's `rejectedCount` over the requests that were answered. */
  readonly rejectedCount: number;
  /** Messages in requests that got no success answer (see each request's error for whether they were sent). */
  readonly unsentCount: number;
}

/**
 * Options of `sendBatch`.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createBatch, createClient } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const batch = createBatch({ type: 'text', content: { text: 'Closed on Monday' } }).add({ user: { msisdn: '+6591230001' } });
 * await client.sendBatch(batch, { concurrency: 2 });
 * ```
 */
export interface SendBatchOptions {
  /** Batch requests in flight at once when the batch is split [1]. */
  readonly concurrency?: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * A client for one 8x8 sub-account. Create it with {@link createClient}.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, Message } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const response = await client.send(Message.to('+6591234567').sms().text('Your code is 482910'));
 * console.log(response.umid, response.status.state);
 * ```
 */
export interface Client {
  /** The sub-account messages are sent from. */
  readonly subAccountId: string;
  /** The server requests go to. */
  readonly baseUrl: string;
  /**
   * Validates and sends one message. Resolves with 8x8's answer (checked against its schema).
   *
   * @throws {ValidationError} when the message breaks a rule; nothing is sent.
   * @throws {ApiError | UnexpectedResponseError | TimeoutError | NetworkError | AbortError} see {@link SendError}.
   */
  send(message: SendableMessage, options?: SendOptions): Promise<SendMessageResponse>;
  /** Like {@link Client.send}, but never rejects: resolves with a {@link SendOutcome} to `match` on. */
  trySend(message: SendableMessage, options?: SendOptions): Promise<SendOutcome>;
  /**
   * Sends many messages, `concurrency` at a time, and resolves with one outcome per message in input order.
   * Never rejects because a message failed. If your code throws (`onProgress`, or the iterator of `messages`), no
   * further message is read, the messages already read are sent to their end, and it rejects with a
   * {@link SendManyError} holding their outcomes, your error as its `cause`.
   */
  sendMany(
    messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
    options?: SendManyOptions,
  ): Promise<SendManyResult>;
  /**
   * Like {@link Client.sendMany}, but yields each outcome as soon as it is known (completion order; `index` says
   * which message it is). Messages are read from the input lazily, at most `concurrency` ahead of what you have
   * taken, so a slow loop body slows sending down. Leaving the loop early (`break`) sends nothing more; sends
   * already in flight still finish, but their outcomes are not reported. If `onProgress` or the iterator of
   * `messages` throws, no further message is read, the outcome of every message already read is still yielded,
   * and then the loop throws that error as it was thrown (`onProgress` is not called again after it threw).
   */
  sendEach(
    messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
    options?: SendManyOptions,
  ): AsyncIterableIterator<SendOutcome>;
  /**
   * Sends a batch through the batch endpoint. Validates every message first (nothing is sent if one is invalid),
   * then sends it in requests of at most 1,000 messages (8x8's limit per request), in order, `concurrency` at a
   * time. Each request carries the template and the `clientBatchId`, so 8x8 sees several batches with that id;
   * each answer has its own `batchId`. A failed request does not stop the others: see {@link BatchResult}.
   *
   * @throws {ValidationError} when the batch breaks a rule; nothing is sent.
   */
  sendBatch(batch: SendableBatch, options?: SendBatchOptions): Promise<BatchResult>;
  /**
   * A message's details by its umid: one record per channel attempted (with fallback, several), each with its
   * status, channel and step. 8x8 allows one such request a second per sub-account (a 429 is retried like a send's)
   * and masks phone numbers and content unless its support unmasked them for your account.
   *
   * @throws {ValidationError} when `umid` is not a GUID; nothing is sent.
   * @throws {ApiError} 404 when 8x8 knows no such message; see {@link SendError} for the others.
   */
  getMessage(umid: string, options?: SendOptions): Promise<MessageDetails>;
  /**
   * The WhatsApp templates registered on one channel of an account, with their status and components
   * (`GET /api/v1/accounts/{accountId}/channels/{channelId}/templates`): what `npx 8x8-chatapps templates pull`
   * reads (see {@link templateRegistryFromList}).
   *
   * @throws {ValidationError} when `accountId` is not an account id or `channelId` is empty; nothing is sent.
   * @throws {ApiError} 401 for a key without access to the account; see {@link SendError} for the others.
   */
  listTemplates(accountId: string, channelId: string, options?: SendOptions): Promise<TemplateList>;
  /**
   * Cancels a scheduled message that has not been sent yet. Resolves with how many messages were cancelled.
   *
   * @throws {ValidationError} when `umid` is not a GUID; nothing is sent.
   * @throws {ApiError} 404 when there is no such message; see {@link SendError} for the others.
   */
  cancelMessage(umid: string, options?: SendOptions): Promise<CancelResult>;
  /**
   * Cancels the messages of a scheduled batch not sent yet, by the `batchId` 8x8 answered `sendBatch` with.
   *
   * @throws {ValidationError} when `batchId` is not a GUID; nothing is sent.
   */
  cancelBatch(batchId: string, options?: SendOptions): Promise<CancelResult>;
  /**
   * Marks an inbound message as read, so the user sees it was (two blue ticks on WhatsApp, today's only channel).
   *
   * @throws {ValidationError} when `umid` is not a GUID; nothing is sent.
   */
  markAsRead(umid: string, options?: SendOptions): Promise<void>;
  /**
   * Shows the user that you are typing an answer to their inbound message (WhatsApp, which also marks it as read,
   * and RCS). 8x8 accepts it within two hours of the inbound message.
   *
   * @throws {ValidationError} when `umid` is not a GUID or the channel shows no typing indicator; nothing is sent.
   */
  sendTypingIndicator(inbound: TypingIndicatorTarget, options?: SendOptions): Promise<void>;
}

/**
 * The inbound message a typing indicator answers: its umid and channel. An inbound webhook's payload has both
 * (`umid`, `recipient.channel`).
 *
 * @example
 * ```ts
 * import type { TypingIndicatorTarget } from '8x8-chatapps';
 *
 * const target: TypingIndicatorTarget = { umid: 'cf3cbbf5-3e2d-ea11-815d-020897df5459', channel: 'whatsapp' };
 * ```
 */
export interface TypingIndicatorTarget {
  readonly umid: string;
  /** `whatsapp` or `rcs`, in any letter case. */
  readonly channel: (typeof TYPING_INDICATOR_CHANNELS)[number] | (string & {});
}

const DEFAULT_CONCURRENCY = 16;

function invalidOptions(issues: ValidationIssue[]): ValidationError {
  return new ValidationError(issues, 'client options');
}

/** Hosts a plain http:// request to which never leaves the machine. */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** What is wrong with a `baseUrl`, in a sentence that never quotes it (it may hold a password). */
function baseUrlProblem(baseUrl: unknown, allowPlainHttp: boolean): string | undefined {
  if (typeof baseUrl !== 'string' || !/^https?:\/\//i.test(baseUrl) || !URL.canParse(baseUrl)) {
    return 'must be an http:// or https:// URL';
  }
  const url = new URL(baseUrl);
  if (url.username !== '' || url.password !== '') {
    return 'must not contain a user name or password: the API key is the only credential';
  }
  // The API path is appended to baseUrl: after a query or a fragment it would not be part of the path.
  if (baseUrl.includes('?')) return 'must not have a query (?…): the API path is appended to it';
  if (baseUrl.includes('#')) return 'must not have a fragment (#…): the API path is appended to it';
  // Rule: the API key must not cross the network in clear text unless the caller says so by name.
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowPlainHttp) {
    return 'is plain http:// to a host that is not loopback, so the API key would cross the network unencrypted: use https://, or set allowPlainHttp: true';
  }
  return undefined;
}

function resolveBaseUrl(options: ClientOptions, issues: ValidationIssue[]): string {
  if (options.baseUrl !== undefined) {
    const problem = baseUrlProblem(options.baseUrl, options.allowPlainHttp === true);
    if (problem !== undefined) {
      issues.push({ path: 'baseUrl', message: problem });
      return '';
    }
    return options.baseUrl.replace(/\/+$/, '');
  }
  const region = options.region ?? DEFAULT_REGION;
  if (!Object.hasOwn(REGIONS, region)) {
    issues.push({ path: 'region', message: `must be one of ${Object.keys(REGIONS).join(', ')}` });
    return REGIONS[DEFAULT_REGION];
  }
  return REGIONS[region];
}

/**
 * Creates a client for one sub-account.
 *
 * Reading the key from the environment is up to you (or use {@link clientOptionsFromEnv}); the library reads no
 * environment variable on its own.
 *
 * @throws {ValidationError} when an option is invalid (the message never contains the API key).
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 *
 * const client = createClient({
 *   apiKey: process.env['EIGHTX8_API_KEY'] ?? '',
 *   subAccountId: process.env['EIGHTX8_SUBACCOUNT_ID'] ?? '',
 *   region: 'asia-pacific',
 * });
 * const response = await client.send({
 *   user: { msisdn: '+6512345678' },
 *   type: 'text',
 *   content: { text: 'Your order A-1234 has shipped' },
 * });
 * console.log(response.umid);
 * ```
 */
export function createClient(options: ClientOptions): Client {
  const issues: ValidationIssue[] = [];
  // Rule: the key goes in `Authorization: Bearer <apiKey>`, so it must be a non-empty header-safe token.
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    issues.push({ path: 'apiKey', message: 'is required (your 8x8 API key)' });
  } else if (!/^[\x21-\x7e]+$/.test(options.apiKey)) {
    issues.push({ path: 'apiKey', message: 'must be printable ASCII without spaces or line breaks' });
  }
  const subAccount = safeValidate(SubAccountIdSchema, options.subAccountId, 'subAccountId');
  if (!subAccount.success) {
    for (const issue of subAccount.error.issues)
      issues.push({ path: 'subAccountId', message: issue.message });
  }
  const baseUrl = resolveBaseUrl(options, issues);
  if (options.transport !== undefined && (options.timeoutMs !== undefined || options.retry !== undefined)) {
    issues.push({
      path: 'transport',
      message:
        'cannot be combined with timeoutMs or retry; pass them to the transport instead (createKyTransport, createNodeTransport)',
    });
  }
  if (issues.length > 0) throw invalidOptions(issues);

  const authorization = new Secret(`Bearer ${options.apiKey}`);
  const transport =
    options.transport ??
    createKyTransport({
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
  const subAccountId = options.subAccountId;
  const messagesUrl = `${baseUrl}/api/v1/subaccounts/${encodeURIComponent(subAccountId)}/messages`;
  const batchUrl = `${messagesUrl}/batch`;
  const eventsUrl = `${baseUrl}/api/v1/subaccounts/${encodeURIComponent(subAccountId)}/events`;
  const headers = Object.freeze({ 'content-type': 'application/json', accept: 'application/json' });
  const headersWithoutBody = Object.freeze({ accept: 'application/json' });

  function post(url: string, body: unknown, signal: AbortSignal | undefined): Promise<TransportResponse> {
    return call('POST', url, JSON.stringify(body), signal);
  }

  async function call(
    method: TransportMethod,
    url: string,
    body: string,
    signal: AbortSignal | undefined,
  ): Promise<TransportResponse> {
    try {
      return await transport.send({
        method,
        url,
        headers: body === '' ? headersWithoutBody : headers,
        authorization,
        body,
        signal,
      });
    } catch (error) {
      throw transportFailure(error, url, signal);
    }
  }

  async function send(message: SendableMessage, sendOptions: SendOptions = {}): Promise<SendMessageResponse> {
    const request = prepare(message);
    return deliver(request, sendOptions.signal);
  }

  async function deliver(
    request: MessageRequest,
    signal: AbortSignal | undefined,
  ): Promise<SendMessageResponse> {
    if (signal?.aborted) throw new AbortError(false, signal.reason);
    // What call() does, without its own async step: this runs once per message of sendMany and sendEach.
    let response: TransportResponse;
    try {
      response = await transport.send({
        method: 'POST',
        url: messagesUrl,
        headers,
        authorization,
        body: JSON.stringify(request),
        signal,
      });
    } catch (error) {
      throw transportFailure(error, messagesUrl, signal);
    }
    return interpret(response, SendMessageResponseSchema);
  }

  async function trySend(
    message: SendableMessage,
    sendOptions: SendOptions = {},
    index = 0,
  ): Promise<SendOutcome> {
    let request: MessageRequest;
    try {
      request = prepare(message);
    } catch (error) {
      return { ok: false, index, request: undefined, error: asValidationError(error) };
    }
    try {
      return { ok: true, index, request, response: await deliver(request, sendOptions.signal) };
    } catch (error) {
      return { ok: false, index, request, error: error as SendError };
    }
  }

  /**
   * One run of `sendEach` or `sendMany`: the pool that sends the messages, and what both do with each outcome as it
   * comes (count it, hand it to `onProgress`). `sendMany` reads the pool itself, not through `sendEach`'s generator:
   * one async iteration a message instead of two.
   */
  function startRun(
    messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
    manyOptions: SendManyOptions,
    concurrency: number,
  ) {
    const total = Array.isArray(messages) ? messages.length : undefined;
    const { signal, onProgress } = manyOptions;
    let done = 0;
    let accepted = 0;
    // The first error onProgress threw: no message is read after it, and the callback is not called again.
    let progressFailure: { readonly error: unknown } | undefined;
    return {
      // After an abort, each message not yet started still gets its outcome: an AbortError, nothing sent. An error
      // of the input iterator surfaces from the pool once every outcome before it was taken.
      outcomes: runPool(
        messages,
        concurrency,
        (message, index) => trySend(message, { signal }, index),
        () => progressFailure !== undefined,
      ),
      /** Counts `outcome` and reports it to onProgress (never again once it threw). */
      report(outcome: SendOutcome): void {
        done++;
        if (outcome.ok) accepted++;
        if (progressFailure === undefined && onProgress !== undefined) {
          try {
            onProgress({ done, total, accepted, failed: done - accepted, outcome });
          } catch (error) {
            progressFailure = { error };
          }
        }
      },
      /** Once every outcome was taken: throws what onProgress threw, if it did. */
      end(): void {
        if (progressFailure !== undefined) throw progressFailure.error;
      },
    };
  }

  async function* sendEach(
    messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
    manyOptions: SendManyOptions = {},
  ): AsyncIterableIterator<SendOutcome> {
    const run = startRun(
      messages,
      manyOptions,
      checkConcurrency(manyOptions.concurrency ?? DEFAULT_CONCURRENCY),
    );
    for await (const outcome of run.outcomes) {
      run.report(outcome);
      yield outcome;
    }
    run.end();
  }

  async function sendMany(
    messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
    manyOptions: SendManyOptions = {},
  ): Promise<SendManyResult> {
    // A wrong option is the caller's mistake before anything is read, not an interrupted run.
    const run = startRun(
      messages,
      manyOptions,
      checkConcurrency(manyOptions.concurrency ?? DEFAULT_CONCURRENCY),
    );
    // Compact outcomes: a run of a million messages holds no request and no answer body.
    const outcomes: SendManyOutcome[] = [];
    let accepted = 0;
    let failed = 0;
    try {
      for await (const outcome of run.outcomes) {
        run.report(outcome);
        outcomes[outcome.index] = compactOutcome(outcome);
        if (outcome.ok) accepted++;
        else failed++;
      }
      run.end();
    } catch (error) {
      // The caller's code threw (onProgress, the input): every message already read has its outcome here.
      throw new SendManyError({ outcomes, accepted, failed }, error);
    }
    return { outcomes, accepted, failed };
  }

  async function sendBatch(batch: SendableBatch, batchOptions: SendBatchOptions = {}): Promise<BatchResult> {
    const source = isBatchSource(batch) ? batch.build() : batch;
    // Every message is checked before the first request, so an invalid batch sends nothing.
    const parsed = parseBatch(source, { maxMessages: Number.POSITIVE_INFINITY });
    const { signal } = batchOptions;
    const concurrency = checkConcurrency(batchOptions.concurrency ?? 1);
    const slices: { firstIndex: number; body: BatchRequest }[] = [];
    // Rule: at most 1,000 messages per batch request; larger batches become several requests.
    for (let first = 0; first < parsed.messages.length; first += BATCH_LIMITS.maxMessages) {
      slices.push({
        firstIndex: first,
        body: { ...parsed, messages: parsed.messages.slice(first, first + BATCH_LIMITS.maxMessages) },
      });
    }
    const requests: BatchRequestOutcome[] = [];
    for await (const outcome of runPool(slices, concurrency, async ({ firstIndex, body }) => {
      const count = body.messages.length;
      try {
        if (signal?.aborted) throw new AbortError(false, signal.reason);
        const response = interpret(await post(batchUrl, body, signal), BatchResponseSchema);
        return { ok: true, firstIndex, count, response } as const;
      } catch (error) {
        return { ok: false, firstIndex, count, error: error as Exclude<SendError, ValidationError> } as const;
      }
    })) {
      requests.push(outcome);
    }
    requests.sort((a, b) => a.firstIndex - b.firstIndex);
    let acceptedCount = 0;
    let rejectedCount = 0;
    let unsentCount = 0;
    for (const request of requests) {
      if (request.ok) {
        acceptedCount += request.response.acceptedCount;
        rejectedCount += request.response.rejectedCount;
      } else {
        unsentCount += request.count;
      }
    }
    return { requests, acceptedCount, rejectedCount, unsentCount };
  }

  /** `value` checked as a GUID (it goes into the URL path), or a ValidationError naming `name`. */
  function pathId(value: string, name: string): string {
    const checked = safeValidate(guid, value, name);
    if (!checked.success) {
      throw new ValidationError(
        checked.error.issues.map((issue) => ({ ...issue, path: name })),
        name,
      );
    }
    return encodeURIComponent(value);
  }

  async function getMessage(umid: string, options: SendOptions = {}): Promise<MessageDetails> {
    const url = `${messagesUrl}/${pathId(umid, 'umid')}`;
    if (options.signal?.aborted) throw new AbortError(false, options.signal.reason);
    return interpret(await call('GET', url, '', options.signal), MessageDetailsSchema);
  }

  async function listTemplates(
    accountId: string,
    channelId: string,
    options: SendOptions = {},
  ): Promise<TemplateList> {
    const issues: ValidationIssue[] = [];
    // Rule: an account id is a GUID, with or without its dashes (8x8's accountId path parameter).
    if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) {
      issues.push({
        path: 'accountId',
        message: 'must be an 8x8 account id (32 hex digits, dashes allowed)',
      });
    }
    if (typeof channelId !== 'string' || channelId.trim() === '') {
      issues.push({ path: 'channelId', message: 'must not be empty' });
    }
    if (issues.length > 0) throw new ValidationError(issues, 'template list request');
    const url = `${baseUrl}/api/v1/accounts/${encodeURIComponent(accountId)}/channels/${encodeURIComponent(channelId)}/templates`;
    if (options.signal?.aborted) throw new AbortError(false, options.signal.reason);
    return interpret(await call('GET', url, '', options.signal), TemplateListSchema) as TemplateList;
  }

  async function cancel(url: string, options: SendOptions): Promise<CancelResult> {
    if (options.signal?.aborted) throw new AbortError(false, options.signal.reason);
    return interpret(await call('DELETE', url, '', options.signal), CancelResultSchema);
  }

  async function markAsRead(umid: string, options: SendOptions = {}): Promise<void> {
    const url = `${messagesUrl}/${pathId(umid, 'umid')}/read`;
    if (options.signal?.aborted) throw new AbortError(false, options.signal.reason);
    interpret(await call('POST', url, '', options.signal), NO_CONTENT);
  }

  async function sendTypingIndicator(
    inbound: TypingIndicatorTarget,
    options: SendOptions = {},
  ): Promise<void> {
    const body = validate(
      TypingIndicatorSchema,
      { channel: inbound.channel, type: 'typing', umid: inbound.umid },
      'typing indicator',
    );
    if (options.signal?.aborted) throw new AbortError(false, options.signal.reason);
    interpret(await post(eventsUrl, body, options.signal), NO_CONTENT);
  }

  const client: Client = {
    subAccountId,
    baseUrl,
    getMessage,
    listTemplates,
    cancelMessage: async (umid, options = {}) => cancel(`${messagesUrl}/${pathId(umid, 'umid')}`, options),
    cancelBatch: async (batchId, options = {}) =>
      cancel(`${batchUrl}/${pathId(batchId, 'batchId')}`, options),
    markAsRead,
    sendTypingIndicator,
    send,
    trySend: (message, sendOptions) => trySend(message, sendOptions),
    sendMany,
    sendEach,
    sendBatch,
  };
  // The queue worker reads it: a client whose transport retries on its own must not send a queue's jobs.
  const retryLimit = retryLimitOf(transport);
  if (retryLimit !== undefined) markRetryLimit(client, retryLimit);
  return Object.freeze(client);
}

/** What a transport's failure is reported as: the transport's own errors as they are, anything else cleaned. */
function transportFailure(error: unknown, url: string, signal: AbortSignal | undefined): Error {
  if (error instanceof TimeoutError || error instanceof NetworkError || error instanceof AbortError)
    return error;
  if (signal?.aborted) return new AbortError(true, signal.reason);
  // A custom transport threw something else: report it as a network failure without its details' secrets.
  return new NetworkError('other', url, {
    cause: error instanceof Error ? new Error(withoutCredentials(error.message)) : undefined,
  });
}

/** A success answer whose body, if any, carries nothing (mark as read, typing indicator). */
const NO_CONTENT = v.unknown();

/**
 * Turns a builder or a wire request into a validated wire request.
 *
 * @throws {ValidationError} also when the caller's `build()` throws something else: nothing could be sent.
 */
function prepare(message: SendableMessage): MessageRequest {
  try {
    if (!isMessageSource(message)) return parseMessage(message);
    // The library's message chain validates in build(): what it builds is not checked a second time.
    return validatedBuild(message) ?? parseMessage(message.build());
  } catch (error) {
    throw asValidationError(error);
  }
}

function asValidationError(error: unknown): ValidationError {
  if (error instanceof ValidationError) return error;
  // A builder's build() threw something else: the message could not be produced, so nothing is sent.
  let reason: string;
  try {
    reason = cut(error instanceof Error ? String(error.message) : String(error));
  } catch {
    reason = 'an unreadable error';
  }
  return new ValidationError([{ path: '', message: `could not be built: ${reason}` }]);
}

function checkConcurrency(concurrency: number): number {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  return concurrency;
}

/** Reads an answer: a success body checked against `schema`, or an `ApiError` for HTTP 400 and above. */
function interpret<S extends v.GenericSchema>(response: TransportResponse, schema: S): v.InferOutput<S> {
  const { status, body } = response;
  if (status >= 200 && status < 300) {
    if (response.bodyTooLarge === true) {
      throw new UnexpectedResponseError(status, body, [{ path: '', message: TOO_LARGE }]);
    }
    const checked = safeValidate(schema, body, '8x8 response');
    if (checked.success) return checked.output as v.InferOutput<S>;
    throw new UnexpectedResponseError(status, body, checked.error.issues);
  }
  if (status >= 400) throw apiError(response);
  if (status >= 300 && status < 400) {
    const location = response.headers['location'];
    const to = location === undefined ? '' : ` to ${urlForMessage(location)}`;
    throw new UnexpectedResponseError(status, body, [
      { path: '', message: `is a redirect${to}, which the send API never answers; it was not followed` },
    ]);
  }
  throw new UnexpectedResponseError(status, body, [
    { path: '', message: `HTTP ${status} is not an answer of the API` },
  ]);
}

const TOO_LARGE = `is larger than the transport reads (${GUARD_LIMITS.answerBodyMaxBytes / 1_048_576} MiB for the default transport), so it was not read`;

/** 8x8's error body, whatever content type it came with; from its beginning when it was too large to read whole. */
function apiError(response: TransportResponse): ApiError {
  const { status, body } = response;
  const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
  if (response.bodyTooLarge === true) {
    const leading = typeof body === 'string' ? leadingErrorFields(body) : {};
    return new ApiError({
      status,
      ...leading,
      message: `HTTP ${status}; the body ${TOO_LARGE}`,
      retryAfterMs,
      body,
    });
  }
  const errorBody = errorFields(typeof body === 'string' ? parseJsonText(body) : body);
  if (errorBody === undefined) {
    return new ApiError({ status, message: describeStatus(status, body), retryAfterMs, body });
  }
  const { code, message, errorId, timestamp } = errorBody;
  return new ApiError({
    status,
    code,
    message: message ?? `HTTP ${status}`,
    errorId,
    timestamp,
    retryAfterMs,
    body,
  });
}

/** What an {@link ApiError} takes of 8x8's error body: its code, and the other fields when they read. */
type ErrorFields = { [K in keyof ErrorResponse]?: ErrorResponse[K] | undefined } & { code: number };

/**
 * 8x8's error body: whole, or, when its `code` reads but another field is null, missing or of another type (8x8
 * writes null where it has no value), its code and every field that reads; `undefined` without a code (not 8x8's).
 */
function errorFields(body: unknown): ErrorFields | undefined {
  const whole = v.safeParse(ErrorResponseSchema, body);
  if (whole.success) return whole.output;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const fields = ErrorResponseSchema.entries;
  const read = <K extends keyof typeof fields>(key: K) => {
    const field = v.safeParse(fields[key], (body as Record<string, unknown>)[key]);
    return field.success ? (field.output as ErrorResponse[K]) : undefined;
  };
  const code = read('code');
  if (code === undefined) return undefined;
  return { code, message: read('message'), errorId: read('errorId'), timestamp: read('timestamp') };
}

/** A transport other than the default may hand over the body as text. */
function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * 8x8's `code`, `errorId` and `timestamp` from the beginning of an error body too large to parse: 8x8 writes them
 * before anything long (`{"code":1002,"message":…,"errorId":…}`), so what was read usually holds them.
 */
function leadingErrorFields(text: string): { code?: number; errorId?: string; timestamp?: string } {
  if (!/^\s*\{/.test(text)) return {};
  // Written as a number or, as ErrorResponseSchema reads it too, as a string ("1002").
  const code = /"code"\s*:\s*("?)\s*(\d{1,9})\s*\1[\s,}]/.exec(text)?.[2];
  const errorId = /"errorId"\s*:\s*"([\w-]{1,100})"/.exec(text)?.[1];
  const timestamp = /"timestamp"\s*:\s*"([\w:.+-]{1,64})"/.exec(text)?.[1];
  return {
    ...(code === undefined ? {} : { code: Number(code) }),
    ...(errorId === undefined ? {} : { errorId }),
    ...(timestamp === undefined ? {} : { timestamp }),
  };
}

function describeStatus(status: number, body: unknown): string {
  const message =
    typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof message === 'string' && message !== '') return message;
  return `HTTP ${status} without an 8x8 error body`;
}
