// Small, bounded number-literal arithmetic for the builders' compile-time counts (buttons, rows, cards,
// suggestions). Every bound comes from `typeof LIMITS`; these helpers only count up to it. Each table is built once
// per bound and then looked up, so a step of a chain costs one indexed access, not a recursion. The tables are built
// by looking the previous count up in a written-out interface, one step per count: building them by counting tuple
// lengths cost every program that used a product list ~2,300 instantiations (its 30 products), now ~400.
//
// Increment keeps its shape, the successor read from a tuple of exactly `Max` entries: the compiler then measures a
// builder's count parameter as bivariant, which lets a count known only at run time (a builder filled in a loop,
// typed with its general count) take any step's result. With a lookup in a table of any other length, or a
// conditional on the count, the compiler rejects such loops (test/types/interactive.ts and rcs.ts check them).

/**
 * `n - 1` for the counts 1–64 (a written-out tuple would cost ~70 instantiations, for its Array members; a lookup in
 * an interface costs none). LIMITS' counts stay within it (test/types/counts.ts). Not exported by the package.
 */
// biome-ignore format: a table, eight to a row
export interface Predecessors {
  1: 0; 2: 1; 3: 2; 4: 3; 5: 4; 6: 5; 7: 6; 8: 7;
  9: 8; 10: 9; 11: 10; 12: 11; 13: 12; 14: 13; 15: 14; 16: 15;
  17: 16; 18: 17; 19: 18; 20: 19; 21: 20; 22: 21; 23: 22; 24: 23;
  25: 24; 26: 25; 27: 26; 28: 27; 29: 28; 30: 29; 31: 30; 32: 31;
  33: 32; 34: 33; 35: 34; 36: 35; 37: 36; 38: 37; 39: 38; 40: 39;
  41: 40; 42: 41; 43: 42; 44: 43; 45: 44; 46: 45; 47: 46; 48: 47;
  49: 48; 50: 49; 51: 50; 52: 51; 53: 52; 54: 53; 55: 54; 56: 55;
  57: 56; 58: 57; 59: 58; 60: 59; 61: 60; 62: 61; 63: 62; 64: 63;
}

/**
 * `n + 1` for the counts 0–63, read from a written-out interface like {@link Predecessors}: one indexed access, for
 * a count whose step is refused by its own rule once it reaches its bound (so it needs no `Max`); any other number
 * gives `number`. Not exported by the package.
 */
// biome-ignore format: a table, eight to a row
export interface Successors {
  readonly [count: number]: number;
  0: 1; 1: 2; 2: 3; 3: 4; 4: 5; 5: 6; 6: 7; 7: 8;
  8: 9; 9: 10; 10: 11; 11: 12; 12: 13; 13: 14; 14: 15; 15: 16;
  16: 17; 17: 18; 18: 19; 19: 20; 20: 21; 21: 22; 22: 23; 23: 24;
  24: 25; 25: 26; 26: 27; 27: 28; 28: 29; 29: 30; 30: 31; 31: 32;
  32: 33; 33: 34; 34: 35; 35: 36; 36: 37; 37: 38; 38: 39; 39: 40;
  40: 41; 41: 42; 42: 43; 43: 44; 44: 45; 45: 46; 46: 47; 47: 48;
  48: 49; 49: 50; 50: 51; 51: 52; 52: 53; 53: 54; 54: 55; 55: 56;
  56: 57; 57: 58; 58: 59; 59: 60; 60: 61; 61: 62; 62: 63; 63: 64;
}

/**
 * `N + 1`, for a count `N` that is still below `Max` (a step the builder only offers while there is room); `never`
 * once `N` reaches `Max`.
 *
 * @example
 * ```ts
 * import type { Increment } from '8x8-chatapps';
 *
 * const three: Increment<2, 10> = 3;
 * ```
 * @internal
 */
export type Increment<N extends number, Max extends number> = Exclude<SuccessorTable<Max>[N], undefined>;

/**
 * `[1, 2, …, Max]`: the successor of `n` is at index `n`.
 *
 * @example
 * ```ts
 * import type { SuccessorTable } from '8x8-chatapps';
 *
 * const table: SuccessorTable<3> = [1, 2, 3];
 * ```
 * @internal
 */
export type SuccessorTable<Max extends number> = Max extends keyof Predecessors
  ? [...SuccessorTable<Predecessors[Max]>, Max]
  : [];

/**
 * `0 | 1 | … | Max - 1`, for a count literal `Max` (at most 64).
 *
 * @example
 * ```ts
 * import type { CountsBelow } from '8x8-chatapps';
 *
 * const zeroOrOne: CountsBelow<2> = 1;
 * ```
 * @internal
 */
export type CountsBelow<Max extends number> = Max extends keyof Predecessors
  ? Predecessors[Max] | CountsBelow<Predecessors[Max]>
  : never;

/**
 * `0 | 1 | … | Max`: the counts a builder with at most `Max` items can be at.
 *
 * @example
 * ```ts
 * import type { CountUpTo } from '8x8-chatapps';
 *
 * const buttons: CountUpTo<3> = 2;
 * ```
 * @internal
 */
export type CountUpTo<Max extends number> = CountsBelow<Max> | Max;

/**
 * `true` when the count `N` (at most `Max`) has reached `Max`, so one more item would break the limit.
 *
 * @example
 * ```ts
 * import type { IsFull } from '8x8-chatapps';
 *
 * const full: IsFull<3, 3> = true;
 * ```
 * @internal
 */
export type IsFull<N extends number, Max extends number> = N extends Max ? true : false;

/**
 * `true` when the count `N` is below `Min`, so the part is not complete yet.
 *
 * @example
 * ```ts
 * import type { IsBelow } from '8x8-chatapps';
 *
 * const tooFew: IsBelow<1, 2> = true;
 * ```
 * @internal
 */
export type IsBelow<N extends number, Min extends number> = N extends CountsBelow<Min> ? true : false;
