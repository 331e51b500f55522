// Type tests of the compile-time length check (src/types/length.ts): it gives what counting one character at a time
// gives (printable ASCII counted, a literal with anything else left to the runtime check), at the edges of its
// eight-character steps and at the limits the builders use. Checked by `tsc` (7) and `tsc6`; nothing here runs.
import type { ExceedsLength } from '../../src/types/length.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

expectType<Equal<ExceedsLength<string, 20>, false>>();
expectType<Equal<ExceedsLength<'', 0>, false>>();
expectType<Equal<ExceedsLength<'a', 0>, true>>();
expectType<Equal<ExceedsLength<'1234567', 7>, false>>();
expectType<Equal<ExceedsLength<'12345678', 7>, true>>();
expectType<Equal<ExceedsLength<'12345678', 8>, false>>();
expectType<Equal<ExceedsLength<'123456789', 8>, true>>();
expectType<Equal<ExceedsLength<'123456789', 9>, false>>();
expectType<Equal<ExceedsLength<'1234567890', 9>, true>>();
expectType<Equal<ExceedsLength<'12345678901234567890', 20>, false>>();
expectType<Equal<ExceedsLength<'123456789012345678901', 20>, true>>();
expectType<Equal<ExceedsLength<'123456789012345678901234', 24>, false>>();
expectType<Equal<ExceedsLength<'1234567890123456789012345', 24>, true>>();
expectType<Equal<ExceedsLength<'1234567890123456789012345', 25>, false>>();
expectType<Equal<ExceedsLength<'12345678901234567890123456', 25>, true>>();
expectType<Equal<ExceedsLength<'Reschedule my appointment', 20>, true>>();
// A character that is not printable ASCII among the counted ones leaves the literal to the runtime check, wherever
// it stands in an eight-character step; after the limit it does not matter (the limit is already passed).
expectType<Equal<ExceedsLength<'é2345678901234567890123', 20>, false>>();
expectType<Equal<ExceedsLength<'1234567é901234567890123', 20>, false>>();
expectType<Equal<ExceedsLength<'1234567890123456789é123', 20>, false>>();
expectType<Equal<ExceedsLength<'12345678901234567890é', 20>, true>>();
expectType<Equal<ExceedsLength<'123456789012345678\t0123', 20>, false>>();
expectType<Equal<ExceedsLength<'😀😀😀😀😀😀😀😀😀😀😀', 20>, false>>();
expectType<Equal<ExceedsLength<'12345678😀2345678901234', 20>, false>>();
// Only a literal longer than the limit on the compiler's own count is counted (the cheap pattern first): an emoji
// that is the 20th character is 21 UTF-16 units on TS 6 and 20 code points on TS 7, within the limit on both; as the
// 21st character it is past the limit on both.
expectType<Equal<ExceedsLength<'1234567890123456789😀', 20>, false>>();
expectType<Equal<ExceedsLength<'12345678901234567890😀', 20>, true>>();
expectType<Equal<ExceedsLength<'1234567', 8>, false>>();
expectType<
  Equal<ExceedsLength<'1234567890123456789012345678901234567890123456789012345678901234', 64>, false>
>();
expectType<
  Equal<ExceedsLength<'12345678901234567890123456789012345678901234567890123456789012345', 64>, true>
>();
// A union is checked member by member; a template with a literal head long enough is already too long.
expectType<Equal<ExceedsLength<'a' | '123456789012345678901', 20>, boolean>>();
expectType<Equal<ExceedsLength<`123456789012345678901${string}`, 20>, true>>();
expectType<Equal<ExceedsLength<`1${string}`, 20>, false>>();

// The limits whose pattern is written out (LongerPatterns: 20, 24, 25, 30, 60, 72) give what the built pattern gives,
// at their edges; 64 above is built.
expectType<Equal<ExceedsLength<'123456789012345678901234567890', 30>, false>>();
expectType<Equal<ExceedsLength<'1234567890123456789012345678901', 30>, true>>();
expectType<Equal<ExceedsLength<'123456789012345678901234567890123456789012345678901234567890', 60>, false>>();
expectType<Equal<ExceedsLength<'1234567890123456789012345678901234567890123456789012345678901', 60>, true>>();
expectType<
  Equal<ExceedsLength<'123456789012345678901234567890123456789012345678901234567890123456789012', 72>, false>
>();
expectType<
  Equal<ExceedsLength<'1234567890123456789012345678901234567890123456789012345678901234567890123', 72>, true>
>();
expectType<
  Equal<ExceedsLength<'1234567890123456789012345678901234567890123456789012345678901234567890é23', 72>, false>
>();
