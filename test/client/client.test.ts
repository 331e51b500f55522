// The client over the recording transport: validation before sending, URL and headers, answers read with their
// schemas, each error class, and exhaustive matching with ts-pattern.
import { match } from 'ts-pattern';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import type { SendError } from '../../src/client/outcome.js';
import { REGIONS } from '../../src/client/regions.js';
import { ApiError, UnexpectedResponseError } from '../../src/errors/api-error.js';
import { AbortError, NetworkError } from '../../src/errors/transport-errors.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { Message } from '../../src/index.js';
import { errorAnswer } from '../../src/sandbox/answers.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import type { Transport } from '../../src/transport/transport.js';
import { UserSchema } from '../../src/wire/request.js';

const text = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hello' } } as const;

function clientWith(transport: Transport, subAccountId = 'acme') {
  return createClient({ apiKey: 'test-key', subAccountId, transport });
}

describe('createClient options', () => {
  it('uses the region server, Asia-Pacific by default', async () => {
    const transport = createRecordingTransport();
    expect(clientWith(transport).baseUrl).toBe('https://chatapps.8x8.com');
    for (const [region, url] of Object.entries(REGIONS)) {
      const client = createClient({
        apiKey: 'k',
        subAccountId: 'acme',
        region: region as keyof typeof REGIONS,
      });
      expect(client.baseUrl).toBe(url);
    }
    expect(REGIONS).toEqual({
      'asia-pacific': 'https://chatapps.8x8.com',
      'north-america': 'https://chatapps.us.8x8.com',
      europe: 'https://chatapps.8x8.uk',
      indonesia: 'https://chatapps.8x8.id',
    });
  });

  it('posts to the messages endpoint with the sub-account percent-encoded', async () => {
    const transport = createRecordingTransport();
    await clientWith(transport, 'acme&co.test').send(text);
    expect(transport.requests[0]?.url).toBe(
      'https://chatapps.8x8.com/api/v1/subaccounts/acme%26co.test/messages',
    );
    expect(transport.requests[0]?.headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('strips a trailing slash from baseUrl', () => {
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', baseUrl: 'http://127.0.0.1:8080/' });
    expect(client.baseUrl).toBe('http://127.0.0.1:8080');
  });

  it('lists every bad option at once, naming the field, without echoing the key', () => {
    const attempt = () =>
      createClient({
        apiKey: 'has space secret',
        subAccountId: 'a b',
        baseUrl: 'ftp://example.com',
        transport: createRecordingTransport(),
        timeoutMs: 10,
      });
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      const { issues, message } = error as ValidationError;
      expect(issues.map((issue) => issue.path)).toEqual(['apiKey', 'subAccountId', 'baseUrl', 'transport']);
      expect(message).not.toContain('secret');
    }
    expect(() => createClient({ apiKey: '', subAccountId: 'acme' })).toThrow(/apiKey: is required/);
    expect(() => createClient({ apiKey: 'k', subAccountId: 'ab' })).toThrow(/subAccountId/);
  });
});

describe('send', () => {
  it('returns the answer checked against the response schema', async () => {
    const transport = createRecordingTransport();
    const response = await clientWith(transport).send({ ...text, clientMessageId: 'order-1' });
    expect(response).toMatchObject({ clientMessageId: 'order-1', status: { state: 'queued' } });
    expect(response.umid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts any builder (an object with build()) and sends what it builds', async () => {
    const transport = createRecordingTransport();
    await clientWith(transport).send({ build: () => ({ ...text, type: 'text' }) });
    expect(transport.messages).toEqual([text]);
  });

  it('validates each message once: a chain in its build(), anything else in the client', async () => {
    // Every request schema (parseMessage's, a built message's own) checks the recipient once: count those runs.
    const schema = UserSchema as unknown as { '~run': (...args: unknown[]) => unknown };
    const run = schema['~run'];
    let runs = 0;
    schema['~run'] = function counted(this: unknown, ...args: unknown[]) {
      runs++;
      return run.apply(this, args);
    };
    try {
      // A transport that answers without looking at the body (the sandbox's engine validates what it receives).
      const accepted = {
        umid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        status: { state: 'queued', timestamp: '2026-12-02T05:00:00Z' },
        user: { msisdn: '+6512345678' },
      };
      const client = clientWith({ send: async () => ({ status: 200, headers: {}, body: accepted }) });
      const chain = Message.to('+6512345678').sms().text('Hello');
      const counted = async (send: () => Promise<unknown>) => {
        runs = 0;
        await send();
        return runs;
      };
      expect(await counted(() => client.send(chain))).toBe(1);
      expect(await counted(() => client.send(text))).toBe(1);
      expect(await counted(() => client.send({ build: () => chain.build() }))).toBe(2);
      // An object that only looks like a chain (its prototype, its own build) is validated by the client.
      const lookalike = Object.create(Object.getPrototypeOf(chain), {
        build: { value: () => ({ ...text, content: { text: '' } }) },
      });
      const error = await client.send(lookalike).catch((caught: unknown) => caught);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['content.text']);
    } finally {
      schema['~run'] = run;
    }
  });

  it('normalises the input (e.g. type case) before sending', async () => {
    const transport = createRecordingTransport();
    await clientWith(transport).send({ ...text, type: 'Text' });
    expect(transport.messages[0]?.type).toBe('text');
  });

  it('throws ValidationError and sends nothing when the message breaks a rule', async () => {
    const transport = createRecordingTransport();
    const error = await clientWith(transport)
      .send({ user: { msisdn: '12' }, type: 'text', content: {} } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain('user.msisdn');
    expect(transport.requests).toHaveLength(0);
  });

  it('says .fallbackText(…) is due when a chain waiting for it is sent (send, trySend, sendMany), sending nothing', async () => {
    const transport = createRecordingTransport();
    const client = clientWith(transport);
    // A JavaScript caller, or one past the compiler: the chain's build() is refused until .fallbackText(…).
    const due = Message.to('+6591234567').whatsapp().sms().image('https://example.com/a.png') as never;
    const rule = {
      path: 'content.fallbackText',
      message:
        'is required: SMS (channels[1]) carries text only and cannot send "image" content; add .fallbackText(…) before sending',
    };
    const thrown = await client.send(due).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([rule]);
    const outcome = await client.trySend(due);
    expect(outcome.ok ? [] : (outcome.error as ValidationError).issues).toEqual([rule]);
    const many = await client.sendMany([due]);
    const first = many.outcomes[0];
    expect(first?.ok === false ? (first.error as ValidationError).issues : []).toEqual([rule]);
    expect(transport.requests).toHaveLength(0);
  });

  it('turns an 8x8 error body into ApiError with status, code, errorId and timestamp', async () => {
    const answer = errorAnswer(400, 1002, 'Invalid MSISDN format');
    const transport = createRecordingTransport({ respond: () => answer });
    const error = (await clientWith(transport)
      .send(text)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 1002,
      codeName: 'invalidMsisdn',
      errorId: answer.body.errorId,
      timestamp: answer.body.timestamp,
      mayHaveBeenAccepted: false,
    });
    expect(error.message).toBe('8x8 API error 400 1002: Invalid MSISDN format');
  });

  it('keeps the code of an error body too large to read whole, written as a number or as a string', async () => {
    const errorId = 'b4478860-b76c-e811-814e-022a35cc1c71';
    for (const code of ['1002', '"1002"', '" 1002 "']) {
      const body = `{"code": ${code}, "errorId": "${errorId}", "message": "${'x'.repeat(64)}`;
      const transport = createRecordingTransport({
        respond: () => ({ status: 400, headers: {}, body, bodyTooLarge: true }),
      });
      const error = (await clientWith(transport)
        .send(text)
        .catch((caught: unknown) => caught)) as ApiError;
      expect(error, code).toBeInstanceOf(ApiError);
      expect(error, code).toMatchObject({ status: 400, code: 1002, errorId });
    }
  });

  it('keeps the code of an 8x8 error body whose errorId or timestamp is null or missing', async () => {
    const errorId = 'b4478860-b76c-e811-814e-022a35cc1c71';
    const bodies = [
      { code: 1002, message: 'Invalid MSISDN format', errorId: null, timestamp: null },
      { code: 1002, message: 'Invalid MSISDN format' },
      { code: '1002', message: 'Invalid MSISDN format', errorId, timestamp: null },
      JSON.stringify({ code: 1002, message: 'Invalid MSISDN format', errorId }),
    ];
    for (const body of bodies) {
      const transport = createRecordingTransport({ respond: () => ({ status: 400, headers: {}, body }) });
      const error = (await clientWith(transport)
        .send(text)
        .catch((caught: unknown) => caught)) as ApiError;
      const what = JSON.stringify(body);
      expect(error, what).toBeInstanceOf(ApiError);
      expect(error.code, what).toBe(1002);
      expect(error.codeName, what).toBe('invalidMsisdn');
      expect(error.message, what).toBe('8x8 API error 400 1002: Invalid MSISDN format');
      expect(error.errorId, what).toBe(
        typeof body === 'string' || body.errorId === errorId ? errorId : undefined,
      );
      expect(error.timestamp, what).toBeUndefined();
    }
    // A field of the wrong type is left out, not guessed; a code that is no whole number is no 8x8 code.
    const odd = createRecordingTransport({
      respond: () => ({ status: 400, headers: {}, body: { code: 1002, message: 7, errorId: 12 } }),
    });
    expect(
      await clientWith(odd)
        .send(text)
        .catch((caught: unknown) => caught),
    ).toMatchObject({
      code: 1002,
      message: '8x8 API error 400 1002: HTTP 400',
      errorId: undefined,
    });
    const notCode = createRecordingTransport({
      respond: () => ({ status: 400, headers: {}, body: { code: 'E12', message: 'Bad' } }),
    });
    expect(
      await clientWith(notCode)
        .send(text)
        .catch((caught: unknown) => caught),
    ).toMatchObject({
      code: undefined,
      message: '8x8 API error 400: Bad',
    });
  });

  it('reads Retry-After into ApiError.retryAfterMs and flags rate limiting', async () => {
    const transport = createRecordingTransport({
      respond: () => errorAnswer(429, 1100, 'Too many requests', { 'retry-after': '7' }),
    });
    const error = (await clientWith(transport)
      .send(text)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000, isRateLimited: true });
  });

  it('keeps a non-8x8 error body (a proxy page) as ApiError without a code', async () => {
    const transport = createRecordingTransport({
      respond: () => ({ status: 502, headers: {}, body: '<html>Bad gateway</html>' }),
    });
    const error = (await clientWith(transport)
      .send(text)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toMatchObject({ status: 502, code: undefined, mayHaveBeenAccepted: true });
    expect(error.body).toBe('<html>Bad gateway</html>');
  });

  it('reports a success status with an unexpected body as UnexpectedResponseError', async () => {
    const transport = createRecordingTransport({
      respond: () => ({ status: 200, headers: {}, body: { status: { state: 'queued' } } }),
    });
    const error = (await clientWith(transport)
      .send(text)
      .catch((caught: unknown) => caught)) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['umid', 'user']));
    expect(error.mayHaveBeenAccepted).toBe(true);
  });

  it('accepts states and details 8x8 may add later, and ignores unknown fields', async () => {
    const transport = createRecordingTransport({
      respond: () => ({
        status: 200,
        headers: {},
        body: {
          umid: '82188ee0-109f-e811-8150-020897df5459',
          user: { msisdn: '+6512345678' },
          status: { state: 'scheduled', detail: 'held_for_window', timestamp: '2021-01-04T08:19:45.99Z' },
          newField: true,
        },
      }),
    });
    const response = await clientWith(transport).send(text);
    expect(response.status).toEqual({
      state: 'scheduled',
      detail: 'held_for_window',
      timestamp: '2021-01-04T08:19:45.99Z',
    });
    expect(response).not.toHaveProperty('newField');
  });

  it('reports a foreign transport failure as NetworkError "other"', async () => {
    const transport: Transport = {
      send: () => Promise.reject(new Error('socket hang up')),
    };
    const error = await clientWith(transport)
      .send(text)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'other', mayHaveBeenAccepted: true });
  });

  it('does not send when the signal is already aborted', async () => {
    const transport = createRecordingTransport();
    const controller = new AbortController();
    controller.abort();
    const error = await clientWith(transport)
      .send(text, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(transport.requests).toHaveLength(0);
  });
});

describe('trySend and exhaustive matching', () => {
  const explain = (error: SendError): string =>
    match(error)
      .with({ name: 'ValidationError' }, (e) => `invalid ${e.issues[0]?.path}`)
      .with({ name: 'ApiError' }, (e) => `api ${e.status} ${e.code}`)
      .with({ name: 'UnexpectedResponseError' }, (e) => `unexpected ${e.status}`)
      .with({ name: 'TimeoutError' }, (e) => `timeout ${e.timeoutMs}`)
      .with({ name: 'NetworkError' }, (e) => `network ${e.reason}`)
      .with({ name: 'AbortError' }, (e) => `aborted ${e.mayHaveBeenAccepted}`)
      .exhaustive();

  it('never rejects, and every error can be matched by name', async () => {
    const transport = createRecordingTransport({
      respond: () => errorAnswer(401, 1200, 'Not authenticated'),
    });
    const client = clientWith(transport);
    const refused = await client.trySend(text);
    const invalid = await client.trySend({ ...text, user: { msisdn: 'x' } });
    expect(refused.ok ? 'ok' : explain(refused.error)).toBe('api 401 1200');
    expect(invalid.ok ? 'ok' : explain(invalid.error)).toBe('invalid user.msisdn');
    expect(invalid).toMatchObject({ ok: false, index: 0, request: undefined });
  });

  it('rejects a non-exhaustive match at compile time', () => {
    const partial = (error: SendError) =>
      match(error)
        .with({ name: 'ApiError' }, () => 1)
        // @ts-expect-error NetworkError, AbortError and the other errors are not handled
        .exhaustive();
    expect(typeof partial).toBe('function');
  });
});
