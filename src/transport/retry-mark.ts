// How many times a transport retries on its own, marked by createKyTransport and carried by the client built on it,
// so the queue worker can refuse a client whose transport would retry behind the queue's back. A registered symbol,
// so the mark is read across copies of the library (its ESM and CommonJS builds, separate bundles).
const RETRY_LIMIT = Symbol.for('8x8-chatapps.transport-retry-limit');

/** Marks `target` (a transport, or the client sending through it) as retrying at most `limit` times. */
export function markRetryLimit<T extends object>(target: T, limit: number): T {
  Object.defineProperty(target, RETRY_LIMIT, { value: limit, enumerable: false });
  return target;
}

/** The retry limit marked on a transport or client; `undefined` when unknown (a transport of the caller's own). */
export function retryLimitOf(target: object): number | undefined {
  const limit: unknown = (target as { readonly [RETRY_LIMIT]?: unknown })[RETRY_LIMIT];
  return typeof limit === 'number' ? limit : undefined;
}
