// The client area's public surface: the client, its transports, the sandbox, the errors a send can end in, and the
// schemas of 8x8's answers. src/index.ts re-exports this barrel.
export * from '../errors/api-error.js';
export * from '../errors/transport-errors.js';
export { acceptedAnswer, errorAnswer, type FakeAnswer } from '../sandbox/answers.js';
export {
  type AcceptedMessage,
  type EngineAnswer,
  type EngineRequest,
  type ReceivedRequest,
  SANDBOX_INVALID_MSISDN_PREFIX,
  SandboxEngine,
  type SandboxEngineOptions,
  type SandboxFault,
  type SandboxFaultPlan,
} from '../sandbox/engine.js';
export { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/server.js';
export {
  createKyTransport,
  type KyTransportOptions,
  type RetryEvent,
} from '../transport/ky-transport.js';
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
  type RetryPolicy,
  SAFE_RETRY_STATUSES,
} from '../transport/retry-policy.js';
export { Secret } from '../transport/secret.js';
export type { Transport, TransportRequest, TransportResponse } from '../transport/transport.js';
export * from '../wire/batch.js';
export * from '../wire/response.js';
export * from '../wire/sub-account.js';
export { type BatchBuilder, type BatchSource, createBatch, isBatchSource } from './batch-builder.js';
export * from './client.js';
export { clientOptionsFromEnv } from './env.js';
export { isMessageSource, type MessageSource } from './message-source.js';
export type { SendError, SendOutcome } from './outcome.js';
export { DEFAULT_REGION, REGIONS, type Region } from './regions.js';
