// Every HTTP transport (the default ky one and the Node one, TRANSPORTS) and the client against answers 8x8 never
// gives: redirects, error bodies without a JSON content type, bodies far larger than any answer, and URLs fetch will
// not request. Each case says what the caller gets and whether the message may have been accepted.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { ApiError, UnexpectedResponseError } from '../../src/errors/api-error.js';
import { NetworkError } from '../../src/errors/transport-errors.js';
import { Secret } from '../../src/transport/secret.js';
import { type ContractOptions, TRANSPORTS } from './transports.js';

const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hello' } } as const;
const UMID = '3a8f1c2e-5b7d-4e9f-a1c3-2d4e6f8a0b1c';
const ERROR_ID = 'b4478860-b76c-e811-814e-022a35cc1c71';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

interface TestServer {
  readonly url: string;
  /** Every request received: method, path and body. */
  readonly received: { method: string; path: string; body: string }[];
  answer(handler: Handler): void;
  close(): Promise<void>;
}

async function startServer(): Promise<TestServer> {
  const received: TestServer['received'] = [];
  let handler: Handler = (_request, _body, response) => response.end();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: request.method ?? '', path: request.url ?? '', body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const successBody = JSON.stringify({
  umid: UMID,
  clientMessageId: null,
  destination: '+6512345678',
  encoding: 'AUTO',
  status: { state: 'queued', detail: 'Message accepted', timestamp: '2026-12-01T10:00:00.00Z' },
});

let server: TestServer;
let elsewhere: TestServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startServer(), startServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close()]);
});
afterEach(() => {
  server.received.length = 0;
  elsewhere.received.length = 0;
});

describe.each(TRANSPORTS)('$name', ({ create }) => {
  const clientFor = (baseUrl: string, transportOptions: ContractOptions = { retry: false }) =>
    createClient({
      apiKey: 'hostile-test-key',
      subAccountId: 'acme',
      baseUrl,
      transport: create(transportOptions),
    });

  describe('redirects are not followed', () => {
    it.each([
      [301, false],
      [302, true],
      [303, true],
      [307, false],
      [308, false],
    ])(
      '%i ends in an UnexpectedResponseError (mayHaveBeenAccepted %s), and nothing is sent elsewhere',
      async (status, mayHaveBeenAccepted) => {
        elsewhere.answer((_request, _body, response) => {
          response.writeHead(200, { 'content-type': 'application/json' }).end(successBody);
        });
        server.answer((_request, _body, response) => {
          response.writeHead(status, {
            location: `http://user:secret@127.0.0.1:${new URL(elsewhere.url).port}/x`,
          });
          response.end();
        });
        const outcome = await clientFor(server.url).trySend(message);
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.error).toBeInstanceOf(UnexpectedResponseError);
        expect(outcome.error).toMatchObject({ status, mayHaveBeenAccepted });
        expect(outcome.error.message).toContain('redirect');
        expect(outcome.error.message).toContain(
          mayHaveBeenAccepted ? 'may have been accepted' : 'was not accepted',
        );
        expect(outcome.error.message).not.toContain('secret');
        expect(server.received).toHaveLength(1);
        expect(elsewhere.received).toHaveLength(0);
      },
    );
  });

  describe('error bodies', () => {
    it.each([
      ['no content type', {}],
      ['text/plain', { 'content-type': 'text/plain' }],
    ])('reads 8x8 code and errorId from a 400 with %s', async (_name, headers) => {
      for (const limit of [0, 3]) {
        server.answer((_request, _body, response) => {
          response.writeHead(400, headers);
          response.end(
            JSON.stringify({
              code: 1002,
              message: 'Invalid MSISDN',
              errorId: ERROR_ID,
              timestamp: '2026-12-01T10:00:00.00Z',
            }),
          );
        });
        const client = clientFor(server.url, { retry: { limit } });
        const error = await client.send(message).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({
          status: 400,
          code: 1002,
          errorId: ERROR_ID,
          mayHaveBeenAccepted: false,
        });
      }
    });

    it('reads 8x8 code and errorId from a 429 without a JSON content type once the retries run out', async () => {
      server.answer((_request, _body, response) => {
        response.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '0' });
        response.end(
          JSON.stringify({
            code: 1100,
            message: 'Too many',
            errorId: ERROR_ID,
            timestamp: '2026-12-01T10:00:00.00Z',
          }),
        );
      });
      const client = clientFor(server.url, { retry: { limit: 1, backoffMs: 1 } });
      const error = await client.send(message).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'ApiError', status: 429, code: 1100, errorId: ERROR_ID });
      expect(server.received).toHaveLength(2);
    });
  });

  describe('body size', () => {
    const MiB = 1_048_576;

    it('stops reading a success body beyond 1 MiB: UnexpectedResponseError, may have been accepted', async () => {
      let written = 0;
      server.answer((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `{"umid":"${'x'.repeat(64 * 1024)}`;
        // Writes up to 64 MiB while the client keeps reading; a client that stops closes the connection.
        const write = () => {
          while (written < 64 * MiB) {
            written += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', write);
              return;
            }
          }
          response.end('"}');
        };
        response.on('close', () => undefined);
        write();
      });
      const error = await clientFor(server.url)
        .send(message)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error).toMatchObject({ status: 200, mayHaveBeenAccepted: true });
      const { body, message: text } = error as UnexpectedResponseError;
      expect(typeof body === 'string' && body.length <= MiB).toBe(true);
      expect(text.length).toBeLessThan(1_000);
      expect(text).toContain('1 MiB');
      // Far less than the 64 MiB on offer was written: the connection closed (socket buffers allow some slack).
      expect(written).toBeLessThan(16 * MiB);
    });

    it('keeps 8x8 code and errorId of an 11 MiB error body, and a short message', async () => {
      server.answer((_request, _body, response) => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(
          `{"code":1004,"errorId":"${ERROR_ID}","timestamp":"2026-12-01T10:00:00.00Z","message":"${'y'.repeat(11 * MiB)}"}`,
        );
      });
      const error = await clientFor(server.url)
        .send(message)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 1004, errorId: ERROR_ID });
      expect((error as ApiError).message.length).toBeLessThan(500);
    });

    it('cuts a long error message from 8x8 in the error message, keeping it whole on body', async () => {
      const long = 'z'.repeat(100_000);
      server.answer((_request, _body, response) => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: 1004, message: long, errorId: ERROR_ID, timestamp: 'now' }));
      });
      const error = (await clientFor(server.url)
        .send(message)
        .catch((caught: unknown) => caught)) as ApiError;
      expect(error.code).toBe(1004);
      expect(error.message.length).toBeLessThan(500);
      expect(error.message).toContain('100,000 characters');
      expect((error.body as { message: string }).message).toBe(long);
    });

    it('cuts a huge unexpected success body in the message, keeping it whole on body', async () => {
      const long = 'w'.repeat(500_000);
      server.answer((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(long);
      });
      const error = (await clientFor(server.url)
        .send(message)
        .catch((caught: unknown) => caught)) as UnexpectedResponseError;
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error.message.length).toBeLessThan(1_000);
      expect(error.body).toBe(long);
    });
  });

  describe('URLs fetch will not request', () => {
    it('reports a port fetch blocks as not sent (mayHaveBeenAccepted false)', async () => {
      const outcome = await clientFor('http://127.0.0.1:9').trySend(message);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error).toBeInstanceOf(NetworkError);
      expect(outcome.error).toMatchObject({ reason: 'not-sent', mayHaveBeenAccepted: false });
    });

    it('reports credentials in a request URL as not sent, without the password in any message', async () => {
      const transport = create({ retry: false });
      const error = (await transport
        .send({
          method: 'POST',
          url: `http://user:hunter2@127.0.0.1:${new URL(server.url).port}/x`,
          headers: {},
          authorization: new Secret('Bearer key'),
          body: '{}',
        })
        .catch((caught: unknown) => caught)) as NetworkError;
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ reason: 'not-sent', mayHaveBeenAccepted: false });
      const seen = JSON.stringify([
        error.message,
        String(error.cause),
        (error.cause as Error | undefined)?.message,
      ]);
      expect(seen).not.toContain('hunter2');
      expect(server.received).toHaveLength(0);
    });
  });
});
