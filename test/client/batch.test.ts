// The batch endpoint without a network: parseBatch (template merge, where each issue is reported, the 1,000 limit),
// the immutable batch builder, and how sendBatch splits, counts and reports failed requests.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBatch } from '../../src/client/batch-builder.js';
import { createClient } from '../../src/client/client.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { errorAnswer } from '../../src/sandbox/answers.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import { BATCH_LIMITS, type BatchRequest, composeBatchMessages, parseBatch } from '../../src/wire/batch.js';

const template = { type: 'text', content: { text: 'Our shop is closed on Monday' } } as const;
const recipient = (i: number) => ({ user: { msisdn: `+65${80_000_000 + i}` }, clientMessageId: `b-${i}` });

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected a ValidationError');
}

describe('parseBatch', () => {
  it('checks each message as template + message, and normalises like a single send', () => {
    const batch = parseBatch({
      template: { type: 'Text', content: { text: 'Hi' } },
      messages: [recipient(0), { ...recipient(1), type: 'text', content: { text: 'Your own text' } }],
    });
    expect(batch.template).toEqual({ type: 'text', content: { text: 'Hi' } });
    expect(composeBatchMessages(batch).map((message) => message.content)).toEqual([
      { text: 'Hi' },
      { text: 'Your own text' },
    ]);
  });

  it('reports a template problem once at template.…, and message problems at messages[i].…', () => {
    const issues = issuesOf(() =>
      parseBatch({
        template: { type: 'text', content: { text: '' } },
        messages: [recipient(0), { user: { msisdn: 'not a number' } }, recipient(2)],
      }),
    );
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^template\.content\.text: /);
    expect(issues[1]).toMatch(/^messages\[1\]\.user\.msisdn: must be a phone number/);
  });

  it('allows only type, content, dlrCallbackUrl and channels in the template', () => {
    expect(
      issuesOf(() => parseBatch({ template: { ...template, user: {} }, messages: [recipient(0)] })),
    ).toEqual([
      'template.user: a template is an object that may only carry type, content, dlrCallbackUrl, channels',
    ]);
  });

  it('refuses arrays where the batch, its template or a message must be an object', () => {
    expect(issuesOf(() => parseBatch([] as never))).toEqual([': must be an object, got an array']);
    expect(issuesOf(() => parseBatch({ template: [] as never, messages: [recipient(0)] }))).toEqual([
      'template: a template is an object that may only carry type, content, dlrCallbackUrl, channels',
    ]);
    expect(issuesOf(() => parseBatch({ template, messages: [['+6591234567'] as never] }))).toEqual([
      'messages[0]: must be an object, got an array',
    ]);
  });

  it('needs at least one message, at most 1,000 per request, and a clientBatchId of at most 100 characters', () => {
    expect(issuesOf(() => parseBatch({ template, messages: [] }))).toEqual([
      'messages: must have at least 1 item, got 0',
    ]);
    const many = Array.from({ length: BATCH_LIMITS.maxMessages + 1 }, (_, i) => recipient(i));
    expect(issuesOf(() => parseBatch({ template, messages: many }))).toEqual([
      'messages: must have at most 1000 messages per request, got 1001',
    ]);
    expect(parseBatch({ template, messages: many.slice(1) }).messages).toHaveLength(1000);
    expect(
      issuesOf(() => parseBatch({ clientBatchId: 'x'.repeat(101), template, messages: [recipient(0)] })),
    ).toEqual(['clientBatchId: must have at most 100 characters, got 101']);
  });
});

describe('createBatch', () => {
  it('is immutable: each step returns a new builder, so a half-built batch can be reused', () => {
    const base = createBatch(template).clientBatchId('closure');
    const one = base.add(recipient(0));
    const two = base.add(recipient(1), recipient(2));
    expect([base.size, one.size, two.size]).toEqual([0, 1, 2]);
    expect(two.build()).toEqual({
      clientBatchId: 'closure',
      template,
      messages: [recipient(1), recipient(2)],
    });
    expect(Object.isFrozen(one)).toBe(true);
  });

  it('accepts full messages and message builders next to partial ones', () => {
    const full = {
      user: { msisdn: '+6512345678' },
      type: 'text',
      content: { text: 'Personal note' },
    } as const;
    const batch = createBatch(template)
      .add(recipient(0), full, { build: () => ({ ...full, clientMessageId: 'from-builder' }) })
      .includeMessagesInResponse()
      .build();
    expect(batch.messages).toHaveLength(3);
    expect(batch.messages[2]).toMatchObject({ clientMessageId: 'from-builder' });
    expect(batch.includeMessagesInResponse).toBe(true);
  });

  it('validates on build, naming the message', () => {
    expect(issuesOf(() => createBatch().add(recipient(0)).build())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^messages\[0\]\./)]),
    );
  });
});

describe('sendBatch', () => {
  it('splits a large batch into requests of at most 1,000 and sums the counts', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const batch = createBatch(template).add(...Array.from({ length: 2_345 }, (_, i) => recipient(i)));
    const result = await client.sendBatch(batch);
    const bodies = transport.requests.map((request) => request.body as BatchRequest);
    expect(transport.requests.every((request) => request.url.endsWith('/acme/messages/batch'))).toBe(true);
    expect(bodies.map((body) => body.messages.length)).toEqual([1000, 1000, 345]);
    expect(bodies.every((body) => body.template?.content !== undefined)).toBe(true);
    expect(bodies[1]?.messages[0]).toEqual(recipient(1000));
    expect(result.requests.map(({ firstIndex, count }) => [firstIndex, count])).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 345],
    ]);
    expect(result).toMatchObject({ acceptedCount: 2_345, rejectedCount: 0, unsentCount: 0 });
  });

  it('sends nothing when one message of the batch is invalid', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const messages = Array.from({ length: 1_500 }, (_, i) => recipient(i));
    messages[1_200] = { user: { msisdn: '12' }, clientMessageId: 'bad' };
    await expect(client.sendBatch({ template, messages })).rejects.toThrow(/messages\[1200\]\.user\.msisdn/);
    expect(transport.requests).toHaveLength(0);
  });

  it('reports a failed request with the range of messages it carried, and still sends the others', async () => {
    let call = 0;
    const transport = createRecordingTransport({
      respond: (request) => {
        call++;
        if (call === 2) return errorAnswer(400, 1000, 'Invalid parameter');
        const { messages } = request.body as BatchRequest;
        return {
          status: 200,
          headers: {},
          body: { batchId: randomUUID(), acceptedCount: messages.length, rejectedCount: 0 },
        };
      },
    });
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const result = await client.sendBatch({
      template,
      messages: Array.from({ length: 2_500 }, (_, i) => recipient(i)),
    });
    expect(result.requests.map((request) => request.ok)).toEqual([true, false, true]);
    expect(result.requests[1]).toMatchObject({
      firstIndex: 1000,
      count: 1000,
      error: { name: 'ApiError', code: 1000 },
    });
    expect(result).toMatchObject({ acceptedCount: 1_500, unsentCount: 1_000 });
  });
});
