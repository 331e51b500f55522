import { describe, expect, it } from 'vitest';
import { classifyNetworkFailure, findErrorCode } from '../../src/transport/network-failure.js';
import {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  RETRIED_NETWORK_FAILURES,
  resolveRetryPolicy,
  SAFE_RETRY_STATUSES,
} from '../../src/transport/retry-policy.js';

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1000],
    [' 120 ', 120_000],
  ])('reads delay-seconds %j as %i ms', (header, expected) => {
    expect(parseRetryAfter(header)).toBe(expected);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:27:58 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
  });

  it.each([undefined, '', 'soon', '-1', '1.5'])('returns undefined for %j', (header) => {
    expect(parseRetryAfter(header)).toBeUndefined();
  });
});

describe('retry policy', () => {
  it('retries only answers that prove the message was not accepted', () => {
    expect([...SAFE_RETRY_STATUSES].sort()).toEqual([429, 503]);
    for (const unsafe of [500, 502, 504, 400, 401, 408]) expect(SAFE_RETRY_STATUSES).not.toContain(unsafe);
  });

  it('retries only network failures that happen before the request is written', () => {
    expect([...RETRIED_NETWORK_FAILURES].sort()).toEqual(['connect-timeout', 'connection-refused', 'dns']);
  });

  it('fills in defaults, turns false into no retries, and rejects a bad limit', () => {
    expect(resolveRetryPolicy(undefined)).toEqual(DEFAULT_RETRY_POLICY);
    expect(resolveRetryPolicy({ limit: 1 })).toEqual({ ...DEFAULT_RETRY_POLICY, limit: 1 });
    expect(resolveRetryPolicy(false).limit).toBe(0);
    expect(() => resolveRetryPolicy({ limit: -1 })).toThrow(/non-negative integer/);
    expect(() => resolveRetryPolicy({ limit: 1.5 })).toThrow(/non-negative integer/);
  });
});

describe('network failure classification', () => {
  it('finds the system code through causes and AggregateErrors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const fetchError = new TypeError('fetch failed', { cause: new AggregateError([refused]) });
    expect(findErrorCode(new Error('wrapper', { cause: fetchError }))).toBe('ECONNREFUSED');
    expect(findErrorCode(new Error('no code'))).toBeUndefined();
  });

  it.each([
    ['ECONNREFUSED', 'connection-refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connect-timeout'],
    ['ECONNRESET', 'connection-reset'],
    ['UND_ERR_SOCKET', 'connection-reset'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['EWHATEVER', 'other'],
    [undefined, 'other'],
  ] as const)('classifies %s as %s', (code, failure) => {
    expect(classifyNetworkFailure(code)).toBe(failure);
  });
});
