// Client options from environment variables: a convenience the caller asks for explicitly. The library never reads
// the environment on its own.
import { cut } from '../errors/message-text.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import type { ClientOptions } from './client.js';
import { REGIONS, type Region } from './regions.js';

const isRegion = (value: string): value is Region => Object.hasOwn(REGIONS, value);

/**
 * Reads {@link ClientOptions} from environment variables:
 *
 * | Variable | Option | |
 * | --- | --- | --- |
 * | `EIGHTX8_API_KEY` | `apiKey` | required |
 * | `EIGHTX8_SUBACCOUNT_ID` | `subAccountId` | required |
 * | `EIGHTX8_REGION` | `region` | optional: `asia-pacific` (default), `north-america`, `europe`, `indonesia` |
 * | `EIGHTX8_BASE_URL` | `baseUrl` | optional: another server (a proxy, the sandbox); wins over the region |
 * | `EIGHTX8_ALLOW_PLAIN_HTTP` | `allowPlainHttp` | optional: `true` lets `EIGHTX8_BASE_URL` be plain `http://` to a host that is not loopback (the key then crosses the network unencrypted); `false` (default) refuses it |
 *
 * An empty variable counts as not set. Nothing is read until you call it, and the values are not checked beyond
 * this table: `createClient` checks them (the key's value never appears in an error).
 *
 * @param env Where to read from [`process.env`].
 * @throws {ValidationError} naming every required variable that is not set, a region that does not exist, and an
 * `EIGHTX8_ALLOW_PLAIN_HTTP` that is neither `true` nor `false`.
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient } from '8x8-chatapps';
 *
 * // EIGHTX8_API_KEY=… EIGHTX8_SUBACCOUNT_ID=acme_marketing EIGHTX8_REGION=europe node app.js
 * const client = createClient(clientOptionsFromEnv());
 *
 * // Or from any record, e.g. a secrets manager:
 * const other = createClient(clientOptionsFromEnv({ EIGHTX8_API_KEY: 'key', EIGHTX8_SUBACCOUNT_ID: 'acme_sms' }));
 *
 * // A sandbox in another container, over plain http on purpose:
 * const local = createClient(
 *   clientOptionsFromEnv({
 *     EIGHTX8_API_KEY: 'test-key',
 *     EIGHTX8_SUBACCOUNT_ID: 'acme_test',
 *     EIGHTX8_BASE_URL: 'http://sandbox:4010',
 *     EIGHTX8_ALLOW_PLAIN_HTTP: 'true',
 *   }),
 * );
 * ```
 */
export function clientOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): ClientOptions {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const apiKey = read('EIGHTX8_API_KEY');
  const subAccountId = read('EIGHTX8_SUBACCOUNT_ID');
  const region = read('EIGHTX8_REGION');
  const baseUrl = read('EIGHTX8_BASE_URL');
  const allowPlainHttp = read('EIGHTX8_ALLOW_PLAIN_HTTP')?.toLowerCase();
  const issues: ValidationIssue[] = [];
  if (apiKey === undefined)
    issues.push({ path: 'EIGHTX8_API_KEY', message: 'is not set (your 8x8 API key)' });
  if (subAccountId === undefined) {
    issues.push({ path: 'EIGHTX8_SUBACCOUNT_ID', message: 'is not set (the sub-account to send from)' });
  }
  if (region !== undefined && !isRegion(region)) {
    issues.push({
      path: 'EIGHTX8_REGION',
      message: `must be one of ${Object.keys(REGIONS).join(', ')}, got "${region}"`,
    });
  }
  // Only the two words: an opt-in to send the key unencrypted is not guessed from "1", "yes" or a typo.
  if (allowPlainHttp !== undefined && allowPlainHttp !== 'true' && allowPlainHttp !== 'false') {
    issues.push({
      path: 'EIGHTX8_ALLOW_PLAIN_HTTP',
      message: `must be true or false, got "${cut(allowPlainHttp, 40)}"`,
    });
  }
  if (apiKey === undefined || subAccountId === undefined || issues.length > 0) {
    throw new ValidationError(issues, 'environment');
  }
  return {
    apiKey,
    subAccountId,
    ...(region !== undefined && isRegion(region) ? { region } : {}),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(allowPlainHttp === 'true' ? { allowPlainHttp: true } : {}),
  };
}
