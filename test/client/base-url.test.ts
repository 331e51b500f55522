// createClient refuses a baseUrl that would post somewhere else than the caller means (a query or fragment before
// the API path), leak a password into messages, or send the API key unencrypted across the network.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';

function refusal(baseUrl: string, extra: { allowPlainHttp?: boolean } = {}): ValidationError {
  try {
    createClient({ apiKey: 'base-url-key', subAccountId: 'acme', baseUrl, ...extra });
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error(`${baseUrl} was accepted`);
}

describe('createClient baseUrl', () => {
  it.each([
    ['https://proxy.example.com/8x8#x', 'fragment'],
    ['https://proxy.example.com/8x8?a=1', 'query'],
    ['https://proxy.example.com/?', 'query'],
    ['https://proxy.example.com/#', 'fragment'],
  ])('refuses %s (a %s: the API path would not be part of the path)', (baseUrl, what) => {
    const error = refusal(baseUrl);
    expect(error.issues).toEqual([{ path: 'baseUrl', message: expect.stringContaining(what) }]);
  });

  it.each([
    'https://user:hunter2@proxy.example.com',
    'https://hunter2@proxy.example.com',
    'http://user:hunter2@127.0.0.1:8080',
  ])('refuses credentials in %s and never shows them', (baseUrl) => {
    const error = refusal(baseUrl);
    expect(error.issues).toEqual([{ path: 'baseUrl', message: expect.stringContaining('password') }]);
    expect(JSON.stringify([error.message, error.issues])).not.toContain('hunter2');
  });

  it.each(['http://proxy.example.com', 'http://10.0.0.5:8088', 'http://sandbox:8088', 'http://[::2]:80'])(
    'refuses plain http to %s, a host that is not loopback, unless allowPlainHttp',
    (baseUrl) => {
      expect(refusal(baseUrl).issues).toEqual([
        { path: 'baseUrl', message: expect.stringContaining('allowPlainHttp') },
      ]);
      const client = createClient({ apiKey: 'k', subAccountId: 'acme', baseUrl, allowPlainHttp: true });
      expect(client.baseUrl).toBe(baseUrl);
    },
  );

  it.each([
    'http://127.0.0.1:8080',
    'http://127.1.2.3',
    'http://localhost:3000',
    'http://api.localhost',
    'http://[::1]:8088',
    'https://proxy.example.com/8x8',
  ])('accepts %s', (baseUrl) => {
    expect(createClient({ apiKey: 'k', subAccountId: 'acme', baseUrl }).baseUrl).toBe(baseUrl);
  });

  it('posts under the path of an accepted baseUrl', async () => {
    const transport = createRecordingTransport();
    const client = createClient({
      apiKey: 'k',
      subAccountId: 'acme',
      baseUrl: 'https://proxy.example.com/8x8/',
      transport,
    });
    await client.trySend({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
    expect(transport.requests[0]?.url).toBe('https://proxy.example.com/8x8/api/v1/subaccounts/acme/messages');
  });
});
