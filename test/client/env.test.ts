// clientOptionsFromEnv: explicit, reads only the documented variables, names every missing or wrong one.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { clientOptionsFromEnv } from '../../src/client/env.js';
import { ValidationError } from '../../src/errors/validation-error.js';

describe('clientOptionsFromEnv', () => {
  it('reads the key, the sub-account and optionally the region or a base URL', () => {
    expect(clientOptionsFromEnv({ EIGHTX8_API_KEY: 'key-1', EIGHTX8_SUBACCOUNT_ID: 'acme_sms' })).toEqual({
      apiKey: 'key-1',
      subAccountId: 'acme_sms',
    });
    const europe = clientOptionsFromEnv({
      EIGHTX8_API_KEY: 'key-1',
      EIGHTX8_SUBACCOUNT_ID: 'acme_sms',
      EIGHTX8_REGION: 'europe',
    });
    expect(createClient(europe).baseUrl).toBe('https://chatapps.8x8.uk');
    const proxied = clientOptionsFromEnv({
      EIGHTX8_API_KEY: 'key-1',
      EIGHTX8_SUBACCOUNT_ID: 'acme_sms',
      EIGHTX8_BASE_URL: 'http://127.0.0.1:9000',
    });
    expect(createClient(proxied).baseUrl).toBe('http://127.0.0.1:9000');
  });

  it('names every variable that is missing or empty', () => {
    const read = () => clientOptionsFromEnv({ EIGHTX8_API_KEY: '  ' });
    expect(read).toThrow(ValidationError);
    expect(read).toThrow(/EIGHTX8_API_KEY: is not set[\s\S]*EIGHTX8_SUBACCOUNT_ID: is not set/);
  });

  it('names an unknown region and lists the valid ones, without echoing the key', () => {
    const read = () =>
      clientOptionsFromEnv({
        EIGHTX8_API_KEY: 'top-secret',
        EIGHTX8_SUBACCOUNT_ID: 'acme',
        EIGHTX8_REGION: 'mars',
      });
    expect(read).toThrow(
      /EIGHTX8_REGION: must be one of asia-pacific, north-america, europe, indonesia, got "mars"/,
    );
    expect(read).not.toThrow(/top-secret/);
  });

  it('reads process.env by default', () => {
    const saved = { key: process.env['EIGHTX8_API_KEY'], sub: process.env['EIGHTX8_SUBACCOUNT_ID'] };
    process.env['EIGHTX8_API_KEY'] = 'from-process';
    process.env['EIGHTX8_SUBACCOUNT_ID'] = 'acme_env';
    try {
      expect(clientOptionsFromEnv()).toMatchObject({ apiKey: 'from-process', subAccountId: 'acme_env' });
    } finally {
      for (const [name, value] of [
        ['EIGHTX8_API_KEY', saved.key],
        ['EIGHTX8_SUBACCOUNT_ID', saved.sub],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
