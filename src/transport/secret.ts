// A value that must never be printed: the API key, and the Authorization header built from it.

const REDACTED = '[redacted]';

/**
 * Holds a secret (the API key) so that it cannot leak by accident: `String()`, template literals,
 * `JSON.stringify`, `console.log` and `util.inspect` all show `[redacted]`. Only {@link Secret.reveal} returns
 * the value, and only a transport should call it, to set the `Authorization` header.
 *
 * @example
 * ```ts
 * import { Secret } from '8x8-chatapps';
 *
 * const key = new Secret('my-api-key');
 * JSON.stringify({ key }); // '{"key":"[redacted]"}'
 * `${key}`; // '[redacted]'
 * key.reveal(); // 'my-api-key'
 * ```
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself. Call it only where the value must go on the wire. */
  reveal(): string {
    return this.#value;
  }

  /** Always `[redacted]`. */
  toString(): string {
    return REDACTED;
  }

  /** Always `[redacted]`, so `JSON.stringify` of anything holding a secret is safe. */
  toJSON(): string {
    return REDACTED;
  }

  /** What Node's `util.inspect` and `console.log` print. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${REDACTED})`;
  }
}
