// The one JSON guard behind parseMessage, every send and .extra(): cycles, deep nesting, values JSON cannot carry and
// values that throw when read all end as ValidationError issues at their path, in work bounded by the depth limit.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/message.js';
import { createClient } from '../../src/client/client.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { LIMITS } from '../../src/limits.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import { parseMessage } from '../../src/wire/parse.js';
import { refusalOf } from '../validation-issues.js';

const JSON_MAX_DEPTH = LIMITS.guards.nestingMaxDepth;

const valid = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** A chain of `levels` objects, each read through a proxy that counts every property read. */
function countedNesting(levels: number): { value: unknown; reads: () => number } {
  let reads = 0;
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) {
    value = new Proxy(
      { next: value },
      {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver);
        },
      },
    );
  }
  return { value, reads: () => reads };
}

function issuesOf(attempt: () => unknown): { path: string; message: string }[] {
  return [...refusalOf(attempt)];
}

describe('cycles', () => {
  it('parseMessage reports a circular reference at its path', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(issuesOf(() => parseMessage({ ...valid, x: cyclic }))).toEqual([
      { path: 'x.self', message: 'must not contain a circular reference' },
    ]);
  });

  it('.extra() refuses a circular reference with a ValidationError naming .extra(), not a RangeError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const chain = Message.to('+6512345678').sms().text('Hi');
    let caught: unknown;
    try {
      chain.extra({ x: cyclic } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toContain('.extra()');
    expect((caught as ValidationError).issues).toEqual([
      { path: 'x.self', message: 'must not contain a circular reference' },
    ]);
  });

  it('a circular value in another step argument is reported by build(), not a RangeError at the step', () => {
    const place: Record<string, unknown> = { latitude: 1, longitude: 2 };
    place['self'] = place;
    const chain = Message.to('+6512345678')
      .whatsapp()
      .location(place as unknown as { latitude: number; longitude: number });
    expect(issuesOf(() => chain.build())).toContainEqual({
      path: 'content.location.self',
      message: 'must not contain a circular reference',
    });
  });

  it('the same object twice, side by side, is not a cycle', () => {
    const shared = { a: 1 };
    expect(parseMessage({ ...valid, x: [shared, shared] })).toMatchObject({ x: [{ a: 1 }, { a: 1 }] });
  });
});

describe('deep nesting', () => {
  it(`parseMessage refuses nesting deeper than ${JSON_MAX_DEPTH} levels with a ValidationError`, () => {
    const issues = issuesOf(() => parseMessage({ ...valid, x: nested(10_000) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(`is nested deeper than ${JSON_MAX_DEPTH} levels of objects and arrays`);
    expect(issues[0]?.path).toMatch(/^x(\[0\])+$/);
    // The limit is exact: the request itself is the first level.
    expect(() => parseMessage({ ...valid, x: nested(JSON_MAX_DEPTH - 1) })).not.toThrow();
    expect(() => parseMessage({ ...valid, x: nested(JSON_MAX_DEPTH) })).toThrow(ValidationError);
  });

  it('reads a deep value only down to the limit: work does not grow with the depth', () => {
    for (const levels of [1_000, 10_000]) {
      const { value, reads } = countedNesting(levels);
      expect(() => parseMessage({ ...valid, x: value })).toThrow(ValidationError);
      expect(reads()).toBeLessThanOrEqual(2 * JSON_MAX_DEPTH);
    }
  });

  it('.extra() refuses a deep value at the step; client.send refuses one without sending', async () => {
    const issues = issuesOf(() =>
      Message.to('+6512345678')
        .sms()
        .text('Hi')
        .extra({ x: nested(10_000) } as never),
    );
    expect(issues[0]?.message).toContain(`deeper than ${JSON_MAX_DEPTH} levels`);

    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const error = await client
      .send({ ...valid, x: nested(10_000) } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const built = { build: () => ({ ...valid, x: nested(10_000) }) as never };
    expect(await client.send(built).catch((caught: unknown) => caught)).toBeInstanceOf(ValidationError);
    expect(transport.requests).toHaveLength(0);
  });

  it('a deep value in another step argument is reported by build()', () => {
    const chain = Message.to('+6512345678')
      .whatsapp()
      .location({ latitude: 1, longitude: 2, deep: nested(10_000) } as never);
    expect(issuesOf(() => chain.build())[0]?.message).toContain('deeper than');
  });
});

describe('.extra() with something that is not an object of fields', () => {
  it.each([
    ['null', null],
    ['a string', 'abc'],
    ['a number', 1],
    ['an array', [1, 2]],
    ['undefined', undefined],
    ['a Date', new Date(0)],
  ])('refuses %s with a ValidationError naming .extra(), and adds no keys', (_name, fields) => {
    const chain = Message.to('+6512345678').sms().text('Hi');
    let caught: unknown;
    try {
      chain.extra(fields as never).build();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toContain('.extra()');
    expect((caught as ValidationError).issues[0]?.path).toBe('');
    expect(chain.build()).toEqual({
      user: { msisdn: '+6512345678' },
      type: 'text',
      content: { text: 'Hi' },
      channels: [{ channel: 'SMS' }],
    });
  });
});

describe('values that throw when read', () => {
  const throwing = {
    get boom(): string {
      throw new Error('getter says no');
    },
  };

  it('parseMessage reports a throwing getter at its path', () => {
    expect(issuesOf(() => parseMessage({ ...valid, x: throwing }))).toEqual([
      { path: 'x.boom', message: 'could not be read: getter says no' },
    ]);
  });

  it('parseMessage reports a proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(issuesOf(() => parseMessage({ ...valid, x: hostile }))).toEqual([
      { path: 'x', message: 'could not be read: no keys' },
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(() => parseMessage({ ...valid, x: proxy }))[0]?.path).toBe('x');
  });

  it('.extra() and build() report them as ValidationErrors', () => {
    expect(issuesOf(() => Message.to('+6512345678').sms().text('Hi').extra({ x: throwing }))).toEqual([
      { path: 'x.boom', message: 'could not be read: getter says no' },
    ]);
    const chain = Message.to('+6512345678')
      .whatsapp()
      .location({ latitude: 1, longitude: 2, x: throwing } as never);
    expect(issuesOf(() => chain.build())).toContainEqual({
      path: 'content.location.x.boom',
      message: 'could not be read: getter says no',
    });
  });
});

describe('long values in messages', () => {
  it('a huge wrong-typed string is cut in the message; the issue list says what it got', () => {
    const huge = 'h'.repeat(1_000_000);
    let caught: ValidationError | undefined;
    try {
      parseMessage({ ...valid, type: huge });
    } catch (error) {
      caught = error as ValidationError;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught!.message.length).toBeLessThan(2_000);
    expect(caught!.issues[0]?.message.length).toBeLessThan(2_000);
  });
});
