// Property-based: whatever it is given, parseMessage returns a message or throws a ValidationError whose issues
// each carry a path and a message. It never crashes with a TypeError or anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage } from '../../src/wire/index.js';
import { REMOVED, withPath } from './table.js';
import { accessor, messageAndPath, VALID } from './valid-messages.js';

// FUZZ_RUNS=20000 npx vitest run test/wire/fuzz.test.ts searches harder than the default run.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

/** An issue path in JS accessor form: '' or `a.b[3].c` (a quoted key in brackets for an unusual name). */
const ACCESSOR =
  /^(?:|(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*)$/;

/**
 * Parses `input`; any outcome but a message or a well-formed ValidationError fails the property.
 * Returns the parsed message, or undefined when the input was rejected.
 */
function parseOrExplain(input: unknown): unknown {
  let output: unknown;
  try {
    output = parseMessage(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.issues.length, 'a ValidationError lists at least one issue').toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.path, `path ${JSON.stringify(issue.path)} is in accessor form`).toMatch(ACCESSOR);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.trim(), `message at ${issue.path}`).not.toBe('');
    }
    expect(error.message).not.toBe('');
    return undefined;
  }
  return output;
}

/** The property form of {@link parseOrExplain} (fast-check reads a returned value as the verdict). */
function parsesOrExplains(input: unknown): void {
  parseOrExplain(input);
}

/**
 * For JSON input: besides {@link parseOrExplain}, what parseMessage returns is what goes on the wire, so it
 * must survive JSON and parse again to itself.
 */
function parsesToWireReady(input: unknown): void {
  const output = parseOrExplain(input);
  if (output === undefined) return;
  const wire = JSON.parse(JSON.stringify(output)) as unknown;
  expect(parseMessage(wire)).toStrictEqual(wire);
}

/** Values that break naive code: wrong types, non-finite numbers, huge strings, odd objects. */
const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    2 ** 53 + 2,
    '',
    ' ',
    '\u0000',
    'x'.repeat(70_000),
    [],
    {},
    [[]],
    { length: 3 },
    Object.create(null),
    new Date(Number.NaN),
    '__proto__',
  ),
  fc.jsonValue(),
  fc.anything(),
);

/** A valid message with one key deleted or one value replaced by arbitrary JSON. */
const mutatedJson = messageAndPath.chain(([message, path]) =>
  fc.oneof(
    fc.constant(withPath(message, accessor(path), REMOVED)),
    fc.jsonValue().map((value) => withPath(message, accessor(path), value)),
  ),
);

/** A valid message with one value replaced by something no JSON body holds (undefined, NaN, a Map …). */
const mutatedWithNasty = messageAndPath.chain(([message, path]) =>
  nasty.map((value) => withPath(message, accessor(path), value)),
);

/** Objects shaped roughly like a message, with arbitrary parts. */
const messageShaped = fc.record(
  {
    user: fc.oneof(fc.record({ msisdn: fc.oneof(fc.string(), nasty) }, { requiredKeys: [] }), nasty),
    type: fc.oneof(
      fc.constantFrom(
        'text',
        'Image',
        'interactive',
        'template',
        'carousel',
        'richCard',
        'buttons',
        'location',
      ),
      nasty,
    ),
    content: fc.oneof(
      fc.dictionary(
        fc.constantFrom(
          'text',
          'url',
          'interactive',
          'template',
          'richCard',
          'carousel',
          'location',
          'suggestions',
          'button',
          'whatsApp',
        ),
        nasty,
      ),
      nasty,
    ),
    channels: fc.oneof(
      fc.array(
        fc.record(
          { channel: fc.oneof(fc.constantFrom('SMS', 'WhatsApp', 'RCS'), nasty) },
          { requiredKeys: [] },
        ),
      ),
      nasty,
    ),
    context: nasty,
  },
  { requiredKeys: [] },
);

describe('parseMessage on arbitrary input', () => {
  it('arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), parsesToWireReady), { numRuns: RUNS });
  });

  it('arbitrary JavaScript values (maps, dates, typed arrays, null prototypes, sparse arrays …)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, parsesOrExplains), { numRuns: RUNS });
  });

  it('objects shaped like a message', () => {
    fc.assert(fc.property(messageShaped, parsesOrExplains), { numRuns: RUNS });
  });

  it('valid messages with one key deleted or one value replaced by JSON: the output is wire-ready', () => {
    fc.assert(fc.property(mutatedJson, parsesToWireReady), { numRuns: RUNS * 2 });
  });

  it('valid messages with one value replaced by a non-JSON value', () => {
    fc.assert(fc.property(mutatedWithNasty, parsesOrExplains), { numRuns: RUNS });
  });

  it('the valid messages themselves', () => {
    expect(VALID.length).toBeGreaterThan(40);
    for (const message of VALID) parsesToWireReady(message);
  });
  // Counterexamples fast-check found once, kept so they stay fixed.
  it('keys named like Object.prototype members ("__proto__", "toString") are plain keys', () => {
    const proto = JSON.parse(
      '{"user":{"msisdn":"+6512345678"},"type":"text","content":{"text":"Hi","__proto__":{"x":1}}}',
    ) as unknown;
    expect(JSON.stringify(parseOrExplain(proto))).toBe(JSON.stringify(proto));
    for (const subType of ['__proto__', 'toString', 'constructor']) {
      const card = JSON.parse(
        `{"cardIndex":0,"components":[{"type":"header","parameters":[{"type":"image","url":"https://example.com/a.jpg"}]},{"type":"button","subType":"${subType}","index":0,"parameters":[{"type":"text","text":"x"}]}]}`,
      ) as unknown;
      const template = {
        name: 'offers',
        language: 'en',
        components: [{ type: 'carousel', cards: [card, card] }],
      };
      const message = { user: { msisdn: '+6512345678' }, type: 'template', content: { template } };
      expect(parseOrExplain(message)).toBeUndefined();
    }
  });
});
