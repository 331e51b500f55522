// sendMany/sendEach over the recording transport: one outcome per message, input order, concurrency limit,
// abort, progress, lazy and async inputs.
import { describe, expect, it } from 'vitest';
import { createClient, type SendableMessage } from '../../src/client/client.js';
import { acceptedAnswer, errorAnswer } from '../../src/sandbox/answers.js';
import { createRecordingTransport, type RecordedRequest } from '../../src/transport/recording-transport.js';

function message(i: number) {
  return {
    user: { msisdn: `+65${81_000_000 + i}` },
    clientMessageId: `m-${i}`,
    type: 'text',
    content: { text: `#${i}` },
  };
}

/** A responder that holds each answer until released, and tracks how many requests are in flight. */
function gatedResponder() {
  let inFlight = 0;
  let maxInFlight = 0;
  const waiting: (() => void)[] = [];
  return {
    get maxInFlight() {
      return maxInFlight;
    },
    get waiting() {
      return waiting.length;
    },
    release() {
      for (const resume of waiting.splice(0)) resume();
    },
    respond: async (request: RecordedRequest) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight--;
      return { status: 200, headers: {}, body: acceptedAnswer(request.body as { clientMessageId?: string }) };
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('sendMany', () => {
  it('yields one outcome per message in input order, with failures as outcomes', async () => {
    const transport = createRecordingTransport({
      respond: (request) =>
        (request.body as { clientMessageId: string }).clientMessageId === 'm-2'
          ? errorAnswer(400, 1002, 'Invalid MSISDN')
          : { status: 200, headers: {}, body: acceptedAnswer(request.body as { clientMessageId?: string }) },
    });
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const inputs: SendableMessage[] = [
      message(0),
      message(1),
      message(2),
      { ...message(3), user: { msisdn: 'bad' } },
    ];
    const result = await client.sendMany(inputs, { concurrency: 3 });
    expect(result.outcomes.map((outcome) => [outcome.index, outcome.ok])).toEqual([
      [0, true],
      [1, true],
      [2, false],
      [3, false],
    ]);
    expect(result).toMatchObject({ accepted: 2, failed: 2 });
    expect(result.outcomes[2]).toMatchObject({ ok: false, error: { name: 'ApiError', code: 1002 } });
    expect(result.outcomes[3]).toMatchObject({ ok: false, error: { name: 'ValidationError' } });
    expect(transport.requests).toHaveLength(3); // the invalid message was never sent
    // Compact: what a caller reads, and neither the request nor 8x8's whole answer.
    expect(Object.keys(result.outcomes[0]!)).toEqual(['ok', 'index', 'umid', 'state', 'clientMessageId']);
    expect(result.outcomes[0]).toMatchObject({ ok: true, index: 0, state: 'queued', clientMessageId: 'm-0' });
    expect(Object.keys(result.outcomes[2]!)).toEqual(['ok', 'index', 'error']);
  });

  it('never has more than `concurrency` requests in flight', async () => {
    const gate = gatedResponder();
    const transport = createRecordingTransport({ respond: gate.respond });
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const run = client.sendMany(
      Array.from({ length: 20 }, (_, i) => message(i)),
      { concurrency: 4 },
    );
    while (gate.waiting < 4) await tick();
    for (let round = 0; round < 10 && gate.waiting > 0; round++) {
      expect(gate.waiting).toBeLessThanOrEqual(4);
      gate.release();
      await tick();
      await tick();
    }
    const pump = setInterval(() => gate.release(), 1);
    const result = await run;
    clearInterval(pump);
    expect(gate.maxInFlight).toBe(4);
    expect(result.accepted).toBe(20);
  });

  it('reports progress after every message', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const seen: string[] = [];
    await client.sendMany([message(0), message(1), { ...message(2), type: 'nope' } as SendableMessage], {
      onProgress: ({ done, total, accepted, failed }) => seen.push(`${done}/${total} ${accepted}+${failed}`),
    });
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe('3/3 2+1');
  });

  it('on abort, sends nothing more and still gives every message an AbortError outcome', async () => {
    const gate = gatedResponder();
    const transport = createRecordingTransport({ respond: gate.respond });
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    const controller = new AbortController();
    const run = client.sendMany(
      Array.from({ length: 10 }, (_, i) => message(i)),
      { concurrency: 2, signal: controller.signal },
    );
    while (gate.waiting < 2) await tick();
    controller.abort();
    gate.release();
    const result = await run;
    expect(result.outcomes).toHaveLength(10);
    expect(transport.requests).toHaveLength(2);
    const notStarted = result.outcomes.slice(2);
    for (const outcome of notStarted) {
      expect(outcome).toMatchObject({ ok: false, error: { name: 'AbortError', mayHaveBeenAccepted: false } });
    }
  });

  it('reads iterables lazily and accepts async iterables', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    let pulled = 0;
    function* lazy() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield message(i);
      }
    }
    const seen: number[] = [];
    for await (const outcome of client.sendEach(lazy(), { concurrency: 2 })) {
      seen.push(outcome.index);
      // Never more than `concurrency` messages read ahead of what has finished.
      expect(pulled - seen.length).toBeLessThanOrEqual(2);
      if (seen.length === 10) break;
    }
    expect(pulled).toBeLessThanOrEqual(12);

    async function* fromQueue() {
      for (let i = 0; i < 5; i++) yield message(i);
    }
    const result = await client.sendMany(fromQueue());
    expect(result.accepted).toBe(5);
  });

  it('rejects an invalid concurrency before sending anything', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme', transport });
    await expect(client.sendMany([message(0)], { concurrency: 0 })).rejects.toThrow(/positive integer/);
    expect(transport.requests).toHaveLength(0);
  });
});
