// How 8x8 writes values we read: a number or a boolean as a string, an enum value in another letter case. In one
// place: requests (lenient.ts), answers (response.ts, message-details.ts) and webhooks (webhook.ts) read them alike.
import * as v from 'valibot';
import { receivedValue } from '../errors/message-text.js';

/**
 * A number as JSON writes it, optionally signed, with white space around it: what 8x8 reads from a string where the
 * reference says number. White space is the ASCII kind a number parser skips (.NET's, Java's trim()): a no-break or
 * other Unicode space is no part of a number (`String.prototype.trim` and `Number()` would skip those too).
 */
const NUMBER_TEXT = /^[\t-\r ]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)[\t-\r ]*$/;

/**
 * The number a string holds (`"38.8693"`, `" -3 "`, `"1e-5"`; surrounding spaces ignored), or `undefined` when it
 * holds none: an empty string, `"NaN"`, `"0x10"`, `"12 apples"`, `"\u00a012"`.
 */
export function numberFromText(text: string): number | undefined {
  const digits = NUMBER_TEXT.exec(text)?.[1];
  if (digits === undefined) return undefined;
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  // "-0" is written back as 0 (JSON.stringify does so too): one value, whichever way it was read.
  return value === 0 ? 0 : value;
}

/**
 * Whether a string holds a whole number written in digits, optionally signed (`"60"`, `" -3 "`): what a typed
 * reader parsing an integer field from text (.NET's `int.Parse`, Jackson's) takes; `"1e3"` and `"60.0"` it refuses.
 */
export const INTEGER_TEXT = /^[\t-\r ]*[+-]?\d+[\t-\r ]*$/;

/**
 * The boolean a string holds, `"true"` or `"false"` in any letter case (.NET writes `"True"`; surrounding spaces
 * ignored), or `undefined` for any other string (`"yes"`, `"1"`).
 */
export function booleanFromText(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** What a value that is no whole number is told: the rule and the value received. */
const notWholeNumber: v.ErrorMessage<v.CheckIssue<unknown>> = (issue) =>
  `must be a whole number, got ${receivedValue(issue.input, issue.received)}`;

/**
 * A whole number, also when written as a string (`"1002"`): error codes, counts, steps in what 8x8 sends. Typed as a
 * plain schema: its pipe's message function would make every schema holding it a callable in the API reference.
 */
export const wholeNumber: v.GenericSchema<unknown, number> = v.pipe(
  v.unknown(),
  v.transform((value) => (typeof value === 'string' ? (numberFromText(value) ?? value) : value)),
  v.check((value) => typeof value === 'number' && Number.isInteger(value), notWholeNumber),
  v.transform((value) => value as number),
);

/** Letter case and `_` do not tell values apart: 8x8 writes `button_reply` beside `nfmReply` in one list. */
function comparable(value: string): string {
  return value.replaceAll('_', '').toLowerCase();
}

/** Whether two enum spellings name the same value (`nfm_reply` and `nfmReply`, `Text` and `text`). */
export function sameEnumValue(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/**
 * For a string enum 8x8 may extend: a known value in any letter case (or with or without `_`) comes out in its
 * documented spelling, any other string comes out as sent.
 */
export function canonicalSpelling<const T extends readonly [string, ...string[]]>(known: T) {
  const canonical = new Map(known.map((value) => [comparable(value), value] as const));
  return v.transform((value: string): T[number] | (string & {}) => canonical.get(comparable(value)) ?? value);
}

/**
 * A field of what 8x8 sends (answers, webhooks) that it may leave out or write as `null`: both are read as absent.
 * 8x8 writes `null` where a value is missing (a quick-reply button's `value` in a receipt), so an optional field
 * that arrives as `null` must not make an accepted message look failed or a receipt be refused. Its type is written
 * flat: inferred through the pipe, the deepest webhook type a user reads (a receipt's carousel card's list row) was
 * more than TypeScript 7 resolves from the published declarations (TS2589).
 */
export function optionalOrNull<const TSchema extends v.GenericSchema>(
  schema: TSchema,
): v.OptionalSchema<
  v.GenericSchema<v.InferInput<TSchema> | null, v.InferOutput<TSchema> | undefined>,
  undefined
> {
  return v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((value) => (value === null ? undefined : value) as v.InferOutput<TSchema> | undefined),
    ),
  ) as never;
}

/** {@link optionalOrNull} for an object whose fields are all optional: left out or `null`, it is read as `{}`. */
export function objectOrEmpty<const TSchema extends v.GenericSchema>(
  schema: TSchema,
): v.OptionalSchema<
  v.GenericSchema<v.InferInput<TSchema> | null, v.InferOutput<TSchema>>,
  v.InferInput<TSchema>
> {
  return v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((value) => (value ?? {}) as v.InferOutput<TSchema>),
    ),
    {} as v.InferInput<TSchema>,
  ) as never;
}
