// Readable compile errors for the builders. An illegal step keeps its place in the chain but demands a `this` of a
// string-literal type: calling it fails with "The 'this' context of type … is not assignable to method's 'this' of
// type '"✗ …what to do instead…"'", so the error names the rule and the fix.

/**
 * `unknown` (anything goes) when `Ok` is `true`, otherwise the message itself, as a string-literal type that no
 * builder is assignable to. Used as the `this` parameter of a builder step that is illegal at that point.
 *
 * @example
 * ```ts
 * import type { Refuse } from '8x8-chatapps';
 *
 * type Allowed = Refuse<true, '✗ never shown'>; // unknown
 * type Refused = Refuse<false, '✗ add .rcs() first'>; // '✗ add .rcs() first'
 * ```
 */
export type Refuse<Ok extends boolean, Message extends string> = Ok extends true ? unknown : Message;

/**
 * The words of a tuple joined the way a sentence lists choices: `'a'`, `'a or b'`, `'a, b or c'`.
 *
 * @example
 * ```ts
 * import type { Either } from '8x8-chatapps';
 *
 * const choices: Either<['.whatsapp()', '.viber()', '.zalo()']> = '.whatsapp(), .viber() or .zalo()';
 * ```
 */
export type Either<Words extends readonly string[]> = Words extends readonly [infer Only extends string]
  ? Only
  : Words extends readonly [infer Head extends string, infer Last extends string]
    ? `${Head} or ${Last}`
    : Words extends readonly [infer Head extends string, ...infer Rest extends readonly string[]]
      ? `${Head}, ${Either<Rest>}`
      : never;
