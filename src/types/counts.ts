// Small, bounded number-literal arithmetic for the builders' compile-time counts (buttons, rows, cards,
// suggestions). Every bound comes from `typeof LIMITS`; these helpers only count up to it. Each table is built once
// per bound and then looked up, so a step of a chain costs one indexed access, not a recursion.

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
export type SuccessorTable<Max extends number, Table extends number[] = []> = Table['length'] extends Max
  ? Table
  : SuccessorTable<Max, [...Table, [unknown, ...Table]['length'] & number]>;

/**
 * `N + 1`, for a count `N` that is still below `Max` (a step the builder only offers while there is room).
 *
 * @example
 * ```ts
 * import type { Increment } from '8x8-chatapps';
 *
 * const three: Increment<2, 10> = 3;
 * ```
 * @internal
 */
export type Increment<N extends number, Max extends number> =
  SuccessorTable<Max> extends infer Table extends readonly number[] ? Exclude<Table[N], undefined> : never;

/**
 * `0 | 1 | … | Max - 1`.
 *
 * @example
 * ```ts
 * import type { CountsBelow } from '8x8-chatapps';
 *
 * const zeroOrOne: CountsBelow<2> = 1;
 * ```
 * @internal
 */
export type CountsBelow<Max extends number, Seen extends number[] = []> = Seen['length'] extends Max
  ? Seen[number]
  : CountsBelow<Max, [...Seen, Seen['length']]>;

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
