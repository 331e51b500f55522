// Type tests of the compile-time counting helpers (src/types/counts.ts): the counts and successors they give, and
// every count bound of LIMITS within the written-out table they are built from. Checked by `tsc` (7) and `tsc6`.
import type { Limits } from '../../src/limits.js';
import type {
  CountsBelow,
  CountUpTo,
  Increment,
  Predecessors,
  Successors,
  SuccessorTable,
} from '../../src/types/counts.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

expectType<Equal<CountsBelow<0>, never>>();
expectType<Equal<CountsBelow<1>, 0>>();
expectType<Equal<CountsBelow<3>, 0 | 1 | 2>>();
expectType<Equal<CountUpTo<2>, 0 | 1 | 2>>();
expectType<Equal<Increment<0, 3>, 1>>();
expectType<Equal<Increment<2, 3>, 3>>();
expectType<Equal<Increment<3, 3>, never>>();
expectType<Equal<Increment<0 | 1 | 2 | 3, 3>, 1 | 2 | 3>>();
// Every count bound of LIMITS fits the tables (at most 64): the last step up to it gives the bound itself.
type CountBounds =
  | Limits['message']['suggestionsMaxCount']
  | Limits['interactive']['replyButtonsMaxCount']
  | Limits['interactive']['sectionsMaxCount']
  | Limits['interactive']['rowsMaxTotal']
  | Limits['interactive']['productItemsMaxTotal']
  | Limits['template']['buttonIndexMax']
  | Limits['template']['urlButtonsMaxCount']
  | Limits['template']['cardButtonIndexMax']
  | Limits['rcs']['cardSuggestionsMaxCount']
  | Limits['rcs']['carouselCardsMaxCount'];
type TopStep<Max extends number> = Max extends number
  ? Equal<Increment<CountsBelow<Max>, Max>, Exclude<CountUpTo<Max>, 0>>
  : never;
expectType<TopStep<CountBounds>>();
expectType<Equal<Increment<29, Limits['interactive']['productItemsMaxTotal']>, 30>>();
expectType<Equal<CountsBelow<64>, CountUpTo<63>>>();
expectType<Equal<SuccessorTable<3>, [1, 2, 3]>>();
expectType<Equal<SuccessorTable<0>, []>>();
// Successors: n + 1 from the written-out table, up to LIMITS' Url button bound (the count it serves).
expectType<Equal<Successors[0], 1>>();
expectType<Equal<Successors[63], 64>>();
expectType<Equal<Successors[0 | 1], 1 | 2>>();
type UrlButtonsMax = Limits['template']['urlButtonsMaxCount'];
expectType<Equal<Successors[Predecessors[UrlButtonsMax]], UrlButtonsMax>>();
