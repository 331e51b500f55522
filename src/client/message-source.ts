// Anything that can produce a wire request: the fluent builders implement this, and so can a user's own type.
import type { MessageBuilder } from '../builder/message-steps.js';
import type { MessageRequest } from '../wire/index.js';

/**
 * Something that builds a message: every `Message…` builder, or your own type. The client calls `build()`
 * once, validates the result and sends it (a `Message…` chain's `build()` has validated it already, so the client
 * does not check it twice).
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createClient, type MessageSource } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const reminder: MessageSource = {
 *   build: () => ({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'See you at 10:00' } }),
 * };
 * await client.send(reminder);
 * ```
 */
export interface MessageSource {
  /** The wire request to validate and send; the client calls it once per send. */
  build(): MessageRequest;
}

/**
 * A message chain as `send` sees it: a {@link MessageSource} with the chain's own steps. It accepts nothing a
 * `MessageSource` does not; it is there for the error. A chain still waiting for a step shares these members, so the
 * compiler compares it with this type and reports its refused `.build()`, whose type is the rule ("add
 * .fallbackText(…)"), instead of the wire fields (user, type, content) a chain does not have.
 *
 * @example
 * ```ts
 * import { type ChainToSend, Message } from '8x8-chatapps';
 *
 * const chain: ChainToSend = Message.to('+6512345678').whatsapp().sms().image('https://example.com/a.png').fallbackText('Your receipt: https://example.com/a.png');
 * ```
 */
export type ChainToSend = MessageSource &
  Pick<MessageBuilder, 'clientMessageId' | 'scheduled' | 'expiry' | 'dlrCallbackUrl' | 'toJSON'>;

/**
 * Whether `value` is a {@link MessageSource} (has a `build` method) rather than a wire request.
 *
 * @example
 * ```ts
 * import { isMessageSource } from '8x8-chatapps';
 *
 * isMessageSource({ build: () => ({}) }); // true
 * isMessageSource({ user: { msisdn: '+6512345678' } }); // false
 * ```
 */
export function isMessageSource(value: unknown): value is MessageSource {
  return (
    typeof value === 'object' && value !== null && typeof (value as { build?: unknown }).build === 'function'
  );
}
