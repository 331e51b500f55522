/**
 * `8x8-chatapps/sandbox`: a local stand-in for 8x8's Messaging Apps API, for the quickstart, for tests and for trying
 * the library without credentials. It needs Node.js (an HTTP server on 127.0.0.1), which is why it is not part of the
 * main entry: `8x8-chatapps` runs anywhere (Node, Bun, Deno, Workers, browsers' bundlers). For tests that run outside
 * Node, use `createRecordingTransport` from the main entry: the same checks and answers, in memory.
 *
 * @example
 * ```ts
 * import { createClient, Message } from '8x8-chatapps';
 * import { startSandbox } from '8x8-chatapps/sandbox';
 *
 * const sandbox = await startSandbox();
 * await createClient(sandbox.clientOptions()).send(Message.to('+6512345678').whatsapp().text('Hi'));
 * sandbox.accepted.length; // 1
 * await sandbox.close();
 * ```
 *
 * @packageDocumentation
 * @module 8x8-chatapps/sandbox
 */

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
  type SandboxWhatsAppChannel,
} from './engine.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './server.js';
export {
  type SandboxAttempt,
  type SandboxInbound,
  type SandboxInboundContent,
  type SandboxOutcome,
  type SandboxWebhookOptions,
  WEBHOOK_RETRY_SECONDS,
  type WebhookDelivery,
} from './webhooks.js';
