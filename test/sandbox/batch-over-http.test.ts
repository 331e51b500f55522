// sendBatch through the real ky transport against the sandbox's batch endpoint: split at 1,000, the typed answer
// (batchId, counts, per-message statuses), a recipient rejected inside an accepted batch, and the sandbox's own
// checks of a batch that bypassed the client.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBatch } from '../../src/client/batch-builder.js';
import { createClient } from '../../src/client/client.js';
import { SANDBOX_INVALID_MSISDN_PREFIX } from '../../src/sandbox/engine.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { createKyTransport } from '../../src/transport/ky-transport.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const template = { type: 'text', content: { text: 'Your parcel is on its way' } } as const;
const recipient = (i: number) => ({ user: { msisdn: `+65${80_000_000 + i}` }, clientMessageId: `p-${i}` });

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ subAccountId: 'acme_batch' });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.reset());

const client = () =>
  createClient({ ...sandbox.clientOptions(), transport: createKyTransport({ retry: { backoffMs: 1 } }) });

describe('sendBatch against the sandbox', () => {
  it('sends 2,500 messages as three batch requests; every message accepted once, template merged', async () => {
    const batch = createBatch(template)
      .clientBatchId('parcel-run')
      .add(...Array.from({ length: 2_500 }, (_, i) => recipient(i)));
    const result = await client().sendBatch(batch, { concurrency: 2 });
    expect(result).toMatchObject({ acceptedCount: 2_500, rejectedCount: 0, unsentCount: 0 });
    expect(result.requests.map((request) => (request.ok ? request.response.acceptedCount : -1))).toEqual([
      1000, 1000, 500,
    ]);
    for (const request of result.requests) {
      if (!request.ok) throw request.error;
      expect(request.response.batchId).toMatch(UUID);
      expect(request.response.clientBatchId).toBe('parcel-run');
    }
    expect(sandbox.requests.map((request) => request.path)).toEqual(
      Array(3).fill('/api/v1/subaccounts/acme_batch/messages/batch'),
    );
    const ids = sandbox.accepted.map((accepted) => accepted.message.clientMessageId);
    expect(new Set(ids).size).toBe(2_500);
    expect(sandbox.accepted[1_234]?.message.content).toEqual(template.content);
  });

  it('lists each message with its status when asked, and counts a recipient 8x8 rejects', async () => {
    const batch = createBatch(template)
      .add(recipient(0), {
        user: { msisdn: `${SANDBOX_INVALID_MSISDN_PREFIX}1234567` },
        clientMessageId: 'nope',
      })
      .includeMessagesInResponse();
    const result = await client().sendBatch(batch);
    expect(result).toMatchObject({ acceptedCount: 1, rejectedCount: 1, unsentCount: 0 });
    const [request] = result.requests;
    if (!request?.ok) throw new Error('the batch request failed');
    expect(
      request.response.messages?.map((message) => [message.clientMessageId, message.status.state]),
    ).toEqual([
      ['p-0', 'queued'],
      ['nope', 'rejected'],
    ]);
    expect(request.response.messages?.[1]?.status).toMatchObject({ errorCode: 1002 });
    expect(sandbox.accepted).toHaveLength(1);
  });

  it('a batch request that meets a fault is reported with its range; the others go through', async () => {
    sandbox.queueFaults({ kind: 'status', status: 400, code: 1000 });
    const result = await client().sendBatch({
      template,
      messages: Array.from({ length: 1_200 }, (_, i) => recipient(i)),
    });
    expect(result.requests[0]).toMatchObject({
      ok: false,
      firstIndex: 0,
      count: 1000,
      error: { status: 400 },
    });
    expect(result).toMatchObject({ acceptedCount: 200, unsentCount: 1000 });
  });

  it('the sandbox itself refuses an oversized or empty batch sent without the client', async () => {
    const { apiKey, subAccountId } = sandbox.clientOptions();
    const post = (body: unknown) =>
      fetch(`${sandbox.url}/api/v1/subaccounts/${subAccountId}/messages/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { code: number },
      }));
    const oversized = await post({
      template,
      messages: Array.from({ length: 1_001 }, (_, i) => recipient(i)),
    });
    expect(oversized).toMatchObject({ status: 400, body: { code: 3013 } });
    expect(await post({ template, messages: [] })).toMatchObject({ status: 400, body: { code: 3012 } });
    expect(sandbox.accepted).toHaveLength(0);
  });
});
