// A transport for users' unit tests: no network, every request recorded, answers from the sandbox's engine (the same
// checks and 8x8-shaped bodies as the HTTP sandbox) or from a function of the test's own.
import { NetworkError } from '../errors/transport-errors.js';
import type { FakeAnswer } from '../sandbox/answers.js';
import { SandboxEngine, type SandboxFault } from '../sandbox/engine.js';
import type { MessageRequest } from '../wire/index.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/**
 * A request the recording transport saw, with its body parsed. It holds no `Authorization` value.
 *
 * @example
 * ```ts
 * import { createClient, createRecordingTransport } from '8x8-chatapps';
 *
 * const transport = createRecordingTransport();
 * const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
 * await client.send({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
 * const [first] = transport.requests;
 * console.log(first?.url, first?.body);
 * ```
 */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, parsed. */
  readonly body: unknown;
}

/**
 * Options of {@link createRecordingTransport}.
 *
 * @example
 * ```ts
 * import { createRecordingTransport, errorAnswer } from '8x8-chatapps';
 *
 * const transport = createRecordingTransport({ respond: () => errorAnswer(400, 1002, 'Invalid MSISDN') });
 * ```
 */
export interface RecordingTransportOptions {
  /**
   * Answers each request. Default: the sandbox engine, which accepts any bearer key and any sub-account's path,
   * checks the body with the library's schemas and answers like 8x8.
   */
  readonly respond?: (request: RecordedRequest) => FakeAnswer | Promise<FakeAnswer>;
}

/**
 * A {@link Transport} that records requests and answers them in memory.
 *
 * @example
 * ```ts
 * import { createClient, createRecordingTransport } from '8x8-chatapps';
 *
 * const transport = createRecordingTransport();
 * const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;
 * await createClient({ apiKey: 'k', subAccountId: 'acme', transport }).send(message);
 * transport.messages.length; // 1
 * ```
 */
export interface RecordingTransport extends Transport {
  /** Every request, in order. */
  readonly requests: readonly RecordedRequest[];
  /** The bodies of single-message sends, in order. */
  readonly messages: readonly MessageRequest[];
  /** Makes the next requests meet these faults (default responder only); `drop` rejects with a `NetworkError`. */
  queueFaults(...faults: readonly SandboxFault[]): void;
  /** Forgets recorded requests and queued faults. */
  clear(): void;
}

/**
 * Creates an in-memory transport for unit tests: nothing leaves the process, every request is recorded.
 *
 * @example
 * ```ts
 * import { createClient, createRecordingTransport } from '8x8-chatapps';
 *
 * const transport = createRecordingTransport();
 * const client = createClient({ apiKey: 'test', subAccountId: 'acme', transport });
 * const response = await client.send({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
 * transport.messages[0]?.content; // { text: 'Hi' }
 * response.status.state; // 'queued'
 * ```
 */
export function createRecordingTransport(options: RecordingTransportOptions = {}): RecordingTransport {
  const requests: RecordedRequest[] = [];
  const messages: MessageRequest[] = [];
  const engine = new SandboxEngine({ apiKey: null, anySubAccount: true });

  async function answer(request: TransportRequest, recorded: RecordedRequest): Promise<TransportResponse> {
    if (options.respond !== undefined) return options.respond(recorded);
    const url = new URL(request.url);
    const result = await engine.handle({
      method: request.method,
      path: url.pathname + url.search,
      authorization: request.authorization.reveal(),
      body: request.body,
    });
    if ('drop' in result) throw new NetworkError('connection-reset', request.url, { code: 'ECONNRESET' });
    return result;
  }

  return {
    get requests() {
      return requests;
    },
    get messages() {
      return messages;
    },
    queueFaults(...faults) {
      engine.queueFaults(...faults);
    },
    clear() {
      requests.length = 0;
      messages.length = 0;
      engine.reset();
    },
    async send(request) {
      let body: unknown;
      try {
        body = request.body === '' ? undefined : (JSON.parse(request.body) as unknown);
      } catch {
        body = request.body;
      }
      const recorded: RecordedRequest = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
      };
      requests.push(recorded);
      if (request.method === 'POST' && /\/messages\/?$/.test(new URL(request.url).pathname))
        messages.push(body as MessageRequest);
      return answer(request, recorded);
    },
  };
}
