// safeParseMessage: the same verdict as parseMessage, as a result value; it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error.js';
import { parseMessage, safeParseMessage } from '../../src/wire/index.js';
import { BASES, LIST, REPLY_BUTTONS, TEXT } from '../fixtures/messages.js';
import { REMOVED, times, withPath } from './table.js';

function thrownBy(input: unknown): ValidationError {
  try {
    parseMessage(input);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected parseMessage to throw');
}

const INVALID: readonly (readonly [string, unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'hello'],
  ['an array', [TEXT]],
  ['an empty object', {}],
  ['text without content.text', withPath(TEXT, 'content.text', REMOVED)],
  [
    'four reply buttons',
    withPath(
      REPLY_BUTTONS,
      'content.interactive.action.buttons',
      times(4, (i) => ({ type: 'reply', reply: { id: `b${i}`, title: `B${i}` } })),
    ),
  ],
  [
    'several broken rules at once',
    withPath(withPath(LIST, 'content.interactive.action.button', ''), 'user', {}),
  ],
];

describe('safeParseMessage', () => {
  it.each(INVALID)(
    'returns { success: false, error } with the issues parseMessage throws, for %s',
    (_name, input) => {
      const result = safeParseMessage(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(result.error.issues).toStrictEqual(thrownBy(input).issues);
      expect(result.error.message).toBe(thrownBy(input).message);
      expect(Object.keys(result).sort()).toEqual(['error', 'success']);
    },
  );

  it('reports every broken rule, not just the first', () => {
    const input = INVALID.find(([name]) => name === 'several broken rules at once')?.[1];
    const result = safeParseMessage(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['user', 'content.interactive.action.button']),
    );
  });

  it('names every issue path in the error message', () => {
    const error = thrownBy(INVALID.find(([name]) => name === 'several broken rules at once')?.[1]);
    for (const issue of error.issues) expect(error.message).toContain(issue.path);
  });

  it.each(Object.entries(BASES))('returns { success: true, output } for the %s base', (_name, base) => {
    const result = safeParseMessage(base);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.output).toStrictEqual(parseMessage(base));
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
        (input) => {
          const result = safeParseMessage(input);
          expect(typeof result.success).toBe('boolean');
          if (!result.success) expect(result.error).toBeInstanceOf(ValidationError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
