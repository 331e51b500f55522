// The quickstart (`npm start`): builds a handful of real messages, sends them and prints each request and answer.
//
// Without credentials it starts the sandbox (a local stand-in for 8x8 on 127.0.0.1) in this process and sends there.
// With EIGHTX8_API_KEY and EIGHTX8_SUBACCOUNT_ID set (EIGHTX8_REGION optional), it sends to 8x8 for real; then
// EIGHTX8_TO must name the phone number to send to (E.164, e.g. +6512345678) and EIGHTX8_LINE_USER_ID, if set, the
// LINE user for the LINE message.
//
// In your own code, import from '8x8-chatapps' (and the sandbox from '8x8-chatapps/sandbox'). This file imports the
// sources (`../src/index.js`, `../src/sandbox/index.js`) because a package can import itself by name only once built
// (its `exports` point at dist/), and `npm start` runs the sources with tsx.
import { match, P } from 'ts-pattern';
import {
  Carousel,
  clientOptionsFromEnv,
  createClient,
  createKyTransport,
  Interactive,
  Message,
  type MessageSource,
  type SendOutcome,
  Suggestion,
  type Transport,
} from '../src/index.js';
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

async function main(): Promise<number> {
  const real = Boolean(process.env['EIGHTX8_API_KEY'] || process.env['EIGHTX8_SUBACCOUNT_ID']);
  let sandbox: Sandbox | undefined;
  try {
    if (!real) sandbox = await startSandbox();
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
    if (real) return 0;
    // In the sandbox every demo message must be accepted and the bad number refused with 1002: anything else is a bug.
    return accepted === messages.length && refusedAsExpected ? 0 : 1;
  } finally {
    await sandbox?.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
