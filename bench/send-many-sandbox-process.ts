// The sandbox in its own process for bench/send-many.bench.ts, so the benchmark process measures only the client.
// Prints one JSON line with its client options, then serves until its stdin closes. The first argument is the
// latency of every answer in milliseconds [0].
import { startSandbox } from '../src/sandbox/index.js';

const sandbox = await startSandbox({ subAccountId: 'bench' });
const latencyMs = Number(process.argv[2] ?? 0);
if (latencyMs > 0) sandbox.setFaults({ latencyMs });
process.stdout.write(`${JSON.stringify(sandbox.clientOptions())}\n`);
// Forget what was accepted now and then: the benchmark sends tens of thousands of messages.
const forget = setInterval(() => {
  sandbox.reset();
  if (latencyMs > 0) sandbox.setFaults({ latencyMs });
}, 2_000);
process.stdin.resume();
process.stdin.on('end', () => {
  clearInterval(forget);
  void sandbox.close();
  process.stdin.pause();
});
