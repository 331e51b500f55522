// The answers of POST …/messages: the success body and the error body, as the reference documents them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BatchResponseSchema } from '../../src/wire/batch.js';
import { MessageDetailsSchema } from '../../src/wire/message-details.js';
import { ErrorResponseSchema, SendMessageResponseSchema } from '../../src/wire/response.js';
import { validate } from '../../src/wire/validate.js';
import { against, check, fails, named, ok, oneOf, optional, required } from './table.js';

const directory = new URL('../fixtures/responses/', import.meta.url);
const responses = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as object] as const);
const successes = responses.filter(([file]) => file.startsWith('success-'));
const errors = responses.filter(([file]) => file.startsWith('error-'));

const parseSuccess = (input: unknown) => validate(SendMessageResponseSchema, input, 'send-message response');
const parseError = (input: unknown) => validate(ErrorResponseSchema, input, 'error response');

const SUCCESS = named('success', successes.find(([file]) => file === 'success-queued.json')?.[1] ?? {});
const ERROR = named('error', errors.find(([file]) => file === 'error-msisdn.json')?.[1] ?? {});

describe('documented response bodies', () => {
  it('include the reference examples', () => {
    expect(successes.length).toBeGreaterThanOrEqual(3);
    expect(errors.length).toBeGreaterThanOrEqual(4);
  });
  it.each(successes)('%s parses unchanged as a success body', (_file, body) => {
    expect(parseSuccess(body)).toStrictEqual(body);
  });
  it.each(errors)('%s parses unchanged as an error body', (_file, body) => {
    expect(parseError(body)).toStrictEqual(body);
  });
});

describe('success body', () => {
  check(
    against(parseSuccess, [
      required(SUCCESS, 'umid'),
      required(SUCCESS, 'status'),
      required(SUCCESS, 'user'),
      required(SUCCESS, 'status.state'),
      optional(SUCCESS, 'clientMessageId'),
      // Rule: umid is a GUID.
      fails(SUCCESS, 'umid', 'not-a-guid'),
      fails(SUCCESS, 'umid', 42),
      ...oneOf(SUCCESS, 'status.state', [
        'unknown',
        'queued',
        'failed',
        'sent',
        'delivered',
        'undelivered',
        'read',
        'ok',
        'error',
      ]).filter((row) => row.expected.ok),
      // Decision (lead): a state 8x8 adds later is kept, not rejected, so a new state never breaks a send.
      ok(SUCCESS, 'status.state', 'deleted'),
      ok(SUCCESS, 'status.detail', 'delivered_to_operator'),
      ok(SUCCESS, 'status.errorCode', 1002),
      fails(SUCCESS, 'status.errorCode', 1.5),
      fails(SUCCESS, 'status.errorCode', '1.5'),
      fails(SUCCESS, 'status.errorCode', 'E1002'),
      // Decision (docs/decisions.md, Answers): a number written as a string is read as a request's is, so a message
      // 8x8 accepted is not reported as failed because its answer wrote errorCode "0" (the value: below).
      ok(SUCCESS, 'status.errorCode', '1002'),
      // Decision (docs/decisions.md, Answers): an answer's timestamp is read as text, never rejected for its format.
      ok(SUCCESS, 'status.timestamp', '2021-01-04 08:19:45'),
    ]),
  );
});

describe('error body', () => {
  check(
    against(parseError, [
      // Rule: code, errorId and timestamp are required; message is optional.
      required(ERROR, 'code'),
      required(ERROR, 'errorId'),
      required(ERROR, 'timestamp'),
      optional(ERROR, 'message'),
      ok(ERROR, 'code', '1002'),
      fails(ERROR, 'code', 'E1002'),
      fails(ERROR, 'code', 1002.5),
      // Decision (docs/decisions.md, Answers): errorId and timestamp are read as text whatever their format, so an
      // error 8x8 reported always reaches the caller as an ApiError.
      ok(ERROR, 'errorId', 'b4478860'),
      ok(ERROR, 'timestamp', '2018-08-04 09:25:40'),
      fails(ERROR, 'errorId', 42),
    ]),
  );
});

describe('answers read as webhooks are read', () => {
  it('a state or detail in another letter case comes out in the documented spelling; another is kept as sent', () => {
    const status = (state: string, detail: string) =>
      parseSuccess({ ...SUCCESS, status: { state, detail, timestamp: '2021-01-04T08:19:45.99Z' } }).status;
    expect(status('Queued', 'Delivered_To_Operator')).toMatchObject({
      state: 'queued',
      detail: 'delivered_to_operator',
    });
    expect(status('DELIVERED', 'delivered_to_carrier')).toMatchObject({
      state: 'delivered',
      detail: 'delivered_to_carrier',
    });
    expect(status('Deleted', 'x')).toMatchObject({ state: 'Deleted', detail: 'x' });
  });

  it("error codes, and a batch answer's counts, written as strings are numbers", () => {
    const success = parseSuccess({
      ...SUCCESS,
      status: { state: 'queued', timestamp: '2021-01-04T08:19:45.99Z', errorCode: '0' },
    });
    expect(success.status.errorCode).toBe(0);
    expect(parseError({ ...ERROR, code: ' 1002 ' }).code).toBe(1002);
    const batch = validate(
      BatchResponseSchema,
      {
        batchId: 'cf3cbbf5-3e2d-ea11-815d-020897df5459',
        acceptedCount: '1',
        rejectedCount: '1',
        messages: [
          {
            umid: '15bb8ad1-d06e-418c-8dc7-ac8a00ffeb70',
            user: { msisdn: '+6500000001' },
            status: { state: 'Rejected', timestamp: '2020-01-04T08:19:45.99Z', errorCode: '3038' },
          },
        ],
      },
      'batch response',
    );
    expect(batch).toMatchObject({
      acceptedCount: 1,
      rejectedCount: 1,
      messages: [{ status: { state: 'rejected', errorCode: 3038 } }],
    });
    expect(() =>
      validate(
        BatchResponseSchema,
        { batchId: 'cf3cbbf5-3e2d-ea11-815d-020897df5459', acceptedCount: '-1', rejectedCount: 0 },
        'batch response',
      ),
    ).toThrow(/acceptedCount: must be at least 0/);
  });
});

describe('an optional field written as null reads as one left out', () => {
  it('in a success body, an error body, a batch answer and message details', () => {
    const success = parseSuccess({
      umid: '82188ee0-109f-e811-8150-020897df5459',
      user: { msisdn: '+6512341234', country: null, lineUserId: null, channelUserId: null },
      clientMessageId: null,
      status: {
        state: 'queued',
        detail: null,
        errorCode: null,
        errorMessage: null,
        timestamp: '2021-01-04T08:19:45.99Z',
      },
    });
    expect(JSON.parse(JSON.stringify(success))).toStrictEqual({
      umid: '82188ee0-109f-e811-8150-020897df5459',
      user: { msisdn: '+6512341234' },
      status: { state: 'queued', timestamp: '2021-01-04T08:19:45.99Z' },
    });
    // The code of an error still reaches the caller when its message is null.
    expect(parseError({ ...ERROR, message: null })).toMatchObject({ code: 1002, message: undefined });
    const batch = validate(
      BatchResponseSchema,
      {
        batchId: 'cf3cbbf5-3e2d-ea11-815d-020897df5459',
        clientBatchId: null,
        acceptedCount: 1,
        rejectedCount: 0,
        messages: null,
      },
      'batch response',
    );
    expect(batch).toMatchObject({ acceptedCount: 1, clientBatchId: undefined, messages: undefined });
    const details = validate(
      MessageDetailsSchema,
      {
        data: [
          {
            umid: 'dec02e44-c76f-4a0a-b69f-6ac2a4386eb9',
            subAccountId: 'acme_marketing',
            channel: 'WhatsApp',
            channelId: '904d1303-5754-e911-8154-020897df5459',
            direction: 'Outbound',
            country: null,
            status: { state: 'read', timestamp: '2026-06-17T04:25:21.06Z', detail: null },
            user: null,
            contentType: 'Text',
            content: null,
            createdAt: '2026-06-17T04:15:21.06Z',
            clientMessageId: null,
            clientBatchId: null,
            batchId: null,
            step: 1,
          },
        ],
      },
      'message details',
    );
    expect(details.data[0]).toMatchObject({ channel: 'WhatsApp', user: undefined, step: 1 });
  });

  it('a required field written as null is still an error at its path', () => {
    expect(() => parseSuccess({ ...SUCCESS, umid: null })).toThrow(/umid: /);
    expect(() => parseError({ ...ERROR, code: null })).toThrow(/code: must be a whole number/);
  });
});
