// The webhook handler of the installed package's main entry, driven through nothing but the standard Request and
// Response: run as is by Node.js, Bun and Deno (test/package/runtimes.test.ts). Reads the bodies to post from
// webhooks.json ({ receipt, inbound }: JSON texts of the test corpus) and prints one line,
// `HANDLER_CHECKS [{ "check": …, "ok": …, "detail": … }, …]`.
import { createWebhookHandler } from '8x8-chatapps';

const { receipt, inbound } = JSON.parse(
  await (await import('node:fs/promises')).readFile('webhooks.json', 'utf8'),
);
const SECRET = 'Bearer runtime-check-secret';
const URL = 'https://hooks.acme.example/8x8/webhook';

function post(body, authorization = SECRET) {
  const headers = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  return new Request(URL, { method: 'POST', headers, body });
}

/** A body without a length (as a chunked request has it), counting how many chunks were pulled from it. */
function streamed(text) {
  const pieces = [text.slice(0, 9), text.slice(9)];
  const pulled = { count: 0 };
  const body = new ReadableStream(
    {
      pull(controller) {
        pulled.count++;
        const piece = pieces.shift();
        if (piece === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(piece));
      },
    },
    { highWaterMark: 0 },
  );
  const headers = { 'content-type': 'application/json', authorization: 'Bearer wrong' };
  return { request: new Request(URL, { method: 'POST', headers, body, duplex: 'half' }), pulled };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

const results = [];
async function check(name, body) {
  try {
    const detail = await body();
    results.push({ check: name, ok: detail === true, detail: detail === true ? undefined : detail });
  } catch (error) {
    results.push({ check: name, ok: false, detail: String(error?.stack ?? error) });
  }
}

await check('right Authorization: 200 only after the callback resolved', async () => {
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  const handled = [];
  const handler = createWebhookHandler({
    authorization: SECRET,
    onDeliveryReceipt: async (event) => {
      await gate;
      handled.push(`${event.kind} ${event.state}`);
    },
  });
  let settled = false;
  const answer = handler(post(receipt)).finally(() => {
    settled = true;
  });
  for (let index = 0; index < 5; index++) await turn();
  if (settled) return 'answered before the callback resolved';
  release();
  const response = await answer;
  return response.status === 200 && handled.join() === 'deliveryReceipt read'
    ? true
    : `status ${response.status}, handled ${handled.join()}`;
});

await check(
  'wrong or missing Authorization: 401, the callback never runs, a streamed body is not read',
  async () => {
    const handled = [];
    const handler = createWebhookHandler({
      authorization: SECRET,
      onEvent: (event) => handled.push(event.kind),
    });
    const statuses = [
      (await handler(post(receipt, 'Bearer wrong'))).status,
      (await handler(post(receipt, null))).status,
      (await handler(post(receipt, `${SECRET}x`))).status,
    ];
    const { request, pulled } = streamed(receipt);
    statuses.push((await handler(request)).status);
    return statuses.every((status) => status === 401) && handled.length === 0 && pulled.count === 0
      ? true
      : `statuses ${statuses}, handled ${handled}, chunks pulled ${pulled.count}`;
  },
);

await check('a body that is not an 8x8 webhook: 400 naming the problem', async () => {
  const handled = [];
  const handler = createWebhookHandler({
    authorization: SECRET,
    onEvent: (event) => handled.push(event.kind),
  });
  const notJson = await handler(post('{"namespace":"ChatApps",'));
  const noEnvelope = await handler(post('{"hello":"world"}'));
  const texts = [await notJson.text(), await noEnvelope.text()];
  return notJson.status === 400 &&
    noEnvelope.status === 400 &&
    /must be JSON/.test(texts[0]) &&
    /eventType/.test(texts[1]) &&
    handled.length === 0
    ? true
    : `statuses ${notJson.status} ${noEnvelope.status}: ${texts.join(' / ')}`;
});

await check("8x8's retries of one event: handled once, each delivery answered 2xx", async () => {
  const handled = [];
  const handler = createWebhookHandler({
    authorization: SECRET,
    onInbound: (event) => handled.push(`${event.kind} ${event.content.kind}`),
  });
  const statuses = [];
  for (let delivery = 0; delivery < 3; delivery++) statuses.push((await handler(post(inbound))).status);
  return statuses.every((status) => status >= 200 && status < 300) && handled.length === 1
    ? true
    : `statuses ${statuses}, handled ${handled.length} times`;
});

await check(
  'a callback that throws: non-2xx (8x8 delivers again), handled on the next delivery',
  async () => {
    let failures = 1;
    const handled = [];
    const handler = createWebhookHandler({
      authorization: SECRET,
      onDeliveryReceipt: (event) => {
        if (failures-- > 0) throw new Error('database down');
        handled.push(event.payload.umid);
      },
    });
    const first = (await handler(post(receipt))).status;
    const second = (await handler(post(receipt))).status;
    const third = (await handler(post(receipt))).status;
    return first >= 300 && second === 200 && third === 200 && handled.length === 1
      ? true
      : `statuses ${first} ${second} ${third}, handled ${handled.length} times`;
  },
);

console.log(`HANDLER_CHECKS ${JSON.stringify(results)}`);
