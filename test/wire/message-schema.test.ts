// A built message is checked with its own request schema (src/wire/message-schema.ts): the envelope, the basic
// content fields, and only the structured content it carries. It must say exactly what parseMessage says, whatever
// the request: the same output, or the same issues in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as contentModule from '../../src/wire/content.js';
import * as wire from '../../src/wire/index.js';
import { safeParseMessage } from '../../src/wire/index.js';
import { messageSchemaFor } from '../../src/wire/message-schema.js';
import { safeParseRequest } from '../../src/wire/parse.js';
import * as requestModule from '../../src/wire/request.js';
import { REMOVED, withPath } from './table.js';
import { accessor, messageAndPath, VALID } from './valid-messages.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

/** Both schemas' verdicts on `input`, side by side. */
function verdicts(input: unknown) {
  const outcome = (result: ReturnType<typeof safeParseMessage>) =>
    result.success ? { output: result.output } : { issues: result.error.issues };
  return {
    own: outcome(safeParseRequest(messageSchemaFor, input)),
    whole: outcome(safeParseMessage(input)),
  };
}

function agrees(input: unknown): void {
  const { own, whole } = verdicts(input);
  expect(own).toStrictEqual(whole);
}

/** Structured content of every kind, to put into any message (where it may not belong). */
const STRUCTURED = VALID.flatMap((message) => {
  const content = (message as { content?: Record<string, unknown> }).content ?? {};
  return ['interactive', 'template', 'richCard', 'carousel', 'suggestions']
    .filter((field) => content[field] !== undefined)
    .map((field) => [field, content[field]] as const);
});

describe("a built message's own schema says what parseMessage says", () => {
  it('on every valid request', () => {
    for (const message of VALID) {
      const { own, whole } = verdicts(message);
      expect(whole).toHaveProperty('output');
      expect(own).toStrictEqual(whole);
    }
  });

  it('with one value replaced or removed anywhere', () => {
    const mutated = messageAndPath.chain(([message, path]) =>
      fc.oneof(
        fc.constant(withPath(message, accessor(path), REMOVED)),
        fc.jsonValue().map((value) => withPath(message, accessor(path), value)),
        fc.constantFrom(...STRUCTURED).map(([, value]) => withPath(message, accessor(path), value)),
      ),
    );
    fc.assert(fc.property(mutated, agrees), { numRuns: RUNS * 2 });
  });

  it('with every content field broken at once (issues in the same order)', () => {
    const broken = fc
      .tuple(fc.constantFrom(...VALID), fc.constantFrom(...STRUCTURED), fc.jsonValue())
      .map(([message, [field, value], junk]) => {
        const content = (message as { content?: Record<string, unknown> }).content ?? {};
        const keys = [...Object.keys(content), field, 'text', 'url', 'sms', 'button', 'location'];
        return keys.reduce(
          (request, key, index) => withPath(request, `content.${key}`, index % 2 === 0 ? junk : value),
          message,
        );
      });
    fc.assert(fc.property(broken, agrees), { numRuns: RUNS });
  });

  it('with structured content of another type added, valid or broken', () => {
    const added = fc
      .tuple(fc.constantFrom(...VALID), fc.constantFrom(...STRUCTURED), fc.option(fc.jsonValue()))
      .map(([message, [field, value], broken]) =>
        withPath(message, `content.${field}`, broken === null ? value : broken),
      );
    fc.assert(fc.property(added, agrees), { numRuns: RUNS });
  });
});

describe('the per-message schemas stay internal', () => {
  // content.ts and request.ts export pieces for message-schema.ts; the public API lists its names explicitly.
  const INTERNAL = new Set(['BASIC_CONTENT', 'CONTENT_FIELD_ORDER', 'messageRequestSchema']);

  it('every other export of content.ts and request.ts is exported by the library', () => {
    const names = [...Object.keys(contentModule), ...Object.keys(requestModule)];
    const missing = names.filter((name) => !INTERNAL.has(name) && !(name in wire));
    expect(missing, 'add these to src/wire/index.ts').toEqual([]);
    for (const name of INTERNAL) expect(name in wire, `${name} is internal`).toBe(false);
  });

  it('the basic content fields and the structured ones make up ContentSchema, in its order', () => {
    const structured = ['interactive', 'template', 'richCard', 'carousel', 'suggestions'];
    expect(Object.keys(wire.ContentSchema.entries)).toEqual([...contentModule.CONTENT_FIELD_ORDER]);
    expect(Object.keys(contentModule.BASIC_CONTENT).sort()).toEqual(
      contentModule.CONTENT_FIELD_ORDER.filter((field) => !structured.includes(field)).sort(),
    );
    for (const [field, schema] of Object.entries(contentModule.BASIC_CONTENT)) {
      expect(wire.ContentSchema.entries[field as keyof typeof wire.ContentSchema.entries]).toBe(schema);
    }
  });
});
