// The valid requests the wire fuzz tests start from, and the (message, path) pairs they mutate.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { BASES } from '../fixtures/messages.js';

const directory = new URL('../fixtures/requests/', import.meta.url);

/** Every valid request of the fixtures: the builders' bases and the JSON request files. */
export const VALID: readonly unknown[] = [
  ...Object.values(BASES),
  ...readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as unknown),
];

export type Path = readonly (string | number)[];

/** Every path inside `value` (objects and arrays included, root excluded). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A path in the accessor form `withPath` reads: `content.cards[0].title`. */
export function accessor(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/** Every (message, path) pair of the valid messages. */
export const messageAndPath = fc
  .constantFrom(...VALID)
  .chain((message) => fc.tuple(fc.constant(message), fc.constantFrom(...pathsOf(message))));
