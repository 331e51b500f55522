// The in-memory transport for users' unit tests: what it records (never the key), the sandbox's answers without a
// network, queued faults, and clear().
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBatch } from '../../src/client/batch-builder.js';
import { createClient } from '../../src/client/client.js';
import { ApiError } from '../../src/errors/api-error.js';
import { NetworkError } from '../../src/errors/transport-errors.js';
import { SANDBOX_INVALID_MSISDN_PREFIX } from '../../src/sandbox/engine.js';
import { createRecordingTransport } from '../../src/transport/recording-transport.js';

const text = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } } as const;

function setup() {
  const transport = createRecordingTransport();
  const client = createClient({ apiKey: 'recording-secret-key', subAccountId: 'acme', transport });
  return { transport, client };
}

describe('createRecordingTransport', () => {
  it('records each request with its parsed body and headers, but not the key', async () => {
    const { transport, client } = setup();
    await client.send({ ...text, clientMessageId: 'r-1' });
    expect(transport.requests).toHaveLength(1);
    expect(transport.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://chatapps.8x8.com/api/v1/subaccounts/acme/messages',
      body: { ...text, clientMessageId: 'r-1' },
    });
    expect(transport.messages).toEqual([{ ...text, clientMessageId: 'r-1' }]);
    for (const view of [
      JSON.stringify(transport.requests),
      inspect(transport, { depth: null, getters: true }),
    ]) {
      expect(view).not.toContain('recording-secret-key');
    }
  });

  it('answers like the sandbox: 1002 for an unroutable number, batches counted, batches not in messages', async () => {
    const { transport, client } = setup();
    const refused = await client.trySend({
      ...text,
      user: { msisdn: `${SANDBOX_INVALID_MSISDN_PREFIX}1234567` },
    });
    expect(refused).toMatchObject({ ok: false, error: { name: 'ApiError', status: 400, code: 1002 } });
    const batch = await client.sendBatch(
      createBatch({ type: 'text', content: { text: 'Hi' } }).add(text, text),
    );
    expect(batch).toMatchObject({ acceptedCount: 2, rejectedCount: 0 });
    expect(transport.requests).toHaveLength(2);
    expect(transport.messages).toHaveLength(1);
  });

  it('meets queued faults in order: a 429 comes back as it is (no retries here), a drop as a NetworkError', async () => {
    const { transport, client } = setup();
    transport.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 3 }, { kind: 'drop', afterAccept: true });
    const limited = await client.send(text).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(ApiError);
    expect(limited).toMatchObject({ status: 429, retryAfterMs: 3000 });
    const dropped = await client.send(text).catch((error: unknown) => error);
    expect(dropped).toBeInstanceOf(NetworkError);
    expect(dropped).toMatchObject({ reason: 'connection-reset', mayHaveBeenAccepted: true });
    await expect(client.send(text)).resolves.toMatchObject({ status: { state: 'queued' } });
  });

  it('clear() forgets requests and queued faults', async () => {
    const { transport, client } = setup();
    transport.queueFaults({ kind: 'server-error' });
    transport.clear();
    await client.send(text);
    expect(transport.requests).toHaveLength(1);
  });
});
