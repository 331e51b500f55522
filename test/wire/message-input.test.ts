// MessageRequestInput's other direction: every body of test/fixtures/written-bodies.ts, which the input type admits
// (npm run typecheck), parses to the request written beside it; and what parseMessage returns is what a send takes.
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import {
  type MessageRequestInput,
  MessageRequestSchema,
  parseMessage,
  safeParseMessage,
} from '../../src/wire/index.js';
import { INTEGER_KEYS } from '../fixtures/integer-fields.js';
import { WRITTEN_BODIES } from '../fixtures/written-bodies.js';

interface SchemaShape {
  readonly type: string;
  readonly wrapped?: v.GenericSchema;
  readonly item?: v.GenericSchema;
  readonly entries?: Readonly<Record<string, v.GenericSchema>>;
  readonly pipe?: readonly { readonly type: string }[];
}

/** The keys of the number fields of `schema`, the integer ones (a number piped through `integer`) apart. */
function numberKeys(
  schema: v.GenericSchema,
  key = '',
  keys = { integer: new Set<string>(), other: new Set<string>() },
) {
  const shape = schema as unknown as SchemaShape;
  if (shape.type === 'number')
    (shape.pipe?.some(({ type }) => type === 'integer') ? keys.integer : keys.other).add(key);
  if (shape.wrapped !== undefined) numberKeys(shape.wrapped, key, keys);
  if (shape.item !== undefined) numberKeys(shape.item, key, keys);
  for (const [name, entry] of Object.entries(shape.entries ?? {})) numberKeys(entry, name, keys);
  return keys;
}

describe('a body typed as MessageRequestInput, written as 8x8 writes it', () => {
  for (const { name, written, parsed } of WRITTEN_BODIES) {
    it(`parses to the reference's spellings, numbers and booleans: ${name}`, () => {
      expect(parseMessage(written)).toEqual(parsed);
      // The result reads the same once more: it is already in the reference's form.
      expect(parseMessage(parsed)).toEqual(parsed);
    });
  }

  it('is sent as parseMessage reads it, and a parsed request is sent unchanged', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme-sub', transport });
    const [first] = WRITTEN_BODIES;
    const written: MessageRequestInput = first!.written;
    await client.send(written);
    await client.send(parseMessage(written));
    expect(transport.requests.map((request) => request.body)).toEqual([first!.parsed, first!.parsed]);
  });
});

describe('an integer field of MessageRequestInput is typed as digits only (WholeNumeric)', () => {
  it("its keys are the request schema's integer fields, and no other number field has one of them", () => {
    const { integer, other } = numberKeys(MessageRequestSchema);
    expect([...integer].sort()).toEqual([...INTEGER_KEYS].sort());
    expect([...other].filter((key) => integer.has(key))).toEqual([]);
  });

  // `${number}` (Numeric) admits these, parseMessage reads no number in them; no template type can leave them out
  // (docs/decisions.md), so the refusal is at run time, at the field's path.
  it("what a number field's type admits but is no number to 8x8 is refused at its path", () => {
    const user = { msisdn: '+6591234567' };
    for (const text of ['0x10', '0o7', '0b1', '0X1A', ' ', '\n', '\u00a01', '\ufeff1']) {
      const located = { user, type: 'location', content: { location: { latitude: text, longitude: 1 } } };
      const routed = {
        user,
        type: 'text',
        content: { text: 'Hi' },
        channels: [{ channel: 'WhatsApp', fallbackAfter: text }],
      };
      for (const [body, path] of [
        [located, 'content.location.latitude'],
        [routed, 'channels[0].fallbackAfter'],
      ] as const) {
        const result = safeParseMessage(body);
        if (result.success) throw new Error(`${JSON.stringify(text)} was read as a number`);
        expect(result.error.issues.map((issue) => [issue.path, issue.message.split(',')[0]])).toEqual([
          [path, 'must be a number'],
        ]);
      }
    }
  });
});
