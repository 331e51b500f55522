// A deep copy of wire values for the part builders (interactive and RCS): plain objects and arrays are copied, every
// other value is kept as it is. Unlike structuredClone it never throws, so a value the wire cannot carry (a function
// in flow data, say) reaches the schema, which reports it at its path.

import { isPlainObject } from '../wire/primitives.js';

/** A deep copy of the plain objects and arrays in `value`. */
export function copyWire<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyWire) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyWire(item)])) as T;
}
