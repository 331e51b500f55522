// Readable compile errors for the builders. A step that breaks a rule stays in the chain, typed as the rule, so the
// error is reported on the refused step itself and its type (shown by completion and hover) reads as the rule:
// - a step that takes arguments is typed `(refused: '✗ …', ...rest) => never`, so calling it reads "Argument of type
//   … is not assignable to parameter of type '"✗ …what to do instead…"'" on its first argument;
// - a step usually called without arguments (`.build()`, `.whatsapp()`) is a `Refused<'✗ …'>`, which is not
//   callable: "This expression is not callable. Type 'Refused<"✗ …">' has no call signatures." on the step's name.
// Steps that never follow (a channel or a second content after the content) are also deprecated members, struck
// through in editor completion. Internal: not exported by the package.

/**
 * A refused step that is called without arguments: not callable, and its type names the rule.
 */
export interface Refused<Rule extends string> {
  /** The rule that refuses the step. */
  readonly refused: Rule;
}

/** The key of {@link RefusedValue}: declared only, so no value of the type can be written. */
declare const refusedValue: unique symbol;

/**
 * A refused value of an option, in the union of the values allowed: no value has this type, and the error of any
 * other value lists it, so it reads "Type '"Read"' is not assignable to type '"Accepted" | "Sent" |
 * RefusedValue<"✗ …">'".
 */
export interface RefusedValue<Rule extends string> {
  readonly [refusedValue]: Rule;
}

/** A refused step that takes arguments: its first parameter is the rule. */
export type RefusedCall<Rule extends string> = (refused: Rule, ...rest: readonly unknown[]) => never;

// The words of a tuple joined the way a sentence lists choices: 'a', 'a or b', 'a, b or c'.
// Either<['.whatsapp()', '.viber()', '.zalo()']> is '.whatsapp(), .viber() or .zalo()'.
export type Either<Words extends readonly string[]> = Words extends readonly [infer Only extends string]
  ? Only
  : Words extends readonly [infer Head extends string, infer Last extends string]
    ? `${Head} or ${Last}`
    : Words extends readonly [infer Head extends string, ...infer Rest extends readonly string[]]
      ? `${Head}, ${Either<Rest>}`
      : never;
