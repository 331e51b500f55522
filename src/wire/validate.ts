// Runs a wire schema and turns valibot's issues into ValidationError's: a path in JavaScript accessor form and a
// sentence naming the rule, for every issue at once.
import * as v from 'valibot';
import { cut, receivedValue } from '../errors/message-text.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';

/** `content.interactive.action.buttons[3].reply.title` from valibot's path items. */
export function formatPath(path: readonly (string | number | symbol | unknown)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function count(input: unknown): number | undefined {
  return typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
}

function noun(input: unknown, n: unknown): string {
  if (Array.isArray(input)) return n === 1 ? 'item' : 'items';
  return n === 1 ? 'character' : 'characters';
}

/** A sentence for each kind of valibot issue; rules with their own words (checks, regexes) keep them. */
function describe(issue: v.BaseIssue<unknown>): string {
  const { type, input, requirement } = issue;
  // valibot quotes the value it received whole; a huge string stays on the input, not in the sentence.
  const received = cut(issue.received);
  switch (type) {
    case 'object':
    case 'loose_object':
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'record':
    case 'picklist': {
      if (type === 'picklist') {
        const options = (issue.expected ?? '').split(' | ').join(', ');
        // A missing enum says what to write: its values.
        return input === undefined
          ? `is required: one of ${options}`
          : `must be one of ${options}, got ${received}`;
      }
      if (input === undefined) return 'is required';
      const expected =
        type === 'object' || type === 'loose_object' || type === 'record'
          ? 'an object'
          : type === 'array'
            ? 'an array'
            : `a ${type}`;
      return `must be ${expected}, got ${receivedValue(input, issue.received)}`;
    }
    case 'min_length':
      return `must have at least ${String(requirement)} ${noun(input, requirement)}, got ${count(input)}`;
    case 'max_length':
      return `must have at most ${String(requirement)} ${noun(input, requirement)}, got ${count(input)}`;
    case 'min_value':
      return `must be at least ${String(requirement)}, got ${received}`;
    case 'max_value':
      return `must be at most ${String(requirement)}, got ${received}`;
    case 'integer':
      return `must be a whole number, got ${received}`;
    case 'finite':
      return `must be a finite number, got ${received}`;
    default:
      return issue.message;
  }
}

/** Messages given where a rule is declared win; the generic sentence only fills in for valibot's defaults. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith('Invalid ')) return describe(issue);
  // A count rule worded where it is declared ("at most 3 reply buttons") still says how many there were.
  const counted = (issue.type === 'min_length' || issue.type === 'max_length') && Array.isArray(issue.input);
  return counted ? `${issue.message}, got ${count(issue.input)}` : issue.message;
}

/** valibot issues → {@link ValidationIssue}s. */
export function toValidationIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key)),
    message: messageOf(issue),
  }));
}

/**
 * The outcome of a safe validation: the value, or a {@link ValidationError} listing every issue.
 *
 * @example
 * ```ts
 * import { type MessageRequest, type SafeResult, safeParseMessage } from '8x8-chatapps';
 *
 * const result: SafeResult<MessageRequest> = safeParseMessage({ user: { msisdn: '+6591234567' }, type: 'text' });
 * const summary = result.success ? result.output.type : result.error.issues.map((issue) => issue.path);
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly error: ValidationError };

/**
 * Validates `input` against any schema of this library, returning every issue instead of throwing.
 *
 * @example
 * ```ts
 * import { safeValidate, UserSchema } from '8x8-chatapps';
 *
 * const result = safeValidate(UserSchema, { msisdn: '12' }, 'user');
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export function safeValidate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  subject = 'value',
): SafeResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, output: result.output };
  return { success: false, error: new ValidationError(toValidationIssues(result.issues), subject) };
}

/**
 * Validates `input` against any schema of this library and returns its typed output.
 *
 * @throws {@link ValidationError} listing every issue, each with its path.
 * @example
 * ```ts
 * import { validate, UserSchema } from '8x8-chatapps';
 *
 * const user = validate(UserSchema, { msisdn: '+6512345678' }, 'user');
 * ```
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  subject = 'value',
): v.InferOutput<S> {
  const result = safeValidate(schema, input, subject);
  if (!result.success) throw result.error;
  return result.output;
}
