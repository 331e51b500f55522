// parseMessage: the public entry point that checks any value (a plain JS object, a row from a database…) against
// the send-message rules and returns it as the typed wire request.
import * as v from 'valibot';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { isPlainObject } from './primitives.js';
import { type MessageRequest, MessageRequestSchema } from './request.js';
import { formatPath, type SafeResult, toValidationIssues } from './validate.js';

/**
 * Copies a JSON value, reporting what JSON cannot carry (functions, symbols, bigints, class instances, NaN,
 * circular references) in fields the schemas do not know and so pass through.
 */
function copyJson(
  value: unknown,
  path: (string | number)[],
  ancestors: Set<object>,
  issues: ValidationIssue[],
): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      issues.push({ path: formatPath(path), message: `must be a finite number, got ${value}` });
    return value;
  }
  if (typeof value !== 'object') {
    issues.push({ path: formatPath(path), message: `must be a JSON value, got a ${typeof value}` });
    return undefined;
  }
  if (ancestors.has(value)) {
    issues.push({ path: formatPath(path), message: 'must not contain a circular reference' });
    return undefined;
  }
  if (!Array.isArray(value) && !isPlainObject(value)) {
    const kind = (Object.getPrototypeOf(value) as { constructor?: { name?: string } }).constructor?.name;
    issues.push({
      path: formatPath(path),
      message: `must be a plain JSON object, got ${kind ?? 'an object'}`,
    });
    return undefined;
  }
  ancestors.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item, index) => copyJson(item, [...path, index], ancestors, issues));
  } else {
    copy = Object.fromEntries(
      Object.entries(value)
        // undefined means "not set", as in JSON.stringify.
        .filter(([, item]) => item !== undefined)
        // fromEntries defines keys, so a "__proto__" key stays a key instead of replacing the prototype.
        .map(([key, item]) => [key, copyJson(item, [...path, key], ancestors, issues)]),
    );
  }
  ancestors.delete(value);
  return copy;
}

/**
 * Checks any value against every rule of the send-message API without throwing.
 *
 * On success, `output` is a copy of the input with `type` lowercased and channel names spelled as the API spells
 * them; nothing else is added, removed or reordered (fields this library does not know yet pass through).
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
export function safeParseMessage(input: unknown): SafeResult<MessageRequest> {
  const result = v.safeParse(MessageRequestSchema, input);
  const issues: ValidationIssue[] = result.success ? [] : toValidationIssues(result.issues);
  const copy = copyJson(input, [], new Set(), issues);
  if (!result.success || issues.length > 0)
    return { success: false, error: new ValidationError(issues, 'message') };
  const output = copy as MessageRequest;
  output.type = result.output.type;
  if (output.channels && result.output.channels) {
    output.channels = output.channels.map((route, index) => ({
      ...route,
      channel: result.output.channels![index]!.channel,
    }));
  }
  return { success: true, output };
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
export function parseMessage(input: unknown): MessageRequest {
  const result = safeParseMessage(input);
  if (!result.success) throw result.error;
  return result.output;
}
