// The quickstart (`npm start`): builds a handful of real messages, sends them and prints each request and answer;
// then, in the sandbox, shows the rest of a message's life: its receipts and a reply arriving at a webhook handler.
//
// Without credentials it starts the sandbox (a local stand-in for 8x8 on 127.0.0.1) in this process and sends there.
// With EIGHTX8_API_KEY and EIGHTX8_SUBACCOUNT_ID set (EIGHTX8_REGION optional), it sends to 8x8 for real; then
// EIGHTX8_TO must name the phone number to send to (E.164, e.g. +6512345678) and EIGHTX8_LINE_USER_ID, if set, the
// LINE user for the LINE message.
//
// In your own code, import from '8x8-chatapps' (and the sandbox from '8x8-chatapps/sandbox'). This file imports the
// sources (`../src/index.js`, `../src/sandbox/index.js`) because a package can import itself by name only once built
// (its `exports` point at dist/), and `npm start` runs the sources with tsx.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { match, P } from 'ts-pattern';
import {
  Carousel,
  clientOptionsFromEnv,
  createClient,
  createKyTransport,
  createWebhookHandler,
  Interactive,
  Message,
  type MessageSource,
  type SendOutcome,
  Suggestion,
  type Transport,
  type WebhookEvent,
} from '../src/index.js';
import { toNodeListener } from '../src/node/index.js';
import { SANDBOX_INVALID_MSISDN_PREFIX, type Sandbox, startSandbox } from '../src/sandbox/index.js';

/** Who the messages go to: demo recipients in the sandbox, your own with real credentials. */
interface Recipients {
  readonly msisdn: string;
  readonly lineUserId: string | undefined;
}

function demoMessages(to: Recipients): { readonly title: string; readonly message: MessageSource }[] {
  const services = Interactive.list('Which service would you like to book?', { button: 'Services' })
    .header('Book a service')
    .footer('Prices include tax')
    .section('Hair')
    .row('haircut', 'Haircut', '30 minutes, S$25')
    .row('colour', 'Colour', '90 minutes, S$80')
    .section('Nails')
    .row('manicure', 'Manicure', '45 minutes, S$30');

  const plans = Carousel.medium()
    .card((card) =>
      card
        .title('Basic plan')
        .description('10 GB data, unlimited calls')
        .media('https://www.example.com/plans/basic.png', { height: 'short' })
        .suggestion(Suggestion.reply('Choose Basic', 'plan_basic')),
    )
    .card((card) =>
      card
        .title('Plus plan')
        .description('50 GB data, unlimited calls')
        .media('https://www.example.com/plans/plus.png', { height: 'short' })
        .suggestion(Suggestion.reply('Choose Plus', 'plan_plus')),
    );

  const messages: { title: string; message: MessageSource }[] = [
    {
      title: 'WhatsApp template with a header image and two quick replies',
      message: Message.to(to.msisdn)
        .whatsapp()
        .template('winter_collection_launch', 'en_US')
        .header({ image: 'https://cdn.example.com/campaigns/winter.jpg' })
        .body('Sam', 'WINTER25')
        .quickReply(0, 'show-collection')
        .quickReply(1, 'unsubscribe')
        .clientMessageId('quickstart-template'),
    },
    {
      title: 'WhatsApp interactive list',
      message: Message.to(to.msisdn).whatsapp().interactive(services).clientMessageId('quickstart-list'),
    },
    {
      title: 'RCS carousel, SMS after 5 minutes if RCS did not deliver',
      message: Message.to(to.msisdn)
        .rcs({ fallbackAfter: 300, successStatus: 'Delivered' })
        .sms()
        .carousel(plans)
        .fallbackText('Our plans: Basic 10 GB, Plus 50 GB. Compare them at https://www.example.com/plans')
        .clientMessageId('quickstart-carousel'),
    },
    {
      title: 'Text on WhatsApp, SMS after 15 minutes if not delivered',
      message: Message.to(to.msisdn)
        .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
        .sms()
        .text('Hi Alice, your order A-1234 has shipped and arrives tomorrow.')
        .clientMessageId('quickstart-text'),
    },
  ];
  if (to.lineUserId !== undefined) {
    messages.push({
      title: 'LINE image with a thumbnail',
      message: Message.toLineUser(to.lineUserId)
        .line()
        .image('https://www.example.com/images/coupon.jpg', {
          thumbnail: 'https://www.example.com/images/coupon-small.jpg',
        })
        .clientMessageId('quickstart-line'),
    });
  }
  return messages;
}

/** Prints every request and answer on the wire. The Authorization header is a Secret: it prints as [redacted]. */
function printingTransport(inner: Transport): Transport {
  return {
    async send(request) {
      console.log(`  → ${request.method} ${new URL(request.url).pathname}`);
      console.log(`    authorization: ${request.authorization}`);
      if (request.body !== '') console.log(indent(compactJson(JSON.parse(request.body)), '    '));
      const response = await inner.send(request);
      console.log(`  ← HTTP ${response.status}`);
      console.log(indent(response.body === undefined ? '(no body)' : compactJson(response.body), '    '));
      return response;
    },
  };
}

/** JSON with two-space indents, keeping any object or array that fits on one line on one line. */
function compactJson(value: unknown, depth = 0, width = 100): string {
  const flat = JSON.stringify(value);
  if (typeof value !== 'object' || value === null || flat.length + depth * 2 <= width - 4) return flat;
  const pad = '  '.repeat(depth + 1);
  const items = Array.isArray(value)
    ? value.map((item) => pad + compactJson(item, depth + 1, width))
    : Object.entries(value).map(
        ([key, item]) => `${pad}${JSON.stringify(key)}: ${compactJson(item, depth + 1, width)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${'  '.repeat(depth)}${close}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/** One line saying how a send ended, matched exhaustively over every outcome the client can produce. */
function describe(outcome: SendOutcome): string {
  return match(outcome)
    .with({ ok: true }, ({ response }) => `✓ accepted: umid ${response.umid}, ${response.status.state}`)
    .with(
      { ok: false, error: { name: 'ApiError', code: P.number } },
      ({ error }) =>
        `✗ ${error.name} (${error.codeName ?? 'undocumented code'}): ${error.message}, errorId ${error.errorId ?? '-'}`,
    )
    .with(
      { ok: false, error: { name: 'ApiError' } },
      ({ error }) => `✗ HTTP ${error.status} without an 8x8 error body`,
    )
    .with({ ok: false, error: { name: 'ValidationError' } }, ({ error }) => `✗ not sent: ${error.message}`)
    .with(
      {
        ok: false,
        error: { name: P.union('TimeoutError', 'NetworkError', 'AbortError', 'UnexpectedResponseError') },
      },
      ({ error }) =>
        `✗ ${error.name}: ${error.message}${error.mayHaveBeenAccepted ? ' (it may have been accepted)' : ''}`,
    )
    .exhaustive();
}

function realRecipients(): Recipients {
  const msisdn = process.env['EIGHTX8_TO']?.trim();
  if (!msisdn) {
    throw new Error(
      'EIGHTX8_TO is not set: with real credentials the quickstart sends real messages, so name the phone ' +
        'number to send them to (E.164, e.g. EIGHTX8_TO=+6512345678).',
    );
  }
  return { msisdn, lineUserId: process.env['EIGHTX8_LINE_USER_ID']?.trim() || undefined };
}

/** The webhook the sandbox answers to: a handler on 127.0.0.1 that prints the events of the loop's message. */
async function startWebhook(events: WebhookEvent[]): Promise<{ server: Server; url: string }> {
  const handler = createWebhookHandler({
    authorization: WEBHOOK_AUTHORIZATION,
    onEvent: (event) => void events.push(event),
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/8x8/webhook` };
}

const WEBHOOK_AUTHORIZATION = 'Bearer quickstart-webhook-secret';
const LOOP_ID = 'quickstart-loop';

function describeEvent(event: WebhookEvent): string {
  return match(event)
    .with(
      { kind: 'deliveryReceipt' },
      (e) =>
        `receipt ${e.payload.channel} ${e.state}${e.payload.status.detail ? ` (${e.payload.status.detail})` : ''}`,
    )
    .with(
      { kind: 'inbound' },
      (e) =>
        `inbound ${e.content.kind}${e.content.kind === 'buttonReply' ? ` "${e.content.title}"` : ''} from ${e.payload.user.msisdn}`,
    )
    .with({ kind: 'externalAppMessage' }, () => 'WhatsApp Business App message')
    .with({ kind: 'other' }, (e) => `other event ${e.eventType}`)
    .exhaustive();
}

async function main(): Promise<number> {
  const real = Boolean(process.env['EIGHTX8_API_KEY'] || process.env['EIGHTX8_SUBACCOUNT_ID']);
  let sandbox: Sandbox | undefined;
  let webhook: { server: Server; url: string } | undefined;
  const events: WebhookEvent[] = [];
  try {
    if (!real) {
      webhook = await startWebhook(events);
      sandbox = await startSandbox({
        webhook: {
          url: webhook.url,
          authorization: WEBHOOK_AUTHORIZATION,
          // The loop's message is not delivered on WhatsApp, so it falls back to SMS.
          outcome: ({ channel, message }) =>
            message.clientMessageId === LOOP_ID && channel === 'WhatsApp' ? 'undelivered' : 'read',
        },
      });
    }
    // clientOptionsFromEnv names any variable that is missing; the sandbox hands out its own options.
    const options = sandbox === undefined ? clientOptionsFromEnv() : sandbox.clientOptions();
    const to = real
      ? realRecipients()
      : { msisdn: '+6591234567', lineUserId: 'Ua12b345678c1de0fg1a1234567891011' };
    const client = createClient({ ...options, transport: printingTransport(createKyTransport()) });
    console.log(
      real
        ? `Sending to 8x8 for real: ${client.baseUrl}, sub-account ${client.subAccountId}\n`
        : `Sending to the sandbox at ${client.baseUrl} (set EIGHTX8_API_KEY and EIGHTX8_SUBACCOUNT_ID for 8x8)\n`,
    );

    let accepted = 0;
    const messages = demoMessages(to);
    for (const [number, { title, message }] of messages.entries()) {
      console.log(`${number + 1}. ${title}`);
      const outcome = await client.trySend(message);
      if (outcome.ok) accepted++;
      console.log(`  ${describe(outcome)}\n`);
    }

    // A number the API refuses. It is well-formed, so it passes the local checks and 8x8 answers 1002.
    console.log(`${messages.length + 1}. A number 8x8 cannot route (answered with error 1002)`);
    const refused = await client.trySend(
      Message.to(`${SANDBOX_INVALID_MSISDN_PREFIX}12345678`).sms().text('This one is refused'),
    );
    console.log(`  ${describe(refused)}\n`);

    const refusedAsExpected = !refused.ok && refused.error.name === 'ApiError' && refused.error.code === 1002;
    console.log(
      `${accepted} of ${messages.length} messages accepted; the unroutable number was ` +
        `${refusedAsExpected ? 'refused with ApiError 1002, as expected' : 'NOT refused with 1002'}.`,
    );
    if (real || sandbox === undefined) return 0;

    // The rest of a message's life: its receipts arrive at your webhook, the user answers, you mark it read.
    console.log(
      `\n${messages.length + 2}. The loop: receipts and a reply at a webhook handler on ${webhook?.url}`,
    );
    const loop = await client.send(
      Message.to(to.msisdn)
        .whatsapp({ fallbackAfter: 30 })
        .sms()
        .text('Your order A-1234 has shipped. Reply to confirm the delivery slot.')
        .clientMessageId(LOOP_ID),
    );
    await sandbox.settled();
    const reply = await sandbox.reply(loop.umid, { kind: 'buttonReply', id: 'slot-am', title: 'Morning' });
    const ofLoop = events.filter(
      (event) => event.payload['umid'] === loop.umid || event.payload['umid'] === reply.umid,
    );
    for (const event of ofLoop) console.log(`  ← webhook: ${describeEvent(event)}`);
    await client.markAsRead(reply.umid);
    const details = await client.getMessage(loop.umid);
    console.log(
      `  details: ${details.data.map((a) => `${a.step}. ${a.channel} ${a.status.state}`).join(', ')}`,
    );
    const others = events.filter((event) => event.kind === 'deliveryReceipt').length - (ofLoop.length - 1);
    console.log(`  (${others} receipts of the other messages arrived at the handler too)`);
    const loopClosed =
      ofLoop.some((e) => e.kind === 'deliveryReceipt' && e.state === 'undelivered') &&
      ofLoop.some(
        (e) => e.kind === 'deliveryReceipt' && e.payload['channel'] === 'sms' && e.state === 'delivered',
      ) &&
      ofLoop.some((e) => e.kind === 'inbound' && e.content.kind === 'buttonReply');
    // In the sandbox every demo message must be accepted, the bad number refused with 1002, and the loop closed.
    return accepted === messages.length && refusedAsExpected && loopClosed ? 0 : 1;
  } finally {
    await sandbox?.close();
    await new Promise<void>((resolve) => (webhook ? webhook.server.close(() => resolve()) : resolve()));
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
