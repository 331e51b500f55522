// The schemas of structured content, by `content` field: what a built message may check without the whole content
// schema. Each is registered by the module that makes such content (the part builders, the template step) and by
// ContentSchema, so a bundle holds a schema exactly when it holds code that can produce or parse that content.
import type * as v from 'valibot';

/** The `content` fields whose schema comes from its own module; every other field is in BASIC_CONTENT. */
export const STRUCTURED_CONTENT_FIELDS = [
  'interactive',
  'template',
  'richCard',
  'carousel',
  'suggestions',
] as const;

/** A `content` field holding structured content of one type. */
export type StructuredContentField = (typeof STRUCTURED_CONTENT_FIELDS)[number];

const schemas = new Map<StructuredContentField, v.GenericSchema>();

/** Registers the schema of a structured `content` field (the same schema ContentSchema checks it with). */
export function registerContentSchema(field: StructuredContentField, schema: v.GenericSchema): void {
  schemas.set(field, schema);
}

/** The registered schema of a structured `content` field, `undefined` when this bundle holds none. */
export function structuredContentSchema(field: StructuredContentField): v.GenericSchema | undefined {
  return schemas.get(field);
}

/** Registers the structured fields of the whole content schema, and returns it. */
export function registerStructuredContent<TSchema extends v.ObjectSchema<v.ObjectEntries, undefined>>(
  schema: TSchema,
): TSchema {
  for (const field of STRUCTURED_CONTENT_FIELDS) {
    const entry = schema.entries[field] as { readonly wrapped?: v.GenericSchema } | undefined;
    if (entry?.wrapped !== undefined) schemas.set(field, entry.wrapped);
  }
  return schema;
}
