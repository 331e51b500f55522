// The webhook area's public surface: the wire schemas of what 8x8 posts, the typed events, parseWebhook, and the
// fetch-style handler with its seen-store.
// src/index.ts re-exports this barrel.
export {
  type DeliveryReceiptWebhook,
  DeliveryReceiptWebhookSchema,
  type ExternalAppMessageWebhook,
  ExternalAppMessageWebhookSchema,
  INBOUND_INTERACTIVE_TYPES,
  INBOUND_MESSAGE_TYPES,
  InboundContentSchema,
  type InboundContentWire,
  type InboundMessageWebhook,
  InboundMessageWebhookSchema,
  type OutboundContent,
  OutboundContentSchema,
  WEBHOOK_CHANNELS,
  WEBHOOK_EVENT_TYPES,
  type WebhookChannel,
  type WebhookEnvelope,
  WebhookEnvelopeSchema,
} from '../wire/webhook.js';
export * from './events.js';
export {
  createWebhookHandler,
  type WebhookCallback,
  type WebhookContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookProblem,
} from './handler.js';
export {
  createMemorySeenStore,
  type MemorySeenStoreOptions,
  type WebhookClaim,
  type WebhookSeenStore,
} from './seen-store.js';
