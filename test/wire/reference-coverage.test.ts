// Every enum, number and boolean field of the request, read as 8x8 reads it. The fields are listed from the request
// schema itself (so a field added to the schema is listed here without a list to keep), and each one must be reached
// by a body of the corpus: the real bodies of test/fixtures/requests and, for the fields they leave out, the bodies
// of test/fixtures/reference-facts.ts (facts of the reference, our own words). At every place a body holds such a field, the value is written as
// 8x8 also reads it (an enum in other letter cases, a number or a boolean as a string) and parseMessage must give the
// same request as for the canonical body: the reference's spelling, numbers and booleans.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MessageRequestSchema, parseMessage, safeParseMessage } from '../../src/wire/index.js';
import { ENUM_VALUES } from '../../src/wire/primitives.js';
import { REFERENCE_FACTS } from '../fixtures/reference-facts.js';

type Kind = 'enum' | 'number' | 'boolean';

interface SchemaShape {
  readonly type: string;
  readonly wrapped?: v.GenericSchema;
  readonly options?: readonly unknown[];
  readonly entries?: Readonly<Record<string, v.GenericSchema>>;
  readonly item?: v.GenericSchema;
}

const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish']);
const OBJECTS = new Set(['object', 'strict_object', 'loose_object']);

function unwrap(schema: v.GenericSchema): SchemaShape {
  let shape = schema as unknown as SchemaShape;
  while (WRAPPERS.has(shape.type) && shape.wrapped !== undefined)
    shape = shape.wrapped as unknown as SchemaShape;
  return shape;
}

function kindOf(shape: SchemaShape): Kind | undefined {
  if (shape.type === 'picklist') return 'enum';
  if (shape.type === 'string' && ENUM_VALUES.has(shape)) return 'enum';
  if (shape.type === 'number') return 'number';
  if (shape.type === 'boolean') return 'boolean';
  return undefined;
}

/** Every enum, number and boolean field of `schema`, as `content.template.components[].index`. */
function fieldsOf(schema: v.GenericSchema, path = '', out = new Map<string, Kind>()): Map<string, Kind> {
  const shape = unwrap(schema);
  const kind = kindOf(shape);
  if (kind !== undefined) out.set(path, kind);
  else if (OBJECTS.has(shape.type))
    for (const [key, field] of Object.entries(shape.entries ?? {}))
      fieldsOf(field, path === '' ? key : `${path}.${key}`, out);
  else if (shape.type === 'array' && shape.item !== undefined) fieldsOf(shape.item, `${path}[]`, out);
  return out;
}

interface Occurrence {
  readonly field: string;
  readonly kind: Kind;
  readonly at: readonly (string | number)[];
  readonly value: unknown;
}

/** Where `value` (a canonical request) holds an enum, number or boolean field of `schema`. */
function occurrencesIn(
  schema: v.GenericSchema,
  value: unknown,
  field = '',
  at: (string | number)[] = [],
  out: Occurrence[] = [],
): Occurrence[] {
  if (value === undefined) return out;
  const shape = unwrap(schema);
  const kind = kindOf(shape);
  if (kind !== undefined) out.push({ field, kind, at: [...at], value });
  else if (OBJECTS.has(shape.type) && typeof value === 'object' && value !== null)
    for (const [key, entry] of Object.entries(shape.entries ?? {}))
      occurrencesIn(
        entry,
        (value as Record<string, unknown>)[key],
        field === '' ? key : `${field}.${key}`,
        [...at, key],
        out,
      );
  else if (shape.type === 'array' && shape.item !== undefined && Array.isArray(value))
    value.forEach((item, index) => {
      occurrencesIn(shape.item as v.GenericSchema, item, `${field}[]`, [...at, index], out);
    });
  return out;
}

/** The value as 8x8 also reads it: other letter cases of an enum, a number or a boolean as a string. */
function spellings(kind: Kind, value: unknown): unknown[] {
  if (kind === 'enum') {
    const text = String(value);
    const swapped = [...text]
      .map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))
      .join('');
    const capitalised = text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
    return [...new Set([text.toUpperCase(), text.toLowerCase(), swapped, capitalised])].filter(
      (s) => s !== text,
    );
  }
  if (kind === 'number') return [String(value), ` ${String(value)} `];
  return [String(value), String(value).toUpperCase()];
}

function withValue(body: unknown, at: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[at.at(-1) as string | number] = value;
  return copy;
}

const directory = new URL('../fixtures/requests/', import.meta.url);
const FIXTURES = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as unknown] as const);

const BODIES: readonly (readonly [string, unknown])[] = [
  ...FIXTURES,
  ...REFERENCE_FACTS.map((f) => [f.name, f.body] as const),
];

const FIELDS = fieldsOf(MessageRequestSchema);
const CORPUS = BODIES.map(([name, body]) => [name, body, parseMessage(body)] as const);

describe('every enum, number and boolean field of the request', () => {
  it('is listed from the schema', () => {
    expect(FIELDS.size).toBeGreaterThan(40);
  });

  it('is reached by a body of the corpus', () => {
    const reached = new Set(
      CORPUS.flatMap(([, , request]) => occurrencesIn(MessageRequestSchema, request).map((o) => o.field)),
    );
    expect([...FIELDS.keys()].filter((field) => !reached.has(field))).toEqual([]);
  });
});

describe('each body, with each such value written as 8x8 also reads it, parses to the canonical request', () => {
  it.each(CORPUS)('%s', (_name, body, canonical) => {
    expect(parseMessage(canonical), 'the canonical request parses to itself').toStrictEqual(canonical);
    const occurrences = occurrencesIn(MessageRequestSchema, canonical);
    const differences: string[] = [];
    let variants = 0;
    for (const { at, kind, value } of occurrences) {
      for (const spelling of spellings(kind, value)) {
        variants++;
        const written = withValue(canonical, at, spelling);
        const result = safeParse(written);
        if (result === undefined) differences.push(`${at.join('.')} = ${JSON.stringify(spelling)}: refused`);
        else if (!isDeepStrictEqual(result, canonical))
          differences.push(`${at.join('.')} = ${JSON.stringify(spelling)}: ${JSON.stringify(result)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(variants).toBeGreaterThan(0);
    // And all at once: every enum, number and boolean of the body written another way.
    let all: unknown = canonical;
    for (const { at, kind, value } of occurrences) all = withValue(all, at, spellings(kind, value)[0]);
    expect(parseMessage(all)).toStrictEqual(canonical);
    expect(parseMessage(body)).toStrictEqual(canonical);
  });

  it('a value that is no spelling of its field stays an error at its path', () => {
    const [, , canonical] = CORPUS.find(([name]) => name.startsWith('RCS text')) ?? [];
    const wrong = withValue(
      canonical,
      ['content', 'suggestions', 1, 'action', 'openUrlAction', 'application'],
      'BROWSR',
    );
    expect(() => parseMessage(wrong)).toThrow(
      /content\.suggestions\[1\]\.action\.openUrlAction\.application: must be one of/,
    );
    const notNumber = withValue(canonical, ['channels', 0, 'fallbackAfter'], 'sixty');
    expect(() => parseMessage(notNumber)).toThrow(
      /channels\[0\]\.fallbackAfter: must be a number, got string "sixty"/,
    );
  });
});

function safeParse(input: unknown): unknown {
  const result = safeParseMessage(input);
  return result.success ? result.output : undefined;
}
