// The batch endpoint, POST /api/v1/subaccounts/{subAccountId}/messages/batch: a shared `template` plus per-recipient
// `messages`. Each message is the template with the message's own fields laid over it, and that merged message must
// pass the same checks as a single send, so the one message schema stays the single source of truth.
import * as v from 'valibot';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { type MessageRequest, type MessageRequestInput, safeParseMessage } from './index.js';
import { copyJsonValue } from './json-value.js';
import { readLeniently } from './lenient.js';
import { object, refuseArrays } from './primitives.js';
import { SendMessageResponseSchema } from './response.js';
import { safeValidate } from './validate.js';
import { optionalOrNull, wholeNumber } from './value-text.js';

/**
 * Numbers of the batch endpoint.
 *
 * @example
 * ```ts
 * import { BATCH_LIMITS } from '8x8-chatapps';
 *
 * BATCH_LIMITS.maxMessages; // 1000
 * ```
 */
export const BATCH_LIMITS = {
  /** Rule: up to 1,000 messages per request (8x8's text; its schema says 10,000, we keep to the stricter). */
  maxMessages: 1000,
  /** Rule: `clientBatchId` is at most 100 characters. */
  clientBatchIdMaxLength: 100,
} as const;

/** The fields a template may carry: 8x8 fills them into every message that does not set them itself. */
const TEMPLATE_KEYS = ['type', 'content', 'dlrCallbackUrl', 'channels'] as const;
/** @inline */
type TemplateKey = (typeof TEMPLATE_KEYS)[number];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The shared part of a batch: `type`, `content`, `dlrCallbackUrl` and `channels`, used by every message that does
 * not set them itself.
 *
 * @example
 * ```ts
 * import type { BatchTemplate } from '8x8-chatapps';
 *
 * const template: BatchTemplate = { type: 'text', content: { text: 'Your parcel is on its way' } };
 * ```
 */
export type BatchTemplate = { readonly [K in TemplateKey]?: MessageRequestInput[K] };

/**
 * One message of a batch: a message whose `type` and `content` may be left out when the template has them.
 *
 * @example
 * ```ts
 * import type { BatchMessage } from '8x8-chatapps';
 *
 * const message: BatchMessage = { user: { msisdn: '+6512345678' }, clientMessageId: 'order-1' };
 * ```
 */
export type BatchMessage = DistributiveOmit<MessageRequestInput, 'type' | 'content'> & {
  readonly type?: MessageRequestInput['type'];
  readonly content?: MessageRequestInput['content'];
};

/**
 * A batch request body as it goes on the wire.
 *
 * @example
 * ```ts
 * import type { BatchRequest } from '8x8-chatapps';
 *
 * const batch: BatchRequest = {
 *   clientBatchId: 'october-notice',
 *   template: { type: 'text', content: { text: 'Our shop is closed on Monday' } },
 *   messages: [{ user: { msisdn: '+6512345678' } }, { user: { msisdn: '+6587654321' } }],
 * };
 * ```
 */
export interface BatchRequest {
  readonly clientBatchId?: string;
  readonly template?: BatchTemplate;
  readonly messages: readonly BatchMessage[];
  /** Ask 8x8 to list every message (umid, status) in the answer. */
  readonly includeMessagesInResponse?: boolean;
}

/**
 * The envelope of a batch request: everything but the messages' own rules, which are checked message by message
 * against the single-message schema (see {@link parseBatch}).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { BatchEnvelopeSchema } from '8x8-chatapps';
 *
 * v.is(BatchEnvelopeSchema, { messages: [{ user: { msisdn: '+6512345678' } }] }); // true
 * ```
 */
export const BatchEnvelopeSchema = object({
  clientBatchId: v.optional(v.pipe(v.string(), v.maxLength(BATCH_LIMITS.clientBatchIdMaxLength))),
  // Rule: the template carries only type, content, dlrCallbackUrl and channels.
  template: v.optional(
    refuseArrays(
      v.strictObject(
        {
          type: v.optional(v.unknown()),
          content: v.optional(v.unknown()),
          dlrCallbackUrl: v.optional(v.unknown()),
          channels: v.optional(v.unknown()),
        },
        `a template is an object that may only carry ${TEMPLATE_KEYS.join(', ')}`,
      ),
    ),
  ),
  // Rule: `messages` is required and holds at least one message.
  messages: v.pipe(
    v.array(refuseArrays(v.record(v.string(), v.unknown())), 'each message must be an object'),
    v.minLength(1),
  ),
  includeMessagesInResponse: v.optional(v.boolean()),
});

/**
 * Options of {@link parseBatch}.
 *
 * @example
 * ```ts
 * import type { ParseBatchOptions } from '8x8-chatapps';
 *
 * const options: ParseBatchOptions = { maxMessages: Number.POSITIVE_INFINITY };
 * ```
 */
export interface ParseBatchOptions {
  /** Most messages allowed [{@link BATCH_LIMITS}.maxMessages]. The client lifts it, then splits the batch. */
  readonly maxMessages?: number;
}

/**
 * Checks a batch request and returns its wire form. Every message is checked as the message 8x8 will compose:
 * the template's fields with the message's own laid over them. Problems in the template are reported once,
 * at `template.…`; problems in a message at `messages[i].…`.
 *
 * @throws {ValidationError} listing every issue; nothing should be sent then.
 * @example
 * ```ts
 * import { parseBatch } from '8x8-chatapps';
 *
 * const batch = parseBatch({
 *   template: { type: 'text', content: { text: 'Hello' } },
 *   messages: [{ user: { msisdn: '+6512345678' } }],
 * });
 * batch.messages.length; // 1
 * ```
 */
export function parseBatch(input: unknown, options: ParseBatchOptions = {}): BatchRequest {
  const maxMessages = options.maxMessages ?? BATCH_LIMITS.maxMessages;
  // The schemas read a plain JSON copy, as parseMessage's do: no getter, proxy, cycle or deep nesting reaches them.
  const copy = copyJsonValue(input);
  if (copy.issues.length > 0) throw new ValidationError(copy.issues, 'batch');
  // Read as 8x8 reads it: `includeMessagesInResponse` may be written "True" (the messages are read by parseMessage).
  const envelope = safeValidate(BatchEnvelopeSchema, readLeniently(BatchEnvelopeSchema, copy.value), 'batch');
  if (!envelope.success) throw envelope.error;
  const { template = {}, messages } = envelope.output;
  const issues: ValidationIssue[] = [];
  if (messages.length > maxMessages) {
    issues.push({
      path: 'messages',
      message: `must have at most ${maxMessages} messages per request, got ${messages.length}`,
    });
  }

  const reportedTemplateIssues = new Set<string>();
  const parsed: MessageRequest[] = [];
  messages.forEach((message, index) => {
    const result = safeParseMessage({ ...template, ...message });
    if (result.success) {
      parsed.push(result.output);
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.split(/[.[]/, 1)[0] ?? '';
      const fromTemplate = Object.hasOwn(template, field) && !Object.hasOwn(message, field);
      if (!fromTemplate) {
        issues.push({ path: joinPath(`messages[${index}]`, issue.path), message: issue.message });
        continue;
      }
      const path = joinPath('template', issue.path);
      const key = `${path}\u0000${issue.message}`;
      if (reportedTemplateIssues.has(key)) continue;
      reportedTemplateIssues.add(key);
      issues.push({ path, message: issue.message });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, 'batch');

  return {
    ...(envelope.output.clientBatchId === undefined ? {} : { clientBatchId: envelope.output.clientBatchId }),
    ...(Object.keys(template).length === 0
      ? {}
      : { template: normalizedTemplate(template, messages, parsed) }),
    messages: messages.map(
      (message, index) => pickKeys(parsed[index]!, Object.keys(message)) as BatchMessage,
    ),
    ...(envelope.output.includeMessagesInResponse === undefined
      ? {}
      : { includeMessagesInResponse: envelope.output.includeMessagesInResponse }),
  };
}

/**
 * Every message of a batch as 8x8 will compose it: the template's fields with the message's own laid over them.
 * The sandbox uses it to record what a batch sends.
 *
 * @example
 * ```ts
 * import { composeBatchMessages } from '8x8-chatapps';
 *
 * const [first] = composeBatchMessages({
 *   template: { type: 'text', content: { text: 'Hello' } },
 *   messages: [{ user: { msisdn: '+6512345678' } }],
 * });
 * first?.content; // { text: 'Hello' }
 * ```
 */
export function composeBatchMessages(batch: BatchRequest): MessageRequest[] {
  return batch.messages.map((message) => ({ ...batch.template, ...message }) as MessageRequest);
}

function joinPath(prefix: string, path: string): string {
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function pickKeys(source: object, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    if (Object.hasOwn(source, key)) picked[key] = (source as Record<string, unknown>)[key];
  }
  return picked;
}

/** The template's fields as the schema normalised them, taken from a message that did not override them. */
function normalizedTemplate(
  template: Record<string, unknown>,
  messages: readonly Record<string, unknown>[],
  parsed: readonly MessageRequest[],
): BatchTemplate {
  const normalized: Record<string, unknown> = {};
  for (const key of Object.keys(template)) {
    const user = messages.findIndex((message) => !Object.hasOwn(message, key));
    // A field every message overrides is never used; 8x8 would ignore it, so it is not sent.
    if (user === -1) continue;
    normalized[key] = (parsed[user] as unknown as Record<string, unknown>)[key];
  }
  return normalized as BatchTemplate;
}

/**
 * The answer to a batch request: 8x8's `batchId`, how many messages it accepted and rejected, and, when the
 * request set `includeMessagesInResponse`, every message with its umid and status.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { BatchResponseSchema } from '8x8-chatapps';
 *
 * const answer = v.parse(BatchResponseSchema, {
 *   batchId: 'cf3cbbf5-3e2d-ea11-815d-020897df5459',
 *   acceptedCount: 2,
 *   rejectedCount: 0,
 * });
 * answer.acceptedCount; // 2
 * ```
 */
export const BatchResponseSchema = object({
  /** Rule: `batchId` (a GUID generated by 8x8), `acceptedCount` and `rejectedCount` are always present. */
  batchId: v.pipe(v.string(), v.uuid('must be a GUID')),
  clientBatchId: optionalOrNull(v.string()),
  acceptedCount: v.pipe(wholeNumber, v.minValue(0)),
  rejectedCount: v.pipe(wholeNumber, v.minValue(0)),
  messages: optionalOrNull(v.array(SendMessageResponseSchema)),
});

/**
 * The typed answer to one batch request.
 *
 * @example
 * ```ts
 * import type { BatchResponse } from '8x8-chatapps';
 *
 * const summary = (answer: BatchResponse) => `${answer.acceptedCount} accepted, ${answer.rejectedCount} rejected`;
 * ```
 */
export type BatchResponse = v.InferOutput<typeof BatchResponseSchema>;
