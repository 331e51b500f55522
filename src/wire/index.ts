// Explicit: content.ts and request.ts also hold internal pieces of the per-message schemas (message-schema.ts).
export {
  ContentSchema,
  DirectSendSchema,
  LocationSchema,
  SmsSettingsSchema,
  ViberButtonSchema,
} from './content.js';
export * from './interactive.js';
export { type ParseOptions, parseMessage, safeParseMessage } from './parse.js';
export * from './rcs.js';
export {
  type ChannelRoute,
  ChannelRouteSchema,
  ChannelSchema,
  type Content,
  type MessageRequest,
  type MessageRequestInput,
  MessageRequestSchema,
  type MessageType,
  MessageTypeSchema,
  type User,
  UserSchema,
} from './request.js';
export * from './template.js';
export type * from './types.js';
export { type SafeResult, safeValidate, validate } from './validate.js';
