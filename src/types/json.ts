// The values JSON can carry: what an escape-hatch field may hold so that the request still serialises as written.

/**
 * A value that survives `JSON.stringify` unchanged: a string, a finite number, a boolean, null, or an array or
 * plain object of those.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '8x8-chatapps';
 *
 * const value: JsonValue = { priority: 'high', tags: ['vip', 2026], archived: false, note: null };
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };
