// Which webhook events were handled already. 8x8 retries a webhook that timed out or was answered 4xx/5xx, so one
// event may arrive several times (also after your callback ran, when the answer got lost); the handler claims each
// event's id before running your callback, and runs it once.

/**
 * What {@link WebhookSeenStore.claim} says about an event id: `claimed` (new: handle it now), `in-flight` (another
 * request is handling it right now) or `done` (handled already).
 *
 * @example
 * ```ts
 * import type { WebhookClaim } from '8x8-chatapps';
 *
 * const handleNow = (claim: WebhookClaim) => claim === 'claimed';
 * ```
 */
export type WebhookClaim = 'claimed' | 'in-flight' | 'done';

/**
 * Remembers which webhook events were handled, so a retried event runs your callback once. The default
 * ({@link createMemorySeenStore}) is one process's memory: enough for one server. With several processes or
 * machines behind one webhook URL, give them one shared store, for instance in Redis:
 *
 * - `claim(id)`: `SET webhook:<id> in-flight NX PX <lease>`; when it was set, `'claimed'`; else `GET` it and answer
 *   `'done'` or `'in-flight'`. The lease bounds how long a crashed process keeps an event from being retried.
 * - `complete(id)`: `SET webhook:<id> done PX <ttl>` (a day is plenty: 8x8 stops retrying after about two minutes).
 * - `release(id)`: `DEL webhook:<id>`, so 8x8's next retry handles the event again.
 *
 * @example
 * ```ts
 * import type { WebhookSeenStore } from '8x8-chatapps';
 *
 * // A store shared by every process, over any key-value service with atomic set-if-absent.
 * interface KeyValue {
 *   setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
 *   set(key: string, value: string, ttlMs: number): Promise<void>;
 *   get(key: string): Promise<string | undefined>;
 *   delete(key: string): Promise<void>;
 * }
 * const sharedSeenStore = (kv: KeyValue): WebhookSeenStore => ({
 *   async claim(id) {
 *     if (await kv.setIfAbsent(`webhook:${id}`, 'in-flight', 60_000)) return 'claimed';
 *     return (await kv.get(`webhook:${id}`)) === 'done' ? 'done' : 'in-flight';
 *   },
 *   complete: (id) => kv.set(`webhook:${id}`, 'done', 86_400_000),
 *   release: (id) => kv.delete(`webhook:${id}`),
 * });
 * ```
 */
export interface WebhookSeenStore {
  /** Marks `id` as being handled, atomically, unless it is already; says which it was. */
  claim(id: string): WebhookClaim | Promise<WebhookClaim>;
  /** Marks `id` as handled: later deliveries of it are answered 200 without running the callback. */
  complete(id: string): void | Promise<void>;
  /** Forgets `id` after a failed callback, so 8x8's retry runs it again. */
  release(id: string): void | Promise<void>;
}

/**
 * Options of {@link createMemorySeenStore}.
 *
 * @example
 * ```ts
 * import type { MemorySeenStoreOptions } from '8x8-chatapps';
 *
 * const options: MemorySeenStoreOptions = { ttlMs: 3_600_000, maxEntries: 50_000 };
 * ```
 */
export interface MemorySeenStoreOptions {
  /** How long a handled event is remembered, in ms [86,400,000: a day; 8x8 retries for about two minutes]. */
  readonly ttlMs?: number;
  /** Most events remembered; the oldest are forgotten first [100,000]. */
  readonly maxEntries?: number;
  /** The clock, for tests [Date.now]. */
  readonly now?: () => number;
}

/**
 * A {@link WebhookSeenStore} in this process's memory: the handler's default. It does not see events handled by
 * other processes; share a store between them (see {@link WebhookSeenStore}).
 *
 * @example
 * ```ts
 * import { createMemorySeenStore, createWebhookHandler } from '8x8-chatapps';
 *
 * const handler = createWebhookHandler({
 *   authorization: 'Bearer my-webhook-secret',
 *   seenStore: createMemorySeenStore({ ttlMs: 3_600_000 }),
 *   onInbound: (event) => console.log(event.content.kind),
 * });
 * ```
 */
export function createMemorySeenStore(options: MemorySeenStoreOptions = {}): WebhookSeenStore {
  const ttlMs = options.ttlMs ?? 86_400_000;
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  for (const [name, value] of [
    ['ttlMs', ttlMs],
    ['maxEntries', maxEntries],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
  // Insertion order is expiry order for `done` entries, so the oldest are at the front.
  const entries = new Map<string, { state: 'in-flight' | 'done'; expiresAt: number }>();

  function forgetExpired(time: number): void {
    for (const [id, entry] of entries) {
      if (entry.state === 'done' && entry.expiresAt > time) break;
      if (entry.expiresAt <= time) entries.delete(id);
    }
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  return {
    claim(id) {
      const time = now();
      forgetExpired(time);
      const entry = entries.get(id);
      if (entry !== undefined && entry.expiresAt > time) return entry.state;
      entries.set(id, { state: 'in-flight', expiresAt: Number.POSITIVE_INFINITY });
      return 'claimed';
    },
    complete(id) {
      entries.delete(id);
      entries.set(id, { state: 'done', expiresAt: now() + ttlMs });
    },
    release(id) {
      entries.delete(id);
    },
  };
}
