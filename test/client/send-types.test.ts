// What the compiler says when a chain that cannot build yet is sent: the step that is due, not the wire fields a
// chain does not have. `send`, `trySend`, `sendMany`, `enqueueMessage` and a batch's `add` each get a chain still
// waiting for `.fallbackText(…)`; on TypeScript 7 and 6 the error of each line must name `.fallbackText(…)` and must
// not be "missing … user, content" (what it said before SendableMessage had ChainToSend).
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TMP, ROOT, specifierFrom, writeProject } from '../../bench/fixtures/typecheck.js';

const work = join(BENCH_TMP, `send-types-${process.pid}`);

/** Each probe is one line: the sends of a chain whose `.build()` is refused until `.fallbackText(…)`. */
const PROBES = {
  send: 'void client.send(due);',
  trySend: 'void client.trySend(due);',
  sendMany: 'void client.sendMany([due]);',
  sendEach: 'void client.sendEach([due]);',
  'batch add': 'createBatch().add(due);',
  enqueueMessage: 'void enqueueMessage(queue, due);',
} as const;

function source(): string {
  const from = (entry: string) => `'${specifierFrom(work, join(ROOT, 'src', entry))}'`;
  return [
    `import { createBatch, createClient, Message } from ${from('index.js')};`,
    `import { enqueueMessage } from ${from('bullmq/index.js')};`,
    "import type { Queue } from 'bullmq';",
    "const client = createClient({ apiKey: 'key', subAccountId: 'acme_sub' });",
    'declare const queue: Queue;',
    "const due = Message.to('+6591234567').whatsapp().sms().image('https://example.com/receipt.png');",
    ...Object.values(PROBES),
    // The same chain with its fallback text is accepted everywhere.
    "const ready = due.fallbackText('Your receipt: https://example.com/receipt.png');",
    'void client.send(ready);',
    'void client.sendMany([ready]);',
    'createBatch().add(ready);',
    'void enqueueMessage(queue, ready);',
    '',
  ].join('\n');
}

const FIRST_PROBE_LINE = 7;
const outputs: Record<string, string> = {};

function compile(bin: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin', bin),
      ['-p', join(work, 'tsconfig.json'), '--pretty', 'false'],
      { cwd: work, maxBuffer: 16 * 1024 * 1024 },
      (_error, stdout, stderr) => resolve(stdout + stderr),
    );
  });
}

beforeAll(async () => {
  writeProject(work, { 'send.ts': source() });
  for (const bin of ['tsc', 'tsc6']) outputs[bin] = await compile(bin);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The diagnostic of one line of send.ts: its first line and the lines of elaboration under it. */
function diagnosticAt(output: string, line: number): string {
  const lines = output.split('\n');
  const start = lines.findIndex((text) => text.startsWith(`send.ts(${line},`));
  if (start === -1) return '';
  const end = lines.findIndex((text, index) => index > start && /^\S/.test(text));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe.each(['tsc', 'tsc6'])('sending a chain that waits for .fallbackText(…) (%s)', (bin) => {
  Object.keys(PROBES).forEach((name, index) => {
    it(`${name}: the error names .fallbackText(…)`, () => {
      const diagnostic = diagnosticAt(outputs[bin]!, FIRST_PROBE_LINE + index);
      expect(diagnostic).toContain('.fallbackText(…)');
      expect(diagnostic).not.toMatch(/missing the following properties/);
    });
  });

  it('reports nothing else: the finished chain is accepted everywhere', () => {
    const lines = [...outputs[bin]!.matchAll(/^send\.ts\((\d+),/gm)].map((match) => Number(match[1]));
    expect(lines).toEqual(Object.keys(PROBES).map((_, index) => FIRST_PROBE_LINE + index));
  });
});
