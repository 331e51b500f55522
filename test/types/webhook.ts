// Type tests of the webhook wire types: the declared interfaces (declared so that the published declarations stay
// shallow enough for TypeScript 7, which gave up on the inferred receipt payload with TS2589) are exactly what the
// schemas parse to, field by field and at every depth. Checked by `tsc` (7) and `tsc6`; nothing here runs.
import type * as v from 'valibot';
import type {
  DeliveryReceiptWebhook,
  DeliveryReceiptWebhookSchema,
  ExternalAppMessageWebhook,
  ExternalAppMessageWebhookSchema,
  InboundMessageWebhook,
  InboundMessageWebhookSchema,
  WebhookEnvelope,
  WebhookEnvelopeSchema,
} from '../../src/wire/webhook.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

/**
 * A type with its index signatures removed at every depth (a loose object's `[key: string]: unknown` would let an
 * interface leave out a declared field unnoticed), in one shape for interfaces and inferred intersections alike.
 */
type Declared<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? Declared<Item>[]
    : { [K in keyof T as string extends K ? never : K]: Declared<T[K]> };

expectType<Equal<Declared<WebhookEnvelope>, Declared<v.InferOutput<typeof WebhookEnvelopeSchema>>>>();
expectType<
  Equal<Declared<DeliveryReceiptWebhook>, Declared<v.InferOutput<typeof DeliveryReceiptWebhookSchema>>>
>();
expectType<
  Equal<Declared<ExternalAppMessageWebhook>, Declared<v.InferOutput<typeof ExternalAppMessageWebhookSchema>>>
>();
expectType<
  Equal<Declared<InboundMessageWebhook>, Declared<v.InferOutput<typeof InboundMessageWebhookSchema>>>
>();
