// The library's own records in Redis, next to BullMQ's: on each job's hash, the attempt (written before sending) and
// the outcome (written after); per queue, the outcome counts and the registry of unknown outcomes awaiting a
// receipt. Each change is one Lua script, so it is atomic and costs one round trip.
import type { RedisClient, RedisQueueBackend } from 'bullmq';
import type { MessageOutcome, OutcomeCounts, UnknownOutcome } from './outcome.js';

/** What the records need of a BullMQ `Queue` or `Worker`: its Redis backend and its key names. */
export interface RedisQueueLike {
  readonly name: string;
  readonly backend: RedisQueueBackend;
  toKey(type: string): string;
}

// Field names on BullMQ's job hash: short, and prefixed so they cannot meet BullMQ's own fields.
const ATTEMPT_FIELD = 'x8x8:attempt';
const OUTCOME_FIELD = 'x8x8:outcome';

/** Redis keys of a queue's records. */
export function recordKeys(queue: RedisQueueLike) {
  return {
    counts: queue.toKey('x8x8:counts'),
    unknown: queue.toKey('x8x8:unknown'),
    lastTurn: queue.toKey('x8x8:last-turn'),
    lateSends: queue.toKey('x8x8:late-sends'),
  };
}

// The next turn of the queue, in Lua for BEGIN and LATE: `spacing` µs after the last turn given (kept at `lastTurnKey`),
// or now when the queue is behind; leaves `now` and `at` (µs of Redis's clock) for the script to answer with.
function nextTurn(lastTurnKey: string, spacing: string): string {
  return `local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local at = math.max(now, tonumber(redis.call('GET', ${lastTurnKey}) or 0) + ${spacing})
redis.call('SET', ${lastTurnKey}, string.format('%.0f', at))`;
}

// Rule (no resend of what 8x8 may have): an attempt already recorded without an outcome means an earlier run may
// have sent the message; the caller ends it unknown instead of sending.
// Rule (8x8's limit: at most `max` requests in any sliding `duration`): with the attempt, the send gets its turn,
// `duration / max` after the turn given before it (or now, when the queue is behind). Evenly spaced sends stay under
// a sliding limit however the windows fall; BullMQ's limiter alone counts in fixed windows and lets a window's jobs
// start at once, so up to twice the limit reaches 8x8 in the second around a window's edge, and 8x8 answers that
// with 429 and a pause of at least a second for the whole queue. Times are microseconds of Redis's clock, so the
// workers' clocks do not matter; the reply is the delay.
// KEYS: job hash, last turn given. ARGV: attempt, spacing in microseconds (0: none).
const BEGIN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'gone'} end
local outcome = redis.call('HGET', KEYS[1], '${OUTCOME_FIELD}')
if outcome then return {'done', outcome} end
if redis.call('HSETNX', KEYS[1], '${ATTEMPT_FIELD}', ARGV[1]) == 0 then
  return {'interrupted', redis.call('HGET', KEYS[1], '${ATTEMPT_FIELD}')}
end
local spacing = tonumber(ARGV[2])
if spacing <= 0 then return {'go', 0, 0} end
${nextTurn('KEYS[2]', 'spacing')}
return {'go', at - now, at}`;

// Rule (sliding second, for a send that missed its turn: its process was held off the CPU): a send leaving at A
// after its turn T adds one to the seconds that start between T and A, and to no other; so with turns spaced under
// the limit, no second holds more than the turns in it plus the late sends in flight across its start. A late send
// goes now when fewer than `allowance` late sends that went are still in flight across the instants since its turn
// (fewer than `allowance` of them went after T: the list keeps when the last `allowance` went); otherwise it takes a
// new turn at the end of the line, as BEGIN gives, and its own turn goes unused. Sends that piled up at a receiver
// held up (taken in together when it ran again: late sends the queue learns of afterwards) are noted first as late
// sends that went now, so the late sends after them are counted with them.
// KEYS: last turn given, late sends that went (newest first). ARGV: spacing in microseconds, the turn missed
// (microseconds of Redis's clock), allowance, sends piled up to note.
const LATE = `
local allowance = tonumber(ARGV[3])
local missed = tonumber(ARGV[2])
local piled = math.min(tonumber(ARGV[4]), allowance)
if allowance > 0 then
  local time = redis.call('TIME')
  local went = string.format('%.0f', tonumber(time[1]) * 1000000 + tonumber(time[2]))
  for _ = 1, piled do redis.call('LPUSH', KEYS[2], went) end
  local kth = redis.call('LINDEX', KEYS[2], allowance - 1)
  if not kth or tonumber(kth) <= missed then
    redis.call('LPUSH', KEYS[2], went)
    redis.call('LTRIM', KEYS[2], 0, allowance - 1)
    return {'go', 0, missed}
  end
  redis.call('LTRIM', KEYS[2], 0, allowance - 1)
end
${nextTurn('KEYS[1]', 'tonumber(ARGV[1])')}
return {'wait', at - now, at}`;

// Only the attempt that wrote the mark removes it (after an answer saying 8x8 did not take the message).
const RELEASE = `
if redis.call('HGET', KEYS[1], '${ATTEMPT_FIELD}') == ARGV[1] then
  return redis.call('HDEL', KEYS[1], '${ATTEMPT_FIELD}')
end
return 0`;

// Records an outcome once. A later definitive outcome (sent/failed) settles an unknown one: from a receipt, a
// look-up, or a late answer of a run that was thought dead. KEYS: job hash, counts, unknown registry.
// ARGV: job id, outcome JSON, outcome kind, registry entry JSON.
const RECORD = `
local exists = redis.call('EXISTS', KEYS[1]) == 1
local pending = redis.call('HEXISTS', KEYS[3], ARGV[1]) == 1
local previous = exists and redis.call('HGET', KEYS[1], '${OUTCOME_FIELD}')
if previous or (pending and not exists) then
  if ARGV[3] ~= 'unknown' and pending then
    redis.call('HDEL', KEYS[3], ARGV[1])
    if exists then redis.call('HSET', KEYS[1], '${OUTCOME_FIELD}', ARGV[2]) end
    redis.call('HINCRBY', KEYS[2], ARGV[3] == 'sent' and 'reconciledSent' or 'reconciledFailed', 1)
    return {'settled', ARGV[2]}
  end
  return {'kept', previous or ''}
end
if not exists then return {'gone', ''} end
redis.call('HSET', KEYS[1], '${OUTCOME_FIELD}', ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
if ARGV[3] == 'unknown' then redis.call('HSET', KEYS[3], ARGV[1], ARGV[4]) end
return {'recorded', ARGV[2]}`;

const READ = `return redis.call('HMGET', KEYS[1], '${OUTCOME_FIELD}', '${ATTEMPT_FIELD}')`;

const COUNTS = `return {redis.call('HGETALL', KEYS[1]), redis.call('HLEN', KEYS[2])}`;

const SCRIPTS = {
  x8x8Begin: BEGIN,
  x8x8Late: LATE,
  x8x8Release: RELEASE,
  x8x8Record: RECORD,
  x8x8Read: READ,
  x8x8Counts: COUNTS,
} as const;
const KEY_COUNTS: Record<keyof typeof SCRIPTS, number> = {
  x8x8Begin: 2,
  x8x8Late: 2,
  x8x8Release: 1,
  x8x8Record: 3,
  x8x8Read: 1,
  x8x8Counts: 2,
};
const prepared = new WeakSet<object>();

async function run(queue: RedisQueueLike, script: keyof typeof SCRIPTS, args: string[]): Promise<unknown> {
  const client: RedisClient = await queue.backend.client;
  if (!prepared.has(client)) {
    for (const [name, lua] of Object.entries(SCRIPTS)) {
      client.defineCommand(name, { numberOfKeys: KEY_COUNTS[name as keyof typeof SCRIPTS], lua });
    }
    prepared.add(client);
  }
  return client.runCommand(script, args);
}

/** A send's turn: `delayMs` from now, at `atMicros` of Redis's clock (0 when no spacing was asked). */
export interface Turn {
  readonly delayMs: number;
  readonly atMicros: number;
}

/**
 * What the start of a run found: `go` (attempt recorded: send after `delayMs`, the message's turn under the rate
 * limit), `done` (an outcome is already recorded), `interrupted` (an earlier run recorded an attempt and no outcome),
 * `gone` (the job was removed).
 */
export type BeginResult =
  | ({ readonly kind: 'go' } & Turn)
  | { readonly kind: 'done'; readonly outcome: MessageOutcome }
  | { readonly kind: 'interrupted'; readonly attempt: string }
  | { readonly kind: 'gone' };

/**
 * Records an attempt on the job before it is sent, and gives it its turn: `spacingMicros` after the turn given
 * before it over the whole queue (0: no spacing); see {@link BeginResult}.
 */
export async function beginAttempt(
  queue: RedisQueueLike,
  jobId: string,
  attempt: string,
  spacingMicros = 0,
): Promise<BeginResult> {
  const [kind, value, at] = (await run(queue, 'x8x8Begin', [
    queue.toKey(jobId),
    recordKeys(queue).lastTurn,
    attempt,
    String(Math.ceil(spacingMicros)),
  ])) as [string, string | number | undefined, number | undefined];
  if (kind === 'go') return { kind, delayMs: Number(value ?? 0) / 1000, atMicros: Number(at ?? 0) };
  if (kind === 'done') return { kind, outcome: JSON.parse(String(value ?? '{}')) as MessageOutcome };
  if (kind === 'interrupted') return { kind, attempt: String(value ?? '') };
  return { kind: 'gone' };
}

/**
 * For a send that missed its turn (`missedMicros`, Redis's clock): `go` now, when fewer than `allowance` late sends
 * that went are in flight across the time since that turn; else a new turn (`wait`), `spacingMicros` after the last
 * one given over the queue (or now). `piled` sends that piled up at a receiver held up are noted first as late sends
 * that went now.
 */
export async function lateTurn(
  queue: RedisQueueLike,
  missedMicros: number,
  spacingMicros: number,
  allowance: number,
  piled = 0,
): Promise<{ readonly kind: 'go' } | ({ readonly kind: 'wait' } & Turn)> {
  const keys = recordKeys(queue);
  const [kind, delay, at] = (await run(queue, 'x8x8Late', [
    keys.lastTurn,
    keys.lateSends,
    String(Math.ceil(spacingMicros)),
    String(Math.round(missedMicros)),
    String(Math.max(0, Math.floor(allowance))),
    String(Math.max(0, Math.floor(piled))),
  ])) as [string, number, number];
  return kind === 'go' ? { kind } : { kind: 'wait', delayMs: Number(delay) / 1000, atMicros: Number(at) };
}

/** Removes this attempt's mark: 8x8 said it did not take the message, so a later run may send it. */
export async function releaseAttempt(queue: RedisQueueLike, jobId: string, attempt: string): Promise<void> {
  await run(queue, 'x8x8Release', [queue.toKey(jobId), attempt]);
}

/**
 * Records an outcome (first one wins; a definitive one settles an unknown). Returns what is recorded afterwards and
 * whether this call recorded, settled or kept an earlier one.
 */
export async function recordOutcome(
  queue: RedisQueueLike,
  jobId: string,
  outcome: MessageOutcome,
): Promise<{ readonly result: 'recorded' | 'settled' | 'kept' | 'gone'; readonly outcome: MessageOutcome }> {
  const keys = recordKeys(queue);
  const json = JSON.stringify(outcome);
  const entry = outcome.outcome === 'unknown' ? json : '';
  const [result, stored] = (await run(queue, 'x8x8Record', [
    queue.toKey(jobId),
    keys.counts,
    keys.unknown,
    jobId,
    json,
    outcome.outcome,
    entry,
  ])) as ['recorded' | 'settled' | 'kept' | 'gone', string];
  return {
    result,
    outcome: stored === '' || stored === undefined ? outcome : (JSON.parse(stored) as MessageOutcome),
  };
}

/** The outcome recorded on a job, and whether an attempt is recorded. */
export async function readRecord(
  queue: RedisQueueLike,
  jobId: string,
): Promise<{ readonly outcome: MessageOutcome | undefined; readonly attempted: boolean }> {
  const [outcome, attempt] = (await run(queue, 'x8x8Read', [queue.toKey(jobId)])) as [
    string | null,
    string | null,
  ];
  return {
    outcome: outcome === null ? undefined : (JSON.parse(outcome) as MessageOutcome),
    attempted: attempt !== null,
  };
}

/** The queue's outcome counts. */
export async function readCounts(queue: RedisQueueLike): Promise<OutcomeCounts> {
  const keys = recordKeys(queue);
  const [flat, pending] = (await run(queue, 'x8x8Counts', [keys.counts, keys.unknown])) as [string[], number];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i += 2) counts.set(flat[i] ?? '', Number(flat[i + 1]));
  const count = (field: keyof OutcomeCounts) => counts.get(field) ?? 0;
  return {
    sent: count('sent'),
    failed: count('failed'),
    unknown: count('unknown'),
    reconciledSent: count('reconciledSent'),
    reconciledFailed: count('reconciledFailed'),
    pendingUnknown: Number(pending),
  };
}

/** Unknown outcomes not settled yet, from the registry (the jobs themselves may already be removed). */
export async function readUnknown(queue: RedisQueueLike): Promise<UnknownOutcome[]> {
  const client = await queue.backend.client;
  const registry = await client.hgetall(recordKeys(queue).unknown);
  return Object.values(registry).map((json) => JSON.parse(json) as UnknownOutcome);
}
