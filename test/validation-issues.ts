// The issues a ValidationError carries, collected for the tests: one helper instead of a try/catch in each file.
import { expect } from 'vitest';
import { ValidationError, type ValidationIssue } from '../src/errors/validation-error.js';

/** The issues of the ValidationError that `run` throws, or none when it returns; any other error is thrown on. */
export function issuesOf(run: () => unknown): readonly ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

/** The issues of the ValidationError that `run` must throw: fails the test when it returns or throws anything else. */
export function refusalOf(run: () => unknown): readonly ValidationIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}
