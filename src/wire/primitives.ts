// Building blocks shared by the wire schemas: bounded strings, URLs, phone numbers, date-times, ids,
// coordinates, and the helper that expresses cross-field rules. Every schema file composes these.
import * as v from 'valibot';
import { cut } from '../errors/message-text.js';
import { GEO_LIMITS } from '../limits.js';
import { numberFromText } from './value-text.js';

/** Whether `value` is a plain object (prototype Object.prototype or null): not an array, Date, Map or instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The same schema, refusing arrays: valibot's object and record schemas accept any non-null object, so
 * `content: []` would pass and its issues would land on the fields instead of on `content` itself.
 */
export function refuseArrays<TSchema extends v.GenericSchema>(schema: TSchema): TSchema {
  const runSchema = schema['~run'];
  const run: typeof runSchema = function run(this: TSchema, dataset, config) {
    if (!Array.isArray(dataset.value)) return runSchema.call(this, dataset, config);
    v._addIssue(this, 'type', dataset, config);
    dataset.typed = false;
    return dataset as unknown as ReturnType<typeof runSchema>;
  };
  (schema as { '~run': typeof runSchema })['~run'] = run;
  return schema;
}

/** The values of an enum schema that is not a picklist (an enum read in any letter case), for its messages. */
export const ENUM_VALUES = new WeakMap<object, readonly string[]>();

/** The values of an enum field, quoted and joined ('"a", "b"'); undefined for another kind of field. */
function enumValues(schema: v.GenericSchema): string | undefined {
  const values = ENUM_VALUES.get(schema) ?? (schema as { options?: readonly unknown[] }).options;
  return values?.map((value) => `"${String(value)}"`).join(', ');
}

/**
 * `v.object` that refuses arrays (see {@link refuseArrays}). A missing required enum says what to write: "is
 * required: one of …", its values.
 */
export function object<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
): v.ObjectSchema<TEntries, undefined> {
  const required = new Map<string, string>();
  for (const [key, schema] of Object.entries(entries)) {
    const values = enumValues(schema);
    if (values !== undefined) required.set(key, values);
  }
  if (required.size === 0) return refuseArrays(v.object(entries));
  // valibot reports a missing key as the object's issue (expected '"key"'); every other issue keeps its own words.
  const message = (issue: v.ObjectIssue) => {
    const key = issue.path?.at(-1)?.key;
    const values = typeof key === 'string' && issue.input === undefined ? required.get(key) : undefined;
    return values === undefined ? issue.message : `is required: one of ${values}`;
  };
  return refuseArrays(v.object(entries, message)) as unknown as v.ObjectSchema<TEntries, undefined>;
}

/** A string of at most `max` characters. */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A non-empty string of at most `max` characters (titles, labels: the API rejects empty ones). */
export function label(max: number) {
  return v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max));
}

/** A non-empty string with no length limit of its own. */
export const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** An integer in `[min, max]`. */
export function integerIn(min: number, max: number) {
  // Typed as a number schema with valibot's own message, as object() is: the function's type in every integer field's
  // declared type made TypeDoc report each such field of the exported schemas as undocumented (npm run docs failed).
  const integer = v.number(integerType) as unknown as v.NumberSchema<undefined>;
  return v.pipe(integer, v.integer(), v.minValue(min), v.maxValue(max));
}

/**
 * What an integer field says of a value of another type: a string holding a number in another form than digits
 * (`"1e3"`, `"60.0"`, left as text by the reading of src/wire/lenient.ts) is told how to write it; anything else
 * gets the generic sentence (valibot's default, reworded by src/wire/validate.ts).
 */
function integerType(issue: v.NumberIssue): string {
  return typeof issue.input === 'string' && numberFromText(issue.input) !== undefined
    ? `must be a whole number written in digits, got string ${cut(issue.received)}`
    : issue.message;
}

function isAbsoluteUri(value: string): boolean {
  // RFC 3986 absolute URI: a scheme, a colon, and no whitespace; URL parsing catches malformed authorities.
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value) && URL.canParse(value);
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);
}

/** An absolute URI of at most `max` characters. */
export function uriOfMaxLength(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max),
    v.check(isAbsoluteUri, 'must be an absolute URI such as https://example.com/path'),
  );
}

/** A public http(s) URL: where 8x8 or the channel fetches media, and where 8x8 posts delivery receipts. */
export const httpUrl = v.pipe(
  v.string(),
  v.check(isHttpUrl, 'must be an http:// or https:// URL such as https://example.com/image.png'),
);

/**
 * A web page an RCS chip opens in a browser or webview, of at most `max` characters: http(s) only. Another scheme
 * (`javascript:`, `data:`, `file:`, an app's own) could run code or reach the device; a phone number or a place has
 * its own action (`dialAction`, `viewLocationAction`), so `tel:` and `geo:` are refused with a pointer to it.
 */
export function webPageUrlOfMaxLength(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed || isHttpUrl(dataset.value)) return;
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(dataset.value)?.[1]?.toLowerCase();
      const instead =
        scheme === 'tel'
          ? ': for a phone number use dialAction (Suggestion.dial)'
          : scheme === 'geo'
            ? ': for a place use viewLocationAction (Suggestion.viewLocation)'
            : scheme === undefined
              ? ''
              : ` (got a ${scheme}: URL)`;
      addIssue({ message: `must be an http:// or https:// URL such as https://example.com/page${instead}` });
    }),
  );
}

/** E.164 international phone number: `+`, a non-zero digit, then up to 14 more digits. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

// Pure: only RCS's dial action reads it, so a text-only bundle leaves it out (esbuild does not see valibot's own
// no-side-effects marks across modules, evanw/esbuild issue 4369: every call needs its own).
/** A phone number in E.164 format. */
export const e164 = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string(),
  /* @__PURE__ */ v.regex(
    E164_PATTERN,
    'must be an E.164 phone number: "+", country code and number, digits only (e.g. +6512345678)',
  ),
);

/** MSISDN: E.164 with `+`, or digits only (a national number, with `user.country`). */
export const msisdn = v.pipe(
  v.string(),
  v.regex(
    /^(\+[1-9]\d{6,14}|\d{4,17})$/,
    'must be a phone number: E.164 like +6512345678, or national digits only (then set user.country)',
  ),
);

/** RFC 3339 date-time with a time zone: `2014-10-02T15:01:23Z`, `2014-10-02T15:01:23.045+05:30`. */
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** Whether `value` is an RFC 3339 date-time with an offset, naming a real calendar instant. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60
  );
}

/** An RFC 3339 date-time with a time zone offset or `Z`. */
export const dateTime = v.pipe(
  v.string(),
  v.check(
    isDateTime,
    'must be an RFC 3339 date-time with a time zone, e.g. 2026-11-25T09:30:00Z or 2026-11-25T17:30:00+08:00',
  ),
);

/** A GUID as 8x8 writes them: 8-4-4-4-12 hexadecimal digits (8x8's ids do not always carry an RFC 4122 version). */
export const guid = v.pipe(
  v.string(),
  v.regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be a UUID: 8-4-4-4-12 hexadecimal digits, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
  ),
);

/** Latitude in degrees, -90 to 90. */
export const latitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(GEO_LIMITS.latitudeMin),
  v.maxValue(GEO_LIMITS.latitudeMax),
);

/** Longitude in degrees, -180 to 180. */
export const longitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(GEO_LIMITS.longitudeMin),
  v.maxValue(GEO_LIMITS.longitudeMax),
);

/** A path below the value being checked: property names and array indexes. */
export type RelativePath = readonly (string | number)[];

/** Reports one broken rule at `path` (relative to the value being checked). */
export type Report = (path: RelativePath, message: string) => void;

/** Read-only, type-unsafe view of a value that has not (fully) passed its schema yet. */
export type Loose = Readonly<Record<string, unknown>>;

/** The value as a record, or `undefined` when it is not a plain object. */
export function asRecord(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
}

/** The value as an array, or an empty array when it is not one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A cross-field rule (one field's presence or value depends on another's). Unlike `v.check`, it runs even when
 * other fields of the object are invalid, so a caller sees every broken rule at once; it must therefore read the
 * value defensively (through {@link asRecord}/{@link asArray}), since it may be of any shape.
 */
export function rules<T>(check: (value: Loose, report: Report) => void): v.RawCheckAction<T> {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    const value = asRecord(dataset.value);
    if (!value) return;
    check(value, (path, message) => {
      let parent: unknown = value;
      const items = path.map((key) => {
        const record = parent as Record<string | number, unknown> | undefined;
        const child = record?.[key];
        const item = {
          type: typeof key === 'number' ? ('array' as const) : ('object' as const),
          origin: 'value' as const,
          input: parent,
          key,
          value: child,
        };
        parent = child;
        return item;
      });
      // biome-ignore lint/suspicious/noExplicitAny: valibot's path item union is keyed on the parent schema kind.
      addIssue(items.length > 0 ? { message, path: items as any } : { message });
    });
  });
}

/** Whether `value` has `key` set to something other than `undefined`. */
export function has(value: Loose | undefined, key: string): boolean {
  return value !== undefined && value[key] !== undefined;
}

/** The names of `keys` that `value` sets. */
export function present(value: Loose | undefined, keys: readonly string[]): string[] {
  return keys.filter((key) => has(value, key));
}

/** Lists names for a message: `a`, `a or b`, `a, b or c`. */
export function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Requires exactly one of `keys` on `value`, reporting at the object itself. */
export function exactlyOne(
  value: Loose,
  keys: readonly string[],
  report: Report,
  at: RelativePath = [],
): void {
  const set = present(value, keys);
  if (set.length === 0) report(at, `needs exactly one of ${either(keys)}, but has none`);
  else if (set.length > 1) report(at, `needs exactly one of ${either(keys)}, but has ${set.join(' and ')}`);
}

/** An array of `item` with `min`–`max` entries; count errors name what is counted (`at most 3 reply buttons`). */
export function list<const TItem extends v.GenericSchema>(
  item: TItem,
  noun: string,
  min = 0,
  max = Number.POSITIVE_INFINITY,
) {
  return v.pipe(
    v.array(item),
    v.minLength(min, `must have at least ${min} ${counted(min, noun)}`),
    v.maxLength(max, `must have at most ${max} ${counted(max, noun)}`),
  );
}

/** `noun` (a plural: "reply buttons", "products in a section") for `count` of them: "1 section", not "1 sections". */
function counted(count: number, noun: string): string {
  return count === 1 ? noun.replace(/s(?= in | on |$)/, '') : noun;
}
