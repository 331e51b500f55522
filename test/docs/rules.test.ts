// The builders' compile errors name their rule in words ("✗ a carousel has at most 10 cards"); docs/channels.md must
// quote every one of them, so searching the guide for the words of an error finds its section, and must quote no rule
// that no longer exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './examples.js';
import { ruleMessages, sources } from './rule-messages.js';

const rules = sources().flatMap(({ file, text }) => ruleMessages(file, text));
const guide = readFileSync(join(ROOT, 'docs/channels.md'), 'utf8');
/** The rule messages the guide quotes: `> ✗ …` lines. */
const quoted = guide
  .split('\n')
  .map((line, index) => ({ line: index + 1, text: line.replace(/^>\s*/, '') }))
  .filter(
    ({ text }, index, all) =>
      text.startsWith('✗') && guide.split('\n')[all[index]!.line - 1]?.startsWith('>'),
  );

describe('compile-error messages and docs/channels.md', () => {
  it('the builders have rule messages', () => {
    expect(rules.length).toBeGreaterThan(20);
  });

  it.each(rules.map((rule) => [`${rule.file}:${rule.line} ${rule.text}`, rule] as const))(
    'quotes %s',
    (_, rule) => {
      const found = quoted.some(({ text }) => rule.pattern.test(text));
      expect(found, `add a section quoting "> ${rule.text}" (with an example value for each \${…})`).toBe(
        true,
      );
    },
  );

  it('quotes no rule the builders do not have', () => {
    const stale = quoted.filter(({ text }) => !rules.some((rule) => rule.pattern.test(text)));
    expect(stale.map(({ line, text }) => `docs/channels.md:${line} ${text}`)).toEqual([]);
  });

  it('each rule section has a stable anchor', () => {
    const headings = guide
      .split('\n')
      .filter((line) => line.startsWith('### ') && line.includes('✗') === false);
    const ruleHeadings = headings.filter((line) => /<a id="rule-/.test(line));
    expect(ruleHeadings.length).toBeGreaterThan(10);
    const ids = ruleHeadings.map((line) => /<a id="([^"]+)"/.exec(line)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rule message extraction', () => {
  it('reads string and template literals, with placeholders as wildcards, and skips comments', () => {
    const source = [
      "const a = '✗ plain words';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, on purpose
      'type B = `✗ ${Limits[\'x\']["y"]} cards at most, got ${Count}`;',
      " * type C = Refuse<false, '✗ only an example'>;",
    ].join('\n');
    const found = ruleMessages('x.ts', source);
    expect(found.map(({ line }) => line)).toEqual([1, 2]);
    expect(found[0]?.pattern.test('✗ plain words')).toBe(true);
    expect(found[1]?.pattern.test('✗ 10 cards at most, got 11')).toBe(true);
    expect(found[1]?.pattern.test('✗ 10 rows at most, got 11')).toBe(false);
  });
});
