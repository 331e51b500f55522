// A deep copy of wire values for the part builders (interactive and RCS): plain objects and arrays are copied, every
// other value is kept as it is. Unlike structuredClone it never throws, so a value the wire cannot carry (a function
// in flow data, say) reaches the schema, which reports it at its path.

import { LIMITS } from '../limits.js';
import { CircularReference } from '../wire/json-value.js';
import { isPlainObject } from '../wire/primitives.js';

/**
 * A deep copy of the plain objects and arrays in `value`. A circular reference, a value nested deeper than the
 * schema reads, or one whose reading throws (a getter, a proxy) is kept as it is, for the schema to report.
 */
export function copyWire<T>(value: T): T {
  return copyIn(value, [], false) as T;
}

/**
 * {@link copyWire}, every copied object and array frozen: what the message chain keeps of a value a caller handed
 * to a step (its `own`).
 */
export function frozenCopy<T>(value: T): T {
  return copyIn(value, [], true) as T;
}

/** The copy; `stack` holds the objects being copied around `value` (pushed and popped, never reallocated). */
function copyIn(value: unknown, stack: object[], freeze: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (stack.includes(value)) throw new CircularReference(value);
  const depth = stack.length;
  if (depth >= LIMITS.guards.nestingMaxDepth) return value;
  try {
    let copy: unknown[] | Record<string, unknown>;
    if (Array.isArray(value)) {
      if (value.length > LIMITS.guards.arrayMaxItems) return value;
      stack.push(value);
      copy = value.map((item: unknown) => copyIn(item, stack, freeze));
    } else {
      if (!isPlainObject(value)) return value;
      stack.push(value);
      const fields: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const item = copyIn(value[key], stack, freeze);
        // A "__proto__" key is defined as a key, instead of replacing the copy's prototype.
        if (key === '__proto__') Object.defineProperty(fields, key, { ...DEFINED, value: item });
        else fields[key] = item;
      }
      copy = fields;
    }
    stack.length = depth;
    return freeze ? Object.freeze(copy) : copy;
  } catch (error) {
    stack.length = depth;
    if (error instanceof CircularReference && error.at !== value) throw error;
    return value;
  }
}

const DEFINED = { enumerable: true, writable: true, configurable: true } as const;

/** Prototypes of the library's part classes: their frozen instances' `toWire()` returns a copy nobody else holds. */
const freshWirePrototypes = new WeakSet<object>();

/** Registers the instances of `prototype` (frozen, with no `toWire` of their own) as giving fresh wire copies. */
export function givesFreshWire(prototype: object): void {
  freshWirePrototypes.add(prototype);
}

/** Whether `part.toWire()` is a fresh copy the message chain can keep without copying it again. */
export function isFreshWire(part: object): boolean {
  return (
    freshWirePrototypes.has(Object.getPrototypeOf(part)) &&
    Object.isFrozen(part) &&
    !Object.hasOwn(part, 'toWire')
  );
}
