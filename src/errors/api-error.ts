// Errors 8x8 itself answers with: an HTTP error status and an 8x8 error body, or a success status whose body is not
// what the API promises.
import { cut } from './message-text.js';

/**
 * 8x8's platform error codes (the `code` of an error body), by name. Facts from 8x8's error-code table;
 * 8x8 may add codes, so {@link ApiError.code} stays a plain number.
 *
 * @example
 * ```ts
 * import { API_ERROR_CODES, ApiError } from '8x8-chatapps';
 *
 * function isBadNumber(error: unknown): boolean {
 *   return error instanceof ApiError && error.code === API_ERROR_CODES.invalidMsisdn;
 * }
 * ```
 */
export const API_ERROR_CODES = {
  invalidParameter: 1000,
  illegalSubAccountId: 1001,
  invalidMsisdn: 1002,
  invalidEncoding: 1003,
  invalidText: 1004,
  invalidSource: 1005,
  invalidExpiry: 1006,
  invalidSmsTemplate: 1007,
  invalidId: 1008,
  invalidCountryCode: 1009,
  parameterOutOfRange: 1010,
  invalidScheduleTime: 1011,
  invalidIpAddress: 1012,
  insecureProtocol: 1014,
  bulkLimitReached: 1100,
  unauthorized: 1200,
  forbidden: 1201,
  notFound: 1300,
  resendingIntervalViolation: 1400,
  internalError: 2000,
  notImplemented: 2001,
  unsupportedApiVersion: 2002,
  unsupportedProduct: 2003,
  missingUser: 3001,
  missingMsisdn: 3002,
  invalidUserMsisdn: 3003,
  missingContent: 3004,
  missingText: 3005,
  textTooLong: 3006,
  missingMediaUrl: 3007,
  invalidMediaUrl: 3008,
  clientMessageIdTooLong: 3009,
  invalidContentType: 3010,
  smsSourceTooLong: 3011,
  missingMessages: 3012,
  tooManyMessages: 3013,
  clientBatchIdTooLong: 3014,
  missingUserId: 3015,
  missingWeChatUserId: 3016,
  fallbackTextTooLong: 3017,
  invalidUserCountryCode: 3018,
  missingFacebookUserId: 3019,
  invalidDlrCallbackUrl: 3020,
  invalidLocation: 3021,
  invalidFallbackChannel: 3022,
  invalidFallbackDelay: 3023,
  invalidFallbackStatus: 3024,
  invalidFallbackStatusDelivered: 3025,
  invalidFallbackStatusRead: 3026,
  invalidFallbackSubAccountChannel: 3027,
  missingZaloUserId: 3028,
  missingUmid: 3029,
  emptyTemplate: 3030,
  invalidTemplateNameLength: 3031,
  invalidTemplateName: 3032,
  tooManyTemplateParameters: 3033,
  invalidTemplateComponents: 3034,
  noTemplateChannels: 3035,
  missingTemplateLanguage: 3036,
  invalidTemplateLanguage: 3037,
  templateNotFound: 3038,
  invalidTemplateComponentType: 3039,
  missingTemplateParameters: 3040,
  invalidTemplateParameter: 3041,
  invalidTemplateParameterType: 3042,
  templateTextParameterTooLong: 3043,
  emptyTemplateLocationParameter: 3044,
  templateParameterNotAllowed: 3045,
  invalidTemplateParameterUrl: 3046,
  missingWhatsAppUserId: 3047,
  chatGroupIdWithUserId: 3048,
  invalidButtonParameter: 3049,
  missingKakaoId: 3050,
  invalidFallbackChannelId: 3051,
  invalidTemplateComponentSubType: 3052,
  invalidIndex: 3053,
  templateBeingDeleted: 3060,
} as const;

/**
 * The name of a documented 8x8 error code.
 *
 * @example
 * ```ts
 * import type { ApiErrorCodeName } from '8x8-chatapps';
 *
 * const name: ApiErrorCodeName = 'templateNotFound';
 * ```
 */
export type ApiErrorCodeName = keyof typeof API_ERROR_CODES;

const CODE_NAMES: ReadonlyMap<number, ApiErrorCodeName> = new Map(
  Object.entries(API_ERROR_CODES).map(([name, code]) => [code, name as ApiErrorCodeName]),
);

/**
 * The name of an 8x8 error code, or `undefined` for a code 8x8 has not documented.
 *
 * @example
 * ```ts
 * import { apiErrorCodeName } from '8x8-chatapps';
 *
 * apiErrorCodeName(1002); // 'invalidMsisdn'
 * apiErrorCodeName(9999); // undefined
 * ```
 */
export function apiErrorCodeName(code: number): ApiErrorCodeName | undefined {
  return CODE_NAMES.get(code);
}

/**
 * What {@link ApiError} is built from.
 *
 * @example
 * ```ts
 * import type { ApiErrorDetails } from '8x8-chatapps';
 *
 * const details: ApiErrorDetails = { status: 400, code: 1002, message: 'Invalid MSISDN', body: {} };
 * ```
 */
export interface ApiErrorDetails {
  /** HTTP status of the answer. */
  readonly status: number;
  /** 8x8 error code from the body; `undefined` when the body was not an 8x8 error body (e.g. a proxy's HTML page). */
  readonly code?: number | undefined;
  /** 8x8's text, or a description of the HTTP status when the body had none. */
  readonly message: string;
  /** Id of this error at 8x8; quote it to 8x8 support. */
  readonly errorId?: string | undefined;
  /** When 8x8 saw the error, as 8x8 wrote it. */
  readonly timestamp?: string | undefined;
  /** How long 8x8 asked to wait (the `Retry-After` header), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** The body as received (parsed JSON, or text). */
  readonly body: unknown;
}

/**
 * 8x8 answered with HTTP 400 or above. Carries the HTTP `status`, 8x8's error `code`, `message`, `errorId` and
 * `timestamp`. The API key is never part of it.
 *
 * @example
 * ```ts
 * import { ApiError, API_ERROR_CODES, createClient } from '8x8-chatapps';
 *
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme' });
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * try {
 *   await client.send(message);
 * } catch (error) {
 *   if (error instanceof ApiError && error.code === API_ERROR_CODES.invalidMsisdn) {
 *     console.log(`8x8 refused the number (error id ${error.errorId})`);
 *   }
 * }
 * ```
 */
export class ApiError extends Error {
  override readonly name = 'ApiError' as const;
  /** HTTP status of the answer: 400, 401, 403, 404, 410, 422, 426, 429, 500, … */
  readonly status: number;
  /** 8x8 error code (see {@link API_ERROR_CODES}); `undefined` when the body was not an 8x8 error body. */
  readonly code: number | undefined;
  /** Id of this error at 8x8; quote it to 8x8 support. */
  readonly errorId: string | undefined;
  /** When 8x8 saw the error, as 8x8 wrote it (`yyyy-MM-ddTHH:mm:ss.ffZ`). */
  readonly timestamp: string | undefined;
  /** How long 8x8 asked to wait before trying again (`Retry-After`), in milliseconds, when it said so. */
  readonly retryAfterMs: number | undefined;
  /** The body as received, for logs and support tickets. */
  readonly body: unknown;
  /**
   * Whether 8x8 may have accepted the message anyway. `false` for every 4xx (8x8 refused it) and for 503
   * (the service did not take requests); `true` for other 5xx, where 8x8 may have failed after accepting it.
   */
  readonly mayHaveBeenAccepted: boolean;

  constructor(details: ApiErrorDetails) {
    const codeText = details.code === undefined ? '' : ` ${details.code}`;
    super(`8x8 API error ${details.status}${codeText}: ${cut(details.message)}`);
    this.status = details.status;
    this.code = details.code;
    this.errorId = details.errorId;
    this.timestamp = details.timestamp;
    this.retryAfterMs = details.retryAfterMs;
    this.body = details.body;
    this.mayHaveBeenAccepted = details.status >= 500 && details.status !== 503;
  }

  /** The documented name of {@link ApiError.code}, e.g. `'invalidMsisdn'`; `undefined` for other codes. */
  get codeName(): ApiErrorCodeName | undefined {
    return this.code === undefined ? undefined : apiErrorCodeName(this.code);
  }

  /** Whether 8x8 rate-limited the request (HTTP 429): about 1,800 requests a second per sub-account. */
  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

/**
 * Redirects that say the request was not processed where it was sent: 301 Moved Permanently, and 307 and 308, which
 * ask for the same request again elsewhere. A 302 or 303 is also what a server answers after processing a POST.
 */
const REDIRECTS_NOT_PROCESSED: readonly number[] = [301, 307, 308];

/** Issues listed in the message of an {@link UnexpectedResponseError}; `issues` holds them all. */
const LISTED_ISSUES = 10;

/**
 * 8x8 answered with something that is not an answer of the API: a success status with a body the API does not
 * promise (no `umid`, not JSON, larger than the transport reads), or a redirect. The send endpoint does not
 * redirect and the default transport does not follow redirects, so a redirect reaches you as this error.
 * {@link UnexpectedResponseError.mayHaveBeenAccepted} says whether 8x8 may have accepted the message: check
 * before sending it again when it is `true`.
 *
 * @example
 * ```ts
 * import { createClient, UnexpectedResponseError } from '8x8-chatapps';
 *
 * const client = createClient({ apiKey: 'my-api-key', subAccountId: 'acme' });
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * try {
 *   await client.send(message);
 * } catch (error) {
 *   if (error instanceof UnexpectedResponseError) console.log(error.status, error.issues);
 * }
 * ```
 */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError' as const;
  /** HTTP status of the answer. */
  readonly status: number;
  /** The body as received. */
  readonly body: unknown;
  /** What did not match the response schema, each with its field path. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  /**
   * Whether 8x8 may have accepted the message: `true` for a success status (8x8 answered, so it probably did) and
   * for a 302, 303 or other answer; `false` only for a redirect that says the request was not processed (301, 307,
   * 308).
   */
  readonly mayHaveBeenAccepted: boolean;

  constructor(status: number, body: unknown, issues: readonly { path: string; message: string }[]) {
    const mayHaveBeenAccepted = !REDIRECTS_NOT_PROCESSED.includes(status);
    const listed = issues
      .slice(0, LISTED_ISSUES)
      .map((issue) => `${issue.path === '' ? '(root)' : cut(issue.path)}: ${cut(issue.message)}`);
    if (issues.length > LISTED_ISSUES) listed.push(`${issues.length - LISTED_ISSUES} more in issues`);
    const accepted = mayHaveBeenAccepted
      ? 'the message may have been accepted'
      : 'the message was not accepted';
    const what = status >= 200 && status < 300 ? 'with an unexpected body' : 'with an unexpected status';
    super(`8x8 answered ${status} ${what} (${listed.join('; ')}); ${accepted}`);
    this.mayHaveBeenAccepted = mayHaveBeenAccepted;
    this.status = status;
    this.body = body;
    this.issues = Object.freeze(issues.map((issue) => ({ ...issue })));
  }
}
