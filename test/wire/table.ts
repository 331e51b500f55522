// Table-driven checks of the wire schemas: each case is one valid base message plus one small mutation,
// and says whether the result parses or which issue path it must produce.
import { expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/errors/validation-error.js';
import { parseMessage } from '../../src/wire/index.js';
import { issuesOf } from '../validation-issues.js';

/** Pass as a value to delete the key at the path instead of setting it. */
export const REMOVED: unique symbol = Symbol('removed');

/** What a case expects: the message parses, or it fails with an issue at `issueAt`. */
export type Expectation =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly issueAt: string;
      /** What one issue at `issueAt` must state: the limit that was broken, or an allowed value. */
      readonly mentions?: number | string;
    };

/** One row of a table: a named input and its expectation. */
export interface Case {
  readonly name: string;
  readonly input: unknown;
  readonly expected: Expectation;
  /** Set when the schema is known to break this rule of the reference: the row runs as `it.fails`. */
  readonly schemaBug?: string;
  /** What checks the input (throws a ValidationError); parseMessage unless set by {@link against}. */
  readonly validator?: Validator;
}

/** Checks a value and throws a ValidationError when it breaks a rule. */
export type Validator = (input: unknown) => unknown;

/** The same rows, checked by `validator` instead of parseMessage (for responses and other schemas). */
export function against(validator: Validator, cases: readonly Case[]): Case[] {
  return cases.map((testCase) => ({ ...testCase, validator }));
}

/**
 * Marks rows the current schema gets wrong (each reported to the schema's owner): they run as `it.fails`, so the
 * suite stays green until the schema is fixed, and then fails to say the marker can go.
 */
export function schemaBug(reason: string, ...cases: readonly Case[]): Case[] {
  return cases.map((testCase) => ({
    ...testCase,
    name: `${testCase.name} [SCHEMA BUG: ${reason}]`,
    schemaBug: reason,
  }));
}

const names = new WeakMap<object, string>();

/** Registers `message` under `name`, so table rows built from it say which base they mutate. */
export function named<T extends object>(name: string, message: T): T {
  names.set(message, name);
  return message;
}

function nameOf(message: unknown): string {
  return (typeof message === 'object' && message !== null && names.get(message)) || 'message';
}

/** Splits a JS accessor path (`content.interactive.action.buttons[3].reply.title`) into keys and indexes. */
export function segments(path: string): (string | number)[] {
  if (path === '') return [];
  const keys: (string | number)[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (part[2] !== undefined) keys.push(Number(part[2]));
    else if (part[1] !== undefined) keys.push(part[1]);
  }
  return keys;
}

type Container = Record<string | number, unknown>;

/**
 * A deep copy of `base` with `value` at `path` (missing objects and arrays on the way are created), or with the
 * key deleted (an array item spliced out) when `value` is {@link REMOVED}. `base` itself is never changed.
 */
export function withPath<T>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base);
  const keys = segments(path);
  const last = keys.at(-1);
  if (last === undefined) return value as T;
  let parent = copy as unknown as Container;
  for (const [position, key] of keys.slice(0, -1).entries()) {
    const next = keys[position + 1];
    if (typeof parent[key] !== 'object' || parent[key] === null)
      parent[key] = typeof next === 'number' ? [] : {};
    parent = parent[key] as Container;
  }
  if (value === REMOVED && Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (value === REMOVED) delete parent[last];
  else parent[last] = structuredClone(value);
  if (typeof copy === 'object' && copy !== null) {
    names.set(copy, `${nameOf(base)} {${String(last)}=${describe(value)}}`);
  }
  return copy;
}

/** A short label for a value in a test name: long strings and arrays are summarised. */
export function describe(value: unknown): string {
  if (value === REMOVED) return '(removed)';
  if (typeof value === 'string') {
    return value.length > 24 ? `"${value.slice(0, 8)}…" (${value.length} chars)` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

/** A string of exactly `length` characters. */
export function chars(length: number, char = 'x'): string {
  return char.repeat(length);
}

/** An http(s) URL of exactly `length` characters. */
export function urlOfLength(length: number): string {
  const prefix = 'https://example.com/';
  return prefix + chars(length - prefix.length, 'a');
}

/** `count` items made by `make`. */
export function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

/** Row: setting `path` to `value` on `base` still parses. */
export function ok(base: object, path: string, value: unknown): Case {
  return {
    name: `${nameOf(base)}: ${path} = ${describe(value)} → ok`,
    input: withPath(base, path, value),
    expected: { ok: true },
  };
}

/** Row: setting `path` to `value` on `base` fails with an issue at `issueAt` (default: `path`). */
export function fails(
  base: object,
  path: string,
  value: unknown,
  issueAt = path,
  mentions?: number | string,
): Case {
  return {
    name: `${nameOf(base)}: ${path} = ${describe(value)} → issue at ${issueAt === '' ? '(root)' : issueAt}`,
    input: withPath(base, path, value),
    expected: mentions === undefined ? { ok: false, issueAt } : { ok: false, issueAt, mentions },
  };
}

/** Row: the field at `path` is required (deleting it fails at `issueAt`, default `path`). */
export function required(base: object, path: string, issueAt = path): Case {
  return fails(base, path, REMOVED, issueAt);
}

/** Row: the field at `path` is optional (deleting it still parses). */
export function optional(base: object, path: string): Case {
  return ok(base, path, REMOVED);
}

/** Rows: a string of `max` characters passes, `max + 1` fails and the message states `max`. */
export function maxLength(
  base: object,
  path: string,
  max: number,
  make: (length: number) => string = chars,
): Case[] {
  return [ok(base, path, make(max)), fails(base, path, make(max + 1), path, max)];
}

/** Rows: an array of `max` items passes, `max + 1` fails at `issueAt` (default `path`). */
export function maxItems(
  base: object,
  path: string,
  max: number,
  item: (index: number) => unknown,
  issueAt = path,
): Case[] {
  return [ok(base, path, times(max, item)), fails(base, path, times(max + 1, item), issueAt, max)];
}

/** Rows: an array of `min` items passes, `min - 1` fails at `issueAt` (default `path`). */
export function minItems(
  base: object,
  path: string,
  min: number,
  item: (index: number) => unknown,
  issueAt = path,
): Case[] {
  return [ok(base, path, times(min, item)), fails(base, path, times(min - 1, item), issueAt, min)];
}

/** Rows: `min` and `max` pass; one step below and above fail; for integers, a fraction fails too. */
export function range(base: object, path: string, min: number, max: number, integer: boolean): Case[] {
  const step = integer ? 1 : 0.5;
  const rows = [
    ok(base, path, min),
    ok(base, path, max),
    fails(base, path, min - step, path, min),
    fails(base, path, max + step, path, max),
  ];
  if (integer) rows.push(fails(base, path, min + 0.5));
  return rows;
}

/** Rows: every value of the enum passes; an unknown value fails and the message names an allowed value. */
export function oneOf(base: object, path: string, values: readonly [string, ...string[]]): Case[] {
  return [
    ...values.map((value) => ok(base, path, value)),
    fails(base, path, 'not-a-real-value', path, values[0]),
  ];
}

/** Whether `path` is `root` or lies below it. */
export function isWithin(path: string, root: string): boolean {
  return root === '' || path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);
}

/** valibot's default messages ("Invalid type: Expected string but received 5") name no rule a person knows. */
const JARGON = /^Invalid (type|length|value|key|format|input)\b.*Expected .* but received/i;

/** Asserts that `issue` explains itself in words rather than in valibot's jargon. */
export function expectReadable(issue: ValidationIssue): void {
  expect(typeof issue.path, 'issue path').toBe('string');
  expect(typeof issue.message, `message of ${issue.path}`).toBe('string');
  expect(issue.message.trim().length, `message of ${issue.path} is empty`).toBeGreaterThan(5);
  expect(issue.message, `message of ${issue.path} is valibot jargon`).not.toMatch(JARGON);
}

/** "at most 1,024 characters" and "at most 1024 characters" both state 1024. */
function states(message: string, what: number | string): boolean {
  return typeof what === 'number'
    ? message.replace(/(\d)[,_\s\u202f](?=\d{3})/g, '$1').includes(String(what))
    : message.includes(what);
}

/** Asserts one case: parses cleanly, or fails with an issue exactly at the expected path and nowhere else. */
export function expectCase({ input, expected, validator = parseMessage }: Case): void {
  const issues = issuesOf(() => validator(input));
  const found = `issues: ${JSON.stringify(issues)}`;
  if (expected.ok) {
    expect(issues, `expected the message to parse; ${found}`).toEqual([]);
    return;
  }
  const paths = issues.map((issue) => issue.path);
  expect(paths, 'expected a ValidationError').not.toEqual([]);
  expect(paths, `expected an issue at ${expected.issueAt}; ${found}`).toContain(expected.issueAt);
  const elsewhere = issues.filter((issue) => !isWithin(issue.path, expected.issueAt));
  expect(
    elsewhere,
    `a one-field mutation should only produce issues at ${expected.issueAt}; ${found}`,
  ).toEqual([]);
  for (const issue of issues) expectReadable(issue);
  const { mentions } = expected;
  if (mentions !== undefined) {
    const here = issues.filter((issue) => issue.path === expected.issueAt).map((issue) => issue.message);
    expect(
      here.some((message) => states(message, mentions)),
      `an issue at ${expected.issueAt} should state ${mentions}: ${JSON.stringify(here)}`,
    ).toBe(true);
  }
}

/** Registers one vitest test per case. */
export function check(cases: readonly Case[]): void {
  // SCHEMA_BUGS=show runs the known-bug rows as ordinary tests, to see why each one fails.
  const showBugs = process.env['SCHEMA_BUGS'] === 'show';
  for (const testCase of cases) {
    if (testCase.schemaBug === undefined || showBugs) it(testCase.name, () => expectCase(testCase));
    else it.fails(testCase.name, () => expectCase(testCase));
  }
}
