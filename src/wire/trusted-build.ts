// Builders whose build() already validates with the wire schemas (the library's message chain): the client sends
// what they build without validating it a second time. Keyed by prototype, so it costs nothing per message, and
// each entry is the library's own build function, so no object can claim it by having a `build` method.
import type { MessageRequest } from './request.js';

type ValidatingBuild = (source: object) => MessageRequest | undefined;

const validatingBuilds = new WeakMap<object, ValidatingBuild>();

/** Registers the instances of `prototype` as builders whose `build` returns validated output. */
export function trustBuild(prototype: object, build: ValidatingBuild): void {
  validatingBuilds.set(prototype, build);
}

/** What `source` builds when it is one of the library's validating builders, else `undefined`. */
export function validatedBuild(source: object): MessageRequest | undefined {
  return validatingBuilds.get(Object.getPrototypeOf(source))?.(source);
}
