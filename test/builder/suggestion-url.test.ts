// Suggestion.openUrl and openUrlAction.url: a chip opens web pages only (docs/decisions.md, URLs), never a
// javascript:, data: or file: URL; a phone number or a place has its own action.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/builder/message.js';
import { Suggestion } from '../../src/builder/rcs.js';
import { issuesOf as thrownBy } from '../validation-issues.js';

describe('openUrlAction.url: web pages only', () => {
  const chip = (url: string) => Suggestion.openUrl('Open', { url, postbackData: 'open' });
  const issuesOf = (url: string) =>
    thrownBy(() => Message.to('+6512345678').rcs().text('Hi').suggestions(chip(url)).build());

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'intent://scan/#Intent;scheme=zxing;end',
    'vbscript:msgbox',
  ])('refuses %s', (url) => {
    const issues = issuesOf(url);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('content.suggestions[0].action.openUrlAction.url');
    expect(issues[0]?.message).toContain('must be an http:// or https:// URL');
  });

  it.each([
    ['tel:+6512345678', 'dialAction'],
    ['geo:1.28,103.86', 'viewLocationAction'],
  ])('refuses %s and points to %s', (url, action) => {
    expect(issuesOf(url)[0]?.message).toContain(action);
  });

  it.each(['https://example.com/track/1', 'http://example.com', 'HTTPS://EXAMPLE.COM/A'])(
    'accepts %s',
    (url) => {
      expect(issuesOf(url)).toEqual([]);
    },
  );
});
