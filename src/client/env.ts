// Client options from environment variables: a convenience the caller asks for explicitly. The library never reads
// the environment on its own.
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
 *
 * An empty variable counts as not set. Nothing is read until you call it, and the values are not checked beyond
 * this table: `createClient` checks them (the key's value never appears in an error).
 *
 * @param env Where to read from [`process.env`].
 * @throws {ValidationError} naming every required variable that is not set, and a region that does not exist.
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient } from '8x8-chatapps';
 *
 * // EIGHTX8_API_KEY=… EIGHTX8_SUBACCOUNT_ID=acme_marketing EIGHTX8_REGION=europe node app.js
 * const client = createClient(clientOptionsFromEnv());
 *
 * // Or from any record, e.g. a secrets manager:
 * const other = createClient(clientOptionsFromEnv({ EIGHTX8_API_KEY: 'key', EIGHTX8_SUBACCOUNT_ID: 'acme_sms' }));
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
  if (apiKey === undefined || subAccountId === undefined || issues.length > 0) {
    throw new ValidationError(issues, 'environment');
  }
  return {
    apiKey,
    subAccountId,
    ...(region !== undefined && isRegion(region) ? { region } : {}),
    ...(baseUrl === undefined ? {} : { baseUrl }),
  };
}
