// The worker: sends each job through the client, under one rate limit shared by every worker of the queue. The
// library's retry rule holds across processes: retry only what 8x8 surely did not accept, and record the attempt in
// Redis before sending, so a run that finds an attempt without an outcome ends "unknown" instead of sending again.
import {
  type ConnectionOptions,
  type Job,
  Queue,
  RateLimitError,
  UnrecoverableError,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import type { Client } from '../client/client.js';
import { ApiError, UnexpectedResponseError } from '../errors/api-error.js';
import { AbortError, NetworkError } from '../errors/transport-errors.js';
import { ValidationError } from '../errors/validation-error.js';
import { retryLimitOf } from '../transport/retry-mark.js';
import { RETRIED_NETWORK_FAILURES, SAFE_RETRY_STATUSES } from '../transport/retry-policy.js';
import type {
  FailedOutcome,
  MessageJobData,
  MessageOutcome,
  SentOutcome,
  UnknownOutcome,
} from './outcome.js';
import { ReceiverWatch, RedisClock } from './pacing.js';
import { beginAttempt, lateTurn, readRecord, recordOutcome, releaseAttempt, type Turn } from './records.js';

/**
 * A rate limit: at most `max` messages per `duration` milliseconds, over every worker of the queue.
 *
 * @example
 * ```ts
 * import type { QueueRateLimit } from '8x8-chatapps/bullmq';
 *
 * const perSubAccount: QueueRateLimit = { max: 1_800, duration: 1_000 };
 * ```
 */
export interface QueueRateLimit {
  readonly max: number;
  /** Window in milliseconds [1,000]. */
  readonly duration?: number;
}

/**
 * 8x8's documented limit per sub-account: about 1,800 requests a second.
 *
 * @example
 * ```ts
 * import { SUB_ACCOUNT_RATE_LIMIT } from '8x8-chatapps/bullmq';
 *
 * SUB_ACCOUNT_RATE_LIMIT.max; // 1800
 * ```
 */
export const SUB_ACCOUNT_RATE_LIMIT: Required<QueueRateLimit> = Object.freeze({
  max: 1_800,
  duration: 1_000,
});

/**
 * Options of {@link createMessageWorker}.
 *
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import type { MessageWorkerOptions } from '8x8-chatapps/bullmq';
 * import { Redis } from 'ioredis';
 *
 * const options: MessageWorkerOptions = {
 *   connection: new Redis({ maxRetriesPerRequest: null }),
 *   client: createClient({ apiKey: 'key', subAccountId: 'acme', retry: false }),
 *   rateLimit: { max: 1_800 },
 *   concurrency: 50,
 * };
 * ```
 */
export interface MessageWorkerOptions {
  /** The Redis connection, as BullMQ takes it: in ESM, an `ioredis` instance with `maxRetriesPerRequest: null`. */
  readonly connection: ConnectionOptions;
  /**
   * The client messages are sent with, any transport that does not retry on its own: create it with `retry: false`
   * (or `transport: createKyTransport({ retry: false })`). The queue's rules decide what is sent again: a 429 pauses
   * every worker at once, and only what 8x8 surely did not accept is retried, with the job's backoff. A client whose
   * default transport retries is refused (a `TypeError`); a transport of your own is taken at its word.
   */
  readonly client: Client;
  /** BullMQ key prefix ['bull']. */
  readonly prefix?: string;
  /**
   * The sub-account's rate limit, shared by every worker of the queue (BullMQ's queue-level limiter, set by each
   * worker at start) [{@link SUB_ACCOUNT_RATE_LIMIT}]. One queue per sub-account. Sends are also spaced evenly at
   * 97% of it over the whole queue, so no sliding second holds more than the limit.
   */
  readonly rateLimit?: QueueRateLimit;
  /** Messages this worker sends at once [32]. */
  readonly concurrency?: number;
  /** How long the queue pauses after a 429 without `Retry-After`, in ms [1,000]. */
  readonly defaultPauseMs?: number;
  /** Called with every outcome this worker records (and with unknown outcomes it settles by a late answer). */
  readonly onOutcome?: (outcome: MessageOutcome) => void;
  /** Called when 8x8 answered 429 (or 503 with `Retry-After`) and the whole queue pauses for `pauseMs`. */
  readonly onRateLimited?: (pauseMs: number) => void;
  /** Called with errors of the worker's Redis connection and of recording outcomes (BullMQ keeps retrying). */
  readonly onError?: (error: Error) => void;
  /** Further BullMQ worker options: `lockDuration`, `stalledInterval`, `removeOnComplete`, … */
  readonly workerOptions?: Omit<
    WorkerOptions,
    'connection' | 'concurrency' | 'limiter' | 'prefix' | 'autorun' | 'useWorkerThreads'
  >;
}

/**
 * What one worker process did since it started.
 *
 * @example
 * ```ts
 * import type { MessageWorkerCounts } from '8x8-chatapps/bullmq';
 *
 * const line = (c: MessageWorkerCounts) => `${c.sent} sent, ${c.failed} failed, ${c.unknown} unknown, ${c.rateLimited} 429s`;
 * ```
 */
export interface MessageWorkerCounts {
  readonly sent: number;
  readonly failed: number;
  readonly unknown: number;
  /** Unknown outcomes (of any worker) this worker settled with a late definitive answer. */
  readonly settled: number;
  /** Answers 429 (or 503 with `Retry-After`) that paused the queue. */
  readonly rateLimited: number;
  /** Sends 8x8 surely did not accept, given back to BullMQ to retry with backoff. */
  readonly retried: number;
}

/**
 * A running message worker: the BullMQ `worker` and `queue` it uses, its counts, and a graceful `close`.
 *
 * @example
 * ```ts
 * import type { MessageWorker } from '8x8-chatapps/bullmq';
 *
 * const stopOnSigterm = (messageWorker: MessageWorker) =>
 *   process.once('SIGTERM', () => void messageWorker.close().then(() => process.exit(0)));
 * ```
 */
export interface MessageWorker {
  readonly worker: Worker<MessageJobData, MessageOutcome>;
  readonly queue: Queue<MessageJobData, MessageOutcome>;
  /** What this worker did since it started (other workers' outcomes are in `getOutcomeCounts`). */
  counts(): MessageWorkerCounts;
  /** Stops taking jobs, lets the messages in flight finish and record their outcome, then closes the connections. */
  close(): Promise<void>;
}

/** A failure 8x8 surely did not accept, handed to BullMQ to retry with the job's backoff. */
class NotAcceptedError extends Error {
  override readonly name = 'NotAcceptedError';
}

/**
 * Ends a job whose outcome is already recorded (failed), or that was removed: BullMQ must not retry it, and the
 * `failed` listener has nothing to settle. BullMQ's own unrecoverable failures (a job stalled more than
 * `maxStalledCount` times is failed by the next worker that takes it, without running it) are plain
 * `UnrecoverableError`s and are settled by that listener.
 */
class SettledError extends UnrecoverableError {}

/**
 * The share of the rate limit the worker sends at. Evenly spaced sends at 97% of `max` per `duration` leave about
 * 30 ms in every second (54 sends at 1,800/s) for sends that reach 8x8 late, before a sliding second holds more than
 * the limit: 4 ms for sends a little late (LATE_SEND_MS), a quarter for the later ones the queue lets go
 * (LATE_SHARE_OF_HEADROOM), the rest (about 18 ms) for delays it cannot see or sees only afterwards (a receiver held
 * up: `ReceiverWatch`; a send held between its check and the wire).
 */
export const SEND_RATE_HEADROOM = 0.97;

/**
 * How late after its turn a send may still leave unasked (7 sends' worth at 1,800/s); a later one asks the queue
 * whether the late sends' share of the headroom has room for it.
 */
const LATE_SEND_MS = 4;

/**
 * The share of the headroom late sends may use: at most this much of `max × (1 − SEND_RATE_HEADROOM)` late sends in
 * flight across any instant (13 at 1,800/s, 3 at 400/s).
 */
export const LATE_SHARE_OF_HEADROOM = 0.25;

const now = () => new Date().toISOString();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function failedOutcome(clientMessageId: string, error: unknown): FailedOutcome {
  return {
    outcome: 'failed',
    clientMessageId,
    reason: describe(error),
    ...(error instanceof ApiError ? { status: error.status } : {}),
    ...(error instanceof ApiError && error.code !== undefined ? { code: error.code } : {}),
    at: now(),
  };
}

function unknownOutcome(clientMessageId: string, error: unknown): UnknownOutcome {
  const body = error instanceof UnexpectedResponseError ? error.body : undefined;
  const umid = typeof body === 'object' && body !== null ? (body as { umid?: unknown }).umid : undefined;
  return {
    outcome: 'unknown',
    clientMessageId,
    reason: describe(error),
    ...(typeof umid === 'string' && umid !== '' ? { umid } : {}),
    at: now(),
  };
}

/** How a send error is handled; the one place the library's retry rule meets the queue. */
function classify(error: unknown): 'pause' | 'retry' | 'failed' | 'unknown' {
  if (error instanceof ApiError) {
    if (error.status === 429 || (error.status === 503 && error.retryAfterMs !== undefined)) return 'pause';
    if (SAFE_RETRY_STATUSES.includes(error.status)) return 'retry';
  }
  if (error instanceof NetworkError && RETRIED_NETWORK_FAILURES.includes(error.reason)) return 'retry';
  if (error instanceof AbortError && !error.mayHaveBeenAccepted) return 'retry';
  if (error instanceof ValidationError) return 'failed';
  // Every send error says whether 8x8 may have the message; anything else (a bug, a custom transport's surprise)
  // may have happened after the request was written.
  const mayHaveBeenAccepted = (error as { mayHaveBeenAccepted?: unknown } | undefined)?.mayHaveBeenAccepted;
  return mayHaveBeenAccepted === false ? 'failed' : 'unknown';
}

function checkRateLimit(limit: QueueRateLimit): Required<QueueRateLimit> {
  const resolved = { duration: 1_000, ...limit };
  if (!Number.isInteger(resolved.max) || resolved.max < 1) {
    throw new RangeError(`rateLimit.max must be a positive integer, got ${resolved.max}`);
  }
  if (!Number.isInteger(resolved.duration) || resolved.duration < 1) {
    throw new RangeError(`rateLimit.duration must be a positive integer (ms), got ${resolved.duration}`);
  }
  return resolved;
}

/**
 * Starts a BullMQ worker that sends the queue's messages (enqueued with `enqueueMessages`) through `client`.
 *
 * - One rate limit for the queue: every worker sets BullMQ's queue-level limiter to `rateLimit` when it starts,
 *   and each send takes its turn, evenly spaced at 97% of the limit over every worker (given with the attempt
 *   record, in the same Redis call), so 8x8's sliding second never sees more than the limit. A send that missed its
 *   turn (its process was held off the CPU) goes at once while few late sends are in flight (at most a quarter of the
 *   3% left over: 13 at 1,800/s), else it takes a new turn. While two of a worker's sends wait for their answer much
 *   longer than answers take (8x8, or the way to it, is held up), its next sends wait too, and then count as late.
 * - A 429 from 8x8 pauses the whole queue for its `Retry-After` (BullMQ's manual rate limit), and the job goes back
 *   to the queue without using an attempt. A 503 with `Retry-After` does the same.
 * - Retried with the job's backoff: only what 8x8 surely did not take (503, a connection never opened).
 * - Failed: what 8x8 refused (4xx), or still not accepted after the job's attempts.
 * - Unknown: what 8x8 may have accepted (timeout, reset connection, 500, 502, 504): never sent again; see
 *   `settleUnknown` and `reconcileUnknown`.
 * - Each attempt is recorded in Redis before sending; a run that finds an attempt and no outcome (its worker was
 *   killed, or its job stalled) ends the message unknown instead of sending it again. A job stalled more than
 *   `maxStalledCount` times [5], which BullMQ fails without running it, ends unknown too (failed when no attempt was
 *   recorded: it was never sent).
 * - The client must not retry on its own (`retry: false`): a client whose default transport retries is refused.
 *
 * @throws {TypeError} when the client's transport retries on its own (create the client with `retry: false`).
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import { createMessageWorker } from '8x8-chatapps/bullmq';
 * import { Redis } from 'ioredis';
 *
 * const messageWorker = await createMessageWorker('notifications', {
 *   connection: new Redis({ maxRetriesPerRequest: null }),
 *   client: createClient({ apiKey: 'key', subAccountId: 'acme', retry: false }),
 *   onOutcome: (outcome) => {
 *     if (outcome.outcome !== 'sent') console.log(outcome.clientMessageId, outcome.outcome, outcome.reason);
 *   },
 * });
 * process.once('SIGTERM', () => void messageWorker.close());
 * ```
 */
export async function createMessageWorker(
  queueName: string,
  options: MessageWorkerOptions,
): Promise<MessageWorker> {
  const limit = checkRateLimit(options.rateLimit ?? SUB_ACCOUNT_RATE_LIMIT);
  const concurrency = options.concurrency ?? 32;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const defaultPauseMs = options.defaultPauseMs ?? 1_000;
  const { client, connection, onOutcome, onRateLimited } = options;
  // Rule: the queue alone retries. A transport retrying a 429 would wait it out in this worker alone, holding the
  // job, while the other workers keep sending into the limit.
  const transportRetries = retryLimitOf(client) ?? 0;
  if (transportRetries > 0) {
    throw new TypeError(
      `createMessageWorker: the client's transport retries on its own (up to ${transportRetries} times); create the ` +
        'client with retry: false, so the queue decides what is sent again',
    );
  }
  const onError = options.onError ?? (() => {});
  const prefix = options.prefix === undefined ? {} : { prefix: options.prefix };
  const queue = new Queue<MessageJobData, MessageOutcome>(queueName, { connection, ...prefix });
  queue.on('error', onError);
  await queue.setGlobalRateLimit(limit.max, limit.duration);

  const counts = { sent: 0, failed: 0, unknown: 0, settled: 0, rateLimited: 0, retried: 0 };
  // Rule (8x8 counts requests in a sliding second): sends are spaced evenly, SEND_RATE_HEADROOM under the limit, so
  // no second holds more than the limit even when a send reaches 8x8 a few milliseconds late or early.
  const spacingMicros = (limit.duration * 1000) / (limit.max * SEND_RATE_HEADROOM);
  const lateAllowance = Math.floor(limit.max * (1 - SEND_RATE_HEADROOM) * LATE_SHARE_OF_HEADROOM);
  const clock = new RedisClock();
  const receiver = new ReceiverWatch();

  function noteRecorded(outcome: MessageOutcome, recorded: Awaited<ReturnType<typeof recordOutcome>>): void {
    if (recorded.result === 'recorded') counts[outcome.outcome]++;
    if (recorded.result === 'settled') counts.settled++;
    if (recorded.result === 'recorded' || recorded.result === 'settled') onOutcome?.(recorded.outcome);
  }

  // Records the outcome (or finds the one recorded first) and ends the job with it.
  async function conclude(jobId: string, outcome: MessageOutcome): Promise<MessageOutcome> {
    const recorded = await recordOutcome(worker, jobId, outcome);
    noteRecorded(outcome, recorded);
    if (recorded.outcome.outcome === 'failed') throw new SettledError(recorded.outcome.reason);
    return recorded.outcome;
  }

  // 8x8 took the message: its outcome is written without waiting for the reply, so BullMQ's completion of the job
  // is written in the same tick right behind it on the same connection (the worker's), instead of a round trip
  // later. Redis runs a connection's commands in order, so the record lands before the job completes, and a worker
  // killed in between leaves an attempt without an outcome, as before (the re-run ends it unknown). The record finds
  // an earlier outcome only when another run took this job over (its lock was lost): BullMQ then refuses this run's
  // completion, and this definitive answer settles that run's unknown.
  function concludeSent(jobId: string, outcome: SentOutcome): SentOutcome {
    // A failed write is tried once more (recording again is harmless: the first outcome wins).
    recordOutcome(worker, jobId, outcome)
      .catch((error: unknown) => {
        onError(error instanceof Error ? error : new Error(String(error)));
        return recordOutcome(worker, jobId, outcome);
      })
      .then((recorded) => noteRecorded(outcome, recorded))
      .catch(onError);
    return outcome;
  }

  // Rule (sliding second): a send leaves at its turn, an instant of Redis's clock mapped onto this process's clock
  // (`RedisClock`): neither early (a reply Redis gave late counts its delay from its later clock) nor late unseen.
  // While the receiver looks held up (`ReceiverWatch`), the send waits: sends piling up there would be taken in
  // together. A send that leaves more than LATE_SEND_MS after its turn (its process was held off the CPU while its
  // timer ran out, or while Redis's answer waited to be read, or it waited for the receiver) reaches 8x8 next to sends
  // on their own turns: it goes now only while few enough late sends are in flight across the time since its turn
  // (`lateTurn`, the late sends' share of the headroom); otherwise it takes a new turn at the end of the line (at once
  // when the queue is below its limit).
  async function waitForTurn(first: Turn): Promise<void> {
    let turn = first;
    for (;;) {
      const due = clock.local(turn.atMicros);
      // A timer can fire early (Node counts it from the event loop's cached time): wait until the clock says so.
      for (let wait = due - performance.now(); wait > 0; wait = due - performance.now()) await sleep(wait);
      await receiver.held();
      if (performance.now() - due <= LATE_SEND_MS) return;
      const askedAt = performance.now();
      const next = await lateTurn(worker, turn.atMicros, spacingMicros, lateAllowance, receiver.takePiled());
      if (next.kind === 'go') return;
      clock.note(askedAt, performance.now(), next.atMicros - next.delayMs * 1000);
      turn = next;
    }
  }

  // The receiver watch hears of every send's end, also a client that throws instead of returning a promise (a
  // wrapper, a test double): a send it never heard end would count as held up for good and hold every later send.
  function sendWatched(request: MessageJobData['request']): ReturnType<Client['send']> {
    const answered = receiver.sent();
    try {
      return client.send(request).finally(answered);
    } catch (thrown) {
      answered();
      throw thrown;
    }
  }

  async function sendJob(job: Job<MessageJobData, MessageOutcome>): Promise<MessageOutcome> {
    const jobId = job.id ?? '';
    const { request } = job.data;
    const { clientMessageId } = request;
    const attempt = `${now()} ${globalThis.crypto.randomUUID()}`;
    const askedAt = performance.now();
    const begin = await beginAttempt(worker, jobId, attempt, spacingMicros);
    if (begin.kind === 'go') clock.note(askedAt, performance.now(), begin.atMicros - begin.delayMs * 1000);
    if (begin.kind === 'gone') throw new SettledError(`job ${jobId} was removed while it ran`);
    if (begin.kind === 'done') {
      if (begin.outcome.outcome === 'failed') throw new SettledError(begin.outcome.reason);
      return begin.outcome;
    }
    if (begin.kind === 'interrupted') {
      return conclude(jobId, {
        outcome: 'unknown',
        clientMessageId,
        reason: `interrupted: an earlier run recorded an attempt (${begin.attempt.split(' ')[0]}) and no outcome`,
        at: now(),
      });
    }
    // The message's turn under the limit: up to (messages in flight over every worker) × spacing away.
    await waitForTurn(begin);
    let error: unknown;
    try {
      const response = await sendWatched(request);
      return concludeSent(jobId, {
        outcome: 'sent',
        clientMessageId,
        umid: response.umid,
        state: response.status.state,
        at: now(),
      });
    } catch (caught) {
      if (caught instanceof SettledError) throw caught;
      error = caught;
    }
    switch (classify(error)) {
      case 'pause': {
        const pauseMs = (error as ApiError).retryAfterMs ?? defaultPauseMs;
        await releaseAttempt(worker, jobId, attempt);
        await queue.rateLimit(Math.max(1, pauseMs));
        counts.rateLimited++;
        onRateLimited?.(pauseMs);
        throw new RateLimitError();
      }
      case 'retry': {
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          return conclude(jobId, failedOutcome(clientMessageId, error));
        }
        await releaseAttempt(worker, jobId, attempt);
        counts.retried++;
        throw new NotAcceptedError(describe(error));
      }
      case 'failed':
        return conclude(jobId, failedOutcome(clientMessageId, error));
      case 'unknown':
        return conclude(jobId, unknownOutcome(clientMessageId, error));
    }
  }

  const worker = new Worker<MessageJobData, MessageOutcome>(queueName, sendJob, {
    // Re-running a stalled job is safe (it ends unknown without sending), so let BullMQ re-run it.
    maxStalledCount: 5,
    ...options.workerOptions,
    connection,
    concurrency,
    ...prefix,
    autorun: false,
  });
  worker.on('error', onError);
  // A job BullMQ failed without running it to an outcome (stalled more than maxStalledCount times: failed, unrun,
  // by the next worker that takes it): settle its record from what is known. An attempt on record may have reached
  // 8x8 (unknown); none means it was never sent (failed).
  worker.on('failed', (job, error) => {
    if (job?.id === undefined || error instanceof NotAcceptedError || error instanceof SettledError) return;
    const jobId = job.id;
    void (async () => {
      if ((await job.getState()) !== 'failed') return;
      const { outcome, attempted } = await readRecord(worker, jobId);
      if (outcome !== undefined) return;
      const { clientMessageId } = job.data.request;
      await conclude(
        jobId,
        attempted ? unknownOutcome(clientMessageId, error) : failedOutcome(clientMessageId, error),
      ).catch(() => undefined);
    })().catch(onError);
  });
  void worker.run().catch(onError);

  let closing: Promise<void> | undefined;
  return {
    worker,
    queue,
    counts: () => ({ ...counts }),
    close: () => {
      closing ??= (async () => {
        await worker.close();
        await queue.close();
      })();
      return closing;
    },
  };
}
