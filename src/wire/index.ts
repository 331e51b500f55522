export * from './content.js';
export * from './interactive.js';
export { type ParseOptions, parseMessage, safeParseMessage } from './parse.js';
export * from './rcs.js';
export * from './request.js';
export * from './template.js';
export type * from './types.js';
export { type SafeResult, safeValidate, validate } from './validate.js';
