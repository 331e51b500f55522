// The whole stack as a user runs it: createClient → a real HTTP transport (the default ky one, and the Node one of
// 8x8-chatapps/node: the same tests for each) → HTTP on 127.0.0.1 → the sandbox.
// Success, every error class with what it carries, what is retried (and counted), abort, and the API key kept out
// of every error, its JSON, util.inspect and every retry log line.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { match, P } from 'ts-pattern';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ClientOptions, createClient } from '../../src/client/client.js';
import type { SendError, SendOutcome } from '../../src/client/outcome.js';
import { ApiError, UnexpectedResponseError } from '../../src/errors/api-error.js';
import { AbortError, NetworkError, TimeoutError } from '../../src/errors/transport-errors.js';
import { SANDBOX_INVALID_MSISDN_PREFIX } from '../../src/sandbox/engine.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import type { RetryEvent } from '../../src/transport/retry-policy.js';
import { type ContractOptions, TRANSPORTS, unusedPort } from '../transport/transports.js';

const API_KEY = 'sk-integration-DO-NOT-LEAK-7f3a9c';
const text = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hello' } } as const;

let sandbox: Sandbox;
/** Every error any test saw, checked at the end for the API key. */
const seenErrors: unknown[] = [];
/** Every retry event any test saw: the closest thing to a log line the library produces. */
const seenRetries: RetryEvent[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ apiKey: API_KEY, subAccountId: 'acme_integration' });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.reset());

async function failure<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (caught: unknown) => caught,
  );
  seenErrors.push(error);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(TRANSPORTS)('$name', ({ create }) => {
  /** A client over the transport under test with near-zero backoff, recording its retries. */
  function clientFor(
    transportOptions: ContractOptions = {},
    options: Partial<ClientOptions> = {},
  ): { client: ReturnType<typeof createClient>; retries: RetryEvent[] } {
    const retries: RetryEvent[] = [];
    const transport = create({
      retry: { backoffMs: 1, maxBackoffMs: 2 },
      ...transportOptions,
      onRetry: (event) => {
        retries.push(event);
        seenRetries.push(event);
      },
    });
    return { client: createClient({ ...sandbox.clientOptions(), ...options, transport }), retries };
  }

  describe('success', () => {
    it('sends once and returns the answer checked against its schema', async () => {
      const { client, retries } = clientFor();
      const response = await client.send({ ...text, clientMessageId: 'order-1' });
      expect(response).toMatchObject({
        user: { msisdn: '+6512345678' },
        clientMessageId: 'order-1',
        status: { state: 'queued' },
      });
      expect(response.umid).toMatch(UUID);
      expect(sandbox.accepted.map((accepted) => accepted.umid)).toEqual([response.umid]);
      expect(sandbox.requests).toMatchObject([
        { method: 'POST', path: '/api/v1/subaccounts/acme_integration/messages' },
      ]);
      expect(retries).toHaveLength(0);
    });
  });

  describe('ApiError carries what 8x8 said', () => {
    it('400 1002 invalid MSISDN: status, code, message, errorId, timestamp; nothing accepted', async () => {
      const { client } = clientFor();
      const error = await failure(
        client.send({ ...text, user: { msisdn: `${SANDBOX_INVALID_MSISDN_PREFIX}1234567` } }),
        ApiError,
      );
      expect(error).toMatchObject({
        status: 400,
        code: 1002,
        codeName: 'invalidMsisdn',
        mayHaveBeenAccepted: false,
        isRateLimited: false,
      });
      expect(error.message).toMatch(/^8x8 API error 400 1002: Invalid MSISDN \+9991234567/);
      expect(error.errorId).toMatch(UUID);
      expect(error.timestamp).toMatch(ISO_TIMESTAMP);
      expect(sandbox.accepted).toHaveLength(0);
    });

    it('401 1200 not authenticated, with a wrong key; not retried', async () => {
      const { client, retries } = clientFor({}, { apiKey: 'wrong-key' });
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({
        status: 401,
        code: 1200,
        codeName: 'unauthorized',
        mayHaveBeenAccepted: false,
      });
      expect(error.errorId).toMatch(UUID);
      expect(retries).toHaveLength(0);
      expect(sandbox.requests).toHaveLength(1);
    });

    it('404 for a path the API does not serve', async () => {
      const { client } = clientFor({}, { baseUrl: `${sandbox.url}/not-the-api` });
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({ status: 404, code: 1300, codeName: 'notFound' });
    });

    it('another 4xx (403 1201) is passed on as it came, not retried', async () => {
      const { client, retries } = clientFor();
      sandbox.queueFaults({ kind: 'status', status: 403, code: 1201 });
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({
        status: 403,
        code: 1201,
        codeName: 'forbidden',
        mayHaveBeenAccepted: false,
      });
      expect(retries).toHaveLength(0);
    });

    it('500 2000 is never retried: 8x8 may have accepted the message before failing', async () => {
      const { client, retries } = clientFor();
      sandbox.queueFaults({ kind: 'server-error', afterAccept: true });
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({
        status: 500,
        code: 2000,
        codeName: 'internalError',
        mayHaveBeenAccepted: true,
      });
      expect(retries).toHaveLength(0);
      expect(sandbox.requests).toHaveLength(1);
      expect(sandbox.accepted).toHaveLength(1); // it was accepted: a retry would have sent it twice
    });
  });

  describe('UnexpectedResponseError', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      // A server that answers 200 with something that is not an 8x8 success body (a captive portal, a wrong proxy).
      server = createServer((request, response) => {
        request.resume();
        request.on('end', () => {
          const html = request.url?.includes('html') === true;
          response.writeHead(200, { 'content-type': html ? 'text/html' : 'application/json' });
          response.end(html ? '<html>Sign in to the Wi-Fi</html>' : '{"status":"ok"}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it.each([
      ['JSON without a umid', '', ['umid', 'user', 'status']],
      ['an HTML page', '/html', ['']],
    ])(
      'a 200 with %s names what is missing and says the message may have been accepted',
      async (_, path, paths) => {
        const { client } = clientFor({}, { baseUrl: `${url}${path}` });
        const error = await failure(client.send(text), UnexpectedResponseError);
        expect(error.status).toBe(200);
        expect(error.mayHaveBeenAccepted).toBe(true);
        expect(error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(paths));
      },
    );
  });

  describe('no answer: TimeoutError, NetworkError, AbortError', () => {
    it('TimeoutError when no answer comes within timeoutMs; never retried', async () => {
      const { client, retries } = clientFor({ timeoutMs: 50 });
      sandbox.queueFaults({ kind: 'delay', ms: 300 });
      const error = await failure(client.send(text), TimeoutError);
      expect(error).toMatchObject({ timeoutMs: 50, mayHaveBeenAccepted: true });
      expect(retries).toHaveLength(0);
      // The sandbox still answers the abandoned request; wait so it cannot overlap the next test.
      await vi.waitFor(() => expect(sandbox.requests[0]?.answer).toBe(200));
      expect(sandbox.requests).toHaveLength(1);
    });

    it('NetworkError connection-refused: nothing written, so retried up to the limit and safe to resend', async () => {
      const port = await unusedPort();
      const { client, retries } = clientFor(
        { retry: { limit: 2, backoffMs: 1, maxBackoffMs: 2 } },
        { baseUrl: `http://127.0.0.1:${port}` },
      );
      const error = await failure(client.send(text), NetworkError);
      expect(error).toMatchObject({
        reason: 'connection-refused',
        code: 'ECONNREFUSED',
        mayHaveBeenAccepted: false,
      });
      expect(retries.map((event) => event.reason)).toEqual(['connection-refused', 'connection-refused']);
    });

    it('NetworkError connection-reset when the connection drops: never retried, may have been accepted', async () => {
      const { client, retries } = clientFor();
      sandbox.queueFaults({ kind: 'drop' });
      const error = await failure(client.send(text), NetworkError);
      expect(error).toMatchObject({ reason: 'connection-reset', mayHaveBeenAccepted: true });
      expect(retries).toHaveLength(0);
      expect(sandbox.requests.map((request) => request.answer)).toEqual(['dropped']);
    });

    it('a connection dropped after 8x8 accepted: one message accepted, none sent twice', async () => {
      const { client } = clientFor();
      sandbox.queueFaults({ kind: 'drop', afterAccept: true });
      await failure(client.send(text), NetworkError);
      expect(sandbox.accepted).toHaveLength(1);
      expect(sandbox.requests).toHaveLength(1);
    });

    it('AbortError before sending: nothing sent', async () => {
      const { client } = clientFor();
      const controller = new AbortController();
      controller.abort(new Error('user left the page'));
      const error = await failure(client.send(text, { signal: controller.signal }), AbortError);
      expect(error.mayHaveBeenAccepted).toBe(false);
      expect(sandbox.requests).toHaveLength(0);
    });

    it('AbortError in flight: the message may have been accepted', async () => {
      const { client } = clientFor();
      const controller = new AbortController();
      sandbox.queueFaults({ kind: 'delay', ms: 100 });
      const sending = client.send(text, { signal: controller.signal });
      await vi.waitFor(() => expect(sandbox.requests).toHaveLength(1));
      controller.abort();
      const error = await failure(sending, AbortError);
      expect(error.mayHaveBeenAccepted).toBe(true);
      await vi.waitFor(() => expect(sandbox.requests[0]?.answer).toBe(200));
    });
  });

  describe('retries', () => {
    it('retries 429 with Retry-After, counts each retry, and delivers exactly once', async () => {
      const { client, retries } = clientFor();
      sandbox.queueFaults(
        { kind: 'rate-limit', retryAfterSeconds: 0 },
        { kind: 'rate-limit', retryAfterSeconds: 0 },
      );
      const response = await client.send({ ...text, clientMessageId: 'rate-limited' });
      expect(response.clientMessageId).toBe('rate-limited');
      expect(retries.map((event) => [event.retryCount, event.reason])).toEqual([
        [1, 'status 429'],
        [2, 'status 429'],
      ]);
      expect(sandbox.requests.map((request) => request.answer)).toEqual([429, 429, 200]);
      expect(sandbox.accepted).toHaveLength(1);
    });

    it('retries 503 (the service took nothing), with or without Retry-After', async () => {
      const { client, retries } = clientFor();
      sandbox.queueFaults({ kind: 'unavailable' }, { kind: 'unavailable', retryAfterSeconds: 0 });
      await client.send(text);
      expect(retries.map((event) => event.reason)).toEqual(['status 503', 'status 503']);
      expect(sandbox.accepted).toHaveLength(1);
    });

    it('after the limit, the last 429 is an ApiError with retryAfterMs', async () => {
      const { client, retries } = clientFor({ retry: { limit: 1, backoffMs: 1 } });
      sandbox.queueFaults(
        { kind: 'rate-limit', retryAfterSeconds: 0 },
        { kind: 'rate-limit', retryAfterSeconds: 0 },
      );
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({ status: 429, code: 1100, isRateLimited: true, retryAfterMs: 0 });
      expect(retries).toHaveLength(1);
      expect(sandbox.accepted).toHaveLength(0);
    });

    it('a Retry-After longer than maxRetryAfterMs is returned to the caller, not waited out or shortened', async () => {
      const { client, retries } = clientFor({ retry: { maxRetryAfterMs: 1_000 } });
      sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 60 });
      const error = await failure(client.send(text), ApiError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 60_000 });
      expect(retries).toHaveLength(0);
    });

    it('abort during a Retry-After wait: stops at once, AbortError says nothing was accepted', async () => {
      // Abort only once the client holds the 429: the sandbox records its answer before the client has read it, and
      // an abort while the answer is still on its way may honestly say the message may have been accepted.
      let answersReceived = 0;
      const { client } = clientFor({ onAnswer: () => answersReceived++ });
      const controller = new AbortController();
      sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 20 });
      const sending = client.send(text, { signal: controller.signal });
      await vi.waitFor(() => expect(answersReceived).toBe(1));
      controller.abort();
      const error = await failure(sending, AbortError);
      expect(error.mayHaveBeenAccepted).toBe(false);
      expect(sandbox.requests).toHaveLength(1);
      expect(sandbox.accepted).toHaveLength(0);
    });

    it('with retry: false, a 429 comes back at once', async () => {
      const { client, retries } = clientFor({ retry: false });
      sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 0 });
      await failure(client.send(text), ApiError);
      expect(retries).toHaveLength(0);
    });
  });

  describe('exhaustive matching over outcomes from the real transport', () => {
    /** Compiles only because every member of SendError is handled: adding an error class breaks this build. */
    const kind = (outcome: SendOutcome): string =>
      match(outcome)
        .with({ ok: true }, () => 'accepted')
        .with({ ok: false, error: { name: 'ValidationError' } }, () => 'invalid')
        .with({ ok: false, error: { name: 'ApiError', status: 429 } }, () => 'rate-limited')
        .with({ ok: false, error: { name: 'ApiError', status: P.number.gte(500) } }, () => 'server-error')
        .with({ ok: false, error: { name: 'ApiError' } }, ({ error }) => `refused ${error.code}`)
        .with({ ok: false, error: { name: 'UnexpectedResponseError' } }, () => 'unexpected')
        .with({ ok: false, error: { name: 'TimeoutError' } }, () => 'timeout')
        .with({ ok: false, error: { name: 'NetworkError' } }, ({ error }) => `network ${error.reason}`)
        .with({ ok: false, error: { name: 'AbortError' } }, () => 'aborted')
        .exhaustive();

    it('gives each outcome of trySend a name', async () => {
      const { client } = clientFor({ retry: false });
      sandbox.queueFaults({ kind: 'rate-limit' }, { kind: 'server-error' }, { kind: 'drop' });
      const outcomes = [
        await client.trySend(text),
        await client.trySend(text),
        await client.trySend(text),
        await client.trySend({ ...text, user: { msisdn: `${SANDBOX_INVALID_MSISDN_PREFIX}1234567` } }),
        await client.trySend({ ...text, user: { msisdn: 'not a number' } }),
        await client.trySend(text),
      ];
      for (const outcome of outcomes) if (!outcome.ok) seenErrors.push(outcome.error);
      expect(outcomes.map(kind)).toEqual([
        'rate-limited',
        'server-error',
        'network connection-reset',
        'refused 1002',
        'invalid',
        'accepted',
      ]);
    });

    it('rejects a match that forgets an error, at compile time', () => {
      const partial = (error: SendError) =>
        match(error)
          .with({ name: 'ApiError' }, { name: 'ValidationError' }, () => 'handled')
          // @ts-expect-error TimeoutError, NetworkError, AbortError and UnexpectedResponseError are not handled
          .exhaustive();
      expect(partial).toBeTypeOf('function');
    });
  });

  describe('the API key never leaks', () => {
    it('appears in no error, its JSON, util.inspect, stack or cause, nor in any retry event', () => {
      expect(seenErrors.length).toBeGreaterThanOrEqual(15);
      for (const error of seenErrors) {
        const views = [
          String(error),
          JSON.stringify(error),
          inspect(error, { showHidden: true, depth: null, getters: true }),
          (error as Error).stack ?? '',
          JSON.stringify((error as Error).cause ?? null),
        ];
        for (const view of views) expect(view).not.toContain(API_KEY);
      }
      expect(seenRetries.length).toBeGreaterThan(0);
      expect(JSON.stringify(seenRetries)).not.toContain(API_KEY);
      expect(inspect(seenRetries, { depth: null })).not.toContain(API_KEY);
    });

    it('appears in no view of the client, its options or the sandbox', () => {
      const { client } = clientFor();
      for (const subject of [client, sandbox]) {
        expect(JSON.stringify(subject) ?? '').not.toContain(API_KEY);
        expect(inspect(subject, { showHidden: true, depth: null, getters: true })).not.toContain(API_KEY);
      }
    });
  });
});
