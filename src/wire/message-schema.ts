// The request schema of one built message: the envelope and the basic content fields, plus the schema of each
// structured content field the message carries (interactive, template, RCS), and nothing else. The message chain's
// build() checks with it, so a bundle holds only the content schemas of what the app can build; parseMessage keeps
// the whole MessageRequestSchema. The fields, rules and their order are ContentSchema's, so the issues are the same.
import * as v from 'valibot';
import { BASIC_CONTENT, CONTENT_FIELD_ORDER } from './content.js';
import { asRecord, object } from './primitives.js';
import { messageRequestSchema } from './request.js';
import {
  STRUCTURED_CONTENT_FIELDS,
  type StructuredContentField,
  structuredContentSchema,
} from './structured-content.js';

/** The library builder that makes each structured content, for the issue when its schema is not bundled. */
const MADE_BY: Readonly<Record<StructuredContentField, string>> = {
  interactive: 'Interactive',
  template: 'the template step',
  richCard: 'RichCard',
  carousel: 'Carousel',
  suggestions: 'Suggestion',
};

/** Schemas by the structured fields a message carries (a bit each: at most 2^5 of them), made once each. */
const made = new Map<number, v.GenericSchema>();

/** What checks a structured field whose schema this bundle does not hold: it is refused, never sent unchecked. */
function notBundled(field: StructuredContentField) {
  return v.custom(
    () => false,
    `cannot be checked: its schema is not in this bundle (make it with ${MADE_BY[field]}, which brings it)`,
  );
}

/** The request schema for `request` (plain JSON): ContentSchema's rules for the content fields it holds. */
export function messageSchemaFor(request: unknown): v.GenericSchema {
  const record = asRecord(asRecord(request)?.['content']);
  let key = 0;
  for (let bit = 0; bit < STRUCTURED_CONTENT_FIELDS.length; bit++) {
    if (record?.[STRUCTURED_CONTENT_FIELDS[bit]!] !== undefined) key |= 1 << bit;
  }
  const known = made.get(key);
  if (known !== undefined) return known;
  const carried = STRUCTURED_CONTENT_FIELDS.filter((field) => record?.[field] !== undefined);
  let complete = true;
  const entries: v.ObjectEntries = {};
  for (const field of CONTENT_FIELD_ORDER) {
    if (field in BASIC_CONTENT) {
      entries[field] = BASIC_CONTENT[field as keyof typeof BASIC_CONTENT];
    } else if (carried.includes(field as StructuredContentField)) {
      const schema = structuredContentSchema(field as StructuredContentField);
      if (schema === undefined) complete = false;
      entries[field] = v.optional(schema ?? notBundled(field as StructuredContentField));
    }
  }
  const schema = messageRequestSchema(object(entries));
  // A schema found missing may still be registered later (a module imported on demand): ask again next time.
  if (complete) made.set(key, schema);
  return schema;
}
