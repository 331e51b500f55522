// Every enum, number and boolean field of the webhook schemas, read as 8x8 may write it. The fields are listed from
// the schemas (an enum is a string field that gives back a spelling of its own, a number or boolean one that also
// reads a string), and each must be reached by a body of the corpus. At every place a body holds one, the value is
// written another way (a known enum value in capitals and in lower case, a number or a boolean as a string) and the
// event parseWebhook gives must be the same as for the body as 8x8 documents it: kind, state, content, payload. And
// every optional field a body holds, written as null, must read as if 8x8 had left it out.
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseWebhook, safeParseWebhook } from '../../src/index.js';
import {
  DeliveryReceiptWebhookSchema,
  ExternalAppMessageWebhookSchema,
  InboundMessageWebhookSchema,
} from '../../src/wire/webhook.js';
import { WEBHOOK_CORPUS } from './corpus.js';

type Kind = 'enum' | 'number' | 'boolean';

interface SchemaShape {
  readonly type: string;
  readonly wrapped?: v.GenericSchema;
  readonly entries?: Readonly<Record<string, v.GenericSchema>>;
  readonly item?: v.GenericSchema;
  readonly pipe?: readonly { readonly type: string }[];
}

const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish']);
const OBJECTS = new Set(['object', 'strict_object', 'loose_object']);

const SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  outbound_message_status_changed: DeliveryReceiptWebhookSchema,
  external_app_message: ExternalAppMessageWebhookSchema,
  inbound_message_received: InboundMessageWebhookSchema,
};

function unwrap(schema: v.GenericSchema): SchemaShape {
  let shape = schema as unknown as SchemaShape;
  while (WRAPPERS.has(shape.type) && shape.wrapped !== undefined)
    shape = shape.wrapped as unknown as SchemaShape;
  return shape;
}

/** What a leaf reads leniently: a string that comes out in a spelling of its own, a number or boolean from text. */
function kindOf(shape: SchemaShape): Kind | 'unknown' | undefined {
  const transforms = shape.pipe?.some((action) => action.type === 'transform') ?? false;
  if (shape.type === 'string' && transforms) return 'enum';
  if (shape.type === 'unknown' && transforms) return 'unknown';
  return undefined;
}

/** Every lenient field of `schema`, as `payload.status.state`. */
function fieldsOf(schema: v.GenericSchema, path = '', out = new Set<string>()): Set<string> {
  const shape = unwrap(schema);
  if (kindOf(shape) !== undefined) out.add(path);
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
  readonly written: readonly unknown[];
}

/** The other ways 8x8 may write `value` at a leaf of `kind` that this leaf reads as it reads `value`. */
function otherSpellings(
  leaf: v.GenericSchema,
  kind: Kind | 'unknown',
  value: unknown,
): [Kind, unknown[]] | undefined {
  const read = (input: unknown) => v.safeParse(leaf, input);
  const same = (input: unknown) => {
    const a = read(input);
    const b = read(value);
    return a.success && b.success && a.output === b.output;
  };
  if (kind === 'enum' && typeof value === 'string') {
    const variants = [value.toUpperCase(), value.toLowerCase()].filter((s) => s !== value);
    // A value the field does not know is kept as sent, so only a known one reads the same in another spelling.
    return variants.length > 0 && variants.every(same) ? ['enum', variants] : undefined;
  }
  // A number or a boolean is always read from its text: no filter, so a field that stops reading it fails below.
  if (typeof value === 'number') return ['number', [String(value), ` ${String(value)} `]];
  if (typeof value === 'boolean') return ['boolean', [String(value), String(value).toUpperCase()]];
  return undefined;
}

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
  if (kind !== undefined) {
    const spellings = otherSpellings(shape as unknown as v.GenericSchema, kind, value);
    if (spellings !== undefined && spellings[1].length > 0)
      out.push({ field, kind: spellings[0], at: [...at], written: spellings[1] });
  } else if (OBJECTS.has(shape.type) && typeof value === 'object' && value !== null)
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

function withValue(body: unknown, at: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[at.at(-1) as string | number] = value;
  return copy;
}

const CORPUS = [...WEBHOOK_CORPUS]
  .map(([name, text]) => {
    const body = JSON.parse(text) as { eventType: string };
    return [name, body, SCHEMAS[body.eventType]] as const;
  })
  .filter(
    (entry): entry is readonly [string, { eventType: string }, v.GenericSchema] => entry[2] !== undefined,
  );

describe('every enum, number and boolean field of the webhook schemas', () => {
  it('is reached, with a value it knows, by a body of the corpus', () => {
    const fields = new Set(Object.values(SCHEMAS).flatMap((schema) => [...fieldsOf(schema)]));
    const reached = new Set(
      CORPUS.flatMap(([, body, schema]) => occurrencesIn(schema, body).map((o) => o.field)),
    );
    const unreached = [...fields].filter((field) => !reached.has(field));
    expect(unreached).toEqual([
      // Text that may come as a number: the other way round, pinned in events.test.ts.
      'payload.whatsapp.providerErrorCode',
      // A carousel card's header is an image or a video on WhatsApp; the header schema's location is reached at
      // payload.outboundContent.header.location.
      'payload.outboundContent.cards[].header.location.latitude',
      'payload.outboundContent.cards[].header.location.longitude',
    ]);
    expect(fields.size).toBeGreaterThan(20);
  });
});

describe('each body, with each such value written another way, gives the same event', () => {
  it.each(CORPUS)('%s', (_name, body, schema) => {
    const event = parseWebhook(body);
    const differences: string[] = [];
    let variants = 0;
    const occurrences = occurrencesIn(schema, body);
    for (const { at, written } of occurrences) {
      for (const value of written) {
        variants++;
        const other = parseWebhook(withValue(body, at, value));
        try {
          expect(other).toStrictEqual(event);
        } catch {
          differences.push(`${at.join('.')} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(variants).toBeGreaterThan(0);
    let all: unknown = body;
    for (const { at, written } of occurrences) all = withValue(all, at, written[0]);
    expect(parseWebhook(all)).toStrictEqual(event);
  });
});

/** Where `value` holds an optional field of `schema` (one 8x8 may leave out), as paths into `value`. */
function optionalFieldsIn(
  schema: v.GenericSchema,
  value: unknown,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  let shape = schema as unknown as SchemaShape;
  const inner = shape.wrapped as unknown as SchemaShape | undefined;
  // A field where null is a value of its own (a receipt button's `value`: null for buttons that carry none) stays null.
  const nullIsAValue = inner?.type === 'nullable' && !(inner.pipe ?? []).some((a) => a.type === 'transform');
  if (at.length > 0 && shape.type === 'optional' && !nullIsAValue) out.push([...at]);
  shape = unwrap(schema);
  if (OBJECTS.has(shape.type) && typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [key, entry] of Object.entries(shape.entries ?? {})) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) optionalFieldsIn(entry, item, [...at, key], out);
    }
  else if (shape.type === 'array' && shape.item !== undefined && Array.isArray(value))
    value.forEach((item, index) => {
      optionalFieldsIn(shape.item as v.GenericSchema, item, [...at, index], out);
    });
  return out;
}

function without(body: unknown, at: readonly (string | number)[]): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  delete parent[at.at(-1) as string | number];
  return copy;
}

describe('an optional field written as null reads as one left out', () => {
  it.each(CORPUS)('%s', (_name, body, schema) => {
    const differences: string[] = [];
    const fields = optionalFieldsIn(schema, body);
    for (const at of fields) {
      const left = safeParseWebhook(without(body, at));
      const nulled = safeParseWebhook(withValue(body, at, null));
      if (!nulled.success) differences.push(`${at.join('.')}: ${nulled.error.message}`);
      else if (
        left.success &&
        !isDeepStrictEqual(JSON.parse(JSON.stringify(nulled.output)), JSON.parse(JSON.stringify(left.output)))
      )
        differences.push(`${at.join('.')}: another event`);
    }
    expect(differences).toEqual([]);
    expect(fields.length).toBeGreaterThan(0);
  });
});
