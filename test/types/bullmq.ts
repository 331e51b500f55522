// Type tests of the BullMQ entry: what enqueue, the worker and settlement accept, each with a case that must not
// compile (`@ts-expect-error` fails the run if the line compiles). Checked by `tsc` (7) and `tsc6`; nothing here runs.
import type { Queue } from 'bullmq';
import { Message } from '../../src/builder/index.js';
import {
  createMessageWorker,
  enqueueMessage,
  type MessageOutcome,
  type MessageWorkerOptions,
  reconcileUnknown,
  type Settlement,
  settleFromReceipt,
  settleUnknown,
} from '../../src/bullmq/index.js';
import type { Client } from '../../src/client/index.js';
import type { DeliveryReceiptEvent, InboundMessageEvent } from '../../src/webhooks/index.js';

declare const queue: Queue;
declare const client: Client;
declare const receipt: DeliveryReceiptEvent;
declare const inbound: InboundMessageEvent;
declare const options: MessageWorkerOptions;

// Enqueue takes builder chains that can build, and wire requests.
void enqueueMessage(queue, Message.to('+6591234567').sms().text('Hi'));
void enqueueMessage(queue, { user: { msisdn: '+6591234567' }, type: 'text', content: { text: 'Hi' } });
// @ts-expect-error a chain without content cannot be sent
void enqueueMessage(queue, Message.to('+6591234567').sms());

// Settlements: accepted needs the umid and state 8x8 gave; not accepted needs your reason.
const accepted: Settlement = { clientMessageId: 'a', accepted: true, umid: 'u', state: 'delivered' };
const refused: Settlement = { clientMessageId: 'a', accepted: false, reason: 'no receipt' };
void settleUnknown(queue, accepted);
void settleUnknown(queue, refused);
// @ts-expect-error an accepted message has a umid
void settleUnknown(queue, { clientMessageId: 'a', accepted: true, state: 'delivered' });

// A receipt from parseWebhook / createWebhookHandler settles; an inbound message is not a receipt.
void settleFromReceipt(queue, receipt);
// @ts-expect-error an inbound message has no status to settle with
void settleFromReceipt(queue, inbound);

// Look-ups go through the client's message-details call.
void reconcileUnknown(queue, client);
// @ts-expect-error a look-up needs getMessage
void reconcileUnknown(queue, { send: client.send });

// The worker needs a connection and a client.
void createMessageWorker('notifications', options);
// @ts-expect-error no client to send with
void createMessageWorker('notifications', { connection: options.connection });

// Outcomes are matched on `outcome`; only a sent one has a umid for sure.
declare const outcome: MessageOutcome;
if (outcome.outcome === 'sent') outcome.umid.toUpperCase();
// @ts-expect-error an unknown outcome may lack the umid
if (outcome.outcome === 'unknown') outcome.umid.toUpperCase();
