// How a transport hands an answer's body to the client, whichever HTTP stack read it: at most 1 MiB of it, parsed as
// JSON whatever its content type says, the raw text when it is not JSON.
import { GUARD_LIMITS } from '../limits.js';
import type { TransportResponse } from './transport.js';

/**
 * The most a transport of this library reads of an answer's body (`LIMITS.guards.answerBodyMaxBytes`). 8x8's answers
 * are small: a send answer or an error body is well under 1 KB, a 1,000-message batch answer a few hundred KB. A
 * longer body is not read further (its connection is closed), so a broken or hostile server cannot fill the memory.
 */
export const MAX_BODY_BYTES = GUARD_LIMITS.answerBodyMaxBytes;

/** A body as read: its text, or only its beginning when it was longer than {@link MAX_BODY_BYTES}. */
export interface BodyText {
  readonly text: string;
  readonly tooLarge: boolean;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The answer as a transport hands it over: the body parsed as JSON whatever its content type says. */
export function answerOf(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: BodyText,
): TransportResponse {
  // A cut body is not JSON: its beginning is kept as text, for the error to show.
  if (body.tooLarge) return { status, headers, body: body.text, bodyTooLarge: true };
  return { status, headers, body: parseBody(body.text) };
}
