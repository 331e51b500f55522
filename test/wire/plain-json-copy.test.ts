// plainJsonCopy, the lean copy parseMessage and build() take when a value is plain JSON: it copies exactly what the
// full guard (copyJsonValue) copies without an issue, and hands everything else to the guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { copyJsonValue, NOT_PLAIN_JSON, plainJsonCopy } from '../../src/wire/json-value.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

function agreesWithTheGuard(input: unknown): void {
  const plain = plainJsonCopy(input);
  const guarded = copyJsonValue(input);
  if (plain === NOT_PLAIN_JSON) {
    expect(guarded.issues.length, 'refused only what the guard reports').toBeGreaterThan(0);
  } else {
    expect(guarded.issues).toEqual([]);
    expect(plain).toStrictEqual(guarded.value);
  }
}

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}

describe('plainJsonCopy', () => {
  it('copies JSON as the guard does: a fresh copy, undefined properties dropped', () => {
    fc.assert(fc.property(fc.jsonValue(), agreesWithTheGuard), { numRuns: RUNS });
    const input = { a: [1, { b: 'x' }], c: undefined, d: null };
    const copy = plainJsonCopy(input) as typeof input;
    expect(copy).toStrictEqual({ a: [1, { b: 'x' }], d: null });
    expect(copy.a).not.toBe(input.a);
    expect(copy.a[1]).not.toBe(input.a[1]);
  });

  it('refuses whatever the guard reports, and nothing it accepts', () => {
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
    fc.assert(fc.property(anything, agreesWithTheGuard), { numRuns: RUNS * 3 });
  });

  it('keeps a "__proto__" key as a key', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const copy = plainJsonCopy(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('leaves cycles, deep nesting, huge arrays, holes and throwing reads to the guard', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    const throwing = {
      get text(): string {
        throw new Error('no');
      },
    };
    const cases: unknown[] = [
      cycle,
      nested(LIMITS.guards.nestingMaxDepth + 1),
      new Array(LIMITS.guards.arrayMaxItems + 1).fill(0),
      // A hole (a sparse array).
      Object.assign(new Array(3), { 0: 1, 2: 3 }),
      [undefined],
      throwing,
      new Proxy(
        {},
        {
          ownKeys: () => ['x'],
          getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
          get: () => () => 1,
        },
      ),
      { n: Number.NaN },
      { f: () => 1 },
    ];
    for (const input of cases) {
      expect(plainJsonCopy(input)).toBe(NOT_PLAIN_JSON);
      agreesWithTheGuard(input);
    }
    expect(plainJsonCopy(nested(LIMITS.guards.nestingMaxDepth - 1))).not.toBe(NOT_PLAIN_JSON);
  });
});
