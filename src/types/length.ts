// Compile-time length checks of string literals, for the few short labels whose limit a developer hits while typing
// (button, row and section titles, suggestion chips). A plain `string` always passes: the wire schemas check every
// string at runtime, in UTF-16 code units. The two compilers split a literal differently: TypeScript 6 takes one
// UTF-16 code unit per step, TypeScript 7 one code point, so an emoji counts 2 on one and 1 on the other. To agree
// with each other and with the wire rule, a literal is only counted while its characters are printable ASCII (one
// unit on both); a literal with any other character is left to the runtime check. One character per step, so the
// cost is bounded by the limit (at most a few dozen).

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
    : Text extends `${infer First}${infer Rest}`
      ? First extends Ascii
        ? ExceedsLength<Rest, Max, [...Seen, unknown]>
        : false
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
