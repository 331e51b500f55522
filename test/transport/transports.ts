// The transports of this library that talk HTTP, for the contract tests that every one of them must pass
// (describe.each over TRANSPORTS): the default ky transport, and the Node transport of `8x8-chatapps/node`.
import { Agent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeTransport } from '../../src/node/transport.js';
import { createKyTransport } from '../../src/transport/ky-transport.js';
import type { RetryEvent, RetryPolicy } from '../../src/transport/retry-policy.js';
import type { Transport } from '../../src/transport/transport.js';

/** The options every HTTP transport takes, and a probe only tests need. */
export interface ContractOptions {
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy | false;
  readonly onRetry?: (event: RetryEvent) => void;
  /**
   * Called once the transport holds an answer (ky: fetch resolved; Node: the answer was read and its connection went
   * back to the agent), so a test can act between attempts rather than while one is on the wire.
   */
  readonly onAnswer?: () => void;
}

export interface TransportUnderTest {
  readonly name: string;
  create(options?: ContractOptions): Transport;
}

export const TRANSPORTS: readonly TransportUnderTest[] = [
  {
    name: 'createKyTransport',
    create: ({ onAnswer, ...options } = {}) =>
      createKyTransport(
        onAnswer === undefined
          ? options
          : {
              ...options,
              fetch: async (input, init) => {
                const response = await globalThis.fetch(input, init);
                onAnswer();
                return response;
              },
            },
      ),
  },
  {
    // The same transport with a ky hook: ky then makes the attempts and the retries itself (hookedTransport).
    name: 'createKyTransport with ky hooks',
    create: ({ onAnswer, ...options } = {}) =>
      createKyTransport({
        ...options,
        hooks: { beforeRequest: [() => undefined] },
        ...(onAnswer === undefined
          ? {}
          : {
              fetch: async (input, init) => {
                const response = await globalThis.fetch(input, init);
                onAnswer();
                return response;
              },
            }),
      }),
  },
  {
    name: 'createNodeTransport',
    create: ({ onAnswer, ...options } = {}) => {
      if (onAnswer === undefined) return createNodeTransport(options);
      const agent = new Agent({ keepAlive: true });
      agent.on('free', () => onAnswer());
      return createNodeTransport({ ...options, agent });
    },
  },
];

/** A loopback port nothing listens on (a connection to it is refused). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
