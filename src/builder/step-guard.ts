// A builder step given what its types forbid (a JavaScript caller, a cast, data from outside) must end in a
// ValidationError naming the step, never in a TypeError from reading the argument (`null.url`, a getter that
// throws, a proxy). The chain's own misuse errors (steps out of order) stay TypeErrors: types prevent them.
import { ValidationError } from '../errors/validation-error.js';
import { thrownMessage } from '../wire/json-value.js';

/** Errors the builders throw on purpose for steps used out of order. */
const misuses = new WeakSet<Error>();

/** A TypeError for a step used out of order: passed through by {@link guardSteps} as it is. */
export function misuse(message: string): TypeError {
  const error = new TypeError(message);
  misuses.add(error);
  return error;
}

function asStepError(step: string, error: unknown): unknown {
  if (error instanceof ValidationError || (error instanceof Error && misuses.has(error))) return error;
  return new ValidationError(
    [{ path: '', message: `could not be read: ${thrownMessage(error)}` }],
    `arguments of .${step}()`,
  );
}

/**
 * Wraps every method of `steps` (a prototype, or an object of factory functions, before it is frozen) so that an
 * error from reading its arguments becomes a ValidationError naming the step. `callers` are the steps that run the
 * caller's own callback (`$if`, `$call`, `card`): its errors are the caller's and pass through unchanged.
 */
export function guardSteps<T extends object>(steps: T, callers: readonly string[] = []): T {
  for (const name of Object.getOwnPropertyNames(steps)) {
    if (name === 'constructor' || callers.includes(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(steps, name);
    const step: unknown = descriptor?.value;
    if (typeof step !== 'function') continue;
    const guarded = {
      [name](this: unknown, a?: unknown, b?: unknown, c?: unknown): unknown {
        try {
          // Forwarded as called, with as many arguments, and without making an array of them for the steps that
          // take up to three (a rest parameter made one on every step: ~15% of a chain's steps in a CPU profile).
          // biome-ignore lint/complexity/noArguments: how many were passed, which the parameters cannot tell
          switch (arguments.length) {
            case 0:
              return step.call(this);
            case 1:
              return step.call(this, a);
            case 2:
              return step.call(this, a, b);
            case 3:
              return step.call(this, a, b, c);
            default:
              // biome-ignore lint/complexity/noArguments: a rest parameter would make an array on every call
              return step.apply(this, arguments);
          }
        } catch (error) {
          throw asStepError(name, error);
        }
      },
    }[name];
    Object.defineProperty(steps, name, { ...descriptor, value: guarded });
  }
  return steps;
}

/** An object of factory functions (`Interactive`, `RichCard`), its steps guarded by {@link guardSteps}, frozen. */
export function guardedFactories<T extends object>(factories: T): Readonly<T> {
  return Object.freeze(guardSteps(factories));
}
