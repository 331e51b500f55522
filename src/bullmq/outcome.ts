// What a queued message ends in, as stored in Redis and returned by the worker. Three ends only: sent (8x8 answered
// with a umid), failed (8x8 surely did not accept it), unknown (it may have been accepted: settled later by a receipt
// or a look-up, never by sending again).
import type { MessageRequest } from '../wire/index.js';

/**
 * The data of one queue job: the validated wire request, its `clientMessageId` always set (the job's id is derived
 * from it).
 *
 * @example
 * ```ts
 * import type { MessageJobData } from '8x8-chatapps/bullmq';
 *
 * const data: MessageJobData = {
 *   request: { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' }, clientMessageId: 'order-1234' },
 * };
 * ```
 */
export interface MessageJobData {
  readonly request: MessageRequest & { readonly clientMessageId: string };
}

/**
 * A message 8x8 accepted: its `umid` and the state 8x8 answered (`queued`, …). `reconciled` when an "unknown"
 * outcome was settled afterwards by a delivery receipt, a look-up, or a late answer.
 *
 * @example
 * ```ts
 * import type { SentOutcome } from '8x8-chatapps/bullmq';
 *
 * const sent: SentOutcome = {
 *   outcome: 'sent',
 *   clientMessageId: 'order-1234',
 *   umid: '3f7a1c7e-8f2a-4f8e-9d51-0b2c6a1e7d10',
 *   state: 'queued',
 *   at: '2026-12-02T06:00:00.000Z',
 * };
 * ```
 */
export interface SentOutcome {
  readonly outcome: 'sent';
  readonly clientMessageId: string;
  readonly umid: string;
  /** 8x8's `status.state` in its answer, or in the receipt that settled it. */
  readonly state: string;
  /** When the outcome was recorded (ISO 8601). */
  readonly at: string;
  readonly reconciled?: true;
}

/**
 * A message 8x8 surely did not accept: refused (4xx other than 429, or invalid), or still not accepted after the
 * job's attempts (503, connection never opened). `status` and `code` are 8x8's when it answered.
 *
 * @example
 * ```ts
 * import type { FailedOutcome } from '8x8-chatapps/bullmq';
 *
 * const failed: FailedOutcome = {
 *   outcome: 'failed',
 *   clientMessageId: 'order-1234',
 *   reason: '8x8 API error 400 1002: Invalid MSISDN',
 *   status: 400,
 *   code: 1002,
 *   at: '2026-12-02T06:00:00.000Z',
 * };
 * ```
 */
export interface FailedOutcome {
  readonly outcome: 'failed';
  readonly clientMessageId: string;
  readonly reason: string;
  readonly status?: number;
  readonly code?: number;
  readonly at: string;
  readonly reconciled?: true;
}

/**
 * A message that may or may not be with 8x8: no answer arrived (timeout, connection reset), 8x8 answered 500, 502
 * or 504, or a worker died between sending and recording the answer (`reason: 'interrupted'`). It is never sent
 * again by the queue; settle it with `settleUnknown` (a delivery receipt carrying its `clientMessageId`) or
 * `reconcileUnknown` (a look-up by `umid`, when 8x8's answer gave one).
 *
 * @example
 * ```ts
 * import type { UnknownOutcome } from '8x8-chatapps/bullmq';
 *
 * const unknown: UnknownOutcome = {
 *   outcome: 'unknown',
 *   clientMessageId: 'order-1234',
 *   reason: 'TimeoutError: No answer within 30000 ms',
 *   at: '2026-12-02T06:00:00.000Z',
 * };
 * ```
 */
export interface UnknownOutcome {
  readonly outcome: 'unknown';
  readonly clientMessageId: string;
  readonly reason: string;
  /** The umid, when an answer carried one (a success body that did not match the schema). */
  readonly umid?: string;
  readonly at: string;
}

/**
 * How a queued message ended; `match` on `outcome`.
 *
 * @example
 * ```ts
 * import { match } from 'ts-pattern';
 * import type { MessageOutcome } from '8x8-chatapps/bullmq';
 *
 * const line = (o: MessageOutcome) =>
 *   match(o)
 *     .with({ outcome: 'sent' }, ({ umid }) => `sent ${umid}`)
 *     .with({ outcome: 'failed' }, ({ reason }) => `not sent: ${reason}`)
 *     .with({ outcome: 'unknown' }, ({ reason }) => `unknown (${reason}): wait for its receipt`)
 *     .exhaustive();
 * ```
 */
export type MessageOutcome = SentOutcome | FailedOutcome | UnknownOutcome;

/**
 * Counts of outcomes over the whole queue (every worker), kept in Redis. `unknown` counts every message that ended
 * unknown; `pendingUnknown` those not settled yet; `reconciledSent` and `reconciledFailed` the settled ones.
 *
 * @example
 * ```ts
 * import type { OutcomeCounts } from '8x8-chatapps/bullmq';
 *
 * const done = (c: OutcomeCounts) => c.sent + c.failed + c.unknown;
 * ```
 */
export interface OutcomeCounts {
  readonly sent: number;
  readonly failed: number;
  readonly unknown: number;
  readonly reconciledSent: number;
  readonly reconciledFailed: number;
  readonly pendingUnknown: number;
}
