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

  it('sets the plain-http opt-in only from EIGHTX8_ALLOW_PLAIN_HTTP=true', () => {
    const base = {
      EIGHTX8_API_KEY: 'key-1',
      EIGHTX8_SUBACCOUNT_ID: 'acme_sms',
      EIGHTX8_BASE_URL: 'http://sandbox.internal:4010',
    };
    // Without the opt-in, createClient refuses to send the key over plain http to a host that is not loopback.
    expect(clientOptionsFromEnv(base)).not.toHaveProperty('allowPlainHttp');
    expect(() => createClient(clientOptionsFromEnv(base))).toThrow(
      /plain http:\/\/ to a host that is not loopback/,
    );
    for (const off of ['false', 'FALSE', ' ', '']) {
      const options = clientOptionsFromEnv({ ...base, EIGHTX8_ALLOW_PLAIN_HTTP: off });
      expect(options).not.toHaveProperty('allowPlainHttp');
      expect(() => createClient(options)).toThrow(ValidationError);
    }
    for (const on of ['true', 'True', ' TRUE ']) {
      const options = clientOptionsFromEnv({ ...base, EIGHTX8_ALLOW_PLAIN_HTTP: on });
      expect(options.allowPlainHttp).toBe(true);
      expect(createClient(options).baseUrl).toBe('http://sandbox.internal:4010');
    }
  });

  it('refuses an EIGHTX8_ALLOW_PLAIN_HTTP that is neither true nor false, with the other problems', () => {
    for (const value of ['1', 'yes', 'on', 'ture']) {
      const read = () =>
        clientOptionsFromEnv({ EIGHTX8_SUBACCOUNT_ID: 'acme_sms', EIGHTX8_ALLOW_PLAIN_HTTP: value });
      expect(read).toThrow(ValidationError);
      expect(read).toThrow(
        new RegExp(
          `EIGHTX8_API_KEY: is not set[\\s\\S]*EIGHTX8_ALLOW_PLAIN_HTTP: must be true or false, got "${value}"`,
        ),
      );
    }
    expect(() =>
      clientOptionsFromEnv({
        EIGHTX8_API_KEY: 'key-1',
        EIGHTX8_SUBACCOUNT_ID: 'acme_sms',
        EIGHTX8_ALLOW_PLAIN_HTTP: 'x'.repeat(10_000),
      }),
    ).toThrow(/got "x{40}… \(10,000 characters\)"/);
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
