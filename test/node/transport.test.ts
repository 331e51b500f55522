// createNodeTransport beyond the contract every transport passes (test/transport/transport-contract.test.ts,
// hostile-answers.test.ts, the sandbox and soak tests run it too): keep-alive connections, HTTPS through node:https,
// what happens before a connection is open (DNS, connect time-out, TLS), its options, and a client on it.
import { readFileSync } from 'node:fs';
import { createServer, Agent as HttpAgent, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer, Agent as HttpsAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError } from '../../src/errors/transport-errors.js';
import { createNodeTransport } from '../../src/node/index.js';
import type { RetryEvent } from '../../src/transport/retry-policy.js';
import { Secret } from '../../src/transport/secret.js';
import type { TransportRequest } from '../../src/transport/transport.js';

// A self-signed certificate for localhost and 127.0.0.1, made for these tests only:
// openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=localhost
//   -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout localhost-key.pem -out localhost-cert.pem
const TLS = {
  key: readFileSync(new URL('../fixtures/tls/localhost-key.pem', import.meta.url)),
  cert: readFileSync(new URL('../fixtures/tls/localhost-cert.pem', import.meta.url)),
};

const message = { user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hello' } } as const;
const answer: RequestListener = (incoming, outgoing) => {
  incoming.resume();
  incoming.on('end', () =>
    outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{"umid":"u-1"}'),
  );
};

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
  servers = [];
});

/** Serves `listener` on 127.0.0.1 (over TLS with the test certificate when `secure`); counts its connections. */
async function serve(listener: RequestListener, secure = false) {
  const server = secure ? createHttpsServer(TLS, listener) : createServer(listener);
  servers.push(server);
  const connections = { count: 0 };
  server.on(secure ? 'secureConnection' : 'connection', () => connections.count++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    connections,
    url: `${secure ? 'https' : 'http'}://127.0.0.1:${port}/api/v1/subaccounts/acme/messages`,
  };
}

function request(url: string, overrides: Partial<TransportRequest> = {}): TransportRequest {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    authorization: new Secret('Bearer node-transport-key'),
    body: JSON.stringify(message),
    ...overrides,
  };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );

describe('createNodeTransport', () => {
  it('keeps the connection open between requests, also with requests in parallel', async () => {
    const { url, connections } = await serve(answer);
    const transport = createNodeTransport();
    for (let i = 0; i < 5; i++) expect((await transport.send(request(url))).body).toEqual({ umid: 'u-1' });
    expect(connections.count).toBe(1);
    const answers = await Promise.all(Array.from({ length: 4 }, () => transport.send(request(url))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    // At most one connection per request in flight, the first one reused.
    expect(connections.count).toBeLessThanOrEqual(4);
  });

  it('sends over HTTPS with node:https, and refuses a certificate it cannot verify (tls: nothing sent, not retried)', async () => {
    const { url } = await serve(answer, true);
    const retries: RetryEvent[] = [];
    const untrusting = createNodeTransport({
      retry: { backoffMs: 1 },
      onRetry: (event) => retries.push(event),
    });
    const error = await failureOf(untrusting.send(request(url)));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'tls', mayHaveBeenAccepted: false });
    expect(retries).toEqual([]);
    const trusting = createNodeTransport({ agent: new HttpsAgent({ keepAlive: true, ca: TLS.cert }) });
    const response = await trusting.send(request(url));
    expect(response).toMatchObject({ status: 200, body: { umid: 'u-1' } });
    const https = await serve(answer, true);
    const viaName = await trusting.send(request(https.url.replace('127.0.0.1', 'localhost')));
    expect(viaName.status).toBe(200);
  });

  it('retries a name that does not resolve (dns: nothing was written), then reports it', async () => {
    const { port } = await serve(answer);
    const lookups: string[] = [];
    const agent = new HttpAgent({
      lookup: (hostname, _options, callback) => {
        lookups.push(hostname);
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        (callback as (error: Error) => void)(error);
      },
    });
    const retries: RetryEvent[] = [];
    const transport = createNodeTransport({
      agent,
      retry: { limit: 2, backoffMs: 1 },
      onRetry: (event) => retries.push(event),
    });
    const error = await failureOf(transport.send(request(`http://api.invalid:${port}/x`)));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'dns', code: 'ENOTFOUND', mayHaveBeenAccepted: false });
    expect(retries.map((event) => event.reason)).toEqual(['dns', 'dns']);
    expect(lookups).toHaveLength(3);
  });

  it('gives up on a connection not opened within connectTimeoutMs (connect-timeout: nothing written, retried)', async () => {
    const { port } = await serve(answer);
    // A name lookup that never answers keeps the connection opening forever.
    const agent = new HttpAgent({ lookup: () => undefined });
    const retries: RetryEvent[] = [];
    const transport = createNodeTransport({
      agent,
      connectTimeoutMs: 30,
      retry: { limit: 1, backoffMs: 1 },
      onRetry: (event) => retries.push(event),
    });
    const error = await failureOf(transport.send(request(`http://api.invalid:${port}/x`)));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'connect-timeout', mayHaveBeenAccepted: false });
    expect(retries.map((event) => event.reason)).toEqual(['connect-timeout']);
  });

  it('refuses what it cannot request, with nothing sent: another scheme, an agent of the other protocol', async () => {
    const { url, connections } = await serve(answer);
    const transport = createNodeTransport({ retry: { backoffMs: 1 } });
    for (const [sent, cause] of [
      [createNodeTransport().send(request('ftp://127.0.0.1/x')), /only http: and https:/],
      [createNodeTransport({ agent: new HttpsAgent() }).send(request(url)), /Protocol "http:" not supported/],
    ] as const) {
      const error = await failureOf(sent);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ reason: 'not-sent', mayHaveBeenAccepted: false });
      expect(String((error as NetworkError).cause)).toMatch(cause);
    }
    expect(connections.count).toBe(0);
    expect((await transport.send(request(url))).status).toBe(200);
  });

  it('checks its time limits', () => {
    for (const timeoutMs of [0, -1, Number.NaN, 2 ** 31]) {
      expect(() => createNodeTransport({ timeoutMs })).toThrow(RangeError);
      expect(() => createNodeTransport({ connectTimeoutMs: timeoutMs })).toThrow(/connectTimeoutMs must be/);
    }
  });

  it('sends the caller’s own user agent when the request sets one', async () => {
    const agents: (string | undefined)[] = [];
    const { url } = await serve((incoming, outgoing) => {
      agents.push(incoming.headers['user-agent']);
      answer(incoming, outgoing);
    });
    const transport = createNodeTransport();
    await transport.send(request(url));
    await transport.send(request(url, { headers: { 'user-agent': 'acme-notifier/2.1' } }));
    expect(agents).toEqual(['node', 'acme-notifier/2.1']);
  });
});
