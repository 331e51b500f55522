// Compile-time length checks of string literals, for the few short labels whose limit a developer hits while typing
// (button, row and section titles, suggestion chips). A plain `string` always passes: the wire schemas check every
// string at runtime. One character is stripped per step, so the cost is bounded by the limit (at most a few dozen).
// TypeScript 7 counts UTF-16 code units, exactly as the schemas do; TypeScript 6 counts code points, so it may let an
// emoji-heavy literal through to the runtime check, never refuse a valid one.

/**
 * `true` when the string literal `Text` has more than `Max` characters; `false` for `string` and short literals.
 *
 * @example
 * ```ts
 * import type { ExceedsLength } from '8x8-chatapps';
 *
 * const tooLong: ExceedsLength<'Reschedule my appointment', 20> = true;
 * ```
 * @internal
 */
export type ExceedsLength<
  Text extends string,
  Max extends number,
  Seen extends unknown[] = [],
> = string extends Text
  ? false
  : Seen['length'] extends Max
    ? Text extends ''
      ? false
      : true
    : Text extends `${string}${infer Rest}`
      ? ExceedsLength<Rest, Max, [...Seen, unknown]>
      : false;

/**
 * The type of a length-limited parameter: the literal itself while it fits, otherwise `Message`, which the compiler
 * then shows as the expected type ("not assignable to parameter of type '✗ … at most 20 characters'").
 *
 * @example
 * ```ts
 * import type { WithinLength } from '8x8-chatapps';
 *
 * const title: WithinLength<'Yes', 20, '✗ too long'> = 'Yes';
 * ```
 * @internal
 */
export type WithinLength<Text extends string, Max extends number, Message extends string> =
  ExceedsLength<Text, Max> extends true ? Message : Text;
