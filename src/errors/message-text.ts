// What goes into an error's message, a sentence a person reads in a log: long values are cut and a URL's user name
// and password are never shown. The full values stay on the errors' fields (`body`, `issues`, …) for programs.

/** Longest value quoted whole in an error message, in characters; a longer one is cut and its length given. */
export const MESSAGE_VALUE_MAX_LENGTH = 200;

/** `text`, or its first `max` characters followed by its full length. */
export function cut(text: string, max = MESSAGE_VALUE_MAX_LENGTH): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: half an emoji is not a character.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/**
 * A received value as an error message names it after "got": `null`, `an array`, `an object`, or its type and its
 * value as valibot quotes it (`received`), cut to length: `string "north"`, `number 2.5`.
 */
export function receivedValue(input: unknown, received: string): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${cut(received)}`;
}

/** Matches the `user:password@` of every URL in a text. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi;

/** `text` with the user name and password of every URL in it removed. */
export function withoutCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1');
}

/** A URL as an error message shows it: without user name and password, cut to length. */
export function urlForMessage(url: string): string {
  return cut(withoutCredentials(url));
}
