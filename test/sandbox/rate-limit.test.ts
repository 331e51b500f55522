// The sandbox's rate limit: a sliding second of `requestsPerSecond` requests, 429 with Retry-After over it, refused
// requests not counted, and the limit kept across reset(). Time is set by hand, so nothing depends on the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SandboxEngine } from '../../src/sandbox/engine.js';

const send = (engine: SandboxEngine, text = 'Hi') =>
  engine.handle({
    method: 'POST',
    path: '/api/v1/subaccounts/sandbox/messages',
    authorization: 'Bearer any',
    body: JSON.stringify({ user: { msisdn: '+6512345678' }, type: 'text', content: { text } }),
  });
const status = async (engine: SandboxEngine) => {
  const answer = await send(engine);
  return 'drop' in answer ? 'dropped' : `${answer.status} ${answer.headers['retry-after'] ?? ''}`.trim();
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('sandbox rate limit', () => {
  it('lets requestsPerSecond through in any sliding second and answers 429 with Retry-After to the next', async () => {
    const engine = new SandboxEngine({ apiKey: null, rateLimit: { requestsPerSecond: 3 } });
    expect([await status(engine), await status(engine), await status(engine)]).toEqual(['200', '200', '200']);
    expect(await status(engine)).toBe('429 1');
    vi.setSystemTime(1_000_999);
    expect(await status(engine)).toBe('429 1');
    vi.setSystemTime(1_001_000);
    expect(await status(engine)).toBe('200');
    expect(await status(engine)).toBe('200');
    expect(engine.accepted).toHaveLength(5);
    expect(engine.requests.map((request) => request.answer)).toEqual([200, 200, 200, 429, 429, 200, 200]);
  });

  it('does not count refused requests, and keeps the limit across reset()', async () => {
    const engine = new SandboxEngine({ apiKey: null, rateLimit: { requestsPerSecond: 1 } });
    expect(await status(engine)).toBe('200');
    expect(await status(engine)).toBe('429 1');
    vi.setSystemTime(1_001_000);
    expect(await status(engine)).toBe('200');
    engine.reset();
    expect(await status(engine)).toBe('429 1');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new SandboxEngine({ rateLimit: { requestsPerSecond: 0 } })).toThrow(
      /requestsPerSecond must be a positive integer, got 0/,
    );
  });
});
