import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../src/transport/secret.js';

describe('Secret', () => {
  const secret = new Secret('key-123-very-secret');

  it('reveals its value only on request', () => {
    expect(secret.reveal()).toBe('key-123-very-secret');
  });

  it('never shows its value when printed or serialised', () => {
    const renderings = [
      String(secret),
      `${secret}`,
      JSON.stringify({ secret }),
      inspect(secret),
      inspect({ nested: { secret } }, { showHidden: true, depth: null }),
      Object.keys(secret).join(','),
    ];
    for (const rendering of renderings) expect(rendering).not.toContain('key-123');
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
  });
});
