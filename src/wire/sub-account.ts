// The `{subAccountId}` path parameter of every Messaging Apps endpoint.
import * as v from 'valibot';
import { SUB_ACCOUNT_ID_LIMITS } from '../limits.js';

/** Rule: `subAccountId` is 3–50 characters of `A-Z a-z 0-9 - . _ &` (`^[A-Za-z0-9\-._&]{3,50}$`). */
const SUB_ACCOUNT_ID_PATTERN = new RegExp(
  `^[A-Za-z0-9\\-._&]{${SUB_ACCOUNT_ID_LIMITS.minLength},${SUB_ACCOUNT_ID_LIMITS.maxLength}}$`,
);

/**
 * The sub-account a message is sent from: 3–50 characters of letters, digits and `- . _ &`.
 * `&` is legal, so the client percent-encodes the id when it builds a URL.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SubAccountIdSchema } from '8x8-chatapps';
 *
 * v.parse(SubAccountIdSchema, 'acme_marketing'); // 'acme_marketing'
 * v.is(SubAccountIdSchema, 'a b'); // false
 * ```
 */
export const SubAccountIdSchema = v.pipe(
  v.string('must be a string'),
  v.regex(
    SUB_ACCOUNT_ID_PATTERN,
    `must be ${SUB_ACCOUNT_ID_LIMITS.minLength}–${SUB_ACCOUNT_ID_LIMITS.maxLength} characters of letters, digits and - . _ &`,
  ),
);

/**
 * A validated sub-account id.
 *
 * @example
 * ```ts
 * import type { SubAccountId } from '8x8-chatapps';
 *
 * const id: SubAccountId = 'acme_marketing';
 * ```
 */
export type SubAccountId = v.InferOutput<typeof SubAccountIdSchema>;
