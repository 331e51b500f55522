// The benchmarks' messages (bench/fixtures/messages.ts) stay valid as the library changes: every generated chain
// builds, every kind appears, and the object literal printed from a chain's build output is the same message, so
// the type-check and runtime benchmarks compare like with like.
import { describe, expect, it } from 'vitest';
import {
  benchMessages,
  builtRequest,
  chainFunction,
  literalSource,
  MESSAGE_KINDS,
} from '../../bench/fixtures/messages.js';
import { parseMessage } from '../../src/wire/index.js';

const messages = benchMessages(200);

describe('benchmark messages', () => {
  it('deals every kind, the same way for the same seed', () => {
    expect(new Set(messages.map((message) => message.kind))).toEqual(new Set(MESSAGE_KINDS));
    expect(benchMessages(200)).toEqual(messages);
    expect(benchMessages(200, 9)).not.toEqual(messages);
  });

  it.each(MESSAGE_KINDS)('%s: every chain builds, and its printed literal is the same request', (kind) => {
    for (const message of messages.filter((m) => m.kind === kind)) {
      const built = builtRequest(message);
      const literal: unknown = new Function(`return (${literalSource(built)});`)();
      expect(literal, message.builder).toEqual(built);
      expect(parseMessage(literal)).toEqual(built);
      expect(JSON.stringify(chainFunction(message.builder)())).toBe(JSON.stringify(built));
    }
  });
});
