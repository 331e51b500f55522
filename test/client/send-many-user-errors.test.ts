// sendMany and sendEach when the caller's own code throws: a throwing onProgress or input iterator never costs the
// outcome of a message that was handed to 8x8.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import type { SendManyOutcome, SendOutcome } from '../../src/client/outcome.js';
import { SendManyError } from '../../src/client/send-many-error.js';
import { acceptedAnswer } from '../../src/sandbox/answers.js';
import { createRecordingTransport, type RecordedRequest } from '../../src/transport/recording-transport.js';

const MESSAGES = 40;

function message(i: number) {
  return {
    user: { msisdn: `+65${82_000_000 + i}` },
    clientMessageId: `u-${i}`,
    type: 'text',
    content: { text: `#${i}` },
  } as const;
}

/** A client whose answers arrive a few event-loop turns later, so many sends are in flight at once. */
function slowClient() {
  const transport = createRecordingTransport({
    respond: async (request: RecordedRequest) => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      return { status: 200, headers: {}, body: acceptedAnswer(request.body as { clientMessageId?: string }) };
    },
  });
  return { transport, client: createClient({ apiKey: 'k', subAccountId: 'acme', transport }) };
}

/** Every message the transport received has an accepted outcome with 8x8's answer for it, and nothing else does. */
function expectEverySentReported(
  transport: ReturnType<typeof createRecordingTransport>,
  outcomes: readonly (SendOutcome | SendManyOutcome | undefined)[],
) {
  const sent = transport.requests.map(
    (request) => (request.body as { clientMessageId: string }).clientMessageId,
  );
  expect(sent.length).toBeGreaterThan(0);
  for (const id of sent) {
    const index = Number(id.slice(2));
    const outcome = outcomes[index];
    expect(outcome, `outcome of ${id}`).toBeDefined();
    expect(outcome?.ok).toBe(true);
    // sendEach's outcomes carry 8x8's whole answer, sendMany's the compact form.
    if (outcome?.ok) {
      expect('response' in outcome ? outcome.response.clientMessageId : outcome.clientMessageId).toBe(id);
    }
  }
  expect(outcomes.filter((outcome) => outcome !== undefined)).toHaveLength(sent.length);
}

describe('sendMany when onProgress throws', () => {
  it('rejects with SendManyError holding the outcome of every message sent; reads nothing more', async () => {
    const { client, transport } = slowClient();
    const thrown = new Error('progress bar broke');
    let calls = 0;
    const error = await client
      .sendMany(
        Array.from({ length: MESSAGES }, (_, i) => message(i)),
        {
          concurrency: 8,
          onProgress: ({ done }) => {
            calls++;
            if (done === 1) throw thrown;
          },
        },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SendManyError);
    const { result, cause } = error as SendManyError;
    expect(cause).toBe(thrown);
    expect(calls).toBe(1);
    // The messages in flight when it threw were sent to their end; the rest of the input was never read.
    expect(transport.requests.length).toBeGreaterThan(1);
    expect(transport.requests.length).toBeLessThan(MESSAGES);
    expectEverySentReported(transport, result.outcomes);
    expect(result.accepted).toBe(transport.requests.length);
    expect(result.failed).toBe(0);
  });

  it('when it throws on the last message, every outcome is there', async () => {
    const { client, transport } = slowClient();
    const error = (await client
      .sendMany(
        Array.from({ length: 5 }, (_, i) => message(i)),
        {
          onProgress: ({ done }) => {
            if (done === 5) throw new Error('late');
          },
        },
      )
      .catch((caught: unknown) => caught)) as SendManyError;
    expect(error).toBeInstanceOf(SendManyError);
    expect(error.result.outcomes).toHaveLength(5);
    expectEverySentReported(transport, error.result.outcomes);
  });
});

describe('sendMany when the input iterator throws', () => {
  it.each(['sync', 'async'] as const)(
    '(%s) rejects with SendManyError holding every outcome before it',
    async (kind) => {
      const { client, transport } = slowClient();
      const thrown = new Error('database cursor died');
      function* sync() {
        for (let i = 0; i < 12; i++) yield message(i);
        throw thrown;
      }
      async function* async() {
        yield* sync();
      }
      const error = (await client
        .sendMany(kind === 'sync' ? sync() : async(), { concurrency: 5 })
        .catch((caught: unknown) => caught)) as SendManyError;
      expect(error).toBeInstanceOf(SendManyError);
      expect(error.cause).toBe(thrown);
      expect(transport.requests).toHaveLength(12);
      expect(error.result.outcomes).toHaveLength(12);
      expectEverySentReported(transport, error.result.outcomes);
    },
  );
});

describe('sendEach when user code throws', () => {
  it('yields the outcome of every message read, then throws the callback error as thrown', async () => {
    const { client, transport } = slowClient();
    const thrown = new Error('x');
    const seen: (SendOutcome | undefined)[] = [];
    let caught: unknown;
    try {
      for await (const outcome of client.sendEach(
        Array.from({ length: MESSAGES }, (_, i) => message(i)),
        {
          concurrency: 6,
          onProgress: ({ done }) => {
            if (done === 2) throw thrown;
          },
        },
      )) {
        seen[outcome.index] = outcome;
      }
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(thrown);
    expectEverySentReported(transport, seen);
  });
});
