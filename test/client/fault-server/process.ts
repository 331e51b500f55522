// A hostile stand-in for 8x8's send endpoint, in a process of its own (so the client under test shares no event
// loop, no module state and no timers with it): it answers each request with a fault drawn from FAULTS by a seeded
// random generator, and logs what it did. Options come as JSON in argv[2]; it prints `{ "url": … }` as one line once
// listening, answers the IPC request `report` with its log, and exits when the parent goes away.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS } from '../../../src/limits.js';
import { seededRandom } from '../../../src/sandbox/seeded-random.js';
import { FAULTS, type Fault, type FaultLogEntry, type FaultReport } from './faults.js';

interface FaultServerOptions {
  readonly seed: number;
  /** Share of requests answered with a fault instead of a plain success. */
  readonly faultRate: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as FaultServerOptions;

const random = seededRandom(options.seed);
const FAULT_KINDS = Object.keys(FAULTS).filter((kind) => kind !== 'ok') as Fault[];
const pick = (): Fault =>
  random() < options.faultRate ? (FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] ?? 'ok') : 'ok';

const log: FaultLogEntry[] = [];
let followedRedirects = 0;
const ERROR_ID = 'b4478860-b76c-e811-814e-022a35cc1c71';
/** Just over the client's read cap. */
const OVERSIZED_PADDING = 'p'.repeat(LIMITS.guards.answerBodyMaxBytes + 65_536);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The message's clientMessageId and recipient, as far as the body says. */
function read(body: string): { id: string | undefined; user: unknown } {
  try {
    const { clientMessageId, user } = JSON.parse(body) as { clientMessageId?: unknown; user?: unknown };
    return { id: typeof clientMessageId === 'string' ? clientMessageId : undefined, user };
  } catch {
    return { id: undefined, user: undefined };
  }
}

function successBody(id: string | undefined, user: unknown, umid: string, padding?: string): string {
  return JSON.stringify({
    umid,
    user,
    clientMessageId: id,
    status: { state: 'queued', timestamp: new Date().toISOString() },
    ...(padding === undefined ? {} : { padding }),
  });
}

function json(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

function errorBody(code: number, message: string): string {
  return JSON.stringify({ code, message, errorId: ERROR_ID, timestamp: new Date().toISOString() });
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = `http://${request.headers.host}`;
  if (request.url?.startsWith('/elsewhere')) {
    // Only a client that follows a redirect comes here: count it, and make the follow look like a success.
    followedRedirects++;
    await readBody(request);
    json(response, 200, successBody(undefined, { msisdn: '+6500000000' }, randomUUID()));
    return;
  }
  const fault = pick();
  if (fault === 'reset-before-read') {
    // The body is never read: the message cannot have been recorded.
    log.push({ id: undefined, fault, umid: undefined });
    request.socket.destroy();
    return;
  }
  const body = await readBody(request);
  const { id, user } = read(body);
  const umid = FAULTS[fault].recorded ? randomUUID() : undefined;
  log.push({ id, fault, umid });
  switch (fault) {
    case 'ok':
      return json(response, 200, successBody(id, user, umid ?? ''));
    case 'rate-limit':
      return json(response, 429, errorBody(1100, 'Too many requests'), { 'retry-after': '0' });
    case 'rate-limit-long':
      return json(response, 429, errorBody(1100, 'Too many requests'), { 'retry-after': '3600' });
    case 'unavailable':
      return json(response, 503, errorBody(1300, 'Service unavailable'));
    case 'server-error':
    case 'server-error-after-accept':
      return json(response, 500, errorBody(1300, 'Internal error'));
    case 'bad-request-as-text':
      // 8x8's error JSON under a content type that does not say so: the code must survive.
      response.writeHead(400, { 'content-type': 'text/plain' });
      response.end(errorBody(1002, 'Invalid MSISDN format'));
      return;
    case 'redirect-301':
    case 'redirect-302':
    case 'redirect-303':
    case 'redirect-307':
    case 'redirect-308':
      response.writeHead(FAULTS[fault].status ?? 302, { location: `${url}/elsewhere/${id ?? ''}` });
      response.end();
      return;
    case 'reset-after-record':
      request.socket.destroy();
      return;
    case 'truncated': {
      const full = successBody(id, user, umid ?? '');
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
      response.write(full.slice(0, full.length >> 1), () => request.socket.destroy());
      return;
    }
    case 'oversized':
      return json(response, 200, successBody(id, user, umid ?? '', OVERSIZED_PADDING));
    case 'malformed':
      return json(response, 200, successBody(id, user, umid ?? '').slice(0, -2));
  }
}

const server = createServer((request, response) => {
  answer(request, response).catch(() => request.socket.destroy());
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});

process.on('message', (message: { type?: string }) => {
  if (message.type === 'report') {
    const report: FaultReport = { log, followedRedirects };
    process.send?.({ type: 'report', report });
  }
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
