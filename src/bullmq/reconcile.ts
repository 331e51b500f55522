// Settling "unknown" outcomes: a message that may have been accepted is never sent again; it is settled by what 8x8
// says about it later, a delivery receipt carrying its clientMessageId, or a look-up of its umid.
import type { Queue } from 'bullmq';
import type { Client } from '../client/client.js';
import { jobIdOf } from './enqueue.js';
import type { MessageOutcome, OutcomeCounts, UnknownOutcome } from './outcome.js';
import { readCounts, readRecord, readUnknown, recordKeys, recordOutcome } from './records.js';

/**
 * What you learned about a message whose outcome was unknown: 8x8 has it (`accepted: true`, with its `umid` and
 * state, from a delivery receipt or a look-up), or you established it does not (`accepted: false`, e.g. no receipt
 * within your receipt window), with your reason.
 *
 * @example
 * ```ts
 * import type { Settlement } from '8x8-chatapps/bullmq';
 *
 * const fromReceipt: Settlement = {
 *   clientMessageId: 'order-1234',
 *   accepted: true,
 *   umid: '3f7a1c7e-8f2a-4f8e-9d51-0b2c6a1e7d10',
 *   state: 'delivered',
 * };
 * const givenUp: Settlement = { clientMessageId: 'order-1235', accepted: false, reason: 'no receipt in 48 h' };
 * ```
 */
export type Settlement =
  | {
      readonly clientMessageId: string;
      readonly accepted: true;
      readonly umid: string;
      readonly state: string;
    }
  | { readonly clientMessageId: string; readonly accepted: false; readonly reason: string };

/**
 * The part of a delivery receipt (8x8's `outbound_message_status_changed` webhook) that settles an unknown outcome:
 * its `umid`, the `clientMessageId` you gave, and the state. A `DeliveryReceiptEvent` from `parseWebhook` is one.
 *
 * @example
 * ```ts
 * import type { ReceiptLike } from '8x8-chatapps/bullmq';
 *
 * const receipt: ReceiptLike = {
 *   payload: {
 *     umid: '3f7a1c7e-8f2a-4f8e-9d51-0b2c6a1e7d10',
 *     clientMessageId: 'order-1234',
 *     status: { state: 'delivered' },
 *   },
 * };
 * ```
 */
export interface ReceiptLike {
  readonly payload: {
    readonly umid: string;
    readonly clientMessageId?: string | undefined;
    readonly status: { readonly state: string };
  };
}

/**
 * How a settlement went: `settled` (the message was unknown and now is sent or failed), or `not-unknown` (it was
 * not awaiting settlement: already sent or failed, settled before, or never queued here).
 *
 * @example
 * ```ts
 * import type { SettleResult } from '8x8-chatapps/bullmq';
 *
 * const result: SettleResult = 'settled';
 * ```
 */
export type SettleResult = 'settled' | 'not-unknown';

/**
 * Settles one message whose outcome was unknown: `accepted: true` records it as sent (with `reconciled: true`),
 * `accepted: false` as failed. A message that is not unknown is left as it is.
 *
 * @example
 * ```ts
 * import { settleUnknown } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * await settleUnknown(queue, { clientMessageId: 'order-1235', accepted: false, reason: 'no receipt in 48 h' });
 * ```
 */
export async function settleUnknown(queue: Queue, settlement: Settlement): Promise<SettleResult> {
  const { clientMessageId } = settlement;
  const at = new Date().toISOString();
  const outcome: MessageOutcome = settlement.accepted
    ? {
        outcome: 'sent',
        clientMessageId,
        umid: settlement.umid,
        state: settlement.state,
        at,
        reconciled: true,
      }
    : { outcome: 'failed', clientMessageId, reason: settlement.reason, at, reconciled: true };
  const { result } = await recordOutcome(queue, jobIdOf(clientMessageId), outcome);
  return result === 'settled' ? 'settled' : 'not-unknown';
}

/**
 * Settles the unknown outcome a delivery receipt is about: any receipt proves 8x8 accepted the message (even an
 * `undeliverable` one), so it becomes sent, with the receipt's umid and state. Call it from your webhook handler for
 * every receipt: receipts of messages that were not unknown (or carry no `clientMessageId`) change nothing.
 *
 * @example
 * ```ts
 * import { parseWebhook } from '8x8-chatapps';
 * import { settleFromReceipt } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * async function onWebhook(body: unknown) {
 *   const event = parseWebhook(body);
 *   if (event.kind === 'deliveryReceipt') await settleFromReceipt(queue, event);
 * }
 * ```
 */
export async function settleFromReceipt(queue: Queue, receipt: ReceiptLike): Promise<SettleResult> {
  const { umid, clientMessageId, status } = receipt.payload;
  if (clientMessageId === undefined) return 'not-unknown';
  return settleUnknown(queue, { clientMessageId, accepted: true, umid, state: status.state });
}

/**
 * The messages whose outcome is unknown and not settled yet (kept even after BullMQ removed their jobs).
 *
 * @example
 * ```ts
 * import { listUnknown } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * for (const unknown of await listUnknown(queue)) console.log(unknown.clientMessageId, unknown.at, unknown.reason);
 * ```
 */
export async function listUnknown(queue: Queue): Promise<UnknownOutcome[]> {
  return readUnknown(queue);
}

/**
 * Looks up every unknown message whose `umid` is known (8x8's answer carried one) with the client's message-details
 * call (`client.getMessage`), and settles as sent those 8x8 has, with the state of its latest channel attempt.
 * Messages without a umid, or that the look-up does not find, wait for their receipt; a failed look-up is counted in
 * `waiting` and tried again on the next call.
 *
 * @example
 * ```ts
 * import { createClient } from '8x8-chatapps';
 * import { reconcileUnknown } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const client = createClient({ apiKey: 'key', subAccountId: 'acme' });
 * const queue = new Queue('notifications', { connection: new Redis() });
 * const { settled, waiting } = await reconcileUnknown(queue, client);
 * ```
 */
export async function reconcileUnknown(
  queue: Queue,
  client: Pick<Client, 'getMessage'>,
): Promise<{ readonly settled: number; readonly waiting: number }> {
  let settled = 0;
  let waiting = 0;
  for (const unknown of await readUnknown(queue)) {
    const { umid } = unknown;
    const attempts =
      umid === undefined
        ? []
        : await client.getMessage(umid).then(
            (details) => details.data,
            () => [],
          );
    const latest = attempts.reduce<(typeof attempts)[number] | undefined>(
      (last, attempt) => (last === undefined || attempt.step >= last.step ? attempt : last),
      undefined,
    );
    if (umid === undefined || latest === undefined) {
      waiting++;
      continue;
    }
    const result = await settleUnknown(queue, {
      clientMessageId: unknown.clientMessageId,
      accepted: true,
      umid,
      state: latest.status.state,
    });
    if (result === 'settled') settled++;
  }
  return { settled, waiting };
}

/**
 * The recorded outcome of a message, by its `clientMessageId`: `undefined` while it waits or is being sent (or when
 * no such message was queued). An unknown outcome that was settled reads as sent or failed with `reconciled: true`.
 *
 * @example
 * ```ts
 * import { getMessageOutcome } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * const outcome = await getMessageOutcome(queue, 'order-1234');
 * if (outcome?.outcome === 'sent') console.log(outcome.umid);
 * ```
 */
export async function getMessageOutcome(
  queue: Queue,
  clientMessageId: string,
): Promise<MessageOutcome | undefined> {
  const jobId = jobIdOf(clientMessageId);
  const { outcome } = await readRecord(queue, jobId);
  if (outcome !== undefined) return outcome;
  const client = await queue.backend.client;
  const pending = await client.hget(recordKeys(queue).unknown, jobId);
  return pending === null ? undefined : (JSON.parse(pending) as UnknownOutcome);
}

/**
 * Outcome counts over the whole queue, every worker included; see {@link OutcomeCounts}.
 *
 * @example
 * ```ts
 * import { getOutcomeCounts } from '8x8-chatapps/bullmq';
 * import { Queue } from 'bullmq';
 * import { Redis } from 'ioredis';
 *
 * const queue = new Queue('notifications', { connection: new Redis() });
 * const { sent, failed, unknown, pendingUnknown } = await getOutcomeCounts(queue);
 * ```
 */
export async function getOutcomeCounts(queue: Queue): Promise<OutcomeCounts> {
  return readCounts(queue);
}
