/**
 * `8x8-chatapps/bullmq`: sending through a [BullMQ](https://bullmq.io) queue on Redis, for volumes one process
 * cannot carry: many workers under one rate limit per sub-account, a 429 pausing them all, and the library's promise
 * kept across processes: nothing lost, nothing sent twice, every outcome known (sent, failed, or unknown until a
 * receipt settles it). Needs Node.js and the `bullmq` package (an optional peer dependency). See the guide
 * `docs/scale.md` (Sending at scale).
 *
 * @example
 * ```ts
 * import { createClient, Message } from '8x8-chatapps';
 * import { createMessageWorker, enqueueMessages, type MessageJobData } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const connection = new Redis({ maxRetriesPerRequest: null });
 * const queue = new Queue<MessageJobData>('notifications', { connection });
 * await enqueueMessages(queue, [Message.to('+6591234567').sms().text('Store opens at 9').clientMessageId('open-9')]);
 *
 * const client = createClient({ apiKey: 'key', subAccountId: 'acme', retry: false });
 * const messageWorker = await createMessageWorker('notifications', { connection, client });
 * ```
 *
 * @packageDocumentation
 * @module 8x8-chatapps/bullmq
 */

export {
  DEFAULT_MESSAGE_JOB_OPTIONS,
  type EnqueuedMessage,
  type EnqueueOptions,
  type EnqueueResult,
  enqueueMessage,
  enqueueMessages,
  jobIdOf,
  MESSAGE_JOB_NAME,
} from './enqueue.js';
export type {
  FailedOutcome,
  MessageJobData,
  MessageOutcome,
  OutcomeCounts,
  SentOutcome,
  UnknownOutcome,
} from './outcome.js';
export {
  getMessageOutcome,
  getOutcomeCounts,
  listUnknown,
  type ReceiptLike,
  reconcileUnknown,
  type Settlement,
  type SettleResult,
  settleFromReceipt,
  settleUnknown,
} from './reconcile.js';
export {
  createMessageWorker,
  type MessageWorker,
  type MessageWorkerCounts,
  type MessageWorkerOptions,
  type QueueRateLimit,
  SUB_ACCOUNT_RATE_LIMIT,
} from './worker.js';
