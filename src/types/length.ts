// Compile-time checks of string literals, for the short labels whose limit a developer hits while typing (button,
// row and section titles, the list's menu button, CTA labels, header and footer texts, row descriptions, suggestion
// chips: every limit up to 72 characters), and for required strings written empty. A plain `string` always passes: the wire schemas check every
// string at runtime, in UTF-16 code units. The two compilers split a literal differently: TypeScript 6 takes one
// UTF-16 code unit per step, TypeScript 7 one code point, so an emoji counts 2 on one and 1 on the other. To agree
// with each other and with the wire rule, a literal is only counted while its characters are printable ASCII (one
// unit on both); a literal with any other character is left to the runtime check. Each distinct literal is checked
// once per program. A literal first meets a pattern only longer strings match (matching instantiates nothing), so a
// literal within the limit, nearly every one, costs about 5 instantiations whatever its length (a suggestion text of
// 9 characters cost 66 counted, one of 19 characters 101). Only a literal that long is counted: a step costs about
// one instantiation per character it takes plus a dozen for the step itself, so the characters are taken eight at a
// time while at least eight remain below the limit, then one at a time.

import type { Predecessors } from './counts.js';

/** Printable ASCII: one UTF-16 code unit and one code point, so both compilers count it the same. */
type Ascii =
  | ' '
  | '!'
  | '"'
  | '#'
  | '$'
  | '%'
  | '&'
  | "'"
  | '('
  | ')'
  | '*'
  | '+'
  | ','
  | '-'
  | '.'
  | '/'
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | ':'
  | ';'
  | '<'
  | '='
  | '>'
  | '?'
  | '@'
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'
  | '['
  | '\\'
  | ']'
  | '^'
  | '_'
  | '`'
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | '{'
  | '|'
  | '}'
  | '~';

/** `Left - 8` for 8–72. */
// biome-ignore format: a table, eight to a row
interface MinusEight {
  8: 0; 9: 1; 10: 2; 11: 3; 12: 4; 13: 5; 14: 6; 15: 7;
  16: 8; 17: 9; 18: 10; 19: 11; 20: 12; 21: 13; 22: 14; 23: 15;
  24: 16; 25: 17; 26: 18; 27: 19; 28: 20; 29: 21; 30: 22; 31: 23;
  32: 24; 33: 25; 34: 26; 35: 27; 36: 28; 37: 29; 38: 30; 39: 31;
  40: 32; 41: 33; 42: 34; 43: 35; 44: 36; 45: 37; 46: 38; 47: 39;
  48: 40; 49: 41; 50: 42; 51: 43; 52: 44; 53: 45; 54: 46; 55: 47;
  56: 48; 57: 49; 58: 50; 59: 51; 60: 52; 61: 53; 62: 54; 63: 55;
  64: 56; 65: 57; 66: 58; 67: 59; 68: 60; 69: 61; 70: 62; 71: 63;
  72: 64;
}

/**
 * `true` when the string literal `Text` has more than `Max` characters (`Max` at most 72); `false` for `string`
 * and short literals.
 *
 * @example
 * ```ts
 * import type { ExceedsLength } from '8x8-chatapps';
 *
 * const tooLong: ExceedsLength<'Reschedule my appointment', 20> = true;
 * ```
 * @internal
 */
export type ExceedsLength<Text extends string, Max extends number> = string extends Text
  ? false
  : Text extends MoreCharactersThan<Max>
    ? LongerThan<Text, Max>
    : false;

/**
 * A pattern only strings of more than `Max` characters match: `Max + 2` placeholders, each but the last taking one
 * character (the last may take none). Matching it instantiates nothing, so a literal within the limit (nearly every
 * literal) costs a few instantiations instead of one counting step per eight characters; only a literal that long
 * is counted by {@link LongerThan}. The compilers split a literal differently (above), but a literal {@link
 * LongerThan} finds too long (`Max` printable ASCII, then anything) matches on both. Built once per `Max`.
 */
type MoreCharactersThan<Max extends number> = Max extends keyof LongerPatterns
  ? LongerPatterns[Max]
  : `${Character}${Character}${Placeholders<Max>}`;

/**
 * {@link MoreCharactersThan} written out for the limits the builders check (LIMITS: button titles and labels 20,
 * section and row titles 24, suggestion texts 25, flow buttons 30, header and footer texts 60, row descriptions 72):
 * looked up, not built, so a program pays nothing to build them (building one cost 66–96 instantiations, once per
 * limit per program). test/types/length.ts checks each at its edges.
 */
// biome-ignore format: a table, one limit a row
interface LongerPatterns {
  20: `${Character}${Character}${Eight}${Eight}${Character}${Character}${Character}${Character}`;
  24: `${Character}${Character}${Eight}${Eight}${Eight}`;
  25: `${Character}${Character}${Eight}${Eight}${Eight}${Character}`;
  30: `${Character}${Character}${Eight}${Eight}${Eight}${Character}${Character}${Character}${Character}${Character}${Character}`;
  60: `${Character}${Character}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}${Character}${Character}${Character}${Character}`;
  72: `${Character}${Character}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}${Eight}`;
}

/** Eight placeholders of {@link Character}. */
type Eight =
  `${Character}${Character}${Character}${Character}${Character}${Character}${Character}${Character}`;

/** `N` placeholders of {@link Character}, eight a step while eight remain (as {@link LongerThan} counts). */
type Placeholders<N extends number> = N extends keyof MinusEight
  ? `${Character}${Character}${Character}${Character}${Character}${Character}${Character}${Character}${Placeholders<MinusEight[N]>}`
  : N extends keyof Predecessors
    ? `${Character}${Placeholders<Predecessors[N]>}`
    : '';

/** A placeholder for any characters: not `string`, because a template of `${string}` placeholders alone is `string`. */
type Character = string & {};

/** `true` when `Text` has more than `Left` characters, its first `Left` printable ASCII. */
type LongerThan<Text extends string, Left extends number> = Left extends keyof MinusEight
  ? // Eight or more left. Each placeholder but the last takes one character: no match, fewer than 8 characters.
    Text extends `${infer A}${infer B}${infer C}${infer D}${infer E}${infer F}${infer G}${infer H}${infer Rest}`
    ? A | B | C | D | E | F | G | H extends Ascii
      ? LongerThan<Rest, MinusEight[Left]>
      : false
    : false
  : Left extends keyof Predecessors
    ? Text extends `${infer First}${infer Rest}`
      ? First extends Ascii
        ? LongerThan<Rest, Predecessors[Left]>
        : false
      : false
    : Text extends ''
      ? false
      : true;

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
