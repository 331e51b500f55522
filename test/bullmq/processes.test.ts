// The queue as it runs in production, bounded: several worker processes share a Redis (AOF on) and send to the
// sandbox in another process, which has a rate budget below the queue's limit and injects faults (429s among them,
// so the queue pauses however fast this machine is today).
// Mid-run, workers are SIGKILLed and replaced, Redis is restarted once, and once killed with SIGKILL (a crash) and
// started again from its AOF (appendfsync always: every write it acknowledged is on disk; with everysec a crash can
// lose the last writes, see docs/scale.md). Then every unknown outcome is settled
// the way a user does it: by the receipt of what 8x8 (the sandbox) accepted, as not accepted for the rest.
// Per message: accepted by the sandbox at most once, never sent again after a send that may have been accepted,
// and ends sent, failed (surely not accepted) or unknown-then-reconciled; none lost.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/index.js';
import {
  enqueueMessages,
  getMessageOutcome,
  getOutcomeCounts,
  listUnknown,
  type MessageJobData,
  type MessageOutcome,
  settleFromReceipt,
  settleUnknown,
} from '../../src/bullmq/index.js';
import { parseWebhook } from '../../src/webhooks/index.js';
import {
  type SandboxProcess,
  startSandboxProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './processes/spawn.js';
import type { WorkerProcessOptions } from './processes/worker-process.js';
import { redisAvailable, TestRedis } from './redis-server.js';

const run = redisAvailable();
const MESSAGES = 1_500;
const QUEUE = 'chaos';
// Answers after which the sandbox surely did not accept the message.
const NOT_ACCEPTED = new Set<number | string>([429, 503, 400]);

let redis: TestRedis;
let connection: Redis;
let sandbox: SandboxProcess;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  if (!run) return;
  redis = await TestRedis.start({ appendfsync: 'always' });
  connection = redis.connect();
  sandbox = await startSandboxProcess({
    requestsPerSecond: 150,
    faults: {
      latencyMs: [0, 4],
      probability: 0.08,
      seed: 11,
      faults: [
        { kind: 'rate-limit', retryAfterSeconds: 1 },
        { kind: 'unavailable' },
        { kind: 'drop' },
        { kind: 'drop', afterAccept: true },
        { kind: 'server-error', afterAccept: true },
        { kind: 'status', status: 502 },
        { kind: 'delay', ms: 1_500 },
      ],
    },
  });
}, 60_000);

afterAll(async () => {
  if (!run) return;
  for (const worker of workers) await worker.kill();
  await sandbox?.stop();
  connection?.disconnect();
  await redis?.dispose();
}, 60_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(run)('several worker processes, killed and restarted, Redis restarted and crashed', () => {
  it('sends each message at most once, and every message ends known', async () => {
    const queue = new Queue<MessageJobData, MessageOutcome>(QUEUE, { connection });
    const ids = Array.from({ length: MESSAGES }, (_, i) => `c-${i}`);
    const { enqueued, refused } = await enqueueMessages(queue, [
      ...ids.map((id, i) =>
        Message.to(`+6592${String(i).padStart(6, '0')}`)
          .sms()
          .text(`Notice ${i}`)
          .clientMessageId(id),
      ),
      { user: { msisdn: 'not a number' }, type: 'text', content: { text: 'never queued' } },
    ]);
    expect(enqueued).toHaveLength(MESSAGES);
    expect(refused.map(({ index }) => index)).toEqual([MESSAGES]);

    const options: WorkerProcessOptions = {
      redisPort: redis.port,
      queueName: QUEUE,
      client: sandbox.clientOptions,
      concurrency: 6,
      rateLimit: 200, // above the sandbox's budget of 150/s: 429s pause the queue
      timeoutMs: 700, // below the sandbox's delay fault: timeouts end unknown, and the sandbox accepts them later
      lockDuration: 3_000,
      stalledInterval: 1_000,
    };
    // Every other worker sends with the node:http transport, so each transport's workers are killed mid-run.
    let started = 0;
    const start = async () => {
      const worker = await startWorkerProcess({ ...options, transport: started++ % 2 === 0 ? 'ky' : 'node' });
      workers.push(worker);
      return worker;
    };
    const pool = await Promise.all([start(), start(), start()]);

    const done = async () => {
      const counts = await getOutcomeCounts(queue);
      return counts.sent + counts.failed + counts.unknown;
    };
    const until = async (finished: number) => {
      while ((await done()) < finished) await pause(100);
    };

    await until(300);
    await pool[0]?.kill();
    pool[0] = await start();
    await until(600);
    await redis.restart();
    await until(850);
    // A crash mid-run: every job, lock, attempt and outcome comes back from the AOF; commands in flight are resent
    // by the workers' connections once Redis is back.
    await redis.crash();
    await until(1_100);
    await pool[1]?.kill();
    pool[1] = await start();
    await until(MESSAGES);
    for (const worker of pool) await worker?.close();

    const counts = await getOutcomeCounts(queue);
    expect(counts.sent + counts.failed + counts.unknown).toBe(MESSAGES);
    expect(counts.unknown).toBeGreaterThan(0);

    const report = await sandbox.report();
    expect(report.requests.filter(({ answer }) => answer === 429).length).toBeGreaterThan(0);
    const acceptedBy = new Map<string, string>();
    for (const { id, umid } of report.accepted) {
      expect(acceptedBy.has(id ?? ''), `${id} accepted twice`).toBe(false);
      acceptedBy.set(id ?? '', umid);
    }
    // After a request that may have been accepted, the message is never sent again.
    const mayHaveBeenAccepted = new Map<string, number>();
    for (const { id, answer } of report.requests) {
      if (!NOT_ACCEPTED.has(answer))
        mayHaveBeenAccepted.set(id ?? '', (mayHaveBeenAccepted.get(id ?? '') ?? 0) + 1);
    }
    const resent = [...mayHaveBeenAccepted].filter(([, count]) => count > 1);
    expect(resent).toEqual([]);

    // Reconciliation as a user does it: receipts for what 8x8 has, "not accepted" for the rest after the window.
    const unknown = await listUnknown(queue);
    expect(unknown.length).toBe(counts.pendingUnknown);
    for (const { clientMessageId } of unknown) {
      const umid = acceptedBy.get(clientMessageId);
      if (umid === undefined) {
        expect(await settleUnknown(queue, { clientMessageId, accepted: false, reason: 'no receipt' })).toBe(
          'settled',
        );
        continue;
      }
      // The receipt 8x8 would post for it, through the webhook parser a receipt handler uses.
      const event = parseWebhook({
        version: 9,
        namespace: 'ChatApps',
        eventType: 'outbound_message_status_changed',
        description: 'ChatApps outbound message delivery receipt',
        payload: {
          umid,
          clientMessageId,
          subAccountId: 'acme_queue',
          channel: 'sms',
          status: { state: 'delivered', timestamp: '2026-12-02T06:00:00.00Z' },
        },
      });
      if (event.kind !== 'deliveryReceipt') throw new Error(`receipt parsed as ${event.kind}`);
      expect(await settleFromReceipt(queue, event)).toBe('settled');
    }
    expect((await getOutcomeCounts(queue)).pendingUnknown).toBe(0);

    // Every message ends known, and what the queue says agrees with what the sandbox accepted.
    const wrong: string[] = [];
    for (const id of ids) {
      const outcome = await getMessageOutcome(queue, id);
      const umid = acceptedBy.get(id);
      if (outcome === undefined) wrong.push(`${id}: lost`);
      else if (outcome.outcome === 'unknown') wrong.push(`${id}: still unknown`);
      else if (outcome.outcome === 'sent' && outcome.umid !== umid)
        wrong.push(`${id}: sent as ${outcome.umid}`);
      else if (outcome.outcome === 'failed' && umid !== undefined) wrong.push(`${id}: failed but accepted`);
    }
    expect(wrong).toEqual([]);
    await queue.close();
  }, 240_000);
});
