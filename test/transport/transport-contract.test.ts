// Every HTTP transport (the default ky one and the Node one) through a real HTTP server on loopback: what it retries,
// what it never retries, and the error each failure becomes. One contract, the same tests for each (TRANSPORTS).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/errors/api-error.js';
import { AbortError, NetworkError, TimeoutError } from '../../src/errors/transport-errors.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { createKyTransport, type KyTransportOptions } from '../../src/transport/ky-transport.js';
import { retryLimitOf } from '../../src/transport/retry-mark.js';
import type { RetryEvent } from '../../src/transport/retry-policy.js';
import { Secret } from '../../src/transport/secret.js';
import type { TransportRequest } from '../../src/transport/transport.js';
import { type ContractOptions, TRANSPORTS, unusedPort } from './transports.js';

const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hello' } };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ apiKey: 'transport-test-key', subAccountId: 'acme' });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.reset());

function request(overrides: Partial<TransportRequest> = {}): TransportRequest {
  return {
    method: 'POST',
    url: `${sandbox.url}/api/v1/subaccounts/acme/messages`,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    authorization: new Secret('Bearer transport-test-key'),
    body: JSON.stringify(message),
    ...overrides,
  };
}

interface Echo {
  readonly url: string;
  /** Every request received: method, headers and body. */
  readonly seen: { method: string; headers: Record<string, string | string[] | undefined>; body: string }[];
  close(): Promise<void>;
}

/** A server that records each request and answers with `answer` (200 and `{}` by default). */
async function startEcho(
  answer: (outgoing: import('node:http').ServerResponse) => void = (outgoing) =>
    outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
): Promise<Echo> {
  const seen: Echo['seen'] = [];
  const echo = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      seen.push({
        method: incoming.method ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answer(outgoing);
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const { port } = echo.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/subaccounts/acme/messages`,
    seen,
    close: async () => {
      echo.closeAllConnections();
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    },
  };
}

describe.each(TRANSPORTS)('$name', ({ create }) => {
  /** A transport with near-zero backoff, recording why it retried. */
  function transportWithLog(options: ContractOptions = {}) {
    const retries: RetryEvent[] = [];
    const transport = create({
      retry: { backoffMs: 1, maxBackoffMs: 2 },
      onRetry: (event) => retries.push(event),
      ...options,
    });
    return { transport, retries };
  }

  it('sends the bearer key and JSON body, and returns status, headers and parsed body', async () => {
    const { transport } = transportWithLog();
    const response = await transport.send(request());
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body).toMatchObject({ user: { msisdn: '+6512345678' }, status: { state: 'queued' } });
    expect(sandbox.accepted).toHaveLength(1);
  });

  it('resolves with error answers instead of throwing, so the client can read 8x8 codes', async () => {
    const { transport } = transportWithLog();
    const response = await transport.send(request({ authorization: new Secret('Bearer wrong') }));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 1200 });
  });

  it('retries 429 and 503, then delivers exactly once', async () => {
    const { transport, retries } = transportWithLog();
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 0 }, { kind: 'unavailable' });
    const response = await transport.send(request());
    expect(response.status).toBe(200);
    expect(retries.map((event) => event.reason)).toEqual(['status 429', 'status 503']);
    expect(sandbox.requests.map((r) => r.answer)).toEqual([429, 503, 200]);
    expect(sandbox.accepted).toHaveLength(1);
  });

  it('waits at least as long as Retry-After asks', async () => {
    const { transport } = transportWithLog();
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    await transport.send(request());
    const [refused, retried] = sandbox.requests;
    // A lower bound the transport must guarantee, not a speed measurement (timers may fire ~1 ms early).
    expect(retried!.receivedAt - refused!.receivedAt).toBeGreaterThanOrEqual(990);
  });

  it('does not cut a Retry-After longer than the cap short: it returns the 429', async () => {
    const { transport, retries } = transportWithLog({ retry: { maxRetryAfterMs: 5_000, backoffMs: 1 } });
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const response = await transport.send(request());
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('120');
    expect(retries).toHaveLength(0);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('returns a 429 whose Retry-After no timer keeps (30 days), even when the cap allows any wait', async () => {
    const { transport, retries } = transportWithLog({
      retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY, backoffMs: 1 },
    });
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 2_592_000 });
    const response = await transport.send(request());
    expect(response.status).toBe(429);
    expect(retries).toHaveLength(0);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('gives up after the retry limit and returns the last answer', async () => {
    const { transport, retries } = transportWithLog({ retry: { limit: 2, backoffMs: 1 } });
    sandbox.queueFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'rate-limit' as const, retryAfterSeconds: 0 })),
    );
    const response = await transport.send(request());
    expect(response.status).toBe(429);
    expect(retries).toHaveLength(2);
    expect(sandbox.accepted).toHaveLength(0);
  });

  it.each([500, 502, 504])('never retries %i: 8x8 may have accepted the message', async (status) => {
    const { transport, retries } = transportWithLog();
    sandbox.queueFaults({ kind: 'status', status });
    const response = await transport.send(request());
    expect(response.status).toBe(status);
    expect(retries).toHaveLength(0);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('never retries a timeout, and reports it as TimeoutError', async () => {
    const { transport, retries } = transportWithLog({ timeoutMs: 50 });
    sandbox.queueFaults({ kind: 'delay', ms: 400 });
    const error = await transport.send(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, mayHaveBeenAccepted: true });
    expect(retries).toHaveLength(0);
    // The sandbox still answers the abandoned request; wait for it, so it cannot land in the next test.
    await vi.waitFor(() => expect(sandbox.requests[0]?.answer).toBe(200));
    expect(sandbox.requests).toHaveLength(1);
  });

  it('times out a body that stalls after the headers, and closes that connection', async () => {
    let closed = false;
    const stalling = createServer((incoming, outgoing) => {
      incoming.resume();
      outgoing.writeHead(200, { 'content-type': 'application/json' });
      outgoing.write('{"umid":');
      outgoing.on('close', () => {
        closed = true;
      });
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    const { port } = stalling.address() as AddressInfo;
    try {
      const { transport, retries } = transportWithLog({ timeoutMs: 100 });
      const error = await transport
        .send(request({ url: `http://127.0.0.1:${port}/api/v1/subaccounts/acme/messages` }))
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ timeoutMs: 100, mayHaveBeenAccepted: true });
      expect(retries).toHaveLength(0);
      await vi.waitFor(() => expect(closed).toBe(true));
    } finally {
      stalling.closeAllConnections();
      await new Promise<void>((resolve) => stalling.close(() => resolve()));
    }
  });

  it('times out an answer whose headers and body each come within timeoutMs, but not the whole answer', async () => {
    // Headers at 60% of the limit, the rest of the body at 150%: one attempt's limit covers both, not each.
    const echo = await startEcho((outgoing) => {
      setTimeout(() => {
        outgoing.writeHead(200, { 'content-type': 'application/json' });
        outgoing.write('{"umid":');
        setTimeout(() => outgoing.end('"late"}'), 270);
      }, 180);
    });
    try {
      const { transport, retries } = transportWithLog({ timeoutMs: 300 });
      const error = await transport.send(request({ url: echo.url })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ timeoutMs: 300, mayHaveBeenAccepted: true });
      expect(retries).toHaveLength(0);
    } finally {
      await echo.close();
    }
  });

  it('refuses a time limit no timer can keep when it is made, not on each request', () => {
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31]) {
      expect(() => create({ timeoutMs })).toThrow(RangeError);
    }
    expect(() => create({ timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });

  it('never retries a connection dropped after the request was sent', async () => {
    const { transport, retries } = transportWithLog();
    sandbox.queueFaults({ kind: 'drop', afterAccept: true });
    const error = await transport.send(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'connection-reset', mayHaveBeenAccepted: true });
    expect(retries).toHaveLength(0);
    expect(sandbox.accepted).toHaveLength(1);
  });

  it('retries a refused connection (nothing was written) up to the limit', async () => {
    const port = await unusedPort();
    const { transport, retries } = transportWithLog({ retry: { limit: 2, backoffMs: 1 } });
    const error = await transport
      .send(request({ url: `http://127.0.0.1:${port}/api/v1/subaccounts/acme/messages` }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({
      reason: 'connection-refused',
      code: 'ECONNREFUSED',
      mayHaveBeenAccepted: false,
    });
    expect(retries.map((event) => event.reason)).toEqual(['connection-refused', 'connection-refused']);
  });

  it('reports an abort before sending as AbortError with nothing sent', async () => {
    const { transport } = transportWithLog();
    const controller = new AbortController();
    controller.abort();
    const error = await transport
      .send(request({ signal: controller.signal }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ mayHaveBeenAccepted: false });
    expect(sandbox.requests).toHaveLength(0);
  });

  it('reports an abort in flight as AbortError that may have been accepted', async () => {
    const { transport } = transportWithLog();
    const controller = new AbortController();
    sandbox.queueFaults({ kind: 'delay', ms: 100 });
    const sending = transport.send(request({ signal: controller.signal })).catch((caught: unknown) => caught);
    await vi.waitFor(() => expect(sandbox.requests).toHaveLength(1));
    controller.abort();
    const error = await sending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ mayHaveBeenAccepted: true });
    // Let the sandbox finish the abandoned request, so it cannot meet the next test's faults.
    await vi.waitFor(() => expect(sandbox.requests[0]?.answer).toBe(200));
  });

  it('stops waiting for a retry when aborted, and says nothing was accepted', async () => {
    const controller = new AbortController();
    // Abort once the transport holds the 429 and waits out Retry-After, not while the answer is on its way.
    let answers = 0;
    const { transport } = transportWithLog({ onAnswer: () => answers++ });
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 20 });
    const sending = transport.send(request({ signal: controller.signal })).catch((caught: unknown) => caught);
    await vi.waitFor(() => expect(answers).toBe(1));
    controller.abort();
    const error = await sending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ mayHaveBeenAccepted: false });
    expect(sandbox.requests.map((r) => r.answer)).toEqual([429]);
  });

  it('after an opted-in retry of a 500, an abort says the message may have been accepted', async () => {
    // Abort while the transport waits out its backoff, known by the event itself: the wait's timer being set. The
    // jitter is pinned (3/4 of 60 s) so that timer is never short enough to fire and is told apart from any other
    // (a time limit is at most the 30 s default).
    const backoffMs = 45_000;
    vi.spyOn(Math, 'random').mockReturnValue(0.75);
    const realSetTimeout = globalThis.setTimeout;
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    const waiting = new Promise<unknown>((resolve) => {
      vi.spyOn(globalThis, 'setTimeout').mockImplementation(((...args: Parameters<typeof setTimeout>) => {
        const timer = realSetTimeout(...args);
        if (args[1] === backoffMs) resolve(timer);
        return timer;
      }) as typeof setTimeout);
    });
    try {
      const controller = new AbortController();
      const { transport, retries } = transportWithLog({
        retry: { statuses: [500], backoffMs: 60_000, maxBackoffMs: 60_000 },
      });
      sandbox.queueFaults({ kind: 'server-error', afterAccept: true });
      const sending = transport
        .send(request({ signal: controller.signal }))
        .catch((caught: unknown) => caught);
      const backoff = await waiting;
      expect(sandbox.requests.map((r) => r.answer)).toEqual([500]);
      controller.abort();
      const error = await sending;
      expect(error).toBeInstanceOf(AbortError);
      expect(error).toMatchObject({ mayHaveBeenAccepted: true });
      expect(clearTimer).toHaveBeenCalledWith(backoff); // the abort ended the backoff, not an attempt
      expect(retries).toHaveLength(0);
      expect(sandbox.accepted).toHaveLength(1);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('never puts the key in an error, even when the failure carries the request', async () => {
    const port = await unusedPort();
    const { transport } = transportWithLog({ retry: false });
    const error = (await transport
      .send(request({ url: `http://127.0.0.1:${port}/x`, authorization: new Secret('Bearer leak-me-not') }))
      .catch((caught: unknown) => caught)) as Error;
    const { inspect } = await import('node:util');
    expect(inspect(error, { showHidden: true, depth: null })).not.toContain('leak-me-not');
    expect(JSON.stringify(error)).not.toContain('leak-me-not');
    expect(String(error.stack)).not.toContain('leak-me-not');
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('puts the same request on the wire: method, the bearer key, the headers, the exact body and its length', async () => {
    const echo = await startEcho();
    try {
      const { transport } = transportWithLog();
      const body = JSON.stringify({ ...message, content: { text: 'Grüße, 你好 👋' } });
      await transport.send(request({ url: echo.url, body }));
      await transport.send(
        request({
          url: `${echo.url}/umid-1`,
          method: 'GET',
          headers: { accept: 'application/json' },
          body: '',
        }),
      );
      await transport.send(request({ url: echo.url, method: 'DELETE', headers: {}, body: '' }));
      const [post, get, del] = echo.seen;
      expect(post).toMatchObject({
        method: 'POST',
        body,
        headers: {
          authorization: 'Bearer transport-test-key',
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'node',
          'accept-encoding': 'gzip, deflate',
        },
      });
      expect(get).toMatchObject({ method: 'GET', body: '', headers: { accept: 'application/json' } });
      expect(get?.headers['content-length']).toBeUndefined();
      expect(get?.headers['transfer-encoding']).toBeUndefined();
      expect(del).toMatchObject({ method: 'DELETE', body: '' });
    } finally {
      await echo.close();
    }
  });

  it('reads an answer as fetch does: compressed bodies decoded, a byte order mark dropped, repeated headers joined', async () => {
    const { gzipSync, deflateSync } = await import('node:zlib');
    const answers = [
      (outgoing: import('node:http').ServerResponse) =>
        outgoing
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
          .end(gzipSync('{"umid":"gzipped"}')),
      (outgoing: import('node:http').ServerResponse) =>
        outgoing
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'deflate' })
          .end(deflateSync('{"umid":"deflated"}')),
      (outgoing: import('node:http').ServerResponse) =>
        outgoing.writeHead(200, { 'content-type': 'application/json' }).end('\uFEFF{"umid":"bom"}'),
      (outgoing: import('node:http').ServerResponse) =>
        outgoing
          .writeHead(200, [
            ['x-seen', 'one'],
            ['x-seen', 'two'],
            ['content-type', 'text/plain'],
          ])
          .end('plain text'),
      (outgoing: import('node:http').ServerResponse) => outgoing.writeHead(204).end(),
    ];
    let next = 0;
    const echo = await startEcho((outgoing) => answers[next++]?.(outgoing));
    try {
      const { transport } = transportWithLog();
      const bodies = [];
      for (const _ of answers) bodies.push(await transport.send(request({ url: echo.url })));
      expect(bodies.map((answer) => answer.body)).toEqual([
        { umid: 'gzipped' },
        { umid: 'deflated' },
        { umid: 'bom' },
        'plain text',
        undefined,
      ]);
      expect(bodies[3]?.headers['x-seen']).toBe('one, two');
      expect(bodies[4]?.status).toBe(204);
    } finally {
      await echo.close();
    }
  });

  it('reports a connection closed halfway through the answer as a reset that may have been accepted', async () => {
    const echo = await startEcho((outgoing) => {
      outgoing.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      outgoing.write('{"umid":', () => outgoing.socket?.destroy());
    });
    try {
      const { transport, retries } = transportWithLog();
      const error = await transport.send(request({ url: echo.url })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ reason: 'connection-reset', mayHaveBeenAccepted: true });
      expect(retries).toHaveLength(0);
      expect(echo.seen).toHaveLength(1);
    } finally {
      await echo.close();
    }
  });

  it('marks its retry limit, so the client and the queue worker can read it', () => {
    expect(retryLimitOf(create())).toBe(3);
    expect(retryLimitOf(create({ retry: { limit: 5 } }))).toBe(5);
    expect(retryLimitOf(create({ retry: false }))).toBe(0);
  });
});

describe('createKyTransport only', () => {
  it('sends what ky hooks add, with the exact body and the bearer key', async () => {
    const echo = await startEcho();
    try {
      const transport = createKyTransport({
        hooks: { beforeRequest: [({ request: outgoing }) => outgoing.headers.set('x-trace-id', 'trace-42')] },
      });
      const sent = request({ url: echo.url });
      await transport.send(sent);
      expect(echo.seen).toHaveLength(1);
      expect(echo.seen[0]?.body).toBe(sent.body);
      expect(echo.seen[0]?.headers).toMatchObject({
        authorization: 'Bearer transport-test-key',
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(sent.body)),
        'x-trace-id': 'trace-42',
      });
    } finally {
      await echo.close();
    }
  });

  it('runs the beforeRetry and afterResponse hooks it was given on every attempt, beside onRetry', async () => {
    const seen: string[] = [];
    const transport = createKyTransport({
      retry: { backoffMs: 1, maxBackoffMs: 2 },
      onRetry: (event) => seen.push(`onRetry ${event.retryCount} ${event.reason}`),
      hooks: {
        beforeRetry: [({ retryCount }) => void seen.push(`beforeRetry ${retryCount}`)],
        afterResponse: [({ response }) => void seen.push(`afterResponse ${response.status}`)],
      },
    });
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 0 }, { kind: 'unavailable' });
    const response = await transport.send(request());
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      'afterResponse 429',
      'beforeRetry 1',
      'onRetry 1 status 429',
      'afterResponse 503',
      'beforeRetry 2',
      'onRetry 2 status 503',
      'afterResponse 200',
    ]);
    expect(sandbox.accepted).toHaveLength(1);
  });

  it('reads the whole answer a beforeRequest hook gives, within the time limit', async () => {
    const encoder = new TextEncoder();
    const transport = createKyTransport({
      timeoutMs: 10_000,
      hooks: {
        beforeRequest: [
          () =>
            new Response(
              new ReadableStream<Uint8Array>({
                start(controller) {
                  controller.enqueue(encoder.encode('{"umid":'));
                  setTimeout(() => {
                    controller.enqueue(encoder.encode('"cached"}'));
                    controller.close();
                  }, 20);
                },
              }),
              { status: 200, headers: { 'content-type': 'application/json' } },
            ),
        ],
      },
    });
    const response = await transport.send(request());
    expect(response).toMatchObject({ status: 200, body: { umid: 'cached' } });
    expect(sandbox.requests).toHaveLength(0);
  });

  describe.each([
    ['without hooks', {}],
    ['with ky hooks', { hooks: { beforeRequest: [() => undefined] } }],
  ])('a fetch of the caller that does not follow the signal (%s)', (_name, withHooks: KyTransportOptions) => {
    const encoder = new TextEncoder();
    /** A fetch that answers after `headersMs`, its body's rest after `bodyMs` more, whatever the signal says. */
    const deafFetch =
      (headersMs: number, bodyMs: number): typeof globalThis.fetch =>
      async () => {
        await new Promise((resolve) => setTimeout(resolve, headersMs));
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode('{"umid":'));
            setTimeout(() => {
              controller.enqueue(encoder.encode('"late"}'));
              controller.close();
            }, bodyMs);
          },
        });
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      };

    it.each([
      ['the answer', 2_000, 0],
      ['the body', 0, 2_000],
    ])('still times out when %s is late', async (_late, headersMs, bodyMs) => {
      const transport = createKyTransport({
        ...withHooks,
        timeoutMs: 100,
        fetch: deafFetch(headersMs, bodyMs),
      });
      const error = await transport.send(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ timeoutMs: 100, mayHaveBeenAccepted: true });
    });

    it.each([
      ['the answer', 5_000, 0],
      ['the body', 0, 5_000],
    ])("ends at the caller's abort while %s is late", async (_late, headersMs, bodyMs) => {
      let fetched = false;
      const deaf = deafFetch(headersMs, bodyMs);
      const transport = createKyTransport({
        // With hooks, ky waits for the fetch it called: the time limit ends the attempt, as an abort.
        ...withHooks,
        timeoutMs: withHooks.hooks === undefined ? 60_000 : 200,
        fetch: (input, init) => {
          fetched = true;
          return deaf(input, init);
        },
      });
      const controller = new AbortController();
      const sending = transport
        .send(request({ signal: controller.signal }))
        .catch((caught: unknown) => caught);
      await vi.waitFor(() => expect(fetched).toBe(true));
      controller.abort(new Error('user left'));
      const error = await sending;
      expect(error).toBeInstanceOf(AbortError);
      expect(error).toMatchObject({ mayHaveBeenAccepted: true, cause: new Error('user left') });
    });
  });
});
