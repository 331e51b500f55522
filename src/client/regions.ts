// 8x8's Messaging Apps servers, one per region (the `servers` of 8x8's OpenAPI description).

/**
 * Base URL of each 8x8 region. Use the region your account lives in; Asia-Pacific is the default.
 *
 * @example
 * ```ts
 * import { REGIONS } from '8x8-chatapps';
 *
 * REGIONS['north-america']; // 'https://chatapps.us.8x8.com'
 * ```
 */
export const REGIONS = {
  /** Asia-Pacific, the default. */
  'asia-pacific': 'https://chatapps.8x8.com',
  /** North America. */
  'north-america': 'https://chatapps.us.8x8.com',
  /** Europe. */
  europe: 'https://chatapps.8x8.uk',
  /** Indonesia. */
  indonesia: 'https://chatapps.8x8.id',
} as const;

/**
 * The name of an 8x8 region.
 *
 * @example
 * ```ts
 * import type { Region } from '8x8-chatapps';
 *
 * const region: Region = 'europe';
 * ```
 */
export type Region = keyof typeof REGIONS;

/**
 * The region used when none is given: Asia-Pacific.
 *
 * @example
 * ```ts
 * import { DEFAULT_REGION, REGIONS } from '8x8-chatapps';
 *
 * REGIONS[DEFAULT_REGION]; // 'https://chatapps.8x8.com'
 * ```
 */
export const DEFAULT_REGION: Region = 'asia-pacific';
