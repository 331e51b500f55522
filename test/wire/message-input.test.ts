// MessageRequestInput's other direction: every body of test/fixtures/written-bodies.ts, which the input type admits
// (npm run typecheck), parses to the request written beside it; and what parseMessage returns is what a send takes.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/client.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';
import { type MessageRequestInput, parseMessage } from '../../src/wire/index.js';
import { WRITTEN_BODIES } from '../fixtures/written-bodies.js';

describe('a body typed as MessageRequestInput, written as 8x8 writes it', () => {
  for (const { name, written, parsed } of WRITTEN_BODIES) {
    it(`parses to the reference's spellings, numbers and booleans: ${name}`, () => {
      expect(parseMessage(written)).toEqual(parsed);
      // The result reads the same once more: it is already in the reference's form.
      expect(parseMessage(parsed)).toEqual(parsed);
    });
  }

  it('is sent as parseMessage reads it, and a parsed request is sent unchanged', async () => {
    const transport = createRecordingTransport();
    const client = createClient({ apiKey: 'k', subAccountId: 'acme-sub', transport });
    const [first] = WRITTEN_BODIES;
    const written: MessageRequestInput = first!.written;
    await client.send(written);
    await client.send(parseMessage(written));
    expect(transport.requests.map((request) => request.body)).toEqual([first!.parsed, first!.parsed]);
  });
});
