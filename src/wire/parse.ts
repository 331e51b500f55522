// parseMessage: the public entry point that checks any value (a plain JS object, a row from a database…) against
// the send-message rules and returns it as the typed wire request.
import * as v from 'valibot';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { messageTemplateIssues } from '../templates/check.js';
import type { TemplateRegistryData } from '../templates/registry.js';
import { copyJsonValue, isPathWithin, type JsonCopy, NOT_PLAIN_JSON, plainJsonCopy } from './json-value.js';
import { readLeniently, writtenSpelling } from './lenient.js';
import { type MessageRequest, MessageRequestSchema } from './request.js';
import { type SafeResult, toValidationIssues } from './validate.js';

/**
 * Checks any value against every rule of the send-message API without throwing.
 *
 * Reads the request as 8x8 does: enum values in any letter case (`"Text"`, `"quickreply"`) and numbers written as
 * strings (`"38.8693"`) are accepted. On success, `output` is a copy of the input with every enum in the reference's
 * spelling and those numbers as numbers, and an interactive message's type where 8x8 infers it (docs/decisions.md);
 * nothing else is added, removed or reordered (fields this library does not know yet pass through).
 *
 * @example
 * ```ts
 * import { safeParseMessage } from '8x8-chatapps';
 *
 * const result = safeParseMessage(JSON.parse('{"user":{"msisdn":"+6512345678"},"type":"Text","content":{"text":"Hi"}}'));
 * if (result.success) console.log(result.output.type); // 'text'
 * else for (const issue of result.error.issues) console.log(`${issue.path}: ${issue.message}`);
 * ```
 */
export function safeParseMessage(input: unknown, options: ParseOptions = {}): SafeResult<MessageRequest> {
  return safeParseRequest(() => MessageRequestSchema, input, options);
}

/**
 * {@link safeParseMessage} with the request schema chosen for the copy of the input: the whole MessageRequestSchema,
 * or a built message's own (message-schema.ts), which checks the same rules on the content it carries. `readCopy`
 * reads the copy as 8x8 does (in place): all of it, or, for a message chain whose steps read their callers' values
 * where they received them, only what they did not read.
 */
export function safeParseRequest(
  schemaFor: (copy: unknown) => v.GenericSchema,
  input: unknown,
  options: ParseOptions = {},
  readCopy: (schema: v.GenericSchema, copy: unknown) => unknown = readLeniently,
): SafeResult<MessageRequest> {
  // The schemas read the copy: it is plain JSON, so no getter, proxy, cycle or deep nesting reaches them. They read
  // it as 8x8 does (enums in any letter case, numbers as strings), so the rules and the output see one form.
  const copy = copyOf(input);
  const schema = schemaFor(copy.value);
  const read = readCopy(schema, copy.value);
  const result = v.safeParse(schema, read);
  const issues: ValidationIssue[] = [...copy.issues];
  if (!result.success) {
    // A value the copy refused is missing from it: the schemas' "is required" there would say it twice.
    for (const issue of toValidationIssues(result.issues.map((issue) => quotedAsWritten(issue, read)))) {
      if (!copy.issues.some((refused) => isPathWithin(issue.path, refused.path))) issues.push(issue);
    }
  }
  if (!result.success || issues.length > 0)
    return { success: false, error: new ValidationError(issues, 'message') };
  const output = read as MessageRequest;
  if (options.templates !== undefined) {
    const misfits = messageTemplateIssues(output, options.templates);
    if (misfits.length > 0) return { success: false, error: new ValidationError(misfits, 'message') };
  }
  return { success: true, output };
}

/**
 * Rule: an issue quotes an enum value as its caller wrote it. The rules see the value read in the reference's
 * spelling, so one that ends `got "Read"` where the caller wrote `"read"` ends `got "read" ("Read")`.
 */
function quotedAsWritten(issue: v.BaseIssue<unknown>, read: unknown): v.BaseIssue<unknown> {
  const path = issue.path;
  const last = path?.[path.length - 1];
  const quoted = last?.value;
  if (path === undefined || typeof quoted !== 'string' || !issue.message.endsWith(`got "${quoted}"`))
    return issue;
  let parent = read;
  for (const item of path.slice(0, -1))
    parent = (parent as Record<string | number, unknown> | undefined)?.[item.key as string];
  const written = writtenSpelling(parent, last?.key);
  if (written === undefined) return issue;
  return {
    ...issue,
    message: `${issue.message.slice(0, -(quoted.length + 2))}${JSON.stringify(written)} ("${quoted}")`,
  };
}

/** The copy of `input` the schemas read: in one lean pass when it is plain JSON, else with the guard's issues. */
function copyOf(input: unknown): JsonCopy {
  const plain = plainJsonCopy(input);
  return plain === NOT_PLAIN_JSON ? copyJsonValue(input) : { value: plain, issues: [] };
}

/**
 * Options of {@link parseMessage} and {@link safeParseMessage}.
 *
 * @example
 * ```ts
 * import { parseMessage, type ParseOptions, type TemplateRegistryData } from '8x8-chatapps';
 *
 * const templates: TemplateRegistryData = {
 *   order_shipped: { en_US: { status: 'APPROVED', header: null, body: 1, bodyNames: [], buttons: [] } },
 * };
 * const options: ParseOptions = { templates };
 * parseMessage(
 *   {
 *     user: { msisdn: '+6512345678' },
 *     type: 'template',
 *     content: { template: { name: 'order_shipped', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'A-1234' }] }] } },
 *     channels: [{ channel: 'WhatsApp' }],
 *   },
 *   options,
 * );
 * ```
 */
export interface ParseOptions {
  /**
   * The template registry as data (the `templates` export of the file `8x8-chatapps templates pull` writes): a
   * WhatsApp template message must then fit the template it names (header kind, body parameter count, buttons).
   */
  readonly templates?: TemplateRegistryData;
}

/**
 * Checks any value against every rule of the send-message API and returns it as the typed wire request.
 *
 * @throws {@link ValidationError} listing every broken rule with its field path; nothing is ever sent.
 * @example
 * ```ts
 * import { parseMessage } from '8x8-chatapps';
 *
 * const request = parseMessage({
 *   user: { msisdn: '+6512345678' },
 *   type: 'text',
 *   content: { text: 'Your order A-1234 has shipped' },
 *   channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
 * });
 * ```
 */
export function parseMessage(input: unknown, options: ParseOptions = {}): MessageRequest {
  const result = safeParseMessage(input, options);
  if (!result.success) throw result.error;
  return result.output;
}
