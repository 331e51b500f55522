// Readable compile errors for the builders. An illegal step keeps its place in the chain but demands a `this` of a
// string-literal type: calling it fails with "The 'this' context of type … is not assignable to method's 'this' of
// type '"✗ …what to do instead…"'", so the error names the rule and the fix. Internal: not exported by the package.

// The words of a tuple joined the way a sentence lists choices: 'a', 'a or b', 'a, b or c'.
// Either<['.whatsapp()', '.viber()', '.zalo()']> is '.whatsapp(), .viber() or .zalo()'.
export type Either<Words extends readonly string[]> = Words extends readonly [infer Only extends string]
  ? Only
  : Words extends readonly [infer Head extends string, infer Last extends string]
    ? `${Head} or ${Last}`
    : Words extends readonly [infer Head extends string, ...infer Rest extends readonly string[]]
      ? `${Head}, ${Either<Rest>}`
      : never;
