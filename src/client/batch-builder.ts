// An immutable builder for the batch endpoint: a shared template, then recipients. Each call returns a new builder,
// so a half-built batch is a reusable value (a template shared by several campaigns, for example).
import type { BatchMessage, BatchRequest, BatchTemplate } from '../wire/batch.js';
import { parseBatch } from '../wire/batch.js';
import type { MessageRequest } from '../wire/index.js';
import { type ChainToSend, isMessageSource, type MessageSource } from './message-source.js';

/**
 * Something that builds a batch request; {@link BatchBuilder} is one.
 *
 * @example
 * ```ts
 * import type { BatchSource } from '8x8-chatapps';
 *
 * const source: BatchSource = { kind: 'batch', build: () => ({ messages: [{ user: { msisdn: '+6512345678' } }] }) };
 * ```
 */
export interface BatchSource {
  /** The batch request to validate and send; the client calls it once per send. */
  build(): BatchRequest;
  /** Marks batch sources apart from message sources, which also have `build()`. */
  readonly kind: 'batch';
}

/**
 * Whether `value` is a {@link BatchSource}.
 *
 * @example
 * ```ts
 * import { createBatch, isBatchSource } from '8x8-chatapps';
 *
 * isBatchSource(createBatch()); // true
 * ```
 */
export function isBatchSource(value: unknown): value is BatchSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'batch' &&
    typeof (value as { build?: unknown }).build === 'function'
  );
}

/**
 * Builds a batch request step by step. Immutable: every method returns a new builder.
 * `build()` validates every message (template merged in) and throws one `ValidationError` listing all issues.
 * A batch may hold any number of messages: `client.sendBatch` sends it in requests of at most 1,000.
 *
 * @example
 * ```ts
 * import { clientOptionsFromEnv, createBatch, createClient } from '8x8-chatapps';
 *
 * const client = createClient(clientOptionsFromEnv());
 * const batch = createBatch({ type: 'text', content: { text: 'Our shop is closed on Monday' } })
 *   .clientBatchId('closure-notice')
 *   .add({ user: { msisdn: '+6512345678' } }, { user: { msisdn: '+6587654321' } })
 *   .includeMessagesInResponse();
 * const result = await client.sendBatch(batch);
 * ```
 */
export interface BatchBuilder extends BatchSource {
  /** Replaces the shared template. */
  template(template: BatchTemplate): BatchBuilder;
  /** Sets your id for the batch, returned in delivery receipts (at most 100 characters). */
  clientBatchId(id: string): BatchBuilder;
  /** Adds recipients: partial messages completed by the template, or full messages (wire or builders). */
  add(...messages: readonly (BatchMessage | MessageRequest | MessageSource | ChainToSend)[]): BatchBuilder;
  /** Asks 8x8 to list every message with its umid and status in the answer. */
  includeMessagesInResponse(include?: boolean): BatchBuilder;
  /** The number of messages added so far. */
  readonly size: number;
}

interface BatchState {
  readonly template: BatchTemplate | undefined;
  readonly clientBatchId: string | undefined;
  readonly messages: readonly (BatchMessage | MessageRequest | MessageSource)[];
  readonly includeMessagesInResponse: boolean | undefined;
}

class BatchBuilderImpl implements BatchBuilder {
  readonly kind = 'batch' as const;
  readonly #state: BatchState;

  constructor(state: BatchState) {
    this.#state = Object.freeze(state);
    Object.freeze(this);
  }

  get size(): number {
    return this.#state.messages.length;
  }

  template(template: BatchTemplate): BatchBuilder {
    return new BatchBuilderImpl({ ...this.#state, template });
  }

  clientBatchId(id: string): BatchBuilder {
    return new BatchBuilderImpl({ ...this.#state, clientBatchId: id });
  }

  add(...messages: readonly (BatchMessage | MessageRequest | MessageSource | ChainToSend)[]): BatchBuilder {
    return new BatchBuilderImpl({ ...this.#state, messages: [...this.#state.messages, ...messages] });
  }

  includeMessagesInResponse(include = true): BatchBuilder {
    return new BatchBuilderImpl({ ...this.#state, includeMessagesInResponse: include });
  }

  build(): BatchRequest {
    const { template, clientBatchId, messages, includeMessagesInResponse } = this.#state;
    return parseBatch(
      {
        ...(clientBatchId === undefined ? {} : { clientBatchId }),
        ...(template === undefined ? {} : { template }),
        messages: messages.map(messageOf),
        ...(includeMessagesInResponse === undefined ? {} : { includeMessagesInResponse }),
      },
      { maxMessages: Number.POSITIVE_INFINITY },
    );
  }
}

/** A message source's request; any other value, even one whose reading throws, is left for parseBatch to report. */
function messageOf(message: BatchMessage | MessageRequest | MessageSource): unknown {
  let isSource: boolean;
  try {
    isSource = isMessageSource(message);
  } catch {
    return message;
  }
  return isSource ? (message as MessageSource).build() : message;
}

/**
 * Starts a batch, optionally with its shared template.
 *
 * @example
 * ```ts
 * import { createBatch } from '8x8-chatapps';
 *
 * const batch = createBatch({ type: 'text', content: { text: 'Hello' } }).add({ user: { msisdn: '+6512345678' } });
 * batch.build().messages.length; // 1
 * ```
 */
export function createBatch(template?: BatchTemplate): BatchBuilder {
  return new BatchBuilderImpl({
    template,
    clientBatchId: undefined,
    messages: [],
    includeMessagesInResponse: undefined,
  });
}
