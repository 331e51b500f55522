// What the builders keep of their callers' values, and how parts hand their wire objects to the chain. A deep copy
// of wire values: plain objects and arrays are copied, and what JSON cannot carry is kept as a stand-in that breaks
// the same rule at the same place (see copyWire). Unlike structuredClone it never throws, so a value the wire cannot
// carry (a function in flow data, say) reaches the schema, which reports it at its path.
import type * as v from 'valibot';
import { GUARD_LIMITS } from '../limits.js';
import { NOT_PLAIN_JSON, plainJsonCopy } from '../wire/json-value.js';
import { readLeniently, schemaAt } from '../wire/lenient.js';
import { isPlainObject } from '../wire/primitives.js';

/**
 * A deep copy of the plain objects and arrays in `value`. What JSON cannot carry is not the caller's any more either:
 * a circular reference is copied as a cycle at the same place, a class instance (a Date, a Map) as an empty object of
 * its class, an array longer than the guard reads as one of its length, and a value whose reading throws (a getter,
 * a proxy) as one that throws the same, so build() reports each as it would have at the step, whatever the caller
 * changes afterwards. Past the depth the guard reads, objects are kept as they are: build() never reads them.
 */
export function copyWire<T>(value: T): T {
  return copyIn(value, [], []) as T;
}

/**
 * What a step keeps of a value its caller handed in: a deep copy of an object or array (see {@link copyWire}), a
 * primitive as it is, so no caller can change a chain or part afterwards. Each step calls it once on each value it
 * receives, where it receives it; what the builders make themselves around those values is shared as it is.
 */
export function own<T>(value: T): T {
  return typeof value !== 'object' || value === null ? value : (copyIn(value, [], []) as T);
}

/**
 * The copy; `stack` holds the objects being copied around `value` and `copies` their copies (pushed and popped, never
 * reallocated).
 */
function copyIn(value: unknown, stack: object[], copies: object[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const ancestor = stack.indexOf(value);
  // A circular reference: the copy's, at the same place, for build() to report where the caller made it.
  if (ancestor !== -1) return copies[ancestor];
  const depth = stack.length;
  // Deeper than the guard reads any message: build() reports the nesting above this object and never reads it.
  if (depth >= GUARD_LIMITS.nestingMaxDepth) return value;
  let keys: readonly string[] | undefined;
  let length = 0;
  try {
    if (Array.isArray(value)) {
      length = value.length;
      if (length > GUARD_LIMITS.arrayMaxItems) return tooLong(length);
    } else {
      if (!isPlainObject(value)) return ofClass(value);
      keys = Object.keys(value);
    }
  } catch (error) {
    return unreadable(error);
  }
  const copy: unknown[] | Record<string, unknown> = keys === undefined ? [] : {};
  stack.push(value);
  copies.push(copy);
  const source = value as Record<string | number, unknown>;
  if (keys === undefined) {
    for (let index = 0; index < length; index++) copyField(source, index, copy, stack, copies);
  } else {
    for (const key of keys) copyField(source, key, copy, stack, copies);
  }
  stack.length = depth;
  copies.length = depth;
  return copy;
}

/** Copies `source[key]` into `copy`; a field whose reading throws becomes one that throws the same. */
function copyField(
  source: Record<string | number, unknown>,
  key: string | number,
  copy: unknown[] | Record<string, unknown>,
  stack: object[],
  copies: object[],
): void {
  let item: unknown;
  try {
    item = source[key];
  } catch (error) {
    Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => rethrow(error) });
    return;
  }
  const copied = copyIn(item, stack, copies);
  // A "__proto__" key is defined as a key, instead of replacing the copy's prototype.
  if (key === '__proto__') Object.defineProperty(copy, key, { ...DEFINED, value: copied });
  else (copy as Record<string | number, unknown>)[key] = copied;
}

function rethrow(error: unknown): never {
  throw error;
}

/** An object of `value`'s class, empty: what build() says of it ("got Date") is all that is kept. */
function ofClass(value: object): object {
  return Object.create(Object.getPrototypeOf(value) as object | null) as object;
}

/** An array of `length` items that holds none: the guard reads its length only and refuses it. */
function tooLong(length: number): unknown {
  return new Proxy([], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
}

/** An object whose reading throws `error`, as the caller's did (a proxy, or a revoked one). */
function unreadable(error: unknown): unknown {
  return new Proxy({}, { getPrototypeOf: () => rethrow(error), ownKeys: () => rethrow(error) });
}

const DEFINED = { enumerable: true, writable: true, configurable: true } as const;

/** Set when a step kept a value unread (see {@link ownAs}) and no chain has taken the mark yet. */
let unreadPending = false;

/**
 * What a step keeps of a caller's value that goes where `schema` reads it: {@link own}'s copy, read as 8x8 reads it
 * (enums in the reference's spelling, numbers written as strings as numbers: `readLeniently`), once, where it is
 * received, so `build()` does not read it again. A value that is not plain JSON (a Date, a cycle, a getter that
 * throws) is kept as {@link own} keeps it, unread, and the next chain made takes the mark ({@link takeUnread}): its
 * `build()` then reads the whole request, as `parseMessage` does. A field `schema` does not have (`undefined`) is
 * only copied: readLeniently leaves such a field as it is too.
 */
export function ownAs<T>(schema: v.GenericSchema | undefined, value: T): T {
  // A field its schema does not have: readLeniently leaves it as it is too.
  if (schema === undefined) return own(value);
  if (typeof value !== 'object' || value === null) return readLeniently(schema, value) as T;
  const copy = plainJsonCopy(value);
  if (copy === NOT_PLAIN_JSON) {
    unreadPending = true;
    return own(value);
  }
  return readLeniently(schema, copy) as T;
}

/** Whether a value was kept unread since the last chain took the mark (a chain made by a step takes it). */
export function takeUnread(): boolean {
  const unread = unreadPending;
  unreadPending = false;
  return unread;
}

/** Marks the next chain made as holding a value unread (a part of a chain that holds one, handed on). */
export function markUnread(): void {
  unreadPending = true;
}

/** Library parts holding a value one of their steps kept unread (ownAs): a chain holding one reads it all at build(). */
const unreadParts = new WeakSet<object>();

/**
 * Called by a library part's constructor: `part` holds a value unread when the step that made it kept one (the mark,
 * see {@link takeUnread}) or the part it grew from (`from`) holds one.
 */
export function partTakesUnread(part: object, from?: object): void {
  if (takeUnread() || (from !== undefined && unreadParts.has(from))) unreadParts.add(part);
}

/**
 * The schema at `path` of a part's schema, for its steps to read their callers' values with (ownAs); every path the
 * builders name exists (a missing one is a library bug, found at import).
 */
export function partSchemaAt(
  schema: v.GenericSchema,
  ...path: readonly (string | number)[]
): v.GenericSchema {
  const at = schemaAt(schema, ...path);
  if (at === undefined) throw new Error(`part builder: the schema has no ${path.join('.')}`);
  return at;
}

/** The library's part classes, by prototype: how each hands its wire object to the chain that holds it. */
const sharedWires = new WeakMap<object, (part: object) => unknown>();

/**
 * Registers the instances of `prototype` (a library part class) as parts whose wire object the message chain can
 * hold without copying it: every value its caller handed in was copied at the step that received it (see
 * {@link own}), the part is frozen and its state private, and nothing changes the wire object once made. `wire`
 * returns it, or `undefined` for an object that is not a genuine instance (checked by its private brand).
 */
export function sharesWire(prototype: object, wire: (part: object) => unknown): void {
  sharedWires.set(prototype, wire);
}

/**
 * The wire object of a content part, for a chain or a bigger part to hold where `schema` reads it, read there so
 * build() does not read it again: a library part's own, shared as it is (its steps read what their callers handed
 * in; its `toWire()` gives callers a copy of it); any other part's `toWire()`, copied and read here (ownAs). From
 * JavaScript, a value that is not a part (a plain object) is taken as the wire object itself, copied and read, so
 * build() reports every rule it breaks as a ValidationError instead of a TypeError here. The step's mark (see
 * {@link takeUnread}) is set when what it returns holds a value kept unread, or when `schema` is not bundled
 * (`undefined`): build() then reads the whole request.
 */
export function partWireAs<T>(schema: v.GenericSchema | undefined, part: { toWire(): T }): T {
  if (typeof (part as { toWire?: unknown } | null | undefined)?.toWire !== 'function') {
    return ownPart(schema, part as T);
  }
  const shared = sharedWires.get(Object.getPrototypeOf(part))?.(part);
  if (shared === undefined) return ownPart(schema, part.toWire());
  // From JavaScript a part may go where another kind goes (a rich card as a carousel card): the fields both kinds
  // have are read the same way by both schemas, and a field only one has is not read by the other (which drops it).
  if (unreadParts.has(part)) unreadPending = true;
  return shared as T;
}

function ownPart<T>(schema: v.GenericSchema | undefined, value: T): T {
  if (schema !== undefined) return ownAs(schema, value);
  unreadPending = true;
  return own(value);
}
