// The one guard between a caller's values and what the library sends: a copy of a JSON value that stops at what JSON
// cannot carry, at circular references, at values that throw when read (getters, proxies) and at a depth no message
// needs, reporting each at its path. parseMessage (so every send) and .extra() copy through it; the builders' own
// copies stop at the same depth and leave the rest for it to report.
import { cut } from '../errors/message-text.js';
import type { ValidationIssue } from '../errors/validation-error.js';
import { GUARD_LIMITS } from '../limits.js';
import { isPlainObject } from './primitives.js';
import { formatPath } from './validate.js';

// Refusing values nested deeper than GUARD_LIMITS.nestingMaxDepth keeps every walk over a message short and its
// stack shallow; refusing arrays longer than GUARD_LIMITS.arrayMaxItems before reading them stops a proxy or a
// sparse array that claims billions of items.
const { nestingMaxDepth, arrayMaxItems } = GUARD_LIMITS;

/** A copy of a JSON value, and what in it JSON cannot carry (empty when nothing). */
export interface JsonCopy {
  readonly value: unknown;
  readonly issues: ValidationIssue[];
}

/** The message of an error thrown by a caller's getter or proxy, which may itself be anything; cut to length. */
export function thrownMessage(error: unknown): string {
  try {
    return cut(error instanceof Error ? String(error.message) : String(error));
  } catch {
    return 'an unreadable error';
  }
}

/** The class name of a non-plain object, for the issue's sentence. */
function kindOf(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name;
  return typeof name === 'string' && name !== '' ? cut(name, 60) : 'an object';
}

/**
 * Copies `input` as the JSON it will be sent as, in time linear in its size: plain objects and arrays are copied
 * (keys defined, so a `"__proto__"` key stays a key; `undefined` properties dropped, as JSON.stringify does), and
 * every value JSON cannot carry is reported at its path instead: functions, symbols, bigints, `undefined` in
 * arrays, NaN and infinities, class instances (a Date, a Map), circular references, values whose reading throws,
 * objects nested deeper than `LIMITS.guards.nestingMaxDepth` and arrays longer than `LIMITS.guards.arrayMaxItems`.
 * Never throws.
 */
export function copyJsonValue(input: unknown): JsonCopy {
  const issues: ValidationIssue[] = [];
  // One path, pushed and popped as the walk goes: it is formatted only for an issue.
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();
  const report = (message: string) => issues.push({ path: formatPath(path), message });

  /** Reads `container[key]`, reporting (at the key's path) a getter or proxy trap that throws. */
  const read = (
    container: Record<string | number, unknown>,
    key: string | number,
  ): { value: unknown } | undefined => {
    try {
      return { value: container[key] };
    } catch (error) {
      path.push(key);
      report(`could not be read: ${thrownMessage(error)}`);
      path.pop();
      return undefined;
    }
  };

  function copy(value: unknown, depth: number): unknown {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value)) report(`must be a finite number, got ${value}`);
        return value;
      case 'object':
        if (value === null) return null;
        break;
      default:
        report(`must be a JSON value, got a ${typeof value}`);
        return undefined;
    }
    if (ancestors.has(value)) {
      report('must not contain a circular reference');
      return undefined;
    }
    if (depth > nestingMaxDepth) {
      report(`is nested deeper than ${nestingMaxDepth} levels of objects and arrays`);
      return undefined;
    }
    let keys: readonly (string | number)[];
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
      if (!isArray && !isPlainObject(value)) {
        report(`must be a plain JSON object, got ${kindOf(value)}`);
        return undefined;
      }
      const length = isArray ? (value as unknown[]).length : 0;
      if (length > arrayMaxItems) {
        report(`must have at most ${arrayMaxItems.toLocaleString('en-US')} items, got ${length}`);
        return undefined;
      }
      keys = isArray ? Array.from({ length }, (_, index) => index) : Object.keys(value);
    } catch (error) {
      report(`could not be read: ${thrownMessage(error)}`);
      return undefined;
    }
    ancestors.add(value);
    const container = value as Record<string | number, unknown>;
    const out: unknown[] | Record<string, unknown> = isArray ? [] : {};
    for (const key of keys) {
      const item = read(container, key);
      if (item === undefined) continue;
      // undefined means "not set" in an object, as in JSON.stringify; in an array it is a value JSON cannot carry.
      if (item.value === undefined && !isArray) continue;
      path.push(key);
      const copied = copy(item.value, depth + 1);
      path.pop();
      // Defined, not assigned: a "__proto__" key stays a key instead of replacing the prototype.
      Object.defineProperty(out, key, {
        value: copied,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    ancestors.delete(value);
    return out;
  }

  const value = copy(input, 1);
  return { value, issues };
}

/** What {@link plainJsonCopy} returns for a value it does not copy. */
export const NOT_PLAIN_JSON: unique symbol = Symbol('not plain JSON');

/**
 * A copy of `value` when it is plain JSON that {@link copyJsonValue} would copy without an issue (strings, finite
 * numbers, booleans, null, plain objects and arrays within the depth and length bounds, no cycle, nothing that
 * throws when read), else {@link NOT_PLAIN_JSON}, for the caller to copy it with {@link copyJsonValue} and its
 * issues. The same copy as copyJsonValue's (undefined properties dropped, a "__proto__" key kept as a key), in one
 * lean pass that reads each value once: what the message chain's build() copies its own state with.
 */
export function plainJsonCopy(value: unknown): unknown {
  try {
    return copyPlain(value, 1);
  } catch {
    // A getter or proxy that throws: the full guard reports it at its path.
    return NOT_PLAIN_JSON;
  }
}

function copyPlain(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : NOT_PLAIN_JSON;
    case 'object':
      if (value === null) return null;
      break;
    default:
      return NOT_PLAIN_JSON;
  }
  // Past the depth bound, and so at any cycle, the full guard takes over.
  if (depth > nestingMaxDepth) return NOT_PLAIN_JSON;
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > arrayMaxItems) return NOT_PLAIN_JSON;
    const out = new Array<unknown>(length);
    for (let index = 0; index < length; index++) {
      const item = copyPlain(value[index], depth + 1);
      if (item === NOT_PLAIN_JSON) return NOT_PLAIN_JSON;
      out[index] = item;
    }
    return out;
  }
  if (!isPlainObject(value)) return NOT_PLAIN_JSON;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined) continue;
    const item = copyPlain(field, depth + 1);
    if (item === NOT_PLAIN_JSON) return NOT_PLAIN_JSON;
    // A "__proto__" key is defined as a key, instead of replacing the copy's prototype.
    if (key === '__proto__') {
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    } else out[key] = item;
  }
  return out;
}

/** Whether `path` is `under` or inside it (`content` holds `content.text` and `content[0]`). */
export function isPathWithin(path: string, under: string): boolean {
  if (under === '') return true;
  if (!path.startsWith(under)) return false;
  const next = path.charAt(under.length);
  return next === '' || next === '.' || next === '[';
}
