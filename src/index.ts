/**
 * 8x8-chatapps: type-safe messages for the 8x8 Messaging Apps API.
 *
 * Builders (`Message`, `Interactive`, `RichCard`, `Carousel`, `Suggestion`), the wire schemas and
 * `parseMessage`, the client with its transports (the in-memory recording transport included), and the errors a send
 * can end in. It imports nothing from `node:`, so it runs on Node, Bun, Deno, Workers and in bundles; the sandbox
 * server, which needs Node, is the `8x8-chatapps/sandbox` entry.
 *
 * @packageDocumentation
 * @module 8x8-chatapps
 */

export * from './builder/index.js';
// Both a builder (value) and a wire type (type) of the same name: named so they win over the wire barrel's types.
export { Carousel, Interactive, RichCard, Suggestion } from './builder/index.js';
export * from './channels.js';
export * from './client/index.js';
export * from './errors/validation-error.js';
export { LIMITS, type Limits } from './limits.js';
export * from './templates/index.js';
export * from './webhooks/index.js';
export * from './wire/index.js';
