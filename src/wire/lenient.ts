// Reading a request the way 8x8 reads it. 8x8's server reads JSON leniently and its own examples rely on it: enum
// values in any letter case ("Button", "url", "quickreply"), numbers written as strings ("0", "38.8693") and booleans
// written as strings ("True"). Before the schemas check a request, this walk turns such values into the reference's
// spelling, into numbers and into booleans, guided by the
// schemas themselves, so every rule (and every caller after parseMessage) sees one form. Anything it cannot read that
// way is left as it is, for the schema to report at its path.
import * as v from 'valibot';
import { ENUM_VALUES, isPlainObject } from './primitives.js';
import { booleanFromText, INTEGER_TEXT, numberFromText } from './value-text.js';

/** Enum schemas written as string pipes (case-insensitive picklists): their canonical spellings, lowercase-keyed. */
const spellings = new WeakMap<object, ReadonlyMap<string, string>>();

/**
 * An enum accepted in any letter case (8x8's own material writes `"Text"`, `"whatsapp"`) and emitted in the canonical
 * spelling, also when the schema is used on its own.
 */
export function caseInsensitivePicklist<const T extends readonly [string, ...string[]]>(options: T) {
  const canonical = new Map(options.map((option) => [option.toLowerCase(), option] as const));
  const list = options.map((option) => `"${option}"`).join(', ');
  return spelledAs(
    v.pipe(
      v.string(),
      v.check((value) => canonical.has(value.toLowerCase()), `must be one of ${list} (in any letter case)`),
      v.transform((value) => canonical.get(value.toLowerCase()) as T[number]),
    ),
    options,
  );
}

/** Rewrites a schema applies to an object before its fields are read (one per schema, see {@link readAs}). */
const readers = new WeakMap<object, (value: Readonly<Record<string, unknown>>) => Record<string, unknown>>();

/** Registers the canonical spellings of a string schema that accepts `options` in any letter case. */
export function spelledAs<TSchema extends object>(schema: TSchema, options: readonly string[]): TSchema {
  spellings.set(schema, new Map(options.map((option) => [option.toLowerCase(), option] as const)));
  ENUM_VALUES.set(schema, options);
  return schema;
}

/**
 * Registers how 8x8 reads an object of this schema before its fields are checked (a value 8x8 infers, such as an
 * interactive message's type). `read` must return the object unchanged when it has nothing to infer.
 */
export function readAs<TSchema extends object>(
  schema: TSchema,
  read: (value: Readonly<Record<string, unknown>>) => Record<string, unknown>,
): TSchema {
  readers.set(schema, read);
  return schema;
}

/** The schema's fields that matter here; valibot keeps them on every schema object, piped or not. */
interface SchemaShape {
  readonly type: string;
  readonly wrapped?: v.GenericSchema;
  readonly options?: readonly unknown[];
  readonly entries?: Readonly<Record<string, v.GenericSchema>>;
  readonly item?: v.GenericSchema;
  readonly value?: v.GenericSchema;
  readonly pipe?: readonly { readonly type: string }[];
}

function read(schema: v.GenericSchema, input: unknown, ancestors: Set<object>): unknown {
  const shape = schema as unknown as SchemaShape;
  switch (shape.type) {
    case 'optional':
    case 'exact_optional':
    case 'nullable':
    case 'nullish':
      return shape.wrapped === undefined ? input : read(shape.wrapped, input, ancestors);
    case 'picklist': {
      if (typeof input !== 'string') return input;
      const lower = input.toLowerCase();
      const match = shape.options?.find(
        (option): option is string => typeof option === 'string' && option.toLowerCase() === lower,
      );
      return match ?? input;
    }
    case 'string': {
      const spelling = spellings.get(schema);
      return spelling !== undefined && typeof input === 'string'
        ? (spelling.get(input.toLowerCase()) ?? input)
        : input;
    }
    case 'number': {
      if (typeof input !== 'string') return input;
      const value = numberFromText(input);
      // Rule: an integer field reads a whole number written in digits only ("1e3", "60.0" stay text, refused at
      // their path); "1.5" is read, for the integer rule to refuse as no whole number.
      return value === undefined ||
        (Number.isInteger(value) &&
          !INTEGER_TEXT.test(input) &&
          shape.pipe?.some(({ type }) => type === 'integer'))
        ? input
        : value;
    }
    case 'boolean':
      return typeof input === 'string' ? (booleanFromText(input) ?? input) : input;
    case 'array': {
      if (!Array.isArray(input) || shape.item === undefined || ancestors.has(input)) return input;
      ancestors.add(input);
      for (let index = 0; index < input.length; index++) {
        const item = input[index];
        const value = read(shape.item, item, ancestors);
        if (value !== item) input[index] = value;
      }
      ancestors.delete(input);
      return input;
    }
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'record':
      return readObject(schema, shape, input, ancestors);
    default:
      return input;
  }
}

function readObject(schema: v.GenericSchema, shape: SchemaShape, input: unknown, ancestors: Set<object>) {
  if (!isPlainObject(input) || ancestors.has(input)) return input;
  const value = readers.get(schema)?.(input) ?? input;
  ancestors.add(input);
  for (const key of Object.keys(value)) {
    const field = shape.type === 'record' ? shape.value : shape.entries?.[key];
    if (field === undefined) continue;
    const item = value[key];
    const normal = read(field, item, ancestors);
    if (normal === item) continue;
    if (typeof item === 'string' && typeof normal === 'string') respelled(value, key, item);
    // Defined, not assigned: a "__proto__" key of the JSON stays a key instead of replacing the prototype.
    if (key === '__proto__') Object.defineProperty(value, key, { ...FIELD, value: normal });
    else value[key] = normal;
  }
  ancestors.delete(input);
  return value;
}

const FIELD = { enumerable: true, writable: true, configurable: true } as const;

/** The enum values read in another spelling, as their callers wrote them: by the object read, then by key. */
const writtenSpellings = new WeakMap<object, Map<string, string>>();

function respelled(object: object, key: string, written: string): void {
  const spellings = writtenSpellings.get(object);
  if (spellings === undefined) writtenSpellings.set(object, new Map([[key, written]]));
  else spellings.set(key, written);
}

/**
 * How the caller wrote the enum value at `object[key]` of a copy {@link readLeniently} read, when it wrote it in
 * another spelling (`"read"` for `"Read"`); `undefined` otherwise. For an issue to quote the value as written.
 */
export function writtenSpelling(object: unknown, key: unknown): string | undefined {
  return typeof object === 'object' && object !== null && typeof key === 'string'
    ? writtenSpellings.get(object)?.get(key)
    : undefined;
}

/**
 * `input` as 8x8 reads it against `schema`: enum values in the reference's spelling and numbers written as strings
 * as numbers, wherever the schema has an enum or a number. Rewrites `input` in place (an object 8x8 infers a field
 * of is replaced by a new one), so `input` must be the caller's own copy: parseMessage's copy of what it was given.
 */
export function readLeniently(schema: v.GenericSchema, input: unknown): unknown {
  return read(schema, input, typeof input === 'object' && input !== null ? new Set() : NO_ANCESTORS);
}

/** Read with a primitive, which read() never adds to its ancestors: no set made for it. */
const NO_ANCESTORS: Set<object> = /* @__PURE__ */ new Set();

/**
 * The schema {@link readLeniently} reads a field of `schema` with: `path` names object keys, and a number the items
 * of an array (`'channels', 0`), through optional and nullable wrappers as read() goes; `undefined` where there is
 * no such field. What the builders read a caller's value with, at the step that receives it.
 */
export function schemaAt(
  schema: v.GenericSchema,
  ...path: readonly (string | number)[]
): v.GenericSchema | undefined {
  let at: SchemaShape | undefined = schema as unknown as SchemaShape;
  for (const key of path) {
    while (at !== undefined && WRAPPERS.has(at.type)) at = at.wrapped as SchemaShape | undefined;
    if (at === undefined) return undefined;
    if (typeof key === 'number') at = at.type === 'array' ? (at.item as SchemaShape | undefined) : undefined;
    else if (at.type === 'record') at = at.value as SchemaShape | undefined;
    else if (OBJECTS.has(at.type))
      at = Object.hasOwn(at.entries ?? {}, key) ? (at.entries?.[key] as SchemaShape) : undefined;
    else return undefined;
  }
  return at as unknown as v.GenericSchema | undefined;
}

const WRAPPERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'optional',
  'exact_optional',
  'nullable',
  'nullish',
]);
const OBJECTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['object', 'strict_object', 'loose_object']);
