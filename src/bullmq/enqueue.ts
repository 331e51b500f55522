// Putting messages on the queue: each is validated first (an invalid one never reaches Redis), gets a
// clientMessageId if it has none, and becomes a job whose id is derived from that clientMessageId, so the same
// message enqueued twice is one job and is sent once.
import type { BulkJobOptions, Queue } from 'bullmq';
import type { SendableMessage } from '../client/client.js';
import { isMessageSource } from '../client/message-source.js';
import { ValidationError } from '../errors/validation-error.js';
import { parseMessage } from '../wire/index.js';
import type { MessageJobData } from './outcome.js';

/**
 * The BullMQ job name of every message job, for filtering in dashboards and `queue.getJobs`.
 *
 * @example
 * ```ts
 * import { MESSAGE_JOB_NAME } from '8x8-chatapps/bullmq';
 *
 * MESSAGE_JOB_NAME; // 'send'
 * ```
 */
export const MESSAGE_JOB_NAME = 'send';

/**
 * Job options {@link enqueueMessages} uses unless you pass others: 5 attempts with exponential backoff from 1 s (used
 * only for failures 8x8 surely did not accept, such as 503), completed jobs kept 7 days (the window in which enqueuing
 * the same `clientMessageId` again is recognised), failed jobs 30 days.
 *
 * @example
 * ```ts
 * import { DEFAULT_MESSAGE_JOB_OPTIONS } from '8x8-chatapps/bullmq';
 *
 * DEFAULT_MESSAGE_JOB_OPTIONS.attempts; // 5
 * ```
 */
export const DEFAULT_MESSAGE_JOB_OPTIONS = Object.freeze({
  attempts: 5,
  backoff: Object.freeze({ type: 'exponential', delay: 1_000 }),
  removeOnComplete: Object.freeze({ age: 7 * 24 * 3600 }),
  removeOnFail: Object.freeze({ age: 30 * 24 * 3600 }),
}) satisfies BulkJobOptions;

/**
 * Options of {@link enqueueMessages} and {@link enqueueMessage}.
 *
 * @example
 * ```ts
 * import type { EnqueueOptions } from '8x8-chatapps/bullmq';
 *
 * const options: EnqueueOptions = { jobOptions: { priority: 1, delay: 60_000 }, chunkSize: 500 };
 * ```
 */
export interface EnqueueOptions {
  /**
   * BullMQ job options for every job, merged over {@link DEFAULT_MESSAGE_JOB_OPTIONS}. The job id is always derived
   * from the message's `clientMessageId`.
   */
  readonly jobOptions?: Omit<BulkJobOptions, 'jobId'>;
  /** Jobs added per `addBulk` call (one Redis round trip each) [500]. */
  readonly chunkSize?: number;
}

/**
 * One message on the queue: its `clientMessageId` (given or generated), the BullMQ job id, and its position in the
 * input.
 *
 * @example
 * ```ts
 * import type { EnqueuedMessage } from '8x8-chatapps/bullmq';
 *
 * const entry: EnqueuedMessage = { index: 0, clientMessageId: 'order-1234', jobId: 'order-1234' };
 * ```
 */
export interface EnqueuedMessage {
  readonly index: number;
  readonly clientMessageId: string;
  readonly jobId: string;
}

/**
 * What {@link enqueueMessages} did: the messages now on the queue, and those refused by validation (never sent to
 * Redis), each with its position in the input.
 *
 * @example
 * ```ts
 * import type { EnqueueResult } from '8x8-chatapps/bullmq';
 *
 * const report = (r: EnqueueResult) =>
 *   `${r.enqueued.length} queued; refused: ${r.refused.map((x) => `#${x.index} ${x.error.issues[0]?.path}`).join(', ')}`;
 * ```
 */
export interface EnqueueResult {
  readonly enqueued: readonly EnqueuedMessage[];
  readonly refused: readonly { readonly index: number; readonly error: ValidationError }[];
}

/**
 * The BullMQ job id of a `clientMessageId`: the id itself when BullMQ allows it, otherwise `%` and its URI encoding
 * (BullMQ refuses ids with `:` and ids that read as integers, such as `12345`). One id, one job.
 *
 * @example
 * ```ts
 * import { jobIdOf } from '8x8-chatapps/bullmq';
 *
 * jobIdOf('order-1234'); // 'order-1234'
 * jobIdOf('12345'); // '%12345'
 * jobIdOf('shop:77'); // '%shop%3A77'
 * ```
 */
export function jobIdOf(clientMessageId: string): string {
  const allowed =
    !clientMessageId.includes(':') &&
    !clientMessageId.startsWith('%') &&
    `${Number.parseInt(clientMessageId, 10)}` !== clientMessageId;
  return allowed ? clientMessageId : `%${encodeURIComponent(clientMessageId)}`;
}

/** Validates a message and gives it a clientMessageId; throws ValidationError. */
function prepare(message: SendableMessage): MessageJobData['request'] {
  let built: unknown;
  try {
    built = isMessageSource(message) ? message.build() : message;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([{ path: '', message: `could not be built: ${reason}` }]);
  }
  const request = parseMessage(built);
  return request.clientMessageId === undefined
    ? { ...request, clientMessageId: globalThis.crypto.randomUUID() }
    : (request as MessageJobData['request']);
}

function checkChunkSize(chunkSize: number): number {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  return chunkSize;
}

/**
 * Validates messages (builder chains or wire requests) and adds them to a BullMQ queue in bulk, `chunkSize` per
 * round trip. Invalid messages are refused and listed with their index; they never reach Redis. A message without a
 * `clientMessageId` gets a random one (in the request 8x8 receives, so receipts carry it); give your own, derived from
 * your business key, to make enqueuing idempotent: a message whose job already exists is not added again, so it is
 * sent once. Input is read lazily (arrays, generators, async iterables).
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 * import { enqueueMessages, type MessageJobData } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue<MessageJobData>('notifications', { connection: new Redis() });
 * const orders = [{ id: 'A-1234', phone: '+6591234567' }];
 * const { enqueued, refused } = await enqueueMessages(
 *   queue,
 *   orders.map((order) =>
 *     Message.to(order.phone).sms().text(`Order ${order.id} has shipped`).clientMessageId(`shipped-${order.id}`),
 *   ),
 * );
 * console.log(`${enqueued.length} queued, ${refused.length} refused`);
 * ```
 */
export async function enqueueMessages(
  queue: Queue,
  messages: Iterable<SendableMessage> | AsyncIterable<SendableMessage>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const chunkSize = checkChunkSize(options.chunkSize ?? 500);
  const opts = { ...DEFAULT_MESSAGE_JOB_OPTIONS, ...options.jobOptions };
  const enqueued: EnqueuedMessage[] = [];
  const refused: { index: number; error: ValidationError }[] = [];
  let chunk: { name: string; data: MessageJobData; opts: BulkJobOptions }[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const jobs = chunk;
    chunk = [];
    await queue.addBulk(jobs);
  };
  let index = 0;
  for await (const message of messages) {
    try {
      const request = prepare(message);
      const jobId = jobIdOf(request.clientMessageId);
      chunk.push({ name: MESSAGE_JOB_NAME, data: { request }, opts: { ...opts, jobId } });
      enqueued.push({ index, clientMessageId: request.clientMessageId, jobId });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      refused.push({ index, error });
    }
    index++;
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return { enqueued, refused };
}

/**
 * Validates one message and adds it to the queue; see {@link enqueueMessages}.
 *
 * @throws {ValidationError} when the message breaks a rule; nothing reaches Redis.
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 * import { enqueueMessage } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * const { clientMessageId } = await enqueueMessage(queue, Message.to('+6591234567').sms().text('Your code is 482910'));
 * ```
 */
export async function enqueueMessage(
  queue: Queue,
  message: SendableMessage,
  options: EnqueueOptions = {},
): Promise<EnqueuedMessage> {
  const request = prepare(message);
  const jobId = jobIdOf(request.clientMessageId);
  await queue.add(MESSAGE_JOB_NAME, { request } satisfies MessageJobData, {
    ...DEFAULT_MESSAGE_JOB_OPTIONS,
    ...options.jobOptions,
    jobId,
  });
  return { index: 0, clientMessageId: request.clientMessageId, jobId };
}
