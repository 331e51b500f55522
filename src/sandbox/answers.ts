// 8x8-shaped answers, for the sandbox and the recording transport: a success body echoing the recipient, and error
// bodies with the documented fields (`code`, `message`, `errorId`, `timestamp`). Part of the main entry (the recording
// transport's `respond` answers with them), so it must run anywhere: no `node:` import.
import type { ErrorResponse, SendMessageResponse } from '../wire/response.js';

/**
 * What a sandbox or test transport answers: an HTTP status, headers and a JSON body.
 *
 * @example
 * ```ts
 * import { createRecordingTransport, type FakeAnswer } from '8x8-chatapps';
 *
 * const maintenance: FakeAnswer = { status: 503, headers: { 'retry-after': '30' }, body: undefined };
 * const transport = createRecordingTransport({ respond: () => maintenance });
 * ```
 */
export interface FakeAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * The success body 8x8 sends for an accepted message: a fresh `umid`, state `queued`, the recipient and your
 * `clientMessageId`.
 *
 * @example
 * ```ts
 * import { acceptedAnswer } from '8x8-chatapps';
 *
 * const body = acceptedAnswer({ user: { msisdn: '+6512345678' }, clientMessageId: 'a-1' });
 * body.status.state; // 'queued'
 * ```
 */
export function acceptedAnswer(
  message: { readonly user?: object; readonly clientMessageId?: string | undefined },
  umid: string = crypto.randomUUID(),
): SendMessageResponse {
  return {
    umid,
    user: { ...(message.user as SendMessageResponse['user']) },
    ...(message.clientMessageId === undefined ? {} : { clientMessageId: message.clientMessageId }),
    status: { state: 'queued', timestamp: new Date().toISOString() },
  };
}

/**
 * An 8x8 error answer with the documented body fields.
 *
 * @example
 * ```ts
 * import { errorAnswer } from '8x8-chatapps';
 *
 * const answer = errorAnswer(400, 1002, 'Invalid MSISDN');
 * answer.body.code; // 1002
 * ```
 */
export function errorAnswer(
  status: number,
  code: number,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): FakeAnswer & { readonly body: ErrorResponse } {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: { code, message, errorId: crypto.randomUUID(), timestamp: new Date().toISOString() },
  };
}
