// Finds the rule messages of the builders' compile errors: string and template literals that start with `✗`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './examples.js';

/** A rule message as written in the source: a string or template literal starting with `✗`. */
export interface RuleMessage {
  readonly file: string;
  readonly line: number;
  /** The literal's text, placeholders (`${…}`) kept as they are written. */
  readonly text: string;
  /** Matches the message with any value in place of each placeholder. */
  readonly pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the literal starting at `start` (its opening quote); placeholders may hold quotes and braces. */
function readLiteral(source: string, start: number): { parts: string[]; end: number } {
  const quote = source[start];
  const parts: string[] = [];
  let current = '';
  let index = start + 1;
  while (index < source.length && source[index] !== quote) {
    if (source[index] === '\\') {
      current += source.slice(index, index + 2);
      index += 2;
    } else if (quote === '`' && source.startsWith('${', index)) {
      index++; // the braces of the placeholder are counted from its `{`
      let depth = 0;
      do {
        if (source[index] === '{') depth++;
        if (source[index] === '}') depth--;
        index++;
      } while (depth > 0 && index < source.length);
      parts.push(current);
      current = '';
    } else {
      current += source[index];
      index++;
    }
  }
  parts.push(current);
  return { parts, end: index };
}

/** The rule messages of one source file. */
export function ruleMessages(file: string, source: string): RuleMessage[] {
  const messages: RuleMessage[] = [];
  for (const match of source.matchAll(/['`]✗/g)) {
    const lineStart = source.lastIndexOf('\n', match.index) + 1;
    const lineText = source.slice(lineStart, source.indexOf('\n', match.index));
    // Quotes in comments (TSDoc examples of `Refuse`, explanations) are not messages a user meets.
    if (/^\s*(\*|\/\/)/.test(lineText)) continue;
    const { parts, end } = readLiteral(source, match.index);
    messages.push({
      file,
      line: source.slice(0, match.index).split('\n').length,
      text: source.slice(match.index + 1, end),
      pattern: new RegExp(`^${parts.map(escapeRegExp).join('.+?')}$`),
    });
  }
  return messages;
}

/** Every TypeScript file of src/, with its text. */
export function sources(): { file: string; text: string }[] {
  return readdirSync(join(ROOT, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}
