// What the sandbox remembers about messages after accepting them: each message's channel attempts and their
// statuses (for GET …/messages/{umid} and the receipts), whether it is scheduled or cancelled, and the inbound
// messages it posted (for mark-as-read and typing indicators). Platform-neutral, like the engine.
import { CHANNELS, type Channel } from '../channels.js';
import type { MessageRequest } from '../wire/request.js';
import type { MessageStatus } from '../wire/response.js';

/** One channel attempt of a message, as the sandbox tracks it. */
export interface LedgerAttempt {
  readonly channel: Channel;
  /** 1 for the first channel of the chain. */
  readonly step: number;
  status: MessageStatus;
  /** WhatsApp's own error code, when WhatsApp failed the message (a receipt's `whatsapp.providerErrorCode`). */
  providerErrorCode?: string;
}

/** A message the sandbox accepted, with its life so far. */
export interface LedgerMessage {
  readonly umid: string;
  readonly message: MessageRequest;
  readonly batchId: string | undefined;
  readonly createdAt: string;
  /** When it is due (ms since the epoch), for a scheduled message. */
  readonly scheduledAt: number | undefined;
  cancelled: boolean;
  readonly attempts: LedgerAttempt[];
  /**
   * How the first channel ends, when that was decided on acceptance (a template whose values do not fit it): the
   * receipts report it instead of the configured outcome.
   */
  failure?: { readonly status: MessageStatus; readonly providerErrorCode: string };
}

/** An inbound message the sandbox posted. */
export interface LedgerInbound {
  readonly umid: string;
  readonly channel: string;
  readonly receivedAt: number;
  read: boolean;
}

/** The channel of the chain's first step: the first `channels` entry, else the sandbox's default. */
export function channelsOf(message: MessageRequest, defaultChannel: Channel): Channel[] {
  const chain = (message.channels ?? []).map((route) => canonicalChannel(route.channel));
  return chain.length > 0 ? chain : [defaultChannel];
}

function canonicalChannel(name: string): Channel {
  return CHANNELS.find((channel) => channel.toLowerCase() === name.toLowerCase()) ?? (name as Channel);
}

/** Masks the end of a phone number the way 8x8's message details do (`+6591234xxxx`). */
function masked(msisdn: string | undefined): string | undefined {
  return msisdn === undefined ? undefined : `${msisdn.slice(0, Math.max(1, msisdn.length - 4))}xxxx`;
}

/** A stable channel id per channel, as 8x8 gives each channel of a sub-account. */
export function channelId(channel: Channel): string {
  const index = CHANNELS.indexOf(channel) + 1;
  return `5a1d0c00-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

export class MessageLedger {
  readonly #messages = new Map<string, LedgerMessage>();
  readonly #inbound = new Map<string, LedgerInbound>();

  constructor(readonly subAccountId: string) {}

  add(record: Omit<LedgerMessage, 'cancelled' | 'attempts'>, firstChannel: Channel): LedgerMessage {
    const entry: LedgerMessage = {
      ...record,
      cancelled: false,
      attempts: [
        { channel: firstChannel, step: 1, status: { state: 'queued', timestamp: record.createdAt } },
      ],
    };
    this.#messages.set(record.umid, entry);
    return entry;
  }

  get(umid: string): LedgerMessage | undefined {
    return this.#messages.get(umid.toLowerCase()) ?? this.#messages.get(umid);
  }

  /** The answer of GET …/messages/{umid}, or `undefined` when the sandbox never accepted that message. */
  details(umid: string): { data: object[] } | undefined {
    const entry = this.get(umid);
    if (entry === undefined) return undefined;
    const { message } = entry;
    return {
      data: entry.attempts.map((attempt) => ({
        umid: entry.umid,
        subAccountId: this.subAccountId,
        channel: attempt.channel,
        channelId: channelId(attempt.channel),
        direction: 'outbound',
        ...(message.user.country === undefined ? {} : { country: message.user.country }),
        status: attempt.status,
        user: {
          ...(message.user.msisdn === undefined ? {} : { msisdn: masked(message.user.msisdn) }),
        },
        contentType: message.type.charAt(0).toUpperCase() + message.type.slice(1),
        content: '**MASKED**',
        createdAt: entry.createdAt,
        ...(message.clientMessageId === undefined ? {} : { clientMessageId: message.clientMessageId }),
        ...(entry.batchId === undefined ? {} : { batchId: entry.batchId }),
        step: attempt.step,
      })),
    };
  }

  /** Cancels one message if it is scheduled and not due yet; how many were cancelled (0 or 1). */
  cancel(umid: string, now: number): number {
    const entry = this.get(umid);
    if (entry === undefined || !cancellable(entry, now)) return 0;
    entry.cancelled = true;
    return 1;
  }

  /** Cancels the scheduled messages of a batch not due yet; how many were cancelled. */
  cancelBatch(batchId: string, now: number): number {
    let count = 0;
    for (const entry of this.#messages.values()) {
      if (entry.batchId?.toLowerCase() === batchId.toLowerCase() && cancellable(entry, now)) {
        entry.cancelled = true;
        count++;
      }
    }
    return count;
  }

  addInbound(inbound: LedgerInbound): void {
    this.#inbound.set(inbound.umid, inbound);
  }

  inbound(umid: string): LedgerInbound | undefined {
    return this.#inbound.get(umid.toLowerCase()) ?? this.#inbound.get(umid);
  }

  clear(): void {
    this.#messages.clear();
    this.#inbound.clear();
  }
}

function cancellable(entry: LedgerMessage, now: number): boolean {
  return !entry.cancelled && entry.scheduledAt !== undefined && entry.scheduledAt > now;
}
