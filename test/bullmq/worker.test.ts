// The queue in one process, against a real Redis and the sandbox: enqueue validates and dedupes, and each way a send
// can end maps to the right outcome (sent, failed, unknown), with 429 pausing the queue, 503 retried, and a run
// that finds an attempt without an outcome never sending again.
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import {
  createMessageWorker,
  enqueueMessage,
  enqueueMessages,
  getMessageOutcome,
  getOutcomeCounts,
  jobIdOf,
  listUnknown,
  type MessageJobData,
  type MessageOutcome,
  type MessageWorker,
  type MessageWorkerOptions,
  reconcileUnknown,
  settleFromReceipt,
  settleUnknown,
} from '../../src/bullmq/index.js';
import { beginAttempt, lateTurn, recordKeys, recordOutcome } from '../../src/bullmq/records.js';
import { createClient } from '../../src/client/client.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { createKyTransport } from '../../src/transport/ky-transport.js';
import type { Transport } from '../../src/transport/transport.js';
import { parseWebhook } from '../../src/webhooks/index.js';
import { redisAvailable, TestRedis } from './redis-server.js';

const run = redisAvailable();
let redis: TestRedis;
let connection: Redis;
let sandbox: Sandbox;
let queueCount = 0;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  if (!run) return;
  redis = await TestRedis.start();
  connection = redis.connect();
  sandbox = await startSandbox({ subAccountId: 'acme_queue' });
}, 30_000);

afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
  sandbox?.reset();
});

afterAll(async () => {
  if (!run) return;
  await sandbox.close();
  connection.disconnect();
  await redis.dispose();
});

const sms = (i: number, id = `m-${i}`) =>
  Message.to(`+6591${String(i).padStart(6, '0')}`)
    .sms()
    .text(`Message ${i}`)
    .clientMessageId(id);

function newQueue(): Queue<MessageJobData, MessageOutcome> {
  const queue = new Queue<MessageJobData, MessageOutcome>(`q${++queueCount}`, { connection });
  opened.push(queue);
  return queue;
}

async function startWorker(
  queue: Queue,
  options: Partial<MessageWorkerOptions> = {},
  timeoutMs = 5_000,
): Promise<MessageWorker> {
  const worker = await createMessageWorker(queue.name, {
    connection,
    client: createClient({ ...sandbox.clientOptions(), retry: false, timeoutMs }),
    concurrency: 4,
    ...options,
  });
  opened.unshift(worker);
  return worker;
}

/** Waits until every message has a recorded outcome (the test's own timeout bounds the wait). */
async function outcomes(queue: Queue, ids: readonly string[]): Promise<MessageOutcome[]> {
  for (;;) {
    const found = await Promise.all(ids.map((id) => getMessageOutcome(queue, id)));
    if (found.every((outcome) => outcome !== undefined)) return found as MessageOutcome[];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const requestsFor = (id: string) =>
  sandbox.requests.filter((request) => (request.body as { clientMessageId?: string }).clientMessageId === id);

describe.runIf(run)('enqueue', () => {
  it('refuses invalid messages before Redis, names them by index, and queues the valid ones', async () => {
    const queue = newQueue();
    const result = await enqueueMessages(queue, [
      sms(1),
      { user: { msisdn: '+6512345678' }, type: 'text', content: { text: '' } },
      sms(3),
    ]);
    expect(result.enqueued.map(({ index, jobId }) => [index, jobId])).toEqual([
      [0, 'm-1'],
      [2, 'm-3'],
    ]);
    expect(result.refused.map(({ index }) => index)).toEqual([1]);
    expect(result.refused[0]?.error).toBeInstanceOf(ValidationError);
    expect(result.refused[0]?.error.issues[0]?.path).toBe('content.text');
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
    await expect(
      enqueueMessage(queue, { user: {}, type: 'text', content: { text: 'x' } } as never),
    ).rejects.toThrow(ValidationError);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
  });

  it('makes one job of one clientMessageId, however often it is enqueued', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1), sms(2)]);
    await enqueueMessages(queue, [sms(1), sms(2), sms(1)]);
    await enqueueMessage(queue, sms(2));
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
    const worker = await startWorker(queue);
    await outcomes(queue, ['m-1', 'm-2']);
    await enqueueMessages(queue, [sms(1), sms(2)]);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 0 });
    expect(sandbox.accepted).toHaveLength(2);
    expect(worker.counts()).toMatchObject({ sent: 2, failed: 0, unknown: 0 });
  });

  it('generates a clientMessageId when the message has none, and sends it in the request', async () => {
    const queue = newQueue();
    const { enqueued } = await enqueueMessages(queue, [
      Message.to('+6591000001').sms().text('No id of mine'),
    ]);
    const id = enqueued[0]?.clientMessageId ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await startWorker(queue);
    const [outcome] = await outcomes(queue, [id]);
    expect(outcome).toMatchObject({ outcome: 'sent', clientMessageId: id });
    expect(sandbox.accepted[0]?.message.clientMessageId).toBe(id);
  });

  it('derives job ids BullMQ accepts from any clientMessageId, one to one', async () => {
    expect(jobIdOf('order-1')).toBe('order-1');
    expect(jobIdOf('12345')).toBe('%12345');
    expect(jobIdOf('a:b')).toBe('%a%3Ab');
    expect(jobIdOf('%a%3Ab')).toBe('%%25a%253Ab');
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1, '12345'), sms(2, 'shop:7')]);
    await startWorker(queue);
    expect((await outcomes(queue, ['12345', 'shop:7'])).map((o) => o.outcome)).toEqual(['sent', 'sent']);
  });
});

describe.runIf(run)('the worker', () => {
  it('sends every message once and records sent with the umid 8x8 gave', async () => {
    const queue = newQueue();
    const ids = Array.from({ length: 30 }, (_, i) => `m-${i}`);
    await enqueueMessages(
      queue,
      ids.map((_, i) => sms(i)),
    );
    const seen: MessageOutcome[] = [];
    const worker = await startWorker(queue, { onOutcome: (outcome) => seen.push(outcome) });
    const results = await outcomes(queue, ids);
    const umids = new Map(sandbox.accepted.map((a) => [a.message.clientMessageId, a.umid]));
    for (const result of results) {
      expect(result.outcome).toBe('sent');
      if (result.outcome === 'sent') expect(result.umid).toBe(umids.get(result.clientMessageId));
    }
    expect(sandbox.requests).toHaveLength(30);
    expect(seen).toHaveLength(30);
    expect(worker.counts()).toMatchObject({ sent: 30, failed: 0, unknown: 0, rateLimited: 0 });
    // Each send took its turn under the queue's limit (the turns are tested below).
    expect(await connection.get(recordKeys(queue).lastTurn)).toMatch(/^\d+$/);
    expect(await getOutcomeCounts(queue)).toEqual({
      sent: 30,
      failed: 0,
      unknown: 0,
      reconciledSent: 0,
      reconciledFailed: 0,
      pendingUnknown: 0,
    });
  });

  it('on 429 pauses the whole queue for Retry-After, then sends the message without using an attempt', async () => {
    const queue = newQueue();
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    await enqueueMessages(queue, [sms(1)], { jobOptions: { attempts: 1 } });
    const pauses: { pauseMs: number; ttl: number }[] = [];
    const worker = await startWorker(queue, {
      onRateLimited: (pauseMs) => {
        void queue.getRateLimitTtl().then((ttl) => pauses.push({ pauseMs, ttl }));
      },
    });
    const [outcome] = await outcomes(queue, ['m-1']);
    expect(outcome?.outcome).toBe('sent');
    expect(pauses).toHaveLength(1);
    expect(pauses[0]?.pauseMs).toBe(1_000);
    expect(pauses[0]?.ttl).toBeGreaterThan(0);
    expect(requestsFor('m-1').map((r) => r.answer)).toEqual([429, 200]);
    expect(worker.counts()).toMatchObject({ sent: 1, rateLimited: 1 });
  });

  it('gives each send its turn with the attempt, evenly spaced over the queue whichever worker asks, and lets a few late sends go', async () => {
    const queue = newQueue();
    await enqueueMessages(
      queue,
      Array.from({ length: 5 }, (_, i) => sms(i)),
    );
    const spacingMicros = 250_000;
    const turns: number[] = [];
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const begin = await beginAttempt(queue, `m-${i}`, `attempt ${i}`, spacingMicros);
      if (begin.kind !== 'go') throw new Error(`began as ${begin.kind}`);
      delays.push(begin.delayMs);
      turns.push(Number(await connection.get(recordKeys(queue).lastTurn)));
    }
    // The first send goes now; each later one at least a spacing after the turn before it (exactly, unless this
    // process was slower than the spacing between two calls), and never later than the spacing asks for.
    expect(delays[0]).toBe(0);
    for (let i = 1; i < 5; i++) {
      expect(turns[i]! - turns[i - 1]!).toBeGreaterThanOrEqual(spacingMicros);
      expect(delays[i]).toBeGreaterThanOrEqual(0);
      expect(delays[i]).toBeLessThanOrEqual((i * spacingMicros) / 1000);
    }
    // A run that finds the attempt recorded gets no turn: it sends nothing.
    const again = await beginAttempt(queue, 'm-0', 'another run', spacingMicros);
    expect(again.kind).toBe('interrupted');
    expect(Number(await connection.get(recordKeys(queue).lastTurn))).toBe(turns[4]);
    // Sends that missed the first turn go now while fewer than the allowance (2) of late sends went since that turn;
    // the third takes a new turn at the end of the line (the line does not move for those that go).
    const firstTurn = turns[0]!;
    expect(await lateTurn(queue, firstTurn, spacingMicros, 2)).toEqual({ kind: 'go' });
    expect(await lateTurn(queue, firstTurn, spacingMicros, 2)).toEqual({ kind: 'go' });
    expect(Number(await connection.get(recordKeys(queue).lastTurn))).toBe(turns[4]);
    const late = await lateTurn(queue, firstTurn, spacingMicros, 2);
    if (late.kind !== 'wait') throw new Error('a third late send went');
    const lastTurn = Number(await connection.get(recordKeys(queue).lastTurn));
    expect(late.atMicros).toBe(lastTurn);
    expect(lastTurn - turns[4]!).toBeGreaterThanOrEqual(spacingMicros);
    expect(late.delayMs).toBeGreaterThanOrEqual(0);
    expect(late.delayMs).toBeLessThanOrEqual((5 * spacingMicros) / 1000);
    // A send whose turn came after those late sends went is not in flight with them: it goes.
    expect(await lateTurn(queue, lastTurn, spacingMicros, 2)).toEqual({ kind: 'go' });
    // With no allowance (a limit too low for any headroom) a late send always waits for a new turn.
    expect((await lateTurn(queue, lastTurn + 1, spacingMicros, 0)).kind).toBe('wait');
  });

  it('counts sends that piled up at a receiver held up with the late sends that went', async () => {
    const queue = newQueue();
    const spacingMicros = 250_000;
    const [seconds, micros] = await connection.time();
    const missed = Number(seconds) * 1_000_000 + Number(micros);
    // One send piled up leaves the allowance (2) room for one late send, and none after it.
    expect(await lateTurn(queue, missed, spacingMicros, 2, 1)).toEqual({ kind: 'go' });
    expect((await lateTurn(queue, missed, spacingMicros, 2)).kind).toBe('wait');
    // More piled up than the allowance: noted as the allowance, and the late send waits for a new turn.
    expect((await lateTurn(queue, missed, spacingMicros, 2, 5)).kind).toBe('wait');
    expect(await connection.llen(recordKeys(queue).lateSends)).toBe(2);
  });

  it('refuses a client whose transport retries on its own: the queue alone decides what is sent again', async () => {
    const queue = newQueue();
    const refusedClients = [
      createClient(sandbox.clientOptions()),
      createClient({ ...sandbox.clientOptions(), retry: { limit: 1 } }),
      createClient({ ...sandbox.clientOptions(), transport: createKyTransport() }),
    ];
    for (const client of refusedClients) {
      await expect(createMessageWorker(queue.name, { connection, client })).rejects.toThrow(
        /transport retries on its own .*retry: false/,
      );
    }
    // With retries off, a 429 reaches the queue: it pauses every worker, and the transport sends nothing more.
    sandbox.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    await enqueueMessages(queue, [sms(1)], { jobOptions: { attempts: 1 } });
    const worker = await startWorker(queue, {
      client: createClient({ ...sandbox.clientOptions(), transport: createKyTransport({ retry: false }) }),
    });
    const [outcome] = await outcomes(queue, ['m-1']);
    expect(outcome?.outcome).toBe('sent');
    expect(requestsFor('m-1').map((r) => r.answer)).toEqual([429, 200]);
    expect(worker.counts()).toMatchObject({ sent: 1, rateLimited: 1 });
  });

  it('retries a 503 (not accepted) with the job backoff, and fails after the last attempt', async () => {
    const queue = newQueue();
    sandbox.queueFaults({ kind: 'unavailable' }, { kind: 'unavailable' }, { kind: 'unavailable' });
    await enqueueMessages(queue, [sms(1)], {
      jobOptions: { attempts: 2, backoff: { type: 'fixed', delay: 10 } },
    });
    await enqueueMessages(queue, [sms(2)], {
      jobOptions: { attempts: 3, backoff: { type: 'fixed', delay: 10 } },
    });
    const worker = await startWorker(queue, { concurrency: 1 });
    const [first, second] = await outcomes(queue, ['m-1', 'm-2']);
    expect(first).toMatchObject({ outcome: 'failed', status: 503 });
    expect(second?.outcome).toBe('sent');
    expect(requestsFor('m-1').map((r) => r.answer)).toEqual([503, 503]);
    expect(requestsFor('m-2').map((r) => r.answer)).toEqual([503, 200]);
    expect(await (await queue.getJob('m-1'))?.getState()).toBe('failed');
    expect(worker.counts()).toMatchObject({ sent: 1, failed: 1, retried: 2 });
  });

  it('fails what 8x8 refuses (400) at once, without a retry', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [Message.to('+99912345678').sms().text('Hi').clientMessageId('bad-number')]);
    await startWorker(queue);
    const [outcome] = await outcomes(queue, ['bad-number']);
    expect(outcome).toMatchObject({ outcome: 'failed', status: 400, code: 1002 });
    expect(requestsFor('bad-number')).toHaveLength(1);
  });

  it('ends unknown what may have been accepted (dropped after accept, 500, timeout), never resends it', async () => {
    const queue = newQueue();
    sandbox.queueFaults(
      { kind: 'drop', afterAccept: true },
      { kind: 'server-error' },
      { kind: 'delay', ms: 600 },
    );
    await enqueueMessages(queue, [sms(1), sms(2), sms(3)]);
    const worker = await startWorker(queue, { concurrency: 1 }, 300);
    const results = await outcomes(queue, ['m-1', 'm-2', 'm-3']);
    expect(results.map((r) => [r.outcome, r.outcome === 'unknown' ? r.reason.split(':')[0] : ''])).toEqual([
      ['unknown', 'NetworkError'],
      ['unknown', 'ApiError'],
      ['unknown', 'TimeoutError'],
    ]);
    for (const id of ['m-1', 'm-2', 'm-3']) expect(requestsFor(id)).toHaveLength(1);
    expect((await listUnknown(queue)).map((u) => u.clientMessageId).sort()).toEqual(['m-1', 'm-2', 'm-3']);
    expect(worker.counts()).toMatchObject({ unknown: 3, sent: 0 });
  });

  it('settles unknown outcomes: by a receipt carrying the clientMessageId, or as not accepted', async () => {
    const queue = newQueue();
    sandbox.queueFaults({ kind: 'drop', afterAccept: true }, { kind: 'drop' });
    await enqueueMessages(queue, [sms(1), sms(2)]);
    await startWorker(queue, { concurrency: 1 });
    await outcomes(queue, ['m-1', 'm-2']);
    expect((await listUnknown(queue)).length).toBe(2);
    // The sandbox accepted m-1 before dropping the connection: its receipt settles it as sent.
    const accepted = sandbox.accepted.find((a) => a.message.clientMessageId === 'm-1');
    expect(accepted).toBeDefined();
    const receipt = {
      payload: { umid: accepted?.umid ?? '', clientMessageId: 'm-1', status: { state: 'delivered' } },
    };
    expect(await settleFromReceipt(queue, receipt)).toBe('settled');
    expect(await settleFromReceipt(queue, receipt)).toBe('not-unknown');
    expect(
      await settleUnknown(queue, { clientMessageId: 'm-2', accepted: false, reason: 'no receipt' }),
    ).toBe('settled');
    expect(await getMessageOutcome(queue, 'm-1')).toMatchObject({
      outcome: 'sent',
      umid: accepted?.umid,
      state: 'delivered',
      reconciled: true,
    });
    expect(await getMessageOutcome(queue, 'm-2')).toMatchObject({ outcome: 'failed', reconciled: true });
    expect(await getOutcomeCounts(queue)).toMatchObject({
      unknown: 2,
      reconciledSent: 1,
      reconciledFailed: 1,
      pendingUnknown: 0,
    });
    // A receipt for a message that was sent normally changes nothing.
    expect(
      await settleFromReceipt(queue, { payload: { ...receipt.payload, clientMessageId: 'other' } }),
    ).toBe('not-unknown');
  });

  it('settles from a receipt parsed by parseWebhook, and by the message-details call where the umid is known', async () => {
    const queue = newQueue();
    // 8x8 accepts both, but the answers are unreadable: the first is dropped, the second lacks its status.
    sandbox.queueFaults({ kind: 'drop', afterAccept: true });
    const ky = createKyTransport({ retry: false });
    const mangling: Transport = {
      async send(request) {
        const response = await ky.send(request);
        const umid = (response.body as { umid?: string } | undefined)?.umid;
        return response.status === 200 ? { ...response, body: { umid } } : response;
      },
    };
    await enqueueMessages(queue, [sms(1), sms(2)]);
    await startWorker(queue, {
      concurrency: 1,
      client: createClient({ ...sandbox.clientOptions(), transport: mangling }),
    });
    const [first, second] = await outcomes(queue, ['m-1', 'm-2']);
    expect(first).toMatchObject({ outcome: 'unknown' });
    expect(first).not.toHaveProperty('umid');
    // Looked up by clientMessageId: a request an earlier test abandoned (its delayed answer) may land in between.
    const acceptedAs = (id: string) => sandbox.accepted.find((a) => a.message.clientMessageId === id)?.umid;
    expect(second).toMatchObject({ outcome: 'unknown', umid: acceptedAs('m-2') });

    const client = createClient(sandbox.clientOptions());
    expect(await reconcileUnknown(queue, client)).toEqual({ settled: 1, waiting: 1 });
    expect(await getMessageOutcome(queue, 'm-2')).toMatchObject({
      outcome: 'sent',
      reconciled: true,
      state: 'queued',
    });

    const receipt = parseWebhook({
      version: 9,
      namespace: 'ChatApps',
      eventType: 'outbound_message_status_changed',
      description: 'ChatApps outbound message delivery receipt',
      payload: {
        umid: acceptedAs('m-1'),
        clientMessageId: 'm-1',
        subAccountId: 'acme_queue',
        channel: 'sms',
        user: { msisdn: '+6591000001' },
        status: { state: 'delivered', timestamp: '2026-12-02T06:00:00.00Z' },
      },
    });
    if (receipt.kind !== 'deliveryReceipt') throw new Error(`parsed as ${receipt.kind}`);
    expect(await settleFromReceipt(queue, receipt)).toBe('settled');
    expect(await getMessageOutcome(queue, 'm-1')).toMatchObject({
      outcome: 'sent',
      umid: acceptedAs('m-1'),
      state: 'delivered',
      reconciled: true,
    });
    expect(await reconcileUnknown(queue, client)).toEqual({ settled: 0, waiting: 0 });
  });

  it('a run that finds an attempt without an outcome (its worker died) ends unknown and sends nothing', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1)]);
    await connection.hset(queue.toKey('m-1'), 'x8x8:attempt', '2026-12-02T06:00:00.000Z killed-worker');
    await startWorker(queue);
    const [outcome] = await outcomes(queue, ['m-1']);
    expect(outcome).toMatchObject({ outcome: 'unknown' });
    expect(outcome?.outcome === 'unknown' && outcome.reason).toMatch(/^interrupted/);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('a run that finds an outcome already recorded (its worker died before completing) ends with it', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1)]);
    const recorded = { outcome: 'sent', clientMessageId: 'm-1', umid: 'u-1', state: 'queued', at: 'then' };
    await connection.hset(queue.toKey('m-1'), 'x8x8:outcome', JSON.stringify(recorded));
    await startWorker(queue);
    for (;;) {
      if ((await (await queue.getJob('m-1'))?.getState()) === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await queue.getJob('m-1'))?.returnvalue).toEqual(recorded);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('a late answer settles the unknown another run recorded while the message was with 8x8', async () => {
    const queue = newQueue();
    sandbox.setFaults({ latencyMs: 300 });
    await enqueueMessages(queue, [sms(1)]);
    const worker = await startWorker(queue);
    while (sandbox.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    // Another run (this one's lock thought lost) found the attempt and no outcome, and ended it unknown.
    const interrupted = {
      outcome: 'unknown',
      clientMessageId: 'm-1',
      reason: 'interrupted',
      at: 'then',
    } as const;
    expect((await recordOutcome(queue, 'm-1', interrupted)).result).toBe('recorded');
    for (;;) {
      if ((await (await queue.getJob('m-1'))?.getState()) === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await getMessageOutcome(queue, 'm-1')).toMatchObject({ outcome: 'sent', clientMessageId: 'm-1' });
    expect(await getOutcomeCounts(queue)).toMatchObject({
      sent: 0,
      unknown: 1,
      reconciledSent: 1,
      pendingUnknown: 0,
    });
    expect(worker.counts()).toMatchObject({ sent: 0, settled: 1 });
    expect(sandbox.requests).toHaveLength(1);
  });

  /**
   * Takes the job as a worker would and dies holding it: the job stays active and its lock, never extended, runs
   * out. `attempted` says whether that worker had recorded its attempt (died while sending) or not (died before).
   */
  async function dieHolding(queue: Queue, id: string, attempted: boolean): Promise<void> {
    const taker = new Worker(queue.name, null, { connection, autorun: false, lockDuration: 200 });
    opened.push(taker);
    const job = await taker.getNextJob('dead-worker');
    expect(job?.id).toBe(id);
    if (attempted) {
      await connection.hset(queue.toKey(id), 'x8x8:attempt', '2026-12-02T06:00:00.000Z dead-worker');
    }
  }

  it('a job stalled more than maxStalledCount times while it was sent ends unknown, and is not sent again', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1)]);
    await dieHolding(queue, 'm-1', true);
    // BullMQ fails a job stalled more than maxStalledCount times in the next worker that takes it, without running
    // it: the worker must still record what is known (an attempt: maybe with 8x8).
    const worker = await startWorker(queue, { workerOptions: { maxStalledCount: 0, stalledInterval: 100 } });
    const [outcome] = await outcomes(queue, ['m-1']);
    expect(outcome).toMatchObject({ outcome: 'unknown', clientMessageId: 'm-1' });
    expect(outcome?.outcome === 'unknown' && outcome.reason).toMatch(/stalled more than allowable limit/);
    expect(await (await queue.getJob('m-1'))?.getState()).toBe('failed');
    expect(await getOutcomeCounts(queue)).toMatchObject({
      sent: 0,
      failed: 0,
      unknown: 1,
      pendingUnknown: 1,
    });
    expect((await listUnknown(queue)).map(({ clientMessageId }) => clientMessageId)).toEqual(['m-1']);
    expect(worker.counts()).toMatchObject({ unknown: 1, sent: 0 });
    expect(sandbox.requests).toHaveLength(0);
  }, 60_000);

  it('a job stalled more than maxStalledCount times before it was sent ends failed (surely not accepted)', async () => {
    const queue = newQueue();
    await enqueueMessages(queue, [sms(1)]);
    await dieHolding(queue, 'm-1', false);
    await startWorker(queue, { workerOptions: { maxStalledCount: 0, stalledInterval: 100 } });
    const [outcome] = await outcomes(queue, ['m-1']);
    expect(outcome).toMatchObject({ outcome: 'failed', clientMessageId: 'm-1' });
    expect(outcome?.outcome === 'failed' && outcome.reason).toMatch(/stalled more than allowable limit/);
    expect(await getOutcomeCounts(queue)).toMatchObject({ failed: 1, unknown: 0, pendingUnknown: 0 });
    expect(sandbox.requests).toHaveLength(0);
  }, 60_000);

  it('keeps sending after a client whose send throws before returning a promise (no send left counted unanswered)', async () => {
    const queue = newQueue();
    const client = createClient({ ...sandbox.clientOptions(), retry: false, timeoutMs: 5_000 });
    let throwsLeft = 3;
    // A wrapped client (a test double, a logging wrapper) may throw at once instead of rejecting.
    const wrapped = {
      ...client,
      send: (...args: Parameters<typeof client.send>) => {
        if (throwsLeft-- > 0) throw new TypeError('wrapper not ready');
        return client.send(...args);
      },
    };
    await enqueueMessages(
      queue,
      Array.from({ length: 12 }, (_, i) => sms(i)),
    );
    const worker = await startWorker(queue, { client: wrapped, concurrency: 2 });
    const found = await outcomes(
      queue,
      Array.from({ length: 12 }, (_, i) => `m-${i}`),
    );
    expect(found.filter((outcome) => outcome.outcome === 'unknown')).toHaveLength(3);
    expect(found.filter((outcome) => outcome.outcome === 'sent')).toHaveLength(9);
    expect(worker.counts()).toMatchObject({ sent: 9, unknown: 3 });
  }, 20_000);

  it('closes gracefully: messages in flight finish and record their outcome', async () => {
    const queue = newQueue();
    sandbox.setFaults({ latencyMs: 100 });
    await enqueueMessages(
      queue,
      Array.from({ length: 8 }, (_, i) => sms(i)),
    );
    const worker = await startWorker(queue, { concurrency: 4 });
    for (;;) {
      if (sandbox.requests.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await worker.close();
    const inFlight = sandbox.requests.map((r) => (r.body as { clientMessageId: string }).clientMessageId);
    for (const id of inFlight) expect((await getMessageOutcome(queue, id))?.outcome).toBe('sent');
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.length).toBeLessThan(8);
  });
});
