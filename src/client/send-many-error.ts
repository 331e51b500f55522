// What sendMany rejects with when the caller's own code throws mid-run: the caller's error, and the outcome of every
// message that was handed to the client, so none that 8x8 may have accepted goes unreported.
import type { SendManyResult } from './client.js';

/**
 * `sendMany` stopped because your code threw: the `onProgress` callback, or the iterator of the messages. No further
 * message was read after that; every message already read was still sent to its end, and its outcome is in
 * {@link SendManyError.result} (by input index, as `sendMany` resolves). `cause` is the error your code threw, as
 * it was thrown. Messages never read were never sent.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, Message, SendManyError } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const messages = ['+6591230001', '+6591230002'].map((phone) => Message.to(phone).sms().text('Store opens at 9'));
 * try {
 *   await client.sendMany(messages, { onProgress: () => { throw new Error('progress bar broke'); } });
 * } catch (error) {
 *   if (error instanceof SendManyError) {
 *     for (const outcome of error.result.outcomes) if (outcome?.ok) console.log(`#${outcome.index} sent`);
 *     console.error(error.cause);
 *   }
 * }
 * ```
 */
export class SendManyError extends Error {
  override readonly name = 'SendManyError' as const;
  /**
   * The outcome of every message read before your code threw, at its input index (an index past the last message
   * read has none), and the counts over them.
   */
  readonly result: SendManyResult;

  constructor(result: SendManyResult, cause: unknown) {
    const read = result.accepted + result.failed;
    super(
      `sendMany stopped because your code threw; the ${read} message(s) read before it were sent to their end (${result.accepted} accepted, ${result.failed} failed): their outcomes are in error.result, the error in error.cause`,
      { cause },
    );
    this.result = result;
  }
}
