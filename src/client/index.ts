// The client area's public surface: the client, its transports (the recording transport and the answers it gives
// included), the errors a send can end in, and the schemas of 8x8's answers. src/index.ts re-exports this barrel.
// The sandbox server needs Node: it is the `8x8-chatapps/sandbox` entry (src/sandbox/index.ts), not exported here.
export * from '../errors/api-error.js';
export * from '../errors/transport-errors.js';
export { acceptedAnswer, errorAnswer, type FakeAnswer } from '../sandbox/answers.js';
export { createKyTransport, type KyTransportOptions } from '../transport/ky-transport.js';
export {
  createRecordingTransport,
  type RecordedRequest,
  type RecordingTransport,
  type RecordingTransportOptions,
} from '../transport/recording-transport.js';
export {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  RETRIED_NETWORK_FAILURES,
  type ResolvedRetryPolicy,
  type RetryEvent,
  type RetryPolicy,
  SAFE_RETRY_STATUSES,
} from '../transport/retry-policy.js';
export { Secret } from '../transport/secret.js';
export type {
  Transport,
  TransportMethod,
  TransportRequest,
  TransportResponse,
} from '../transport/transport.js';
export * from '../wire/batch.js';
export * from '../wire/message-details.js';
export * from '../wire/response.js';
export * from '../wire/sub-account.js';
export { type BatchBuilder, type BatchSource, createBatch, isBatchSource } from './batch-builder.js';
export * from './client.js';
export { clientOptionsFromEnv } from './env.js';
export { type ChainToSend, isMessageSource, type MessageSource } from './message-source.js';
export type { SendError, SendManyOutcome, SendOutcome } from './outcome.js';
export { DEFAULT_REGION, REGIONS, type Region } from './regions.js';
export { SendManyError } from './send-many-error.js';
