import { cut } from './message-text.js';

/** Issues listed in a ValidationError's message; `issues` holds them all. */
const LISTED_ISSUES = 50;
/** Longest issue line in a ValidationError's message: rule sentences fit, a huge quoted value does not. */
const LINE_MAX_LENGTH = 1_000;

/**
 * One broken rule found while validating a message or a response.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: 'content.interactive.action.buttons',
 *   message: 'must have at most 3 items (reply buttons), got 4',
 * };
 * ```
 */
export interface ValidationIssue {
  /** Where the problem is, in JavaScript accessor form: `content.interactive.action.buttons[3].reply.title`; `''` for the whole value. */
  readonly path: string;
  /** The rule that was broken, in words a person understands. */
  readonly message: string;
}

/**
 * Thrown (or returned by the `safe…` variants) when a value breaks a rule of the 8x8 API.
 * It lists every issue found, not just the first, each with its field path.
 * Nothing is ever sent when validation fails.
 *
 * @example
 * ```ts
 * import { parseMessage, ValidationError } from '8x8-chatapps';
 *
 * try {
 *   parseMessage({ user: { msisdn: '+6512345678' }, type: 'text', content: {} });
 * } catch (error) {
 *   if (error instanceof ValidationError) {
 *     for (const issue of error.issues) console.log(issue.path, issue.message);
 *     // content.text  is required when type is "text"
 *   }
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Always `'ValidationError'`, also after the error crosses a realm or is serialised. */
  override readonly name = 'ValidationError' as const;
  /** Every issue found, in document order. Never empty. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], subject = 'message') {
    super(ValidationError.describe(issues, subject));
    this.issues = Object.freeze([...issues]);
  }

  private static describe(issues: readonly ValidationIssue[], subject: string): string {
    const lines = issues
      .slice(0, LISTED_ISSUES)
      .map(
        (issue) =>
          `  - ${cut(`${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`, LINE_MAX_LENGTH)}`,
      );
    if (issues.length > LISTED_ISSUES) lines.push(`  - … ${issues.length - LISTED_ISSUES} more in issues`);
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    return `Invalid ${subject} (${count}):\n${lines.join('\n')}`;
  }
}
